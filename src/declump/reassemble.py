"""Reassemble: join paragraph pieces that pdftotext printed apart.

pdftotext follows the drawing order of the PDF, not the reader's. When a paragraph runs
from the foot of one column to the head of the next, the second piece is sometimes printed
before the first, or after a fragment of another story, so rejoin (which only joins
neighbouring lines) leaves the paragraph in two or three blocks that are not next to each
other. This stage finds the loose ends and ties the pieces back together:

1. *open ends*: a block that stops mid-sentence on a full line (no sentence end, the last
   line reaching the column edge, or a comma or an opening quote at the end);
2. *open starts*: a block that cannot open a paragraph: a first character that cannot
   start a sentence (``，``, a closing quote), a Latin lower-case word, or a first line that
   kept no indent while the paragraph around it is set with one (one em short counts as
   full when its last character went over to the next line with a mark that may not open
   a line);
3. *pairing*: every open end is scored against every open start by the evidence a reader
   would use (the two sides set in the same column width, quotes and brackets that one
   side opens and the other closes, the words the two pieces share, character n-grams of
   the page that span the seam, such as ``始`` + ``终`` when the page writes ``始终``, a
   Latin word cut by a hyphen that the other side's first word completes (``be-`` +
   ``lieved``), a name and a verb of saying across the seam (``Merrill Lynch`` + ``said``),
   and how far apart they were printed; a Latin piece's column is the one its own lines
   show); the best one-to-one pairing over the whole page is
   chosen exactly, not greedily, and a pair whose evidence is weak is left alone, because
   a wrong join is worse than a missed one.
4. *weak seams*: rejoin sometimes glued a piece that stops mid-sentence to an unrelated
   paragraph that followed it (a full line with no sentence end, then a blank line or an
   indented line) and recorded the place as a seam. The text before each seam is a further
   candidate open end; it is cut off and joined elsewhere only when a continuation printed
   elsewhere reads clearly better than the text after the seam, which then becomes a
   paragraph of its own. It may be the next column printed, going on a sentence from a piece
   printed elsewhere: once cut off, it is an open start like any other, paired in a second
   round. Where the text before a seam reads no clearly better elsewhere alone, the text
   after it is an open start as well, paired with the seam as printed as a pair of its own
   (as an opened Latin seam below): the seam is cut when both sides go on elsewhere, each
   pair strong, the two together clearly better than the seam.

   In Latin text every such seam after a blank line is opened before pairing (pdftotext's
   default mode prints two neighbouring columns in alternating runs of lines, so a sentence
   that rejoin ran on across the blank line may have run into the other column), and so is
   a sentence end run on into a lower-case start there. An opened seam is a pair of its own
   in the pairing, credited for its two sides printed one after the other: each side pairs
   elsewhere only when the whole pairing reads clearly better so, and a seam whose sides
   pair with nothing else is closed again; a seam left alone for a rival pairing that reads
   as well stays as printed, and the open ends and starts still free are paired again
   among themselves. Where runs read better as two columns printed
   in turn (a run going on in the run after next), the credit moves from their seams to
   the pairs of runs two apart, and a run joined back to its column takes the rest of its
   lines along.

5. *glued captions*: rejoin sometimes glued a photo caption to a Latin piece that stops
   mid-sentence at its column's foot, across the blank line between them, and called the
   whole a caption. The caption is cut off at that blank line first, and the piece before
   it becomes a paragraph with an open end like any other. A CJK caption is cut off so when
   it quotes its story from a sentence start and the page prints nowhere the text across
   the blank line.

Every join is recorded as a ``reassemble`` change that names both sides of the seam and
the evidence. The joined text is the two pieces' text, joined as rejoin joins two lines.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from itertools import accumulate, pairwise, repeat
from operator import add

from declump import english, latin
from declump.config import Config
from declump.lexicon import seam_gain
from declump.markers import CAPTION_MARK, starts_article
from declump.model import Block, BlockKind, ChangeLog, Line, Page, blocks_in_clean_form
from declump.paragraphs import FIGURE_GAP, bracketed_note, join_lines, runs_on
from declump.text import CLOSED_START, compact, display_width, ends_sentence, has_cjk, is_cjk, word_chars

# -- thresholds --------------------------------------------------------------------------
# Widths are in ems (an ideograph 1, a Latin letter or digit ½), as rejoin measures them.
# A line at least this close to its column reaches the right edge ("full"): justified CJK
# lines vary by half-width digits and compressed punctuation (rejoin's FULL_SLACK).
FULL_SLACK = 1.0
# A first line this close to the column kept no indent: a paragraph's first line is two
# ems short (dev pages: 2–3 ems short, 1 when a comma hangs past the edge; continuation
# pieces 0 short).
NO_INDENT_SLACK = 0.5
# A Latin line this share of its column reaches the edge (justified proportional type
# varies by about ±10 %; latin.py counts a sentence end above 0.92 as a full line).
LATIN_FULL_SHARE = 0.9
# The indent of a paragraph's first line (two ems, as rejoin measures it).
INDENT = 2.0
# Two pieces of one paragraph are set in the same column width; this much difference is
# still the same column (justification, hanging punctuation).
SAME_COLUMN = 1.5
# A block's own column needs this many lines before its last (the mode of their widths);
# shorter blocks take the width rejoin estimated from the lines around them.
OWN_COLUMN_LINES = 3
# Evidence weights, in log-odds units (a pair is joined when the sum is above MIN_SCORE).
# Chosen on the 40 dev pages so that, for the 57 paragraphs printed in pieces, the true
# seams score 3–9 and every wrong open end–open start pair scores below 2.
END_OPEN_MARK = 2.0  # a comma, colon or opening quote at the end: the sentence goes on
END_FULL_LINE = 1.0  # no sentence end, and the last line reaches the column edge
END_SHORT_LINE = 0.5  # a paragraph of several lines without a sentence end, last line short
# A run of two columns printed in turn that stops before its blank line with no sentence end
# stops at its column's foot (see _in_turn), as surely as a full line does: it may pair two
# runs on, once the stretch reads in turn without it (English dev pages: joins 24 -> 26
# right, none wrong; at END_SHORT_LINE 25).
END_BEFORE_BREAK = END_FULL_LINE
END_SPACED_LINE = 1.5  # the last line letter-spaced: justified, so not a paragraph's last line
# A sentence ends flush with the column's edge at the column's foot: the paragraph may go on
# in the next column printed, when that column's first line keeps no indent (pairs with
# that piece only; dev pages: 6 joins, all right).
END_FULL_SENTENCE = 1.0
_FULL_SENTENCE = "a sentence ends flush with the column's edge"
# A quotation closing flush with the column's edge, then a line of its own naming the speaker
# (吴明说。): the quote's attribution, pushed into the next column.
ATTRIBUTION = 1.5
# Two-character clauses that open a sentence (比如，…); any other clause that short opens a
# column going on mid-sentence (要求，…), whose end is elsewhere.
_SENTENCE_OPENER = re.compile(
    "^(?:比如|例如|其中|此外|同时|然而|但是|因此|所以|目前|如今|随后|此前|对此|为此|另外|不过|当然|首先|其次|再次"
    "|最后|然后|而且|并且|可见|总之|据悉|近年|今年|去年|今天|昨天|日前|近日|眼下|现在|当前|未来|此后|之后|后来|当时)[，、]"
)
_ATTRIBUTION = re.compile(r"[\u4e00-\u9fff·]{1,8}(?:说|表示|介绍|指出|强调|告诉记者)。")
# In Latin text a name (a capitalised word ending the piece) and a verb of saying opening
# the next (``… brokerage Merrill Lynch`` / ``said in a note``): the subject and its verb,
# credited ATTRIBUTION. (English dev pages, with the pieces' own columns compared: joins
# 31 right and 1 wrong without it, 31 right and none wrong with it; with rejoin's column
# estimates, it alone moves one page's pairing: 27 right and 2 wrong, against 27 and 0.)
_LATIN_NAME_END = re.compile(r"\b[A-Z][a-z]+$")
_LATIN_REPORTING = re.compile(r"(?:said|says|added|told)\b")
START_CLOSED_MARK = 2.5  # ，。、）” … cannot open a paragraph
# A paragraph's first lines set under a title wider than their column (a lead under its
# headline), stopping without a sentence end on a line as wide as any of theirs: cut off by
# the column's foot, as surely as a full line, although rejoin measured their column with
# the title's lines and typed them a headline. Their column is their widest line. (Reassembly
# joins against the truth, generated pages: 1027 right 99 wrong -> 1044 / 100; dev pages
# unchanged. Of the 94 such blocks on the generated pages, 77 go on elsewhere in the truth,
# the rest mostly pull quotes and titles with a clause, which the pairing leaves alone.)
LEAD_UNDER_TITLE = True
# A CJK piece opening on a clause of one character (误，…, 实，…) opens on the end of a word
# cut at a column's foot: no paragraph opens so. (Generated and dev pages: 240 pieces before
# reassembly open so, none a paragraph's start in the truth; 41 of them read no open start
# otherwise, being shorter than a width guessed from the lines around them.) As strong as a
# first line without indent, and read only where nothing else opens the piece: reassembly
# joins against the truth on the generated pages 1004 right 99 wrong -> 1016 / 99, dev pages
# unchanged; as strong as a closing mark, read first, 1010 / 116.
START_ONE_CHARACTER_CLAUSE = 1.0
_ONE_CHARACTER_CLAUSE = re.compile(r"^[^，、：；。！？\s“”（）《》][，、：；]")
START_LOWER = 2.0  # a Latin paragraph does not open with a lower-case word
# A Latin paragraph does not open with a figure either (newspaper style spells a number out
# at a sentence's start: none of the 414 paragraphs of the English dev pages opens with a
# digit), but a figure is no word cut off mid-sentence: half a lower-case start.
START_DIGIT = 1.0
START_NO_INDENT = 1.0  # first line full although paragraphs here are indented
# A first line one em short of its column, the next line's second character a mark that may
# not open a line (理。, 连、): the typesetter pushed the last character of the first line
# over to go with its mark, so the line is full, as surely as one that reaches the edge
# (an indent is two ems). (Dev pages: joins 38 -> 39 right, layout 17 -> 18, none wrong;
# generated pages: 490 right 58 wrong -> 516 / 63, with RUNS_ON_END 515 / 55.)
START_PUSHED_OVER = 1.0
# One line ending a sentence shows no indent either way; it is more often a paragraph's last
# line than a paragraph of its own (dev: 1 join gained, none wrong).
START_ONE_LINE = 0.5
# A piece of one line that fills its column, stops mid-sentence and is set in the column of
# a paragraph printed beside it: a body line of that column cut off on both sides (by a
# column's foot and a blank line; narrow columns leave many such lines, which rejoin types
# as titles, read as body text when they hold clause punctuation), so it has no indent.
# Half a first line without indent: one line may be a title as wide as the column. (Generated
# pages 7-10 characters wide: joins 63 right 12 wrong -> 68 / 10; other generated layouts
# 49 / 8 -> 50 / 8; dev pages unchanged; weight 1.0 measures the same.)
START_FULL_ONE_LINE = 0.5
_FULL_ONE_LINE = "one full line without a sentence end, in its neighbour's column"
# A Chinese paragraph opens every quotation it closes (a quotation running over several
# paragraphs opens again at each): a piece that closes a quote before opening one goes on
# from a piece that opened it.
START_CLOSES_UNOPENED = 1.5
# ... when the closing mark comes within this many characters (see _closes_first).
CLOSES_WITHIN = 40
BALANCE = 2.0  # one side opens a quote or bracket that the other closes
# A quotation of a sentence or two: an opening and a closing mark this many characters
# apart (counting across the seam) are surely one pair; farther apart, less surely.
QUOTE_SPAN = 80
UNBALANCED = -2.0  # the continuation closes a quote the first piece never opened
# A word cut by a hyphen across the seam that closes up into an English word
# (``be-`` + ``lieved``): pdftotext's default mode closes up every hyphenated line it prints
# in one flow, so a cut word left at a piece's end was continued elsewhere.
HYPHENATED_WORD = 1.5
# A piece whose first word does not complete the cut word (nor a compound) is not its
# continuation: as strong against as a different column width.
BROKEN_WORD = -2.0
# pdftotext's default mode prints a hyphenated line and the next as one line: a Latin line
# up to this many columns wide is still body text of that column.
LATIN_RUN_ON_COLUMNS = 2.2
# A Latin "headline" of this many lines that stops after a function word is body text
# (headlines and decks wrap to two lines, seldom three; on dev-en, 1 such piece). A Latin
# paragraph of this many lines stopping short on a lower-case word goes on (END_SHORT_LINE).
MIN_BODY_LINES = 3
SAME_WIDTH = 0.5  # both pieces set in one column width
# Set in different column widths. Only when both pieces show their width: a piece none of
# whose lines reaches its column (a paragraph's last line printed alone) takes the width rejoin
# estimated from the lines printed around it, which may be another column's (dev: among the
# pairs with a one-line piece, 6 of 7 right ones and 25 of 30 wrong ones agree in width).
OTHER_WIDTH = -2.0
# A particle or a one-word clause after the seam, a function word before it. The function
# word and the particle count only where they read as words of their own (重要方向 / …,
# 社会行为 / …, … / 地方取来: the end or start of a longer word, no function word; generated
# pages: joins on 7-10 character columns 78 right 17 wrong -> 78 / 13, other layouts 45 / 3
# -> 45 / 2; dev pages unchanged).
RUNS_ON = 1.0
# A function word at the end of the first piece (…工作人员向 / …) is weaker evidence than a
# particle opening the second: no sentence opens with 的 or 了, while a clause ends before
# a preposition at many a seam of two unrelated pieces. (Generated pages, with
# START_PUSHED_OVER: joins 516 right 63 wrong at 1.0, 515 / 55 at 0.5, 508 / 55 at 0.25,
# 506 / 54 at 0; halving the particle too, 501 / 50; dev pages unchanged.)
RUNS_ON_END = 0.5
# A common word spans the seam (送信途 / 中收集): as strong as a closing mark. Pieces that
# are one paragraph cut a word at about four seams in ten; two unrelated pieces meet in a
# word by chance far less often (generated pages: of the joins it took part in at 1.5, 293
# right and 6 wrong). Joins right / wrong on the generated pages: 515 / 55 at 1.5, 536 / 56
# at 2.0, 545 / 54 at 2.5, 552 / 58 at 3.0; dev pages 39 -> 40 right from 2.0 on, none wrong.
SPANS_WORD = 2.5
# ... that is, the seam reads as words this much likelier (in nats, lexicon.seam_gain: twelve
# times) than the two sides apart. A word across the seam that the text on either side reads
# better without is no evidence (各国人民 / 国市场: 民国, as 人民 is the likelier word). Dev
# and layout pages: the true seams that cut a word gain 2.6-12; of the wrong pairs meeting in
# a listed word, 7 in 13 gain nothing and 3 gain 1-2.1 (数倍于己的日 / 后立即: 日后, where the
# text goes on 日伪). (Rejoin keeps a line with the next whenever any word spans the line end,
# lexicon.spans_word: there a wrong "no" splits a paragraph, and 上海市 / 委宣传部 gains little.)
SPANS_WORD_GAIN = 2.5
# A Latin piece whose only sign of going on is that it stops on a full line, before a piece
# that starts in lower case, with nothing in the words linking the two (no seam n-gram, no
# word closing up, no mark closed): too little to join on (dev-en: the one such pair was
# wrong; every right Latin join has a link or ends on a word or mark that leads on).
LATIN_UNLINKED = -1.0
NGRAM_WEIGHT = 0.5  # per nat of pointwise mutual information across the seam (capped)
NGRAM_CAP = 3.0
TOPIC_WEIGHT = 4.0  # times the share of rare page vocabulary the two pieces share
# Two CJK pieces that share no rare vocabulary at all (shared words below NO_TOPIC_BELOW),
# even read with the paragraphs next to them, are no evidence of one story, and a join
# resting on the shape of the seam alone is as often wrong as right: on generated pages the
# joins made with shared words under 0.015 and a score under 4.5 were 17 right, 23 wrong.
# Generated pages (11 sets): joins 643 right / 75 wrong -> 651 / 65, split cer down on 9
# sets, up on 5 (LW153 0.0889 -> 0.0948); benchmark pages unchanged. (At -1.0: 646 / 63, but
# 5-7 narrow columns lose 6 right joins.)
NO_TOPIC = -0.5
NO_TOPIC_BELOW = 0.015
_NO_TOPIC = "no rare words shared"
DISTANCE_COST = 0.15  # per block printed between the two pieces
DISTANCE_FREE = 2  # blocks between the pieces that cost nothing (a caption, a headline)
MIN_SCORE = 3.0  # below this, the evidence is too weak to join
# A pairing must beat the best alternative for either side by this much: two candidates
# that read equally well are left alone. (Joins against the truth at 0.25: dev pages 30 right,
# layout 15, English 18 and 1 wrong (a cut word closed up into a compound, car-said), English
# layout 10 and 1 wrong; at 1.0: 27, 15, 18 and 10, none wrong, and dev split 0.9147 -> 0.9102.)
MIN_MARGIN = 0.25
# Cutting a block at a weak seam (see Block.seams): the text before the seam must read as
# going on in a piece printed elsewhere by this much more than it reads as going on across
# the seam (both scored by _evidence). On the dev pages the 18 seams that hide an open end
# with its continuation elsewhere win by 2.5–8 when their continuation is found, while the
# right seams that an unrelated open start also fits win by less than 1.5; two units, the
# difference between a closing mark and none at the start, keeps a wrong cut rare.
CUT_MARGIN = 2.0
# The text after a weak seam read as no part of the column before it (see _new_start): its
# first line set wider than that column (a lead across columns glued after a column's foot)
# weighs against the seam as two column widths do; its first line short by an indent before
# a full line (a paragraph's start), half a first line without indent. (Dev pages: joins
# 40 -> 41 right, none wrong; generated pages 545 right 54 wrong -> 550 / 54; with an indent
# at -1.0, 554 / 55.)
TAIL_WIDER = OTHER_WIDTH
# The text after a weak seam whose text before pairs with nothing alone may go on an open
# end printed elsewhere (a word cut at a column's foot, 美 + 国, glued to the wrong column),
# when the text before goes on an open start as well: each pair strong enough to join, the
# two together better than the seam by SEAM_TAILS_MARGIN (one pair just strong enough, and
# what a cut must gain), and the pairing chooses them over the seam as printed, credited
# with its evidence and SEAM_TAIL_AS_PRINTED (as SEAM_AS_PRINTED for an opened Latin seam:
# where the seam spans a word as well as the two pairs would, the ends they take pair
# with each other and the seam stays). See _with_tails. Reassembly joins against the truth:
# dev pages 42 right 0 wrong -> 46 / 0 (block_f1 0.9527 -> 0.9570, article_exact 0.7986
# -> 0.8194); other benchmark sets unchanged; generated pages (six sets that change)
# 383 right 56 wrong -> 398 / 53. With SEAM_TAIL_AS_PRINTED at 1.0 the generated pages join
# 4 more wrong, none more right; at 3.0 dev 44 right, generated 7 fewer right. A margin of
# 4.0 joins the same; 6.0 loses two right joins on dev and four on generated pages.
SEAM_TAILS = True
SEAM_TAILS_MARGIN = MIN_SCORE + CUT_MARGIN
SEAM_TAIL_AS_PRINTED = CUT_MARGIN
TAIL_INDENTED = -0.5
# An opened Latin seam (see _open_latin_seams) is a pair of its own in the pairing: the
# evidence across it, and this much for its two sides printed one after the other, which is
# what a pairing that cuts it must beat (as CUT_MARGIN for a cut weak seam). English dev
# pages, reassembly joins against the truth: 1.5: 24 right 1 wrong, 2.0: 26 / 0, 2.5: 23 / 0.
SEAM_AS_PRINTED = 2.0
# An opened seam whose other pairing is left alone for a rival that reads as well (see
# _choose) is not in doubt any more: it stays as printed, and the open ends and starts left
# free are paired again among themselves, so the rival's own pair, which the tie held back
# with it, may join. English dev pages: joins 32 -> 33 right, none wrong (a sentence cut by a
# caption printed inside it, the text before the caption also reading on into a seam's
# tail); only Latin seams are opened, so CJK pages are unchanged (the same second round for
# CJK seam tails: generated pages 1 join more right, 2 more wrong).
SEAM_LEFT_AS_PRINTED = True
_AS_PRINTED = "the seam as printed"
_NEXT_IN_TURN = "the next run of its column, two columns printed in turn"
# A continuation printed at the top of its run (its column's top) takes the rest of its run
# along to where the joined paragraph stands: the paragraphs under it in its column, which
# would otherwise be left among the runs printed between the two pieces (see _run_along).
# Only a run that holds the rest of its column goes (see _left_among_others). Dev pages:
# article_exact 0.7708 -> 0.7847, cer 0.0510 -> 0.0470 (a rebuilt paragraph's column went
# to the next story or stood before it); generated pages: cer down on 16 of 19 sets, up on
# one narrow-column set (0.2637 -> 0.2658), article_exact up on 12, down on none. (Every
# run of a continuation, wherever it ends: dev article_exact 0.7431, a story's columns split.)
RUN_GOES_ALONG = True
# A stretch of runs is read as two columns printed in turn when that raises the weight of
# the best pairing by this much (see _read_in_turn). English dev pages: the four stretches
# read in turn raise it by 1.25-2.9, all right; one single story raised it by 1.1 before a run
# starting mid-sentence was required to have a piece before it to go on (_goes_on_in_turn).
# (At 0.5 the same joins; at 1.5 two stretches are lost, joins 26 -> 23 right.)
IN_TURN_MARGIN = 1.0
# Only a seam at a break of pdftotext's flow (a blank line: the foot of a column, the text
# after it printed from elsewhere) can hide a piece whose continuation was printed apart;
# without one, the line after the seam stood right under it in the same column. And the
# text after the seam must run over this many lines: one short line that ends a sentence
# is the last line of the paragraph, not the start of another. (dev: every seam that hides
# a piece continued elsewhere has a blank line and 3 or more lines after it.)
MIN_TAIL_LINES = 2
# ... or be one line that fills the column and ends no sentence, the block's last (CJK): a
# title glued after a column's foot (…两不耽 / 中新经贸合作亮点纷呈, the next story's start
# after it). Cut off and taken by no piece, it stands as a headline, as rejoin reads a line
# alone that ends no sentence (see _left_standing). (Reassembly joins against the truth,
# generated pages: 1016 right 99 wrong -> 1027 / 99; dev pages unchanged; with the line no
# wider than its column either, 1024 / 98.)
FULL_TAIL_LINE = True
# The evidence for and against a cut is read from this many characters on either side of
# the seam, so that a block with thousands of seams costs time in proportion to its length;
# more than 99 % of the paragraphs of the dev pages hold (median 110, longest 585).
SEAM_WINDOW = 400
# A page's n-grams are counted one by one as the seams weighed ask for them, up to this
# many, and then all at once: counting one in the text of a page takes about a thousandth of
# the time counting them all does (dev pages), and a page of a few pieces asks for a hundred.
LOOKUPS_BEFORE_COUNT = 500

# A page opens at most this many Latin seams (see _open_latin_seams): every opened seam adds
# a piece to pair, and pairing takes time as the cube of the pieces. The English dev pages
# open up to 8; a page of thousands of short runs of lines keeps its seams closed.
MAX_OPENED_SEAMS = 60
# A CJK piece whose first this many characters (spaces left out) stand in a longer block
# repeats that text (a pull quote, a caption quoting its story): it continues nothing.
# (Twelve Latin characters are two words: often repeated, so Latin pieces are not read so.)
# Nor is a piece the continuation of a piece whose opening it holds, or that holds its own
# opening: one is a copy of the other (see _repeats; generated pages: joins narrow 68 right
# 10 wrong -> 68 / 8, other layouts 50 / 8 -> 51 / 8; dev pages unchanged).
COPY_PROBE = 12
# A rival to a sentence ending flush (see _flush_links) is looked for among the open ends
# printed within this many blocks of the piece after it.
RIVAL_WINDOW = 10
# A piece printed after a sentence ending flush at a column's foot whose first two lines fill
# a column as wide (a paragraph's first line would be indented: see _full_column_goes_on)
# faces only rivals that read it within MIN_MARGIN as well, not every open end scoring near
# MIN_SCORE (see _flush_links). Flush joins against the truth on the 28 Chinese benchmark and
# generated sets: 54 right 9 wrong -> 59 / 10 (dev pages 4 / 0 -> 5 / 0). (Crediting such a
# piece half a unit of evidence as well: 124 right but 61 wrong. Counting the gaps around
# figures in the width of a piece's first line, to tell it kept no indent: 5 more right,
# 6 more wrong.)
FLUSH_FULL_COLUMN = True
# A piece opening on a connective that refers back to what was said before it (比如, 此外,
# 事实上, 与此同时) goes on a text: no story, caption or title opens so. After a sentence ending
# flush at a column's foot it counts half the evidence of a first line without indent (see
# _flush_links). Flush joins against the truth on the 28 Chinese sets: 59 right 10 wrong ->
# 63 / 10 (the four more each scored 2.6-2.7 without it; dev pages 5 / 0 -> 6 / 0).
FLUSH_CONNECTIVE = 0.5
_CONNECTIVE_OPENING = re.compile(
    "^(?:比如|例如|此外|另外|同时|与此同时|然而|但是|不过|因此|所以|而且|并且|其次|再次|可见|总之|对此|为此|事实上|其实)"
)

# A CJK caption glued after a column's piece across a blank line quotes at least this many
# characters of its story from a sentence start (shorter sentences, 是的。, repeat by chance);
# the same many either side of the blank line, printed elsewhere, show one caption across it.
GLUED_CAPTION_QUOTE = 8
# A caption's opening sentences (their text up to the last sentence end), spaces left out.
_CJK_SENTENCES = re.compile(r"[^，。、；：？！）》”’]\S*[。！？][”’」』]?")

# Marks the place of a cut in a reassemble record's text before the change.
CUT_MARK = "‖"
_OPEN_MARKS = "，、；：“‘（《「『【—-,;:("
_OPENERS = {"“": "”", "‘": "’", "（": "）", "《": "》", "「": "」", "『": "』", "(": ")"}
_CLOSERS = {close: open_ for open_, close in _OPENERS.items()}
_MARK = re.compile("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")
# A jump line at a piece's end sends the reader to another page: that is no open end.
_JUMP_END = re.compile(r"(?:[（(]\s*(?:下转|转|接)[^）)]{0,10}[）)]|\((?:Continued|Cont'd|See)[^)]*\))\s*$", re.I)
# A photo credit after the caption's last sentence: ``…三十多年。张三摄``.
_CREDIT_END = re.compile(r"[。！？]\s*\S{1,5}(?:摄|供图)$")
# Left-overs of fake bold (a full-width mark printed twice): headline text, not body.
_FAKE_BOLD = re.compile(r"([（）：“”《》·])\1")
# Latin words that cannot end a sentence: the line stops mid-sentence.
_LATIN_OPEN_WORD = re.compile(
    r"\b(?:the|a|an|of|to|and|or|but|in|for|on|with|by|at|from|as|that|is|was|are|were|his|her|its|their|this|into|than|who|which"
    r"|when|while|if|because|although|whether|whose|be|been|has|have|had|will|would|could|should|can|may|must"
    r"|our|my|your|these|those|such|during|between|without|among|every|each)$"
)
# A Latin word cut by a hyphen at a piece's end (not a spaced dash).
_LATIN_FIRST_WORD = re.compile(r"[a-z]+")
# Figures or a Latin word opening a line: text that cannot be broken, so the line before may
# stop short of the edge.
_UNBREAKABLE_START = re.compile(r"[0-9A-Za-z]{2,}|[0-9][.,%][0-9%]")
_LATIN_WORD = re.compile(r"[A-Za-z][a-z]+")
_STOP = frozenset(
    "the and for with that this from have has had was were are not but its his her their they "
    "will would said says been into over after about than more also which who what when where".split()
)


@dataclass
class _Piece:
    """A block with a loose end: what its column is and how sure each end is open."""

    index: int
    block: Block
    column: float
    end: float = 0.0  # evidence that the block stops mid-sentence (0: closed)
    start: float = 0.0  # evidence that the block starts mid-sentence (0: a paragraph start)
    end_why: str = ""
    start_why: str = ""
    shows_column: bool = True  # some line reaches the column: the width is the piece's own

    @cached_property
    def compact(self) -> str:
        """The block's text, spaces left out."""
        return compact(self.block.text)

    @cached_property
    def latin_column(self) -> float:
        """The column a Latin piece was set in, as its own lines show it when it has
        OWN_COLUMN_LINES before its last: the widest of them but those wider than the middle
        one by LATIN_MERGED_FACTOR (lines pdftotext printed as one). The width rejoin
        estimated from the lines printed around the piece (taken for a shorter piece) is
        widened by a caption or a headline set across columns next to it. (English dev pages
        in default mode: joins 27 right -> 31 right, with the name-and-verb evidence none
        wrong; -raw and -layout unchanged.)"""
        widths = sorted(latin.line_width(line.text.strip()) for line in self.block.lines[:-1])
        if len(widths) < OWN_COLUMN_LINES:
            return self.column
        middle = widths[(len(widths) - 1) // 2]
        return max(w for w in widths if w <= middle * latin.LATIN_MERGED_FACTOR)


@dataclass
class _Cut:
    """A weak seam inside a block, offered as an open end: the text before it as a piece."""

    piece: _Piece  # the text before the seam (index: its block's)
    offset: int  # where the seam is in the block's text
    before: set[str]  # the vocabulary of the text before the seam
    weigh: Callable[[], tuple[float, str]]  # reads ``kept`` (see _kept_at_seam)
    rest: _Piece  # the text after the seam, as an open start (see _tail_score)

    @cached_property
    def kept(self) -> tuple[float, str]:
        """The evidence that the text after the seam goes on the text before it, weighed
        when a continuation printed elsewhere is first strong enough to compete with it."""
        return self.weigh()


def reassemble_page(page: Page, config: Config, log: ChangeLog) -> None:
    """Join blocks of ``page`` that are pieces of one paragraph printed apart.

    Here the second piece of a paragraph was printed after another story's paragraph: the
    first piece stops mid-sentence on a full line, the second starts on a full line with no
    indent, both are set ten ems wide, and the page writes ``始终`` elsewhere:

    >>> from declump.model import Block, BlockKind, Line, Page, null_log
    >>> def piece(*lines):  # a block set in a column ten ems wide
    ...     return Block(BlockKind.PARAGRAPH, "".join(lines), [Line(t, 0) for t in lines], 10.0)
    >>> page = Page(1, [
    ...     piece("农场这些年来", "始终用农家肥。"),
    ...     piece("他们说，这个办法", "大家一开始并不看好，", "后来大家也慢慢地开始"),
    ...     piece("城里新开了三家图", "书馆，周末读者很多。"),
    ...     piece("终相信这条路能走通，", "也始终这样做。"),
    ... ])
    >>> reassemble_page(page, Config(), null_log())
    >>> for block in page.blocks:
    ...     print(block.text)
    农场这些年来始终用农家肥。
    他们说，这个办法大家一开始并不看好，后来大家也慢慢地开始终相信这条路能走通，也始终这样做。
    城里新开了三家图书馆，周末读者很多。
    """
    # (Cutting and joining blocks moves lines between blocks but never changes one: the
    # page's n-gram counts serve both rounds.)
    grams = _NGrams([line for block in page.blocks for line in block.lines])
    cut_off = _reassemble(page, log, grams)
    if cut_off:
        # The text after a cut seam may itself go on a piece printed elsewhere (the column
        # after a foot glued to it): it pairs in a second round, the only new open start.
        _reassemble(page, log, grams, cut_off)
        page.blocks = [_left_standing(block) if id(block) in cut_off else block for block in page.blocks]


def _reassemble(page: Page, log: ChangeLog, grams: _NGrams, tails: dict[int, Block] | None = None) -> dict[int, Block]:
    """One round of pairing (see reassemble_page); with ``tails`` (the parts cut off after
    a weak seam in the round before, by their ids), only a pair that continues one of them
    is joined, while every open start still competes for the margin. Returns the parts this
    round cut off after a seam and left standing. (The map holds the blocks themselves, so
    no block made in between can take over the id of one dropped.)"""
    if len(page.blocks) < 2 or blocks_in_clean_form(page.blocks):
        return {}
    page.blocks = _unglue_captions(page.blocks, log)
    opened = _open_latin_seams(page.blocks)
    blocks = opened.blocks
    pieces = [_piece(i, block) for i, block in enumerate(blocks)]
    _open_full_lines(pieces)
    ends = [p for p in pieces if (p.end > 0 and p.end_why != _FULL_SENTENCE) or p.index in opened.heads]
    copies = _Copies(blocks)
    starts = [p for p in pieces if (p.start > 0 or p.index in opened.tails) and not copies.repeats(p)]
    flush = [p for p in pieces[:-1] if p.end_why == _FULL_SENTENCE and _may_go_on_flush(p, pieces[p.index + 1])]
    if not (starts or flush) or not (ends or flush or any(block.seams for block in blocks)):
        return {}
    if tails is not None and not any(id(p.block) in tails for p in [*starts, *(pieces[a.index + 1] for a in flush)]):
        return {}  # (no pair could continue a part cut off: nothing is joined, see below)
    stats = _PageStats(blocks, grams)
    keep = {t: _evidence(pieces[t - 1], pieces[t], stats, stats.story_words(t - 1, t), 0)[0] for t in opened.tails}
    scores = [[_pair_score(a, b, stats, opened, keep) for b in starts] for a in ends]
    cuts, spare = [], []
    for cut in _seam_ends(pieces, stats):
        row = [_cut_score(cut, b, stats) for b in starts]
        if any(score > -math.inf for score, _ in row):
            cuts.append(cut)
            scores.append(row)
        else:
            spare.append(cut)

    def at_break(r: int, c: int) -> tuple[float, str]:
        # A run of two columns printed in turn stops mid-sentence at its blank line, its
        # last line full or not: the evidence for a pair two runs apart when nothing else
        # marks the end open (see _in_turn).
        a = ends[r]
        if a.end or a.index not in opened.heads or ends_sentence(a.block.text.strip()):
            return -math.inf, ""
        loose = replace(a, end=END_BEFORE_BREAK, end_why="no sentence end before a blank line")
        return _pair_score(loose, starts[c], stats, opened, keep)

    scores = _read_in_turn(scores, ends, starts, opened, at_break)
    tails_at: dict[int, int] = {}
    both: set[tuple[int, int]] = set()
    if tails is None and (cuts or spare) and SEAM_TAILS:
        scores, cuts, tails_at, both = _with_tails(scores, ends, starts, cuts, spare, stats)
    # (An opened seam chosen as printed is closed again below, as one paired with nothing.)
    seams = {r for r, a in enumerate(ends) if a.index in opened.heads}
    chosen = [(r, c) for r, c in _choose(scores, seams) if not scores[r][c][1].startswith(_AS_PRINTED)]
    if tails_at:
        chosen = _both_sides(chosen, scores, len(ends), cuts, tails_at, both)
    flush_links = _flush_links(flush, pieces, ends, starts, scores, stats, copies)
    if tails is not None:
        chosen = [(r, c) for r, c in chosen if r < len(ends) and id(starts[c].block) in tails]
        flush_links = {a: link for a, link in flush_links.items() if id(pieces[link[0]].block) in tails}
    while True:
        offsets, links = _links(chosen, ends, starts, cuts, scores, tails_at)
        targets = {target for target, _ in links.values()}
        for a, (b, evidence) in list(flush_links.items()):
            source = (a, len(offsets.get(a, [])))
            if source not in links and (b, 0) not in targets:
                links[source] = ((b, 0), evidence)
        kept = _break_cycles(links)
        if len(kept) == len(links):
            break
        # A cut whose link closed a cycle is not made: number the parts again without it.
        chosen = [(r, c) for (r, c), source in zip(chosen, links) if source in kept]
        flush_links = {a: link for a, link in flush_links.items() if (a, len(offsets.get(a, []))) in kept}
    page.blocks, kept, offsets = opened.close(kept, offsets, log)
    return _apply(page, kept, offsets, log)


def _flush_links(
    flush: list[_Piece],
    pieces: list[_Piece],
    ends: list[_Piece],
    starts: list[_Piece],
    scores: list[list[tuple[float, str]]],
    stats: _PageStats,
    copies: _Copies,
) -> dict[int, tuple[int, tuple[float, str]]]:
    """The pieces that go on a sentence ending flush at a column's foot, by that piece's
    index: the next piece printed, when the evidence holds. Such an end is the weakest of
    open ends, so it is paired apart, after the others, and only with a piece that no other
    end or cut seam reads as going on (even one that would not be paired for want of an
    open start, if printed within RIVAL_WINDOW blocks): it never takes a piece from a pair
    that needs it, nor settles a tie between two. A piece whose first two lines fill the
    column (:func:`_full_column_goes_on`) reads as going on so well that only a rival
    reading it about as well (within MIN_MARGIN) keeps it (FLUSH_FULL_COLUMN)."""
    floor = MIN_SCORE - MIN_MARGIN
    column_of = {b.index: c for c, b in enumerate(starts)}
    links: dict[int, tuple[int, tuple[float, str]]] = {}
    for a in flush:
        b = pieces[a.index + 1]
        if copies.repeats(b):
            continue
        evidence = _score(a, b, stats)
        if FLUSH_CONNECTIVE and _CONNECTIVE_OPENING.match(b.block.text.strip()):
            evidence = (evidence[0] + FLUSH_CONNECTIVE, f"{evidence[1]}; opens on a connective")
        if evidence[0] < MIN_SCORE:
            continue
        c = column_of.get(b.index)
        # (A piece whose column goes on full faces only rivals that read it about as well.)
        full = FLUSH_FULL_COLUMN and _full_column_goes_on(a, b)
        rival = max(floor, evidence[0] - MIN_MARGIN) if full else floor
        if c is not None and any(_as_rival(row[c]) >= rival for row in scores):
            continue
        near = (e for e in ends if abs(e.index - b.index) <= RIVAL_WINDOW)
        if c is None and any(_as_rival(_score(e, b, stats)) >= rival for e in near):
            continue
        links[a.index] = (b.index, evidence)
    return links


def _as_rival(evidence: tuple[float, str]) -> float:
    """How well a pair's evidence reads its second piece as going on, as a rival to a flush
    end: without NO_TOPIC, which weighs whether the two pieces are one story's, not whether
    the second goes on from somewhere."""
    score, why = evidence
    return score - NO_TOPIC if _NO_TOPIC in why else score


def _full_column_goes_on(a: _Piece, b: _Piece) -> bool:
    """Whether ``b``, printed after the sentence that ends flush at the foot of ``a``, opens
    with two full lines of a column as wide: a new paragraph's first line would be indented,
    a caption's or a title's lines would not fill the column so."""
    lines = b.block.lines
    if len(lines) < 2 or not a.column or abs(a.column - b.column) > NO_INDENT_SLACK:
        return False
    return all(abs(_printed_width(line) - a.column) <= FULL_SLACK for line in lines[:2])


def _printed_width(line: Line) -> float:
    """The width of ``line`` as printed: a space despace removed around a figure was a
    visible gap, a quarter em wide."""
    return display_width(line.text.strip()) + line.gaps * FIGURE_GAP


def _links(
    chosen: list[tuple[int, int]],
    ends: list[_Piece],
    starts: list[_Piece],
    cuts: list[_Cut],
    scores: list[list[tuple[float, str]]],
    tails_at: dict[int, int] | None = None,
) -> tuple[dict[int, list[int]], _Links]:
    """The seams cut in each block, and the chosen pairs as links between parts of blocks
    (in the order of ``chosen``): an open end is its block's last part, the text before a
    cut seam the part that ends there, an open start its block's first part, the text after
    a cut seam (a column of ``tails_at``, by its cut) the part that starts there."""
    tails_at = tails_at or {}
    found: dict[int, set[int]] = {}
    for r, c in chosen:
        for k in (r - len(ends), tails_at.get(c, -1)):
            if k >= 0:
                found.setdefault(cuts[k].piece.index, set()).add(cuts[k].offset)
    offsets = {index: sorted(cut_set) for index, cut_set in found.items()}
    links: _Links = {}
    for r, c in chosen:
        if r < len(ends):
            index = ends[r].index
            source = (index, len(offsets.get(index, [])))
        else:
            cut = cuts[r - len(ends)]
            source = (cut.piece.index, offsets[cut.piece.index].index(cut.offset))
        if c in tails_at:
            cut = cuts[tails_at[c]]
            target = (cut.piece.index, offsets[cut.piece.index].index(cut.offset) + 1)
        else:
            target = (starts[c].index, 0)
        links[source] = (target, scores[r][c])
    return offsets, links


# -- finding loose ends ------------------------------------------------------------------


def _unglue_captions(blocks: list[Block], log: ChangeLog) -> list[Block]:
    """Cut a Latin caption off the body piece rejoin glued it to, at the blank line between.

    A column that stops mid-sentence at its foot, then a blank line, then a photo caption:
    rejoin reads one block, which its credit makes a caption. The text before the blank line
    is a piece of a paragraph whose continuation was printed elsewhere, so it becomes a
    paragraph again (and an open end), the text after the blank line the caption.
    """
    out = []
    page_text = None  # the page's text, spaces left out, read once when a CJK caption asks
    for n, block in enumerate(blocks):
        cut = _glued_caption(block)
        if cut is None and block.kind is BlockKind.CAPTION and has_cjk(block.text):
            if page_text is None:
                page_text = [compact(b.text) for b in blocks]
            cut = _glued_cjk_caption(block, page_text, n)
        if cut is None:
            out.append(block)
            continue
        offset, head_lines = cut
        head, tail = block.text[:offset].strip(), block.text[offset:].strip()
        before = [at for at in block.seams if at < offset]
        after = [at - offset for at in block.seams if at > offset]
        out.append(Block(BlockKind.PARAGRAPH, head, block.lines[:head_lines], block.width, block.gap_before, before))
        out.append(Block(BlockKind.CAPTION, tail, block.lines[head_lines:], block.width, True, after))
        log.record(
            "reassemble",
            block.lines[head_lines].number,
            f"{head[-12:]} {tail[:12]}",
            f"{head[-12:]}{CUT_MARK}{tail[:12]}",
            "caption cut off a piece that stops mid-sentence before a blank line",
        )
    return out


def _glued_caption(block: Block) -> tuple[int, int] | None:
    """Where a Latin caption glued after a piece stopping mid-sentence starts: its offset in
    the text and its first line; None when the block is no such caption."""
    if block.kind is not BlockKind.CAPTION or has_cjk(block.text) or len(block.lines) < 2:
        return None
    lines = block.lines
    gaps = [k for k in range(1, len(lines)) if lines[k].number > lines[k - 1].number + 1]
    if not gaps:
        return None
    k = gaps[-1]
    if k < 2:
        return None  # one line before the blank line: as likely a headline as body text
    starts = _line_starts(block)
    if starts is None:
        return None
    head, tail = block.text[: starts[k]].strip(), block.text[starts[k] :].strip()
    if not head or ends_sentence(head) or not (tail[:1].isupper() or tail[:1].isdigit()):
        return None
    return starts[k], k


def _glued_cjk_caption(block: Block, page_text: list[str], index: int) -> tuple[int, int] | None:
    """Where a CJK caption glued after a piece of a column starts (as :func:`_glued_caption`).

    A photo set into a column: the column's text stops mid-sentence at the photo, a blank
    line, then the caption (…何云被调往汉口 / / 这片虞东平原…故乡。林甄玉 摄), and rejoin
    runs the two together. The caption after the blank line stands alone when it quotes its
    story from a sentence start while the page prints nowhere the text across the blank
    line (a caption wrapped across a gap, as layout text sets it, is printed across it).
    ``page_text``: the page's blocks' texts, spaces left out (``index`` is this block's).
    """
    lines = block.lines
    gaps = [k for k in range(1, len(lines)) if lines[k].number > lines[k - 1].number + 1]
    if not gaps or gaps[-1] < 2:
        return None
    k = gaps[-1]
    head = "".join(compact(line.text) for line in lines[:k])
    tail = "".join(compact(line.text) for line in lines[k:])
    if head + tail != compact(block.text) or ends_sentence(head) or head.endswith(tuple(_OPEN_MARKS)):
        return None
    if CAPTION_MARK.search(head) or not CAPTION_MARK.search(" ".join(line.text.strip() for line in lines[k:])):
        return None
    said = _CJK_SENTENCES.match(tail)
    if said is None or len(said.group()) < GLUED_CAPTION_QUOTE:
        return None
    others = "\n".join(page_text[:index] + page_text[index + 1 :])
    if said.group() not in others:
        return None
    if head[-GLUED_CAPTION_QUOTE:] + tail[:GLUED_CAPTION_QUOTE] in others:
        return None
    offset, seen = 0, 0
    while seen < len(head):
        if not block.text[offset].isspace():
            seen += 1
        offset += 1
    return offset, k


def _piece(index: int, block: Block) -> _Piece:
    column = _column(block)
    piece = _Piece(index, block, column, shows_column=_shows_column(block, column))
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADLINE) or not block.lines:
        return piece
    text = block.text.strip()
    # (A line letter-spaced to its column's width is body text, however short: headlines
    # on the dev pages are not.)
    headline = block.kind is BlockKind.HEADLINE and not _reads_as_body(text, len(block.lines)) and not block.lines[-1].spaced
    # (A line printed in fake bold is a headline's, however its words read on.)
    if not text or _FAKE_BOLD.search(text) or headline or all(line.bold for line in block.lines):
        return piece
    piece.end, piece.end_why = _open_end(block, text, piece.column)
    if not piece.end and _lead_under_title(block, text):
        piece.column = max(display_width(line.text.strip()) for line in block.lines)
        piece.end, piece.end_why = END_FULL_LINE, "a paragraph's first lines under a wider title, no sentence end"
    if not piece.end and _flush_sentence_end(block, text, piece.column):
        piece.end, piece.end_why = END_FULL_SENTENCE, _FULL_SENTENCE
    piece.start, piece.start_why = _open_start(block, text, piece.column)
    return piece


def _open_full_lines(pieces: list[_Piece]) -> None:
    """Open the start of each piece of one line that fills the column of a paragraph of
    several lines printed next to it and ends no sentence (see START_FULL_ONE_LINE)."""
    for piece in pieces:
        block = piece.block
        if piece.start or not piece.end or len(block.lines) != 1 or not has_cjk(block.text):
            continue
        text = block.text.strip()
        if ends_sentence(text) or starts_article(text):
            continue
        width = display_width(text)
        neighbours = pieces[max(0, piece.index - 1) : piece.index] + pieces[piece.index + 1 : piece.index + 2]
        if any(
            other.block.kind is BlockKind.PARAGRAPH
            and len(other.block.lines) > 1
            and width >= other.column - NO_INDENT_SLACK
            and abs(width - other.column) <= SAME_COLUMN
            for other in neighbours
        ):
            piece.start, piece.start_why = START_FULL_ONE_LINE, _FULL_ONE_LINE


def _column(block: Block) -> float:
    """The column width a block was set in: the mode of its full lines, when it has some."""
    if not has_cjk(block.text):
        # Proportional lines vary in length; rejoin measured the column from the widths
        # of letters (latin.line_width) and the lines around the block.
        return block.width
    widths = [display_width(line.text.strip()) for line in block.lines[:-1]]
    if len(widths) >= OWN_COLUMN_LINES:
        counts = Counter(round(w) for w in widths)
        return float(max(counts, key=lambda w: (counts[w], w)))
    return block.width


def _shows_column(block: Block, column: float) -> bool:
    """Whether a line of ``block`` reaches its column's edge, so that the column is the
    block's own and not only the one rejoin estimated from the lines printed around it."""
    if not has_cjk(block.text):
        return True  # proportional lines reach the edge only roughly: the evidence stays as it was
    return any(display_width(line.text.strip()) >= column - FULL_SLACK for line in block.lines)


def _reads_as_body(text: str, lines: int = 1) -> bool:
    """A "headline" rejoin made of a body line cut mid-sentence: it holds clause punctuation,
    or (Latin) it stops in a word cut by a hyphen, or runs over three lines or more and stops
    after a function word (a one-line headline may end so: ``Injury drags on``)."""
    if any(mark in text for mark in "，、；：。,;"):
        return True
    if has_cjk(text):
        return False
    return bool(latin.CUT_WORD_END.search(text) or (lines >= MIN_BODY_LINES and _LATIN_OPEN_WORD.search(text)))


def _too_wide(text: str, width: float, column: float) -> bool:
    """Wider than its column: a headline line rejoin ran on, not body text. A Latin line
    may be two lines of its column that pdftotext printed as one (a hyphenated line)."""
    if not column:
        return False
    if has_cjk(text):
        return width > column + FULL_SLACK
    return width > column * LATIN_RUN_ON_COLUMNS + FULL_SLACK


def _closed_by_mark(text: str) -> bool:
    """Whether ``text`` ends on a jump line or a photo credit: closed, whatever comes before."""
    return bool(_JUMP_END.search(text) or CAPTION_MARK.search(text) or _CREDIT_END.search(text))


def _open_end(block: Block, text: str, column: float) -> tuple[float, str]:
    if ends_sentence(text) or _closed_by_mark(text):
        return 0.0, ""
    lines = block.lines
    if len(lines) > 1 and lines[-1].number < lines[-2].number:
        return 0.0, ""  # its last line was printed before the others: not the column's foot
    width = display_width(lines[-1].text.strip())
    if _too_wide(text, width, column):
        return 0.0, ""
    last = text[-1]
    if last in _OPEN_MARKS and has_cjk(text) and len(lines) > 1 and column and width < column - FULL_SLACK:
        # Justified CJK text runs every line but a paragraph's last to the column's edge: a
        # line stopping short on a comma or a dash ended there by choice, a headline's
        # (商务部—— over its title, glued after a column's foot), not at the column's foot.
        # (Generated pages: wrong joins 3 fewer, no right one lost; dev pages unchanged.)
        return 0.0, ""
    if last in _OPEN_MARKS or (not has_cjk(text) and _LATIN_OPEN_WORD.search(text)):
        return END_OPEN_MARK, f"ends with {text.split()[-1] if last.isalpha() else last}"
    if not (is_cjk(last) or last.isalnum()) or not column:
        return 0.0, ""
    if not has_cjk(text):
        # Proportional Latin lines reach the edge only roughly; a short one ends a
        # paragraph or a headline line that rejoin ran on, unless the text says otherwise.
        full = width >= column * LATIN_FULL_SHARE
        if full:
            return END_FULL_LINE, "no sentence end on a full line"
        body = len(lines) >= MIN_BODY_LINES or (len(lines) == 1 and not block.gap_before)
        if block.kind is BlockKind.PARAGRAPH and body and text.split()[-1][:1].islower():
            # A body paragraph ends a sentence; one of several lines (more than a headline
            # rejoin ran on has) that stops on a word in lower case goes on elsewhere, its
            # last line short of the edge or not (English dev pages: 1 join more, none
            # wrong; with a capitalised last word too, 2 more and 3 wrong: a name stops a
            # line as often as a paragraph). So does a paragraph's first line printed in
            # the flow of its column, no blank line before it (1 join more, none wrong).
            return END_SHORT_LINE, "paragraph without a sentence end"
        return 0.0, ""
    if lines[-1].spaced:
        return END_SPACED_LINE, "a letter-spaced last line: justified, the paragraph goes on"
    # A one-line piece that opens its paragraph is two ems short by its indent.
    indent = INDENT if len(block.lines) == 1 else 0.0
    if width >= column - FULL_SLACK - indent:
        return END_FULL_LINE, "no sentence end on a full line"
    if block.kind is BlockKind.PARAGRAPH and len(block.lines) > 1:
        return END_SHORT_LINE, "paragraph without a sentence end"
    return 0.0, ""


def _lead_under_title(block: Block, text: str) -> bool:
    """A CJK block of a few lines, with clauses and no sentence end, set narrower than the width
    rejoin gave it (measured with a wider title over it), its first line shorter than its last
    and its last as wide as any: a paragraph's first lines under a title, cut off by the
    column's foot."""
    lines = block.lines
    if not LEAD_UNDER_TITLE or not 2 <= len(lines) < OWN_COLUMN_LINES + 1 or not has_cjk(text):
        return False
    if ends_sentence(text) or _closed_by_mark(text) or not _reads_as_body(text):
        return False
    widths = [display_width(line.text.strip()) for line in lines]
    if max(widths) >= block.width - FULL_SLACK:
        return False
    return widths[-1] >= max(widths) - NO_INDENT_SLACK and widths[0] < widths[-1]


def _flush_sentence_end(block: Block, text: str, column: float) -> bool:
    """A CJK paragraph of several lines whose last line ends a sentence flush with the
    column's edge (and was printed last)."""
    lines = block.lines
    if block.kind is not BlockKind.PARAGRAPH or len(lines) < 2 or not column or not has_cjk(text):
        return False
    if not ends_sentence(text) or _closed_by_mark(text):
        return False
    width = display_width(lines[-1].text.strip())
    if lines[-1].number < lines[-2].number or width < column - NO_INDENT_SLACK:
        return False
    # Every line fits the column: a block with lines far wider than the width it was given
    # (a lead set across columns) shows no column for its last line to be flush with.
    # (Generated pages: 2 wrong joins fewer, no right one lost; dev pages unchanged.)
    return not any(_too_wide(text, display_width(line.text.strip()), column) for line in lines)


def _open_start(block: Block, text: str, column: float) -> tuple[float, str]:
    if starts_article(text):
        return 0.0, ""
    width = display_width(block.lines[0].text.strip())
    if _too_wide(text, width, column):
        return 0.0, ""
    first = text[0]
    if first in CLOSED_START:
        return START_CLOSED_MARK, f"starts with {first}"
    if has_cjk(text) and _closes_first(text):
        return START_CLOSES_UNOPENED, "closes a quote or bracket it never opened"
    if not has_cjk(text):
        if first.isdigit():
            return START_DIGIT, "starts with a figure"
        return (START_LOWER, "starts with a lower-case word") if first.islower() else (0.0, "")
    if column and len(block.lines) > 1 and width >= column - NO_INDENT_SLACK:
        return START_NO_INDENT, "first line has no indent"
    if column and len(block.lines) > 1 and width > column - INDENT + NO_INDENT_SLACK and _UNBREAKABLE_START.match(block.lines[1].text.strip()):
        # Figures or a Latin word that did not fit on the first line leave it short, yet
        # less than an indent short (经济环比增速初值为 / 0.2%，低于…).
        return START_NO_INDENT, "first line has no indent (short by the figure that did not fit)"
    if column and len(block.lines) > 1 and width > column - INDENT + NO_INDENT_SLACK and _pushed_over(block.lines[1].text.strip()):
        # The first line gave its last character to the next, which a mark that may not open
        # a line follows (类无人机的运行管 / 理。特定…): full, though an em short.
        return START_PUSHED_OVER, "first line has no indent (short by the character pushed over with a mark)"
    if has_cjk(text) and _ONE_CHARACTER_CLAUSE.match(text):
        return START_ONE_CHARACTER_CLAUSE, "opens on a clause of one character"
    if len(block.lines) == 1 and block.kind is BlockKind.PARAGRAPH and ends_sentence(text):
        return START_ONE_LINE, "one line ending a sentence: a paragraph's last line"
    return 0.0, ""


def _pushed_over(line: str) -> bool:
    """Whether ``line`` (a paragraph's second line) opens with an ideograph and a mark that
    may not open a line: the ideograph was pushed over from the line before to go with it."""
    return len(line) > 1 and is_cjk(line[0]) and line[1] in CLOSED_START


def open_end(block: Block) -> float:
    """How surely ``block`` stops mid-sentence with its text going on elsewhere (0: it does
    not), as pairing reads a loose end; segmenting reads it for a story's last paragraph."""
    text = block.text.strip()
    if not text or not block.lines:
        return 0.0
    return _open_end(block, text, _column(block))[0]


def open_start(block: Block) -> float:
    """How surely ``block`` cannot open a paragraph, so goes on from a piece printed
    elsewhere (0: it may open one)."""
    text = block.text.strip()
    if not text or not block.lines:
        return 0.0
    return _open_start(block, text, _column(block))[0]


# -- weak seams inside blocks -----------------------------------------------------------


@dataclass
class _Opened:
    """A page's blocks with its Latin seams opened: every Latin paragraph cut at its weak
    seams after a blank line, so that each side of such a seam may pair elsewhere."""

    originals: list[Block]
    blocks: list[Block]  # the blocks with the Latin seams opened
    parts: list[list[int]]  # for each original block, the indices of its parts in ``blocks``
    offsets: list[list[int]]  # for each original block, the offsets of its opened seams
    heads: set[int]  # the parts that end at an opened seam
    tails: set[int]  # the parts that start at an opened seam

    @cached_property
    def runs(self) -> list[int]:
        """For each block, its run: the text between two blank lines (breaks of pdftotext's
        flow), counted from 0."""
        return list(accumulate((1 if k and block.gap_before else 0 for k, block in enumerate(self.blocks)), initial=0))[1:]

    def close(
        self, links: _Links, offsets: dict[int, list[int]], log: ChangeLog
    ) -> tuple[list[Block], _Links, dict[int, list[int]]]:
        """The blocks with every opened seam closed again whose two sides did not pair
        elsewhere, and the links (and CJK cut offsets) numbered for them; each seam left
        open is recorded."""
        kept = {}
        for source, (target, score) in links.items():
            if not (source[0] in self.heads and target == (source[0] + 1, 0)):
                kept[source] = (target, score)  # (a seam's two sides paired again: closed)
        leaving = {source[0] for source in kept}
        arriving = {target[0] for target, _ in kept.values()}
        blocks: list[Block] = []
        group: dict[int, int] = {}
        for block, parts, seam_offsets in zip(self.originals, self.parts, self.offsets):
            cut = [at for k, at in enumerate(seam_offsets) if parts[k] in leaving or parts[k + 1] in arriving]
            pieces = [block] if not cut else _split_block(block, _line_starts(block) or [], cut)
            assert pieces is not None  # every opened seam is at a line start
            for left, right in pairwise(pieces):
                log.record(
                    "reassemble",
                    right.first_line,
                    f"{left.text[-12:]} {right.text[:12]}",
                    f"{left.text[-12:]}{CUT_MARK}{right.text[:12]}",
                    "a sentence run on across a blank line is cut: a side of it goes on elsewhere",
                )
            first = len(blocks)
            for k, index in enumerate(parts):
                group[index] = first + sum(1 for at in cut if at <= (seam_offsets[k - 1] if k else -1))
                if k and group[index] != group[parts[k - 1]] and index not in arriving:
                    pieces[group[index] - first] = _left_over(pieces[group[index] - first])
            blocks.extend(pieces)
        relinked = {(group[s[0]], s[1]): ((group[t[0]], t[1]), score) for s, (t, score) in kept.items()}
        return blocks, relinked, {group[index]: cuts for index, cuts in offsets.items()}


def _left_standing(block: Block) -> Block:
    """The text after a cut CJK seam that no piece took along: one line that ends no sentence
    (nor a clause) is a title, as rejoin reads such a line printed alone (see FULL_TAIL_LINE)."""
    text = block.text.strip()
    if len(block.lines) != 1 or not has_cjk(text) or ends_sentence(text) or text.endswith(("，", "、")):
        return block
    return Block(BlockKind.HEADLINE, block.text, block.lines, block.width, block.gap_before, block.seams)


def _left_over(block: Block) -> Block:
    """The text after an opened seam that was cut and pairs with nothing: a few lines that
    start afresh and end no sentence are a headline (the next story's, printed after a column
    that stops mid-sentence at its foot), as rejoin reads such a block; otherwise a paragraph."""
    text = block.text
    if len(block.lines) > latin.MAX_HEADLINE_LINES or ends_sentence(text) or text.endswith(",") or not latin.starts_afresh(text):
        return block
    return Block(BlockKind.HEADLINE, text, block.lines, block.width, block.gap_before, block.seams)


def _open_latin_seams(blocks: list[Block]) -> _Opened:
    """Cut every Latin paragraph at its weak seams after a blank line (see _Opened)."""
    opened = _Opened(blocks, [], [], [], set(), set())
    found = [_latin_seams(block) for block in blocks]
    if sum(map(len, found)) > MAX_OPENED_SEAMS:
        found = [[] for _ in blocks]
    for block, seam_offsets in zip(blocks, found):
        pieces = _split_block(block, _line_starts(block) or [], seam_offsets) if seam_offsets else None
        if pieces is None:
            seam_offsets, pieces = [], [block]
        first = len(opened.blocks)
        opened.parts.append(list(range(first, first + len(pieces))))
        opened.offsets.append(seam_offsets)
        opened.heads.update(range(first, first + len(pieces) - 1))
        opened.tails.update(range(first + 1, first + len(pieces)))
        opened.blocks.extend(pieces)
    return opened


def _latin_seams(block: Block) -> list[int]:
    """The weak seams of a Latin paragraph where a blank line stands between the lines and
    the text before stops mid-sentence: pdftotext's default mode breaks its flow there (the
    foot of a column), and the text after may be another column's. Also where the text
    before ends a sentence and the text after starts with a lower-case word, which rejoin
    runs on as no paragraph's start: it goes on a sentence, and not the one that ended
    (English dev pages: 3 such places, none one paragraph)."""
    if block.kind is not BlockKind.PARAGRAPH or has_cjk(block.text):
        return []
    lines = block.lines
    gaps = [k for k in range(1, len(lines)) if lines[k].number > lines[k - 1].number + 1]
    if not gaps:
        return []
    starts = _line_starts(block)
    if starts is None:
        return []
    seams = set(block.seams)
    out = []
    for k in gaps:
        offset = starts[k]
        ended = ends_sentence(block.text[:offset].strip())
        if (offset in seams and not ended) or (ended and block.text[offset:offset + 1].islower()):
            out.append(offset)
    return out


def _pair_score(a: _Piece, b: _Piece, stats: _PageStats, opened: _Opened, keep: dict[int, float]) -> tuple[float, str]:
    """``_score`` for a pair of pieces, where the two sides of an opened seam are a pair of
    their own: its evidence (``keep``, by the seam's tail) and SEAM_AS_PRINTED for being
    printed one after the other. The pairing then weighs a seam against every pairing that
    cuts it, with the other side of the seam paired elsewhere in turn (two columns printed
    in alternating runs cut a run of seams at once). The side after an opened seam is a
    candidate even when it starts with a capital (it follows a break of pdftotext's flow)."""
    if a.index in opened.heads and b.index == a.index + 1:
        return keep[b.index] + SEAM_AS_PRINTED, _AS_PRINTED
    if a.end <= 0 or (b.start <= 0 and b.index not in opened.tails):
        return -math.inf, ""
    if b.index < a.index and opened.runs[b.index] == opened.runs[a.index] and not has_cjk(a.block.text):
        # A run is one column's text as printed: a Latin piece does not go on in a piece
        # printed before it in its own run (English dev pages: 37 candidates, none right).
        return -math.inf, ""
    return _score(a, b, stats)


def _read_in_turn(
    scores: list[list[tuple[float, str]]],
    ends: list[_Piece],
    starts: list[_Piece],
    opened: _Opened,
    at_break: Callable[[int, int], tuple[float, str]],
) -> list[list[tuple[float, str]]]:
    """``scores`` with every stretch of runs that reads better as two columns printed in
    turn read so (see _in_turn): the credit SEAM_AS_PRINTED moves from the stretch's seams
    to the pairs of runs two apart, when that raises the best pairing's weight by IN_TURN_MARGIN."""
    stretches = _in_turn(scores, ends, starts, opened, at_break)
    if not stretches:
        return scores

    def weight(table: list[list[tuple[float, str]]]) -> float:
        weights = _weights(table)
        return _total(weights, _max_weight_assignment(weights))

    best = weight(scores)
    moved: set[tuple[int, int]] = set()
    for seams, pairs in stretches:
        if seams | pairs.keys() <= moved:
            continue
        trial = [row[:] for row in scores]
        for r, c in seams - moved:
            trial[r][c] = (trial[r][c][0] - SEAM_AS_PRINTED, f"{_AS_PRINTED}, between two columns printed in turn")
        loose = []
        for (r, c), (score, why) in pairs.items():
            if (r, c) in moved:
                continue
            if scores[r][c][0] == -math.inf:
                loose.append((r, c))  # (weighed only once the stretch is read in turn)
            else:
                trial[r][c] = (score + SEAM_AS_PRINTED, f"{why}; {_NEXT_IN_TURN}")
        gain = weight(trial)
        if gain >= best + IN_TURN_MARGIN:
            for r, c in loose:
                score, why = pairs[(r, c)]
                trial[r][c] = (score + SEAM_AS_PRINTED, f"{why}; {_NEXT_IN_TURN}")
            scores, best = trial, weight(trial)
            moved |= seams | pairs.keys()
    return scores


def _in_turn(
    scores: list[list[tuple[float, str]]],
    ends: list[_Piece],
    starts: list[_Piece],
    opened: _Opened,
    at_break: Callable[[int, int], tuple[float, str]],
) -> list[tuple[set[tuple[int, int]], dict[tuple[int, int], tuple[float, str]]]]:
    """Stretches of runs that may be two columns pdftotext's default mode printed in turn:
    for each, its opened seams and its pairs of runs two apart, as (row, column) of ``scores``,
    the pairs with their evidence (by ``at_break`` for an end that only stops before the
    blank line, which pairs nowhere else).

    A run is the text between two blank lines (two breaks of pdftotext's flow); a run of
    captions only is passed over, as no column's text. Where a run that stops
    mid-sentence may go on in the run after next (a candidate pair), the run between may be
    another column printed in turn, and so may the runs on either side as far as every run
    stops mid-sentence at an opened seam: in such a stretch a run goes on in the run after
    next, the next piece printed of its column."""
    if not opened.heads:
        return []
    blocks = opened.blocks
    text_runs = sorted({opened.runs[k] for k, block in enumerate(blocks) if block.kind is not BlockKind.CAPTION})
    number = {raw: k for k, raw in enumerate(text_runs)}
    run = [number.get(raw) for raw in opened.runs]
    row_of = {a.index: r for r, a in enumerate(ends)}
    column_of = {b.index: c for c, b in enumerate(starts)}
    last = {run[k]: k for k in range(len(blocks)) if run[k] is not None}  # each run's last piece
    first = {run[k]: k for k in reversed(range(len(blocks))) if run[k] is not None}  # and its first
    # The opened seams between run k and run k + 1, by k.
    seam_at = {run[head]: head for head in opened.heads if run[head] is not None and run[head + 1] == run[head] + 1}
    anchors = sorted(
        (-scores[r][c][0], run[a.index])
        for r, a in enumerate(ends)
        for c, b in enumerate(starts)
        if scores[r][c][0] >= MIN_SCORE
        and run[a.index] is not None
        and last[run[a.index]] == a.index
        and b.index > a.index
        and run[b.index] == run[a.index] + 2
        and first[run[b.index]] == b.index
    )
    stretches = []
    for _, k in anchors:
        low, high = k, k + 1
        while low - 1 in seam_at:
            low -= 1
        while high + 1 in seam_at:
            high += 1
        if not all(_goes_on_in_turn(j, first, run, ends, starts, scores) for j in range(low, high + 2)):
            continue
        seams, pairs = set(), {}
        for j in range(low, high + 1):
            head = seam_at.get(j)
            if head is not None and head in row_of and head + 1 in column_of:
                seams.add((row_of[head], column_of[head + 1]))
            if j + 2 <= high + 1 and last[j] in row_of and first[j + 2] in column_of:
                r, c = row_of[last[j]], column_of[first[j + 2]]
                evidence = scores[r][c] if scores[r][c][0] > -math.inf else at_break(r, c)
                if evidence[0] > -math.inf:
                    pairs[(r, c)] = evidence
        if seams and (seams, pairs) not in stretches:
            stretches.append((seams, pairs))
    return stretches


def _goes_on_in_turn(
    j: int,
    first: dict[int, int],
    run: list[int | None],
    ends: list[_Piece],
    starts: list[_Piece],
    scores: list[list[tuple[float, str]]],
) -> bool:
    """Whether run ``j`` may be read as printed in turn with another column: it opens a
    paragraph, or it starts mid-sentence and may go on a piece printed before the run
    before it (its column's text before). A run that starts mid-sentence with no such piece
    before it goes on the run printed right before it, as one column does."""
    b = first[j]
    c = next((c for c, piece in enumerate(starts) if piece.index == b), None)
    if c is None or not starts[c].start:
        return True
    return any(a.index < b and run[a.index] != j - 1 and scores[r][c][0] > -math.inf for r, a in enumerate(ends))


def _seam_ends(pieces: list[_Piece], stats: _PageStats) -> list[_Cut]:
    """The weak seams of every block whose text before the seam stops mid-sentence,
    each with the evidence for keeping it joined."""
    cuts = []
    for piece in pieces:
        block = piece.block
        if not block.seams or block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADLINE):
            continue
        starts = _line_starts(block)
        if starts is None:
            continue  # the lines cannot be placed in the text: no cut
        lines = block.lines
        for offset in block.seams:
            k = _line_at(starts, offset)
            short_tail = len(lines) - k < MIN_TAIL_LINES and not (len(lines) - k == 1 and _full_tail_line(block, piece.column))
            if k <= 0 or short_tail or lines[k].number <= lines[k - 1].number + 1:
                continue  # not at a line start, a last line after it, or no blank line
            # The evidence is read from a window around the seam: the work per seam stays
            # bounded however long the block is.
            low = max(0, bisect.bisect_right(starts, offset - SEAM_WINDOW) - 1)
            high = max(k + MIN_TAIL_LINES, bisect.bisect_left(starts, offset + SEAM_WINDOW))
            end = starts[high] if high < len(starts) else len(block.text)
            left, right = block.text[starts[low] : offset].strip(), block.text[offset:end].strip()
            if not has_cjk(left):
                # Latin seams are not cut: there a lower-case start is most of the evidence
                # for a pair, and it cannot tell a continuation from the rest of a word
                # hyphenated elsewhere (on the English dev pages one of two such cuts went
                # to the wrong piece).
                continue
            if _FAKE_BOLD.search(left) or (block.kind is BlockKind.HEADLINE and not _reads_as_body(left)):
                continue
            head = Block(block.kind, left, lines[low:k], block.width)
            end_score, end_why = _open_end(head, left, piece.column)
            if end_score <= 0:
                continue
            before = stats.features(left)
            first = _Piece(piece.index, head, piece.column, end_score, 0.0, end_why, "")
            tail = Block(BlockKind.PARAGRAPH, right, lines[k:high], block.width, True)
            start_score, start_why = _open_start(tail, right, piece.column)
            rest = _Piece(piece.index, tail, piece.column, 0.0, start_score, "", start_why)
            cuts.append(_Cut(first, offset, before, partial(_kept_at_seam, first, rest, before, lines, k, stats), rest))
    return cuts


def _full_tail_line(block: Block, column: float) -> bool:
    """Whether ``block``'s last line may stand as the text after a weak seam alone (see
    FULL_TAIL_LINE): a CJK line at least as wide as its column, ending no sentence."""
    text = block.text.strip()
    if not FULL_TAIL_LINE or not has_cjk(text) or ends_sentence(text):
        return False
    return display_width(block.lines[-1].text.strip()) >= column - FULL_SLACK


def _kept_at_seam(
    first: _Piece, rest: _Piece, before: set[str], lines: list[Line], k: int, stats: _PageStats
) -> tuple[float, str]:
    """The evidence that ``rest`` (the text after a weak seam, from line ``k`` of ``lines``)
    goes on ``first`` (the text before it), with its words."""
    right = rest.block.text
    topic = stats.story_words(first.index, first.index, before, stats.features(right))
    keep, keep_why = _evidence(first, rest, stats, topic, 0)
    against, against_why = _new_start(lines, k, first.column, right)
    return keep + against, "; ".join(w for w in (keep_why, against_why) if w)


def _new_start(lines: list[Line], k: int, column: float, text: str) -> tuple[float, str]:
    """Evidence that the text after a weak seam (from line ``k``) is no part of the column
    before it: its first line set wider than that column (a lead across columns), or
    short of it by an indent with full lines after it (a paragraph's start)."""
    width = display_width(lines[k].text.strip())
    if _too_wide(text, width, column):
        return TAIL_WIDER, "the text after it is set wider than its column"
    if k + 1 < len(lines) and width <= column - INDENT + NO_INDENT_SLACK and display_width(lines[k + 1].text.strip()) >= column - FULL_SLACK:
        return TAIL_INDENTED, "the text after it opens with an indent"
    return 0.0, ""


def _line_at(starts: list[int], offset: int) -> int:
    """The line that starts at ``offset`` (-1: none does)."""
    k = bisect.bisect_left(starts, offset)
    return k if k < len(starts) and starts[k] == offset else -1


def _line_starts(block: Block) -> list[int] | None:
    """Where each line of ``block`` starts in its text (None when a line is not found there)."""
    starts, cursor = [], 0
    for line in block.lines:
        text = line.text.strip()
        at = block.text.find(text, cursor)
        if not text or at < 0 or at - cursor > 1:  # at most the space a join put between
            return None
        starts.append(at)
        cursor = at + len(text)
    return starts


def _split_block(block: Block, starts: list[int], offsets: list[int]) -> list[Block] | None:
    """``block`` cut at ``offsets`` (each the start of one of its lines): the text before
    keeps the block's kind, every later part is a paragraph; lines go by their offsets."""
    cut_lines = [_line_at(starts, offset) for offset in offsets]
    if any(k <= 0 for k in cut_lines):
        return None  # not where a line starts: no cut
    bounds = [0, *offsets, len(block.text)]
    line_bounds = [0, *cut_lines, len(block.lines)]
    parts = []
    for k in range(len(bounds) - 1):
        lines = block.lines[line_bounds[k] : line_bounds[k + 1]]
        text = block.text[bounds[k] : bounds[k + 1]].strip()
        low, high = bounds[k], bounds[k + 1]
        seams = [at - low for at in block.seams if low < at < high]
        if k == 0:
            parts.append(Block(block.kind, text, lines, block.width, block.gap_before, seams))
        else:
            gap = lines[0].number > block.lines[line_bounds[k] - 1].number + 1  # a blank line between
            parts.append(Block(BlockKind.PARAGRAPH, text, lines, block.width, gap, seams))
    return parts


def _cut_score(cut: _Cut, b: _Piece, stats: _PageStats) -> tuple[float, str]:
    """How strongly ``b`` continues the text before a weak seam, if clearly better than the
    text after the seam does; -inf otherwise."""
    a = cut.piece
    if a.index == b.index or has_cjk(a.block.text) != has_cjk(b.block.text):
        return -math.inf, ""
    topic = stats.story_words(a.index, b.index, cut.before)
    score, why = _evidence(a, b, stats, topic, abs(a.index - b.index) - 1)
    if score < MIN_SCORE:
        return -math.inf, ""  # (as _over_seams reads it: the seam's evidence is not weighed)
    keep, keep_why = cut.kept
    strength = _over_seams(score, keep)
    if strength == -math.inf:
        return -math.inf, ""
    return strength, f"{why}: {score:.1f}; the seam it was glued at scores {keep:.1f} ({keep_why})"


def _over_seams(score: float, keep: float) -> float:
    """The strength of a pair that undoes seams whose evidence sums to ``keep``: -inf unless
    it is strong enough to join and beats the seams by CUT_MARGIN. Joining also undoes the
    seams, so the pair is as strong as what it gains over them: a continuation that barely
    beats them ranks as a pair just strong enough to join (MIN_SCORE) among other pairs."""
    gain = score - keep
    if score < MIN_SCORE or gain < CUT_MARGIN:
        return -math.inf
    return min(score, gain + MIN_SCORE - CUT_MARGIN)


# -- evidence for a pair -----------------------------------------------------------------


class _NGrams:
    """How often a page's lines (spaces left out) write each character n-gram (n <= 3).

    The lines are read as one text with a line break between: an n-gram across a break
    holds it, which no n-gram looked up does (spaces are left out of those). A page asks
    for a few n-grams at each seam it weighs: each is counted in the text when first asked
    for, until LOOKUPS_BEFORE_COUNT were, and then every n-gram of the page is counted at once.
    """

    def __init__(self, lines: list[Line]) -> None:
        self.text = "\n".join(compact(line.text) for line in lines)
        self.total = max(1, len(self.text) - self.text.count("\n"))  # the page's characters
        self.found: dict[str, int] = {}
        self.every: Counter[str] | None = None

    def count(self, gram: str) -> int:
        if self.every is not None:
            return self.every[gram]
        found = self.found.get(gram)
        if found is None:
            if len(self.found) >= LOOKUPS_BEFORE_COUNT:
                text = self.text
                pairs = list(map(add, text, text[1:]))
                self.every = Counter(text)
                self.every.update(pairs)
                self.every.update(map(add, pairs, text[2:]))
                return self.every[gram]
            found = self.found[gram] = _occurrences(self.text, gram)
        return found


def _occurrences(text: str, gram: str) -> int:
    """How often ``gram`` occurs in ``text``, overlapping occurrences counted (``aa`` twice
    in ``aaa``): only an n-gram (n <= 3) that ends with its first character can overlap itself."""
    if len(gram) < 2 or gram[0] != gram[-1]:
        return text.count(gram)
    count, at = 0, text.find(gram)
    while at >= 0:
        count, at = count + 1, text.find(gram, at + 1)
    return count


class _PageStats:
    """Character n-gram counts and rare vocabulary of one page, built once."""

    def __init__(self, blocks: list[Block], grams: _NGrams | None = None) -> None:
        if grams is None:
            grams = _NGrams([line for block in blocks for line in block.lines])
        self.grams = grams
        self.kinds = [block.kind for block in blocks]
        self.vocab = [self.features(block.text) for block in blocks]
        df: Counter[str] = Counter()
        for feats in self.vocab:
            df.update(feats)
        logs = {d: math.log((len(blocks) + 1) / d) for d in set(df.values())}
        self.idf = {f: logs[d] for f, d in df.items()}

    def story_words(self, end: int, start: int, before: set[str] | None = None, after: set[str] | None = None) -> float:
        """Vocabulary shared by the two pieces, each read with its neighbour in its column.

        The piece that stops is read with the paragraph printed before it, the piece that
        goes on with the paragraph printed after it: the rest of the column is the same story.
        ``before`` and ``after`` replace the blocks' own vocabulary for a part of a block
        (the text before or after a seam).
        """
        before = self.vocab[end] if before is None else before
        after = self.vocab[start] if after is None else after
        if end - 1 != start + 1:  # a paragraph between them belongs to neither side
            before = before | self._paragraph(end - 1, start)
            after = after | self._paragraph(start + 1, end)
        return self.shared(before, after)

    def _paragraph(self, index: int, other: int) -> set[str]:
        if index == other or not 0 <= index < len(self.vocab) or self.kinds[index] is not BlockKind.PARAGRAPH:
            return set()
        return self.vocab[index]

    @staticmethod
    def features(text: str) -> set[str]:
        """CJK character bigrams, or Latin words (as articles.py reads a story's vocabulary)."""
        if has_cjk(text):
            chars = word_chars(text)
            return set(map(add, chars, chars[1:]))
        words = (w.lower() for w in _LATIN_WORD.findall(text))
        return {w[:6] for w in words if len(w) >= 3 and w not in _STOP}

    def seam(self, left: str, right: str) -> float:
        """How much more often than chance the page writes the characters of the seam together.

        The best t-score over the n-grams that span the seam (up to three characters):
        (count - expected) / sqrt(count), so one chance occurrence of two rare characters
        weighs little and a word the page uses again and again weighs much.
        """
        left, right = "".join(left[-2:].split()), "".join(right[:2].split())
        best = 0.0
        for k in range(1, len(left) + 1):
            for m in range(1, len(right) + 1):
                if k + m > 3:
                    continue
                count = self.grams.count(left[-k:] + right[:m])
                if not count:
                    continue
                expected = self.grams.total * self._prob(left[-k:]) * self._prob(right[:m])
                best = max(best, (count - expected) / math.sqrt(count))
        return best

    def _prob(self, text: str) -> float:
        return self.grams.count(text) / self.grams.total

    def shared(self, a: set[str], b: set[str]) -> float:
        """Rare vocabulary two texts share: a cosine of their idf-weighted bigram sets
        (summed exactly, so the set's hash-seed order cannot change the result)."""
        weight = self.idf.get
        total = math.sqrt(math.fsum(map(weight, a, repeat(0.0))) * math.fsum(map(weight, b, repeat(0.0))))
        if total <= 0:
            return 0.0
        return math.fsum(map(weight, a & b, repeat(0.0))) / total


def _score(a: _Piece, b: _Piece, stats: _PageStats) -> tuple[float, str]:
    """How strongly ``b`` reads as the continuation of ``a``, with the evidence in words."""
    if a.index == b.index or has_cjk(a.block.text) != has_cjk(b.block.text) or _repeats(a, b):
        return -math.inf, ""
    return _evidence(a, b, stats, stats.story_words(a.index, b.index), abs(a.index - b.index) - 1)


def _repeats(a: _Piece, b: _Piece) -> bool:
    """Whether one of two CJK pieces holds the opening of the other (COPY_PROBE characters):
    a copy of the other's text (a lead repeated as a summary, a pull quote), which a
    paragraph's continuation never is."""
    if not has_cjk(a.block.text):
        return False
    first, second = a.compact, b.compact
    return bool(_opening(first)) and _opening(first) in second or bool(_opening(second)) and _opening(second) in first


def _opening(text: str) -> str:
    """The opening a copy repeats: the first COPY_PROBE characters of ``text`` (spaces left
    out already; "" when shorter)."""
    return text[:COPY_PROBE] if len(text) >= COPY_PROBE else ""


def _evidence(a: _Piece, b: _Piece, stats: _PageStats, topic: float, between: int) -> tuple[float, str]:
    """The evidence that ``b`` goes on ``a``, given the vocabulary they share (``topic``)
    and how many blocks were printed between them."""
    left, right = a.block.text.strip(), b.block.text.strip()
    score = a.end + b.start
    if a.end_why == _FULL_SENTENCE:
        if not _may_go_on_flush(a, b):
            return -math.inf, ""
        score += ATTRIBUTION if _attribution(left, right) else 0.0 if b.start else START_NO_INDENT
    why = [a.end_why, b.start_why]
    balance = _balance(left, right)
    if balance > 0:
        score += BALANCE * balance
        why.append("closes what the first piece opens")
    elif balance < 0:
        score += UNBALANCED
        why.append("closes a mark the first piece never opened")
    a_column, b_column = (a.column, b.column) if has_cjk(left) else (a.latin_column, b.latin_column)
    if a_column and b_column:
        if abs(a_column - b_column) <= SAME_COLUMN:
            score += SAME_WIDTH
        elif a.shows_column and b.shows_column:
            score += OTHER_WIDTH
            why.append(f"column {a_column:g} vs {b_column:g}")
    if has_cjk(left) and runs_on("", right, whole_words=True):
        score += RUNS_ON
        why.append("words run on across the seam")
    elif has_cjk(left) and runs_on(left, "", whole_words=True):
        score += RUNS_ON_END
        why.append("words run on across the seam")
    if has_cjk(left) and seam_gain(left, right) >= SPANS_WORD_GAIN:
        score += SPANS_WORD
        why.append("a word spans the seam")
    if _LATIN_NAME_END.search(left) and _LATIN_REPORTING.match(right):
        score += ATTRIBUTION
        why.append("a name, then what it said")
    hyphenated = _hyphenated_word(left, right)
    if hyphenated > 0:
        score += HYPHENATED_WORD
        why.append("a hyphenated word closes up across the seam")
    elif hyphenated < 0:
        score += BROKEN_WORD
        why.append("the word cut by a hyphen does not go on across the seam")
    pmi = stats.seam(left, right)
    if pmi > 0:
        score += NGRAM_WEIGHT * min(pmi, NGRAM_CAP)
        why.append(f"seam n-gram {pmi:.1f}")
    if not has_cjk(left) and a.end <= END_FULL_LINE and balance <= 0 and hyphenated <= 0 and pmi <= 0:
        score += LATIN_UNLINKED
        why.append("nothing links the words across the seam")
    score += TOPIC_WEIGHT * topic
    why.append(f"shared words {topic:.2f}")
    if has_cjk(left) and topic < NO_TOPIC_BELOW:
        score += NO_TOPIC
        why.append(_NO_TOPIC)
    score -= DISTANCE_COST * max(0, between - DISTANCE_FREE)
    why.append(f"{between} block{'s' if between != 1 else ''} between")
    return score, "; ".join(w for w in why if w)


class _Copies:
    """Which pieces open with the words of a longer block of the page. A pull quote or a
    caption that repeats a sentence of its story (often its lead's) opens on a full line
    like a column going on, and shares the most words with the very text it repeats: it is
    a copy, no continuation (the text it copies is the longer of the two).

    The page's texts are searched for each distinct opening once; distinct openings of one
    length start at distinct places, so all the searches together visit each place of the
    page at most once.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self.texts = [compact(block.text) for block in blocks]
        self.page = "\n".join(self.texts)
        self.offsets = list(accumulate((len(text) + 1 for text in self.texts[:-1]), initial=0))
        self.holders: dict[str, list[tuple[int, int]]] = {}

    def repeats(self, piece: _Piece) -> bool:
        own = self.texts[piece.index]
        probe = _opening(own)
        if not has_cjk(probe):
            return False
        if probe not in self.holders:
            self.holders[probe] = self._longest_holders(probe)
        return any(length > len(own) for length, index in self.holders[probe] if index != piece.index)

    def _longest_holders(self, probe: str) -> list[tuple[int, int]]:
        """The two longest blocks whose text holds ``probe``, as (length, index)."""
        found: set[int] = set()
        at = self.page.find(probe)
        while at >= 0:
            found.add(bisect.bisect_right(self.offsets, at) - 1)
            at = self.page.find(probe, at + 1)
        return sorted(((len(self.texts[k]), k) for k in found), reverse=True)[:2]


def _may_go_on_flush(a: _Piece, b: _Piece) -> bool:
    """Whether ``b`` may go on the sentence that ends flush at the foot of ``a``: the next
    column printed, opening a sentence on a line without indent or with the quote's
    attribution. A piece that goes on mid-sentence (a clause of one word: 茶，所以…; of
    two, unless one that opens sentences: 要求，…) belongs after a piece that stops
    mid-sentence."""
    left, right = a.block.text.strip(), b.block.text.strip()
    if b.index != a.index + 1 or b.start > START_NO_INDENT:
        return False
    # (``left`` ends a sentence, so only ``right``'s opening can run on.)
    if runs_on(left, right, whole_words=True) and not _SENTENCE_OPENER.match(right):
        return False
    return _attribution(left, right) or _less_than_indent(b)


def _attribution(left: str, right: str) -> bool:
    """A quotation closing at the end of ``left``, ``right`` a line naming its speaker."""
    return left.endswith("”") and _ATTRIBUTION.fullmatch(right) is not None


def _less_than_indent(piece: _Piece) -> bool:
    """Whether the first line of ``piece`` is short of its column by less than an indent
    (figures and stretched spacing make a full line measure up to an em short)."""
    block = piece.block
    if len(block.lines) < 2 or not piece.column or block.kind is not BlockKind.PARAGRAPH or starts_article(block.text):
        return False
    return display_width(block.lines[0].text.strip()) > piece.column - INDENT + NO_INDENT_SLACK


def _hyphenated_word(left: str, right: str) -> int:
    """Evidence from a word that ``left`` stops in, cut by a hyphen: 1 when the first word
    of ``right`` closes it up into an English word (``be-`` + ``lieved``) or completes a
    compound (``well-`` + ``known``), -1 when it does neither, 0 when ``left`` ends no such
    word.

    >>> _hyphenated_word("they are be-", "lieved to"), _hyphenated_word("the fi-", "lieved to")
    (1, -1)
    """
    cut = latin.CUT_WORD_END.search(left)
    if not cut:
        return 0
    rest = _LATIN_FIRST_WORD.match(right)
    if not rest:
        return -1
    head, tail = cut.group(1).lower(), rest.group(0)
    function_word = _LATIN_OPEN_WORD.fullmatch(tail) is not None
    # A function word is more often a word of its own than a syllable: it closes the cut
    # word up only into a word the list has as it is (``with-``/``in``), not into an
    # inflection of a rare one (``car-``/``as``: ``caras``, plural of ``cara``).
    if english.count(head + tail) >= english.MIN_WORD_COUNT or (not function_word and english.is_word(head + tail)):
        return 1
    # A function word completes no compound (``re-`` + ``the``), nor does a preposition
    # (``car-`` + ``across``).
    compound = english.is_compound(head, tail) and not function_word and tail.lower() not in latin.NO_COMPOUND_END | latin.NO_COMPOUND_VERB
    return 1 if compound else -1


def _closes_first(text: str) -> bool:
    """Whether the first quote or bracket mark of ``text`` closes one (``拉过来了！”父亲…``),
    within its first CLOSES_WITHIN characters: a piece that opens inside a quotation closes
    it within a sentence or two (dev pages: within 10), while a mark far on says nothing of
    where the piece began."""
    for ch in text[:CLOSES_WITHIN]:
        if ch in _OPENERS:
            return False
        if ch in _CLOSERS:
            return True
    return False


def _balance(left: str, right: str) -> float:
    """Evidence from quotes and brackets: 1 when ``right`` closes a mark that ``left`` left
    open near its end, less the farther the two marks stand apart, -1 when ``right`` closes
    a mark ``left`` never opened, 0 when the marks say nothing. In Latin text ``’`` is an
    apostrophe (``firm’s``, ``workers’``) unless a ``‘`` is open: no closing mark.

    >>> _balance("the firm", "’s plan"), _balance("said ‘no", "’ today"), _balance("说‘不", "’今天")
    (0.0, 1.0, 1.0)
    """
    apostrophe = not has_cjk(left) and not has_cjk(right)
    stack = _open_marks(left)
    for k, ch in _marks(right):
        if ch in _OPENERS:
            return 0.0  # right opens its own before closing anything: no evidence
        if ch in _CLOSERS:
            if apostrophe and ch == "’" and not (stack and stack[-1][0] == "‘"):
                continue
            if not stack or stack[-1][0] != _CLOSERS[ch]:
                return -1.0
            span = len(left) - stack[-1][1] + k
            return 1.0 if span <= QUOTE_SPAN else QUOTE_SPAN / span
    return 0.0


@lru_cache(maxsize=1024)  # an open start is weighed against every open end in turn
def _marks(text: str) -> tuple[tuple[int, str], ...]:
    """The quotes and brackets of ``text``, opening or closing, each with its offset."""
    return tuple((match.start(), match.group()) for match in _MARK.finditer(text))


@lru_cache(maxsize=1024)  # an open end is weighed against every open start in turn
def _open_marks(text: str) -> tuple[tuple[str, int], ...]:
    """The quotes and brackets ``text`` leaves open, innermost last, each with its offset."""
    stack: list[tuple[str, int]] = []
    for k, ch in enumerate(text):
        if ch in _OPENERS and not (ch == "“" and stack and stack[-1][0] == "“"):
            stack.append((ch, k))
        elif ch in _CLOSERS and stack and stack[-1][0] == _CLOSERS[ch]:
            stack.pop()
    return tuple(stack)


def _with_tails(
    scores: list[list[tuple[float, str]]],
    ends: list[_Piece],
    starts: list[_Piece],
    cuts: list[_Cut],
    spare: list[_Cut],
    stats: _PageStats,
) -> tuple[list[list[tuple[float, str]]], list[_Cut], dict[int, int], set[tuple[int, int]]]:
    """``scores`` (open ends and cut seams by open starts) with the text after each weak seam
    as a further open start, a column of its own: an open end printed elsewhere may go on in
    it when the text before the seam goes on in an open start as well, and the two pairs
    together read better than the seam by SEAM_TAILS_MARGIN, each strong enough to join
    (see _both_sides). Returns the table, the cut of each new column, and the pairs that
    may be joined only so, both sides of their seam at once. (``spare``: the cut seams whose
    text before pairs with nothing alone; one that pairs so is added to the cuts.)"""
    table = [row[:] for row in scores]
    cuts = list(cuts)
    width = len(table[0]) if table else len(starts)
    for cut in spare:
        cuts.append(cut)
        table.append([(-math.inf, "")] * width)
    tails_at: dict[int, int] = {}
    both: set[tuple[int, int]] = set()
    for k, cut in enumerate(cuts):
        rest = cut.rest
        if k < len(cuts) - len(spare) or rest.start <= 0:
            continue  # (a seam cut for a pair of its own weighs the seam in that pair's score)
        after = stats.features(rest.block.text)
        column = [(-math.inf, "")] * len(table)
        for r, y in enumerate(ends):
            if y.index == cut.piece.index or has_cjk(y.block.text) != has_cjk(rest.block.text):
                continue
            topic = stats.story_words(y.index, cut.piece.index, None, after)
            score, why = _evidence(y, rest, stats, topic, abs(y.index - cut.piece.index) - 1)
            if score >= MIN_SCORE:
                column[r] = (score, why)
        best_tail = max(score for score, _ in column)
        if best_tail == -math.inf:
            continue
        keep, keep_why = cut.kept
        a = cut.piece
        row = len(ends) + k
        heads = []
        for c, b in enumerate(starts):
            if a.index == b.index or has_cjk(a.block.text) != has_cjk(b.block.text):
                continue
            score, why = _evidence(a, b, stats, stats.story_words(a.index, b.index, cut.before), abs(a.index - b.index) - 1)
            if score >= MIN_SCORE and score + best_tail - keep >= SEAM_TAILS_MARGIN:
                heads.append((c, score, why))
        if not heads:
            continue
        best_head = max(score for _, score, _ in heads)
        for c, score, why in heads:
            if table[row][c][0] == -math.inf:
                table[row][c] = (score, f"{why}: {score:.1f}; the seam it was glued at scores {keep:.1f} ({keep_why}), its other side goes on elsewhere")
                both.add((row, c))
        column = [(s, f"{why}; the text after a weak seam, whose other side goes on elsewhere") if s + best_head - keep >= SEAM_TAILS_MARGIN else (-math.inf, "") for s, why in column]
        tails_at[len(table[0])] = k
        for r, cell in enumerate(column):
            table[r].append(cell if r < len(ends) else (-math.inf, ""))
            if cell[0] > -math.inf:
                both.add((r, len(table[0]) - 1))
        table[row][-1] = (keep + SEAM_TAIL_AS_PRINTED, _AS_PRINTED)
    # (A spare seam's row that gained no pair is dropped again: the table keeps its shape.)
    used = {r for r, _ in both}
    n_rows = len(scores)
    keep_rows = [r for r in range(len(table)) if r < n_rows or r in used]
    if len(keep_rows) < len(table):
        moved = {r: n for n, r in enumerate(keep_rows)}
        n_ends = len(ends)
        tails_at = {c: moved[n_ends + k] - n_ends for c, k in tails_at.items()}
        both = {(moved[r], c) for r, c in both}
        cuts = [cuts[r - n_ends] for r in keep_rows[n_ends:]]
        table = [table[r] for r in keep_rows]
    return table, cuts, tails_at, both


def _both_sides(
    chosen: list[tuple[int, int]], scores: list[list[tuple[float, str]]], n_ends: int, cuts: list[_Cut], tails_at: dict[int, int], both: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``chosen`` without the pairs that undo a weak seam only together with a pair on its
    other side (``both``) when that pair was not chosen, or the two read no better than the
    seam by SEAM_TAILS_MARGIN."""
    drop = set()
    for c, k in tails_at.items():
        row = n_ends + k
        head = [(r, x) for r, x in chosen if r == row]
        tail = [(r, x) for r, x in chosen if x == c]
        gain = sum(scores[r][x][0] for r, x in head + tail) - cuts[k].kept[0]
        if not (head and tail and gain >= SEAM_TAILS_MARGIN):
            drop.update(pair for pair in head + tail if pair in both)
    return [pair for pair in chosen if pair not in drop]


# -- choosing a pairing ------------------------------------------------------------------


def _choose(scores: list[list[tuple[float, str]]], seams: Collection[int] = ()) -> list[tuple[int, int]]:
    """The one-to-one pairing of open ends (rows) and open starts (columns) with the
    largest total evidence, keeping the pairs that are strong and clearly preferred.

    A pair is clearly preferred when the best pairing without it is worse by MIN_MARGIN:
    a rival that reads as well, and is not needed elsewhere, leaves both alone. A row of
    ``seams`` (an opened Latin seam) left alone so stays as printed (SEAM_LEFT_AS_PRINTED),
    and the rows and columns still free are paired again among themselves.
    """
    weights = _weights(scores)
    best = _max_weight_assignment(weights)
    keep = _clear_pairs(scores, weights, best)
    if not SEAM_LEFT_AS_PRINTED or not seams:
        return keep
    taken = {c for _, c in keep}
    printed = [
        (r, c)
        for r, c0 in best
        if r in seams and (r, c0) not in keep and weights[r][c0] > 0
        for c, (_, why) in enumerate(scores[r])
        if why.startswith(_AS_PRINTED) and c not in taken
    ]
    if not printed:
        return keep
    rows = {r for r, _ in keep + printed}
    cols = {c for _, c in keep + printed}
    rest = [[w if r not in rows and c not in cols else 0.0 for c, w in enumerate(row)] for r, row in enumerate(weights)]
    return keep + printed + _clear_pairs(scores, rest, _max_weight_assignment(rest))


def _clear_pairs(scores: list[list[tuple[float, str]]], weights: list[list[float]], assignment: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs of ``assignment``, the best pairing under ``weights``, that are strong and
    clearly preferred (see _choose)."""
    chosen = [(r, c) for r, c in assignment if weights[r][c] > 0 and scores[r][c][0] >= MIN_SCORE]
    if not chosen:
        return []
    best = _total(weights, assignment)
    keep = []
    for r, c in chosen:
        without = [row[:] for row in weights]
        without[r][c] = 0.0
        if best - _total(without, _max_weight_assignment(without)) >= MIN_MARGIN:
            keep.append((r, c))
    return keep


def _weights(scores: list[list[tuple[float, str]]]) -> list[list[float]]:
    """The weight of each pair in the pairing: its evidence over MIN_SCORE - MIN_MARGIN
    (rivals below that do not compete)."""
    floor = MIN_SCORE - MIN_MARGIN
    return [[max(0.0, score - floor) for score, _ in row] for row in scores]


def _total(weights: list[list[float]], pairs: list[tuple[int, int]]) -> float:
    return sum(weights[r][c] for r, c in pairs)


def _max_weight_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Rows and columns paired one-to-one for the largest sum of weights (Hungarian method).

    >>> _max_weight_assignment([[3, 2], [3, 0]])
    [(0, 1), (1, 0)]
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if weights else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    top = max((w for row in weights for w in row), default=0.0)
    # Square cost matrix; padding cells cost as much as an unused pair.
    cost = [[top - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)] for i in range(n)]
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[j] = row assigned to column j (1-based; 0: none)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], math.inf, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    pairs = [(match[j] - 1, j - 1) for j in range(1, n + 1) if match[j]]
    return sorted((r, c) for r, c in pairs if r < n_rows and c < n_cols)


_Node = tuple[int, int]  # a piece: (block index, part of the block counted from 0)
_Links = dict[_Node, tuple[_Node, tuple[float, str]]]


def _break_cycles(links: _Links) -> _Links:
    """Drop the weakest link of every cycle (A continues in B, B continues in A).

    Every node is walked once: a walk stops at a node an earlier walk settled, and a cycle
    shows as a node met twice on the walk that is under way.
    """
    links = dict(links)
    settled: set[_Node] = set()
    for start in list(links):
        walk: list[_Node] = []
        on_walk: set[_Node] = set()
        node = start
        while node in links and node not in settled and node not in on_walk:
            walk.append(node)
            on_walk.add(node)
            node = links[node][0]
        if node in on_walk:
            cycle = walk[walk.index(node) :]
            weakest = min(cycle, key=lambda k: links[k][1][0])
            del links[weakest]
        settled.update(walk)
    return links


# -- joining -----------------------------------------------------------------------------


def _apply(page: Page, links: _Links, offsets: dict[int, list[int]], log: ChangeLog) -> dict[int, Block]:
    """Cut blocks at the chosen seams and join every chain of pieces into its first piece's
    place, in reading order; the text after a cut stays where its block was."""
    # (Closing opened seams again renumbers the links: one that ran from a piece back to an
    # earlier piece of its own block closes a cycle through the seams left closed. Every
    # piece on a cycle would wait to be joined by a chain that never reaches it.)
    links = _break_cycles(links)
    if not links:
        return {}
    parts: dict[int, list[Block]] = {}
    for index, cut_list in offsets.items():
        block = page.blocks[index]
        pieces = _split_block(block, _line_starts(block) or [], cut_list)
        assert pieces is not None  # every offset was checked when its seam was scored
        parts[index] = pieces
    followers = {target for target, _ in links.values()}
    along = _run_along(page.blocks, links, parts, followers)
    out: list[Block] = []
    # (A run printed before the chain it goes along with waits for the chain.)
    waiting = {k for run in along.values() for k in run}
    done: set[int] = set()

    def emit(node: _Node, piece: Block) -> None:
        targets = []
        while node in links:
            target, (score, why) = links[node]
            rest = parts.get(node[0], [])[node[1] + 1 : node[1] + 2]  # the text a cut took it from
            second = parts.get(target[0], [page.blocks[target[0]]])[target[1]]
            piece = _join_blocks(piece, second, score, why, log, rest[0] if rest else None)
            node = target
            targets.append(target[0])
        out.append(piece)
        for index in (k for target in targets for k in along.get(target, [])):
            if index not in done:
                done.add(index)
                emit((index, 0), page.blocks[index])

    for index, block in enumerate(page.blocks):
        for part, piece in enumerate(parts.get(index, [block])):
            if (index, part) not in followers and index not in done and index not in waiting:
                emit((index, part), piece)
    for index in sorted(waiting - done):  # (never reached: every run waits for a chain emitted)
        emit((index, 0), page.blocks[index])
    page.blocks = out
    # (The parts after a cut that no chain took along stand as blocks of their own.)
    standing = {id(block) for block in out}
    return {id(part): part for pieces in parts.values() for part in pieces[1:] if id(part) in standing}


def _run_along(blocks: list[Block], links: _Links, parts: dict[int, list[Block]], followers: set[_Node]) -> dict[int, list[int]]:
    """The paragraphs that go along with a continuation joined to a piece printed elsewhere,
    by the index of the continuation's block: those printed after it before the next blank
    line (the rest of its run, its column's text), which would otherwise be left among the
    runs printed between the two pieces. A run joined back to the run of its column printed
    before it, where two columns were printed in turn (see _in_turn), always takes them;
    any other continuation when RUN_GOES_ALONG and it opens its run (a column's top)."""
    along: dict[int, list[int]] = {}
    sources = {source[0] for source in links}
    for source, (target, (_, why)) in links.items():
        index = target[0]
        if target[1] or index in parts:
            continue
        if why.endswith(_NEXT_IN_TURN):
            if source[0] >= index:
                continue
        elif not RUN_GOES_ALONG or not _opens_run(blocks, index):
            continue
        run = []
        for k in range(index + 1, len(blocks)):
            block = blocks[k]
            if block.gap_before or k in parts or (k, 0) in followers:
                break
            if block.kind is not BlockKind.PARAGRAPH:
                if not why.endswith(_NEXT_IN_TURN) and block.kind is BlockKind.HEADLINE and bracketed_note(block.text):
                    run.append(k)  # the note closing the story: its column ends there
                break
            if k in sources and not why.endswith(_NEXT_IN_TURN):
                break
            run.append(k)
        if run and (why.endswith(_NEXT_IN_TURN) or _left_among_others(blocks, source[0], index, run, followers)):
            along[index] = run
    return along


def _left_among_others(blocks: list[Block], source: int, index: int, run: list[int], followers: Collection[_Node]) -> bool:
    """Whether the ``run`` of paragraphs after the continuation at ``index`` holds the rest
    of its column and would be left apart from it: the run ends on a note in brackets that
    closes the story, or the flow turns after it to a headline or caption, to the piece the
    continuation joins, to another continuation (one of ``followers``: joined to a piece of
    its own, its column goes on elsewhere), or the page ends (where another run of
    paragraphs follows, it may go on the column as well, and which of them do is not known:
    all stay where they were printed); and, for a continuation printed after the piece, the
    piece is the last its story printed there: another story's headline or caption follows
    it, and that story would take the run. (Where the piece's own story goes on after it,
    the run would pass over its text.)"""
    after = run[-1] + 1
    ends = blocks[run[-1]].kind is not BlockKind.PARAGRAPH or after >= len(blocks) or after == source
    ends = ends or (after, 0) in followers
    if not (ends or blocks[after].kind is not BlockKind.PARAGRAPH):
        return False
    return source > index or blocks[source + 1].kind is not BlockKind.PARAGRAPH


def _opens_run(blocks: list[Block], index: int) -> bool:
    """Whether the block opens a run of pdftotext's flow: first on the page, after a blank
    line, or after a block that is no paragraph (a headline, a caption)."""
    return index == 0 or blocks[index].gap_before or blocks[index - 1].kind is not BlockKind.PARAGRAPH


def _join_blocks(first: Block, second: Block, score: float, why: str, log: ChangeLog, cut: Block | None = None) -> Block:
    """Join ``second`` to ``first``; ``cut`` is the text ``first`` was cut from at a weak seam."""
    left, right = first.text.strip(), second.text.strip()
    number = second.first_line
    vocabulary = latin.vocabulary([left, right]) if left.endswith("-") and not has_cjk(left) else None
    text = join_lines(left, right, number, vocabulary, log)
    if cut is None:
        before = f"{left[-12:]}…⏎…{right[:12]}"
        reason = f"continuation printed elsewhere ({why}; score {score:.1f})"
    else:
        before = f"{left[-12:]}{CUT_MARK}{cut.text[:12]}…⏎…{right[:12]}"
        reason = f"cut at a weak seam ({CUT_MARK}): continuation printed elsewhere ({why}; score {score:.1f})"
    log.record("reassemble", number, before, _seam(text, left, right), reason)
    return Block(BlockKind.PARAGRAPH, text, first.lines + second.lines, first.width, first.gap_before)


def _seam(text: str, left: str, right: str) -> str:
    """The joined text around the seam, as long as the record shows of either side."""
    cut = len(left) - 12 if len(left) > 12 else 0
    return text[cut : len(text) - max(0, len(right) - 12)]

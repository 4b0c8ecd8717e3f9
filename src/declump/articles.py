"""Segment: split a page's blocks into articles and attach headlines and captions.

pdftotext prints a page in an order that scatters the parts of a story: a headline may come
after its body or a whole story away, photo captions gather at the end of the page, and a
section label with its intro paragraph covers several stories. Segmentation works in four
passes over the rejoin stage's blocks:

0. *preparing*: titles and captions that rejoin ran into a paragraph across a blank line
   are cut back out (a line alone between blank lines that is not as wide as the column,
   a title with its column tag, a run ending in a photo credit, sentences the page prints
   twice), and headline blocks holding several headlines are cut line by line.
1. *roles*: every block is read as body text, headline line, caption, jump line or page
   furniture. Rejoin's kind is a first guess; a "headline" that reads like a piece of a
   sentence (inner sentence ends, a trailing comma, a lead such as 本报讯) is body text, and
   a short sentence printed in a narrow column, ending in a photo credit, or repeating a
   sentence of a body verbatim is a caption. Two or more headline lines whose text a body
   prints word for word are a pull quote: a paragraph of that body's story.
2. *stories*: body blocks are cut into stories at article starts (本报讯, 新华社…电, ``By …``,
   datelines) and wherever headline lines stand between two body blocks; a story that
   draws the headlines of two stories is cut where its blocks turn from one's words to the
   other's. A run of body text is not cut by its vocabulary alone (too often wrong). A
   column that opens mid-paragraph right after a paragraph that ended its sentence goes on
   the story that stops mid-sentence and shares its rare phrases, read right after the
   paragraph it finishes. A closing dateline (（本报伦敦2月12日电）) printed in a story that
   opened with a dated lead is the end of the story without one printed before it. A
   summary marked ■ opens a story as a lead does. The last paragraphs of a story with a
   lead that each share rare phrases with another story, and clearly more than with their
   own, are that story's column.
3. *attachment*: each run of headline lines and each caption goes to the story whose body
   shares most of its words (character bigrams for Chinese, word stems for Latin text),
   weighted so that words many stories share count little; a headline directly before a
   story without one gets a bonus. A headline that fits nowhere stays in ``other``, never
   glued to the wrong story. A headline that only fits an intro paragraph standing alone
   far from it is a section label: both go to ``other`` as ``section``, as does a short
   label over a title that shares no words with the stories (要闻, ``Business``).

Nothing is dropped: every block's text ends in an article or in ``page.other``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, pairwise

from declump import english
from declump.config import Config
from declump.latin import CUT_WORD_END, section_label, starts_afresh, stops_mid_sentence
from declump.lexicon import seam_gain, spans_word
from declump.markers import CAPTION_MARK, CJK_LEAD, CREDIT_LINE, LATIN_DATELINE, PAGE_FURNITURE, is_byline, starts_article
from declump.model import Article, Block, BlockKind, ChangeLog, Line, Page, blocks_in_clean_form
from declump.paragraphs import FULL_SLACK, WRAPPED_TAIL_CHARS, bracketed_note, leads_on, phrase_over_tagged_title, title_wraps
from declump.reassemble import open_end, open_start
from declump.text import compact as _compact, display_width, ends_sentence, has_cjk, is_cjk, starts_mid_sentence, word_chars

# -- thresholds --------------------------------------------------------------------------
# A story's summary printed before its text opens with this mark (■英国经济学家普遍认为，…; dev
# pages: both paragraphs opening with it are an article's first). Several in a row are a list.
SUMMARY_MARK = "■"
# A headline run or caption is attached to the story it shares this much weighted vocabulary
# with (share of its bigrams/words, each weighted 1/number of stories using it). Measured on
# the seed page and the dev pages: true pairs score 0.4–1.0, unrelated stories 0.0–0.2.
ATTACH_MIN_SCORE = 0.3
# Looking for stories run together (two headlines drawn by one story's text), a headline run
# goes to the story it shares this much with: a wrong one only matters where the text before
# and after a cut reads like two headlines (SPLIT_EVIDENCE). -raw pages print headlines away
# from their stories, where position cannot help: there two pages are cut right (a Chinese
# page gains a whole article, an English one a headline); the other sets do not change.
CROWD_MIN_SCORE = 0.2
# The best story must beat the second best by this much, or the evidence is undecided and
# position decides (a headline directly before a story without one).
ATTACH_MARGIN = 0.1
# A Latin headline left over goes to the one story without a headline whose words it shares
# from this score on (see _title_headless_stories). On the English -raw dev pages the two
# titles it gives score 0.20 and 0.25 and are right; the one wrong offer (a sentence piece
# taken for a headline, 14 words, on the default-mode pages) is shut out by its length.
HEADLESS_MIN_SCORE = 0.1
# Bonus for the story a headline run directly precedes (reading order on most pages) and,
# smaller, for the story it directly follows (headlines printed after their body, seed page).
BONUS_NEXT = 0.35
BONUS_PREV = 0.15
# Captions: the same vocabulary share, but captions share less with their story than titles.
CAPTION_MIN_SCORE = 0.2
# A paragraph's first line is two ems short of its column (up to this many, measured).
INDENT_MAX_EMS = 4.5
# A feature used by more stories than this tells none of them apart (its weight would be
# 1/65 or less): it is left out, which keeps attaching linear on a page of thousands of
# stories instead of headlines x stories. Real pages hold a few dozen stories at most.
MAX_SHARING_STORIES = 32
# A caption printed in a narrow column: its lines are at most this share of the page's body
# column (seed page: captions 6–7 ems beside 16-em columns; narrow body columns are ≥ 0.6).
CAPTION_NARROW_RATIO = 0.5
# Captions are short: at most this many characters (longest dev caption: 85), or this many
# times as many in Latin text, where a word takes five or six letters (dev-en: up to 230).
CAPTION_MAX_CHARS = 120
CAPTION_LATIN_FACTOR = 2.5
# How many blocks either way a caption's quote of its story is looked for (a page of
# pdftotext output holds 20–80 blocks; a story's text is never farther from its caption).
CAPTION_QUOTE_REACH = 60
# A line of a title that rejoin read as a paragraph is at most this many characters: a
# safety bound, as wide as the widest body columns (dev pages: such titles hold 11-14 a line
# over their lead, body columns 12-22); what tells the title is its place over the lead.
TITLE_LINE_MAX_CHARS = 24
# A caption's block may open on at most this many title lines (the title's last lines, set
# right over the caption beside its photo; generated pages: one or two).
TITLE_OVER_CAPTION_MAX_LINES = 3
# ... and a caption marked as one (a credit, 李明 摄) that quotes nothing still opens on
# title lines when each of them is at least this many ems wider than every line of the
# caption: a caption is justified to its own narrow measure, which no line of its own
# passes; its lines read short of it by up to FULL_SLACK (letter-spaced, with figures), so
# one more em (generated pages: a wrapped title's last line of 11 ems over a caption of 9;
# at one em, caption lines of 5 ems over a letter-spaced one of 4 were cut off).
TITLE_OVER_CAPTION_WIDER_EMS = FULL_SLACK + 1
# A headline line is at most this many characters (longest title on the dev pages: 41).
HEADLINE_MAX_CHARS = 48
# A headless story's first body block read as its title (_title_from_first_line): at most
# this many characters on at most this many lines.
TITLE_FROM_BODY_MAX_CHARS = 36
TITLE_FROM_BODY_MAX_LINES = 2
# ... or, in Latin text, this many letters and marks (spaces not counted): a deck under an
# English title is one sentence of up to about 20 words (English dev pages: 97 at most).
LATIN_HEADLINE_MAX_CHARS = 120
# Headline blocks are joined one to the next up to this many characters: far more than any
# title and its deck, and it bounds the work per join (a text of nothing but short lines
# set apart by blank lines reads as headline after headline; each test reads the whole
# joined text).
JOINED_HEADLINE_MAX_CHARS = 1000
# Page furniture and section labels at the top of a page are this short (奋进新时代, 要闻).
LABEL_MAX_CHARS = 6
# ... or, in Latin papers, this many capitalised words (Business, Arts & Entertainment).
LABEL_MAX_WORDS = 3
# A label shares hardly any words with the stories: its best story scores less than this
# (文化视点 shares 文化 with a few stories; a short kicker scores 0.3–1 with its own story).
LABEL_MAX_SCORE = 0.25
# Two short phrases of one title wrapped onto two lines: the first at most this many
# characters, the second at most this many more (dev pages: 崇尚实干 / 抓实实抓, 4 / 4;
# 带头做到“两个维护” / 推动党的建设高质量发展, 10 / 11; a kicker over a title is longer below).
PHRASE_MAX_CHARS = 10
PHRASE_SLACK = 3
# The two halves of a title set across two columns are printed apart, the first column's
# text between them: at most this many blocks apart (dev pages: 3 and 5; labels and other
# stories' titles of a like length stand 9 or more blocks from a title on the dev pages),
# each phrase at least this many characters and the two within this many of each other
# (parallel phrases: 退而不休 / 干劲不减, 4 / 4; 敢闯路更宽 / 爱拼才会赢, 5 / 5).
HALF_REACH = 8
HALF_MIN_CHARS = 3
HALF_SLACK = 1
# A kicker (ending in its dash) whose words score under this for every story goes with the
# title printed right under it (dev pages: kickers over another story's title score 0.5 and
# more for their own; generated pages: 0 to 0.14).
KICKER_MAX_SCORE = ATTACH_MIN_SCORE / 2
# Headline lines set one under the other in one style, this many or more, all but the last
# as wide as each other within FULL_TITLE_SLACK (the last no wider): one title wrapped at its
# rectangle's edge (two lines of one width are as often a title and its subtitle).
FULL_TITLE_MIN_LINES = 3
FULL_TITLE_SLACK = 0.5
# ... and a word read across one of their line ends with this seam gain (lexicon.seam_gain;
# title_wraps alone asks for paragraphs.WRAPPED_WORD_GAIN): the lines' one width is evidence
# enough for a weaker reading (月 / 夜).
FULL_TITLE_MIN_GAIN = 1.0
# A fake-bold title line within this many ems of the widest fake-bold line of its headline
# fills the title's width: the title goes on on the next fake-bold line set tight under it
# (headline acc. on the generated pages: full 0.593 -> 0.604, narrow 0.539 -> 0.561, wide
# 0.550 -> 0.562; dev pages unchanged once a quotation or tag closed at the line's end
# keeps two titles drawn bold apart).
BOLD_FULL_SLACK = 1.0
# A headline line glued into a paragraph is at least this much wider than the paragraph's
# column (hanging punctuation makes a body line one em wider), or this much narrower (a
# paragraph's first line is two ems narrower: its indent).
GLUED_WIDER = 2
# ... or, for a line ending in an ideograph (nothing hanging past the edge), this much wider
# (dev pages: a title of 18 characters ran on under a column of 17 as its last line).
GLUED_WIDER_UNHUNG = 1
GLUED_NARROWER = 4
# A line ending in a column tag (（新春走基层）) is a title when this many characters stand
# before the tag (a body line ending in a short bracket, （摄）, is not).
TAGGED_TITLE_MIN_CHARS = 5
# A caption quoting its story repeats sentences of at least this many characters (shorter
# ones, 是的。, repeat by chance).
QUOTE_MIN_CHARS = 8
# A paragraph printed twice word for word is a caption quoting it and the paragraph: the copy
# whose first line is set in by at least this many ems against its own lines is the paragraph
# (the indent), the one whose first line falls short by less is the caption (set flush; a
# letter-spaced first line may fall an em short). Generated pages in 7-26-em columns: the
# two copies differ by the two-em indent, whatever the caption's measure. Where the page's
# column does not tell (both copies on one or two lines of a measure of their own), the copy
# whose first line stands this much wider, on no more lines, is the caption (set flush, in
# smaller type): 18 such pairs on the generated pages, all right (none on the dev pages);
# captions 0.800/0.814/0.796 -> 0.844/0.822/0.811 on hard/v91/w93.
TWIN_INDENT_EMS = 1.5
# ... and a deck repeats the page's clauses (text between commas) of at least this many
# characters (shorter ones, 他说, repeat by chance).
QUOTE_MIN_CLAUSE = 4
# A line of a block is found in the block's text by its first characters (a repair at its
# end, such as a hyphen taken off, leaves its start as it was).
LINE_PROBE = 8
# A Latin title glued into a paragraph: at most this many lines and words (dev titles: 1–3
# lines of 3–8 words), its lines at most this share of the paragraph's median line (titles
# are set larger), and a deck of at most this many lines under it.
LATIN_TITLE_LINES = 3
LATIN_TITLE_WORDS = 8
# A title after a headline line (a title or a deck) of at least this many words starts
# another story's headline, not the title under a kicker (kickers are one to three words).
LATIN_TITLE_MIN_WORDS = 4
LATIN_TITLE_NARROW = 0.8
LATIN_DECK_LINES = 4
# pdftotext's default mode sets a page's text blocks apart with blank lines: at least this
# share of the blocks start after one (English dev pages: 24-58 %; ``-raw`` prints none,
# so there lines printed together say nothing).
BLOCKS_SET_APART = 0.1
# A deck is one sentence of at most this many words (English dev pages: 16–20).
LATIN_DECK_WORDS = 30
# Blank lines inside paragraphs are column breaks only where they are this rare (dev pages
# in reading order: 0–13 % of the line ends inside a paragraph; layout text: up to 90 %).
BLANK_LINES_RARE = 0.15
# ... measured over at least this many line ends (a layout page has hundreds); on a
# smaller page the reading-order meaning is assumed.
BLANK_LINES_SAMPLE = 40
# A story drawing the headlines of two is cut where the blocks before it use one headline's
# vocabulary more than the other's by this much in all (summed shares: one block quoting
# its headline scores 0.5–1, and the block quoting it most 1 more), and the blocks after it
# the other's: SPLIT_EVIDENCE_NEAR where both headlines are printed right over (or under)
# the story, their place saying it holds two; SPLIT_EVIDENCE where one drew it by its words
# from elsewhere on the page (a kicker's or deck's words recur in a story, and a paragraph
# of a story often reads like one of another). Raising the latter from 0.8, generated pages
# split cer: full 0.1903 -> 0.1854, narrow 0.2111 -> 0.2078, wide 0.2408 -> 0.2314, w93
# 0.2541 -> 0.2521, v111 0.1945 -> 0.1858, n112 0.2742 -> 0.2680, w113 0.2076 -> 0.2070;
# v91 0.2524 -> 0.2552, hard 0.3162 -> 0.3234; n92, dev, layout and English pages alike but
# dev-en-raw 0.0550 -> 0.0527. Summed cer of the nine generated sets 2.0948 -> 2.0625 (one
# bar for both at 1.2: 2.0747, at 2.0: 2.0591, at 1.5: 2.0481, but then a title printed over
# its story and sharing no words with it no longer cuts the story from the one under the
# other title).
SPLIT_EVIDENCE = 1.5
SPLIT_EVIDENCE_NEAR = 0.8
# A run of headline blocks printed right over (or under) a story, where they are read as
# one headline, that holds at least this many titles (its lines joined where one title
# wraps, :func:`_wrapped`) is the headlines of stories set side by side, printed one row
# after another: each title is read on its own, so that the story under them is cut where
# its text turns from one title's words to another's (SPLIT_EVIDENCE, as for titles drawn
# from elsewhere). A headline holds a kicker, a title and a subtitle at most. Generated
# pages: split cer falls on 13 of 25 sets (summed -0.065: v141 0.2021 -> 0.2009, w123
# 0.2769 -> 0.2651, L151 0.1442 -> 0.1351), none rises, articles exact or headlines right
# fall nowhere; dev, layout and -raw pages alike. (From 3 titles:
# summed -0.109 and zh-raw 0.1375 -> 0.1275, but dev 0.0417 -> 0.0431 and layout 0.0088 ->
# 0.0103, a kicker, title and subtitle cutting their story; with SPLIT_EVIDENCE_NEAR for
# such titles, summed +0.007 over this and dev 0.0417 -> 0.0424.)
STACKED_TITLES_MIN = 4
# The blocks right after such a cut that lean to the second headline by less than this
# (one block quoting it scores 0.5-1) read like neither: a column of a third story printed
# between the two. They go to the story whose rare phrases they share, as a resumed column
# does (RESUMED_MIN_PHRASES, RESUMED_RATIO), or else stay with the second story. Dev, layout
# and -raw pages: 8 such runs; 2 went to a third story (both right), 6 stayed.
SPLIT_NEUTRAL = 0.1
# A story that drew one headline is also read against each Chinese headline that went to
# another story but whose words it shares as well, scoring at least BORROW_MIN_SCORE (as
# attaching scores): that story's column may run on after this one's text with no headline
# or lead between (pdftotext printing the columns of several stories one after another), and
# the cut falls where the text turns from one headline to the other (SPLIT_EVIDENCE, the
# borrowed headline standing away from the story). The part cut off goes where the later
# steps put a story without a headline (most often to the headline's story by its words).
# At ATTACH_MIN_SCORE (0.3): pages changed 19 better, 9 worse on the 19 generated sets;
# split cer dev 0.0510 -> 0.0485 (article_exact 0.7708 -> 0.7778), dev-layout 0.0274 ->
# 0.0224 (0.8472 -> 0.8611); generated cer summed 4.0738 -> 4.0420. At 0.1: 3.9197 (hard
# 0.3088 -> 0.2755, n112 0.2590 -> 0.2353, v91 0.2446 -> 0.2297, LW133 0.1536 -> 0.1427;
# v121 0.2296 -> 0.2341, wide 0.2319 -> 0.2330), article_exact summed +0.126, the benchmark
# sets as at 0.3; at 0.2 between the two; at 0 (any shared word) no better than 0.1 on ten
# sets. Latin headlines share common words with many stories: on the English pages one
# paragraph went wrong (dev-en cer 0.0533 -> 0.0619), so they lend none.
# A story that drew no headline (text printed before any headline, or cut off by the steps
# before) borrows too: columns of two stories run on one after the other with no lead
# between are cut where the text turns from one headline to the other (two borrowed
# headlines needed, as for any cut). Generated pages: split cer narrow 0.1794 -> 0.1754,
# w123 0.2842 -> 0.2822, article_exact v91 0.4914 -> 0.4943, w123 0.4834 -> 0.4862; the
# other generated sets and the benchmark sets byte-identical in score. So does a story that
# drew two headlines or more (a pile of titles over the texts of two stories, cut where
# their words change): a third story's column may run on after them just the same.
# Borrowed pieces are added only up to SPLIT_MAX_HEADS, keeping the story's own cut.
# Generated pages: 23 pages better, 13 worse (a story's own subhead, attached to another
# story, cutting it); split cer summed over the 19 sets 3.8421 -> 3.8107, headline_acc
# summed +0.038 (hard 0.2694 -> 0.2614, n92 0.2631 -> 0.2550, w123 0.2796 -> 0.2740; L131
# 0.1218 -> 0.1270, LW133 0.1349 -> 0.1369, n122 0.2593 -> 0.2609); the benchmark sets
# byte-identical.
BORROW_HEADS = True
BORROW_MIN_SCORE = 0.1
# A part cut off a story by a borrowed headline (it read more like that headline than like
# the story's own) goes back to the headline's story once it is left with neither a lead nor a
# headline, when that story is the one it reads like most and over chance at all
# (BORROWED_PART_MIN_LEAN): its words cut it off for that story, a column of it printed on.
# Generated pages: 17 pages better, 4 worse (two of them a headless story holding columns of
# two stories going whole to one); split cer summed over the 19 sets 3.8608 -> 3.8421 (v121
# 0.2322 -> 0.2280, n92 0.2674 -> 0.2631, w113 0.2001 -> 0.1964; LW113 0.1201 -> 0.1217,
# full and v91 +0.0005); the benchmark sets byte-identical in score.
BORROWED_PART_HINT = True
BORROWED_PART_MIN_LEAN = 0.0
# On a page set in blocks (BLOCKS_SET_APART) such a cut falls only before a block printed
# apart from the one before it (a blank line, or other text between): a column does not
# run one story on into the next with no headline between. Cuts made inside a column were
# wrong 59 times in 80 on 400 generated and the dev pages (cuts before text printed apart:
# wrong 44 in 124). Split cer: full 0.2016 -> 0.1945, n112 0.2898 -> 0.2733, dev-en 0.0662
# -> 0.0588, en-layout 0.0688 -> 0.0577, dev-layout 0.0342 -> 0.0317; n92 0.2668 -> 0.2683.
CUT_ONLY_WHERE_APART = True
# A run of a story's columns (blocks from one blank line to another) goes to another story
# when its blocks read like that story more than like the text above them in their own, by
# this much in all (summed shares of vocabulary, each less what an unrelated block of the
# page shares with that text). On the dev pages, runs moved at 0.35 were all right (17
# blocks, and 2 on the layout and English pages); at 0.3, 8 of 30 were wrong.
MOVE_EVIDENCE = 0.35
# Only the stories a run shares most with are tried as its owner, and runs of at most this
# many units between blank lines (dev: moved runs span 1-4).
MOVE_CANDIDATES = 3
MOVE_MAX_UNITS = 8
# ... and every block of the run leans so, on average, by at least this much: a long run
# summing small leans is a story's own text using the other's words now and then (dev: such
# runs of 5-13 blocks moved wrongly 2 times in 2).
MOVE_LEAN_PER_BLOCK = 0.1
# A run is read against at least this many blocks of its story above it: one paragraph (a
# lead, often) says too little of what its story is about (dev: runs read against one block
# moved wrongly 2 times in 5, and moving all but a story's first block merges two stories,
# which is not this step's business).
MOVE_MIN_ABOVE = 2
# A story with neither a lead nor a headline of its own is a column of the story it reads
# like (a headline printed over it went to its own story by its words) when each of its
# blocks leans to that story by this much on average, as MOVE_EVIDENCE counts (dev pages:
# such columns 0.06-0.88, stories of their own without a headline 0.05 at most).
ORPHAN_MIN_LEAN = 0.08
# ... or, clearly more, with a headline of its own: the headline printed over a story's
# column drew the column away from its story (dev, layout and English pages: such stories
# leaning 0.26-0.37 to a story were always part of it; on the example page one leaning 0.14
# is a story of its own).
HEADED_ORPHAN_MIN_LEAN = 0.2
# ... or, with neither, by less when its rare phrases say the same: it shares this many of
# its three-character phrases with that story (body and headline; weighted as
# TAIL_MIN_PHRASES) and ORPHAN_PHRASE_RATIO times as many as with any other story. On
# generated pages of other layouts (full, narrow, wide, hard and three fresh sets) columns
# cut from their story lean to it 0.002-0.076, stories of their own mostly 0.017 at most;
# by phrases 29 such columns joined their story, 5 a wrong one (cer full 0.2181 -> 0.2114,
# v91 0.2740 -> 0.2645); dev and -raw pages 1 each, right (dev cer 0.0568 -> 0.0524). A
# ratio of 3 would join the example page's headless story (15 to 5) to the story before it,
# on the same district. Chinese pages only (phrases of three characters).
ORPHAN_PHRASE_MIN_LEAN = 0.02
ORPHAN_MIN_PHRASES = 4.0
ORPHAN_PHRASE_RATIO = 4.0
# A story with neither, printed right under a title that went by its words to a story further
# down (whose text starts below that title), goes to that story when it reads like it more than
# like any other, by more than this: the title's story is set in two pieces, the first under
# the title. (Generated pages of other layouts, full, narrow, wide: 6 such merges right at
# 0.013-0.053, 2 wrong at 0.008 and 0.064, cer full 0.2554 -> 0.2495, narrow 0.2413 -> 0.2405,
# wide 0.2865 -> 0.2859; -layout English pages 1 right; the benchmark's other pages none.)
UNDER_TITLE_MIN_LEAN = 0.0
# ... and a story without a lead goes on with the story printed before it, taking along the
# headline lines it drew, when it reads like it most, by this much (dev, layout and English
# pages: 3 such stories at 0.15-0.17, all right; at 0.09-0.095 one of several was not).
FOLLOWER_MIN_LEAN = 0.1
# ... or when the two read most like each other, by this much the two leans summed (on
# the dev, layout and English pages such pairs summing 0.15-0.40 were one story every time,
# pairs of two stories summed at most 0.13; 4 more stories made whole, none wrongly).
FOLLOWERS_MIN_LEAN = 0.14
# ... and a story without a lead printed right after a story of one paragraph under its
# headline (only headlines and captions between) goes on with it when it leans to it by this
# much, most or not: one paragraph gives little vocabulary to lean to (the lead's story cut
# by headlines of others printed over its columns). Generated pages: such pairs leaning 0.01
# or more were one story 33 times in 34, below that 13 times in 43; joined, 45 right and 2
# wrong (cer v91 0.2645 -> 0.2530, wide 0.2499 -> 0.2419); -raw and dev pages 1 each, right,
# and English pages gain too (dev-en cer 0.1023 -> 0.0982, -layout 0.0804 -> 0.0688).
LEAD_ALONE_MIN_LEAN = 0.01
# A body block opens mid-paragraph (a column printed away from the paragraph it goes on)
# when reassembly reads its start as open this surely at least (rather a closing mark, a
# quote closed before any opens, or a first line without indent than a one-line piece that
# ends its sentence, which is more often a paragraph's last line), after a blank line and a
# paragraph that ended its sentence.
RESUMED_MIN_START = 1.0
# Such a run goes to the story stopping mid-sentence whose three-character phrases it shares
# this much (each 1 / the number of stories using it, as STRAY_MIN_OTHER) and this many times
# as much as any other story stopping mid-sentence or its own story above it. Dev pages:
# 9 runs open mid-paragraph where some other story stops mid-sentence; the 6 moved score
# 6-30 against rivals of at most 2.5, all right; the 3 kept score 0-6.8 against a rival as
# strong or stronger (layout and -raw text print no such runs: no blank line before them).
RESUMED_MIN_PHRASES = 2.0
RESUMED_RATIO = 2.0
# Words that join a sentence to the one before it: a Latin text opening with one goes on.
_CONNECTIVE_OPENING = re.compile(r"(?:But|And|Yet|However|Nor)\b")
# The last paragraphs of a story with a lead go to another story that shares this many of
# their three-character phrases (weighted as above), this many times as many as any other
# story or the text above them and its own title, each paragraph some (dev, layout and -raw
# pages: 6 such tails of 1-7 paragraphs, all right; at a ratio of 2 or without the test of
# each paragraph, long tails of two or three stories moved wrongly, and without the title the
# example page's tail quoting its own title went to a story on the same subject). Tails of at
# most this many blocks are tried.
TAIL_MIN_PHRASES = 4.0
TAIL_RATIO = 3.0
TAIL_MAX_BLOCKS = 16
# ... and on Chinese pages more than this share of its blocks (not every one) share some
# phrases with that story, none sharing more with the rest of its own: a paragraph of a
# column may name none of its story's subjects. Generated pages, split cer: full 0.1945 ->
# 0.1903, narrow 0.2140 -> 0.2111, w93 0.2621 -> 0.2541, v111 0.1968 -> 0.1945, w113 0.2124
# -> 0.2076, v91 0.2558 -> 0.2524; wide 0.2376 -> 0.2408, n92 0.2683 -> 0.2698, n112 0.2733
# -> 0.2742, hard 0.3142 -> 0.3162; dev pages unchanged. Latin rare words are too few to
# read a paragraph naming none as neutral (English layout pages: cer 0.0577 -> 0.0702).
TAIL_SHARING_SHARE = 0.5
# In Latin text the phrases are the words rarer than this in English (english.count: the
# count in pyspellchecker's corpus; ``just`` 10.9 M, ``before`` 1.5 M, ``company`` 160 k,
# ``magazine`` 21 k, ``Baywatch`` 154), a story's own names and subjects. English dev pages:
# 3 tails moved, right (article_exact 0.400 -> 0.433, cer 0.0938 -> 0.0870), -raw 1 (cer
# 0.0708 -> 0.0550), layout none; at 100 k the same but the -raw one; at 500 k a wrong one on
# the layout pages (cer 0.0688 -> 0.0733).
LATIN_RARE_COUNT = 200_000
# A story without a lead but with a headline over it gives away only tails of at least this
# many paragraphs. Its start is anchored as well, yet its last paragraph alone often sums it
# up in the page's common vocabulary: on the benchmark's pages (dev, layout, -raw) the 5
# one-paragraph tails such stories would give went wrong, none longer moved; on generated
# pages of other layouts (full, narrow, wide) 15 tails of 2-6 paragraphs moved right, 3
# wrong (full cer 0.285 -> 0.277, narrow 0.281 -> 0.268, the benchmark's pages unchanged).
HEADED_TAIL_MIN_BLOCKS = 2
# A run of at least MID_RUN_MIN_BLOCKS and at most MID_RUN_MAX_BLOCKS paragraphs inside a
# story, printed apart from the text before or after it (a blank line, or other text between),
# goes the same way: another story's column printed between two of this story's. One
# paragraph alone went wrong 2 times in 3 on the dev pages (a hero's biography paragraph to
# another hero's story); runs joined to the text on both sides, 3 times in 4 on generated
# pages. Dev pages: 2 runs moved, right (cer 0.0665 -> 0.0617); generated pages (full,
# narrow, wide): 16 right, 6 wrong (cer full 0.2495 -> 0.2415, wide 0.2859 -> 0.2775).
MID_RUN_MIN_BLOCKS = 2
MID_RUN_MAX_BLOCKS = 6
# Runs tried on a page at most, and as many runs cut out between two headlines' stories
# (each reads the page's phrases once; dev pages: 0-3).
RESUMED_MAX_RUNS = 64
# A paragraph goes to another story when it shares phrases of three characters with it
# weighing at least this much (each 1 / the number of stories using it) and with the rest
# of its own story at most this much (dev and layout pages: 11 paragraphs moved to a story
# holding the rest of their text, 1 away from one, on a page where two stories run together).
STRAY_MIN_OTHER = 4.0
STRAY_MAX_OWN = 0.5
# ... and this many times as much as with any third story.
STRAY_MIN_RATIO = 2.0
# A headline opening with a name and a colon (何云：火线办报…, a profile) names its story's
# subject; the paragraphs of another story naming that subject, fewer than half its blocks,
# which the rest of it (its first block, headlines and captions too) never names, go to the
# subject's story when at least this many of that story's blocks name it too (the story is
# about it). A two-character name makes no phrase of three that rehoming strays could
# weigh. Dev pages: 2 paragraphs of heroes' profiles printed in a neighbour's column moved,
# both right (article_exact 0.750 -> 0.771); generated pages (full, narrow, wide, hard, v91,
# n92, w93): 12 moved, all right (hard cer 0.311 -> 0.308, w93 0.2675 -> 0.2654); 4 of them
# stood before their story's dated lead, its first block not being its start (full cer
# 0.2062 -> 0.2016).
SUBJECT_MIN_BLOCKS = 2
_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,4})[：:]")
# A headline printed between two lines of one paragraph opens no story there (a title set
# amid a column's lines) only when no other body text was printed between those lines: a
# paragraph joined across other stories' columns (its sentence resumed elsewhere) leaves
# the headlines printed over those columns their stories. Generated pages, split cer: v121
# 0.2412 -> 0.2280, w113 0.2165 -> 0.2014, narrow 0.2006 -> 0.1895, hard 0.3192 -> 0.3111,
# w123 0.2925 -> 0.2883, L131 0.1278 -> 0.1239; n92 0.2737 -> 0.2774, n112 0.2637 -> 0.2673,
# wide 0.2288 -> 0.2319, narrow -layout pages +0.002-0.003 (there a subtitle printed amid
# a column is often no start of the text under it); summed over 19 generated sets 4.1133 ->
# 4.0738, article_exact summed +0.028; dev, layout, English and -raw pages unchanged.
INSIDE_ONLY_AMID_LINES = True
# A "headline" block wrapped as one sentence that is a note in brackets (（作者为…，…教授）)
# is no deck opening a story: such a note closes the story printed before it, as body text.
# Generated pages: 29 pages better, 6 worse; article_exact summed over the 19 sets 9.7442 ->
# 9.7828, split cer 3.8107 -> 3.8097 (L131 0.1270 -> 0.1311: a subhead then read as a
# headline); the benchmark sets byte-identical in score.
NOTE_NO_DECK = True
# A "headline" block wrapped at a comma whose lines are all printed in fake bold is a
# title, kicker or subtitle (陕西汉中人居环境治理， / 引来一群“挑剔的客人”), not a deck:
# decks are set in body type. Dev pages: 5 decks, none in fake bold; generated pages (6
# sets): 13 bold "decks" of which 12 are gold headline lines, 1 a headline glued to text.
# Split headline_acc summed over the 21 generated sets 13.9668 -> 14.0067 (v161 +0.0078,
# n192 +0.0084, n162 -0.0028), article_exact +0.0054, cer 3.8198 -> 3.8186 (wide +0.0023:
# a kicker now a headline cut its story in two); benchmark sets unchanged.
BOLD_DECK_IS_TITLE = True
# Texts of one page whose vocabulary is kept for reuse (a page holds 20-80 blocks, read
# several times each by cutting, moving and attaching).
FEATURES_CACHE = 4096
# Stories with more headlines than this are not tried (a story draws 1–3 headline runs; the
# cut search is linear in the story for each pair of headlines).
SPLIT_MAX_HEADS = 6
# Two CJK headline lines both drawn in fake bold and set apart by a blank line, no title
# wrapping across them, are two stories' titles, and of the two the one whose words lean to
# the story under them (else the lower one) takes it by position (see _bold_titles_apart).
# Dev pages: 2 articles' headlines more right (dev-layout split cer 0.0223 -> 0.0088), none
# wrong; generated pages: LN152 +2, wide +1 headlines; no set lower.
BOLD_TITLES_APART = True
# A column tag alone on the line under a title, longer than paragraphs.title_wraps reads as
# a tag (up to 20 characters: （新春走基层·代表委员履职故事）), is that title's (see
# _long_tag_alone). Generated pages: article_exact v141 +1, LN152 +1 (headline +1), LW153 -1
# (a pull quote under the title then read as its headline lines); dev pages unchanged.
LONG_TAG_ALONE = True
# A CJK kicker ending in its dash goes with the title printed right under it, however its
# words tie it to a story, when that title shares no words with any story (its story's text
# names what the kicker names; the title's own words name nothing the page prints again).
# Generated pages: headline w143 +1, narrow +1, v111 +2 (article_exact narrow, v111 +1; the
# story no longer cut in two under a kicker and a title each taking it); dev pages unchanged.
KICKER_OVER_BARE_TITLE = True
# A CJK headline line still left over once stories are merged and column titles placed goes
# to the one story without a headline its words point to, as a Latin one does (see
# _title_headless_stories). Generated pages: 6 articles' headlines more right (v141 +2,
# n142, L151, full, narrow +1), 1 caption lost (n142: a deck given to a piece of its story
# cut off); dev pages unchanged. Tried before stories are merged as well: headless pieces
# of a story that took a title were no longer merged back (LN152 -1, wide -1 headline).
HEADLESS_CJK_TITLES = True
# Two CJK headlines set side by side and read across line by line: in a run of headline
# pieces whose placed pieces take turns between two stories, an unplaced piece goes to the
# story of its turn (see _place_interleaved). Generated pages: split headline_acc summed
# over the 21 sets 14.0067 -> 14.0339 (v141, v161, n192 +0.005-0.008; w163 -0.0027, a
# title over a wrapped subtitle read as turns), cer 3.8186 -> 3.8156; benchmark sets
# unchanged.
INTERLEAVED_TITLES = True
# At least this many one-line pieces in the run: two lines each way. (With 3: n142 -2, a
# title and its subtitle under another story's title read as turns.)
INTERLEAVED_MIN_PIECES = 4
# A pull quote is set over at least this many lines (one line repeating the text is more
# often a title its story repeats: 8 such lines on the dev pages, no one-line quote).
PULL_QUOTE_MIN_LINES = 2
# ... and at most this many (dev pages: 2–3 lines of 10–13 characters).
PULL_QUOTE_MAX_LINES = 6
# A section intro is one paragraph of at most this many characters.
INTRO_MAX_CHARS = 200
# A headline line this short under a line of its story's headline ends that line's title: of
# the generated and dev pages' gold headline lines after an article's first, none is
# shorter than six characters but a four-character kicker under a borrowed kicker's dash.
TITLE_TAIL_MAX_CHARS = 4
# A headline line of at most this many characters (marks not counted) before a column tag
# (…带来健康 / 红利（人民时评）) is the end of the title over it, wrapped: no title is so
# short. (Generated pages: 4 joins wrong titles of four characters, 导应有道（…）.)
TAGGED_TAIL_MAX_CHARS = 3
# A crosshead's first line, wrapped at the column edge in type larger than the body's, fills
# at least this share of the column's width in body ems (dev pages: 0.75–0.86).
CROSSHEAD_MIN_FILL = 0.6
# ... and it is set as a paragraph of that column: its first line short of the column by a
# paragraph's indent (two to three ems measured, as rejoin's INDENT_MAX notes), the lines
# between its first and last full. Dev pages: all 9 crossheads so (indent 2-2.5 ems). A
# title wrapped in one column over its story's first paragraph is set flush: of the 25 such
# titles read as crossheads on the generated pages, 21 are not set so (first line as wide
# as the next or the column, or lines far short of it). Generated split headline_acc:
# narrow 0.6341 -> 0.6477, v91 0.5920 -> 0.6006, n92 0.6439 -> 0.6469; dev unchanged.
CROSSHEAD_INDENT_MIN = 1.5
CROSSHEAD_INDENT_MAX = 3.0
# A caption printed between two body blocks of one run that quotes whole sentences of one of
# the first CAPTION_COLUMN_BLOCKS body blocks under it stands at the head of that story's
# column: a story starts under it. On generated pages such a caption stood between two
# stories' text 84 times in 109; quoting a block further down, 1 time in 8.
CAPTION_COLUMN_BLOCKS = 2

_JUMP = re.compile(
    r"[（(]\s*(?:下转|转|接)(?:第)?\s*(?P<cjk>[^）)]{1,8}?版)\s*[）)]"
    r"|\(\s*(?:Continued|Cont'd|See)\s+(?:on\s+)?(?P<latin>(?:Page|P\.|p\.)\s*[A-Z]?\d+[A-Z]?)\s*\)",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"\s[\u4e00-\u9fff]{2,4}\s*$")  # 依法施训……。 吴昊  (a bare photographer)
# A paragraph ends on a line closing a sentence that falls more than this many ems short of
# the widest line above it (a letter-spaced line measures up to 1.75 ems short): the lines
# under it that end in a photo credit are a caption run onto it, with no blank line between.
# Generated pages: 4 such captions cut out, all right (none on the dev pages); captions
# v91/n92/w93 0.8217/0.8333/0.8106 -> 0.8372/0.8413/0.8182. So are the lines under it whose
# sentences the page prints again (captions quoting their stories, one under another): 2
# cut on the generated pages, both captions (none on the dev pages); captions v91/w93
# 0.8372/0.8182 -> 0.8450/0.8333.
CREDITED_TAIL_SHORT_EMS = 2
# A photo credit set on a line of its own under its caption stands at most this many lines
# below the caption's last line: layout text keeps the line the credit was set apart by
# (empty in the caption's column, so the credit comes after a gap, or filled by the columns
# beside it). Generated pages through pdftotext -layout (300): caption_acc 0.7153 /
# 0.7254 / 0.7500 -> 0.7883 / 0.7746 / 0.8529 on the full, narrow and wide layouts; every
# page in reading order unchanged.
CREDIT_UNDER_LINES = 2
# A caption's mark in compact text (spaces removed): 图为… in front, a credit …摄 at the end.
_MARKED_CAPTION = re.compile(r"^[图圖][为為]|[摄攝][）)]?$")
_BULLETS = re.compile(r"[■□●○◆◇▲△▶►•]")  # marks opening a deck's items, not printed in the text
_QUOTED_TITLE = re.compile(r"“[^“”]+”")  # a line that is one quotation, marks and all
_CAPTION_OPENS = re.compile(r"[图圖][为為]")  # 图为…: a caption's first words
# A photo credit wrapped at its 摄: the last line only 摄, the line before ending in a name
# after a sentence's end (not a word run into the line: 在村口拍 / 摄), or only a name.
# A photo credit on a line of its own (新华社记者 李明 摄), or ending a caption's last sentence.
_CREDIT_ALONE = re.compile(r"(?:(?:新华社|本报)记者\s*)?" + CREDIT_LINE.pattern)
_CREDIT_TAIL_MARK = re.compile(r"[。！？”）]\s*" + _CREDIT_ALONE.pattern + "$")
_LONE_MARK = re.compile(r"[摄攝][）)]?")
_NAME_AFTER_SENTENCE = re.compile(r"[。！？”’）]\s*[\u4e00-\u9fff]{2,4}$")
_LONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_INNER_SENTENCE = re.compile(r"[。！？；][^”’」』）)]")
# A kicker reporting what someone said at an event (韩正在财政部调研时强调, 郭声琨强调): the
# title under it is what was said (dev pages: 5 such kickers, each the first of two lines).
_SPEECH_KICKER = re.compile(r"(?:强调|指出|表示|要求)$")
_OPEN_START = "，。、；：）)”’》"
_CLAUSE_MARKS = ("，", "、", "；")
# ... of which a title line over a caption may hold 、 (titles list names and things with it:
# 沙特、加勒比建交国; 国家减灾委、应急管理部就…), never ， or ；.
_TITLE_LINE_STOPS = ("，", "；")
_OPEN_END = "，、；：（(“‘《—"
_BYLINE_NOTE = re.compile(r"^[（(].*[）)]$|[记記]者|整理|[报報][道導]")
# Words a title does not end on: a line ending on them goes on in the next.
_LEADS_ON = frozenset(
    "a an the of on in to for with by at from and or but as is are was were has have had been be will would "
    "could that which who whom whose than since his her its their our".split()
)
_CLAUSE = re.compile(r", [a-z]|[:;]|\. ")  # a comma before a lower-case word, a colon: a sentence
_LATIN_SENTENCE_INSIDE = re.compile(r"[.!?][”’\"']? [A-Z“‘]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
_STOP = frozenset(
    "the and for with that this from have has had was were are not but its his her their they "
    "will would said says been into over after about than more also which who what when where "
    "there them then some such only other new one two all out can could our your you she him".split()
)


class _Role:
    BODY = "body"
    HEAD = "head"
    QUOTE = "quote"  # a pull quote: a sentence of a story set large between its columns
    CAPTION = "caption"
    JUMP = "jump"
    FURNITURE = "furniture"


@dataclass
class _Story:
    """An article being built: its body blocks and the blocks attached to it."""

    body: list[int] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    quotes: list[list[int]] = field(default_factory=list)  # runs of pull-quote lines
    features: set[str] = field(default_factory=set)
    lead: bool = False  # opens with an article start (本报讯, By …)
    continues: str | None = None
    halves: set[int] = field(default_factory=set)  # head lines that finish the title before them
    # body block that stops mid-sentence → the run printed elsewhere that goes on from it
    follows: dict[int, list[int]] = field(default_factory=dict)
    after: set[int] = field(default_factory=set)  # runs in ``follows`` read after a whole paragraph
    middle: bool = False  # cut out between two headlines' stories, reading like neither
    lent_by: int | None = None  # the headline, attached elsewhere, whose words cut this text off


def segment_page(page: Page, config: Config, log: ChangeLog) -> None:
    """Fill ``page.articles`` and ``page.other`` from ``page.blocks``.

    >>> from declump.model import Block, BlockKind, Page
    >>> from declump.config import Config
    >>> from declump.model import null_log
    >>> page = Page(1, [Block(BlockKind.PARAGRAPH, "本报讯 漳州智健投资公司启动运营。"),
    ...                 Block(BlockKind.HEADLINE, "智健投资公司启动运营")])
    >>> segment_page(page, Config(), null_log())
    >>> page.articles[0].headlines, page.articles[0].byline
    (['智健投资公司启动运营'], '本报讯')
    """
    page.articles, page.other = [], []
    blocks = page.blocks
    if not blocks:
        return
    if not config.segment:
        page.articles = [_one_article(page)]
        return
    _new_page()
    decks: set[int] = set()  # ids of the blocks that are decks
    blocks = _prepare(blocks, decks)
    roles = _roles(blocks)
    _unglue_titles_over_leads(blocks, roles)
    _take_back_credits(blocks, roles)
    _merge_caption_pieces(blocks, roles)
    _unglue_titles_over_captions(blocks, roles)
    stories = _split_by_headlines(blocks, roles, _stories(blocks, roles, decks))
    _join_resumed(blocks, roles, stories)
    vocab = _Vocabulary(blocks, stories)
    _move_continuations(blocks, stories, vocab)
    # Pull quotes stand between stories as headlines do, so they still cut stories apart
    # above; only here they stop being headlines.
    quotes = _pull_quotes(blocks, roles)
    for run in quotes:
        roles[run[0] : run[-1] + 1] = [_Role.QUOTE] * len(run)
    parts = _make_parts(blocks, roles, stories)
    weight = parts.weight
    leftovers: list[int] = []
    _attach_quotes(quotes, parts, leftovers)
    _attach_headlines(parts, leftovers)
    _join_title_halves(parts, leftovers)
    _title_headless_stories(parts, leftovers)
    _place_subtitles(parts, leftovers)
    # Tails go back to their stories before stories are merged: a story whose column ran on
    # at the end of another reads like that other story through its own column and would be
    # merged into it. Merging may leave a story ending in another's column: tried again.
    merged = _move_tails(blocks, stories, vocab)
    merged = _merge_orphans(blocks, stories, vocab) or merged
    merged = _rehome_datelines(blocks, stories) or merged
    merged = _rehome_bylines(blocks, stories) or merged
    merged = _move_tails(blocks, stories, vocab) or merged
    merged = _rehome_strays(blocks, stories) or merged
    if _rehome_named(blocks, stories) or merged:
        parts = _make_parts(blocks, roles, stories)
    _place_tagged_titles(parts, leftovers)
    _place_subtitles(parts, leftovers, tagged=True)
    if HEADLESS_CJK_TITLES:
        _title_headless_stories(parts, leftovers, cjk=True)
    _attach_captions(parts, leftovers)
    sections = _find_sections(blocks, stories, leftovers, weight)
    for i, block in enumerate(blocks):
        if roles[i] == _Role.JUMP:
            owner = parts.story_before[i]
            if owner is not None and stories[owner].continues is None:
                stories[owner].continues = _jump_target(block.text)
            else:
                leftovers.append(i)
        elif roles[i] == _Role.FURNITURE:
            leftovers.append(i)
    for s, story in enumerate(stories):
        if s in sections or not story.body:
            continue
        _title_from_first_line(story, blocks)
        page.articles.append(_build_article(story, blocks, page.number))
    other = set(leftovers)
    for s in sections:
        other.update(stories[s].body)
        other.update(stories[s].heads)
        other.update(stories[s].captions)
        other.update(i for run in stories[s].quotes for i in run)
    section_blocks = _section_blocks(sections, stories)
    for i in sorted(other):
        block = blocks[i]
        if roles[i] == _Role.FURNITURE or i in section_blocks or (roles[i] == _Role.HEAD and _label_like(block.text)):
            kind = BlockKind.SECTION
        elif roles[i] == _Role.JUMP:
            kind = BlockKind.JUMP
        else:
            kind = block.kind
        page.other.append(Block(kind, block.text, block.lines, block.width, block.gap_before))


# -- preparing blocks --------------------------------------------------------------------


def _new_page() -> None:
    """Empty the caches that serve one page: a stream's pages share no text."""
    _features.cache_clear()
    _LINE_INDEX.clear()


def unglue_titles(page: Page) -> None:
    """Cut the Chinese titles that rejoin ran into paragraphs back out of them, in place.

    Run before reassembly: a column that stops mid-sentence, then a title printed after it
    across a blank line (…精巧构 / 电影《熊出没》首推“乡音版”), reads as one paragraph that
    ends on the title; cut apart, the column's open end shows, and reassembly can join it
    to its continuation printed elsewhere. Segmentation cuts the same lines out again (it
    may be given blocks that did not come through here), which then changes nothing.
    """
    if not _blank_lines_mark_breaks(page.blocks):
        return
    _LINE_INDEX.clear()
    blocks: list[Block] = []
    for block in page.blocks:
        if block.kind is BlockKind.PARAGRAPH and has_cjk(block.text):
            blocks.extend(_unglued(block))
        else:
            blocks.append(block)
    page.blocks = blocks


def form_clean_blocks(page: Page) -> None:
    """Give a page that is not split into articles (``declump clean``) the blocks that
    segmentation starts from, in place and in the same order: the lines of a title wrapped
    or printed in fake bold line by line joined into one headline, separate headlines run
    into one block (a kicker, its title, a subtitle) cut apart line by line, page furniture,
    titles and photo captions that rejoin ran into a paragraph cut out of it, a photo credit
    given back to its caption. Nothing moves: only where blocks begin and end changes.
    Text already in clean form is left as it is (repairing it again changes nothing).

    >>> from declump.model import Block, BlockKind, Line, Page
    >>> lines = [Line("“无协议脱欧”风险拖累", 1, bold=True), Line("英国经济", 2, bold=True)]
    >>> page = Page(1, [Block(BlockKind.HEADLINE, lines[0].text, lines[:1], 11.0),
    ...                 Block(BlockKind.HEADLINE, lines[1].text, lines[1:], 11.0)])
    >>> form_clean_blocks(page)
    >>> [block.text for block in page.blocks]
    ['“无协议脱欧”风险拖累英国经济']
    """
    if not page.blocks or blocks_in_clean_form(page.blocks):
        return
    _new_page()
    blocks = _prepare(page.blocks, set())
    # Of segmentation's later cuts, a credit given back to its caption and title lines cut
    # off a caption's block help clean's blocks on every benchmark and generated set; titles
    # read out of a lead and caption pieces joined do not (generated pages: -0.005 each).
    roles = _roles(blocks)
    _take_back_credits(blocks, roles)
    _unglue_titles_over_captions(blocks, roles)
    page.blocks = _join_headline_lines(blocks)


def _join_headline_lines(blocks: list[Block]) -> list[Block]:
    """Join the headline blocks printed one right under the other that an article prints
    as one headline line (see _build_article): a kicker going on onto the next line
    (…第一任村民委员会主任韦 / 焕能——) and two short phrases of one title (边检查边规范 /
    边发现边整改), a title line whose bracket or tag the next line closes
    (:func:`_closes_title`), and a line going on into the one set right under it
    (:func:`_sentence_goes_on`). (Joining wrapped titles and subtitles so as well was
    measured: each costs some generated layouts more than it gains.)"""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        prev = out[-1] if out and k else None
        if (
            prev is not None
            and prev.kind is block.kind is BlockKind.HEADLINE
            and blocks[k - 1].kind is BlockKind.HEADLINE
            and (
                _kicker_goes_on(blocks[k - 1], block)
                or _parallel_phrase(prev.text.strip(), blocks[k - 1], block)
                or _closes_title(prev.text.strip(), block.text.strip())
                or _sentence_goes_on(prev, block)
            )
        ):
            out[-1] = Block(BlockKind.HEADLINE, _join_text(prev.text, block.text), prev.lines + block.lines, prev.width, prev.gap_before)
            continue
        out.append(block)
    return out


def _closes_title(title: str, line: str) -> bool:
    """Whether headline line ``line`` ends the title ``title`` left open: a quote or
    bracket opened in the title and not closed is closed in ``line`` (…留住星光(域 /
    外听风)), or ``line`` is a word or two and the title's column tag (…带来健康 /
    红利（人民时评）), TAGGED_TAIL_MAX_CHARS at most."""
    if not has_cjk(title + line) or _dash_between(title, line):
        return False
    if _unbalanced(title) and not _unbalanced(title + line):
        return True
    tag = _TAG.search(line)
    if not tag or _title_closed(title):
        return False
    return 0 < sum(ch.isalnum() for ch in line[: tag.start()]) <= TAGGED_TAIL_MAX_CHARS


_PARTICLE_OPENS = re.compile(r"^[的地得]")  # particles that never open a title or a sentence


def _particle_goes_on(title: str, line: str) -> bool:
    """Whether CJK headline line ``line`` opens on a particle (的, 地, 得) under a title left
    open: no title or sentence opens so, the line is the rest of the title over it."""
    return has_cjk(title) and _PARTICLE_OPENS.match(line) is not None and not _title_closed(title)


def _sentence_goes_on(upper: Block, lower: Block) -> bool:
    """Whether headline block ``lower``, set right under ``upper`` with no blank line, goes on
    the sentence ``upper`` breaks off: ``upper`` holds a clause break, and ends on a word that
    leads on (…推进党的伟大自我革命，把 / 党建设得…), or ``lower`` opens on a particle
    (…给留守 / 的孩子…) or finishes a word ``upper`` ends inside: a deck wrapped, not two
    headlines. Nor does any headline open on such a particle (…直销相关 / 的审批) or hold no
    more than WRAPPED_TAIL_CHARS characters, as a title's last word wrapped in split
    (…迈上新台 / 阶; generated pages: 3 joins, none wrong): ``lower`` then ends the title
    over it (:func:`_tail_goes_on`). A line
    reporting a speech (…召开座谈会时强调) ends the kicker it goes on (see
    :func:`_speech_goes_on`), unless the line over it is a section label's length or holds
    a sentence end (generated pages: the labels 民生关注, 文化视点 over such a kicker)."""
    if lower.gap_before or not upper.lines or not lower.lines or lower.lines[0].number != upper.lines[-1].number + 1:
        return False
    above, below = upper.text.strip(), lower.text.strip()
    if not has_cjk(above + below) or _dash_between(above, below):
        return False
    if _speech_goes_on(above, below) and not _label_like(above) and "。" not in above:
        return True
    if _PARTICLE_OPENS.match(below) or _tail_goes_on(above, below, WRAPPED_TAIL_CHARS):
        return True
    return "，" in above and (leads_on(above) or spans_word(above, below))


def _prepare(blocks: list[Block], decks: set[int]) -> list[Block]:
    """Cut page furniture and headline lines that rejoin ran together into blocks of their own.

    A date line (``2019年7月16日 星期六``) glued to the title under it, and headline blocks
    whose lines are separate headlines (a kicker ending in ``——``, a title and its
    subtitle) are split line by line; lines of one wrapped title stay together. A
    "headline" block that is one sentence over several lines is a deck: body text, its
    ``id`` added to ``decks`` (blocks are merged and renumbered after this).
    """
    out: list[Block] = []
    pieces: list[Block] = []
    column = _body_column(blocks)
    blank_lines_mark = _blank_lines_mark_breaks(blocks)
    quoted = _sentence_counts(blocks) if blank_lines_mark else {}
    clauses: dict[str, int] | None = None  # read once, when the page has a deck
    body_text: str | None = None  # the page's paragraphs, read once, when a label may top a block
    for block in blocks:
        if blank_lines_mark and block.kind is BlockKind.PARAGRAPH:
            for piece in _unglued(block):
                pieces.extend(_unglue_captions(piece, quoted) if piece.kind is BlockKind.PARAGRAPH else [piece])
        else:
            pieces.append(block)
    pieces = [part for piece in pieces for part in _cut_caption_tail(piece)]
    cuts = [_quoting_cuts(piece) for piece in pieces]
    if any(cuts):  # (the page's sentences are counted only where a block may hold such a tail)
        counts = _sentence_counts(pieces)
        pieces = [part for piece, at in zip(pieces, cuts) for part in _cut_quoting_tail(piece, at, counts)]
    pieces = _join_wrapped_titles(_join_wrapped_latin_titles(_mark_latin_decks(_split_latin_decks(pieces))))
    pieces = _join_fake_bold_titles(pieces)
    for block in pieces:
        lines = block.lines
        if len(lines) > 1 and PAGE_FURNITURE.match(lines[0].text.strip()):
            out.append(_sub_block(block, lines[:1], BlockKind.SECTION))
            lines = lines[1:]
            block = _sub_block(block, lines, block.kind)
        bold = BOLD_DECK_IS_TITLE and all(line.bold for line in lines)
        if block.kind is BlockKind.HEADLINE and not bold and _deck(lines):
            # The lines of a "headline" are one sentence wrapped (a line stops at a comma, or
            # a word runs across a line end): a deck set under a title (…精准对接农民 /
            # 需求，覆盖…品种， / 提供更全面…), not a stack of headlines. It is body text,
            # opening its story as a lead does, unless it repeats the page's words (a pull
            # quote set between a story's columns).
            deck = _sub_block(block, lines, BlockKind.PARAGRAPH)
            if clauses is None:
                clauses = _clause_counts(blocks)
            if not _quotes_the_page(deck, clauses) and not (NOTE_NO_DECK and bracketed_note(deck.text.strip())):
                decks.add(id(deck))
            out.append(deck)
            continue
        headline = block.kind is BlockKind.HEADLINE and _reads_as_headline(block.text)
        # (Lines not found in the block's text, a fake-bold line's copies undoubled, are
        # not cut apart: the text of each is not known.)
        if len(lines) > 1 and headline and not _sentence_piece(block, column) and _line_index(block)[1] is not None:
            texts = [line.text.strip() for line in lines]
            widest = _widest_bold_line([block])
            start = 0
            for k in range(1, len(lines)):
                # (a short phrase over a tagged title is that title's first phrase, not the
                # last word of the line above: …积极应对 / 雪不停 / 人不歇（2019春运一线）)
                opens = k + 1 < len(lines) and phrase_over_tagged_title(texts[k], texts[k + 1])
                # (a label stands over a rule, apart from what is under it, at the page's head)
                if k == 1 and _label_like(texts[0]) and has_cjk(texts[0]) and lines[1].number > lines[0].number + 1:
                    if body_text is None:
                        body_text = _paragraph_text(blocks)
                    heads_page = all(b.kind is BlockKind.SECTION or PAGE_FURNITURE.match(b.text.strip()) for b in out)
                    opens = opens or (heads_page and _section_label_over(texts[0], texts[1], body_text))
                if opens or (not _wrapped(texts[k - 1], texts[k]) and not _bold_title_goes_on(lines[start:k], lines[k : k + 1], widest)):
                    out.append(_sub_block(block, lines[start:k], block.kind))
                    start = k
            out.append(_sub_block(block, lines[start:], block.kind) if start else block)
            continue
        out.append(block)
    return out


def _paragraph_text(blocks: list[Block]) -> str:
    """The paragraphs of ``blocks``, whitespace removed, one a line (where a label is looked
    for in the page's text)."""
    return "\n".join(_compact(b.text) for b in blocks if b.kind is BlockKind.PARAGRAPH)


def _section_label_over(line: str, below: str, body_text: str) -> bool:
    """Whether CJK line ``line``, the first of a block of headline lines and a blank line
    over the next, is a section label (社会万象, 文化视点) that rejoin ran into the headline
    under it: as short as a label and printed nowhere in the page's paragraphs. The first phrase of a two-phrase title (毕节 /
    考核干部实打实（关注基层治理））, or a short kicker, names its story's subject, which
    that story's text repeats; a section names a page's department. Nor is a phrase as long
    as the one under it (:func:`_parallel`) or one the title wraps from. Generated pages,
    with the same test where a page's top label is told from a title's phrase
    (:func:`_page_top_label`) or from a half of a title (:func:`_join_title_halves`):
    13 articles' headlines more right, none wrong; benchmark sets unchanged."""
    text = _compact(line)
    if not has_cjk(text) or not _label_like(line) or text.endswith(_DASHES) or text in body_text:
        return False
    # (a phrase as long as the one under it, 敢闯路更宽 / 爱拼才会赢（体坛观澜）, or a title
    # wrapping into the line under it, is the title's own)
    return not _parallel(line, below) and not title_wraps(line, below)


_SENTENCE_END = re.compile(r"[。！？][”’」』]?")


def _sentences(text: str) -> list[str]:
    """The whole sentences of ``text`` (a tail with no sentence end is left out)."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        out.append(text[start : match.end()])
        start = match.end()
    return out


def _runs(block: Block) -> list[tuple[int, int]]:
    """The block's runs of lines with no blank line between them, as (first, end) indexes."""
    lines = block.lines
    starts = [0] + [k for k in range(1, len(lines)) if lines[k].number > lines[k - 1].number + 1]
    return list(zip(starts, starts[1:] + [len(lines)]))


def _run_text(block: Block, lo: int, hi: int) -> str:
    return _join_lines([line.text for line in block.lines[lo:hi]])


def _sentence_counts(blocks: list[Block]) -> dict[str, int]:
    """How often each CJK sentence occurs on the page, read run by run (one pass)."""
    counts: dict[str, int] = {}
    for block in blocks:
        for lo, hi in _runs(block):
            for sentence in _sentences(_compact(_run_text(block, lo, hi))):
                if len(sentence) >= QUOTE_MIN_CHARS:
                    counts[sentence] = counts.get(sentence, 0) + 1
    return counts


def _cut_caption_tail(block: Block) -> list[Block]:
    """Cut a caption opening on 图为 that rejoin ran onto the end of a paragraph back out of
    it: a line opening on 图为 inside a paragraph (no paragraph says 图为) and the lines to
    the block's end, a caption's length and ending a sentence or a credit, are a caption
    printed under the column, with no blank line between. So are the lines that end in a
    photo credit under a paragraph's short last line (see :func:`_credited_tail`)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or len(block.lines) < 2 or not has_cjk(block.text):
        return [block]
    k = _credited_tail(block)
    if k:
        caption = _sub_block(block, block.lines[k:], BlockKind.CAPTION)
        caption.gap_before = True
        return [_sub_block(block, block.lines[:k], BlockKind.PARAGRAPH), caption]
    if block.kind is not BlockKind.PARAGRAPH:
        return [block]
    for k in range(1, len(block.lines)):
        if _CAPTION_OPENS.match(_compact(block.lines[k].text)):
            tail = _text_of(block, block.lines[k:])
            if len(_compact(tail)) <= _caption_limit(tail) and (ends_sentence(tail) or CAPTION_MARK.search(tail)):
                caption = _sub_block(block, block.lines[k:], BlockKind.CAPTION)
                caption.gap_before = True
                return [_sub_block(block, block.lines[:k], block.kind), caption]
            return [block]
    return [block]


def _credited_tail(block: Block) -> int:
    """Where a caption ending in a photo credit (…落幕。 / 陈静 摄) starts under a paragraph
    it was run onto (0: none). A paragraph ends on a short line closing a sentence, and the
    lines after it, whole sentences of a caption's length ending in a credit, are no
    paragraph's (one would open set in, with no credit): the last such short line, falling
    more than CREDITED_TAIL_SHORT_EMS short of the widest line above it, ends the paragraph."""
    texts = [line.text.strip() for line in block.lines]
    last = len(texts) - 1 if _CREDIT_ALONE.fullmatch(texts[-1]) else len(texts)
    if last == len(texts) and not _CREDIT_TAIL_MARK.search(texts[-1]):
        return 0
    widths = [display_width(text) for text in texts]
    for k in range(last - 1, 1, -1):
        if not ends_sentence(texts[k - 1]):
            continue
        tail = _text_of(block, block.lines[k:])
        if len(_compact(tail)) > _caption_limit(tail) or starts_article(tail):
            return 0
        if widths[k - 1] < max(widths[: k - 1]) - CREDITED_TAIL_SHORT_EMS:
            return k
        return 0
    return 0


def _quoting_cuts(block: Block) -> list[int]:
    """The lines of a CJK paragraph or caption that follow a short line closing a sentence
    (more than CREDITED_TAIL_SHORT_EMS short of the widest line above it): where a caption
    set under it may start (see :func:`_cut_quoting_tail`)."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or len(block.lines) < 2 or not has_cjk(block.text):
        return []
    texts = [line.text.strip() for line in block.lines]
    widths = [display_width(text) for text in texts]
    cuts, widest = [], 0.0
    for k in range(2, len(texts)):
        widest = max(widest, widths[k - 2])
        if ends_sentence(texts[k - 1]) and widths[k - 1] < widest - CREDITED_TAIL_SHORT_EMS:
            cuts.append(k)
    return cuts


def _cut_quoting_tail(block: Block, cuts: list[int], counts: dict[str, int]) -> list[Block]:
    """Cut the lines after ``cuts`` (see :func:`_quoting_cuts`) off a block when each run of
    them is whole sentences, a caption's length, that the page prints elsewhere too:
    captions quoting their stories, set one under another or under a paragraph's end with
    no blank line between (their roles are read as any block's)."""
    if not cuts:
        return [block]
    bounds = list(zip(cuts, cuts[1:] + [len(block.lines)]))
    for lo, hi in bounds:
        text = _text_of(block, block.lines[lo:hi])
        said = _sentences(_compact(text))
        if (
            len(_compact(text)) > _caption_limit(text)
            or starts_article(text)
            or "".join(said) != _compact(text)
            or not all(len(x) >= QUOTE_MIN_CHARS and counts.get(x, 0) >= 2 for x in said)
        ):
            return [block]
    parts = [_sub_block(block, block.lines[: cuts[0]], block.kind)]
    for lo, hi in bounds:
        parts.append(_sub_block(block, block.lines[lo:hi], BlockKind.PARAGRAPH))
        parts[-1].gap_before = True
    return parts


def _unglue_captions(block: Block, quoted: dict[str, int]) -> list[Block]:
    """Cut captions that rejoin ran into a paragraph back out of it.

    A caption printed between blank lines inside a paragraph's text (a photo beside the
    column) is a run of lines ending in a photo credit, or whole sentences that the page
    prints twice (a caption quoting its story). When the paragraph goes on after the
    caption, its two halves are joined again.
    """
    runs = _runs(block)
    if len(runs) < 2:
        return [block]
    caption = [False] * len(runs)
    for r, (lo, hi) in enumerate(runs):
        text = _run_text(block, lo, hi)
        if len(_compact(text)) > _caption_limit(text) or starts_article(text):
            continue
        if CAPTION_MARK.search(" ".join(line.text.strip() for line in block.lines[lo:hi])):
            caption[r] = True  # (a credit wrapped onto a line of its own: 陈静 / 摄)
        elif has_cjk(text) and ends_sentence(text):
            sentences = _sentences(_compact(text))
            whole = "".join(sentences) == _compact(text)
            caption[r] = whole and all(quoted.get(x, 0) >= 2 for x in sentences)
    if not any(caption) or all(caption):
        return [block]
    out: list[Block] = []
    body: list = []
    captions: list[Block] = []
    for (lo, hi), is_caption in zip(runs, caption):
        if is_caption:
            captions.append(_sub_block(block, block.lines[lo:hi], BlockKind.CAPTION))
            captions[-1].gap_before = True
            continue
        if body and ends_sentence(body[-1].text):
            out.append(_sub_block(block, body, BlockKind.PARAGRAPH))
            out[-1].gap_before = block.gap_before if body[0] is block.lines[0] else True
            out.extend(captions)
            body, captions = [], []
        body.extend(block.lines[lo:hi])
    if body:
        out.append(_sub_block(block, body, BlockKind.PARAGRAPH))
        out[-1].gap_before = block.gap_before if body[0] is block.lines[0] else True
    out.extend(captions)
    return out


def _unglued(block: Block) -> list[Block]:
    """:func:`_unglue_headlines`, kept only when its parts hold the block's text as it is: a
    repair rejoin made across the cut line end (a hyphen taken off) that the parts cannot
    keep leaves the block whole."""
    parts = _unglue_headlines(block)
    if len(parts) > 1 and _compact("".join(part.text for part in parts)) != _compact(block.text):
        return [block]
    return parts


def _unglue_headlines(block: Block) -> list[Block]:
    """Cut headline lines that rejoin ran into a paragraph back out of it.

    Rejoin joins across a blank line when the text seems to go on, so a title printed
    between two blank lines can end up at the start or the end of a paragraph (or between
    a dateline and the next story). Such a line reads as a headline (no sentence end, no
    open clause), stands alone between blank lines (or before a lead or a caption), and
    does not have the width of the column the paragraph is set in: a body line at a
    column break is full width, a paragraph's first line two ems less.
    """
    lines = block.lines
    if len(lines) < 2:
        return [block]
    if not has_cjk(block.text):
        return _unglue_latin_title(block)
    texts = [line.text.strip() for line in lines]
    widths = [display_width(t) for t in texts]
    column = _mode_width(widths)
    last = len(lines) - 1

    def gap(k: int) -> bool:  # a blank line between line k - 1 and line k
        return lines[k].number > lines[k - 1].number + 1

    def opens(k: int) -> bool:  # line k opens a story or a caption: what stands before is apart
        return starts_article(texts[k]) or texts[k].startswith(("图为", "圖為"))

    def titled(k: int) -> bool:
        text = texts[k]
        if text.count("，") >= 2 or _unbalanced(text[::-1].translate(_MIRROR)):
            return False
        if lines[k].spaced:
            return False  # letter-spaced to the column's width: a body line, however short
        return _reads_as_headline(text) and not opens(k) and not ends_sentence(text)

    def alone(k: int) -> bool:
        before = k == 0 or gap(k)
        after = k == last or gap(k + 1) or opens(k + 1)
        return before and after and titled(k)

    def tagged(k: int) -> bool:  # a title with its column tag: 马云翁三次搬家记（新春走基层）
        match = _TAG.search(texts[k])
        return bool(match) and len(_compact(texts[k][: match.start()])) >= TAGGED_TITLE_MIN_CHARS

    def off(k: int) -> bool:
        return widths[k] >= column + GLUED_WIDER or widths[k] <= column - GLUED_NARROWER or tagged(k)

    head = [False] * len(lines)
    k = 0
    while k < last and alone(k):
        k += 1
    # A run at the start: its own width, or a lead or caption right after it.
    if k and (any(off(j) for j in range(k)) or opens(k)):
        head[:k] = [True] * k
    k = last
    while k > 0 and alone(k) and not head[k]:
        k -= 1
    if k < last and any(off(j) for j in range(k + 1, last + 1)):
        head[k + 1 :] = [True] * (last - k)
    elif k == last and titled(last) and widths[last] - column >= (GLUED_WIDER_UNHUNG if is_cjk(texts[k][-1]) else GLUED_WIDER):
        # A last line wider than the paragraph's column is no line of it, blank line before
        # it or not (only a punctuation mark hangs past a column's edge): a title printed
        # right under the column's foot.
        head[last] = True
    # A line alone in the middle, after a sentence end or a dateline's bracket, or between
    # two full lines of a sentence that goes on around it (a column's foot and the next
    # column's head); a tagged title needs a blank line on one side only.
    for k in range(1, last):
        closed = ends_sentence(texts[k - 1]) or texts[k - 1].endswith(("）", ")"))
        closed = closed or min(widths[k - 1], widths[k + 1]) >= column - FULL_SLACK
        if (closed and alone(k) and off(k)) or (tagged(k) and titled(k) and (gap(k) or gap(k + 1))):
            head[k] = True
    if not any(head):
        return [block]
    out: list[Block] = []
    start = 0
    for k in range(1, len(lines) + 1):
        if k == len(lines) or head[k] != head[start] or head[k]:
            kind = BlockKind.HEADLINE if head[start] else BlockKind.PARAGRAPH
            sub = _sub_block(block, lines[start:k], kind)
            sub.gap_before = block.gap_before if start == 0 else gap(start)
            out.append(sub)
            start = k
    return out


def _unglue_latin_title(block: Block) -> list[Block]:
    """Cut a Latin title (and the deck under it) that rejoin ran into a paragraph.

    Latin titles are set in a larger type, a few words a line, with a blank line around
    them; rejoin joins them to a paragraph that stops mid-sentence at a column foot. The
    lines after the paragraph's last blank line are a title when they read as one: a
    capital, a few words, no sentence end, not ending on a word that leads on (``on``,
    ``the``); so are the lines between the blank lines before it, title by title, as long
    as they read as one too. At the start of a paragraph, the lines before its first blank line are a
    title when, besides, they are narrower than the paragraph's lines and the line after the
    blank starts afresh (layout text read column by column skips the input lines a column
    left empty: ``Born in March`` / ``1950, the captain…`` is one sentence going on); the
    lines from there to the next blank line, a sentence with no full stop, are its deck.
    """
    lines = block.lines
    gaps = [k for k in range(1, len(lines)) if lines[k].number > lines[k - 1].number + 1]
    if not gaps:
        return [block]
    texts = [line.text.strip() for line in lines]
    cuts: list[tuple[int, int]] = []  # headline line ranges
    first = gaps[0]
    # Titles stacked at the end, each between blank lines (the titles of stories whose
    # bodies were printed elsewhere), are cut from the last one back.
    end = len(lines)
    for lo in reversed(gaps):
        if end - lo > LATIN_TITLE_LINES or not _latin_title(" ".join(texts[lo:end])):
            break
        cuts.insert(0, (lo, end))
        end = lo
    body_width = sorted(len(t) for t in texts)[len(texts) // 2]
    if (
        first <= LATIN_TITLE_LINES
        and _latin_title(" ".join(texts[:first]))
        and max(len(t) for t in texts[:first]) <= body_width * LATIN_TITLE_NARROW
        and starts_afresh(texts[first])
    ):
        end = gaps[1] if len(gaps) > 1 else len(lines)
        deck = " ".join(texts[first:end])
        if end < len(lines) and end - first <= LATIN_DECK_LINES and _reads_as_headline(deck):
            cuts.insert(0, (first, end))
        cuts.insert(0, (0, first))
    if not cuts:
        return [block]
    out: list[Block] = []
    start = 0
    for lo, hi in cuts:
        if lo < start:
            continue
        if lo > start:
            out.append(_sub_block(block, lines[start:lo], BlockKind.PARAGRAPH))
        out.append(_sub_block(block, lines[lo:hi], BlockKind.HEADLINE))
        start = hi
    if start < len(lines):
        out.append(_sub_block(block, lines[start:], BlockKind.PARAGRAPH))
    for k, sub in enumerate(out):
        sub.gap_before = block.gap_before if k == 0 else True
    return out


def _split_latin_decks(blocks: list[Block]) -> list[Block]:
    """Cut a Latin title from the deck that rejoin ran it into, in a headline block or in a
    "paragraph" right above a byline or dateline (a paragraph ends its sentence there)."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        above_lead = i + 1 < len(blocks) and starts_article(blocks[i + 1].text.strip())
        headline = block.kind is BlockKind.HEADLINE or (block.kind is BlockKind.PARAGRAPH and above_lead)
        split = _title_and_deck(block) if headline and not has_cjk(block.text) else None
        out.extend(split or [block])
    return out


def _join_wrapped_latin_titles(blocks: list[Block]) -> list[Block]:
    """Join the lines of a Latin title that rejoin left as two headlines.

    On a page whose text blocks stand apart between blank lines, two headline blocks with
    no blank line between them that read as one title together (at most LATIN_TITLE_WORDS
    words) are one title wrapped (``Ferry fares`` / ``climb again``), unless the first is a
    label or kicker (capitalised words only, or a lead-in ending in a colon or dash). On any
    page, a line opening a quotation that the next one closes (``US ‘to raise`` / ``TV
    indecency fines’``) goes on there; lines of a title or deck that pdftotext -raw printed
    out of order are put back in order first (:func:`_reorder_cut_decks`,
    :func:`_reorder_quoted_titles`).
    """
    set_apart = _blocks_set_apart(blocks)

    def wrapped(prev: Block, block: Block) -> bool:
        if block.gap_before or has_cjk(prev.text + block.text):
            return False
        if _closes_quote(prev.text.strip(), block.text.strip()):
            return True
        joined = _join_text(prev.text, block.text)
        return set_apart and not _label_like(prev.text) and _latin_title(prev.text.strip()) and _latin_title(joined)

    return _join_headlines(_reorder_quoted_titles(_reorder_cut_decks(blocks)), wrapped)


def _closes_quote(first: str, second: str) -> bool:
    """Whether Latin title lines ``first`` / ``second`` are one title: ``first`` opens a
    quotation that ``second`` closes (``US ‘to raise`` / ``TV indecency fines’``), and
    together they read as a title."""
    joined = f"{first} {second}"
    return not has_cjk(joined) and _quotes_open(first) > 0 and _quotes_open(joined) == 0 and _latin_title(joined)


_CLOSING_QUOTE = re.compile(r"[’”](?![A-Za-z])")  # not the apostrophe inside a word (operator’s)


def _quotes_open(text: str) -> int:
    """Latin quotation marks ``text`` opens and leaves open (below zero: closes unopened)."""
    return text.count("‘") + text.count("“") - len(_CLOSING_QUOTE.findall(text))


def _reorder_cut_decks(blocks: list[Block]) -> list[Block]:
    """Put back in order a Latin deck whose last line pdftotext printed before its first
    (-raw text follows the order the lines were drawn): right over a story's byline or
    dateline, a headline line stopping on a word that cannot end a deck (``…offences by
    the``) goes on in the headline line printed right above it (``Greek Athletics
    Federation (Segas) last month``), together one sentence of a deck's length."""
    out = list(blocks)
    k = 1
    while k + 1 < len(out):
        upper, lower, after = out[k - 1], out[k], out[k + 1]
        text = _join_text(lower.text, upper.text)
        if (
            upper.kind is lower.kind is BlockKind.HEADLINE
            and not lower.gap_before
            and not has_cjk(text)
            and starts_article(after.text.strip())
            and stops_mid_sentence(lower.text.strip())
            and not stops_mid_sentence(upper.text.strip())
            and _latin_deck(text)
        ):
            out[k - 1 : k + 1] = [_second_first(upper, lower, text)]
            continue
        k += 1
    return out


def _second_first(first: Block, second: Block, text: str) -> Block:
    """One headline of two blocks printed out of reading order: ``second``'s lines, then
    ``first``'s (read as ``text``), standing where ``first`` was printed."""
    return Block(BlockKind.HEADLINE, text, second.lines + first.lines, second.width, first.gap_before)


def _reorder_quoted_titles(blocks: list[Block]) -> list[Block]:
    """Put back in order a Latin title's last line that pdftotext printed before its first
    (-raw text follows the order the lines were drawn): a headline line closing a quotation
    it does not open (``tabloids’``) right above a headline line opening one it does not
    close (``Britney attacks ‘false``), together one title. Both lines are kept, in reading
    order, as one headline."""
    out = list(blocks)
    k = 0
    while k + 1 < len(out):
        lower, upper = out[k], out[k + 1]
        if (
            lower.kind is upper.kind is BlockKind.HEADLINE
            and not upper.gap_before
            and _quotes_open(lower.text.strip()) < 0
            and _closes_quote(upper.text.strip(), lower.text.strip())
        ):
            out[k : k + 2] = [_second_first(lower, upper, _join_text(upper.text, lower.text))]
        k += 1
    return out


def _join_wrapped_titles(blocks: list[Block]) -> list[Block]:
    """Join the lines of a CJK title wrapped at its rectangle's edge that rejoin left as
    two headlines (:func:`declump.paragraphs.title_wraps`). Lines a paragraph of the page
    prints word for word are a pull quote's, left apart for the quote to be found."""
    body = "\n".join(_compact(block.text) for block in blocks if block.kind is BlockKind.PARAGRAPH)
    # (a short phrase over a tagged title is that title's first phrase, not the last word of
    # the line above: …积极应对 / 雪不停 / 人不歇（2019春运一线）)
    phrases = {
        id(block)
        for block, below in pairwise(blocks)
        if block.kind is below.kind is BlockKind.HEADLINE and phrase_over_tagged_title(block.text.strip(), below.text.strip())
    }

    def wrapped(prev: Block, block: Block) -> bool:
        return (
            id(block) not in phrases
            and has_cjk(prev.text)
            and has_cjk(block.text)
            and not PAGE_FURNITURE.match(prev.text.strip())
            and (title_wraps(prev.text.strip(), block.text.strip()) or (LONG_TAG_ALONE and _long_tag_alone(prev.text.strip(), block.text.strip())))
            and _compact(prev.text + block.text) not in body
        )

    return _join_headlines(blocks, wrapped)


def _long_tag_alone(title: str, line: str) -> bool:
    """A column tag alone under a title line, wrapped onto a line of its own (山间邮路见证责任 /
    （新春走基层·代表委员履职故事））: brackets round a column's name of up to 20 characters
    (longer than declump.paragraphs.title_wraps reads as a tag) without a sentence mark or
    a note's words (（记者…）, （作者…）), under a line that ends no sentence nor tag."""
    if not (has_cjk(line) and _TAG.fullmatch(line) and line.count("（") + line.count("(") == 1):
        return False
    inner = line[1:-1]
    if any(mark in inner for mark in "。，、；：！？") or bracketed_note("（" + inner + "）"):
        return False
    return not ends_sentence(title) and not _TAG.search(title) and not _kicker_end(title)


_CLOSING_MARKS = ("”", "’", "》", "）", ")")
_DASHES = ("——", "—")  # a kicker's dash (a single one where a line end cut the pair)
_OPENING_MARKS = ("“", "‘", "《")


def _join_fake_bold_titles(blocks: list[Block]) -> list[Block]:
    """Join the lines of a fake-bold CJK title that rejoin left as headlines of their own.

    A title drawn twice (fake bold) is set apart from an unbolded kicker or subtitle by
    its style: two fake-bold lines set tight one under the other, the upper one as wide as
    the widest fake-bold line around it (:func:`_bold_title_goes_on`), are one title
    wrapped at its rectangle's edge (春节假期第二天全国主要 / 道路交通安全顺畅).
    """
    widths: dict[int, float] = {}
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind is BlockKind.HEADLINE and run and not block.gap_before:
            run.append(block)
            continue
        widest = _widest_bold_line(run)
        widths.update((id(b), widest) for b in run)
        run = [block] if block is not None and block.kind is BlockKind.HEADLINE else []

    def wrapped(prev: Block, block: Block) -> bool:
        return not block.gap_before and _bold_title_goes_on(prev.lines, block.lines, widths.get(id(block), 0.0))

    return _join_headlines(blocks, wrapped)


def _widest_bold_line(blocks: list[Block]) -> float:
    return max((display_width(line.text.strip()) for b in blocks for line in b.lines if line.bold), default=0.0)


def _bold_title_goes_on(upper: list[Line], lower: list[Line], widest: float) -> bool:
    """Whether fake-bold CJK lines ``lower`` go on the title whose lines ``upper`` end: all
    of them drawn twice, the last upper line within BOLD_FULL_SLACK of ``widest`` (the
    widest fake-bold line of the headline) and no lower line wider than it, no kicker's
    dash between."""
    if not upper or not lower or not all(line.bold for line in upper + lower):
        return False
    first, last = lower[0].text.strip(), upper[-1].text.strip()
    if not has_cjk(last + first) or _dash_between(last, first) or starts_article(first):
        return False
    if last.endswith(_CLOSING_MARKS) or first.startswith(_OPENING_MARKS):
        # A title that closes a quotation or its column tag at the line's end, or a line that
        # opens one (“阅读四季” / 《石鼓文》…), stands whole: two titles drawn bold.
        return False
    width = display_width(last)
    # (a title breaks where its next character does not fit: the rest is no wider)
    return width >= widest - BOLD_FULL_SLACK and max(display_width(line.text.strip()) for line in lower) <= width + BOLD_FULL_SLACK


def _join_headlines(blocks: list[Block], wrapped: Callable[[Block, Block], bool]) -> list[Block]:
    """Join each headline block to the headline block before it (already joined, if so)
    when ``wrapped(before, block)`` says the two are one title; a story's lead never is,
    nor a block grown past JOINED_HEADLINE_MAX_CHARS."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind is block.kind is BlockKind.HEADLINE
            and len(prev.text) + len(block.text) <= JOINED_HEADLINE_MAX_CHARS
            and not starts_article(block.text.strip())
            and wrapped(prev, block)
        ):
            out[-1] = Block(BlockKind.HEADLINE, _join_text(prev.text, block.text), prev.lines + block.lines, prev.width, prev.gap_before)
            continue
        out.append(block)
    return out


def _blocks_set_apart(blocks: list[Block]) -> bool:
    """Whether the page sets its text blocks apart with blank lines (see BLOCKS_SET_APART)."""
    return sum(b.gap_before for b in blocks) >= len(blocks) * BLOCKS_SET_APART


def _mark_latin_decks(blocks: list[Block]) -> list[Block]:
    """Read as a headline the Latin deck that rejoin set apart from its title as a paragraph.

    A deck is set right under its title (no blank line between) and over the story's byline
    or dateline, or over the next story's title where pdftotext prints a page's titles
    together: one sentence without its full stop, of up to LATIN_DECK_WORDS words. Rejoin
    calls a block of more than three lines a paragraph; there, between a title and a byline,
    it is the title's second headline piece, not the story's first paragraph (which comes
    after the byline and ends its sentence, or is cut off mid-sentence at a column foot).
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        title, block, after = blocks[i - 1], blocks[i], blocks[i + 1]
        text = block.text.strip()
        if (
            block.kind is BlockKind.PARAGRAPH
            and title.kind is BlockKind.HEADLINE
            and not block.gap_before
            and not has_cjk(text)
            and _latin_title(title.text.strip())
            and (starts_article(after.text.strip()) or after.kind is BlockKind.HEADLINE)
            and _latin_deck(text)
        ):
            out[i] = _sub_block(block, block.lines, BlockKind.HEADLINE)
    return out


def _latin_deck(text: str) -> bool:
    """One sentence without its full stop, of a deck's length, opening with a capital."""
    return (
        starts_afresh(text)
        and len(text.split()) <= LATIN_DECK_WORDS
        and not ends_sentence(text)
        and not _LATIN_SENTENCE_INSIDE.search(text)
        and not stops_mid_sentence(text)
        and not starts_article(text)
        and not CAPTION_MARK.search(text)
        and _reads_as_headline(text)
    )


def _title_and_deck(block: Block) -> list[Block] | None:
    """A title of one to three lines, then a deck: one sentence without its full stop
    (``Turkey knocks`` / ``six zeros off lira`` / ``Inflation fell below 10% this year``).
    The title is the shortest run of first lines that reads as one and is followed by a
    capital; the rest must read as a sentence, not as another title."""
    lines = block.lines
    texts = [line.text.strip() for line in lines]
    text = " ".join(texts)
    if len(lines) < 2 or ends_sentence(text) or _LATIN_SENTENCE_INSIDE.search(text) or CAPTION_MARK.search(text):
        return None
    if stops_mid_sentence(text) or starts_article(text):
        return None
    for k in range(1, min(LATIN_TITLE_LINES, len(lines) - 1) + 1):
        title, deck = " ".join(texts[:k]), " ".join(texts[k:])
        if not _latin_title(title) or not starts_afresh(deck):
            continue
        if _latin_title(deck) or len(deck.split()) > LATIN_DECK_WORDS:
            return None
        return [_sub_block(block, lines[:k], BlockKind.HEADLINE), _sub_block(block, lines[k:], BlockKind.HEADLINE)]
    return None


def _latin_title_line(text: str) -> bool:
    """A whole Latin title on one headline line (rejoin joins a title's wrapped lines):
    a title's length, not a one-word label or kicker, not a deck's long sentence."""
    return not has_cjk(text) and LATIN_TITLE_MIN_WORDS <= len(text.split()) and _latin_title(text)


def _latin_headline_line(text: str) -> bool:
    """A Latin title or deck on one headline line: longer than a kicker or label."""
    return not has_cjk(text) and LATIN_TITLE_MIN_WORDS <= len(text.split())


def _latin_title(text: str) -> bool:
    """A few words with a capital, no sentence end, not ending on a word that leads on."""
    words = text.split()
    if not words or len(words) > LATIN_TITLE_WORDS or not (text[0].isupper() or text[0] in "‘“'\""):
        return False
    if is_byline(text) or starts_article(text) or _CLAUSE.search(text) or _unbalanced(text):
        return False
    return words[-1].lower() not in _LEADS_ON and not text.endswith(("-", "—")) and _reads_as_headline(text)


def _blank_lines_mark_breaks(blocks: list[Block]) -> bool:
    """Whether a blank line inside a paragraph is rare enough on the page to mean something.

    Layout text (``pdftotext -layout``) often prints a blank line between all lines; there a
    line standing between blank lines says nothing.
    """
    pairs = blanks = 0
    for block in blocks:
        for upper, lower in zip(block.lines, block.lines[1:]):
            pairs += 1
            blanks += lower.number > upper.number + 1
    return pairs < BLANK_LINES_SAMPLE or blanks <= pairs * BLANK_LINES_RARE


# Reversed and mirrored, a text with a closing bracket it never opened (``第四版）``, the
# tail of a jump line) is unbalanced.
_MIRROR = str.maketrans("“”（）()《》‘’", "”“）（)(》《’‘")


def _mode_width(widths: list[float]) -> float:
    """The most common rounded width, the wider on a tie (a paragraph's own column)."""
    counts: dict[int, int] = {}
    for w in widths:
        counts[round(w)] = counts.get(round(w), 0) + 1
    return float(max(counts, key=lambda w: (counts[w], w)))


def _sub_block(block: Block, lines: list, kind: BlockKind) -> Block:
    return Block(kind, _text_of(block, lines), list(lines), block.width, block.gap_before if lines[0] is block.lines[0] else False)


def _text_of(block: Block, lines: list) -> str:
    """The text of ``lines``, some of ``block``'s lines, as the block's text holds it: with
    the repairs rejoin made across their line ends (``Guild-`` / ``hall``: ``Guildhall``).
    Lines that follow each other in the block are one slice of its text; slices, and lines
    that cannot be found there, are joined afresh. All of the block's lines are its text
    (a fake-bold line undoubled keeps both copies' lines for one text)."""
    if len(lines) == len(block.lines) and all(a is b for a, b in zip(lines, block.lines)):
        return block.text
    index, starts = _line_index(block)
    positions = [index.get(id(line)) for line in lines]
    if starts is None or None in positions:
        return _join_lines([line.text for line in lines])
    pieces: list[str] = []
    k = 0
    while k < len(positions):
        m = k
        while m + 1 < len(positions) and positions[m + 1] == positions[m] + 1:
            m += 1
        low, high = positions[k], positions[m] + 1
        pieces.append(block.text[starts[low] if low else 0 : starts[high] if high < len(starts) else len(block.text)])
        k = m + 1
    return _join_lines(pieces)


# Each block's line positions, read once however many parts it is cut into: block id ->
# (the block, line id -> position, line offsets). Emptied for every page.
_LINE_INDEX: dict[int, tuple[Block, dict[int, int], list[int] | None]] = {}


def _line_index(block: Block) -> tuple[dict[int, int], list[int] | None]:
    """Where each of ``block``'s lines stands in it, and where it starts in its text, found
    by its first characters (a repair at a line's end, a hyphen taken off, leaves its start
    as it was; None when a line is not found)."""
    known = _LINE_INDEX.get(id(block))
    if known is not None and known[0] is block:
        return known[1], known[2]
    starts: list[int] | None = []
    cursor = 0
    for line in block.lines:
        text = line.text.strip()
        # (never the line's last character: a repair at the end may have changed it)
        at = block.text.find(text[: max(1, min(LINE_PROBE, len(text) - 1))], cursor) if text else -1
        if at < 0:
            starts = None
            break
        starts.append(at)
        cursor = at + max(1, len(text) - 1)
    index = {id(line): k for k, line in enumerate(block.lines)}
    _LINE_INDEX[id(block)] = (block, index, starts)
    return index, starts


def _join_lines(texts: list[str]) -> str:
    """Join lines as :func:`_join_text` does pair by pair, in time linear in the text."""
    texts = [t.strip() for t in texts if t.strip()]
    if not texts:
        return ""
    latin = not any(has_cjk(t) for t in texts)
    out = [texts[0]]
    for left, right in zip(texts, texts[1:]):
        if has_cjk(left[-1]) or has_cjk(right[0]) or (not latin and not (left[-1].isascii() and right[0].isascii())):
            out.append(right)
        else:
            out.append(" " + right)
    return "".join(out)


def _join_text(left: str, right: str) -> str:
    """Join two lines: no space next to CJK text, one space between Latin words (quotes too)."""
    left, right = left.strip(), right.strip()
    if not left or not right:
        return left + right
    if has_cjk(left[-1]) or has_cjk(right[0]):
        return left + right
    latin = not has_cjk(left) and not has_cjk(right)
    if not latin and (not left[-1].isascii() or not right[0].isascii()):
        return left + right
    return f"{left} {right}"


_TAG = re.compile(r"[（(][^）)]{1,20}[）)]$")


def _wrapped(first: str, second: str, loose: bool = True) -> bool:
    """Whether two lines of a headline block are one wrapped title rather than two headlines.
    Without ``loose``, two short phrases one over the other (:func:`_parallel`,
    :func:`phrase_over_tagged_title`) are not enough: only a title wrapped across them is."""
    if first.endswith(("——", "—", ":", "：")):
        return False
    if not has_cjk(first + second):
        return True  # rejoin already read a Latin headline line by line: one title
    if _unbalanced(first) or second.startswith(("（", "(", "）", ")", "”", "》")):
        return True
    if _SPEECH_KICKER.search(first) and _TAG.search(second):
        # A kicker reporting a speech (郭声琨强调) tops what was said, a news title; a title
        # ending in a column tag (…（民生观）) is a column's piece: another story's headline.
        return False
    if title_wraps(first, second):
        return True
    return loose and (_parallel(first, second) or phrase_over_tagged_title(first, second))


def _parallel(first: str, second: str) -> bool:
    """Two short phrases of one title set on two lines (崇尚实干 / 抓实实抓（声音））."""
    if first.endswith(("——", "—")) or _TAG.search(first) or "，" in first or not has_cjk(first + second):
        return False
    if _SPEECH_KICKER.search(first):
        return False  # (郭声琨强调: a kicker reporting a speech tops its title, no phrase of it)
    a = len(_compact(first))
    b = len(_compact(_TAG.sub("", second)))
    return 2 <= a <= PHRASE_MAX_CHARS and b <= a + PHRASE_SLACK


def _unbalanced(text: str) -> bool:
    return any(text.count(o) > text.count(c) for o, c in ("“”", "（）", "()", "《》", "‘’"))


def _take_back_credits(blocks: list[Block], roles: list[str]) -> None:
    """Give a photo credit line (李明 摄) that opens the block after a caption back to the
    caption: a credit ends a caption and never opens a paragraph (layout text may link the
    credit, set to the right under the caption, with the column under it)."""
    for k in range(len(blocks) - 1, 0, -1):
        block = blocks[k]
        if roles[k - 1] == roles[k] == _Role.CAPTION and _lone_credit_under(blocks[k - 1], block):
            # A credit printed on its own right under a caption's last sentence (a caption
            # line set wider than the column it ends, 张三 摄 under it) ends that caption.
            caption = blocks[k - 1]
            text = _join_text(caption.text, block.text.strip())
            blocks[k - 1] = Block(caption.kind, text, caption.lines + block.lines, caption.width, caption.gap_before)
            del blocks[k]
            del roles[k]
            continue
        if roles[k - 1] != _Role.CAPTION or roles[k] != _Role.BODY or len(block.lines) < 2:
            continue
        if not CREDIT_LINE.fullmatch(block.lines[0].text.strip()):
            continue
        caption = blocks[k - 1]
        credit = block.lines[0]
        text = _join_text(caption.text, credit.text.strip())
        blocks[k - 1] = Block(caption.kind, text, caption.lines + [credit], caption.width, caption.gap_before)
        blocks[k] = _sub_block(block, block.lines[1:], block.kind)


def _lone_credit_under(caption: Block, block: Block) -> bool:
    """Whether ``block`` is only a photo credit printed on the line right under ``caption``,
    a caption that ends a sentence and holds no credit of its own."""
    if not block.lines or not caption.lines or not CREDIT_LINE.fullmatch(block.text.strip()):
        return False
    if not caption.lines[-1].number < block.lines[0].number <= caption.lines[-1].number + CREDIT_UNDER_LINES:
        return False
    text = caption.text.strip()
    after_opening = text[2:] if _CAPTION_OPENS.match(text) else text  # 图为… marks it, but is no credit
    return has_cjk(text) and ends_sentence(text) and not CAPTION_MARK.search(after_opening)


def _merge_caption_pieces(blocks: list[Block], roles: list[str]) -> None:
    """Join the first piece of a caption that rejoin cut off back onto the caption.

    A piece that stops mid-sentence, printed right above (no blank line) a caption that does
    not start one itself (图为…), is the caption's beginning; so is one printed apart from it
    when the story prints the two as one run of text (the caption quotes it across them).
    """
    k = len(blocks) - 1
    while k > 0:
        prev, cur = blocks[k - 1], blocks[k]
        if (
            roles[k] == _Role.CAPTION
            and roles[k - 1] in (_Role.HEAD, _Role.BODY, _Role.CAPTION)
            and not cur.text.startswith("图为")
            and not ends_sentence(prev.text)
            and not CAPTION_MARK.search(prev.text)
            and not starts_article(prev.text)
            and not _fake_bold_latin(prev)
            and len(_compact(prev.text)) + len(_compact(cur.text)) <= CAPTION_MAX_CHARS
            and ((not cur.gap_before and _same_column(prev, cur)) or _quoted_across(k, blocks, roles))
        ):
            blocks[k - 1] = Block(
                BlockKind.CAPTION, _join_text(prev.text, cur.text), prev.lines + cur.lines, prev.width, prev.gap_before
            )
            roles[k - 1] = _Role.CAPTION
            del blocks[k]
            del roles[k]
        k -= 1


def _quoted_across(k: int, blocks: list[Block], roles: list[str]) -> bool:
    """Whether a body block prints block ``k - 1`` and the start of caption ``k`` as one
    run of text: the caption quotes its story across the two, so the first is its first
    piece, wherever the page printed it (layout text may set a caption's first line apart).
    The story is looked for CAPTION_QUOTE_REACH blocks either way, as in _quotes_nearby."""
    head = _compact(blocks[k - 1].text)
    if len(head) < QUOTE_MIN_CHARS:
        return False
    seam = head + _compact(blocks[k].text)[:QUOTE_MIN_CHARS]
    reach = range(max(0, k - CAPTION_QUOTE_REACH), min(len(blocks), k + CAPTION_QUOTE_REACH + 1))
    return any(roles[j] == _Role.BODY and seam in _compact(blocks[j].text) for j in reach)


def _fake_bold_latin(block: Block) -> bool:
    """A Latin block all of whose lines were printed in fake bold: a headline set in its own
    type, never the opening piece of a caption in roman (pdftotext -raw prints a photo's
    caption right under the headline above it, with no blank line between)."""
    return bool(block.lines) and all(line.bold for line in block.lines) and not has_cjk(block.text)


def _pull_quotes(blocks: list[Block], roles: list[str]) -> list[list[int]]:
    """Runs of headline lines that a body block prints word for word: pull quotes.

    A pull quote repeats a sentence of its story in large type between the columns,
    wrapped over a few short lines (亲情仍在，有了多样的 / 实现方式，这是好事), which rejoin
    reads as headline lines. A title is not printed again verbatim inside the text over two
    lines or more (one line may be: a story often repeats its title), so the longest run of
    PULL_QUOTE_MIN_LINES to PULL_QUOTE_MAX_LINES headline lines whose text a body block
    near it holds is one quote: a paragraph of that block's story.
    """
    quotes: list[list[int]] = []
    k = 0
    while k < len(blocks):
        if roles[k] != _Role.HEAD:
            k += 1
            continue
        end = k
        while end + 1 < len(blocks) and roles[end + 1] == _Role.HEAD:
            end += 1
        found: list[int] = []
        for lo in range(k, end):
            for hi in range(min(end, lo + PULL_QUOTE_MAX_LINES - 1), lo + PULL_QUOTE_MIN_LINES - 2, -1):
                if hi - lo < len(found):
                    break
                text = _join_lines([blocks[i].text for i in range(lo, hi + 1)])
                if _quoting_body(_compact(text), blocks, roles, lo) is not None:
                    found = list(range(lo, hi + 1))
        if found:
            quotes.append(found)
        k = end + 1
    return quotes


def _quoting_body(quote: str, blocks: list[Block], roles: list[str], index: int) -> int | None:
    """The nearest body block that prints ``quote`` inside a longer text, looking
    CAPTION_QUOTE_REACH blocks either way (a quote stands near its story)."""
    if len(quote) < QUOTE_MIN_CHARS:
        return None
    reach = range(max(0, index - CAPTION_QUOTE_REACH), min(len(blocks), index + CAPTION_QUOTE_REACH + 1))
    near = sorted(reach, key=lambda j: (abs(j - index), j))
    for j in near:
        if roles[j] == _Role.BODY:
            body = _compact(blocks[j].text)
            if len(body) > len(quote) and quote in body:
                return j
    return None


def _quoted_body(index: int, blocks: list[Block], roles: list[str]) -> int | None:
    """The nearest body block that prints the whole sentences of caption ``index`` (its
    opening 图为 and its credit left out), a copy of the same length included."""
    said = _CAPTION_OPENS.sub("", "".join(_sentences(_compact(blocks[index].text))), count=1)
    if len(said) < QUOTE_MIN_CHARS:
        return None
    reach = range(max(0, index - CAPTION_QUOTE_REACH), min(len(blocks), index + CAPTION_QUOTE_REACH + 1))
    for j in sorted(reach, key=lambda j: (abs(j - index), j)):
        if roles[j] == _Role.BODY and said in _compact(blocks[j].text):
            return j
    return None


def _same_column(upper: Block, lower: Block) -> bool:
    """Whether ``upper`` ends with a full line of the column ``lower`` starts in."""
    if not upper.lines or not lower.lines:
        return False
    above = display_width(upper.lines[-1].text.strip())
    below = max(display_width(line.text.strip()) for line in lower.lines)
    return abs(above - below) <= 2


# -- roles -------------------------------------------------------------------------------


def _roles(blocks: list[Block]) -> list[str]:
    column = _body_column(blocks)
    body_text = [_compact(b.text) for b in blocks]
    set_as_body = [_set_as_body(block, column) for block in blocks]
    roles = [_role(block, i, column, body_text, set_as_body) for i, block in enumerate(blocks)]
    for i, block in enumerate(blocks):
        if roles[i] != _Role.HEAD:
            continue
        if _sentence_piece(block, column):
            # One full line may be a title as wide as the column; a body block must follow.
            if len(block.lines) > 1 or (i + 1 < len(blocks) and roles[i + 1] == _Role.BODY):
                roles[i] = _Role.BODY
        elif 0 < i < len(blocks) - 1 and roles[i - 1] == roles[i + 1] == _Role.BODY and _crosshead(*blocks[i - 1 : i + 2]):
            roles[i] = _Role.BODY
    _type_twins(blocks, roles, body_text, column)
    return roles


def _type_twins(blocks: list[Block], roles: list[str], body_text: list[str], column: float) -> None:
    """Type the two copies of a paragraph printed twice word for word (a caption quoting its
    story's paragraph whole): the copy set in at its first line is the paragraph, the one
    set flush the caption, whatever the columns around them measure. Only CJK text: set
    on a fixed pitch, its lines show the indent in their widths (roman lines do not). When
    nothing tells and the paragraph comes right after its copy, the copy is the caption,
    printed before the text its photo stands over (generated pages: 4 captions more right,
    none wrong; benchmark sets unchanged)."""
    copies: dict[str, list[int]] = {}
    for i, text in enumerate(body_text):
        if roles[i] in (_Role.BODY, _Role.CAPTION) and len(text) >= QUOTE_MIN_CHARS:
            copies.setdefault(text, []).append(i)
    for text, pair in copies.items():
        if len(pair) != 2 or not has_cjk(text) or len(text) > CAPTION_MAX_CHARS or not ends_sentence(text):
            continue
        indented = [_set_in(blocks[i], column) for i in pair]
        if indented == [True, True]:
            continue  # (both set in: two paragraphs, neither a caption)
        if None not in indented and indented[0] != indented[1]:
            flush: int | None = 1 if indented[0] else 0
        else:
            flush = _flush_twin([blocks[i] for i in pair], column)
        if flush is None and pair[1] == pair[0] + 1:
            # Nothing tells, and the paragraph follows its copy right away: a photo's caption
            # printed before the text it stands over, quoting its first paragraph whole.
            flush = 0
        if flush is not None:
            roles[pair[1 - flush]], roles[pair[flush]] = _Role.BODY, _Role.CAPTION


def _flush_twin(copies: list[Block], column: float) -> int | None:
    """Which of two copies of a paragraph printed twice is the caption when their widths
    against the page's column do not tell (a story set in a measure of its own, a photo
    wider than the column): a copy whose own three lines or more show it set flush (or set
    in) tells by itself; else the copy whose first line stands TWIN_INDENT_EMS wider than
    the other's, on no more lines, is the caption, set flush where the paragraph's first
    line is set in (and in type no larger). None when nothing tells."""
    told = [_own_indent(block) for block in copies]
    if told.count(None) == 1:
        k = 0 if told[0] is not None else 1
        return k if told[k] is False else 1 - k
    if None not in told:
        return None
    first = [display_width(block.lines[0].text.strip()) for block in copies]
    wider = 0 if first[0] > first[1] else 1
    if abs(first[0] - first[1]) >= TWIN_INDENT_EMS and len(copies[wider].lines) <= len(copies[1 - wider].lines):
        return wider
    return None


def _own_indent(block: Block) -> bool | None:
    """Whether a block of three lines or more shows its first line set in against its own
    lines (True: short by TWIN_INDENT_EMS or more) or flush (False: as wide as the widest of
    them); None for fewer lines or a first line short by less (pushed short, not set in)."""
    widths = [display_width(line.text.strip()) for line in block.lines]
    if len(widths) < 3:
        return None
    short = max(widths[1:-1]) - widths[0]
    return True if short >= TWIN_INDENT_EMS else False if short <= 0 else None


def _set_in(block: Block, column: float) -> bool | None:
    """Whether a block's first line is set in against its other lines (a paragraph's indent,
    True) or flush (False); None when its lines do not tell (one line)."""
    widths = [display_width(line.text.strip()) for line in block.lines]
    if len(widths) >= 3:
        return max(widths[1:-1]) - widths[0] >= TWIN_INDENT_EMS
    if len(widths) < 2 or not column:
        return None
    # Two lines: the second may be a paragraph's short last line, so the first is measured
    # against the page's body column: set in as a paragraph's, or reaching it (or past it).
    if _set_as_body(block, column):
        return True
    return False if widths[0] >= column - 1 else None


def _unglue_titles_over_leads(blocks: list[Block], roles: list[str]) -> None:
    """Turn each title that rejoin read as a paragraph (see _title_over_lead) back into headline lines,
    one block a line as headlines come (kicker and title; attaching joins a wrapped title)."""
    for i in range(len(blocks) - 2, -1, -1):
        if roles[i] == _Role.BODY and _title_over_lead(blocks[i], blocks[i + 1]):
            lines = [_sub_block(blocks[i], [line], BlockKind.HEADLINE) for line in blocks[i].lines]
            blocks[i : i + 1] = lines
            roles[i : i + 1] = [_Role.HEAD] * len(lines)


def _unglue_titles_over_captions(blocks: list[Block], roles: list[str]) -> None:
    """Cut the title lines that pdftotext printed at the top of a caption's block back out of it.

    A photo set under a title with its caption beside it puts the caption's first line
    right under the title's last line, so pdftotext prints the two in one block (…当地积极
    救灾 / 有效降低损失 / 今年1月中旬以 / 来，青海省…). The caption quotes its story, or
    opens on 图为: the lines before that are a headline when they read as one (short, no
    sentence end, no clause mark) and the quote does not take them in (the story prints
    neither them and the quote, nor the text across their last line end, as one run). A
    block read as body text for the title lines over it is cut so too when the rest is as
    short as a caption.
    """
    candidates = [
        i
        for i, block in enumerate(blocks)
        if roles[i] in (_Role.CAPTION, _Role.BODY) and len(block.lines) >= 2 and _title_line(block.lines[0].text.strip())
    ]
    if not candidates:
        return
    column = _body_column(blocks)
    body_text = [_compact(b.text) for b in blocks]
    set_as_body = [_set_as_body(block, column) for block in blocks]
    for i in reversed(candidates):
        if not has_cjk(blocks[i].text):
            continue
        k = _title_lines_over_caption(blocks[i], i, body_text, set_as_body)
        if k:
            block = blocks[i]
            heads = [_sub_block(block, [line], BlockKind.HEADLINE) for line in block.lines[:k]]
            caption = _sub_block(block, block.lines[k:], BlockKind.CAPTION if roles[i] == _Role.BODY else block.kind)
            if roles[i] == _Role.BODY and len(_compact(caption.text)) > _caption_limit(caption.text):
                continue  # (read as body text: what follows the title lines is no caption)
            blocks[i : i + 1] = heads + [caption]
            roles[i : i + 1] = [_Role.HEAD] * k + [_Role.CAPTION]
            body_text[i : i + 1] = [_compact(b.text) for b in heads + [caption]]
            set_as_body[i : i + 1] = [False] * (k + 1)


def _title_lines_over_caption(block: Block, index: int, body_text: list[str], set_as_body: list[bool]) -> int:
    """How many of the block's first lines are title lines over its caption (0: none)."""
    if _CAPTION_OPENS.match(_compact(block.text)):
        return 0  # the caption opens the block
    wider = 0  # title lines that stand wider than the caption under them, if nothing says more
    for k in range(1, min(TITLE_OVER_CAPTION_MAX_LINES, len(block.lines) - 1) + 1):
        text = _text_of(block, block.lines[:k])
        if not _title_line(block.lines[k - 1].text.strip()):
            return wider
        rest = _compact(_text_of(block, block.lines[k:]))
        # The lines as the story would print them, were they the caption's start: a deck's
        # bullet (■英国经济学家 / 普遍认为，…) is not printed there.
        head = _BULLETS.sub("", _compact(text))
        if _CAPTION_OPENS.match(rest):
            return k
        if _wider_than_caption(block, k):
            wider = k
        said = "".join(_sentences(rest))
        if (
            said
            and rest.startswith(said)
            and _quotes_nearby(said, index, body_text, set_as_body)
            and not _printed_nearby(head + said, index, body_text, set_as_body)
            and not _printed_nearby(head[-QUOTE_MIN_CHARS:] + said[:QUOTE_MIN_CHARS], index, body_text, set_as_body)
        ):
            return k
    return wider


def _wider_than_caption(block: Block, k: int) -> bool:
    """Whether the block's first ``k`` lines stand wider than every line after them, which
    end in a photo credit: lines set over the caption's measure, not in it. The last of them
    may instead fall short of that measure (a wrapped title's last line, 护工作): a caption
    opens on a full line."""
    below = [line.text.strip() for line in block.lines[k:]]
    if len(below) < 3 or not has_cjk(block.text) or not CAPTION_MARK.search(" ".join(below)):
        return False
    # The caption's measure, which two of its lines reach (its last line may be short, a
    # letter-spaced line with figures measures short).
    widths = [display_width(line) for line in below[:-1]]
    measure = max(widths)
    if sum(1 for w in widths if w >= measure - 0.5) < 2:
        return False
    over = [display_width(line.text.strip()) >= measure + TITLE_OVER_CAPTION_WIDER_EMS for line in block.lines[:k]]
    if k >= 2 and all(over[:-1]) and display_width(block.lines[k - 1].text.strip()) < measure - FULL_SLACK:
        return True
    return all(over)


def _title_line(line: str) -> bool:
    """Whether a line at the top of a caption's block reads as a title line: no sentence end,
    no clause mark (a title quoting someone, “城里安了家，就在这过年”, may hold a comma), a
    headline's words or a column tag wrapped onto a line of its own (（今日谈））."""
    quoted = _QUOTED_TITLE.fullmatch(line) is not None
    if len(_compact(line)) < 2 or ends_sentence(line) or (any(mark in line for mark in _TITLE_LINE_STOPS) and not quoted):
        return False
    return _reads_as_headline(line) or _TAG.fullmatch(line) is not None


def _printed_nearby(compact: str, index: int, body_text: list[str], set_as_body: list[bool]) -> bool:
    """Whether a block near block ``index`` prints ``compact``, a copy as a whole block included."""
    lo, hi = max(0, index - CAPTION_QUOTE_REACH), min(len(body_text), index + CAPTION_QUOTE_REACH + 1)
    return _quotes_nearby(compact, index, body_text, set_as_body) or any(
        compact in body_text[j] for j in range(lo, hi) if j != index
    )


def _title_over_lead(block: Block, below: Block) -> bool:
    """A "paragraph" of short unpunctuated lines right over a story's lead (本报南宁…电),
    or of two lines or more set apart by blank lines above and below (a photo may stand
    between a title and its story): a title that rejoin read as one paragraph. A
    paragraph's text goes on into the next one or ends a sentence; it never runs into a
    lead unfinished, nor stops unfinished, without a clause mark, alone between blank lines."""
    text = block.text.strip()
    if block.kind is not BlockKind.PARAGRAPH or not has_cjk(text):
        return False
    if not starts_article(below.text.strip()) and not (block.gap_before and below.gap_before and len(block.lines) >= 2):
        return False
    if ends_sentence(text) or any(mark in text for mark in _CLAUSE_MARKS) or not _reads_as_headline(text):
        return False
    return all(len(_compact(line.text)) <= TITLE_LINE_MAX_CHARS for line in block.lines)


def _crosshead(above: Block, block: Block, below: Block) -> bool:
    """A Chinese crosshead (小标题) between two paragraphs of one story: a heading wrapped
    at the edge of the column the story's text is set in, in larger type (so fewer
    characters a line), with the story going on below it.

    A story's own title is set across its columns, or stands above the story's first
    paragraph rather than between two paragraphs; a title wrapped in one column over text
    that opens a story of its own (本报讯…) is not a crosshead, nor is one after a note
    that ends a story (（作者为…）). On the dev pages every heading wrapped in the column
    between two paragraphs (9 of them) is a crosshead: the gold keeps it as a paragraph.
    """
    text = block.text.strip()
    if len(block.lines) < 2 or not has_cjk(text) or starts_article(below.text) or bracketed_note(above.text.strip()):
        return False
    column = _own_column(below) or _own_column(above)
    widths = [display_width(line.text.strip()) for line in block.lines]
    first, widest = widths[0], max(widths)
    if not (column > 0 and widest <= column and first >= column * CROSSHEAD_MIN_FILL):
        return False
    # Set as a paragraph of the column: its first line indented, the lines after it full.
    indented = column - CROSSHEAD_INDENT_MAX <= first <= column - CROSSHEAD_INDENT_MIN
    return indented and all(abs(w - column) <= FULL_SLACK for w in widths[1:-1])


def _own_column(block: Block) -> float:
    """The width (ems) of the column a paragraph is set in: the most common width of its
    lines before the last, 0 for a one-line block."""
    widths = [display_width(line.text.strip()) for line in block.lines[:-1]]
    return _mode_width(widths) if widths else 0.0


def _sentence_piece(block: Block, column: float) -> bool:
    """A "headline" of full body lines cut mid-sentence (蔡丽芬要求，要强化组织领导认): a
    piece of a paragraph whose continuation was printed elsewhere."""
    text = block.text.strip()
    if "，" not in text or not is_cjk(text[-1]) or not column:
        return False
    widths = [display_width(line.text.strip()) for line in block.lines]
    if len(widths) > 1 and column - 3 <= widths[0] < column - 1:
        widths = widths[1:]  # a paragraph's first line, two ems short of the column
    return all(column - 1 <= width <= column + 1 for width in widths)


def _role(block: Block, index: int, column: float, body_text: list[str], set_as_body: list[bool]) -> str:
    text = block.text.strip()
    compact = _compact(text)
    if _JUMP.fullmatch(text) or (_JUMP.search(text) and len(compact) <= 14):
        return _Role.JUMP
    if PAGE_FURNITURE.match(text):
        return _Role.FURNITURE
    if _is_caption(block, index, column, body_text, set_as_body):
        return _Role.CAPTION
    if block.kind is BlockKind.CAPTION and len(compact) <= _caption_limit(text):
        return _Role.CAPTION
    if block.kind in (BlockKind.HEADLINE, BlockKind.SECTION) and _reads_as_headline(text):
        return _Role.HEAD
    return _Role.BODY


def _reads_as_headline(text: str) -> bool:
    """A line that can be a kicker, title or subtitle rather than a piece of body text."""
    if len(_compact(text)) > (HEADLINE_MAX_CHARS if has_cjk(text) else LATIN_HEADLINE_MAX_CHARS):
        return False
    if starts_article(text):
        return False
    untagged = _TAG.sub("", text) if len(_compact(_TAG.sub("", text))) >= 4 else text  # 写照（记者手记）
    if _BYLINE_NOTE.search(untagged) and has_cjk(text):
        return False
    kicker = text.endswith("——")  # 全国政协委员吴明—— above the title
    if (text.endswith(tuple(_OPEN_END)) and not kicker) or text.endswith(("。", ",", ";")):
        return False
    if _INNER_SENTENCE.search(text):
        return False
    if not has_cjk(text):
        if text[:1].islower() or ends_sentence(text):
            return False
        if CUT_WORD_END.search(text):
            return False  # a word cut at the line end: its text goes on elsewhere
    return True


def _is_caption(block: Block, index: int, column: float, body_text: list[str], set_as_body: list[bool]) -> bool:
    text = block.text.strip()
    compact = _compact(text)
    if not compact or len(compact) > _caption_limit(text):
        return False
    if CJK_LEAD.match(text):
        # A story's lead (新华社电…) is a caption only where it quotes its story word for word.
        return ends_sentence(text) and _quotes_nearby(compact, index, body_text, set_as_body)
    if CAPTION_MARK.search(text) or _credit_wrapped(block):
        return True
    if not (ends_sentence(text) or _CREDIT_TAIL.search(text)):
        return False
    if _CREDIT_TAIL.search(text) and ends_sentence(text.rsplit(None, 1)[0]):
        return True
    if _quotes_nearby(compact, index, body_text, set_as_body):
        return True
    # A few lines set in a column much narrower than the page's body columns.
    if column and len(block.lines) >= 2 and has_cjk(text):
        widest = max(display_width(line.text.strip()) for line in block.lines)
        if widest <= column * CAPTION_NARROW_RATIO:
            return True
    return False


def _credit_wrapped(block: Block) -> bool:
    """A CJK block whose photo credit wrapped at its 摄 (…上交融。 刘洋 / 摄): joined as CJK
    lines are, the credit loses the space that marks it; its lines read apart keep it."""
    lines = block.lines
    if len(lines) < 2 or not has_cjk(block.text):
        return False
    last, before = lines[-1].text.strip(), lines[-2].text.strip()
    if not _LONE_MARK.fullmatch(last):
        return False
    # 上交融。 刘洋 / 摄, or 上交融。 / 刘洋 / 摄
    return _NAME_AFTER_SENTENCE.search(before) is not None or (
        len(lines) >= 3 and _LONE_NAME.fullmatch(before) is not None and ends_sentence(lines[-3].text.strip())
    )


def _quotes_nearby(compact: str, index: int, body_text: list[str], set_as_body: list[bool]) -> bool:
    """Whether block ``index`` repeats text a block near it prints (captions often quote
    their story). The story stands near its caption: looking CAPTION_QUOTE_REACH blocks
    either way keeps the search linear in the page. Each side is read as one text, as the
    quoted paragraph may be in pieces there."""
    if len(compact) < QUOTE_MIN_CHARS:
        return False
    lo, hi = max(0, index - CAPTION_QUOTE_REACH), min(len(body_text), index + CAPTION_QUOTE_REACH + 1)
    # A caption marked as one (图为…, …摄) that holds this text quotes it: this is the
    # paragraph it quotes (dev pages: a story's first paragraph under 图为 + the paragraph).
    for j in range(lo, hi):
        if j != index and body_text[j] != compact and compact in body_text[j] and _MARKED_CAPTION.search(body_text[j]):
            return False
    for side in (range(lo, index), range(index + 1, hi)):
        if compact in "".join(body_text[j] for j in side if body_text[j] != compact):
            return True
        # A whole paragraph printed twice word for word (a caption quoting it): the copy
        # set as a body paragraph of the column is the paragraph, the other the caption.
        if not set_as_body[index] and any(body_text[j] == compact and set_as_body[j] for j in side):
            return True
    return False


def _set_as_body(block: Block, column: float) -> bool:
    """Whether a block is set as a paragraph of the page's body column: its first line two
    ems or so short (the indent), the lines after it reaching the column edge."""
    if not column or len(block.lines) < 2:
        return False
    widths = [display_width(line.text.strip()) for line in block.lines]
    first, middle = widths[0], widths[1:-1]
    return column - INDENT_MAX_EMS <= first <= column - 1 and all(abs(w - column) <= 1 for w in middle)


def _caption_limit(text: str) -> float:
    return CAPTION_MAX_CHARS * (1 if has_cjk(text) else CAPTION_LATIN_FACTOR)


def _body_column(blocks: list[Block]) -> float:
    """The most common width of body lines on the page (in ems), 0 when unknown."""
    counts: dict[int, int] = {}
    for block in blocks:
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) < 3:
            continue
        for line in block.lines[:-1]:
            w = round(display_width(line.text.strip()))
            counts[w] = counts.get(w, 0) + 1
    if not counts:
        return 0.0
    return float(max(counts, key=lambda w: (counts[w], w)))


# -- stories -----------------------------------------------------------------------------


_CLAUSE_SPLIT = re.compile(r"[，。；！？：、]")


def _clause_counts(blocks: list[Block]) -> dict[str, int]:
    """How often each clause (text between commas or sentence ends, QUOTE_MIN_CLAUSE
    characters or more) occurs on the page (one pass)."""
    counts: dict[str, int] = {}
    for block in blocks:
        for clause in _CLAUSE_SPLIT.split(_compact(block.text)):
            if len(clause) >= QUOTE_MIN_CLAUSE:
                counts[clause] = counts.get(clause, 0) + 1
    return counts


def _quotes_the_page(deck: Block, clauses: dict[str, int]) -> bool:
    """Whether the page prints the deck's words again elsewhere (each of its clauses occurs
    twice or more): a summary set large between a story's columns (a pull quote), not the
    head of its story."""
    own = [c for c in _CLAUSE_SPLIT.split(_compact(deck.text)) if len(c) >= QUOTE_MIN_CLAUSE]
    return bool(own) and all(clauses.get(c, 0) > 1 for c in own)


def _deck(lines: list[Line]) -> bool:
    """Whether a "headline" block's lines are one sentence wrapped: a line stops at a
    comma, or the text holds a comma and a word runs across a line end (…结构的变 / 化和…)."""
    texts = [line.text.strip() for line in lines]
    if any(text.endswith(_CLAUSE_MARKS) for text in texts[:-1]):
        return True
    return any("，" in text for text in texts) and any(spans_word(a, b) for a, b in pairwise(texts))


def _stories(blocks: list[Block], roles: list[str], decks: set[int]) -> list[_Story]:
    """Cut the body blocks into stories at their anchors.

    A story starts at an article start (本报讯, ``By …``) and after headline lines standing
    between two bodies. A run of body text with neither is not cut by its vocabulary here:
    on the dev pages a block's share of words with the story before it told a new story
    from the same one right only ~88 % of the time, and the wrong cuts cost more whole
    articles than the right ones gained; :func:`_split_by_headlines` cuts where two
    headlines say so.
    """
    stories: list[_Story] = []
    current: _Story | None = None
    headline_since = False
    prev_byline = False
    closed = False  # the last block was a note that ends a story (（本报巴黎2月11日电）, （作者为…）)
    captioned = False  # a caption since the last body block quotes text printed after it
    inside = _printed_inside_paragraphs(blocks, roles)
    for i, block in enumerate(blocks):
        role = roles[i]
        if role in (_Role.HEAD, _Role.QUOTE) and i in inside:
            continue  # printed amid a paragraph's lines: it opens no story there
        if role in (_Role.HEAD, _Role.QUOTE):
            # (A pull quote stands between the columns where headlines do.)
            headline_since = True
            continue
        if role == _Role.CAPTION and current is not None:
            captioned = captioned or _heads_column(i, blocks, roles)
            continue
        if role != _Role.BODY:
            continue
        lead = bool(starts_article(block.text)) or id(block) in decks or _summary(blocks, i)
        # Text opening mid-sentence after a headline is a column of the story before it
        # that the headline was printed above, not a story's start.
        afresh = headline_since and not starts_mid_sentence(block.text)
        if current is None or afresh or closed or captioned or (lead and not prev_byline):
            current = _Story(lead=lead)
            stories.append(current)
        current.body.append(i)
        current.features |= _features(block.text)
        headline_since = False
        captioned = False
        prev_byline = bool(is_byline(block.text.strip()))
        closed = bracketed_note(block.text.strip())
    return stories


def _heads_column(index: int, blocks: list[Block], roles: list[str]) -> bool:
    """Whether caption ``index`` quotes whole sentences of one of the CAPTION_COLUMN_BLOCKS
    body blocks printed right under it (and the captions with it): set over its story's
    column, where that story's text starts."""
    below = index + 1
    while below < len(blocks) and roles[below] == _Role.CAPTION:
        below += 1
    if below == len(blocks) or roles[below] != _Role.BODY:
        return False
    quoted = _quoted_body(index, blocks, roles)
    return quoted is not None and below <= quoted < below + CAPTION_COLUMN_BLOCKS


def _printed_inside_paragraphs(blocks: list[Block], roles: list[str]) -> set[int]:
    """The headline blocks whose lines were printed between two lines of one body paragraph
    (a title among a column's lines, cut out of the sentence that runs around it)."""
    gaps = sorted(
        (a.number, b.number)
        for block, role in zip(blocks, roles)
        if role == _Role.BODY
        for a, b in pairwise(block.lines)
        if b.number > a.number + 1
    )
    starts = [low for low, _ in gaps]
    body_lines = sorted(line.number for block, role in zip(blocks, roles) if role == _Role.BODY for line in block.lines)
    inside = set()
    for i, (block, role) in enumerate(zip(blocks, roles)):
        if role != _Role.HEAD or not block.lines:
            continue
        first, last = block.lines[0].number, block.lines[-1].number
        k = bisect.bisect_left(starts, first) - 1
        if k >= 0 and gaps[k][0] < first and last < gaps[k][1] and not _body_printed_between(body_lines, *gaps[k]):
            inside.add(i)
    return inside


def _body_printed_between(body_lines: list[int], low: int, high: int) -> bool:
    """Whether a line of body text was printed between lines ``low`` and ``high`` (of one
    paragraph): its two parts were joined across other text, a column resumed elsewhere,
    not a title set amid a column's lines (INSIDE_ONLY_AMID_LINES)."""
    if not INSIDE_ONLY_AMID_LINES:
        return False
    k = bisect.bisect_right(body_lines, low)
    return k < len(body_lines) and body_lines[k] < high


def _summary(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` is a story's summary set before its text (■英国经济学家普遍认为，…):
    it opens as a lead does. A paragraph next to another marked so is an item of a list."""

    def marked(j: int) -> bool:
        return 0 <= j < len(blocks) and blocks[j].text.lstrip().startswith(SUMMARY_MARK)

    return marked(i) and not marked(i - 1) and not marked(i + 1)


def _split_by_headlines(blocks: list[Block], roles: list[str], stories: list[_Story]) -> list[_Story]:
    """Cut stories that drew the headlines of two stories into one story per headline.

    Two stories printed one after the other with no lead and no headline between them
    (their headlines stand elsewhere on the page) come out of :func:`_stories` as one; the
    headlines they draw by their words tell them apart: the story is cut where the text
    before matches one headline and the text after another. Text right after the cut that
    matches neither is a third story's column printed between them (:func:`_place_middles`).
    """
    parts = _make_parts(blocks, roles, stories)
    pieces = {piece[0]: piece for piece in _attach_headlines(parts, [], crowd=True)}
    idf = _idf(_features(blocks[i].text) for story in stories for i in story.body)
    out: list[_Story] = []
    borrowed = _borrowed_heads(pieces, parts)
    for s, story in enumerate(stories):
        heads = []
        near: list[bool] = []  # each headline printed right over (or under) the story
        for i in sorted(story.heads):
            if i not in pieces:
                continue
            piece = pieces[i]
            if _SPEECH_KICKER.search(blocks[piece[-1]].text.strip()):
                # A kicker that reports a speech (…会议时强调) leads into its story's title:
                # the two draw one story, not two.
                continue
            beside = (
                parts.blocks_set_apart
                or not has_cjk(blocks[piece[0]].text)  # (a Latin title and its deck read apart)
                or s in (parts.story_after[piece[-1]], parts.story_before[piece[0]])
            )
            # On a page that does not set its blocks apart (-raw text prints a page's
            # headlines together, after its stories), a run of headline lines printed away
            # from the story its words gave it to may hold the titles of several stories run
            # together: each line is read on its own. (-raw pages: 4 pages gain 1-2 whole
            # articles, 1 loses one, a title and subtitle reading like two parts of their
            # story; on pages set apart in blocks a title stands over its story and a kicker
            # over a title often reads like another part of the story than the title does.)
            lines = [line for line in piece if not _SPEECH_KICKER.search(blocks[line].text.strip())]
            titles = _titles_in(piece=lines, blocks=blocks)
            stacked = beside and has_cjk(blocks[piece[0]].text) and len(titles) >= STACKED_TITLES_MIN
            if not beside:
                added = [parts.features([line]) for line in lines]
            elif stacked:
                added = [parts.features(title) for title in titles]
            else:
                added = [parts.features(piece)]
            heads.extend(added)
            close = s in (parts.story_after[piece[-1]], parts.story_before[piece[0]])
            near.extend([close and not stacked] * len(added))
        own = len(heads)
        lent: list[int] = []  # the headline block of each borrowed piece, in ``heads`` order
        for piece in borrowed.get(s, [])[: max(0, SPLIT_MAX_HEADS - len(heads))]:
            heads.append(parts.features(piece))
            near.append(False)
            lent.append(piece[0])
        cut = _cut_story(story, heads, blocks, idf, parts.blocks_set_apart, near)
        if BORROWED_PART_HINT and lent and len(cut) > 1:
            for part in cut:
                if part.middle or not part.body:
                    continue
                feats = [_features(blocks[i].text) for i in part.body]
                use = [math.fsum(_similarity(head, f, idf) for f in feats) for head in heads]
                best = max(range(len(heads)), key=lambda h: (use[h], -h))
                if best >= own:
                    part.lent_by = lent[best - own]
        out.extend(cut)
    for story in out:
        story.heads = []  # attached again to the stories as cut
    _place_middles(blocks, out)
    return [story for story in out if story.body]


def _titles_in(piece: list[int], blocks: list[Block]) -> list[list[int]]:
    """The titles of a run of headline blocks: a block goes on the title above it when it
    follows with no blank line and that title wraps into it (:func:`_wrapped`)."""
    titles: list[list[int]] = []
    for j in piece:
        last = titles[-1][-1] if titles else None
        wraps = last is not None and _wrapped(blocks[last].text.strip(), blocks[j].text.strip())
        if wraps and j == last + 1 and not blocks[j].gap_before:
            titles[-1].append(j)
        else:
            titles.append([j])
    return titles


def _borrowed_heads(pieces: dict[int, list[int]], parts: _Parts) -> dict[int, list[list[int]]]:
    """Story -> the Chinese headline pieces attached to other stories whose words it reads
    like too (BORROW_MIN_SCORE): a column of their story may run on after its text with no
    headline between (BORROW_HEADS). Each piece is scored once, against the stories sharing
    its words."""
    borrowed: dict[int, list[list[int]]] = {}
    if not BORROW_HEADS:
        return borrowed
    owner = {i: t for t, story in enumerate(parts.stories) for i in story.heads}
    for first, piece in pieces.items():
        t = owner.get(first)
        if t is None or not has_cjk(parts.blocks[first].text):
            continue
        for s, score in parts.scores(parts.features(piece)).items():
            if s != t and score >= BORROW_MIN_SCORE:
                borrowed.setdefault(s, []).append(piece)
    return borrowed


def _place_middles(blocks: list[Block], stories: list[_Story]) -> None:
    """Give each run cut out between two headlines' stories (reading like neither) to the
    story whose rare phrases it clearly shares most, or back to the story after it (in
    Latin text, the story before it when it opens with a connective: :func:`_goes_on_before`)."""
    if not any(story.middle for story in stories):
        return
    phrases = {t: _phrase_union(blocks, story.body, _trigrams) for t, story in enumerate(stories)}
    tried = 0
    for k, story in enumerate(stories):
        if not story.middle:
            continue
        story.middle = False
        tried += 1
        texts = {t: phrases[t] for t, other in enumerate(stories) if t != k and other.body} if tried <= RESUMED_MAX_RUNS else {}
        grams = phrases[k]
        score = _phrase_scores(grams, texts)
        ranked = sorted(score, key=lambda t: (-score[t], t))
        after = k + 1 if k + 1 < len(stories) else None
        if k > 0 and _goes_on_before(blocks[story.body[0]].text):
            after = k - 1  # (the fallback: the story printed before it, which it goes on)
        target = ranked[0] if ranked else after
        if target is None:
            continue
        if score.get(target, 0.0) < RESUMED_MIN_PHRASES or (len(ranked) > 1 and score[target] < RESUMED_RATIO * score[ranked[1]]):
            target = after
        if target is None or target == k:
            continue
        other = stories[target]
        other.body = sorted(other.body + story.body)
        other.features |= story.features
        phrases[target] = phrases[target] | grams
        story.body = []


def _goes_on_before(text: str) -> bool:
    """Whether Latin ``text`` opens with a word that joins it to what went before (``But``,
    ``And``, ``However,``): no story opens so, so a run cut out between two stories that
    opens so goes on the story before it. (English -raw pages: 1 such run, right.)"""
    return not has_cjk(text) and _CONNECTIVE_OPENING.match(text.strip()) is not None


def _cut_story(
    story: _Story,
    heads: list[set[str]],
    blocks: list[Block],
    idf: dict[str, float],
    set_apart: bool = False,
    near: list[bool] | None = None,
) -> list[_Story]:
    """Cut ``story`` where its text before and after match different headlines, recursively.

    Each block scores each headline by the share of the headline's vocabulary it uses; for
    two headlines the cut is where the blocks before lean most to one and the blocks after
    to the other (a change point, found with running sums).

    On a page that sets its blocks apart with blank lines (``set_apart``) the cut falls only
    before a block printed apart from the one before it (a blank line, or other text
    between): two stories run on in one column with no headline between them are not
    typeset, so the next story's text starts a column of its own (CUT_ONLY_WHERE_APART).

    Two headlines both printed right over (or under) the story (``near``) say by their place
    that it holds two stories: SPLIT_EVIDENCE_NEAR of leaning words cuts it; a headline that
    drew the story by its words alone from elsewhere on the page needs SPLIT_EVIDENCE.
    """
    near = near if near is not None else [True] * len(heads)
    n = len(story.body)
    if len(heads) < 2 or n < 2 or len(heads) > SPLIT_MAX_HEADS:
        return [story]
    feats = [_features(blocks[i].text) for i in story.body]
    uses = [[_similarity(head, f, idf) for f in feats] for head in heads]
    best, cut = 0.0, 0
    best_lean: list[float] = []
    for a in range(len(heads)):
        for b in range(len(heads)):
            if a == b:
                continue
            evidence = SPLIT_EVIDENCE_NEAR if near[a] and near[b] else SPLIT_EVIDENCE
            # > 0: the block reads like headline a, or like the block that quotes a most.
            anchor_a = feats[max(range(n), key=uses[a].__getitem__)]
            anchor_b = feats[max(range(n), key=uses[b].__getitem__)]
            lean = [
                x - y + _similarity(f, anchor_a, idf) - _similarity(f, anchor_b, idf)
                for x, y, f in zip(uses[a], uses[b], feats)
            ]
            total = sum(lean)
            left = 0.0
            for c in range(1, n):
                left += lean[c - 1]
                right = -(total - left)  # how much the blocks from c on read like headline b
                if CUT_ONLY_WHERE_APART and set_apart and not (blocks[story.body[c]].gap_before or story.body[c] != story.body[c - 1] + 1):
                    continue
                if left >= evidence and right >= evidence and left + right > best:
                    best, cut, best_lean = left + right, c, lean
    if not cut:
        return [story]
    # The blocks right after the cut that read like neither headline (nor the text quoting
    # it) are no part of the second story: a column of a third printed between them.
    start = cut
    while start < n and best_lean[start] > -SPLIT_NEUTRAL and not starts_article(blocks[story.body[start]].text):
        start += 1
    if start == n:
        start = cut
    if start > cut and not has_cjk(blocks[story.body[cut]].text) and _headline_between(blocks, story.body[start - 1], story.body[start]):
        # In Latin text a run that reads like neither, printed right before the second
        # story's headline, ends the first story: a headline stands over its own story.
        # (English dev pages: 1 such run, right: both its stories whole.)
        cut = start
    first = _Story(body=story.body[:cut], lead=story.lead, continues=story.continues)
    second = _Story(body=story.body[start:], lead=starts_article(blocks[story.body[start]].text))
    middle = [_Story(body=story.body[cut:start], middle=True)] if start > cut else []
    for part in middle:
        part.features = set().union(*feats[cut:start])
    sides: tuple[list[set[str]], list[set[str]]] = ([], [])
    side_near: tuple[list[bool], list[bool]] = ([], [])
    for head, use, close in zip(heads, uses, near):
        side = 0 if sum(use[:cut]) >= sum(use[cut:]) else 1
        sides[side].append(head)
        side_near[side].append(close)
    for part, body_feats in ((first, feats[:cut]), (second, feats[start:])):
        for f in body_feats:
            part.features |= f
    return (
        _cut_story(first, sides[0], blocks, idf, set_apart, side_near[0])
        + middle
        + _cut_story(second, sides[1], blocks, idf, set_apart, side_near[1])
    )


def _headline_between(blocks: list[Block], before: int, after: int) -> bool:
    """Whether a headline block is printed between blocks ``before`` and ``after``."""
    return any(blocks[j].kind is BlockKind.HEADLINE for j in range(before + 1, after))


def _resumes(blocks: list[Block], roles: list[str], i: int) -> bool:
    """Whether body block ``i`` opens mid-paragraph right after a paragraph that ended its
    sentence: a column printed away from the one it goes on from."""
    block = blocks[i]
    if not block.gap_before or starts_article(block.text) or open_start(block) < RESUMED_MIN_START:
        return False
    before = i - 1
    while before >= 0 and roles[before] == _Role.CAPTION:
        before -= 1
    if before < 0 or roles[before] != _Role.BODY:
        return False
    text = blocks[before].text.strip()
    return ends_sentence(text) or bracketed_note(text)


def _join_resumed(blocks: list[Block], roles: list[str], stories: list[_Story]) -> None:
    """Give each run of a story that opens mid-paragraph (up to the next such opening) to
    the story that stops mid-sentence and shares its rare phrases (Chinese pages).

    pdftotext prints a story's columns where the page's drawing order puts them, so the
    column that goes on from a story's last paragraph may come after another story's text
    or before the story's own start: :func:`_stories` runs it on into whatever was printed
    before it. Its first paragraph opens mid-sentence (no indent, a closing mark) right
    after a paragraph that ended its sentence, and some story's last paragraph stops
    mid-sentence: the run goes to the story of such an open end whose three-character
    phrases it shares clearly more than any other open end's, or the text above it in its
    own story. The paragraph it goes on is recorded (``follows``), so that the article
    reads the run right after it and joins the two pieces of the paragraph.
    """
    moved_from = _after_moved_pieces(blocks, roles)
    runs: list[tuple[int, list[int]]] = []
    for k, story in enumerate(stories):
        cuts = [
            n
            for n, i in enumerate(story.body)
            if (n or not story.lead) and (_resumes(blocks, roles, i) or (i in moved_from and not starts_article(blocks[i].text)))
        ]
        runs.extend((k, story.body[lo:hi]) for lo, hi in zip(cuts, cuts[1:] + [len(story.body)]))
    runs = [(k, run) for k, run in runs if has_cjk(blocks[run[0]].text)][:RESUMED_MAX_RUNS]
    if not runs:
        return
    phrases = {t: _phrase_union(blocks, story.body, _trigrams) for t, story in enumerate(stories)}
    story_of = {i: t for t, story in enumerate(stories) for i in story.body}
    for k, run in runs:
        story = stories[k]
        if not set(run) <= set(story.body):
            continue
        joined = moved_from.get(run[0])
        if joined is not None and story_of.get(joined) not in (None, k):
            # The column goes on after a piece reassembly joined to a paragraph of another
            # story: it is that story's column, read after that paragraph.
            _give_run(blocks, stories, phrases, run, k, story_of[joined], joined)
            stories[story_of[joined]].after.add(run[0])
            story_of.update(dict.fromkeys(run, story_of[joined]))
            continue
        ends = [t for t, other in enumerate(stories) if t != k and other.body and open_end(blocks[max(other.body)]) > 0]
        if not ends:
            continue
        texts = {t: phrases[t] for t, other in enumerate(stories) if t != k and other.body}
        texts[-1] = _phrase_union(blocks, [i for i in story.body if i < run[0]], _trigrams)  # its own story above it
        grams = _phrase_union(blocks, run, _trigrams)
        score = _phrase_scores(grams, texts)
        target = min(ends, key=lambda t: (-score[t], t))
        rival = max(score[t] for t in ends + [-1] if t != target)
        if score[target] < RESUMED_MIN_PHRASES or score[target] < RESUMED_RATIO * rival:
            continue
        _give_run(blocks, stories, phrases, run, k, target, max(stories[target].body))
        story_of.update(dict.fromkeys(run, target))


def _give_run(
    blocks: list[Block], stories: list[_Story], phrases: dict[int, set[str]], run: list[int], k: int, target: int, end: int
) -> None:
    """Move ``run`` from story ``k`` to story ``target``, read right after its block ``end``."""
    stories[k].body = [i for i in stories[k].body if i not in run]
    stories[target].follows[end] = run
    stories[target].body = sorted(stories[target].body + run)
    phrases[k] = _phrase_union(blocks, stories[k].body, _trigrams)
    phrases[target] = phrases[target] | _phrase_union(blocks, run, _trigrams)


def _after_moved_pieces(blocks: list[Block], roles: list[str]) -> dict[int, int]:
    """Body blocks printed right after a piece that reassembly joined to a paragraph printed
    after it (the rest of a column whose head continued that paragraph), each with the
    block that piece went into: block index -> the joined paragraph's index."""
    owner: dict[int, int] = {}  # input line -> its block
    moved: set[int] = set()  # input lines of pieces joined to a paragraph printed after them
    for j, block in enumerate(blocks):
        for k, line in enumerate(block.lines):
            if line.number in owner:
                return {}  # layout text: columns cut apart share their input lines
            owner[line.number] = j
            if k and line.number < block.lines[k - 1].number:
                moved.update(other.number for other in block.lines[k:])
    out: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if roles[i] != _Role.BODY or not block.lines:
            continue
        number = block.lines[0].number - 1
        while number > 0 and number not in owner:
            number -= 1  # (blank lines)
        if number in moved and owner[number] != i:
            out[i] = owner[number]
    return out


def _move_tails(blocks: list[Block], stories: list[_Story], vocab: _Vocabulary) -> bool:
    """Give the last paragraphs of a story that opens with a lead, or of one with a headline
    (at least HEADED_TAIL_MIN_BLOCKS of them), or a run of its paragraphs printed apart
    (MID_RUN_MIN_BLOCKS to MID_RUN_MAX_BLOCKS), to the story whose rare phrases they share,
    when each of them does (:func:`_phrases`: three-character phrases, or rare Latin words).

    A story's column printed after another story's text, with no headline or lead between,
    runs on at the end of that story (:func:`_stories`); when the story it belongs to is
    already cut apart from it by headlines, moving runs (:func:`_move_continuations`) may
    miss it, as its blocks need not stand between blank lines. Its phrases tell: the tail shares TAIL_MIN_PHRASES with one other story and TAIL_RATIO times as much
    as with any other or with the rest of its story and its headline, and every block of it
    (but a closing note, （作者为…）, which goes with the paragraphs above it and counts as
    none of them) shares no more with the rest of its own, and some with that story (on
    Chinese pages, more than TAIL_SHARING_SHARE of them). One run
    moves per story and call. Returns whether any moved (``vocab`` kept in step).
    """
    phrases = {t: _phrase_union(blocks, story.body + story.heads) for t, story in enumerate(stories) if story.body}
    users: dict[str, set[int]] = {}  # phrase -> the stories using it (read once, kept in step)
    for t, grams in phrases.items():
        for g in grams:
            users.setdefault(g, set()).add(t)
    moved = False
    tried = [k for k, story in enumerate(stories) if (story.lead or story.heads) and len(story.body) > MOVE_MIN_ABOVE]
    for k in tried[:RESUMED_MAX_RUNS]:
        body = stories[k].body
        best = _best_run(blocks, stories, k, phrases, users)
        if best is not None:
            c, d, target = best
            run = body[c:d]
            stories[k].body = body[:c] + body[d:]
            end = max(stories[target].body)
            latin = not has_cjk(blocks[run[0]].text)
            if latin and run[-1] < min(stories[target].body) and end not in stories[target].follows:
                # A Latin tail printed before all of its story's text is its last column
                # (pdftotext's default mode prints a column ahead of its story's headline):
                # it is read after that story's last paragraph. (English dev pages: 3 of 3
                # such tails, cer 0.0870 -> 0.0662; Chinese layout pages read so: cer 0.0342
                # -> 0.0362.)
                stories[target].follows[end] = run
                stories[target].after.add(run[0])
            stories[target].body = sorted(stories[target].body + run)
            vocab.moved(run, k, target)
            kept = _phrase_union(blocks, stories[k].body + stories[k].heads)
            for g in phrases[k] - kept:
                users[g].discard(k)
            phrases[k] = kept
            for g in _phrase_union(blocks, run) - phrases[target]:
                users.setdefault(g, set()).add(target)
                phrases[target].add(g)
            moved = True
    return moved


def _best_run(
    blocks: list[Block], stories: list[_Story], k: int, phrases: dict[int, set[str]], users: dict[str, set[int]]
) -> tuple[int, int, int] | None:
    """The run of story ``k``'s blocks (start, end) that goes to another story, and that
    story, as :func:`_move_tails` reads them; None if none does."""
    story = stories[k]
    body = story.body
    grams = [_phrases(blocks[i].text) for i in body]
    own: dict[str, int] = {}  # phrase -> the blocks of the story (and its title) using it
    for one in grams + [_phrases(blocks[i].text) for i in story.heads]:
        for g in one:
            own[g] = own.get(g, 0) + 1
    shortest = 1 if story.lead else HEADED_TAIL_MIN_BLOCKS

    def apart(n: int) -> bool:
        # block n of the body printed apart from the one before it (a blank line, or other text)
        return n < len(body) and (blocks[body[n]].gap_before or body[n] != body[n - 1] + 1)

    leads = [bool(starts_article(blocks[i].text)) for i in body]  # a lead opens a story: no run holds one
    cjk = has_cjk(blocks[body[0]].text)
    others: dict[str, list[int]] = {}  # phrase -> the other stories using it, read once
    best: tuple[float, int, int, int] | None = None
    # (A byline above the run tells nothing of its story: it is not counted among the
    # MOVE_MIN_ABOVE blocks the run is read against. English layout pages: a story's
    # paragraphs under its byline and one-sentence lead went to another business story.)
    bylines = list(accumulate((is_byline(blocks[i].text.strip()) for i in body), initial=0))
    for c in range(MOVE_MIN_ABOVE, len(body)):
        if c - bylines[c] < MOVE_MIN_ABOVE:
            continue
        in_run: dict[str, int] = {}  # phrase -> the blocks of the run using it
        for d in range(c + 1, min(len(body), c + TAIL_MAX_BLOCKS) + 1):
            if leads[d - 1]:
                break
            for g in grams[d - 1]:
                in_run[g] = in_run.get(g, 0) + 1
            if d < len(body) and (d - c > MID_RUN_MAX_BLOCKS or not (apart(c) or apart(d))):
                continue
            if d == len(body) and c < len(body) - TAIL_MAX_BLOCKS:
                continue

            def shares(run_grams: Iterable[str]) -> dict[int, float]:
                # Each phrase weighs 1 / the texts using it: the other stories, and the story's
                # text around the run.
                found: dict[int, list[float]] = {}
                for g in run_grams:
                    if g not in others:
                        others[g] = [t for t in users.get(g, ()) if t != k]
                    around = own.get(g, 0) > in_run.get(g, 0)  # noqa: B023
                    n = len(others[g]) + around
                    if not 0 < n <= MAX_SHARING_STORIES:
                        continue
                    w = 1.0 / n
                    for t in others[g]:
                        found.setdefault(t, []).append(w)
                    if around:
                        found.setdefault(-1, []).append(w)
                return {t: math.fsum(ws) for t, ws in found.items()}

            score = shares(in_run)
            target = min((t for t in score if t >= 0), key=lambda t: (-score[t], t), default=None)
            if target is None:
                continue
            rival = max([v for t, v in score.items() if t != target] + [0.0])
            if score[target] < TAIL_MIN_PHRASES or score[target] < TAIL_RATIO * rival:
                continue
            # (A closing note, （作者为…）, goes with the paragraphs above it: no evidence.)
            each = [shares(grams[n]) for n in range(c, d) if not bracketed_note(blocks[body[n]].text.strip())]
            fewest = shortest if d == len(body) else max(shortest, MID_RUN_MIN_BLOCKS)
            sharing = sum(one.get(target, 0.0) > 0 for one in each)
            enough = sharing > TAIL_SHARING_SHARE * len(each) if cjk else sharing == len(each)
            if len(each) >= fewest and all(one.get(target, 0.0) >= one.get(-1, 0.0) for one in each) and enough and (best is None or score[target] - rival > best[0]):
                best = (score[target] - rival, c, d, target)
    return None if best is None else best[1:]


def _phrases(text: str) -> frozenset[str]:
    """The phrases a tail's story is told by: CJK three-character phrases, or Latin words
    that are rare in English (see LATIN_RARE_COUNT)."""
    if has_cjk(text):
        return _trigrams(text)
    words = {w.lower().replace("’", "'") for w in _LATIN_WORD.findall(text)}
    return frozenset(w for w in words if len(w) >= 3 and english.count(w) < LATIN_RARE_COUNT)


def _phrase_union(blocks: list[Block], indexes: list[int], read: Callable[[str], frozenset[str]] = _phrases) -> set[str]:
    """The phrases of some blocks, as ``read`` finds them in each (see :func:`_phrases`)."""
    grams: set[str] = set()
    for i in indexes:
        grams |= read(blocks[i].text)
    return grams


def _phrase_scores(grams: set[str], texts: dict[int, set[str]]) -> dict[int, float]:
    """How much each text shares of ``grams``: its phrases in common, each weighing 1 / the
    number of texts using it (phrases of more than MAX_SHARING_STORIES texts weigh nothing)."""
    users: dict[str, int] = {}
    for phrases in texts.values():
        for g in phrases:
            users[g] = users.get(g, 0) + 1
    weight = {g: 1.0 / n for g, n in users.items() if n <= MAX_SHARING_STORIES}
    return {t: math.fsum(weight[g] for g in grams & phrases if g in weight) for t, phrases in texts.items()}


def _move_continuations(blocks: list[Block], stories: list[_Story], vocab: _Vocabulary) -> None:
    """Give back to their story the columns printed inside another story.

    pdftotext prints a page column by column, and a story's next column often comes after
    another story's column: with no lead and no headline before it, :func:`_stories` runs it
    on into the story printed before it. Such a run (blocks from a blank line to a blank
    line, below the first MOVE_MIN_ABOVE blocks of its story, without a lead) moves to the
    story it reads like more than the text above it in its own story (see
    :class:`_Vocabulary`).
    """
    for s, story in enumerate(stories):
        for _ in range(len(story.body)):
            move = _best_move(s, stories, blocks, vocab)
            if move is None:
                break
            target, lo, hi = move
            run = story.body[lo:hi]
            story.body[lo:hi] = []
            other = stories[target]
            other.body = other.body[:1] + sorted(other.body[1:] + run)
            vocab.moved(run, s, target)


class _Vocabulary:
    """The vocabulary of a page's body blocks and stories, to tell which story a block reads like.

    A block reads like a text by the share of its vocabulary (weighted by rarity on the page)
    the text uses, less the share an unrelated block of the page would find there: a long
    story or one on a common subject shares some words with every block.
    """

    def __init__(self, blocks: list[Block], stories: list[_Story]) -> None:
        self.feats = {i: _features(blocks[i].text) for story in stories for i in story.body}
        self.idf = _idf(self.feats.values())
        self.df: dict[str, int] = {}
        for feats in self.feats.values():
            for f in feats:
                self.df[f] = self.df.get(f, 0) + 1
        self.mass = {i: math.fsum(self.idf[f] for f in feats) for i, feats in self.feats.items()}
        self.total = math.fsum(self.mass.values())
        self.postings: dict[str, set[int]] = {}
        for s, story in enumerate(stories):
            story.features = self.union(story.body)
            for f in story.features:
                self.postings.setdefault(f, set()).add(s)
        self._chance: dict[int, float] = {}
        self.stories = stories

    def union(self, indexes: list[int]) -> set[str]:
        feats: set[str] = set()
        for i in indexes:
            feats |= self.feats[i]
        return feats

    def share(self, i: int, text: set[str]) -> float:
        return _similarity(self.feats[i], text, self.idf)

    def candidates(self, indexes: list[int], s: int) -> list[int]:
        """The stories (other than ``s``, with text) the blocks share the most vocabulary
        with, weighted by rarity, at most MOVE_CANDIDATES; vocabulary used by more than
        MAX_SHARING_STORIES stories tells none apart."""
        shares: dict[int, list[float]] = {}
        for i in indexes:
            for f in self.feats[i]:
                owners = self.postings.get(f, ())
                if len(owners) > MAX_SHARING_STORIES:
                    continue
                for t in owners:
                    if t != s and self.stories[t].body:
                        shares.setdefault(t, []).append(self.idf[f])
        shared = {t: math.fsum(ws) for t, ws in shares.items()}
        return sorted(shared, key=lambda t: (-shared[t], t))[:MOVE_CANDIDATES]

    def lean(self, indexes: list[int], t: int) -> float:
        """How much the blocks read like story ``t``, over chance, on average."""
        other = self.stories[t].features
        return math.fsum(self.share(i, other) - self.chance(t) for i in indexes) / len(indexes)

    def chance(self, s: int) -> float:
        """The share of its vocabulary an unrelated block finds in story ``s``."""
        if s not in self._chance:
            self._chance[s] = _Chance(self).add_all(self.stories[s].body)
        return self._chance[s]

    def moved(self, run: list[int], source: int, target: int) -> None:
        for s in (source, target):
            self.stories[s].features = self.union(self.stories[s].body)
            self._chance.pop(s, None)
        for f in self.union(run):
            self.postings.setdefault(f, set()).add(target)


class _Chance:
    """The share of its vocabulary a block outside a growing text finds in it, on average
    over the page (weighted by the blocks' vocabulary, so that it is kept in step as blocks
    are added in linear time)."""

    def __init__(self, vocab: _Vocabulary) -> None:
        self.vocab = vocab
        self.count: dict[str, int] = {}  # feature → blocks of the text using it
        self.found = 0.0  # vocabulary of the other blocks found in the text
        self.mass = 0.0  # vocabulary of the text's blocks

    def add(self, i: int) -> float:
        v = self.vocab
        change: list[float] = []
        for f in v.feats[i]:
            n = self.count.get(f, 0)
            # The other blocks using f now find it (n = 0), or one fewer of them is other.
            change.append(v.idf[f] * (v.df[f] - 1) if n == 0 else -v.idf[f])
            self.count[f] = n + 1
        self.found += math.fsum(change)  # exact, so not hanging on the set's hash-seed order
        self.mass += v.mass[i]
        rest = v.total - self.mass
        return self.found / rest if rest > 0 else 0.0

    def add_all(self, indexes: list[int]) -> float:
        value = 0.0
        for i in indexes:
            value = self.add(i)
        return value


def _best_move(s: int, stories: list[_Story], blocks: list[Block], vocab: _Vocabulary) -> tuple[int, int, int] | None:
    """The story, start and end of the run of story ``s`` that best reads like that story."""
    body = stories[s].body
    if len(body) < 2:
        return None
    # Runs start and end at blank lines: the units between them, after the blocks read as
    # the story's own. A lead starts a story of its own: no run holds one. Blocks printed
    # apart (another story's text or a headline between them) are never one unit.
    units: list[tuple[int, int]] = []
    lead: list[bool] = []
    for k in range(MOVE_MIN_ABOVE, len(body)):
        opens = bool(starts_article(blocks[body[k]].text))
        if units and not blocks[body[k]].gap_before and body[k] == body[k - 1] + 1:
            units[-1] = (units[-1][0], k + 1)
            lead[-1] = lead[-1] or opens
        else:
            units.append((k, k + 1))
            lead.append(opens)
    # How much each block of a run from unit u reads like the text of its story above that
    # unit (over chance): the same for every candidate story, so read once.
    own: dict[tuple[int, int], float] = {}
    above = _Chance(vocab)
    above_chance = above.add_all(body[:MOVE_MIN_ABOVE])
    above_feats = vocab.union(body[:MOVE_MIN_ABOVE])
    for u, (lo, hi) in enumerate(units):
        for v in range(u, min(u + MOVE_MAX_UNITS, len(units))):
            if lead[v]:
                break
            for i in body[units[v][0] : units[v][1]]:
                own[u, i] = vocab.share(i, above_feats) - above_chance
        for i in body[lo:hi]:
            above_chance = above.add(i)
            above_feats |= vocab.feats[i]
    best: tuple[float, int, int, int] | None = None
    for t in vocab.candidates(body[1:], s):
        other, other_chance = stories[t].features, vocab.chance(t)
        reads = {i: vocab.share(i, other) - other_chance for i in body[MOVE_MIN_ABOVE:]}
        for u, (lo, _) in enumerate(units):
            total = 0.0  # how much a run from unit u leans to story t
            for v in range(u, min(u + MOVE_MAX_UNITS, len(units))):
                if lead[v]:
                    break
                run_lo, run_hi = units[v]
                for i in body[run_lo:run_hi]:
                    total += reads[i] - own[u, i]
                if (
                    total >= MOVE_EVIDENCE
                    and total >= MOVE_LEAN_PER_BLOCK * (run_hi - lo)
                    and (best is None or total > best[0])
                ):
                    best = (total, t, lo, run_hi)
    return None if best is None else best[1:]


def _merge_orphans(blocks: list[Block], stories: list[_Story], vocab: _Vocabulary) -> bool:
    """Join each story without a lead or a headline to the story it reads like, if clearly.

    Such a story is most often a column printed under another story's headline: that
    headline, attached by its words, left the column with none. Its vocabulary may lean to
    its story only a little when its own everyday words dilute it: then its rare phrases
    (names, terms) shared with that story alone decide. Returns whether any merged; a
    merged story is left with no blocks.
    """
    if len(stories) < 2:
        return False
    merged = False
    owner = {j: t for t, story in enumerate(stories) for j in story.heads}  # headline -> story
    phrases: dict[int, set[str]] | None = None  # read once, when a story needs them
    for k, story in enumerate(stories):
        if not story.body or _opens_own_story(story, blocks):
            continue
        lean = {t: vocab.lean(story.body, t) for t in vocab.candidates(story.body, k)}
        if lean:
            target = min(lean, key=lambda t: (-lean[t], t))
            if phrases is None and not story.heads and ORPHAN_PHRASE_MIN_LEAN <= lean[target] < ORPHAN_MIN_LEAN and has_cjk(blocks[story.body[0]].text):
                phrases = {t: _phrase_union(blocks, other.body + other.heads, _trigrams) for t, other in enumerate(stories)}
            if lean[target] >= (HEADED_ORPHAN_MIN_LEAN if story.heads else ORPHAN_MIN_LEAN) or (
                not story.heads and lean[target] > UNDER_TITLE_MIN_LEAN and _title_above(blocks, stories, owner, story.body[0]) == target
            ) or (
                phrases is not None
                and not story.heads
                and lean[target] >= ORPHAN_PHRASE_MIN_LEAN
                and has_cjk(blocks[story.body[0]].text)
                and _phrases_single_out(k, target, phrases, stories)
            ) or (
                BORROWED_PART_HINT
                and not story.heads
                and story.lent_by is not None
                and owner.get(story.lent_by) == target
                and lean[target] > BORROWED_PART_MIN_LEAN
            ):
                if phrases is not None:
                    phrases[target] |= phrases[k]
                    phrases[k] = set()
                owner.update(dict.fromkeys(story.heads, target))
                _merge_into(stories, k, target, vocab)
                merged = True
    # A story without a lead that reads like the story printed before it, more than like any
    # other, goes on with it: the lines between them were that story's own title or caption
    # printed between its columns, or a body line taken for a headline.
    order = sorted((k for k, story in enumerate(stories) if story.body), key=lambda k: stories[k].body[0])
    for before, k in zip(order, order[1:]):
        story = stories[k]
        if not stories[before].body or _opens_own_story(story, blocks):
            continue
        lean = {t: vocab.lean(story.body, t) for t, other in enumerate(stories) if t != k and other.body}
        if not lean:
            continue
        if _lead_alone(stories[before]) and _set_between(blocks, stories[before].body[0], story.body[0]) and lean[before] >= LEAD_ALONE_MIN_LEAN:
            _merge_into(stories, k, before, vocab)
            merged = True
            continue
        if min(lean, key=lambda t: (-lean[t], t)) != before:
            continue
        back = {t: vocab.lean(stories[before].body, t) for t, other in enumerate(stories) if t != before and other.body}
        mutual = min(back, key=lambda t: (-back[t], t)) == k
        if lean[before] >= FOLLOWER_MIN_LEAN or (mutual and lean[before] + back[k] >= FOLLOWERS_MIN_LEAN):
            _merge_into(stories, k, before, vocab)
            merged = True
    return merged


def _lead_alone(story: _Story) -> bool:
    """Whether ``story`` is one paragraph under its headline: most often a story's lead, the
    rest of its text cut away from it by the headlines of others printed over its columns."""
    return len(story.body) == 1 and bool(story.heads)


def _set_between(blocks: list[Block], i: int, j: int) -> bool:
    """Whether only headline and caption blocks stand between blocks ``i`` and ``j``."""
    return all(blocks[n].kind in (BlockKind.HEADLINE, BlockKind.CAPTION) for n in range(i + 1, j))


def _phrases_single_out(k: int, target: int, phrases: dict[int, set[str]], stories: list[_Story]) -> bool:
    """Whether story ``k`` shares ORPHAN_MIN_PHRASES of its phrases with story ``target`` and
    ORPHAN_PHRASE_RATIO times as many as with any other story."""
    texts = {t: grams for t, grams in phrases.items() if t != k and stories[t].body}
    score = _phrase_scores(phrases[k], texts)
    rival = max([v for t, v in score.items() if t != target] + [0.0])
    return score.get(target, 0.0) >= ORPHAN_MIN_PHRASES and score[target] >= ORPHAN_PHRASE_RATIO * rival


_CLOSING_DATELINE = re.compile(r"^[（(](?:本[报報]|新[华華]社|中新社)[^（）()，。]{1,20}[电電][）)]$")


def _rehome_datelines(blocks: list[Block], stories: list[_Story]) -> bool:
    """Give a dateline printed at a story's end (（本报伦敦2月12日电）) to a story without a lead.

    A story gives its dateline once: in its lead (本报北京2月14日电（记者…）…) or, when it opens
    without one, in brackets after its last paragraph. Such a note in a story that opened
    with a lead is the end of a story printed before it: the nearest one before the note
    that has no lead and no dateline of its own yet. Returns whether any moved.
    """
    def dated(story: _Story) -> bool:  # opens with a dated lead (a deck or a ■ summary is none)
        return bool(starts_article(blocks[story.body[0]].text))

    notes = {i for story in stories for i in story.body if _CLOSING_DATELINE.match(_compact(blocks[i].text))}
    if not notes:
        return False
    # The stories that may take a note, by their last block (which a note they take stays
    # before): without a lead and without a dateline note of their own.
    open_ends = sorted(
        (max(story.body), t)
        for t, story in enumerate(stories)
        if story.body and not dated(story) and not notes.intersection(story.body)
    )
    moved = False
    for story in stories:
        if not story.body or not dated(story):
            continue
        for i in [i for i in story.body[1:] if i in notes]:
            at = bisect.bisect_left(open_ends, (i, -1)) - 1
            if at < 0:
                continue
            _, target = open_ends.pop(at)
            story.body.remove(i)
            stories[target].body.append(i)
            moved = True
    return moved


def _rehome_bylines(blocks: list[Block], stories: list[_Story]) -> bool:
    """Give a Latin byline printed straight before another story's byline to the story
    after it that opens with a dateline and no byline (``By JANE SMITH`` / ``By TOM BROWN,
    Arts reporter`` / ``LONDON — …`` … ``PARIS — …``): a story has one byline, over its
    lead, so the first of two in a row is a story's whose lead pdftotext printed elsewhere.
    (English dev pages: 1 such byline, right.) Returns whether any moved."""

    def byline(i: int) -> bool:
        text = blocks[i].text.strip()
        return not has_cjk(text) and bool(is_byline(text))

    moved = False
    for story in stories:
        if len(story.body) < 2 or not (byline(story.body[0]) and byline(story.body[1])):
            continue
        first = story.body[0]
        after = [
            t for t in stories
            if t.body and t.body[0] > first and not byline(t.body[0]) and LATIN_DATELINE.match(blocks[t.body[0]].text.strip())
        ]
        if not after:
            continue
        target = min(after, key=lambda t: t.body[0])
        story.body.remove(first)
        target.body.insert(0, first)
        target.lead = True
        moved = True
    return moved


def _rehome_strays(blocks: list[Block], stories: list[_Story]) -> bool:
    """Move each paragraph that shares no rare phrase with its own story, and several with
    another, to that story (Chinese pages).

    Moving runs (:func:`_move_continuations`) weighs shares of a block's vocabulary, which
    a long paragraph's own everyday words dilute; a phrase of three characters used by one
    story only (a name, 柴晓飞; a term, 混合动力) is evidence that does not fade with length.
    The clearest moves go first, one per story in a round, and the stories are read again
    after each round: a paragraph that shares its phrases only with a stray stays once the
    stray has gone. A lead stays where it is, and the first block of a story that opens with
    one; a block moves once. Returns whether any moved.
    """
    if len(stories) < 2 or not any(has_cjk(blocks[i].text) for story in stories for i in story.body[:1]):
        return False
    phrases = _Phrases(blocks, stories)
    moved: set[int] = set()
    while True:
        touched: set[int] = set()
        for _, s, i, t in sorted(phrases.strays(stories, moved), reverse=True):
            if s in touched or t in touched:
                continue
            touched.update((s, t))
            stories[s].body.remove(i)
            stories[t].body = stories[t].body[:1] + sorted(stories[t].body[1:] + [i])
            phrases.moved(i, s, t)
            moved.add(i)
        if not touched:
            return bool(moved)


def _rehome_named(blocks: list[Block], stories: list[_Story]) -> bool:
    """Move the paragraphs naming the subject of another story's headline (何云：…), a name
    the rest of their own story never uses, to that story (SUBJECT_MIN_BLOCKS). A lead
    stays, and a story's first block unless a dated lead follows it. Returns whether any
    moved."""
    owners: dict[str, set[int]] = {}
    for t, story in enumerate(stories):
        for h in story.heads:
            m = _SUBJECT.match(_compact(blocks[h].text))
            if m:
                owners.setdefault(m.group(1), set()).add(t)
    moved = False
    for name, named in sorted(owners.items()):
        if len(named) != 1:
            continue
        (t,) = named
        if any(name in blocks[h].text for s, story in enumerate(stories) if s != t for h in story.heads):
            continue
        if sum(name in blocks[i].text for i in stories[t].body) < SUBJECT_MIN_BLOCKS:
            continue
        for s, story in enumerate(stories):
            if s == t:
                continue
            # (blocks before the story's dated lead are not its start)
            led_later = any(starts_article(blocks[j].text) for j in story.body[1:])
            naming = [i for i in story.body[0 if led_later else 1 :] if name in blocks[i].text and not starts_article(blocks[i].text)]
            if not naming or 2 * len(naming) >= len(story.body):
                continue
            if any(name in blocks[j].text for j in story.body + story.heads + story.captions if j not in naming):
                continue
            for i in naming:
                story.body.remove(i)
            stories[t].body = stories[t].body[:1] + sorted(stories[t].body[1:] + naming)
            moved = True
    return moved


class _Phrases:
    """Which stories use each three-character phrase of a page's blocks, and how often."""

    def __init__(self, blocks: list[Block], stories: list[_Story]) -> None:
        self.grams = {i: _trigrams(blocks[i].text) for story in stories for i in story.body + story.heads}
        self.blocks = blocks
        self.count: list[dict[str, int]] = [{} for _ in stories]  # blocks of a story using a phrase
        self.users: dict[str, set[int]] = {}
        for s, story in enumerate(stories):
            for i in story.body + story.heads:
                self._add(i, s)

    def _add(self, i: int, s: int) -> None:
        count = self.count[s]
        for g in self.grams[i]:
            count[g] = count.get(g, 0) + 1
            self.users.setdefault(g, set()).add(s)

    def moved(self, i: int, s: int, t: int) -> None:
        count = self.count[s]
        for g in self.grams[i]:
            count[g] -= 1
            if not count[g]:
                del count[g]
                self.users[g].discard(s)
        self._add(i, t)

    def strays(self, stories: list[_Story], moved: set[int]) -> list[tuple[float, int, int, int]]:
        """(evidence, story, block, target) of every block that reads like another story only."""
        found = []
        for s, story in enumerate(stories):
            count = self.count[s]
            for i in story.body[0 if not story.lead and len(story.body) > 1 else 1 :]:
                if i in moved or starts_article(self.blocks[i].text):
                    continue
                # Weights summed with fsum: exact, so the same whatever order the set of
                # phrases comes in (it changes with Python's hash seed).
                own: list[float] = []
                shares: dict[int, list[float]] = {}
                for g in self.grams[i]:
                    users = self.users[g]
                    if len(users) > MAX_SHARING_STORIES:
                        continue
                    shared = count[g] > 1  # the rest of the block's own story uses it too
                    weight = 1.0 / max(1, len(users) - (not shared))
                    if shared:
                        own.append(weight)
                    for t in users:
                        if t != s:
                            shares.setdefault(t, []).append(weight)
                if not shares or math.fsum(own) > STRAY_MAX_OWN:
                    continue
                ranked = sorted(((math.fsum(w), -t) for t, w in shares.items()), reverse=True)
                (best, t), second = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0.0)
                # ... and singles one story out (a page printed twice has two to choose from).
                if best >= STRAY_MIN_OTHER and best >= STRAY_MIN_RATIO * second:
                    found.append((best, s, i, -t))
        return found


@lru_cache(maxsize=4096)  # a page's blocks are read again and again while stories move
def _trigrams(text: str) -> frozenset[str]:
    chars = "".join(word_chars(text))
    return frozenset(chars[k : k + 3] for k in range(len(chars) - 2))


def _opens_own_story(story: _Story, blocks: list[Block]) -> bool:
    """A story that opens with a lead, or holds a pull quote, is a story of its own."""
    return bool(story.lead or story.quotes or starts_article(blocks[story.body[0]].text))


def _title_above(blocks: list[Block], stories: list[_Story], owner: dict[int, int], i: int) -> int | None:
    """The story whose headline (``owner``: headline block -> story) is printed right above
    block ``i``, only other headline lines and captions between, and above that story's text
    too (not a title printed under its story, as some pages set them)."""
    j = i - 1
    while j >= 0 and j not in owner and blocks[j].kind in (BlockKind.HEADLINE, BlockKind.CAPTION):
        j -= 1
    t = owner.get(j)
    return t if t is not None and stories[t].body and stories[t].body[0] > j else None


def _merge_into(stories: list[_Story], k: int, target: int, vocab: _Vocabulary) -> None:
    story, other = stories[k], stories[target]
    other.body = sorted(other.body + story.body)
    other.heads += story.heads
    other.captions += story.captions
    other.quotes += story.quotes
    other.halves |= story.halves
    other.follows.update(story.follows)
    other.after |= story.after
    story.body, story.heads, story.captions, story.quotes, story.halves = [], [], [], [], set()
    vocab.moved(other.body, k, target)


def _idf(feature_sets) -> dict[str, float]:
    df: dict[str, int] = {}
    n = 0
    for feats in feature_sets:
        n += 1
        for f in feats:
            df[f] = df.get(f, 0) + 1
    return {f: math.log((n + 1) / d) for f, d in df.items()}


def _similarity(features: set[str], other: set[str], idf: dict[str, float]) -> float:
    """Share of a block's vocabulary (weighted by rarity on the page) found in ``other``.

    Summed with fsum, which is exact: a plain sum over a set depends on the set's order,
    which changes with Python's hash seed, and near a threshold so would the articles."""
    total = math.fsum(idf.get(f, 0.0) for f in features)
    if not total:
        return 0.0
    return math.fsum(idf.get(f, 0.0) for f in features & other) / total


# -- attachment --------------------------------------------------------------------------


@lru_cache(maxsize=FEATURES_CACHE)
def _features(text: str) -> frozenset[str]:
    """Vocabulary of a text: CJK character bigrams, or Latin word stems (read once per
    text: attaching and moving read every block's vocabulary several times)."""
    if has_cjk(text):
        chars = "".join(word_chars(text))
        return frozenset(chars[k : k + 2] for k in range(len(chars) - 1))
    words = (w.lower().replace("’", "'") for w in _LATIN_WORD.findall(text))
    return frozenset(w[:6] for w in words if len(w) >= 3 and w not in _STOP)


def _weights(stories: list[_Story]) -> dict[str, float]:
    """1 / number of stories using a feature: shared page vocabulary counts little, and
    vocabulary of more than MAX_SHARING_STORIES stories not at all."""
    df: dict[str, int] = {}
    for story in stories:
        for f in story.features:
            df[f] = df.get(f, 0) + 1
    return {f: 1.0 / n for f, n in df.items() if n <= MAX_SHARING_STORIES}


def _score(features: set[str], story: _Story, weight: dict[str, float]) -> float:
    if not features:
        return 0.0
    return math.fsum(weight.get(f, 0.0) for f in features & story.features) / len(features)


def _neighbour_stories(roles: list[str], story_of: dict[int, int]) -> tuple[list[int | None], list[int | None]]:
    """For every block, the story right after it (with only headlines, captions and page
    furniture between) and the nearest story before it; one pass each way."""
    n = len(roles)
    after: list[int | None] = [None] * (n + 1)
    for j in range(n - 1, -1, -1):
        if j in story_of:
            after[j] = story_of[j]
        elif roles[j] in (_Role.HEAD, _Role.CAPTION, _Role.FURNITURE, _Role.QUOTE):
            after[j] = after[j + 1]
    before: list[int | None] = [None] * (n + 1)
    for j in range(n):
        before[j + 1] = story_of.get(j, before[j])
    # after[i + 1] is the story after block i; before[i] the one before it.
    return after[1:], before[:n]


def _make_parts(blocks: list[Block], roles: list[str], stories: list[_Story]) -> _Parts:
    story_of = {i: s for s, story in enumerate(stories) for i in story.body}
    return _Parts(blocks, roles, stories, story_of, _weights(stories))


@dataclass
class _Parts:
    """A page cut into blocks and stories, with what attaching headlines and captions reads."""

    blocks: list[Block]
    roles: list[str]
    stories: list[_Story]
    story_of: dict[int, int]  # body block → its story
    weight: dict[str, float]  # feature → how rare it is among the stories
    # feature → the stories whose body has it: scoring looks only at stories that share
    # something, so attaching stays linear in the page rather than headlines × stories.
    postings: dict[str, list[int]] = field(default_factory=dict)
    story_after: list[int | None] = field(default_factory=list)  # block → the story right after
    story_before: list[int | None] = field(default_factory=list)  # block → the story before

    def __post_init__(self) -> None:
        for k, story in enumerate(self.stories):
            for f in story.features:
                if f in self.weight:
                    self.postings.setdefault(f, []).append(k)
        self.story_after, self.story_before = _neighbour_stories(self.roles, self.story_of)

    @cached_property
    def blocks_set_apart(self) -> bool:
        return _blocks_set_apart(self.blocks)

    @cached_property
    def body_text(self) -> str:
        """The page's paragraphs, whitespace removed, one a line."""
        return _paragraph_text(self.blocks)

    @cached_property
    def byline_words(self) -> set[str]:
        """The vocabulary of the page's Latin bylines (names and roles), read once."""
        words: set[str] = set()
        for block in self.blocks:
            if is_byline(block.text.strip()):
                words |= _features(block.text)
        return words

    def features(self, indexes: list[int]) -> set[str]:
        """The vocabulary of headline or caption blocks; a title's column tag (（人民时评）)
        names its column, not its story, and is left out."""
        feats: set[str] = set()
        for i in indexes:
            text = self.blocks[i].text.strip()
            feats |= _features(_TAG.sub("", text) if has_cjk(text) else text)
        return feats

    def scores(self, feats: set[str]) -> dict[int, float]:
        """The score of every story sharing a feature (the others score 0), as _score."""
        shares: dict[int, list[float]] = {}
        for f in feats:
            w = self.weight.get(f, 0.0)
            for k in self.postings.get(f, ()):
                shares.setdefault(k, []).append(w)
        # Summed exactly: a plain sum would follow the set's hash-seed order, and a last-bit
        # difference decides a tie between two stories once in a hundred runs.
        return {k: math.fsum(ws) / len(feats) for k, ws in shares.items()}


def _clear_winner(scores: dict[int, float], minimum: float) -> int | None:
    """The best-scoring story when it reaches ``minimum`` and leads the next by a margin."""
    if not scores:
        return None
    ranked = sorted(scores, key=lambda k: (-scores[k], k))
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    top = ranked[0]
    if scores[top] >= minimum and scores[top] - second >= ATTACH_MARGIN:
        return top
    return None


def _attach_headlines(parts: _Parts, leftovers: list[int], crowd: bool = False) -> list[list[int]]:
    """Attach each headline piece (the headline lines of one story) to its story.

    With ``crowd``, position gives a piece to the story after it even when that story
    already has a headline: two headlines over one story are how :func:`_split_by_headlines`
    finds two stories run together. Returns the pieces, attached or not.
    """
    runs: list[list[int]] = []
    for i, role in enumerate(parts.roles):
        if role != _Role.HEAD:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if runs and len(runs[0]) == 1 and _page_label(runs[0][0], parts):
        leftovers.append(runs.pop(0)[0])
    if runs and len(runs[-1]) == 1 and _page_end_label(runs[-1][0], parts):
        leftovers.append(runs.pop()[0])
    runs = [_peel_labels_below(_peel_labels(run, parts, leftovers, top_label=not crowd), parts, leftovers) for run in runs]
    split_runs = [[piece for piece in _split_run(run, parts) if piece] for run in runs]
    pieces = [piece for run in split_runs for piece in run]
    # Pieces the words decide go first, so that position only settles what is left over and
    # only for stories still without a headline.
    pending: list[list[int]] = []
    owner: dict[int, int] = {}  # first line of a piece -> its story
    for piece in pieces:
        target = _clear_winner(parts.scores(parts.features(piece)), CROWD_MIN_SCORE if crowd else ATTACH_MIN_SCORE)
        if target is None:
            pending.append(piece)
        else:
            parts.stories[target].heads.extend(piece)
            owner[piece[0]] = target
    for run in split_runs:
        for k, piece in enumerate(run):
            if piece in pending and parts.blocks[piece[-1]].text.strip().endswith(("——", "—")):
                # A kicker leads into its story's title, printed after it in the run (another
                # story's title may stand between): of the stories its words tie it to, the
                # one a later title of the run went to.
                scores = parts.scores(parts.features(piece))
                later = [owner[p[0]] for p in run[k + 1 :] if p[0] in owner and scores.get(owner[p[0]], 0.0) >= ATTACH_MIN_SCORE]
                if later:
                    parts.stories[later[0]].heads.extend(piece)
                    pending.remove(piece)
    kickers: list[list[int]] = []
    for piece in _nearest_first(pending, split_runs, parts):
        # A Latin title and its deck come as two pieces of one headline: never crowd them.
        crowded = crowd and has_cjk(parts.blocks[piece[0]].text)
        target = _choose(piece, parts, headline=True, crowd=crowded)
        if target is None:
            kickers.append(piece)
        else:
            parts.stories[target].heads.extend(piece)
    title_of = {i: s for s, story in enumerate(parts.stories) for i in story.heads}
    if INTERLEAVED_TITLES and not crowd:
        kickers = _place_interleaved(kickers, split_runs, parts, title_of)
    for piece in kickers:
        # A CJK kicker ending in its dash leads into the title printed right under it, though
        # its words lean a little to another story: that story's own text names the event
        # the kicker names. (Generated pages: 7 kickers more attached right, 1 wrong; dev
        # pages unchanged.)
        last = parts.blocks[piece[-1]].text.strip()
        below = title_of.get(piece[-1] + 1)
        if not crowd and below is not None and has_cjk(last) and _kicker_end(last):
            parts.stories[below].heads.extend(piece)
        else:
            leftovers.extend(piece)
    return pieces


def _place_interleaved(
    unplaced: list[list[int]], split_runs: list[list[list[int]]], parts: _Parts, title_of: dict[int, int]
) -> list[list[int]]:
    """Give the pieces of a run of headline lines whose placed pieces alternate between two
    stories the story of their turn; returns the pieces still unplaced.

    Two headlines set side by side in neighbouring columns are read across, line by line:
    their lines alternate (A1 B1 A2 B2). Where the pieces placed by their words take turns,
    every other piece going to one story and those between to another, and each piece is
    one line, a piece whose words decided nothing is the next line of the headline of its
    turn.
    """
    left = list(unplaced)
    for run in split_runs:
        # (a piece of two lines or more is one headline wrapped: lines read across two
        # columns are never joined so)
        if len(run) < INTERLEAVED_MIN_PIECES or any(len(piece) > 1 for piece in run):
            continue
        turns: list[set[int]] = [set(), set()]
        for k, piece in enumerate(run):
            if piece[0] in title_of:
                turns[k % 2].add(title_of[piece[0]])
        if not (len(turns[0]) == len(turns[1]) == 1) or turns[0] == turns[1]:
            continue
        owners = [next(iter(turns[0])), next(iter(turns[1]))]
        for k, piece in enumerate(run):
            if piece in left and has_cjk(parts.blocks[piece[0]].text):
                parts.stories[owners[k % 2]].heads.extend(piece)
                left.remove(piece)
    return left


def _nearest_first(pending: list[list[int]], split_runs: list[list[list[int]]], parts: _Parts) -> list[list[int]]:
    """The pieces left to place by position, in run order, except that a run's titles drawn
    in bold and set apart (:func:`_bold_titles_apart`) go first by how much more their words
    lean to the story under the run than to any other, then from the lowest up: the first
    takes that story by position, the others are other stories' titles printed beside it
    (the story under them reads on in one column, so the title nearest it is its own)."""
    order: list[list[int]] = []

    def flush(group: list[list[int]]) -> None:
        nxt = parts.story_after[group[-1][-1]]
        lean: dict[int, float] = {}
        for p in group:
            scores = parts.scores(parts.features(p))
            own = scores.pop(nxt, 0.0) if nxt is not None else 0.0
            lean[p[0]] = own - max(scores.values(), default=0.0)
        order.extend(sorted(group, key=lambda p: (-lean[p[0]], -p[0])))

    for run in split_runs:
        group: list[list[int]] = []
        for k, piece in enumerate(run):
            if k and not (BOLD_TITLES_APART and _bold_titles_apart(parts.blocks[run[k - 1][-1]], parts.blocks[piece[0]])):
                flush(group)
                group = []
            group.append(piece)
        if group:
            flush(group)
    return [piece for piece in order if piece in pending]


def _place_subtitles(parts: _Parts, leftovers: list[int], tagged: bool = False) -> None:
    """Give a CJK headline line left over between a story's title and that story's first
    paragraph (nothing but the two between them, or photo captions printed before the
    paragraph) to the story: its subtitle, whose words name what the title does not, or its
    column-tagged title under a kicker (返程高峰多地降雪，铁路部门积极应对 / 雪不停人不歇
    （2019春运一线）). Not a kicker leading on (its dash), a line with a clause mark (the
    story's first words read as a headline), a line after a tagged title (another story's
    own), nor a tagged title under two headline lines already (a kicker and a title: the
    tagged line is another story's title). Tagged titles are placed so (``tagged``) only
    after :func:`_place_tagged_titles`, and only where no story further on is still without
    a headline (the line may be that story's title). Generated pages: 4 subtitles more
    attached right, 1 wrong; captions skipped and tagged titles taken: 8 articles'
    headlines more right, none wrong (13 without that last condition, which leaves a
    column's title sharing no words with the headless story after it in ``other``);
    benchmark sets unchanged."""
    title_of = {i: s for s, story in enumerate(parts.stories) for i in story.heads}
    for p in sorted(leftovers):
        text = parts.blocks[p].text.strip()
        if parts.roles[p] != _Role.HEAD or not has_cjk(text) or _label_like(text):
            continue
        if _kicker_end(text) or "，" in text or bool(_TAG.search(text)) != tagged:
            continue
        s = title_of.get(p - 1)
        below = p + 1
        while below < len(parts.roles) and parts.roles[below] == _Role.CAPTION:
            below += 1
        if s is None or not parts.stories[s].body or parts.stories[s].body[0] != below:
            continue
        if _TAG.search(parts.blocks[p - 1].text.strip()) or (tagged and len(parts.stories[s].heads) > 1):
            continue
        if tagged and any(story.body and story.body[0] > p and not story.heads for story in parts.stories):
            continue  # (a story further on still wants its title: the line may be it)
        parts.stories[s].heads.append(p)
        title_of[p] = s
        leftovers.remove(p)


def _place_tagged_titles(parts: _Parts, leftovers: list[int]) -> None:
    """Give a column-tagged title (问“细”于民见初心（今日谈）) left over to the first story
    after it still without a headline, when its words lean there at all.

    A column's tag marks its piece's own title: it heads a story, never stands alone. Its
    story, a short commentary, may share few words with it and may have been cut from the
    story above only after headlines were attached.
    """
    for i in sorted(leftovers):
        text = parts.blocks[i].text.strip()
        tag = _TAG.search(text)
        if parts.roles[i] != _Role.HEAD or not tag or not has_cjk(text) or len(_compact(text[: tag.start()])) < TAGGED_TITLE_MIN_CHARS:
            continue
        after = [s for s, story in enumerate(parts.stories) if story.body and story.body[0] > i and not story.heads]
        if not after:
            continue
        s = min(after, key=lambda k: parts.stories[k].body[0])
        if parts.scores(parts.features([i])).get(s, 0.0) <= 0.0:
            continue
        parts.stories[s].heads.append(i)
        leftovers.remove(i)


def _title_headless_stories(parts: _Parts, leftovers: list[int], cjk: bool = False) -> None:
    """Give a Latin headline left over (a CJK one with ``cjk``) to the one story without a
    headline its words point to.

    pdftotext -raw prints a page's headlines where their text streams put them, often all
    after the stories (a story's last paragraph, then every headline of the page): position
    tells nothing, and a short headline shares too few words with its story to reach
    ATTACH_MIN_SCORE. Among the stories still without a headline, one sharing its words
    (alone, or ahead by ATTACH_MARGIN) is its story; each story takes one. A CJK title
    printed over another story's title (two titles set side by side, one under the other in
    the text) is left over so too, once the story under it took the other; not a kicker,
    which leads into the title under it.
    """
    offers: list[tuple[float, int, int]] = []
    for i in leftovers:
        text = parts.blocks[i].text.strip()
        if parts.roles[i] != _Role.HEAD or _label_like(text):
            continue  # (a section label)
        if has_cjk(text) != cjk:
            continue
        if cjk and _kicker_end(text):
            continue  # (a kicker leads into the title under it)
        if not cjk and len(text.split()) > LATIN_TITLE_WORDS:
            continue  # (a deck or a piece of a sentence, longer than titles)
        scores = parts.scores(parts.features([i]))
        headless = {k: v for k, v in scores.items() if not parts.stories[k].heads and parts.stories[k].body}
        target = _clear_winner(headless, HEADLESS_MIN_SCORE)
        if target is not None:
            offers.append((headless[target], i, target))
    taken: set[int] = set()
    for _, i, target in sorted(offers, key=lambda o: (-o[0], o[1])):
        if target in taken:
            continue
        taken.add(target)
        parts.stories[target].heads.append(i)
        leftovers.remove(i)


def _page_label(index: int, parts: _Parts) -> bool:
    """A short line alone at the head of the page (only the date line before it) that shares
    hardly any words with the story under it: the page's section label (要闻, 奋进新时代), not
    that story's short title (渔港开海 over the harbour's story)."""
    return _label_like(parts.blocks[index].text) and _heads_page(index, parts) and _shares_little(index, parts.story_after[index], parts)


def _heads_page(index: int, parts: _Parts) -> bool:
    """Whether block ``index`` opens the page: only page furniture (the date line) before it."""
    return all(role == _Role.FURNITURE for role in parts.roles[:index])


def _shares_little(index: int, story: int | None, parts: _Parts) -> bool:
    """Whether block ``index`` shares hardly any words with ``story`` (none: no story), as a
    section label does with the story under it."""
    return story is None or parts.scores(parts.features([index])).get(story, 0.0) < LABEL_MAX_SCORE


def _page_end_label(index: int, parts: _Parts) -> bool:
    """A Latin line that reads like a section label (``Business``, ``Arts & Entertainment``)
    alone at the foot of the page (only page furniture after it): -raw text prints the
    page's label last, where no story follows for it to head. (English -raw pages: 4 such
    labels, all the page's section.)"""
    text = parts.blocks[index].text
    if has_cjk(text) or not section_label(text.strip()) or not _label_like(text):
        return False
    return all(role == _Role.FURNITURE for role in parts.roles[index + 1 :])


def _join_title_halves(parts: _Parts, leftovers: list[int]) -> None:
    """Give a story the other half of its two-phrase title, printed apart from it.

    A title set across two columns (退而不休 干劲不减（改革先锋风采）) comes out as two
    lines some blocks apart: the left half over the first column's text, the right half
    over the second's. The half whose words match no story is left over; it rejoins a
    one-line title of a story nearby whose phrase is as long as its own, the first half
    without the column tag, when none of that story's text was printed between them.
    """
    title_of = {i: s for s, story in enumerate(parts.stories) for i in story.heads}
    for p in sorted(leftovers):
        block = parts.blocks[p]
        # (a line of a leftover run of headline lines is no half printed on its own)
        loose = (k for k in (p - 1, p + 1) if 0 <= k < len(parts.roles) and k not in title_of)
        alone = all(parts.roles[k] != _Role.HEAD for k in loose)
        if parts.roles[p] != _Role.HEAD or len(block.lines) != 1 or not has_cjk(block.text) or not alone:
            continue
        if _heads_page(p, parts) and p + 1 < len(parts.blocks) and _section_label_over(block.text, parts.blocks[p + 1].text.strip(), parts.body_text):
            continue  # (the page's section label, at its head, named nowhere in its text)
        near = sorted((t for t in range(p - HALF_REACH, p + HALF_REACH + 1) if t in title_of), key=lambda t: (abs(t - p), t))
        for t in near:
            story = parts.stories[title_of[t]]
            first, second = sorted((p, t))
            # (a title stands over its story's text: with some of that text between them,
            # the line is another story's title)
            between = any(first < i < second for i in story.heads + story.body)
            if between or t in story.halves or not _halves(parts.blocks[first].text.strip(), parts.blocks[second].text.strip()):
                continue
            story.heads.append(p)
            story.halves.add(second)
            leftovers.remove(p)
            break


def _halves(first: str, second: str) -> bool:
    """Whether two lines printed apart can be the two phrases of one title."""
    if first.endswith(("——", "—")) or second.startswith("——") or _TAG.search(first) or " " in first + second:
        return False
    if not (_reads_as_headline(first) and _reads_as_headline(second)):
        return False
    a, b = len(_compact(first)), len(_compact(_TAG.sub("", second)))
    return HALF_MIN_CHARS <= a <= PHRASE_MAX_CHARS and abs(a - b) <= HALF_SLACK


def _peel_labels(run: list[int], parts: _Parts, leftovers: list[int], top_label: bool = False) -> list[int]:
    """Take section labels (要闻, 社会万象, ``Business``) off the top of a run of headline lines.

    A label is a short line over a title that shares no words with any story on the page;
    a kicker that short (郭声琨强调, 两高三部) names what its story is about. A Latin label
    also stands apart from the title under it by a blank line, where the page sets its
    blocks apart so (on the English dev pages, all 11 such lines are section labels).
    """
    k = 0
    while k < len(run) - 1 and _label_like(parts.blocks[run[k]].text):
        upper, lower = parts.blocks[run[k]], parts.blocks[run[k + 1]]
        if k + 2 < len(run) and lower.gap_before and _phrase_pair(upper.text.strip(), lower.text.strip()):
            break  # (a page sets one label over a title, never two: two phrases of a kicker)
        latin = not has_cjk(parts.blocks[run[k]].text)
        if latin and parts.blocks[run[k + 1]].gap_before and parts.blocks_set_apart:
            # A kicker is set tight over its title; a label stands apart from it.
            leftovers.append(run[k])
            k += 1
            continue
        features = parts.features([run[k]])
        if latin:
            # A byline's role names the desk (``Arts reporter``, ``Business editor``), which
            # is the section's name too: sharing it says section label, not kicker.
            features -= parts.byline_words
        scores = parts.scores(features)
        # (A Latin label's one word, ``Business``, turns up in several stories' bylines.)
        generic = not has_cjk(parts.blocks[run[k]].text) and _clear_winner(scores, LABEL_MAX_SCORE) is None
        if max(scores.values(), default=0.0) >= LABEL_MAX_SCORE and not generic and not (top_label and _page_top_label(run, k, parts)):
            break
        leftovers.append(run[k])
        k += 1
    return run[k:]


def _page_top_label(run: list[int], k: int, parts: _Parts) -> bool:
    """Whether the first line of a run of headline lines opening the page under its date
    line (nothing else before it) is the page's section label (奋进新时代, 民生关注): CJK, as short as
    a label, its words hardly shared with the story under the run (a page's label names
    its section, whose stories may share its words; a kicker names its own story's event),
    not the first of two phrases of one title or kicker nor a kicker reporting a speech.
    Generated pages: 6 articles' headlines more right, none wrong (without the date line
    over it: 9 right, 2 wrong, a title's first phrase set alone at the page's top);
    benchmark sets unchanged. Only
    when attaching (``top_label``): looking for stories run together too, it cut stories
    otherwise on the generated pages (5 headlines more wrong)."""
    first = run[k]
    if k or not first or not has_cjk(parts.blocks[first].text) or not _heads_page(first, parts):
        return False
    text, below = parts.blocks[first].text.strip(), parts.blocks[run[1]].text.strip()
    # (a short phrase over a tagged title is its first phrase, unless the page's text never
    # prints it: a label names a department, a title's phrase its story's subject)
    over_tagged = phrase_over_tagged_title(text, below) and not _section_label_over(text, below, parts.body_text)
    if _parallel(text, below) and not _label_like(below) or over_tagged or _phrase_pair(text, below):
        return False
    if _SPEECH_KICKER.search(text):
        return False  # (郭声琨强调: a kicker reporting a speech)
    return _shares_little(first, parts.story_after[run[-1]], parts)


def _peel_labels_below(run: list[int], parts: _Parts, leftovers: list[int]) -> list[int]:
    """Take a Latin section label (``Business``) off the foot of a run of headline lines.

    pdftotext -raw prints the page's section label where it was drawn, often right after a
    title, over the byline of the story under it: one to three capitalised words sharing no
    words with any one story (a title's last line that is a name, ``Gilbert``, shares it
    with its story's text)."""
    while len(run) > 1:
        text = parts.blocks[run[-1]].text.strip()
        if has_cjk(text) or not section_label(text):
            break
        scores = parts.scores(parts.features([run[-1]]) - parts.byline_words)
        if max(scores.values(), default=0.0) >= LABEL_MAX_SCORE and _clear_winner(scores, LABEL_MAX_SCORE) is not None:
            break
        leftovers.append(run.pop())
    return run


def _label_like(text: str) -> bool:
    """Short enough for a section label: a few characters, or one to three words."""
    text = text.strip()
    if text.endswith(("——", "—", ":", "：")):
        return False  # a kicker leading into its title
    if has_cjk(text):
        return len(_compact(text)) <= LABEL_MAX_CHARS
    words = text.split()
    return len(words) <= LABEL_MAX_WORDS and all(w[:1].isupper() or w == "&" for w in words)


def _leads_into(kicker: str, title: str) -> bool:
    """A CJK kicker ending in its dash (全国政协委员吴明——) over a title that is no kicker
    or subtitle of its own."""
    return has_cjk(kicker) and _kicker_end(kicker) and not _kicker_end(title) and not _subtitle_start(title)


def _bold_titles_apart(upper: Block, lower: Block) -> bool:
    """Two CJK headline lines both drawn in fake bold, the lower set apart from the upper by
    a blank line, and no title wrapping across them: a page draws a story's title in bold
    and its kicker and deck in plain type, so two bold titles are two stories' titles
    (pdftotext printed side-by-side titles one under the other)."""
    if not (upper.lines and lower.lines and lower.gap_before and has_cjk(upper.text + lower.text)):
        return False
    if not all(line.bold for line in upper.lines + lower.lines):
        return False
    return not _wrapped(upper.text.strip(), lower.text.strip())


def _unnamed_kicker(i: int, parts: _Parts) -> bool:
    """Whether the words of headline line ``i`` tie it to no story (KICKER_MAX_SCORE)."""
    return max(parts.scores(parts.features([i])).values(), default=0.0) < KICKER_MAX_SCORE


def _split_run(run: list[int], parts: _Parts) -> list[list[int]]:
    """Cut a run of headline lines where its lines clearly belong to different stories."""
    if len(run) == 1 or not parts.stories:
        return [run]
    best = [_clear_winner(parts.scores(parts.features([i])), ATTACH_MIN_SCORE) for i in run]
    pieces: list[list[int]] = [[run[0]]]
    owner = best[0]
    for k in range(1, len(run)):
        i, b = run[k], best[k]
        prev_text, text = parts.blocks[run[k - 1]].text.strip(), parts.blocks[i].text.strip()
        together = _wrapped(prev_text, text)
        # (Where the page sets its blocks apart with blank lines, a deck is set tight under
        # its title, another story's title apart from it.)
        tight = parts.blocks_set_apart and not parts.blocks[i].gap_before
        if _leads_into(prev_text, text) and (_unnamed_kicker(run[k - 1], parts) or (KICKER_OVER_BARE_TITLE and b is None and not parts.scores(parts.features([i])))):
            # A kicker leads into the title printed under it; one whose words tie it to no
            # story goes with that title (one whose words do may have another story's title
            # printed between it and its own: see _attach_headlines), and so does one over
            # a title whose words tie it to none (another story's title names its story).
            pieces[-1].append(i)
            owner = owner if owner is not None else b
            continue
        if (_TAG.search(prev_text) and not text.startswith("——")) or (
            _latin_title_line(text) and _latin_headline_line(prev_text) and not tight
        ) or (BOLD_TITLES_APART and _bold_titles_apart(parts.blocks[run[k - 1]], parts.blocks[i])):
            # A column tag ends a story's title: a line after it is a subtitle (——…) or
            # another story's headline; a Latin title after a title or a deck (a kicker
            # over a title is shorter) is another story's title, as where pdftotext
            # prints a page's titles and decks together; so is a bold CJK title set apart
            # from the bold title above it.
            pieces.append([i])
            owner = b
            continue
        # Latin headline blocks are whole titles or decks (rejoin joined a title's wrapped
        # lines): two that clearly name different stories are two stories' headlines.
        # Two short phrases one over the other may be one title's, or the titles of two
        # stories set side by side that pdftotext printed one under the other: the latter
        # when the words of each share none with the other's story and no title wraps
        # across them (a label-long line over a title is left to _peel_labels). Generated
        # pages: 12 articles' headlines more right, 1 wrong; benchmark sets unchanged.
        strangers = (
            together
            and not _wrapped(prev_text, text, loose=False)
            and not _label_like(prev_text)
            and b is not None
            and owner is not None
            and parts.scores(parts.features([run[k - 1]])).get(b, 0.0) == 0.0
            and parts.scores(parts.features([i])).get(owner, 0.0) == 0.0
        )
        if b is not None and owner is not None and b != owner and (not together or strangers or not (has_cjk(prev_text + text) or tight)):
            pieces.append([i])
            owner = b
        elif (b is None) != (owner is None) and not together and _score(
            _features(prev_text if owner is None else text),
            parts.stories[owner if owner is not None else b],
            parts.weight,
        ) < ATTACH_MIN_SCORE / 2:
            # One line has a story, the other shares little with it: not one headline.
            pieces.append([i])
            owner = b
        else:
            pieces[-1].append(i)
            owner = owner if owner is not None else b
    return pieces


def _choose(piece: list[int], parts: _Parts, headline: bool, crowd: bool = False) -> int | None:
    """The story a headline piece or caption belongs to: by its words, else by position."""
    stories = parts.stories
    if not stories:
        return None
    scores = parts.scores(parts.features(piece))
    minimum = ATTACH_MIN_SCORE if headline else CAPTION_MIN_SCORE
    winner = _clear_winner(scores, minimum)
    if winner is not None:
        return winner
    nxt = parts.story_after[piece[-1]]
    prev = parts.story_before[piece[0]]
    total = dict(scores)
    if nxt is not None and (not headline or crowd or not stories[nxt].heads):
        total[nxt] = total.get(nxt, 0.0) + BONUS_NEXT
    if prev is not None and (not headline or not stories[prev].heads):
        total[prev] = total.get(prev, 0.0) + BONUS_PREV
    if not total:
        return None
    best = min(total, key=lambda k: (-total[k], k))
    if total[best] >= minimum:
        return best
    return None


def _attach_quotes(quotes: list[list[int]], parts: _Parts, leftovers: list[int]) -> None:
    """Give each pull quote to the story of the body block that prints its text."""
    for run in quotes:
        text = _join_lines([parts.blocks[i].text for i in run])
        source = _quoting_body(_compact(text), parts.blocks, parts.roles, run[0])
        if source is None or source not in parts.story_of:
            leftovers.extend(run)
        else:
            parts.stories[parts.story_of[source]].quotes.append(run)


def _attach_captions(parts: _Parts, leftovers: list[int]) -> None:
    """Give each caption to the story of the body block it quotes whole sentences of (a
    caption repeats or condenses its story's words), else to the story its words and place
    point to."""
    for i, role in enumerate(parts.roles):
        if role != _Role.CAPTION:
            continue
        source = _quoted_body(i, parts.blocks, parts.roles)
        if source is not None and source in parts.story_of:
            parts.stories[parts.story_of[source]].captions.append(i)
            continue
        target = _choose([i], parts, headline=False)
        if target is None:
            leftovers.append(i)
        else:
            parts.stories[target].captions.append(i)


def _find_sections(blocks: list[Block], stories: list[_Story], leftovers: list[int], weight: dict[str, float]) -> set[int]:
    """Stories that are a section label and its intro paragraph, printed apart.

    The intro of a section (战高温抢工期 项目建设正酣 / 一手抓疫情防控……) is one paragraph with
    no lead that shares its words with the label; unlike a brief under its headline, the label
    stands away from it, with other stories' text between.
    """
    body_owner = {i: k for k, story in enumerate(stories) for i in story.body}
    sections: set[int] = set()
    for k, story in enumerate(stories):
        if story.lead or len(story.body) != 1 or not story.heads or story.captions:
            continue  # (a photo's caption quoting the paragraph: a story, not a label's intro)
        only = story.body[0]
        if len(_compact(blocks[only].text)) > INTRO_MAX_CHARS:
            continue
        lo, hi = min(story.heads + [only]), max(story.heads + [only])
        if any(body_owner.get(i, k) != k for i in range(lo, hi)):
            sections.add(k)
    return sections


def _section_blocks(sections: set[int], stories: list[_Story]) -> set[int]:
    out: set[int] = set()
    for s in sections:
        out.update(stories[s].body)
        out.update(stories[s].heads)
    return out


# -- building articles -------------------------------------------------------------------


def _title_from_first_line(story: _Story, blocks: list[Block]) -> None:
    """Make the first body block of a story without a headline, or whose headline ends in a
    kicker's dash (一系列新举措密集出台—— leads into a title), its title when it reads as
    one: a CJK line or two of at most TITLE_FROM_BODY_MAX_CHARS, no sentence in it or at
    its end, no lead, no open end, with the story's text going on afresh under it. Rejoin
    types a title holding a comma (有了灯光，也要留住星光（域外听风）) or printed among
    text lines as body text; standing first over its story's text, it is that story's
    title, not a paragraph (a crosshead stands between paragraphs of a story that has a
    title). Not a line with two clause breaks and no column tag, nor an untagged line as
    wide as the column under it: a piece of a sentence. Generated pages: 18 articles'
    headlines more right, 5 wrong in another way (a column's piece taken for a title, or
    one line of a two-line headline taken); under a kicker, 5 more right, none wrong;
    benchmark sets unchanged."""
    if len(story.body) < 2:
        return
    if story.heads and not _kicker_end(blocks[max(story.heads)].text.strip()):
        return  # (a kicker's dash leads into the title under it: that title may be typed as body)
    first, after = blocks[story.body[0]], blocks[story.body[1]]
    text = first.text.strip()
    if not has_cjk(text) or len(first.lines) > TITLE_FROM_BODY_MAX_LINES or len(_compact(text)) > TITLE_FROM_BODY_MAX_CHARS:
        return
    if ends_sentence(text) or _SENTENCE_END.search(text) or not _reads_as_headline(text) or starts_mid_sentence(after.text.strip()):
        return
    if text.count("，") > 1 and not _TAG.search(text):
        return  # (two clause breaks and no column tag: a piece of a sentence cut off)
    column = max(display_width(line.text.strip()) for line in after.lines)
    if not _TAG.search(text) and display_width(first.lines[-1].text.strip()) >= column - FULL_SLACK:
        return  # (a line as wide as the column under it: the column's text, going on elsewhere)
    story.heads.append(story.body.pop(0))


def _build_article(story: _Story, blocks: list[Block], number: int) -> Article:
    heads: list[str] = []
    last = -2
    order = sorted(story.heads)
    full = _full_title_lines(order, blocks)
    for n, i in enumerate(order):
        text = _headline_text(blocks[i].text)
        later = blocks[order[n + 1]].text.strip() if n + 1 < len(order) else ""
        below = later if n + 1 < len(order) and order[n + 1] == i + 1 else ""
        # (two short phrases over the title, printed apart: one kicker line, 崇尚守信 注重调解)
        pair = later and i == last + 1 and blocks[i].gap_before and _phrase_pair(heads[-1] if heads else "", text)
        if heads and (i in story.halves or pair):
            heads[-1] = f"{heads[-1]} {text}"  # the phrases of a title set across two columns
        elif heads and i == last + 1 and (
            last in full
            # (a short phrase over a tagged title is its first phrase, not the tail above;
            # a photo's caption may stand between the two)
            or (_title_goes_on(heads[-1], text) and not (below and phrase_over_tagged_title(text, below)))
            or (_tail_goes_on(heads[-1], text) and not (later and phrase_over_tagged_title(text, later)))
            or _speech_goes_on(heads[-1], text)
            # (a title's tag with a word or two of it, …带来健康 / 红利（人民时评）, and a line
            # opening on a particle no title opens on, …直销相关 / 的审批、备案: the title
            # wrapped; generated pages: 8 articles' headlines more right, none wrong)
            or _closes_title(heads[-1], text)
            or _particle_goes_on(heads[-1], text)
            or _subtitle_goes_on(blocks[last], blocks[i])
            or _kicker_goes_on(blocks[last], blocks[i])
            or _parallel_phrase(heads[-1], blocks[last], blocks[i])
        ):
            heads[-1] = _join_text(heads[-1], text)
        else:
            heads.append(text)
        last = i
    paragraphs: list[str] = []
    continues = story.continues
    quoted = {run[0]: _join_lines([blocks[i].text for i in run]) for run in story.quotes}
    goes_on = {run[0] for end, run in story.follows.items() if run and end in story.body} - story.after
    last = None
    for i in _reading_order(story, list(quoted)):
        text = quoted[i] if i in quoted else blocks[i].text
        match = _JUMP.search(text)
        if match and continues is None and match.end() >= len(text.rstrip()) - 1:
            continues = _jump_target(match.group(0))
            text = text[: match.start()].rstrip()
        if text and i in goes_on and last is not None and story.follows.get(last, [None])[0] == i and paragraphs:
            # the run's first paragraph is the rest of the one its story stopped in
            paragraphs[-1] = _join_text(paragraphs[-1], text)
        elif text:
            paragraphs.append(text)
        last = i
    article = Article(
        headlines=heads,
        paragraphs=paragraphs,
        captions=[blocks[i].text for i in story.captions],
        byline=_byline(paragraphs),
        page=number,
        continues=continues,
        title_index=_title_index(heads),
    )
    return article


def _full_title_lines(heads: list[int], blocks: list[Block]) -> set[int]:
    """The story's headline lines that fill their title's rectangle: in a run of
    FULL_TITLE_MIN_LINES or more headline lines printed one under the other in one style,
    every line but the last as wide as the others within FULL_TITLE_SLACK and the last no
    wider, the title wrapping at one of their line ends at least (title_wraps, or a word
    across it that the lexicon reads with FULL_TITLE_MIN_GAIN), each line
    but the last is full, so the title goes on on the next: a title wrapped at its
    rectangle's edge. (A kicker, a title and a subtitle may be set to one width too, but
    each stands whole.)"""
    full: set[int] = set()
    k = 0
    while k < len(heads):
        m = k
        while m + 1 < len(heads) and heads[m + 1] == heads[m] + 1 and _same_style(blocks[heads[m]], blocks[heads[m + 1]]):
            m += 1
        run = heads[k : m + 1]
        texts = [line.text.strip() for i in run for line in blocks[i].lines]
        widths = [display_width(t) for t in texts]
        if (
            len(run) >= 2
            and len(texts) >= FULL_TITLE_MIN_LINES
            and max(widths[:-1]) - min(widths[:-1]) <= FULL_TITLE_SLACK
            and widths[-1] <= max(widths[:-1]) + FULL_TITLE_SLACK
            and has_cjk("".join(texts))
            and not any(_kicker_end(t) or _subtitle_start(t) for t in texts)
            and any(title_wraps(a, b) or seam_gain(a, b) >= FULL_TITLE_MIN_GAIN for a, b in pairwise(texts))
        ):
            full.update(run[:-1])
        k = m + 1
    return full


def _subtitle_goes_on(upper: Block, lower: Block) -> bool:
    """Whether headline line ``lower`` is the rest of the subtitle (——访…) printed right
    over it: printed alike, set tight under it, no wider, no title or kicker of its own
    (no column tag, no dash)."""
    first, last = lower.text.strip(), upper.text.strip()
    if not _subtitle_start(last) or lower.gap_before or not _same_style(upper, lower) or len(lower.lines) != 1:
        return False
    if _kicker_end(first) or _subtitle_start(first) or _TAG.search(first) or starts_article(first):
        return False
    return display_width(first) <= display_width(upper.lines[-1].text.strip()) + BOLD_FULL_SLACK


def _kicker_goes_on(upper: Block, lower: Block) -> bool:
    """Whether headline line ``lower``, ending in a kicker's dash, is the rest of the kicker
    printed right over it (…第一任村民委员会主任韦 / 焕能——): printed alike, set tight
    under it and no wider (the dash may fill the line to the kicker's measure), the upper
    line no title of its own (no column tag, no closing mark at its end)."""
    first, last = lower.text.strip(), upper.text.strip()
    if not _kicker_end(first) or _subtitle_start(first) or _subtitle_start(last) or _kicker_end(last):
        return False
    if lower.gap_before or not _same_style(upper, lower) or len(lower.lines) != 1 or not has_cjk(last):
        return False
    if _TAG.search(last) or last.endswith(_CLOSING_MARKS):
        return False
    return display_width(first) <= display_width(upper.lines[-1].text.strip())


def _tail_goes_on(title: str, line: str, most: int = TITLE_TAIL_MAX_CHARS) -> bool:
    """Whether a CJK headline line of at most ``most`` characters, printed right under a
    line of its story's headline, is the end of that line's title (…全力维护国家 / 政治安全):
    no kicker, title or subtitle of a story is so short but a kicker over its title."""
    if not has_cjk(line) or len(_compact(line)) > most or _dash_between(title, line):
        return False
    return not (_title_closed(title) or _TAG.search(line))


def _title_closed(text: str) -> bool:
    """Whether a headline line ends what it says: a sentence end, a column tag or a closing
    mark at its end leaves no title open for the next line to go on."""
    return ends_sentence(text) or _TAG.search(text) is not None or text.endswith(_CLOSING_MARKS)


def _speech_goes_on(upper: str, line: str) -> bool:
    """Whether a CJK headline line reporting a speech (…召开座谈会时强调), printed right
    under a line of its story's headline, ends the kicker that line opens: such a kicker
    opens its headline (all 115 on the generated and dev pages come first, or after a
    kicker's dash)."""
    if not has_cjk(upper + line) or not _SPEECH_KICKER.search(line) or _dash_between(upper, line):
        return False
    return not (_title_closed(upper) or _SPEECH_KICKER.search(upper))


def _phrase_pair(first: str, second: str) -> bool:
    """Two CJK phrases short as section labels and as long as each other within HALF_SLACK,
    one over the other (崇尚守信 / 注重调解): set apart by a blank line, the two phrases of
    one headline line that pdftotext printed apart at the space between them."""
    if not (has_cjk(first) and has_cjk(second) and _label_like(first) and _label_like(second)):
        return False
    if " " in first + second or not (_reads_as_headline(first) and _reads_as_headline(second)):
        return False
    a, b = len(_compact(first)), len(_compact(second))
    return HALF_MIN_CHARS <= min(a, b) and abs(a - b) <= HALF_SLACK


def _kicker_end(text: str) -> bool:
    """A headline line ending in a kicker's dash (全国政协委员吴明——): it leads into a title."""
    return text.endswith(_DASHES)


def _subtitle_start(text: str) -> bool:
    """A headline line opening on a subtitle's dash (——访…): it follows a title."""
    return text.startswith("——")


def _dash_between(upper: str, lower: str) -> bool:
    """A kicker's dash ending ``upper`` or a subtitle's opening ``lower``: two headline lines
    of different parts (kicker, title, subtitle), not one title wrapped."""
    return _kicker_end(upper) or _subtitle_start(lower)


def _parallel_phrase(title: str, upper: Block, lower: Block) -> bool:
    """Whether headline block ``lower`` is the second of two short phrases of one title
    (:func:`_parallel`) whose first ends ``title``, printed right above it in ``upper`` in
    the same style. A line already of two phrases (崇尚守信 注重调解) is a kicker over the
    title."""
    return _parallel(title, lower.text.strip()) and " " not in title and _same_style(upper, lower)


def _same_style(upper: Block, lower: Block) -> bool:
    """Whether two headline blocks are printed alike: both in fake bold, or neither."""
    return all(line.bold for line in upper.lines) == all(line.bold for line in lower.lines)


def _title_goes_on(title: str, line: str) -> bool:
    """Whether headline line ``line``, printed right under the lines of ``title``, goes on
    that title: the title wraps there (:func:`declump.paragraphs.title_wraps`), as where its
    lines were cut apart to be read one by one (title lines over a caption or a lead)."""
    if not has_cjk(title + line) or _dash_between(title, line):
        return False
    return title_wraps(title, line)


def _reading_order(story: _Story, quotes: list[int]) -> list[int]:
    """The story's body blocks and pull quotes in print order, except that a run printed
    away from the paragraph it goes on from comes right after that paragraph."""
    body = set(story.body)
    runs = {end: [i for i in run if i in body] for end, run in story.follows.items() if end in body}
    moved = {i for run in runs.values() for i in run}
    order: list[int] = []

    def place(i: int) -> None:
        order.append(i)
        for j in runs.pop(i, []):
            place(j)

    for i in sorted([i for i in story.body if i not in moved] + quotes):
        place(i)
    for run in runs.values():  # (a run whose paragraph went on in a run itself placed)
        order.extend(j for j in run if j not in order)
    return order


def _headline_text(text: str) -> str:
    return text.strip()


def _byline(paragraphs: list[str]) -> str | None:
    if not paragraphs:
        return None
    first = paragraphs[0].strip()
    if is_byline(first):
        return first
    match = CJK_LEAD.match(first)
    if match and not match.group(0).startswith("据"):
        return match.group(0).strip()
    return None


def _title_index(heads: list[str]) -> int:
    """The main title: after a kicker (two phrases set apart by a space) when there is one."""
    if len(heads) >= 3:
        return 1
    if len(heads) == 2 and has_cjk(heads[0]) and " " in heads[0].strip() and " " not in heads[1].strip():
        return 1
    return 0


def _jump_target(text: str) -> str | None:
    match = _JUMP.search(text)
    if not match:
        return None
    target = match.group("cjk") or match.group("latin")
    target = re.sub(r"\s+", " ", target.strip())
    if match.group("cjk") and not target.startswith("第"):
        target = "第" + target
    return target


def _one_article(page: Page) -> Article:
    """With segmentation off: the whole page as one article, blocks by their rejoin kind."""
    article = Article(page=page.number)
    for block in page.blocks:
        if block.kind is BlockKind.HEADLINE:
            article.headlines.append(block.text)
        elif block.kind is BlockKind.CAPTION:
            article.captions.append(block.text)
        elif block.kind is BlockKind.PARAGRAPH:
            article.paragraphs.append(block.text)
        else:
            page.other.append(block)
    return article


"""Rejoin: lines broken at the column edge become paragraphs again.

pdftotext ends every printed line with a newline and separates column pieces with blank
lines that may or may not be paragraph breaks. Whether two neighbouring lines belong to
one paragraph is decided from the evidence a reader uses:

* *column width*: body lines of one column are all about as wide as the column; the
  width is estimated from the neighbouring lines (in ems: ideographs 1, Latin ½);
* *terminal punctuation*: a paragraph ends with a sentence end (。！？ …);
* *lost indent*: a paragraph's first line is two ems narrower than the column;
* *short last line*: a line well short of the column edge ends its paragraph;
* *standalone lines*: headline lines, captions and labels are wider or narrower than the
  column around them and do not end in a sentence; they stay blocks of their own;
* *article starts*: 本报讯, 新华社…电, ``By …`` always open a new block.

Latin lines are joined with one space; a word hyphenated at the line end is rejoined
(``distribu-``/``tion``) unless the page shows it hyphenated elsewhere (``well-known``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from declump import latin
from declump.config import Config
from declump.lexicon import seam_gain, spans_word, stands_alone
from declump.markers import CAPTION_MARK, PAGE_FURNITURE, SUBTITLE, is_byline, starts_article
from declump.model import Block, BlockKind, ChangeLog, Line, in_clean_form
from declump.text import FULL_WIDTH_MARKS, compact, display_width, ends_sentence, has_cjk, is_cjk, is_wide_punct

# How many non-blank lines on each side inform the column-width estimate. Columns in
# newspapers run for dozens of lines; six is enough to see the mode without reaching far
# into the neighbouring column.
WIDTH_WINDOW = 6
# Lines within this many ems of each other count as the same width when finding the mode
# (justification, half-width digits and compressed punctuation move widths by about ±1).
WIDTH_TOLERANCE = 1.0
# In CJK text, lines this many or more that reach an indent (FULL_SLACK to INDENT_MAX ems)
# past the commonest width show the column edge: in short paragraphs (wide columns, four
# lines a paragraph) indented first lines are as common as full lines, and the commonest
# width is the indent's. (Clean block_f1: dev 0.9316 -> 0.9320, dev-layout 0.9544 ->
# 0.9561; on Latin text, whose ragged lines scatter wider, the English dev pages lost 0.01.)
INDENT_EDGE_LINES = 2
# The width (ems) of a space despace removed around a figure (7 连 / 6 班): CJK typesetting
# sets a quarter em between ideographs and Latin letters or figures. (Counted at half an em,
# a column line with several figures measured two ems wider than the column: dev clean
# block_f1 0.9102 at 0.5, 0.9116 at 0.25 and 0.35, 0.9062 at 0.15, 0.8984 at 0.)
FIGURE_GAP = 0.25
# A character pair across a line end is a word cut in two when the page prints it whole
# at least this often inside a line. On the dev pages, requiring one sighting made 9 right
# joins for each wrong one; only the lines' own words are evidence, never a dictionary.
SPLIT_WORD_MIN_COUNT = 1
# A column of hyphenated English keeps a hyphen at the end of 4–20 % of its lines
# (English dev pages, -raw); where pdftotext joined them, under 3 % end in one.
HYPHEN_KEPT_SHARE = 0.03
# Too few lines to tell whether the hyphens were joined.
MIN_MERGE_EVIDENCE_LINES = 30
# Lines at half the width of a window's commonest width, seen this often (in a window of
# seven lines), are the column's own and the wider ones lines joined at a hyphen; two such
# lines are as often a headline's or the ends of paragraphs (English dev pages). A longer run
# of lines (the piece between two blank lines) needs as many in proportion: a column of 41
# lines under a three-line title holds four such short lines (the title's, the ends of its
# paragraphs), which made the column half its width and split a sentence at the column's
# foot (English dev pages: 1 join more, right; no other set changes).
MERGE_HALF_MIN = 3
# Fewer neighbouring lines than this say nothing about a column.
MIN_CONTEXT_LINES = 2
# A line at least this close to the column width reaches the right edge ("full").
FULL_SLACK = 1.0
# The first line of a paragraph loses a two-em indent; anything from FULL_SLACK down to
# this deficit counts as an indented first line (measured on pdftotext output: 2–3 ems).
INDENT_MAX = 4.5
# CJK lines all filling the column are a piece of a paragraph cut off at a column's foot,
# unless they stand apart above (a blank line, the page's top), are all of one width, the
# first line too (within this many characters), and hold no comma: a title set to its
# column's measure (see _title_set_full). Dev pages: none such; generated pages (9 sets):
# 16 such blocks headline lines, 4 body text. Split headline_acc summed over the 21
# generated sets 14.0339 -> 14.0556, article_exact 11.5798 -> 11.5988, cer 3.8156 ->
# 3.8119; clean block_f1 up on 12 sets, v141 0.8937 -> 0.8932; benchmark sets unchanged.
TITLE_SET_FULL = True
TITLE_SET_FULL_SLACK = 0.5
# A letter-spaced line was stretched to its column's edge; it measures short by its figures,
# wider than the half em counted for them (dev pages: such lines inside paragraphs measure
# 0.5-1.75 ems short, letter-spaced first lines 2.5 or more; generated pages alike). It is
# an indented first line only when short by more than this.
SPACED_FULL_SLACK = 2.0
# A line this much narrower than the column above it, after a full line ending a sentence
# with no blank line between, lost an indent, though short columns of short paragraphs put
# as many indented first lines as full lines in the window after it (then the commonest
# width there is the indent's). Less than two ems: half-width figures narrow a full line by
# up to one em (a full line measured 1.2 ems short of a column of hanging punctuation).
INDENT_MIN = 1.5
# A line shorter than the column by more than this is a short (last) line.
SHORT_SLACK = 2.5
# Layout text: a line ending its sentence at the foot of a column at least this much (one
# character) narrower than the full line heading the next column is its paragraph's last
# line, not a full line the next column goes on from: inside a paragraph CJK text fills its
# line to the edge. (Lines with figures or Latin words measure too roughly to tell.) On the
# generated layout pages such columns taken to go on were 23 of 23 wrong (36 of 38 with older
# generated sets); dev layout pages: none.
LAST_LINE_SHORT = 1.0
# ... and a line of ideographs alone (no figure, no Latin word, not letter-spaced, and no
# figure opening the next line that might not have fitted) by more than this: its width
# measures to within an em. (Before an indented line, generated pages: 13 more paragraph
# ends found, none wrong; dev pages unchanged. Without the figure test, dev clean 0.9337 ->
# 0.9325: 增加产值达 / 5000亿—6000亿元。)
PLAIN_SHORT_SLACK = 1.5
# A line of a paragraph that fills at most this share of its column ends the paragraph even
# without a sentence end (a story cut off at the end of its box, a closing tag line): body
# lines within a paragraph reach the column edge, and the ones measured short by stretched
# spacing or digits still fill well over half of it.
SHORT_LAST_SHARE = 0.5
# A piece of a letter-spaced line (_mark_spaced_pieces) is at most this many ems wide: the
# spacing of a justified CJK line falls between every two characters, so where it grows
# wider than a gutter the pieces are single characters or a figure's digits, a few at
# most (饲 / 草 / 料, 68.8 / 万头, 训就业 / 2000). Runs of wider short lines are headline
# lines over a lead (种来好日子 / 睦和村双赢记) or a paragraph's tail over a column.
# All CJK sets: 26 runs kept; the 3 dropped each ran a headline or a paragraph into text.
SPACED_PIECE_MAX = 3.0
# A Latin line at least this share of its column's width after a gap, yet short of two lines
# run together, is a headline set across columns (justified body lines vary by about 10 %).
WIDE_TITLE_SHARE = 1.12
WIDE_TITLE_MAX_SHARE = 1.6
# ... over a line that keeps to the column under it (within this share of its width).
UNDER_TITLE_SHARE = 1.05
# A bracket left open at a line end is closed within this many characters of the next line
# when the text runs on (a reporter's name cut: （记者王 / 迪）).
BRACKET_REACH = 8
# ... opened on one of this many lines above (a bracketed note runs a line or two).
BRACKET_LINES = 3
# A title over a column narrower than itself by this many ems stands apart from it.
NARROWER_COLUMN = 3.0
# A photo caption set between blank lines inside a column runs a few lines at most, or,
# set in a column as narrow as a photo's side (7-8 characters a line), at most this many
# characters (spaces left out; longest dev caption: 85, as long as a caption runs).
CAPTION_MAX_LINES = 6
CAPTION_MAX_CHARS = 120
# ... with no line this many times as wide as most of its lines (a title over a caption
# beside its photo is twice as wide; a caption line letter-spaced around digits, 的 2 月 11
# 日定为, a few ems wider).
CAPTION_WIDE_LINE = 1.5
# A caption quoting its story repeats at least this many characters of it (shorter
# sentences repeat by chance), printed within this many lines of it.
QUOTE_MIN_CHARS = 12
QUOTE_REACH_LINES = 120
# The lines of a caption cut by a blank line fill one measure, within this many ems (-layout
# text prints a smaller type's lines an em or so wider or narrower).
CAPTION_CUT_SLACK = 2.0
# Two pieces that stop mid-sentence and repeat text are a body paragraph, not a caption
# cut by a blank line, when the copy also holds this many last characters of the line
# above them (one: a sentence starting there, 。由…, leaves the copy only the 由; dev pages:
# two such body pieces, which two characters took for captions).
QUOTE_BACK_CHARS = 1
# The copies of a fake-bold title printed run by run repeat the last characters of the copy
# before, up to this many (a run of a title is a word or two).
REPEAT_MAX = 4
# A line wider than the column by more than this is not a body line of that column
# (punctuation may hang one em past the edge).
WIDE_SLACK = 1.5

# A dash pair's opening dash dropped at a joined line end (see _restore_dropped_dashes): the
# joined line's first line, ending in `` -``, reaches the edge of its column within this share
# and the next word would not have fitted, and the rest of the joined line fits on one line
# of the column (else the join is elsewhere: ``such dizzy-``/``ingly-high denominations``);
# on the English dev pages, 4 such dashes found and none wrong in default mode (without the
# last check 3, and 1 wrong; -raw and -layout keep their dashes).
DASH_EDGE_FIT = 0.03
# The column's edge is the widest line near by of at most this many column estimates (the
# estimate is the commonest width; ragged lines stop short of the edge), from this many lines.
DASH_EDGE_SPREAD = 1.3
DASH_EDGE_LINES = 4
# ... on a line that holds one join: at most this many times the edge wide (two lines; with
# more, a word cut by a hyphen could have made any of the joins).
DASH_ONE_JOIN = 2.0
# A sentence is read on over at most this many lines (a blank line may stand in it: the foot
# of a column).
DASH_SENTENCE_LINES = 8
_SPACED_DASH = re.compile(r"(?:^| )-(?= |$)")
_SENTENCE_END = re.compile(r"[.!?][”’\"']?(?= |$)")
_HAS_LETTER = re.compile(r"[A-Za-z]")
_WORD_CUT_END = re.compile(r"[a-z]-$")
# A line ending in one of these stops mid-sentence; a line starting with one of these
# cannot open a paragraph. Either way the two lines are one paragraph.
_OPEN_END = re.compile(r"[，、；：（《“‘「『【—-]$")
# A short line ending in a colon, then an indented line: a paragraph ends on its colon and
# what it announces opens the next (see _colon_ends_paragraph). Rejoin decisions against
# the truth: dev 1 right, dev layout 1, four generated sets 3, none wrong; split
# para_f1 dev 0.9575 -> 0.9593, dev layout 0.9724 -> 0.9742, -raw 0.9812 -> 0.9848, up on 9
# generated sets and down on none.
COLON_LAST_LINE = True
_COLON_LAST_LINE = "a short last line ending in a colon, then an indented line"
# A kicker: a line of its own (a name, a role, an event) ending in a dash that leads into the
# title under it (全国政协委员吴明—— / 下足笨功夫…), holding no clause or sentence mark.
_KICKER = re.compile(r"[^，。、；：？！\s]{2,30}——")
_CLOSED_START = re.compile(r"^[，。、；：？！）》”’」』】…]")
# A sentence end with more text after it on the line (。 or 。” inside, not at the end).
_SENTENCE_INSIDE = re.compile(r"[。！？][”’」』）]?(?=[^。！？”’」』）])")
_CLOSING_ONLY = re.compile(r"[）》”’」』】]+")
# Characters that cannot end a headline or a sentence (structural particles, prepositions,
# conjunctions) and particles that cannot start one: across a line end they glue.
_FUNCTION_END = re.compile(r"[的之和与及或在对把被将向从为以让使由]$")
_PARTICLE_START = re.compile(r"^[的地得了着过们]")
# Characters no title ends on, words of their own that lead on to what follows (的, 和, 把…;
# not 对, 为 or 在, which also end words: 应对, 行为, 存在).
_TITLE_LEADS_ON = re.compile(r"[的之和与及把被向从让使]$")
# A title line ends inside a word the next line finishes when the two read likelier joined
# by this many nats (as reassembly's SPANS_WORD_GAIN).
WRAPPED_WORD_GAIN = 2.5
# ... and a title line followed by a line of at most this many characters wraps.
WRAPPED_TAIL_CHARS = 3
# The text before the first comma: a sentence never opens with a clause this short.
_ONE_CHARACTER_CLAUSE = re.compile(r"^[^，、：；。！？\s][，、：；]")
_FIRST_CLAUSE = re.compile(r"^([^，、：；。！？\s]{1,8})[，、：；]")
# A headline ending in the name of its column, e.g. 「…（人民时评）」: a short bracketed
# label with no punctuation, after text that ends no sentence (a title may hold a comma
# between its two phrases: 本领强，遇变才不慌（体坛观澜）).
_TAG = r"（[^（）。，、；：！？\s]{2,12}）"  # the column's name in brackets (（人民时评）)
_COLUMN_TAG = re.compile(rf"^[^。；！？]{{2,40}}{_TAG}$")
# The tag alone on a line (（大家手笔）): a wrapped title's.
_TAG_ALONE = re.compile(_TAG)
# One line that is a whole such headline: no brackets before the tag, and a tag of words,
# not a bracketed term of a sentence (``生产总值（GDP）``, ``一文（指何云）``).
_TAGGED_LINE = re.compile(r"^[^，。；！？（）()]{2,40}（[^（）。，、；：！？\sA-Za-z]{2,12}）$")
# The first phrase of a two-phrase headline printed on a line of its own (崇尚实干 / 抓实实抓（声音）),
# and the reason rejoin gives for joining it to the tagged title (with a space).
_SHORT_PHRASE = re.compile(r"[\u4e00-\u9fff]{2,5}")
_PHRASES = "a short phrase alone over a tagged title: one headline of two phrases"
# Such a title's two phrases are set as a pair of about one length (退而不休 / 干劲不减,
# 乡村振兴 / 人才是关键), or the first names the story's subject, which its text repeats
# (毕节 / 考核干部实打实（关注基层治理））: a short phrase over a longer title that the
# page's running text never prints is a kicker or a section's label over it (奋进新时代 /
# 透视红包背后的消费（财经观）, 文化视点 / …). Rejoin joins them only when the title before
# its tag is at most PHRASE_BALANCE characters longer or shorter than the phrase, or the
# running text prints the phrase. All CJK sets: such joins 35 right, 6 wrong (were 35
# right, 40 wrong).
PHRASE_BALANCE = 1
# A short title (民生关注, 探索创新) holds no punctuation and no figures.
_CLAUSE_MARK = re.compile(r"[，、；：]")
_PROSE_MARK = re.compile(r"[，、；]")  # (a colon is as common in titles: 林心平：慷慨赴死…)
_CLAUSE_OR_END = re.compile(r"[，、；：。！？]")
# A line after a gap, right over a story's dateline, holding no clause: that story's title, so
# no continuation of a paragraph cut off at a column's foot (see _title_over_dateline). All
# 32 sets: 9 such breaks, all right (12 right and 2 wrong, both inside a headline, before
# the block before it had to hold a clause); dev pages unchanged; split para_f1 w123
# 0.9266 -> 0.9274, LW133 0.9224 -> 0.9233, headline_acc up on n142, w123, LW133.
TITLE_OVER_DATELINE = True
# A line alone between gaps, as wide as the column, holding no clause nor quotation, over a
# line set in by an indent that ends no sentence, after running text: a title (see
# _title_between_gaps). All 32 sets: 8 such breaks, 6 right (two wrong: a line continuing a
# paragraph over a short title, a title's second line); dev pages unchanged; split cer n142
# 0.2343 -> 0.2297, v141 0.2057 -> 0.2042, headline_acc up on both.
TITLE_BETWEEN_GAPS = True
_QUOTE_MARK = re.compile(r"[“”‘’「」]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_FIGURE_OR_LATIN = re.compile(r"[0-9A-Za-z]")
_FIGURE_OR_LATIN_START = re.compile(r"^\W?[0-9A-Za-z]")
_PUNCT_OR_DIGIT = re.compile(r"[，、；：。！？“”‘’（）《》\d]")
# Layout text keeps a first-line indent as spaces: two ems are 2 (characters) or 4 (display
# cells) spaces; one space is slack in a column's left edge.
LAYOUT_INDENT_MIN = 2
# A page shows its indents when at least this many lines are set in so (layout pages: dozens;
# text in reading order, the example page included: none).
INDENTS_SHOWN_MIN = 5
# How a note in brackets closing a story opens (its author, its dateline, its source).
_NOTE_OPENING = re.compile(r"（(?:作者|本报|记者|新华社|通讯员|摘编|摘自|原载|转载|编译)")
# What a note in brackets says: who wrote or reported the story, or where it was filed.
_NOTE = re.compile(r"作者|记者|整理|编译|通讯员|摘编|摘自|原载|转载|[电電]）$")
# A line ending in a photographer's credit (…气质。吴昊 摄).
_CREDIT_AT_END = re.compile(r"[摄攝]\s*[）)]?$")
# A photographer's credit word wrapped onto a line of its own (张三 / 摄).
# A caption quoting its story starts where a sentence can start (not on ，。 or a closing mark).
_SENTENCE_START = re.compile(r"[^，。、；：？！）》”’」』】…]")
_LONE_CREDIT = re.compile(r"[摄攝]\s*[）)]?")


# A whole line that is the start of a dateline cut before its 电 (``本报北京2月`` /
# ``26日电（记者…``), as narrow columns print it: an article start all the same.
_LEAD_OPENING = re.compile(r"^(?:本[报報]|新[华華]社|中新社)[^，。、：；？！（(\s电電讯訊记記发發]{1,12}$")
# The paper's reporter named at a line start (a lead: 本报记者 王迪 北京…).
_REPORTER = re.compile(r"本[报報][记記]者")
# A headline wraps over two lines at most, three with a kicker.
MAX_TAGGED_HEADLINE_ROWS = 3


@dataclass
class Row:
    """A non-blank line with the measurements the decisions need."""

    line: Line
    text: str
    width: float
    blank_before: bool
    latin: bool
    left_width: float = 0.0  # column width seen from the lines up to this one
    right_width: float = 0.0  # column width seen from the lines from this one on
    context_width: float = 0.0  # widest of the columns before and after, this line left out
    after_width: float = 0.0  # column width of the lines after this one (0: too few)
    split_word: bool = False  # the line end before this line cuts a word the page uses elsewhere
    weak_join: bool = False  # joined to the line before on weak evidence (see Block.seams)
    phrase_gap: bool = False  # joined to the line before with a space: a headline's next phrase, a credit
    next_width: float = 0.0  # the width of the next line (0: none)
    follows_sentence: bool = False  # the line before this one ends a sentence
    next_word: str = ""  # the first word of the next line (Latin: would it have fitted on this one?)
    next_bold: bool = False  # the next line is printed in fake bold too
    spaced_piece: bool = False  # a piece of a letter-spaced line that pdftotext printed as several lines
    next_furniture: bool = False  # the next line is page furniture (a masthead's date line)
    next_opens_story: bool = False  # the next line opens a story with its dateline (本报北京…电)
    next_opens_paragraph: bool = False  # the next line is set in by an indent and ends no sentence
    opens_page: bool = False  # the page's first line (what stands before it is apart)
    piece_width: float = 0.0  # column width of the lines between the blank lines around this one
    gap_before: int = 0  # lines before this one since a blank line (or the page's top)
    gap_after: int = 0  # lines after this one before a blank line (or the page's end)
    justified_widths: tuple[float, ...] = ()  # Latin: the lines near by set justified, up to blank lines
    left_piece_width: float = 0.0  # column width seen from a blank line in the window to this line (0: none)
    right_piece_width: float = 0.0  # column width seen from this line to a blank line in the window (0: none)
    piece_lines: int = 0  # how many lines stand between those blank lines
    piece_whole: bool = False  # those lines start with a capital and end a sentence
    piece_caption: bool = False  # those lines are a photo caption (they end in a credit, 张三 摄)
    caption_cut: bool = False  # those lines and the piece after them are one caption cut by a blank line
    hyphens_joined: bool = False  # the extractor joined the page's hyphenated lines
    heads_story: bool = False  # Latin: this line and up to two more, no sentence end, then a story's start
    indent: int = 0  # spaces before the text: layout text keeps a paragraph's first-line indent
    indents_shown: bool = False  # the page's lines show their indents (layout text)
    named_in_text: bool = False  # a short phrase alone on its line that the page's running text prints too


def rejoin(lines: list[Line], config: Config, log: ChangeLog) -> list[Block]:
    """Join one page's lines into blocks (paragraphs, standalone lines)."""
    rows = _measure(lines)
    if not rows:
        return []
    vocabulary = latin.vocabulary(row.text for row in rows if row.latin) if config.dehyphenate else None
    # Text already in declump's clean form is left as it is: repairing a repaired page
    # changes nothing.
    clean_form = in_clean_form(lines)
    if vocabulary is not None and config.rejoin and not clean_form:
        hyphenated = latin.hyphenated_words(vocabulary)
        for i, row in enumerate(rows):
            if row.hyphens_joined:
                column = min(w for w in (row.left_width, row.right_width, math.inf) if w > 0)
                holds_join = row.width >= column * latin.LATIN_MERGED_FACTOR
                edge = (_joined_edge(rows, i) if row.latin else None) or 0.0
                _repair_text(row, latin.restore_hyphens(row.text, row.line.number, vocabulary, log, hyphenated, holds_join, column, edge))
        _restore_dropped_dashes(rows, log)
    blocks: list[Block] = []
    current = [rows[0]]
    lead = False  # the current block follows a byline: it is a story's lead paragraph
    for prev, row in zip(rows, rows[1:]):
        join, why = (False, "") if not config.rejoin or clean_form else _decide(prev, row, current, lead)
        if join:
            # Joined across a blank line (the foot of a column) or onto what looks like an
            # indented first line, without a sentence end: the text after may be printed
            # from elsewhere; reassembly may cut here for a continuation that reads better.
            # (In Latin text a sentence that runs on across a blank line too: pdftotext's
            # default mode prints two columns in alternating runs of lines, and on the
            # English dev pages 14 of 138 such joins ran into the other column.)
            loose = why == "no sentence end" and (row.blank_before or _indented(row))
            row.weak_join = loose or (row.blank_before and not ends_sentence(prev.text))
            # A photographer's credit wrapped onto a line of its own (张三 / 摄) keeps the
            # space that marks it as a credit.
            row.phrase_gap = why == _PHRASES or (row.piece_caption and _LONE_CREDIT.fullmatch(row.text) is not None)
            current.append(row)
        else:
            blocks.append(_make_block(current, vocabulary, log))
            lead = current[0].latin and (is_byline(current[0].text) or _headline_rows(current))
            current = [row]
    blocks.append(_make_block(current, vocabulary, log))
    return blocks


def _repair_text(row: Row, text: str) -> None:
    """Give ``row`` its repaired ``text``, and its line too where the line held the text as it
    was (reassembly finds each line's text in its block's)."""
    if text != row.text and row.line.text.strip() == row.text:
        row.line = replace(row.line, text=text)
    row.text = text


def _restore_dropped_dashes(rows: list[Row], log: ChangeLog) -> None:
    """Put back the opening dash of a dash pair that pdftotext's default mode dropped at a line
    end: it takes a line-final ``-`` for a hyphen and joins the lines without it
    (``Jesse Owens Awards -`` / ``named in honour of the late…`` prints as ``Jesse Owens Awards
    named in honour…``, while the closing dash ``… Berlin Games - are presented`` stays).

    A line pdftotext joined is repaired where the sentence holds one spaced dash, after the
    place where the joined line's first line would have ended with `` -`` exactly at its
    column's edge (DASH_EDGE_FIT), with the rest of the joined line no wider than a line of
    the column, and no dash before it: an aside in dashes opens before it closes. The edge is the widest line of the column near by (ragged lines stop short of it).
    """
    for i, row in enumerate(rows):
        if not (row.latin and row.hyphens_joined) or (edge := _joined_edge(rows, i)) is None:
            continue
        text = row.text
        best = None
        for m in re.finditer(" ", text):
            at = m.start()
            before = latin.line_width(text[:at] + " -")
            following = text[at + 1 :].split(" ", 1)[0]
            if not following[:1].isalpha() or row.width > edge * DASH_ONE_JOIN:
                continue  # (next to a dash or a figure; a line holding more than one join)
            if not (edge * (1 - DASH_EDGE_FIT) < before + latin.line_width(" " + following) and before <= edge * (1 + DASH_EDGE_FIT)):
                continue
            if latin.line_width(text[at + 1 :]) > edge * (1 + DASH_EDGE_FIT):
                continue  # (the rest would be a line wider than the column: the join is elsewhere)
            after = _sentence_after(rows, i, at)
            if after is not None and len(_SPACED_DASH.findall(after)) == 1 and not _SPACED_DASH.search(_sentence_before(rows, i, at)):
                best = at  # the last such place: nearest the closing dash
        if best is not None:
            fixed = f"{text[:best]} -{text[best:]}"
            log.record("dehyphenate", row.line.number, text[max(0, best - 12) : best + 12], fixed[max(0, best - 12) : best + 14], "a dash pair's opening dash dropped at a joined line end")
            _repair_text(row, fixed)


def _joined_edge(rows: list[Row], i: int) -> float | None:
    """The edge of the column of row ``i`` when the row holds a join (it is wider than its
    column by LATIN_MERGED_FACTOR): the widest line near by of at most DASH_EDGE_SPREAD
    column estimates, from DASH_EDGE_LINES lines (ragged lines stop short of it); None
    when the row holds no join or too few lines show the edge."""
    row = rows[i]
    column = min(w for w in (row.left_width, row.right_width, math.inf) if w > 0)
    if column == math.inf or row.width < column * latin.LATIN_MERGED_FACTOR:
        return None
    near = [r.width for r in rows[max(0, i - WIDTH_WINDOW) : i + WIDTH_WINDOW + 1] if r.latin and r.width < column * DASH_EDGE_SPREAD]
    return max(near) if len(near) >= DASH_EDGE_LINES else None


def _sentence_after(rows: list[Row], i: int, at: int) -> str | None:
    """The text of row ``i`` from ``at`` to its sentence's end, read on through at most
    DASH_SENTENCE_LINES lines below it (None: a story's start or no end comes first)."""
    text = rows[i].text[at:]
    k = i + 1
    while not _SENTENCE_END.search(text):
        if k >= len(rows) or k > i + DASH_SENTENCE_LINES or not rows[k].latin or starts_article(rows[k].text):
            return None
        text += " " + rows[k].text
        k += 1
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


def _sentence_before(rows: list[Row], i: int, at: int) -> str:
    """The text of row ``i`` before ``at`` back to its sentence's start, read back through
    at most DASH_SENTENCE_LINES lines above it in its flow."""
    text = rows[i].text[:at]
    k = i
    while not _SENTENCE_END.search(text) and k > max(0, i - DASH_SENTENCE_LINES) and not rows[k].blank_before and rows[k - 1].latin:
        k -= 1
        text = rows[k].text + " " + text
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


# -- measuring ---------------------------------------------------------------------------


def _measure(lines: list[Line]) -> list[Row]:
    rows: list[Row] = []
    blank = False
    for line in lines:
        text = line.text.strip()
        if not text:
            blank = True
            continue
        is_latin = not has_cjk(text) and _HAS_LETTER.search(text) is not None
        pieces = latin.split_story_start(text) if is_latin else [text]
        for k, piece in enumerate(pieces):
            # A byline printed on one line with its story's first words is cut off it.
            piece_line = line if len(pieces) == 1 else Line(piece, line.number, line.gaps if k == 0 else 0, line.bold)
            width = _line_width(piece_line, piece, is_latin)
            row = Row(piece_line, piece, width, blank and k == 0, is_latin)
            if k == 0:
                row.indent = len(line.text) - len(line.text.lstrip(" "))
            rows.append(row)
        blank = False
    _figures_take_latin_script(rows)
    if rows:
        rows[0].opens_page = True
    shown = sum(row.indent >= LAYOUT_INDENT_MIN for row in rows) >= INDENTS_SHOWN_MIN
    for row in rows:
        row.indents_shown = shown
    _mark_split_words(rows)
    for row, after in pairwise(rows):
        row.next_word = after.text.split(maxsplit=1)[0]
        row.next_width = after.width
        row.next_bold = after.line.bold
        row.next_furniture = PAGE_FURNITURE.match(after.text) is not None
        row.next_opens_story = not after.latin and _opens_story(after.text)
        after.follows_sentence = ends_sentence(row.text)
    widths = [row.width for row in rows]
    merged = _hyphens_joined(rows)
    _measure_pieces(rows, merged)
    _mark_story_heads(rows)
    # Latin lines set justified whatever their natural width: inside a paragraph (no sentence
    # end), not cut by a hyphen (the line breaker may squeeze a line's spaces to take a syllable).
    justified = [row.latin and not ends_sentence(row.text) and not row.text.endswith("-") for row in rows]
    for i, row in enumerate(rows):
        m = row.hyphens_joined = merged and row.latin
        row.left_width = _mode_width(widths[max(0, i - WIDTH_WINDOW) : i + 1], row.latin, m)
        row.right_width = _mode_width(widths[i : i + WIDTH_WINDOW + 1], row.latin, m)
        if row.gap_after < WIDTH_WINDOW and row.gap_after + 1 >= MIN_CONTEXT_LINES:
            row.right_piece_width = _mode_width(widths[i : i + row.gap_after + 1], row.latin, m)
        if row.gap_before < WIDTH_WINDOW and row.gap_before + 1 >= MIN_CONTEXT_LINES:
            row.left_piece_width = _mode_width(widths[i - row.gap_before : i + 1], row.latin, m)
        if row.latin:
            near = range(i - min(row.gap_before, WIDTH_WINDOW), i + min(row.gap_after, WIDTH_WINDOW + 1) + 1)
            row.justified_widths = tuple(widths[k] for k in near if k != i and justified[k])
        before = widths[max(0, i - WIDTH_WINDOW) : i]
        after = widths[i + 1 : i + WIDTH_WINDOW + 1]
        row.after_width = _mode_width(after, row.latin, m) if len(after) >= MIN_CONTEXT_LINES else 0.0
        row.context_width = max(
            _mode_width(before, row.latin, m) if len(before) >= MIN_CONTEXT_LINES else 0.0,
            row.after_width,
        )
    for row, after in pairwise(rows):
        row.next_opens_paragraph = not after.latin and _indented(after) and not ends_sentence(after.text)
    _mark_spaced_pieces(rows, widths)
    _mark_named_phrases(rows)
    return rows


def _mark_named_phrases(rows: list[Row]) -> None:
    """Mark the short phrases alone on their lines (_SHORT_PHRASE) that the page's running
    text prints: the lines holding a clause mark or a sentence end and those right next to
    one (a paragraph's first line may hold neither), read on across line ends."""
    phrases = [row for row in rows if _SHORT_PHRASE.fullmatch(row.text)]
    if not phrases:
        return
    prose = [_CLAUSE_OR_END.search(row.text) is not None for row in rows]
    near = [
        prose[i] or (i > 0 and prose[i - 1] and not row.blank_before) or (i + 1 < len(rows) and prose[i + 1] and not rows[i + 1].blank_before)
        for i, row in enumerate(rows)
    ]
    running = "".join(compact(row.text) if near[i] else "\n" for i, row in enumerate(rows))
    for row in phrases:
        row.named_in_text = row.text in running


def _mark_spaced_pieces(rows: list[Row], widths: list[float]) -> None:
    """Mark the runs of lines that are one letter-spaced line of a column, cut in pieces.

    A justified line that the line-breaking rules left a few units short is spread over
    the column; where the gaps grow wider than a column gutter, pdftotext prints each
    piece on a line of its own (``饲`` / ``草`` / ``料`` for one line ``饲 草 料`` of a
    column seven characters wide; dev pages: ``加`` / ``工`` / ``企``). Such a line is
    never a paragraph's last (that one is not justified), so its pieces read on into the
    next line. A run is two or more CJK lines, each filling at most SHORT_LAST_SHARE of the
    column around them and all together no more than it, with no blank line before or
    between them, none ending a sentence but the last, none repeating the end of the one
    before (a fake-bold title's copies), followed by a full line of that column.
    """
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and _piece_like(rows[j]) and not rows[j].blank_before:
            j += 1
        if j - i >= 2 and j < len(rows) and i > 0:
            column = _mode_width(widths[max(0, i - WIDTH_WINDOW) : i] + widths[j : j + WIDTH_WINDOW], False)
            pieces = rows[i:j]
            if (
                all(r.width <= min(column * SHORT_LAST_SHARE, SPACED_PIECE_MAX) for r in pieces)
                and sum(r.width for r in pieces) <= column
                and not any(ends_sentence(r.text) for r in pieces[:-1])
                and not any(_repeats_tail(a.text, b.text) for a, b in pairwise(pieces))
                and _fits(rows[j], column)
                and not rows[j].blank_before
                and rows[i - 1].width <= column + WIDE_SLACK
            ):
                for r in pieces:
                    r.spaced_piece = True
        i = max(j, i + 1)


def _repeats_tail(first: str, second: str) -> bool:
    """Whether ``second`` opens with the last few characters of ``first``: the copies
    of a fake-bold title printed run by run (``（新论`` / ``新论··解``), not pieces of
    one line."""
    return any(second.startswith(first[-k:]) for k in range(1, min(len(first), REPEAT_MAX) + 1))


def _piece_like(row: Row) -> bool:
    """A CJK line filling at most SHORT_LAST_SHARE of the column: maybe a piece."""
    short = row.width <= max(row.left_width, row.right_width) * SHORT_LAST_SHARE
    return short and not row.latin and not row.line.bold and not PAGE_FURNITURE.match(row.text)


def _mark_story_heads(rows: list[Row]) -> None:
    """Mark the Latin lines that open a story's headline: a run of at most
    latin.MAX_HEADLINE_LINES lines from this one, none ending a sentence, right before the
    story's start (a byline or a dateline)."""
    starts = [row.latin and starts_article(row.text) for row in rows]
    for i, row in enumerate(rows):
        if not row.latin or starts[i]:
            continue
        for k in range(i + 1, min(i + latin.MAX_HEADLINE_LINES + 1, len(rows))):
            if not rows[k - 1].latin or ends_sentence(rows[k - 1].text) or starts[k - 1]:
                break
            if starts[k]:
                row.heads_story = True
                break


def _measure_pieces(rows: list[Row], merged: bool) -> None:
    """Give every row the column width of its piece (the lines between two blank lines) and
    its place in it."""
    start = 0
    for end in range(1, len(rows) + 1):
        if end == len(rows) or rows[end].blank_before:
            piece = rows[start:end]
            width = _mode_width([row.width for row in piece], piece[0].latin, merged and piece[0].latin)
            whole = latin.starts_afresh(piece[0].text) and ends_sentence(piece[-1].text)
            caption = _caption_piece(piece) or _quoting_piece(rows, start, end)
            for k, row in enumerate(piece):
                row.piece_width, row.piece_lines, row.piece_whole = width, len(piece), whole
                row.piece_caption = caption
                row.gap_before, row.gap_after = k, len(piece) - k - 1
            if not caption and len(piece) > CAPTION_MAX_LINES:
                # A title right over a caption beside its photo, no blank line between:
                # the lines under the title's wider lines may be the caption.
                title = _wide_lines_over(piece)
                if title and (_caption_piece(piece[title:]) or _quoting_piece(rows, start + title, end)):
                    for row in piece[title:]:
                        row.piece_caption = True
            if not caption and not piece[0].latin:
                for row in piece[: _caption_lines_over(piece)]:
                    row.piece_caption = True
            start = end
    _mark_split_captions(rows)


def _caption_lines_over(piece: list[Row]) -> int:
    """How many of a piece's first lines are a caption ending in its credit, with the
    column's text going on under it (0 if none).

    A caption under its photo starts after a gap; -layout text prints the column's next
    line right under the credit when the photo left no blank text row below the caption.
    The lines up to the first line that ends in a credit (…落幕。陈静 / 摄) are then the
    caption, if they make one (_caption_piece)."""
    chars = 0
    for k in range(1, len(piece)):
        chars += len(compact(piece[k - 1].text))
        if chars > CAPTION_MAX_CHARS:
            return 0  # (no caption runs so long: the search stays linear)
        mark = CAPTION_MARK.search(" ".join(row.text for row in piece[max(0, k - 2) : k]))
        if mark and not mark.group().startswith(("图", "圖")):  # a credit, no 图为 opening
            return k if _caption_piece(piece[:k]) else 0
    return 0


def _mark_split_captions(rows: list[Row]) -> None:
    """Mark as a caption two pieces that are one caption cut by a blank line.

    A caption set smaller than the body runs at its own line pitch: in -layout text its
    lines fall between the body's text rows of the columns beside it, and a row where
    only those columns print leaves a blank line inside the caption. A piece that stops
    mid-sentence is the first part of such a caption when a word runs on across the
    blank line, its lines fill one measure (_one_measure), the piece after it opens no
    caption of its own (_opens_copy), and the two, taken as one, end in a credit or repeat
    their story (not carrying on the line above them: _quote_runs_back). On generated
    narrow -layout pages, caption_acc 0.7429 -> 0.7714."""
    bounds = [0] + [i for i in range(1, len(rows)) if rows[i].blank_before] + [len(rows)]
    for a, b, c in zip(bounds, bounds[1:], bounds[2:]):
        first, second = rows[a:b], rows[b:c]
        if first[0].piece_caption or ends_sentence(first[-1].text):
            continue
        if first[0].latin or second[0].latin or not second[0].split_word or not _one_measure(first, second):
            continue
        if _opens_copy(rows, b, c):
            continue  # the piece after it opens a caption of its own
        if _caption_piece(first + second) or (_quoting_piece(rows, a, c) and not _quote_runs_back(rows, a, c)):
            for row in first + second:
                row.piece_caption = True
            for row in first:
                row.caption_cut = True


def _caption_piece(piece: list[Row]) -> bool:
    """Lines between two blank lines that are a photo caption set into a column: a few
    lines of CJK text ending in a photographer's credit (or opening with 图为)."""
    if len(piece) > CAPTION_MAX_LINES and not _narrow_caption(piece):
        return False
    return CAPTION_MARK.search(" ".join(row.text for row in piece)) is not None


def _narrow_caption(piece: list[Row]) -> bool:
    """Whether lines beyond CAPTION_MAX_LINES can still be one caption: set in one narrow
    column (no line CAPTION_WIDE_LINE times as wide as most: a title over it is) and
    holding at most CAPTION_MAX_CHARS characters."""
    if sum(len(compact(row.text)) for row in piece) > CAPTION_MAX_CHARS:
        return False
    counts = Counter(round(row.width) for row in piece)
    column = max(counts, key=lambda w: (counts[w], w))
    return all(row.width <= column * CAPTION_WIDE_LINE for row in piece)


def _wide_lines_over(piece: list[Row]) -> int:
    """How many of a piece's first lines (a title's, three at most) are CAPTION_WIDE_LINE
    times as wide as most of the piece's lines."""
    counts = Counter(round(row.width) for row in piece)
    column = max(counts, key=lambda w: (counts[w], w))
    k = 0
    while k < min(3, len(piece) - 1) and piece[k].width > column * CAPTION_WIDE_LINE:
        k += 1
    return k


def _quoting_piece(rows: list[Row], start: int, end: int) -> bool:
    """Lines between two blank lines that repeat, sentence for sentence, text the column
    prints near them: a caption quoting its story (or a pull quote), not a paragraph.
    Looked for among QUOTE_REACH_LINES lines either way, so the work stays linear. Latin
    pieces too: on the English dev pages (three extractions), 22 such pieces, 21 a whole
    caption, 1 a caption's last lines (-layout text printed its first ones apart)."""
    piece = rows[start:end]
    if not ends_sentence(piece[-1].text):
        return False
    text = "".join(compact(row.text) for row in piece)
    if len(piece) > CAPTION_MAX_LINES and not _narrow_caption(piece):
        return False
    if len(text) < QUOTE_MIN_CHARS or not _SENTENCE_START.match(text):
        return False
    before = "".join(compact(row.text) for row in rows[max(0, start - QUOTE_REACH_LINES) : start])
    if text in before:
        return True
    return text in "".join(compact(row.text) for row in rows[end : end + QUOTE_REACH_LINES])


def _one_measure(first: list[Row], second: list[Row]) -> bool:
    """Whether a piece's lines are full lines of one measure that the next piece keeps
    to: all as wide as one another, the next piece's no wider, within CAPTION_CUT_SLACK (a
    caption's lines cut at a blank line fill its measure, its last lines may end short; a
    title's lines over a caption are of all widths)."""
    widths = [row.width for row in first]
    widest = max(row.width for row in second)
    return max(widths) - min(widths) <= CAPTION_CUT_SLACK and widest <= max(widths) + CAPTION_CUT_SLACK


def _quote_runs_back(rows: list[Row], start: int, end: int) -> bool:
    """Whether the copy that lines start..end repeat also holds, right before them, the
    last characters of the line above (QUOTE_BACK_CHARS): those lines then carry on that
    line's sentence, a paragraph of the story that a caption quotes, not the caption."""
    if start == 0:
        return False
    text = "".join(compact(row.text) for row in rows[start:end])
    seam = compact(rows[start - 1].text)[-QUOTE_BACK_CHARS:] + text[:QUOTE_MIN_CHARS]
    return seam in _text_around(rows, start, end)


def _text_around(rows: list[Row], start: int, end: int) -> str:
    """The text QUOTE_REACH_LINES lines either side of lines start..end print, the line
    right above them left out (their sentence may run on from it), spaces removed."""
    near = rows[max(0, start - QUOTE_REACH_LINES) : max(0, start - 1)] + rows[end : end + QUOTE_REACH_LINES]
    return "".join(compact(row.text) for row in near)


def _opens_copy(rows: list[Row], start: int, end: int) -> bool:
    """Whether lines start..end open with words their story prints (QUOTE_MIN_CHARS of
    them) where the line above does not run into them: a caption of its own, quoting the
    story from a sentence's start."""
    head = "".join(compact(row.text) for row in rows[start:end])[:QUOTE_MIN_CHARS]
    return len(head) == QUOTE_MIN_CHARS and head in _text_around(rows, start, end) and not _quote_runs_back(rows, start, end)


def _quoting_block(rows: list[Row]) -> bool:
    """A block that is a whole piece quoting its story (see _quoting_piece), in no fake bold
    (a title printed over a caption is set off from it as a headline): a caption, though no
    photographer's credit marks it. A Latin caption is told by nothing else, and the copy
    of a paragraph it makes is then read as the caption instead (English dev pages: the lead
    of a story repeated under its photo, the caption printed inside its last paragraph)."""
    first = rows[0]
    return first.piece_caption and len(rows) == first.piece_lines and not any(row.line.bold for row in rows)


def _hyphens_joined(rows: list[Row]) -> bool:
    """Whether the extractor joined the page's hyphenated lines (pdftotext's default mode):
    hardly any Latin line ends in a word cut by a hyphen."""
    latin = [row for row in rows if row.latin]
    cut = sum(1 for row in latin if _WORD_CUT_END.search(row.text))
    return len(latin) >= MIN_MERGE_EVIDENCE_LINES and cut < len(latin) * HYPHEN_KEPT_SHARE


def _mark_split_words(rows: list[Row]) -> None:
    """Mark line ends that cut a two-character word the page prints whole elsewhere.

    The last character of one line and the first of the next read as a word (仪 + 式) when
    the same pair stands inside a line of the page; between a headline and the text under
    it such a pair is rare.
    """
    pairs: Counter[str] = Counter()
    for row in rows:
        if not row.latin:
            text = row.text
            pairs.update(text[i : i + 2] for i in range(len(text) - 1))
    for prev, row in zip(rows, rows[1:]):
        if prev.latin or row.latin:
            continue
        pair = prev.text[-1] + row.text[0]
        row.split_word = is_cjk(pair[0]) and is_cjk(pair[1]) and pairs[pair] >= SPLIT_WORD_MIN_COUNT


def _figures_take_latin_script(rows: list[Row]) -> None:
    """A line of figures only (``£38.``, ``$500,000 (£266,582)``: no letter, no CJK) after
    Latin text is a piece of that Latin text, cut where the column wrapped, not a change
    of script."""
    latin_before = False
    for row in rows:
        if has_cjk(row.text) or _HAS_LETTER.search(row.text):
            latin_before = row.latin
        elif latin_before:
            row.latin = True
            row.width = _line_width(row.line, row.text, True)


def _line_width(line: Line, text: str, is_latin: bool = False) -> float:
    # A space despace removed around a figure was a visible gap: the quarter em CJK
    # typesetting sets between ideographs and Latin letters or figures.
    return (latin.line_width(text) if is_latin else display_width(text)) + line.gaps * FIGURE_GAP


def _mode_width(widths: list[float], latin: bool, merged: bool = False) -> float:
    """The width most lines of a window share (ties go to the wider), i.e. the column.

    ``merged``: the page's lines were joined at their hyphens (pdftotext's default mode),
    so many lines are two or three lines of the column long; where they outnumber the
    column's own lines, the lines of half the width still show the column.
    """
    tolerance = WIDTH_TOLERANCE * (3 if latin else 1)
    ordered = sorted(widths)
    edge = _column_edge(ordered, tolerance, not latin)
    if merged:
        half = edge / 2
        narrow = bisect_right(ordered, half + tolerance) - bisect_left(ordered, half - tolerance)
        if narrow >= MERGE_HALF_MIN * max(1.0, len(widths) / (WIDTH_WINDOW + 1)):
            return _column_edge(ordered[: bisect_right(ordered, half + tolerance)], tolerance)
    return edge


def _column_edge(ordered: list[float], tolerance: float, indents: bool = False) -> float:
    """The right edge of the commonest width among sorted widths (ties go to the wider).

    ``indents``: the commonest width may be that of indented first lines; lines an indent
    wider (INDENT_EDGE_LINES of them) are the full ones.
    """
    best, best_count = 0.0, -1
    for w in ordered:
        count = bisect_right(ordered, w + tolerance) - bisect_left(ordered, w - tolerance)
        if count > best_count or (count == best_count and w > best):
            best, best_count = w, count
    if indents:
        base = best
        for w in ordered[bisect_right(ordered, base + FULL_SLACK) : bisect_right(ordered, base + INDENT_MAX)]:
            if bisect_right(ordered, w + tolerance) - bisect_left(ordered, w - tolerance) >= INDENT_EDGE_LINES:
                best = w
                break
    # The column edge: the middle of the cluster of lines that reach it (justified lines
    # scatter around it by compressed punctuation and half-width digits).
    cluster = ordered[bisect_left(ordered, best - tolerance) : bisect_right(ordered, best + tolerance)]
    return cluster[len(cluster) * 2 // 3] if len(cluster) >= 3 else best


# -- deciding ----------------------------------------------------------------------------


def _decide(prev: Row, row: Row, current: list[Row], lead: bool = False) -> tuple[bool, str]:
    """Join or break between two neighbouring lines, with the evidence that decided.

    ``lead``: the block ``current`` follows a byline (a story's first paragraph).
    """
    if _article_start(row.text) and not _lead_continues(prev.text, row.text) and not _reporter_in_sentence(prev, row, current):
        return False, "article start"
    if not prev.latin and _lead_continues(prev.text, row.text) and starts_article(prev.text):
        # (A narrow column leaves the dateline alone on its line, short as a title.)
        return True, "a dateline goes on with its reporters' names"
    if prev.line.bold and row.line.bold and prev.latin and row.latin:
        # A headline runs a few lines at most: its first ones tell (and a long run of
        # fake-bold lines costs no more per line).
        head = current[: latin.MAX_HEADLINE_LINES]
        words = sum(len(r.text.split()) for r in head)
        whole = words >= latin.MIN_WHOLE_HEADLINE_WORDS and not latin.stops_mid_sentence(prev.text)
        measure = max(r.width for r in head)
        if whole and latin.starts_afresh(row.text) and row.width > measure:
            # A wrapped headline's first line is its widest.
            return False, "a fake-bold Latin headline after another"
        if whole and latin.starts_afresh(row.text) and row.next_bold and latin.fits_in_headline(row, measure):
            # A line inside a wrapped headline is full: the next line's first word did not
            # fit on it. One that would have taken it at this headline's measure wraps
            # another, narrower headline (pdftotext -raw prints side-by-side headlines one
            # after the other). English dev pages (three extractions): 2 such breaks, both
            # right; all 43 right joins of wrapped fake-bold lines stay.
            return False, "a narrower fake-bold Latin headline after another"
        return True, "a fake-bold Latin headline wraps"  # one headline, however many lines
    if prev.line.bold and row.line.bold and not (prev.latin or row.latin) and title_wraps(prev.text, row.text):
        return True, "a fake-bold title wraps"
    if prev.line.bold or row.line.bold:
        return False, "fake-bold headline line"
    if PAGE_FURNITURE.match(prev.text) or PAGE_FURNITURE.match(row.text):
        return False, "page furniture"
    if prev.spaced_piece:
        # (the next line is the run's next piece or the full line that the run checked)
        return True, "a piece of a letter-spaced line (never a paragraph's last line)"
    if prev.latin != row.latin and not (_is_numeric(prev.text) or _is_numeric(row.text)):
        return False, "script changes"
    if prev.latin:
        if row.blank_before and row.latin and _latin_caption_apart(prev, row):
            return False, "a Latin photo caption between blank lines"
        if _label_over_skipped_line(prev, row, current):
            return False, "a section label over a line the column left empty (layout text)"
        if row.next_furniture and row.latin and latin.section_label(row.text) and not prev.text.split()[-1][:1].isupper():
            # pdftotext -raw prints the page's section label by its masthead's date line,
            # wherever that falls: after the last story's text or title. (After a capital,
            # the words may be a name running on: ``Tony`` / ``Blair``.) English dev pages:
            # 2 labels cut off, none wrong.
            return False, "a section label over the page's date line"
        if _layout_indent(prev, row) and ends_sentence(prev.text):
            # (A headline centred over its column sets its shorter lines in as well; it
            # ends no sentence.)
            return False, "an indented line after a sentence end (layout text)"
        if row.blank_before and _wide_latin_title(row):
            return False, "a Latin title wider than the column, after a gap"
        if prev.blank_before and len(current) == 1 and _wide_latin_title(prev) and row.width <= UNDER_TITLE_SHARE * row.after_width and not is_byline(prev.text):
            # (The second line of a caption set as wide as the first runs on.)
            return False, "the line under a Latin title wider than the column"
        return latin.continues(prev, row, current, lead)
    if len(current) == 1 and _KICKER.fullmatch(prev.text) and not _opens_column(prev, row):
        # (Its dash leads into the title under it; a dash ending a line of running text
        # follows words of a sentence that goes on, with its punctuation. A gap under the
        # kicker changes nothing: on all CJK sets the 19 such lines joined across one were
        # all wrong, 商务部—— / [gap] / 民航局发布新规.)
        return False, "a kicker ending in its dash, over its title"
    if len(current) == 1 and _opens_story(prev.text) and not ends_sentence(prev.text):
        # A dateline's line is a lead paragraph's first line, however short a narrow column
        # cuts it (本报北京2 / 月20日电（记…), also across a blank line (the foot of a
        # column): on all CJK pages, 696 such lines ran on, none stood alone.
        return True, "a story's first line goes on"
    if _colon_ends_paragraph(prev, row, current):
        return False, _COLON_LAST_LINE
    if prev.piece_caption and not row.piece_caption and not row.blank_before:
        # (A caption's credit, the column's text right under it: _caption_lines_over.)
        return False, "the column's text under a photo caption's credit"
    if row.blank_before and row.caption_cut and not prev.piece_caption:
        # (A caption set into a column cuts its story's sentence, wherever it stops.)
        return False, "a photo caption cut by a blank line, set between blank lines"
    if _OPEN_END.search(prev.text) and not (prev.text.endswith("—") and row.blank_before):
        return True, "line ends mid-sentence"
    if _CLOSED_START.match(row.text):
        return True, "line starts with closing punctuation"
    if _closes_open_bracket(current, row.text):
        return True, "a bracket opened above closes on this line"
    if bracketed_note("".join(r.text for r in current[-BRACKET_LINES:])):
        return False, "after a note in brackets (作者…, 本报…电)"
    if bracketed_note(row.text):
        return False, "a note in brackets on a line of its own"
    if ends_sentence(prev.text) and _NOTE_OPENING.match(row.text):
        # Layout text sets a column's lines without the blank line that reading order
        # puts before such a note.
        return False, "a note in brackets (作者…, 本报…电) opens after a sentence end"
    if row.blank_before and _TAGGED_LINE.match(row.text):
        if prev.piece_lines == 1 and phrase_over_tagged_title(prev.text, row.text) and (prev.named_in_text or _balanced_phrases(prev.text, row.text)):
            return True, _PHRASES
        return False, "after a gap, a headline ending in its column's tag"
    if _over_narrower_column(prev, row, current):
        return False, "a line alone over a narrower column"
    if row.split_word and not ends_sentence(prev.text):
        return True, "a word runs on across the line end"
    if row.blank_before and (row.piece_caption or prev.piece_caption):
        return False, "a photo caption between blank lines"
    if row.piece_caption and prev.piece_caption and not row.blank_before:
        return True, "lines of one photo caption"
    if SUBTITLE.match(row.text) and not _OPEN_END.search(prev.text):
        return False, "subtitle line"
    if len(current) == 1 and SUBTITLE.match(prev.text):
        return False, "subtitle line"
    if _standalone(prev) and _wide_text_goes_on(prev, row):
        return True, "running text set wider than the columns around it goes on"
    if _standalone(prev) and not _body_line_runs_on(prev, row):
        if not ends_sentence(prev.text) and ends_sentence(row.text) and row.width < prev.width / 2:
            return True, "a wide line's sentence ends on the next line"
        return False, "line wider than the columns around it"
    if _standalone(row):
        # (A wide line under it whose words seem to run on from it is as often a deck's
        # second line: letting it run on cost dev pages two headlines.)
        return False, "next line wider than the columns around it"
    column = prev.left_width if len(current) > 1 else max(prev.left_width, row.right_width)
    # A story's lead paragraph right under its headline: the window above its last line
    # holds the headline's wider lines; the paragraph's own lines and those after show its
    # column (narrow columns: 10 of 10 such lines taken for half-empty ran on; a lead's
    # full line stopping mid-sentence before a blank line, the column's foot, goes on too).
    lead_column = column
    if 1 < len(current) <= WIDTH_WINDOW and _opens_story(current[0].text) and not any(r.blank_before for r in current[1:]):
        lead_column = min(column, max(prev.right_width, _mode_width([r.width for r in current], False)))
    # A line of closing marks alone (a quote's ” pushed onto a line of its own) ends what the
    # line before it says.
    ended = ends_sentence(prev.text) or (
        len(current) > 1 and _CLOSING_ONLY.fullmatch(prev.text) is not None and ends_sentence(current[-2].text + prev.text)
    )
    if not ended:
        if _ends_headline_with_tag(current):
            return False, "headline with a column tag"
        if _layout_indent(prev, row) and not spans_word(prev.text, row.text):
            # (before words running on: 长江， after a title reads as a one-word clause)
            return False, "an indented line after a line without sentence end (layout text)"
        if len(current) == 1 and prev.width <= column * SHORT_LAST_SHARE and _indented(row) and not _PUNCT_OR_DIGIT.search(prev.text):
            return False, "a short title over an indented first line"
        if len(current) > 1 and prev.width < column - _short_slack(prev, row) and _indented(row) and not _LATIN_LETTER.search(row.text) and not spans_word(prev.text, row.text) and not prev.line.spaced:
            # A line short of the column, then one short by about an indent: a paragraph
            # that ends without a sentence end (a title's last line, a caption's credit, a
            # deck), then a paragraph's first line. (Latin letters set in a CJK line make
            # its width too rough to tell an indent; a letter-spaced line is justified, no
            # paragraph's last: on the generated pages 4 of 5 such lines went on.) Read
            # before words running on: a two-character clause opening the indented line
            # (如今，) seems to run on.
            return False, "short last line before an indented line"
        if _column_end_then_indent(prev, row, column):
            # (Read before words running on: a new paragraph's first words (如今，, 何云，)
            # often seem to run on from a line cut off mid-sentence.)
            return False, "indented line after a column end"
        if len(current) == 1 and _title_over_full_line(prev, row, column):
            # (Read before words running on: a lead's first words often seem to run on from
            # a title, 长江， under …双赢记, 日前， under “裂痕”.)
            return False, "a short line alone over a full line"
        if runs_on(prev.text, row.text):
            return True, "words run on across the line end"
        # (A letter-spaced line filled its column, whatever its width without the spaces.)
        if len(current) > 1 and prev.width <= lead_column * SHORT_LAST_SHARE and not _narrow_column_goes_on(current, row) and not spans_word(prev.text, row.text) and not prev.line.spaced:
            return False, "half-empty last line"
        if row.blank_before and prev.width > row.right_width + 2 * WIDE_SLACK:
            return False, "line wider than the column after the gap"
        first_line = len(current) == 1 and prev.width >= column - INDENT_MAX
        if prev.width < lead_column - SHORT_SLACK and row.blank_before and not first_line:
            return False, "short line without sentence end"
        if row.blank_before and _indented(row) and prev.width >= column - FULL_SLACK and not ends_sentence(row.text):
            # A paragraph cut off at the foot of its column (its continuation printed
            # elsewhere), then a paragraph's indented first line. A paragraph running on
            # across the gap reaches the column edge again, or ends its sentence there.
            return False, "indented line after a column end"
        # Measured against the column under it, which the full line fills: the window
        # above a paragraph's first line may hold a wider headline.
        below = row.right_width or column
        if len(current) == 1 and (prev.width <= below * SHORT_LAST_SHARE or _TAG_ALONE.fullmatch(prev.text)) and row.width >= below - INDENT_MAX and _title_alone(prev.text, row.text):
            return False, "a short line alone over a full line"
        if len(current) == 1 and _indented(row) and prev.width <= row.width + FULL_SLACK / 2 and not _PUNCT_OR_DIGIT.search(prev.text) and not spans_word(prev.text, row.text):
            # A paragraph's first line is the indented one, the line under it full: a
            # line no wider than the indented line under it is a one-line paragraph that
            # ends no sentence, a title (中新经贸合作亮点纷呈 / 新加坡旅游局日前发布).
            return False, "a title over an indented first line as wide as it"
        if len(current) == 1 and _title_over_wider_title(prev, row):
            return False, "a title line over a wider one"
        if len(current) > 1 and _short_line_alone(row, column):
            return False, "a short line alone between gaps ends no sentence"
        if len(current) > 1 and _title_over_dateline(row, current):
            return False, "a title over a story's dateline"
        if len(current) > 1 and _title_between_gaps(row, column, current):
            return False, "a full line alone between gaps, over an indented first line"
        return True, "no sentence end"
    # (A letter-spaced line ending its sentence is full all the same: the next line tells.)
    if prev.width < column - SHORT_SLACK and not prev.line.spaced:
        if len(current) == 1 and prev.width >= column - INDENT_MAX and _fits(row, row.right_width):
            return True, "indented first line, then a full line"
        return False, "short line ends a sentence"
    if _layout_indent(prev, row):
        return False, "an indented line after a sentence end (layout text)"
    if _column_goes_on(prev, row, column):
        return True, "a column goes on without an indent after a full line (layout text)"
    column_after = max(row.right_width, row.after_width)
    # The window after the line may show the indent's width as the column (short
    # paragraphs) or a wider one (columns printed side by side on one line); the full line
    # above and the column's width there show the indent. (A short line ending its sentence
    # is as often a paragraph's last line: only one full by the column after counts.)
    low = column_after - FULL_SLACK if ends_sentence(row.text) else min(column_after - FULL_SLACK, column - INDENT_MAX)
    if not row.blank_before and low <= row.width <= column - max(INDENT_MIN, _full_slack(row)):
        return False, "indented against the column above"
    if row.width >= column_after - _full_slack(row):
        return not row.blank_before, "full line after full sentence end"
    if row.width >= column_after - INDENT_MAX:
        return False, "lost indent"
    return not row.blank_before, "short line after full sentence end"


def _wide_latin_title(row: Row) -> bool:
    """A Latin line after a gap, wider than the column under it by WIDE_TITLE_SHARE but not
    two of its lines run together, reading as a title (a capital, no sentence end, not
    stopping on a word that leads on) over a line that starts a sentence: a headline set
    across columns over its story's first column (a justified body line is no wider than
    its column)."""
    if not row.after_width or not row.next_word[:1].isupper():
        return False
    if not WIDE_TITLE_SHARE * row.after_width <= row.width <= WIDE_TITLE_MAX_SHARE * row.after_width:
        return False
    return latin.starts_afresh(row.text) and not ends_sentence(row.text) and not latin.stops_mid_sentence(row.text)


# Marks a title opens on one line and closes on the next when it wraps inside them.
_TITLE_MARKS = (("（", "）"), ("“", "”"), ("《", "》"))


def leads_on(line: str) -> bool:
    """Whether ``line`` ends on a word of its own that leads on to what follows (的, 和, 把…):
    no title or sentence stops there."""
    return _TITLE_LEADS_ON.search(line) is not None


def title_wraps(first: str, second: str) -> bool:
    """Whether a CJK title line goes on on the next line: it stops inside a word the next
    line finishes (…守正创新激 / 发活力), on a word that leads on (…直销相关的 / 审批), or
    inside its column tag (…（学苑 / 论衡）), a quotation or a book title, or leaves a word
    or two to the next line: a title wrapped at its rectangle's edge, not two headlines.
    (A pull quote wraps so too, but holds a clause break.)"""
    if any(first.count(o) > first.count(c) and c in second and o not in second for o, c in _TITLE_MARKS):
        return True  # a bracket, quotation or book title opened and closed on the next line
    if _TAG_ALONE.fullmatch(second) and not _NOTE.search(second) and not ends_sentence(first):
        return True  # the title's column tag pushed onto a line of its own (…数字世界 / （大家手笔）)
    if seam_gain(first, second) >= WRAPPED_WORD_GAIN:
        return True
    if len(compact(second)) <= WRAPPED_TAIL_CHARS and has_cjk(second) and not ends_sentence(first):
        return True  # a title's last word or two left over (…生态保护开展 / 试点): no headline is so short
    return "，" not in first and _TITLE_LEADS_ON.search(first) is not None


def phrase_over_tagged_title(first: str, second: str) -> bool:
    """Whether ``first`` is the first phrase of the two-phrase title ``second`` ends.

    >>> phrase_over_tagged_title("毕节", "考核干部实打实（关注基层治理）")
    True
    """
    return bool(_SHORT_PHRASE.fullmatch(first) and _TAGGED_LINE.match(second))


def _balanced_phrases(first: str, second: str) -> bool:
    """Whether ``first`` is about as long as the title ``second`` holds before its tag."""
    return abs(len(compact(first)) - len(compact(_TAG_ALONE.sub("", second)))) <= PHRASE_BALANCE


def _over_narrower_column(prev: Row, row: Row, current: list[Row]) -> bool:
    """A line standing alone (a title) over a column that is narrower by NARROWER_COLUMN ems
    or more, whose first line goes on there (``我国抗癌药研发驶入快车道`` over a caption set
    five ems wide): not one paragraph. A paragraph's last line under it ends a sentence
    or a credit."""
    if len(current) != 1 or not row.after_width or ends_sentence(prev.text) or ends_sentence(row.text):
        return False
    narrower = prev.width >= row.after_width + NARROWER_COLUMN and row.width <= row.after_width + FULL_SLACK
    return narrower and not _CREDIT_AT_END.search(row.text)


def _body_line_runs_on(prev: Row, row: Row) -> bool:
    """Whether ``prev``, at most an indent wider than the lines around it (they may be a
    column's indented first lines), is running text all the same: it holds a sentence end
    inside it, or its words run on into ``row`` right under it. A headline ends no sentence
    within a line, and what follows it opens afresh."""
    if row.blank_before or prev.width > prev.context_width + INDENT_MAX:
        return False
    inside = _SENTENCE_INSIDE.search(prev.text) is not None
    return inside or row.split_word or runs_on(prev.text, row.text) or bool(_CLOSED_START.match(row.text) or _OPEN_END.search(prev.text))


def _wide_text_goes_on(prev: Row, row: Row) -> bool:
    """Whether ``row`` is the next line of running text that ``prev``, a line wider than
    the columns around it, opens (a caption or a lead set across two columns): ``prev``
    holds a clause mark inside and ends no sentence, and ``row`` is as wide. A title's
    lines are seldom set to one width, and rarely hold a comma. (A gap inside either line
    is two columns' lines side by side: no such text.)"""
    if row.latin or ends_sentence(prev.text) or not _PROSE_MARK.search(prev.text.strip()[:-1]):
        return False
    if " " in prev.text.strip() or " " in row.text.strip():
        return False
    return abs(row.width - prev.width) <= FULL_SLACK


def _narrow_column_goes_on(rows: list[Row], row: Row) -> bool:
    """The block's lines and the next one are all one width, with more lines of it after:
    a narrow column (a caption beside a photo) going on, whatever the wider text around it."""
    width = rows[-1].width
    same = all(abs(r.width - width) <= FULL_SLACK for r in rows) and abs(row.width - width) <= FULL_SLACK
    return same and abs(row.after_width - width) <= FULL_SLACK


def bracketed_note(text: str) -> bool:
    """A note in brackets that stands as its own paragraph: the author (（作者为…）), the
    reporter (（本报记者 X整理）), the dateline at a story's end (（本报巴黎2月11日电）) or
    where the text was taken from (（摘编自…《经济日报》…）)."""
    return text.startswith("（") and text.endswith("）") and text.count("（") == 1 and _NOTE.search(text) is not None


def _closes_open_bracket(rows: list[Row], text: str) -> bool:
    """Whether ``text`` closes, within its first few characters, a bracket the last lines of
    the block left open (``本报北京2月21日电（记者王`` / ``迪）国务委员…``)."""
    close = text.find("）", 0, BRACKET_REACH)
    if close < 0 or "（" in text[:close]:
        return False
    above = "".join(row.text for row in rows[-BRACKET_LINES:])
    return above.count("（") > above.count("）")


def _headline_rows(rows: list[Row]) -> bool:
    """A few lines with no sentence end, no clause break (a comma) and no photo credit, not
    stopping on a word that leads on: a headline, not a piece of a sentence."""
    text = " ".join(row.text for row in rows)
    if len(rows) > 3 or any(ends_sentence(row.text) for row in rows) or CAPTION_MARK.search(text):
        return False
    return not re.search(r"[,;:]", text) and not latin.stops_mid_sentence(text)


def _ends_headline_with_tag(rows: list[Row]) -> bool:
    """The block so far is a headline of at most MAX_TAGGED_HEADLINE_ROWS lines ending in
    the name of its column (``小辣椒奏响“新乐章”`` / ``（新春走基层）`` on one line or two)."""
    if len(rows) > MAX_TAGGED_HEADLINE_ROWS or not rows[-1].text.endswith("）"):
        return False
    text = "".join(row.text for row in rows)
    return _COLUMN_TAG.search(text) is not None and not starts_article(text)


def _title_alone(text: str, next_text: str) -> bool:
    """Whether a line standing alone, half empty, over a full line reads as a title or a
    label (“钢轨医生”巧探伤 over 海拔4800米，…) rather than a paragraph's first line cut
    short by a column break: a paragraph's first line fills its column but for the indent,
    so only a clause (他说，这个) or a word running on into the next line (该片由上海市 /
    委宣传部) says it is one."""
    return _CLAUSE_MARK.search(text) is None and not spans_word(text, next_text)


def _reporter_in_sentence(prev: Row, row: Row, current: list[Row]) -> bool:
    """``本报记者…`` at a line start inside a running paragraph (two lines or more, no
    blank line, no sentence end before it) is the sentence's object (…在接受 / 本报记者专访时
    表示, …谢栋铭对 / 本报记者表示), not a lead naming its reporter."""
    if len(current) < 2 or row.blank_before or prev.latin or ends_sentence(prev.text):
        return False
    return _REPORTER.match(row.text) is not None


def _opens_story(text: str) -> bool:
    """A line opening a story with its dateline (本报讯, 新华社北京2月8日电, 本报北京2), not
    with a bracket (（记者手记） ends a headline as often as a reporter's name opens a lead)."""
    return not text.startswith(("（", "(")) and _article_start(text)


def _article_start(text: str) -> bool:
    """A line opening an article (本报讯, 新华社…电, （记者…）) or a dateline cut before its
    电 by a narrow column (本报北京2月)."""
    return bool(starts_article(text)) or _LEAD_OPENING.match(text) is not None


def _lead_continues(left: str, right: str) -> bool:
    """A dateline (本报北京2月5日电) whose reporters (（记者…）) went to the next line."""
    return left.endswith(("电", "讯", "電", "訊")) and right.startswith(("（记者", "(记者", "（記者", "(記者"))


def _fits(row: Row, column: float) -> bool:
    """A full line of a column of this width."""
    return abs(row.width - column) <= FULL_SLACK


def _title_over_wider_title(prev: Row, row: Row) -> bool:
    """A line without a clause in it, too short for the column under it to be a paragraph's
    first line, over a wider line without one: two headline lines (a title and its deck),
    since a wrapped title's first line is its widest. A title whose bracket, quotation or
    column tag goes on below wraps all the same (必须坚持全面从严治党 / （新论…）.
    """
    if _CLAUSE_OR_END.search(prev.text) or _CLAUSE_OR_END.search(row.text) or row.text.startswith("（"):
        return False
    if any(prev.text.count(o) > prev.text.count(c) for o, c in _TITLE_MARKS):
        return False
    return prev.width < row.right_width - INDENT_MAX and row.width > prev.width + FULL_SLACK / 2 and not title_wraps(prev.text, row.text)


def _title_over_full_line(prev: Row, row: Row, column: float) -> bool:
    """``prev``, a line standing alone and filling at most SHORT_LAST_SHARE of the column
    under it, over a line of running text (a clause mark or a sentence end in it) filling
    that column but for an indent: a paragraph's first line fills its column but for the
    indent, so ``prev`` is a title, a kicker or a label ending no sentence, unless it holds
    a clause or a sentence end, a word running on into the next line, or figures (a date
    cut by a narrow column, 1942年5 / 月，…). (A headline's next line holds no clause:
    退而不休 / 干劲不减（改革先锋.) All CJK sets: 60 more breaks right, none wrong."""
    below = row.right_width or column
    if prev.width > below * SHORT_LAST_SHARE or row.width < below - INDENT_MAX:
        return False
    if _CLAUSE_OR_END.search(prev.text) or _FIGURE_OR_LATIN.search(prev.text):
        return False
    return _CLAUSE_OR_END.search(row.text) is not None and not spans_word(prev.text, row.text)


def _short_line_alone(row: Row, column: float) -> bool:
    """``row`` stands alone between gaps, ends no sentence and falls short of ``column``.

    Running on from a paragraph cut off mid-sentence, such a line would be a line inside
    it, which fills its column: a short one is a title or a kicker printed between two
    columns' text (政府部门和大型国企——, 进行分类管理). A word or two alone is as
    often a wrapped title's tail (…这是好 / 事), and layout text's gaps are as often those
    between columns printed side by side.
    """
    if row.piece_lines != 1 or not row.blank_before or ends_sentence(row.text):
        return False
    return WRAPPED_TAIL_CHARS < row.width < column - SHORT_SLACK


def _title_over_dateline(row: Row, current: list[Row]) -> bool:
    """``row``, after a gap, stands over a story's dateline (本报北京2月11日电…) and holds no
    clause nor sentence end, nor ends on a word that leads on, while the block before it is
    running text (a clause in it): the story's title, not the next line of a paragraph cut
    off at a column's foot (…应该把服 / 戏曲名家名段演唱会上演 / 本报北京2月11日电…). (Over
    a headline's lines it is as often that headline's last line.)"""
    if not TITLE_OVER_DATELINE or not row.blank_before or not row.next_opens_story:
        return False
    return _bare_line_after_text(row, current)


def _title_between_gaps(row: Row, column: float, current: list[Row]) -> bool:
    """``row`` stands alone between gaps, fills ``column`` (or more) and holds no clause, nor a
    quotation, nor ends on a word that leads on, while the line after the gap opens a
    paragraph (set in by an indent, no sentence end) and the block before it is running
    text: a title set as wide as the column (…两不耽 / 中新经贸合作亮点纷呈 / 新加坡旅游局日前),
    not the next line of a paragraph cut off at a column's foot, which would go on in the
    line after it."""
    if not TITLE_BETWEEN_GAPS or row.piece_lines != 1 or not row.blank_before or not row.next_opens_paragraph:
        return False
    if row.width < column - FULL_SLACK or _QUOTE_MARK.search(row.text):
        return False
    return _bare_line_after_text(row, current)


def _bare_line_after_text(row: Row, current: list[Row]) -> bool:
    """``row`` holds no clause nor sentence end and ends on no word that leads on, while the
    block ``current`` before it is running text (a clause in it): read as a title."""
    if _CLAUSE_OR_END.search(row.text) or leads_on(row.text):
        return False
    return any(_CLAUSE_OR_END.search(r.text) for r in current)


def _layout_indent(prev: Row, row: Row) -> bool:
    """A line set in from the line before by a paragraph's first-line indent, kept as spaces
    (layout text; text in reading order has no spaces before its lines)."""
    return row.indent >= LAYOUT_INDENT_MIN and prev.indent < row.indent


def _latin_caption_apart(prev: Row, row: Row) -> bool:
    """A Latin photo caption (lines between blank lines ending in a credit) stands apart from
    the lines across the blank lines around it: its credit ends it, and the column's text
    before it, cut off mid-sentence at the picture, goes on elsewhere. Only a caption whose
    own sentence runs across a blank line (in lower case, or after a word that leads on)
    began above it. On the English dev pages (default and layout text): 50 such breaks, none
    wrong; without that exception 4 of 31 layout ones were wrong."""
    if prev.piece_caption:
        return True
    return row.piece_caption and not row.text[:1].islower() and not latin.stops_mid_sentence(prev.text)


def _label_over_skipped_line(prev: Row, row: Row, current: list[Row]) -> bool:
    """Layout text: a line alone after a blank line (or opening the page) that reads as a
    section label (one to three capitalised words, ``Arts & Entertainment``), an input line
    the column left empty, then a line starting afresh (a title). Read column by column,
    layout text keeps no blank line inside a column, but the skipped line number shows the
    space under the label. On the English layout dev pages: 8 labels cut off, none wrong."""
    return (
        row.indents_shown
        and len(current) == 1
        and (prev.blank_before or prev.opens_page)
        and row.line.number > prev.line.number + 1
        and latin.section_label(prev.text)
        and latin.starts_afresh(row.text)
    )


def _column_goes_on(prev: Row, row: Row, column: float) -> bool:
    """Layout text showing its indents: after a full line that ends a sentence at the foot of
    a column, the next column of the same width goes on with a full line set flush, not an
    indented first line, so the paragraph goes on (a photo caption starts flush too). A line
    a character narrower than the full line under it ended its paragraph (LAST_LINE_SHORT)."""
    return (
        row.blank_before
        and row.indents_shown
        and not row.indent
        and row.piece_lines > 1
        and not row.piece_caption
        and prev.width >= column - FULL_SLACK
        and row.width >= column - FULL_SLACK
        and abs(row.piece_width - column) <= FULL_SLACK
        and not (row.width - prev.width >= LAST_LINE_SHORT and not _FIGURE_OR_LATIN.search(prev.text))
    )


def _column_end_then_indent(prev: Row, row: Row, column: float) -> bool:
    """A full line stopping mid-sentence at the foot of a column (a blank line after it), then
    a line set in by a paragraph's two-em indent (INDENT_MIN to SHORT_SLACK short of the
    column after it), not ending its sentence, and not opening on a one-character clause
    (点，看望…: the end of a word cut at the line end, not a paragraph's first words): the
    paragraph above goes on elsewhere and a new one starts here. Figures and Latin words
    measure too roughly to tell an indent (一级前后宽1919毫 runs on). Read before words
    running on, these breaks were: dev pages 1 more right (a paragraph break that words
    seeming to run on hid), none wrong; generated pages 26 right, 1 wrong (para_f1 up on all
    seven sets, article_exact +5 in all; one wrong break elsewhere on a full page moved a
    profile's paragraphs: full cer 0.2023 -> 0.2062)."""
    return (
        row.blank_before
        and INDENT_MIN <= row.after_width - row.width <= SHORT_SLACK
        and prev.width >= column - FULL_SLACK
        and not ends_sentence(row.text)
        and not _ONE_CHARACTER_CLAUSE.match(row.text)
        and not _FIGURE_OR_LATIN.search(prev.text + row.text)
    )


def _colon_ends_paragraph(prev: Row, row: Row, current: list[Row]) -> bool:
    """A paragraph's short last line ending in a colon, then an indented first line: what
    the colon announces (a quoted speech, a list) is set as paragraphs of their own. A line
    stops short of its column only at a paragraph's end, whatever its last mark."""
    if not COLON_LAST_LINE or len(current) < 2 or not prev.text.endswith("：") or not _indented(row):
        return False
    return prev.width < prev.left_width - _short_slack(prev, row)


def _indented(row: Row) -> bool:
    """A first line that lost its two-em indent: narrower than the lines after it."""
    return row.after_width - INDENT_MAX <= row.width < row.after_width - _full_slack(row)


def _opens_column(prev: Row, row: Row) -> bool:
    """``prev`` is set as a paragraph's indented first line and ``row`` as a full line of the
    column under it: body text, whatever ``prev`` ends with."""
    column = row.after_width
    return _indented(prev) and column - FULL_SLACK <= row.width <= column + FULL_SLACK


def _short_slack(prev: Row, row: Row) -> float:
    """How far short of its column ``prev`` must measure to stop short of the edge, before
    ``row``: figures and Latin words measure roughly, and a figure opening ``row`` may have
    left ``prev`` short for lack of room."""
    rough = prev.line.spaced or _FIGURE_OR_LATIN.search(prev.text) or _FIGURE_OR_LATIN_START.match(row.text)
    return SHORT_SLACK if rough else PLAIN_SHORT_SLACK


def _full_slack(row: Row) -> float:
    """How far short of its column ``row`` may measure and still reach the edge."""
    return SPACED_FULL_SLACK if row.line.spaced else FULL_SLACK


def runs_on(left: str, right: str, whole_words: bool = False) -> bool:
    """Lexical evidence that a sentence runs on: a function word at the end, a particle or
    a one- or two-character clause at the start. With ``whole_words``, the function word
    and the particle count only where they read as words of their own, not as the end or
    the start of a longer word (方向, 行为, 地方, 得到: see lexicon.stands_alone)."""
    if _FUNCTION_END.search(left) and (not whole_words or stands_alone(left, at_end=True)):
        return True
    if _PARTICLE_START.match(right) and (not whole_words or stands_alone(right, at_end=False)):
        return True
    clause = _FIRST_CLAUSE.match(right)
    return clause is not None and len(clause.group(1)) <= 2


def _standalone(row: Row) -> bool:
    """A line wider than the columns before and after it: a headline, not a body line."""
    return 0 < row.context_width < row.width - WIDE_SLACK


def _is_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,%:/-]+", text))


# -- building blocks ---------------------------------------------------------------------


def _make_block(rows: list[Row], vocabulary: Counter[str] | None, log: ChangeLog) -> Block:
    # Joined line by line into a list: joining onto the growing paragraph would copy it
    # once per line, quadratic on long paragraphs.
    parts = [rows[0].text]
    seams = []
    length = 0  # characters in parts[:-1]
    for row in rows[1:]:
        if row.phrase_gap:
            joined = f"{parts[-1]} {row.text}"  # 敢闯路更宽 爱拼才会赢（体坛观澜）
        else:
            joined = join_lines(parts[-1], row.text, row.line.number, vocabulary, log)
        parts[-1] = joined[: len(joined) - len(row.text)]
        length += len(parts[-1])
        if row.weak_join:
            seams.append(length)
        parts.append(row.text)
    text = "".join(parts)
    kind = _block_kind(rows, text)
    width = max(row.left_width for row in rows)
    return Block(kind, text, [row.line for row in rows], width, rows[0].blank_before, seams)


def join_lines(left: str, right: str, number: int, vocabulary: Counter[str] | None, log: ChangeLog) -> str:
    """Join two lines of one paragraph with the separator their scripts need."""
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    # Full-width marks take no space in CJK text; curly quotes and dashes in Latin text do.
    if a in FULL_WIDTH_MARKS or b in FULL_WIDTH_MARKS:
        return left + right  # as despace does: these marks never take a space
    latin_context = not (has_cjk(left) or has_cjk(right)) and _HAS_LETTER.search(left + right)
    if is_cjk(a) or is_cjk(b) or ((is_wide_punct(a) or is_wide_punct(b)) and not latin_context):
        if a.isascii() and b.isascii() and a.isalpha() and b.isalpha():
            return f"{left} {right}"
        return left + right
    if a == "-" and vocabulary is not None:
        return latin.dehyphenate(left, right, number, vocabulary, log)
    return f"{left} {right}"


def _block_kind(rows: list[Row], text: str) -> BlockKind:
    if CAPTION_MARK.search(text):
        return BlockKind.CAPTION
    if rows[0].latin and _quoting_block(rows):
        return BlockKind.CAPTION
    # (A title printed in fake bold may wrap at a comma: 围绕“做好今年工作， / 迎接…)
    bold = all(row.line.bold for row in rows)
    first = rows[0]
    in_flow = first.follows_sentence and not first.blank_before and first.indents_shown
    if first.latin and (latin.opens_paragraph_in_flow(first) or in_flow):
        # Lines printed right after a sentence end, with no blank line between, are a
        # paragraph's: pdftotext's default mode sets a headline off by a blank line, and
        # layout text keeps the space above one (English dev pages: 2 such lines taken for
        # headlines in default mode, 3 in -layout, all body text).
        return BlockKind.PARAGRAPH
    if len(rows) <= 3 and not ends_sentence(text) and (bold or not text.endswith(("，", "、", ","))) and not _column_piece(rows):
        return BlockKind.HEADLINE
    return BlockKind.PARAGRAPH


def _column_piece(rows: list[Row]) -> bool:
    """CJK lines that all fill the column (the first may have lost its indent): a piece of
    a paragraph cut off at the foot of its column, not a headline wrapped over lines."""
    if len(rows) < 2 or rows[0].latin or all(row.line.bold for row in rows):
        return False  # (lines printed in fake bold are a title's, however wide)
    column = max(row.left_width for row in rows)
    if not column or rows[0].width < column - INDENT_MAX:
        return False
    if TITLE_SET_FULL and _title_set_full(rows):
        return False
    return all(abs(row.width - column) <= FULL_SLACK for row in rows[1:])


def _title_set_full(rows: list[Row]) -> bool:
    """Lines set apart above (a blank line, the page's top), all of one width, the first
    too, no comma among them: a title set to the measure of its column, not a paragraph's
    piece (a paragraph's first line shows its indent; a piece cut off mid-paragraph at a
    column's head follows no blank line)."""
    widths = [row.width for row in rows]
    return (
        (rows[0].blank_before or rows[0].opens_page)
        and max(widths) - min(widths) <= TITLE_SET_FULL_SLACK
        and not any("，" in row.text for row in rows)
    )

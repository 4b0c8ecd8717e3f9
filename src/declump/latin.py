"""Latin-script lines: when two lines are one paragraph, and hyphens at line ends.

English columns carry no indent in pdftotext's output, so a paragraph end is read from a
sentence end on a line that stops short of the column edge (or before a line that does).
Widths are counted in characters of a proportional font, so "full" and "short" are shares
of the column, not exact counts, and a ragged-right page gives the same evidence, only
weaker. Lines that are not body text give themselves away by their shape: a byline
(``By Jane Smith, Arts reporter``), a dateline (``LONDON —``) opening the lead, a photo
credit closing a caption (``(Jane Smith/Reuters)``, ``Photo: AP``), and headline lines
that stop without a sentence end before a line that starts afresh.

A word split at the line end (``distribu-``/``tion``) is rejoined; a compound broken at
its hyphen (``well-``/``known``) keeps it. The evidence, strongest first: the page spells
the word elsewhere with or without the hyphen; a capital after the hyphen
(``anti-``/``American``) or a digit; a short list of compound-forming first parts.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Protocol

from declump import english
from declump.markers import DATELINE_AGENCY, LATIN_DATELINE, is_byline, starts_article
from declump.model import ChangeLog
from declump.text import ends_sentence

# -- thresholds (all measured on English newspaper pages set in 25–45 character columns,
# counting characters of a proportional font, so a full justified line varies by ±10 %) --

# A line this many times wider than the column around it is not a body line of it: in
# pdftotext's default mode, lines already joined at a hyphen; in -raw mode, a caption or a
# lead line that spans several columns. Either way its own width says nothing.
LATIN_MERGED_FACTOR = 1.5
# A merged line holding n lines is taken to be at least n - 1 + this share of a column
# wide (its last line can be short; the full ones vary by about this much).
MERGED_FULL_SLACK = 0.15
# ... and each of its full lines as this share of the column: the mean width of the lines
# inside paragraphs, measured by line_width (0.941 of the column estimate on the English dev
# pages in default mode, 0.948 in -raw); a justified line's spaces stretch it the rest.
MERGED_LINE_SHARE = 0.94
# A sentence end on a line (or the last part of a merged one, see above) that fills less
# than this share of the column ends the paragraph: a justified line is stretched to the
# edge, but one that fills less than this was not (all 7 such lines on the English dev
# pages, widths measured by line_width, ended their paragraphs; half of those up to 0.8).
SHORT_SHARE = 0.75
# A line that would fill less than this share of the column with the next line's first
# word added stopped short for a reason: after a sentence end, the paragraph ended there
# (18 of 23 times on the English dev pages, lines filling 75 % or more); a line after a
# sentence end that would fill less with its own next word added is the indented first
# line of a paragraph (24 of 29). Widths measured by line_width.
FIT_SHARE = 1.0
# The first line of a paragraph after a sentence end is taken to be indented up to this
# share with its next word added: an indent of a few characters was lost, and the column
# estimate (the commonest width of its full lines) lies up to about 2 % short of the widest
# ones. On the English dev pages, with widths in Times metrics, this caught 9 more paragraph
# starts and no line inside a paragraph; at 1.03, 12 more and 2 inside.
INDENT_FIT_SHARE = 1.02
# A line cut by a hyphen reaches the column edge within a syllable; one that fills less than
# this share of the column is an indented first line (English dev pages, -raw, widths in
# Times metrics: 3 paragraph starts found, and 1 loose full line, stretched because its next
# syllable was long, taken for one).
HYPHEN_INDENT_SHARE = 0.88
# An indented first line fills at least this share of its column (an indent is 5–10 % of
# it, and the next word did not fit); a narrower line says the column estimate is not its
# own (on the English dev pages, two of them between lines pdftotext joined at hyphens).
MIN_INDENTED_SHARE = 0.55
# A headline line this close to the width of the lines after it is set in their column.
NEARLY_FULL_SHARE = 0.92
# A headline of this many words may stand whole (shorter ones wrap on into a capital as
# often: ``Mayor backs`` / ``Ann Lee plan``).
MIN_WHOLE_HEADLINE_WORDS = 3
# A headline after a headline: neither line took the next line's first word though it would
# have filled less than this share of the column with it.
HEADLINE_FIT_SHARE = 0.95
# Widths of Latin characters in thousandths of an em: the metrics of Times Roman, which most
# newspaper body faces share or resemble (Liberation Serif and FreeSerif are set on them).
# Measured this way, the words of the English dev pages differ from their printed widths by
# 1.6 % (none at all on pages set in Liberation Serif), against 2.7 % when measured in
# classes of a serif and a sans face; a paragraph indent is 5–10 % of a column.
_CHAR_WIDTHS = {
    **dict(zip("abcdefghijklm", (444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778))),
    **dict(zip("nopqrstuvwxyz", (500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444))),
    **dict(zip("ABCDEFGHIJKLM", (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889))),
    **dict(zip("NOPQRSTUVWXYZ", (722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611))),
    **dict.fromkeys("0123456789$£€#*", 500),
    **dict.fromkeys(" .,", 250),
    **dict.fromkeys(":;/", 278),
    **dict.fromkeys("!()[]-‘’", 333),
    **dict.fromkeys("?“”", 444),
    "'": 180,
    '"': 408,
    "|": 200,
    "–": 500,
    "—": 1000,
    "…": 1000,
    "%": 833,
    "&": 778,
    "@": 921,
    "+": 564,
}
CAPITAL_WIDTH = 722
OTHER_WIDTH = 500
# Widths are scaled so that a character of running English text counts ½ em on average
# (0.4065 em in Times Roman, on the English dev pages), as paragraphs counts any Latin
# character: measures shared with the rest of the engine keep their scale.
LATIN_SCALE = 0.5 / 406.5
# A line without a sentence end shorter than this share of the column is a wrapped
# headline, label or credit running out, not a body line (body lines fill the column; a
# ragged right edge loses at most a long word, about a third of a narrow column).
STUB_SHARE = 0.5
# A line without a sentence end after a full one, opening in lower case (the wrapped text
# goes on onto it), shorter than this share of the column and with room for the next line's
# capitalised first word, ends a wrapped deck or caption: pdftotext -raw prints the next
# title or caption right after it, no blank line between. SHORT_SHARE's measure for lines
# ending a sentence. English dev pages (three extractions): 5 such lines; 1 break that was
# not made before, in -raw, right (a deck, then a caption: headline_acc 0.7778 -> 0.7889,
# caption_acc 0.8864 -> 0.9091); the others broke there for other reasons already. Without
# the lower-case start, a wrapped title's lines are cut too (English layout pages' block_f1
# 0.8880 -> 0.8857); without the check for a body line of the narrower column after a wide
# lead line, a name running on is (1 wrong, -raw para_f1 0.8886 -> 0.8862).
RUN_OUT_SHARE = 0.75
# Two column estimates this far apart (the narrower below this share of the wider) belong
# to different columns: the text moved on to a caption or to the next article.
COLUMN_CHANGE_SHARE = 0.8
# A run of lines between blank lines shows its column from this many lines on.
MIN_PIECE_LINES = 2
# Bylines and headline remnants wrap into a few words at most.
MAX_CONTINUATION_WORDS = 4
# A headline block is at most this many lines in one column.
MAX_HEADLINE_LINES = 3
# A title line set in bigger type than the lines after it (a deck, a standfirst): it and the
# next line's first word would fill less than this share of the next two lines' measure, so
# it did not wrap for lack of room (a line wrapped in its column fills 1.0 or more). On the
# English dev pages: one title over its deck found, from 0.8 to 0.9, none at 0.7; the title
# line must also stop short of its own column (SHORT_SHARE), or body lines before runs of
# lines joined at hyphens are taken for titles (4 wrong of 7).
DECK_FIT_SHARE = 0.8
# A Latin line ending no sentence (nor on a word that leads on) that fills less than this
# share of its column, then a blank line and a capital: the text ran out there (a deck, a
# caption); a column cut off at its foot fills its last line. English dev pages (three
# extractions): 11 breaks, all right; at 0.85, 1 wrong of 14 (a name running on).
GAP_SHORT_SHARE = 0.75
# A Latin line starting afresh at least this much wider than the line before it and its
# column, on a page whose hyphenated lines were left apart (pdftotext -raw or -layout; a body
# line never outgrows its column there), is a title or deck set across columns. English dev
# pages: 20 breaks, all right (26 without the checks for lines joined at a missed hyphen;
# 23 at 1.4, 26 at 1.15).
WIDER_LINE_SHARE = 1.25
# ... unless it may be two lines of the column that pdftotext printed as one at a hyphen on
# a page where too few such joins showed: then it is at most this many columns wide and the
# line after it is the column's again.
WIDER_JOINED_COLUMNS = 2.2

# A dateline with its agency (``EDINBURGH (PA)``) run straight into its story's first word:
# pdftotext's default mode takes a dash at the end of a line for a hyphen and drops it when it
# joins the lines (``EDINBURGH (PA) -`` / ``Chancellor…``); a dateline is never set without one.
_DASHLESS_DATELINE = re.compile(r"^([A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,3} \((?:[A-Z]{2,4}|[A-Z][a-z]+)\)) (?=[A-Z“‘])")
_LATIN_WORD_END = re.compile(r"(?<![\w-])([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)-$")
_LATIN_WORD_START = re.compile(r"^([A-Za-z0-9][A-Za-z]*)")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
# Closed-up compounds that cannot be one word: digits run into a word of four letters or
# more (``18month``; units are shorter: 20bn, 10am, 50mph), or two lower-case letters or
# more run into a capitalised word (``antiIslamic``; brand names start with one: iPod).
_CLOSED_COMPOUND = re.compile(r"(\d+)([a-z]{4,})|([a-z]{2,})([A-Z][a-z]+)")

#: A photo credit closing a caption: ``(Jane Smith/Reuters)``, ``Photo: AP``,
#: ``Picture: Jane Smith``, or a credit line of its own ``Jane Smith/AFP``.
#: A credit line of its own: ``Jane Smith/AFP``.
_CREDIT_LINE = r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*/[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$"
_CREDIT_END = re.compile(
    r"(?:\((?:[^()]*/[^()]*|[^()]*\b(?:Images|Photo|AP|AFP|Reuters|PA|Getty))\)"
    r"|\b(?:Photo(?:graph)?|Picture|Image)s?: [A-Z][\w'’.&-]*(?:[ /][A-Z][\w'’.&-]*)*)$"
    rf"|{_CREDIT_LINE}"
)
# Capitalised words that open sentences and never end a name or a title cut at the line
# end; before a word in lower case (``It added``, ``There will``, ``But the``). (Not ``The``,
# ``She``: a title may go on with ``The``, and a quote run on without its full stop, as
# pages print them, with ``She``: 1 right and 2 wrong on the English dev pages.)
_SENTENCE_OPENERS = "It|There|These|Those|They|But|However|Meanwhile"
_SENTENCE_OPENING = re.compile(rf"^(?:{_SENTENCE_OPENERS}),? [a-z]")
# Nor do they, or other words that open sentences, go on a word cut by a hyphen at the line
# end (``un-``/``The Oscar winner``, but ``anti-``/``American``).
_OPENING_WORD = re.compile(rf"^[“‘\"]?(?:{_SENTENCE_OPENERS}|The|An|Its|He|She|We|This|Mr|Mrs|Ms|Dr)\b")
#: A word cut at the line end by a hyphen (``inter-``; not a spaced dash, ``road -``), the
#: word's first part its group 1.
CUT_WORD_END = re.compile(r"([A-Za-z]+)-$")
# The first word of a line (maybe behind a quote).
_FIRST_WORD = re.compile(r"^[“‘\"']?([A-Za-z]+)")
# Words that open a phrase and end no compound (``car-``/``across``, ``sharehold-``/``the``):
# articles, pronouns, conjunctions and prepositions that are never a compound's last part
# (not ``in``, ``on``, ``by``, ``off``, ``over``: check-in, add-on, stand-by, spin-off).
NO_COMPOUND_END = frozenset(
    "the a an of to and or but for with at from as that this these those which who whose "
    "is was are were his her its their our my your across against among amid behind beside "
    "beyond despite during since toward towards until upon within without whether although "
    "because while".split()
)
# Finite verbs beyond the forms of ``be`` above end no compound either: the finite forms of
# have and do, the modals, and the reporting verb say (a compound's second part is a noun,
# an adjective or a participle, ``car-making``; ``well-said`` is rare, ``car-`` / ``said in
# a note`` common): a cut word read on into one goes on elsewhere. (English dev pages:
# reassembly joins 32 -> 33 right, none wrong, split cer 0.0520 -> 0.0334; -raw, -layout and
# Chinese pages unchanged.)
NO_COMPOUND_VERB = frozenset({"said", "says", "has", "had", "does", "did", "would", "could", "should"})
# A sentence end inside a line.
_SENTENCE_INSIDE = re.compile(r"[.!?][”’\"']? [A-Z“‘]")
# A byline in capitals, then words in mixed case.
_CAPITALS_BYLINE = re.compile(r"(By [A-Z][A-Z'’.-]+(?: (?:[A-Z][A-Z'’.-]+|AND|&))+) (?=[A-Z][a-z])")
# A byline in capitals glued to a word in lower case at the line end: pdftotext closed a
# word cut by a hyphen up with the next printed line, another story's byline (``deBy JANE
# SMITH``).
_GLUED_BYLINE = re.compile(r"(?<=[a-z])By [A-Z][A-Z'’.-]+(?: (?:[A-Z][A-Z'’.-]+|AND|&))+$")
# The space before a dateline (``OSLO —``, ``PARIS (AP) -``) inside a line.
_BEFORE_DATELINE = re.compile(r" (?=[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}(?: \([A-Za-z .]+\))? [—–-] )")
#: A section label: ``Business``, ``Arts & Entertainment``.
_LABEL = re.compile(r"[A-Z][a-z]+(?: (?:&|and|[A-Z][a-z]+)){0,2}")
#: A bracketed credit, maybe wrapped: ``(Jane Smith/Reuters)``.
_BRACKETED_CREDIT = re.compile(r"\((?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w'’.-]*/[A-Z]\w*\)")
_CREDIT_OPEN = re.compile(r"\b(?:Photo(?:graph)?|Picture|Image)s?:(?: [A-Z][\w'’.-]*)?$")
_CREDIT_START = re.compile(r"^(?:Photo(?:graph)?|Picture|Image)s?:")
# Words that cannot end a sentence or a headline: the line stops mid-sentence (so does a
# comma inside a closing quote: ``“…for some time,”`` / ``he said``).
_MID_SENTENCE = re.compile(
    r"(?:,[”’\"']|[-,;:&–—]|\b(?:the|a|an|of|to|and|or|but|in|for|on|with|by|at|from|as|that|"
    r"is|was|are|were|his|her|its|their|our|this|these|into|than|who|which|be|has|have|had))$"
)
_ROLE_WORDS = frozenset("reporter editor correspondent staff critic writer columnist and of".split())
# First parts that form hyphenated compounds far more often than they are a syllable cut
# from a longer word (a fallback only: the page's own spellings decide first).
_COMPOUND_FIRST = frozenset("well self non anti half cross semi".split())
# First parts that are compounds only when the second part is a word of the page too
# (``post-merger`` but ``post-poned``, ``long-term`` but ``long-er``).
_COMPOUND_FIRST_IF_WORD = frozenset("post all long short high low old year one ten".split())
# Number words before a hyphen make compounds (``three-hour``) unless the word goes on as a
# number (``seven-teen``, ``nine-ty``, ``eigh-teen``).
_NUMBER_WORDS = frozenset("two three four five six seven eight nine twelve twenty thirty forty fifty hundred".split())
_NUMBER_ENDINGS = ("teen", "ty", "th", "een")
_VOWELS = frozenset("aeiou")
# First parts a closed-up compound is split after, longest first (``anti`` before ``an``).
_CLOSING_HEADS = sorted(
    _NUMBER_WORDS | {"well", "anti", "semi", "half", "cross", "re", "pre", "de", "co"}, key=len, reverse=True
)
# A join splits the line that holds it into lines of its column, none wider than this share
# of the column: on the English dev pages, the 29 compounds restored at joins split their
# lines into parts of at most 1.09 of the column estimate; a word closed up in the printed
# line after the join (``smartphones``), into a part of 1.54.
JOIN_FIT_SHARE = 1.25
# A join falls inside a word where the joined line's first line, with its hyphen, reaches
# the column's edge (the widest line near by) within this share of it. On the English dev
# pages in default mode the true places lie at 0.92-1.04 of the edge; the compounds found
# there by the evidence of -raw's kept hyphens: 3 right (Kar-Wai, best-selling,
# re-election), 1 wrong (forth-coming, which -raw keeps too); none at 0.06 for best-selling.
JOIN_EDGE_FIT = 0.1
# The rest of a closed-up compound is a page word at least this long (short words such as
# ``way``, ``ish`` or ``less`` end too many words).
MIN_RESTORED_PART = 4
# English prints a number of this many digits or more with thousands separators
# (``72,500``): a run of digits this long, where a join falls inside it, is two numbers
# the extractor closed up at a hyphen (``72-⏎500``, a model number, a range ``1998-⏎99``).
# On the English dev pages one such run (at 0.96 of the column's edge), none in the truth.
MIN_CLOSED_NUMBER_DIGITS = 5
# Words that close up with what follows (withdrawing, understand): never compound evidence.
_CLOSED_PREFIXES = frozenset("with under over out up down back fore after for in on by be".split())
# A first part this short is too often a syllable (ex-, re-, con-) to count as a word.
MIN_COMPOUND_PART = 3
# A first part this long before an ``-ing`` word is a word of its own (award-winning,
# soul-searching); cut words rarely break that late before -ing (7 of 9 on the English
# dev pages were compounds; ``disap-pointing`` is the kind that was not).
MIN_PARTICIPLE_COMPOUND_PART = 4


class RowLike(Protocol):
    """What paragraphs.Row offers: a stripped line and its measurements (in ems)."""

    text: str
    width: float
    blank_before: bool
    left_width: float
    right_width: float
    context_width: float
    next_word: str
    piece_width: float
    piece_lines: int
    piece_whole: bool
    justified_widths: tuple[float, ...]
    left_piece_width: float
    right_piece_width: float
    hyphens_joined: bool
    heads_story: bool
    next_width: float
    follows_sentence: bool


def continues(
    prev: RowLike, row: RowLike, block: Sequence[RowLike] | None = None, lead: bool = False
) -> tuple[bool, str]:
    """Whether Latin line ``row`` continues the paragraph of ``prev``, and why.

    ``block`` is the block so far (ending with ``prev``); without it ``prev`` is taken
    to open its block. ``lead``: the block follows a byline, so it is a story's lead
    (as is a block opening with a dateline).
    """
    block = block or [prev]
    first = block[0]
    column = _column(prev, row, own_piece=ends_sentence(prev.text))

    if starts_article(row.text):
        return False, "article start"
    if is_byline(first.text):
        if _continues_byline(prev, row, len(block)):
            return True, "byline wraps"
        return False, "byline ends"
    if DATELINE_AGENCY.match(row.text) and prev.text.isupper():
        return True, "dateline wraps"
    if _CREDIT_START.match(row.text) or re.match(_CREDIT_LINE, row.text) or _credit_opens(row):
        return True, "photo credit of a caption"
    if _CREDIT_OPEN.search(prev.text) and _few_capitalised_words(row.text):
        return True, "photo credit wraps"
    if _CREDIT_END.search(prev.text) or _wrapped_credit_closes(block):
        return False, "photo credit ends a caption"
    if prev.text.count("(") > prev.text.count(")"):
        return True, "open parenthesis"
    if row.blank_before and ends_sentence(prev.text) and starts_afresh(row.text) and not _column_foot_runs_on(prev, row, column):
        return False, "blank line after a complete line"
    if row.blank_before and ((_label(prev) and not row.text[:1].islower()) or _label(row)):
        # (a label is followed by a title or a story, never by a sentence going on in lower
        # case: ``Bookmaker Ladbrokes`` / ``said it would…`` is a column's line, not a label)
        return False, "a section label between blank lines"
    if row.blank_before and (row.piece_whole or prev.piece_whole) and _pieces_differ(prev, row):
        return False, "whole sentences set in another width, between blank lines"

    merged = column > 0 and prev.width > column * LATIN_MERGED_FACTOR
    if ends_sentence(prev.text):
        # (A block after a byline that opens in lower case is no lead: the byline was
        # printed inside a paragraph, between a word cut at the line end and its rest.)
        if ((lead and starts_afresh(first.text)) or LATIN_DATELINE.match(first.text)) and not _abbreviation_end(prev.text):
            return False, "a story's lead is one sentence"
        if column <= 0:
            return False, "sentence end"
        next_share = row.width / column
        # On a page whose hyphenated lines pdftotext joined, a line wider than a full one
        # holds several lines of the column, and only the last of them can be short.
        joined = merged or (prev.hyphens_joined and prev.width > column * (1 + MERGED_FULL_SLACK))
        share = _last_line_share(prev, column) if joined else prev.width / column
        if joined and 0 < (narrow := min(prev.left_width, row.right_width)) < column:
            # (the wider estimate may be one of other joined lines: the line is short only
            # as the last of the narrower column's lines too)
            share = max(share, _last_line_share(prev, narrow))
        if share < SHORT_SHARE:
            return False, "sentence end on a short line"
        if not joined and _fill(prev, row.text.split()[0], column) < FIT_SHARE:
            return False, "the next line's first word would have fitted"
        if MIN_INDENTED_SHARE <= next_share < LATIN_MERGED_FACTOR and _indented(row, column):
            return False, "the next line is indented"
        if (widest := _widest_justified(prev, column)) > 0 and _fill(prev, row.text.split()[0], widest) < FIT_SHARE:
            return False, "the next line's first word would have fitted the widest line near by"
        return True, "sentence end on a full line"

    if row.blank_before and row.heads_story and starts_afresh(row.text):
        # A column cut off mid-sentence at its foot (it goes on elsewhere), then the
        # headline of the story whose byline or dateline follows.
        return False, "a headline over its story after a gap"
    if CUT_WORD_END.search(prev.text) and _OPENING_WORD.match(row.text):
        return False, "a word cut at the line end does not go on with a sentence opening"
    if _wrapped_headline_then_wider(block, row, column):
        return False, "a wrapped headline, then a wider line starting afresh"
    if row.blank_before and _cut_word_not_completed(prev.text, row.text):
        # The column stops on a cut word whose end is printed elsewhere; the line after
        # the gap is another story's (reassembly pairs the cut word with its end).
        return False, "a word cut at the line end is not completed after a gap"
    if stops_mid_sentence(prev.text) or not starts_afresh(row.text):
        return True, "sentence goes on"
    if LATIN_DATELINE.match(first.text):
        # The dateline is set in capitals, wider than the column's letters: a short first
        # line says nothing.
        return True, "the lead's first sentence goes on"
    if _wider_than_column(prev, row, column):
        return False, "a line wider than the column starts afresh"
    if _short_before_gap(prev, row, column, merged):
        return False, "a short line ending no sentence before a gap"
    if _wrapped_text_runs_out(block, row, column, merged):
        return False, "wrapped lines run out short of the column before a fresh start"
    # ``prev`` stops without a sentence end and ``row`` starts with a capital: a proper
    # name running on, or a headline/label ending before the next block.
    if prev.width < column * STUB_SHARE and not _full_below(prev, row):
        if len(block) <= MAX_HEADLINE_LINES and _headline_wraps_shorter(block, row):
            return True, "a headline wraps onto a shorter line"
        return False, "short line before a fresh start"
    if _SENTENCE_OPENING.match(row.text):
        return False, "the next line opens a sentence"
    if _set_in_bigger_type(prev, row, column):
        return False, "a title line over lines set in smaller type"
    if merged:
        if not prev.hyphens_joined and prev.text.split()[-1][:1].islower():
            # Not lines joined at hyphens: a deck or a caption set across columns, ending
            # without a full stop; a name running on would end in a capital.
            return False, "a line across columns ends before a fresh start"
        if not prev.hyphens_joined and _another_headline(prev, row, column):
            # Ending in a name, the line may run on; unless the next is a whole headline
            # (see _another_headline: a phrase of MIN_WHOLE_HEADLINE_WORDS words or more,
            # ending no sentence nor in a name, the line after it starting afresh): -raw
            # prints a deck across columns and the next story's title one after the other.
            # English dev pages: 1 break, in -raw, right (headline_acc 0.7889 -> 0.8000).
            return False, "a line across columns, then a whole headline"
        return True, "no sentence end on a wide line"
    if len(block) <= MAX_HEADLINE_LINES and _headline_like(block):
        wide_next = column > 0 and row.width > column * LATIN_MERGED_FACTOR
        if wide_next and not _wrapped_in_column(block, column) and not _opens_paragraph_in_flow(block, row):
            return False, "headline line before a wide line"
        fits_after = abs(prev.width - row.right_width) <= row.right_width * (1 - NEARLY_FULL_SHARE)
        if _column_changes(prev, row) and not fits_after and not _opens_paragraph_in_flow(block, row):
            return False, "headline line before another column"
        if len(block) == 1 and _another_headline(prev, row, column):
            return False, "two headlines"
    elif len(block) == 1 and _headline_after_named_headline(prev, row, column):
        return False, "a headline ending in a name, then a wider headline"
    elif (
        # A title wrapped over lines of its own measure may end in a name (``Mayor picks`` /
        # ``bridge name for`` / ``Queen Anne``); its deck under it is set in another column.
        1 < len(block) <= MAX_HEADLINE_LINES
        and _headline_like(block, name_end=True)
        and not any("," in r.text for r in block)
        and _column_changes(prev, row)
        and abs(prev.width - row.right_width) > row.right_width * (1 - NEARLY_FULL_SHARE)
    ):
        return False, "a wrapped headline ending in a name, then another column"
    return True, "no sentence end"


def _widest_justified(row: RowLike, column: float) -> float:
    """The widest of the lines near ``row`` set justified (see Row.justified_widths), none
    of them lines of the column joined into one (MERGED_FULL_SLACK): a justified line's
    natural width never passes its column's edge, while the column estimate is their
    commonest width, a share short of it. So a line that would take the next line's first
    word within the widest stopped short for a reason, the end of its paragraph. 0 when
    fewer than MIN_PIECE_LINES such lines show. English dev pages (three extractions): 6
    sentence ends found on lines taken for full, all right (with lines cut by a hyphen among
    the justified ones, 1 more, wrong: a squeezed line wider than the edge)."""
    widths = [w for w in row.justified_widths if w < column * (1 + MERGED_FULL_SLACK)]
    return max(widths) if len(widths) >= MIN_PIECE_LINES else 0.0


def _last_line_share(row: RowLike, column: float) -> float:
    """The share of the column ``column`` wide the last of the lines joined into ``row`` fills."""
    share = row.width / column
    return share - (math.ceil(share - MERGED_FULL_SLACK) - 1) * MERGED_LINE_SHARE


def _wider_than_column(prev: RowLike, row: RowLike, column: float) -> bool:
    """On a page whose hyphenated lines the extractor left apart (a body line is never wider
    than its column), ``row`` starts afresh wider than ``prev`` and its column by
    WIDER_LINE_SHARE or more: a title or deck set across columns, not the paragraph going on."""
    if prev.hyphens_joined or column <= 0 or _SENTENCE_INSIDE.search(prev.text):
        return False
    if row.width < max(column, prev.width) * WIDER_LINE_SHARE:
        return False
    # Two lines of the column printed as one at a hyphen the page's check missed are at most
    # two columns wide, and the line after them is the column's again.
    return row.width > column * WIDER_JOINED_COLUMNS or row.next_width >= column * WIDER_LINE_SHARE


def _short_before_gap(prev: RowLike, row: RowLike, column: float, merged: bool) -> bool:
    """``prev`` ends no sentence short of its column (GAP_SHORT_SHARE) and a blank line
    follows, then a capitalised word: a deck, a title or a caption ran out there (a column
    cut off at its foot fills its last line). Not after a word that leads on (``since``)."""
    if not row.blank_before or column <= 0 or merged or not row.text[:1].isupper():
        return False
    return prev.width < column * GAP_SHORT_SHARE and prev.text.split()[-1].lower() not in NO_COMPOUND_END


def _wrapped_text_runs_out(block: Sequence[RowLike], row: RowLike, column: float, merged: bool) -> bool:
    """``prev``, the last line of ``block``, follows a line that fills the column, goes on
    its text in lower case and stops without a sentence end short of the column, though ``row``'s first word, a capital, would have
    fitted: a deck or a caption ran out there, ``row`` starts another piece (``pdftotext
    -raw`` prints a page's titles, decks and captions one after the other, no blank line
    between them), not a name running on."""
    if len(block) < 2 or column <= 0 or merged:
        return False
    prev = block[-1]
    if not prev.text[:1].islower() or _line_of_column_below(prev, row):
        return False
    if block[-2].width < column * NEARLY_FULL_SHARE or prev.width >= column * RUN_OUT_SHARE:
        return False
    return _fill(prev, row.text.split()[0], column) < FIT_SHARE


def _headline_wraps_shorter(block: Sequence[RowLike], row: RowLike) -> bool:
    """``row`` is the next line of the headline ``block`` (see _headline_like): no wider than
    its last line (a headline wrapped over lines has its first line the widest) and no
    sentence or clause ending on it (``Spark heads world`` / ``Booker list``)."""
    if row.width > block[-1].width or ends_sentence(row.text) or row.text.endswith((",", ";", ":")):
        return False
    return _headline_like(block)


def _wrapped_headline_then_wider(block: Sequence[RowLike], row: RowLike, column: float) -> bool:
    """``block`` is a headline wrapped over short lines (two or more, each under STUB_SHARE
    of the column, no sentence or clause end: body lines fill their column), its last line
    stopping on a word that cannot end a sentence (``Kewell waits as`` / ``injury drags
    on``: a phrasal verb), and ``row`` starts afresh wider than any of them: a headline
    wrapped over lines has its first line the widest, so ``row`` is not its next line.
    ``pdftotext -raw`` prints a page's headlines one after the other. English dev pages:
    1 break in -raw, right; none in default or -layout mode."""
    if len(block) < 2 or column <= 0 or not starts_afresh(row.text) or not stops_mid_sentence(block[-1].text):
        return False
    if any(r.width >= column * STUB_SHARE for r in block) or row.width <= max(r.width for r in block):
        return False
    return _headline_like(block, name_end=True)


def _headline_after_named_headline(prev: RowLike, row: RowLike, column: float) -> bool:
    """``prev``, a whole phrase ending in a name (``Newcastle 27-27 Gloucester``), then
    ``row``, another headline (see _another_headline) set wider: a headline wrapped over
    two lines has its first line the widest, so the name does not run on into ``row``."""
    text = prev.text
    if len(text.split()) < MIN_WHOLE_HEADLINE_WORDS or re.search(r"[,;:]", text) or _SENTENCE_INSIDE.search(text):
        return False
    return row.width > prev.width and _another_headline(prev, row, column)


def _set_in_bigger_type(prev: RowLike, row: RowLike, column: float) -> bool:
    """``prev`` stops short of its column and would have taken the next line's first word
    with room to spare in the measure of the next two lines: it is set in bigger type (a
    title over its deck). Two wide lines, not one: pdftotext's default mode prints a
    hyphenated line and the next as one wide line, inside paragraphs too."""
    measure = min(row.width, row.next_width)
    if measure <= 0 or prev.width >= column * SHORT_SHARE:
        return False
    return _fill(prev, row.text.split()[0], measure) < DECK_FIT_SHARE


def _opens_paragraph_in_flow(block: Sequence[RowLike], row: RowLike) -> bool:
    """The block is printed right after a sentence end and right before ``row``, with no
    blank line on either side, on a page in pdftotext's default mode (its hyphenated lines
    joined): that mode prints a headline as a text block of its own, after a blank line (on
    the English dev pages, no headline line follows a sentence end without one), so lines
    inside the flow of a column open a paragraph, though the line after them is wide (two
    lines of the column joined at a hyphen, not another column)."""
    return opens_paragraph_in_flow(block[0]) and not row.blank_before


def opens_paragraph_in_flow(first: RowLike) -> bool:
    """Whether the line ``first`` is printed right after a sentence end, with no blank line
    between, on a page in pdftotext's default mode (its hyphenated lines joined): the first
    line of a paragraph, never a headline's (see :func:`_opens_paragraph_in_flow`)."""
    return first.hyphens_joined and first.follows_sentence and not first.blank_before


def _wrapped_in_column(block: Sequence[RowLike], column: float) -> bool:
    """Every line of the block but its last wrapped for lack of room in the column: the next
    line's first word would not have fitted. Body lines before a wide line (on a page whose
    hyphenated lines pdftotext joined, two lines of the column printed as one), not a
    headline's: those stop where a phrase ends."""
    return len(block) > 1 and all(_fill(a, b.text.split()[0], column) >= FIT_SHARE for a, b in pairwise(block))


def _column(prev: RowLike, row: RowLike, own_piece: bool = False) -> float:
    """The width of the column ``prev`` is set in: the wider estimate, from the lines before
    or after it (up to a blank line), unless that one is of lines the extractor joined at a
    hyphen (on a page where it did) and ``prev`` fits the narrower (then, if the narrower is
    ``prev``'s own width, the width of the lines between the blank lines around it).

    ``own_piece``: the lines before ``prev`` count from a blank line too (for a sentence end,
    whose line is full or short only in its own column)."""
    # (A blank line nearer than the estimate's window ends the lines that show the column:
    # what follows it is another piece, a title or another story set in another width.
    # English dev pages, three extractions: 5 decisions changed, all right. Above a line that
    # ends a sentence, a column's top: 3 more, all right; above any line, 1 more, wrong, a
    # line run out short of a narrow piece of lines joined at hyphens.)
    before = prev.left_piece_width if own_piece and prev.left_piece_width > 0 else prev.left_width
    narrow, wide = sorted((before, row.right_piece_width or row.right_width))
    joined = prev.hyphens_joined and narrow > 0 and wide >= narrow * LATIN_MERGED_FACTOR
    if joined and prev.width < narrow * LATIN_MERGED_FACTOR:
        if narrow == before == prev.width and prev.piece_width > 0:
            # The lines before ``prev`` (another column's foot, a label, a title) share no
            # width: the estimate is ``prev``'s own, which says nothing about its column.
            # The lines of its piece show the column instead (English dev pages: 2 sentence
            # ends at a column's top found short, none else changed on any set).
            return prev.piece_width
        return narrow
    return wide


def line_width(text: str) -> float:
    """The printed width of a Latin line, in the engine's units (about ½ em a character):
    narrow letters (``i``, ``l``) count less than wide ones (``m``, capitals), so a line of
    many narrow letters is not taken for a full one.

    >>> line_width("illicit") < line_width("MAXIMUM")
    True
    """
    return LATIN_SCALE * _units(text)


def _units(text: str) -> int:
    """The width of ``text`` in the table's whole units (see line_width): widths add up."""
    get = _CHAR_WIDTHS.get
    return sum(get(ch) or _other_width(ch) for ch in text)


def _other_width(ch: str) -> int:
    """An accented letter is as wide as its base letter (``é`` as ``e``); anything else
    not in the table is taken to be as wide as a capital or a digit."""
    base = unicodedata.normalize("NFD", ch)[0]
    return _CHAR_WIDTHS.get(base) or (CAPITAL_WIDTH if ch.isupper() else OTHER_WIDTH)


def _indented(row: RowLike, column: float) -> bool:
    """``row`` stops short of the column by about an indent or more: its next word would
    have fitted, or, cut by a hyphen, it stops short of the edge by more than a syllable."""
    if row.text.endswith("-"):
        # (A spaced dash ends a line anywhere: no evidence.)
        return CUT_WORD_END.search(row.text) is not None and row.width < column * HYPHEN_INDENT_SHARE
    return _fill(row, row.next_word, column) < INDENT_FIT_SHARE


def fits_in_headline(row: RowLike, measure: float) -> bool:
    """Whether ``row`` would have taken the next line's first word within HEADLINE_FIT_SHARE
    of a headline's ``measure``: it was not wrapped for lack of room."""
    return measure > 0 and bool(row.next_word) and _fill(row, row.next_word, measure) < HEADLINE_FIT_SHARE


def _fill(row: RowLike, word: str, column: float) -> float:
    """The share of the column ``row`` would fill with ``word`` added after a space."""
    return (row.width + line_width(" " + word)) / column if word else math.inf


def split_story_start(text: str) -> list[str]:
    """A byline and its story's first words printed on one line (``pdftotext -raw`` puts
    side-by-side text on one line), cut in two; any other line as it is.

    >>> split_story_start("By JANE SMITH The council met on Monday")
    ['By JANE SMITH', 'The council met on Monday']
    >>> split_story_start("By Jane Smith, Arts reporter OSLO — The council met")
    ['By Jane Smith, Arts reporter', 'OSLO — The council met']
    >>> split_story_start("the mayor who deBy JANE SMITH")
    ['the mayor who de', 'By JANE SMITH']
    >>> split_story_start("By the end of May the bridge was shut")
    ['By the end of May the bridge was shut']
    """
    glued = _GLUED_BYLINE.search(text)
    if glued and is_byline(glued.group(0)):
        return [text[: glued.start()], glued.group(0)]
    if not text.startswith("By "):
        return [text]
    capitals = _CAPITALS_BYLINE.match(text)
    if capitals and is_byline(capitals.group(1)):
        return [capitals.group(1), text[capitals.end() :]]
    for cut in _BEFORE_DATELINE.finditer(text):
        if is_byline(text[: cut.start()]):
            return [text[: cut.start()], text[cut.end() :]]
    return [text]


def _continues_byline(prev: RowLike, row: RowLike, lines: int) -> bool:
    if LATIN_DATELINE.match(row.text) or ends_sentence(row.text) or not _few_capitalised_words(row.text, roles=True):
        return False
    if prev.text.endswith((",", " and", " AND", "&")):
        return True
    if all(word in _ROLE_WORDS for word in row.text.split()):
        return True  # the role goes on: ``Entertainment`` / ``correspondent``
    if lines > 1:
        return False  # a byline wraps once (name, then role), unless cut mid-name
    if "," in prev.text:
        return row.text.islower()  # the role wraps: ``By Jane Smith, Arts`` / ``reporter``
    # A name in capitals wraps in capitals.
    if prev.text[3:].replace(" AND", "").isupper():
        return row.text.split(",")[0].isupper()
    # A name in mixed case wraps after a first name (``By Jane`` / ``Smith``, ``By Jane Lee
    # and Tom`` / ``Brown``), or its role follows (``By Jane Smith`` / ``Political
    # correspondent``); otherwise the story begins.
    last_name = re.split(r" (?:and|&) ", prev.text[3:])[-1]
    if len(last_name.split()) == 1:
        return True
    return any(word.lower() in _ROLE_WORDS for word in row.text.replace(",", " ").split())


def _credit_opens(row: RowLike) -> bool:
    """A bracketed photo credit starts the line (``(Jane`` / ``Smith/Reuters)``)."""
    return bool(_BRACKETED_CREDIT.match(f"{row.text} {row.next_word}"))


def _wrapped_credit_closes(block: Sequence[RowLike]) -> bool:
    """The block's last line ends a photo credit begun on the line before: a bracketed
    one (``(Jane`` / ``Smith/Reuters)``) or one after its label (``Picture:`` / ``Jane Smith``)."""
    if len(block) < 2:
        return False
    before, last = block[-2].text, block[-1].text
    bracket = last.endswith(")") and "(" not in last
    label = _CREDIT_OPEN.search(before) is not None and _few_capitalised_words(last)
    return (bracket or label) and _CREDIT_END.search(f"{before} {last}") is not None


def _few_capitalised_words(text: str, roles: bool = False) -> bool:
    words = text.replace(",", " ").split()
    if not words or len(words) > MAX_CONTINUATION_WORDS or ends_sentence(text):
        return False
    return all(w[0].isupper() or (roles and w in _ROLE_WORDS) for w in words)


def _headline_like(block: Sequence[RowLike], name_end: bool = False) -> bool:
    """No line of the block ends or holds a sentence end or ends a clause, and its last word
    is not a name (with ``name_end``, it may be)."""
    if any(ends_sentence(r.text) or _SENTENCE_INSIDE.search(r.text) or r.text.endswith((",", ";", ":")) for r in block):
        return False
    if name_end:
        return True
    last = block[-1].text.split()[-1].strip("’'\"”")
    return not last[:1].isupper() or last.isupper() and len(block[-1].text.split()) == 1


def _another_headline(prev: RowLike, row: RowLike, column: float) -> bool:
    """``row`` is a headline of its own after the headline ``prev``: it ends no sentence or
    clause and stops short of the column, and neither line was wrapped (the next word would
    have fitted on it)."""
    text = row.text
    if ends_sentence(text) or stops_mid_sentence(text) or "," in text or text.split()[-1][:1].isupper():
        return False
    fits = _fill(prev, text.split()[0], column), _fill(row, row.next_word, column)
    if max(fits) < HEADLINE_FIT_SHARE:
        return True
    # Neither line goes on: both are whole phrases, and the line after starts afresh too
    # (``pdftotext -raw`` prints a page's headlines one after the other, set wider than
    # the columns, so their widths tell nothing).
    return len(text.split()) >= MIN_WHOLE_HEADLINE_WORDS and starts_afresh(row.next_word)


def section_label(text: str) -> bool:
    """One to three capitalised words (``Business``, ``Arts & Entertainment``), no digit,
    no punctuation: what a section label reads like."""
    return _LABEL.fullmatch(text) is not None


def _label(row: RowLike) -> bool:
    """A section label standing alone between blank lines: one to three capitalised words
    (``Business``, ``Arts & Entertainment``), no digit, no punctuation."""
    return row.piece_lines == 1 and section_label(row.text)


def _pieces_differ(prev: RowLike, row: RowLike) -> bool:
    """The runs of lines before and after a blank line are set in different widths."""
    if min(prev.piece_lines, row.piece_lines) < MIN_PIECE_LINES:
        return False
    before, after = prev.piece_width, row.piece_width
    return min(before, after) < max(before, after) * COLUMN_CHANGE_SHARE


def _column_foot_runs_on(prev: RowLike, row: RowLike, column: float) -> bool:
    """A sentence ends flush at the foot of a column and the next column, as wide, goes on
    with a full line: the blank line is the one pdftotext prints between two columns, and
    says nothing about the paragraph, which ends at a column's foot no more often than at
    any other line. What tells is what tells without the blank line: ``prev`` full (the next
    word would not have fitted), ``row`` no indented first line (its own next word would not
    have fitted either), so the sentence-end rules below decide. Both sides must show their
    column (MIN_PIECE_LINES lines each, of one width), and no headline may open the next.
    English dev pages (three extractions): 4 breaks turned to joins right, 2 wrong (a lead
    printed after its column's foot; -layout text running a caption into a column)."""
    if column <= 0 or row.heads_story or min(prev.piece_lines, row.piece_lines) < MIN_PIECE_LINES:
        return False
    if max(prev.width, row.width) > column * LATIN_MERGED_FACTOR or _pieces_differ(prev, row) or _column_changes(prev, row):
        return False
    if prev.width < column * SHORT_SHARE or _fill(prev, row.text.split()[0], column) < FIT_SHARE:
        return False
    return row.width >= column * MIN_INDENTED_SHARE and not _indented(row, column)


def _column_changes(prev: RowLike, row: RowLike) -> bool:
    before, after = prev.left_width, row.right_width
    return min(before, after) < max(before, after) * COLUMN_CHANGE_SHARE


def _full_below(prev: RowLike, row: RowLike) -> bool:
    """``prev`` nearly fills the column of the lines after it, which is narrower than the
    one the lines before it show (wide lines above: a caption, a lead or another story set
    across columns): it is a body line of that column, not a stub, though short of the wide
    one. English pages extracted in -raw and -layout mode: 3 such lines before a capital
    (a name running on, a title wrapping), all going on; none in default mode."""
    after = row.right_width
    return 0 < after < prev.left_width * COLUMN_CHANGE_SHARE and prev.width >= after * NEARLY_FULL_SHARE


def _line_of_column_below(prev: RowLike, row: RowLike) -> bool:
    """``prev`` is as wide as the lines of the narrower column after it, within a justified
    line's spread (see _full_below): a body line of that column, the wide line above it a
    lead or a caption set across columns."""
    after = row.right_width
    return _full_below(prev, row) and prev.width * NEARLY_FULL_SHARE <= after


def _near_column(row: RowLike, column: float) -> bool:
    return column > 0 and row.width >= column * NEARLY_FULL_SHARE


def _abbreviation_end(text: str) -> bool:
    """A line ending in an abbreviation (``U.S.``, ``Mr.``, ``St.``), which may not end a sentence."""
    return bool(re.search(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Inc|Ltd|No|vs)\.)$", text))


def _cut_word_not_completed(text: str, following: str) -> bool:
    """Whether ``text`` stops on a word cut by a hyphen that the first word of ``following``,
    itself a word of its own, neither closes up into an English word (``In-``/``dian``) nor
    completes as a compound (``three-``/``hour``, ``anti-``/``American``).

    >>> _cut_word_not_completed("below the In-", "Hobbit picture"), _cut_word_not_completed("for sharehold-", "the US")
    (True, True)
    >>> _cut_word_not_completed("they are be-", "lieved to"), _cut_word_not_completed("the anti-", "American")
    (False, False)
    >>> _cut_word_not_completed("Jamie Lee Cur-", "tis won")  # a name's syllable: no evidence
    False
    """
    cut, rest = CUT_WORD_END.search(text), _FIRST_WORD.match(following)
    if not cut or not rest:
        return False
    first, second = cut.group(1), rest.group(1)
    if not english.is_word(second) or english.is_word(first + second.lower()):
        return False
    if second[0].isupper():
        # A lower-case part before a capitalised one is a compound (anti-American,
        # October-to-December); a capitalised word cut before one is a name's syllable.
        return not first.islower()
    if second.lower() in NO_COMPOUND_END or second.lower() in NO_COMPOUND_VERB:
        return True
    return not _keeps_hyphen(first, second, Counter())


def starts_afresh(text: str) -> bool:
    """Whether ``text`` starts like a sentence: a capital, maybe behind a quote or bracket."""
    return bool(re.match(r"^[“‘\"'(]?[A-Z]", text))


def stops_mid_sentence(text: str) -> bool:
    """Whether ``text`` stops on a mark or a word that cannot end a sentence or a headline."""
    return bool(_MID_SENTENCE.search(text))


def dehyphenate(left: str, right: str, number: int, vocabulary: Counter[str], log: ChangeLog) -> str:
    """Join ``left`` (ending in a hyphen) and ``right``: one word, or a kept compound.

    A spaced dash at the line end (``road -``/``no``) joins with a space.

    >>> dehyphenate("distribu-", "tion of", 1, Counter(), ChangeLog(False))
    'distribution of'
    >>> dehyphenate("a hand-", "made chair", 1, Counter({"hand-made": 1}), ChangeLog(False))
    'a hand-made chair'
    >>> dehyphenate("anti-", "American views", 1, Counter(), ChangeLog(False))
    'anti-American views'
    >>> dehyphenate("the road -", "no chance", 1, Counter(), ChangeLog(False))
    'the road - no chance'
    """
    head = _LATIN_WORD_END.search(left)
    tail = _LATIN_WORD_START.match(right)
    if not head or not tail:
        return f"{left} {right}"
    first, second = head.group(1).rsplit("-", 1)[-1], tail.group(1)
    if _keeps_hyphen(first, second, vocabulary):
        return left + right
    log.record("dehyphenate", number, f"{first}-⏎{second}", first + second, "word hyphenated at the line end")
    return left[:-1] + right


def _keeps_hyphen(first: str, second: str, vocabulary: Counter[str]) -> bool:
    """Whether ``first-second`` is a compound (keep the hyphen) rather than one cut word."""
    joined, hyphened = (first + second).lower(), f"{first}-{second}".lower()
    if vocabulary[hyphened] != vocabulary[joined]:
        return vocabulary[hyphened] > vocabulary[joined]
    if second[0].isupper() or any(ch.isdigit() for ch in first + second):
        return True  # anti-American, mid-1990s, 24-hour, 20bn-euro: a cut word has no digit
    if first.isupper() and len(first) > 1:
        return True  # BBC-led
    if first[-1].lower() in _VOWELS and second[0] == first[-1].lower():
        return True  # re-election, anti-inflation: a prefix before its own vowel
    head = first.lower()
    if head in _COMPOUND_FIRST and len(second) >= MIN_COMPOUND_PART:
        return True  # well-known, self-confessed
    if head in _NUMBER_WORDS and len(second) >= MIN_COMPOUND_PART and not second.startswith(_NUMBER_ENDINGS):
        return True  # three-hour, but seven-teen
    if head in _COMPOUND_FIRST_IF_WORD and vocabulary[second.lower()] > 0:
        return True  # post-merger (``merger`` is a word of the page), but post-poned
    if head in _CLOSED_PREFIXES:
        return False
    if first.islower() and second.islower() and english.is_compound(head, second):
        return True  # large-scale, re-recorded: no English word closed up, common ones apart
    if first.istitle() and head in english.PREFIXES and second.islower() and english.is_compound(head, second):
        # Ex-minister, Anti-war, opening a sentence; a capitalised word is more often a
        # name, cut anywhere (``Hammer-``/``smith``), so only a prefix counts.
        return True
    if len(first) < MIN_COMPOUND_PART or not first.islower():
        return False
    if vocabulary[head] > 0 and re.fullmatch(r"[a-z]{3,}(?:ing|ed)", second):
        return True  # fund-raised: a page word before a participle
    # award-winning, best-selling: a first part too long for a syllable before an -ing
    # word; but consid-ering, oper-ating, manufac-turing are cut Latinate verbs.
    participle = re.fullmatch(r"[a-z]{3,}ing", second) and not re.search(r"[aeiou][rt]ing$", second)
    return len(first) >= MIN_PARTICIPLE_COMPOUND_PART and participle is not None and english.is_word(first)


def restore_hyphens(
    text: str,
    number: int,
    vocabulary: Counter[str],
    log: ChangeLog,
    hyphenated: dict[str, str] | None = None,
    holds_join: bool = False,
    column: float = 0.0,
    edge: float = 0.0,
) -> str:
    """Put back the hyphen of compounds the extractor closed up when it joined a line ending
    in a hyphen to the next (pdftotext's default mode prints ``well-⏎known`` as ``wellknown``).

    Only words that cannot be printed closed up are repaired: a number run into a word of
    the page (``18month``; but ``418bnrand``, where the unit's end is unknown, is left), a
    lower-case part run into a capitalised one (``antiIslamic``), and a word the page
    prints hyphenated elsewhere. On a line that ``holds_join`` (it is wider than its
    column by half: the extractor joined a line to it), also a word in lower case that is
    no English word but two common ones, or a prefix and one (``bigbudget``,
    ``postmerger``), and a number run into a common word (``18month``): names and words
    the word list does not know are left as they are. Given the ``column`` the line's lines
    were set in, only where a join fits: the parts before and after the hyphen make whole
    lines of it (a word closed up in the last printed line is no join's).

    Given the column's ``edge`` too, a word the join falls inside (the joined line's first
    line would end there with a hyphen at the edge) is split where the evidence for a hyphen
    the extractor kept says so (:func:`_cut_at_edge`: ``KarWai``, ``bestselling``).

    ``hyphenated`` is :func:`hyphenated_words` of the vocabulary, for callers repairing many
    lines of one page.

    >>> page = Counter({"well-known": 1, "month": 2})
    >>> restore_hyphens("an 18month allFrench wellknown tour", 1, page, ChangeLog(False))
    'an 18-month all-French well-known tour'
    >>> restore_hyphens("a bigbudget film in Blackburn", 1, Counter(), ChangeLog(False), holds_join=True)
    'a big-budget film in Blackburn'
    """
    if hyphenated is None:
        hyphenated = hyphenated_words(vocabulary)
    if (dateline := _DASHLESS_DATELINE.match(text)) is not None:
        head = dateline.group(1)
        fixed = f"{head} -{text[len(head):]}"
        log.record("dehyphenate", number, text[: len(head) + 12], fixed[: len(head) + 14], "a dateline's dash dropped at a joined line end")
        text = fixed

    def repair(match: re.Match[str]) -> str:
        word = match.group(0)
        parts = _CLOSED_COMPOUND.fullmatch(word)
        reason = "compound closed up at a joined line end"
        # (the page's count of the word includes this closed-up one)
        if parts and (parts.group(3) or vocabulary[parts.group(2)] > 1):
            fixed = f"{parts.group(1) or parts.group(3)}-{parts.group(2) or parts.group(4)}"
        elif word.lower() in hyphenated and vocabulary[hyphenated[word.lower()]] >= vocabulary[word.lower()]:
            # (the page's count of the closed-up word includes this one)
            fixed = _same_case(hyphenated[word.lower()], word)
        elif (head := _compound_head(word.lower(), vocabulary)) is not None:
            fixed = f"{word[:len(head)]}-{word[len(head):]}"
        elif edge > 0 and (at_edge := _cut_at_edge(text, match, edge, vocabulary)) is not None:
            fixed = f"{word[:at_edge]}-{word[at_edge:]}"
            reason = f"{reason}: a compound broken at the column's edge"
        elif (
            holds_join
            and (cut := _english_compound_cut(word, parts)) is not None
            and _may_join_at(text, match.start() + cut, column)
        ):
            fixed = f"{word[:cut]}-{word[cut:]}"
            reason = f"{reason}: no English word, common ones apart"
        else:
            return word
        log.record("dehyphenate", number, word, fixed, reason)
        return fixed

    return _ALNUM_RUN.sub(repair, text)


def _cut_at_edge(text: str, match: re.Match[str], edge: float, vocabulary: Counter[str]) -> int | None:
    """Where the word ``match`` of a joined line ``text`` was broken at its hyphen, when the
    join falls inside it: the line's first line, with a hyphen after that place, would
    reach the column's ``edge`` within JOIN_EDGE_FIT. Of such places, those whose parts make
    a compound by the evidence for a hyphen the extractor kept (:func:`_keeps_hyphen`, each
    part a word or a prefix: :func:`_edge_parts`) count, the one with the commoner rarer part
    first (the edge gives the place only roughly: ``best``/``selling``, not ``bests``/
    ``elling``); None when there is none. Numbers and words in capitals are left."""
    word = match.group(0)
    places = []
    # (The first line's width grows a character at a time: counted in whole units, as
    # line_width counts them, it is the same number as measuring each prefix afresh.)
    units = _units(text[: match.start()]) + _units("-")
    for k in range(1, len(word)):
        units += _units(word[k - 1])
        width = LATIN_SCALE * units
        if abs(width - edge) <= edge * JOIN_EDGE_FIT:
            places.append((abs(width - edge), k))
    if places and _closed_numbers(text, match):
        return min(places)[1]
    if not places or word.isupper() or word.isdigit():
        return None
    page = vocabulary.copy()
    if page[word.lower()] > 0:
        page[word.lower()] -= 1  # (the page's count of the closed-up word includes this one)
    keeps = [
        (-min(english.count(word[:k]), english.count(word[k:])), off, k)
        for off, k in places
        if _edge_parts(word[:k], word[k:]) and _keeps_hyphen(word[:k], word[k:], page)
    ]
    return min(keeps)[2] if keeps else None


def _closed_numbers(text: str, match: re.Match[str]) -> bool:
    """Whether the run ``match`` of ``text`` is digits too many for one number printed
    without thousands separators (MIN_CLOSED_NUMBER_DIGITS), no part of a decimal or a
    separated number (``3.14159``, ``1,000,000``)."""
    word, before, after = match.group(0), text[match.start() - 1 : match.start()], text[match.end() : match.end() + 2]
    if not word.isdigit() or len(word) < MIN_CLOSED_NUMBER_DIGITS or before in (".", ","):
        return False
    return re.match(r"[.,]\d", after) is None


def _edge_parts(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` may be the parts of a compound broken at a place the
    column's edge only roughly gives: each part in lower case is an English word (the first
    may be a prefix), so a syllable (``betwe``/``en``, ``ninete``/``enth``) is none."""
    if first.isalpha() and first.islower() and first not in english.PREFIXES and english.count(first) < english.MIN_WORD_COUNT:
        return False
    return not (second.isalpha() and second.islower() and english.count(second) < english.MIN_WORD_COUNT)


def _may_join_at(text: str, position: int, column: float) -> bool:
    """Whether the extractor may have joined ``text`` at ``position``: the parts before and
    after it make whole lines of the column (``column`` wide; 0: unknown, any place may),
    none wider than a line by more than JOIN_FIT_SHARE allows."""
    if column <= 0:
        return True
    lines = max(2, math.ceil(line_width(text) / column - MERGED_FULL_SLACK))
    before, after = line_width(text[:position]), line_width(text[position:])
    return any(
        max(before / (k * column), after / ((lines - k) * column)) <= JOIN_FIT_SHARE for k in range(1, lines)
    )


def _english_compound_cut(word: str, parts: re.Match[str] | None) -> int | None:
    """Where a closed-up compound splits by the English word list: after the number of a
    number run into a common word (``18month``), or between the parts of a word in lower
    case (:func:`english.compound_split`) whose first part does not close up with what
    follows (``under``, ``after``: underpriced, afterwards)."""
    if parts and parts.group(1):
        return len(parts.group(1)) if english.is_common(parts.group(2)) else None
    if not word.isalpha() or not word.islower():
        return None
    cut = english.compound_split(word)
    return None if cut is None or word[:cut] in _CLOSED_PREFIXES else cut


def hyphenated_words(vocabulary: Counter[str]) -> dict[str, str]:
    """The page's hyphenated words, keyed by their closed-up spelling."""
    return {word.replace("-", ""): word for word in vocabulary if "-" in word}


def _compound_head(word: str, vocabulary: Counter[str]) -> str | None:
    """The first part of a closed-up compound of a number word or a compound-forming
    first part (``twohour``, ``antiimmigration``) and a word the page prints on its own;
    a prefix closes up with most words (``preserve``), so it counts only before its own
    vowel (``reelection``)."""
    if vocabulary[word] > 1:
        return None  # printed closed up more than once: a word of its own
    for head in _CLOSING_HEADS:
        rest = word[len(head) :]
        if not word.startswith(head) or len(rest) < MIN_RESTORED_PART or vocabulary[rest] == 0:
            continue
        if (head in _NUMBER_WORDS and not rest.startswith(_NUMBER_ENDINGS)) or head in _COMPOUND_FIRST:
            return head
        if rest[0] == head[-1]:
            return head
    return None


def _same_case(hyphenated: str, original: str) -> str:
    """``hyphenated`` (lower case) spelt with the letters of ``original``."""
    letters = iter(original)
    return "".join(ch if ch == "-" else next(letters) for ch in hyphenated)


def vocabulary(lines: Iterable[str]) -> Counter[str]:
    """Words of the page as printed whole (not cut at a line end), for hyphen decisions.

    >>> sorted(vocabulary(["a well-known dis-", "tribution"]))
    ['a', 'well-known']
    """
    words: Counter[str] = Counter()
    cut = False  # the previous line ended in a hyphen: this one starts with a word's end
    for text in lines:
        found = [w.lower() for w in _WORDS.findall(text)]
        if cut and found and re.match(r"^[A-Za-z]", text):
            found = found[1:]
        cut = bool(_LATIN_WORD_END.search(text)) and not text.endswith(" -")
        if cut and found:
            found = found[:-1]
        words.update(found)
    return words

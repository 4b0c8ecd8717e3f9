"""Cut side-by-side columns of layout text apart and put them in reading order.

``pdftotext -layout`` and OCR keep the page geometry: columns that stand side by side are
printed on the same lines, separated by *gutters* of spaces, so every line mixes pieces of
different articles. This stage finds the gutters, cuts every line at them, links the
pieces that continue one another down the page into *column pieces*, orders those pieces
(regions top to bottom, columns left to right) and hands the page on as reading-order lines.

How it works, in four passes over the page, each close to linear in its size:

1. **Geometry.** Each line becomes *segments*: runs of text whose inner gaps are shorter
   than :data:`MIN_GAP_SPACES` (a single space inside ``苗 情 转 化`` or between Latin
   words never separates anything). Positions are measured either in characters (what
   ``pdftotext -layout`` pads with) or in display cells (CJK and full-width forms count 2,
   what tools that align for a terminal pad with); the page is measured both ways and the
   one under which segment starts line up better wins.
2. **Gutters.** A sweep down the page keeps the vertical strips that are blank on every
   line so far; a strip narrows as lines come and dies when text crosses it (a headline
   spanning two columns). A strip with text on both sides on enough lines is a gutter;
   gutters come and go as the layout changes, so a page has regions of different columns.
   A strip remembers how wide it was on each line: where columns of another layout below
   narrow it to a sliver, the lines above still see the whole gutter beside them.
3. **Column pieces.** Every line is cut at the gutters alive on it; a cut piece is linked
   to the piece below it in the same column when each is the other's only neighbour, so a
   headline above two columns, or a caption below two, starts a new column piece.
4. **Reading order.** Column pieces are ordered by recursive cuts (XY-cut): first into
   bands that no piece crosses (top to bottom), then into columns that no piece crosses
   (left to right), and so on down.

Nothing is dropped: every non-space character of the input is in exactly one output line.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from declump.config import Config
from declump.lexicon import spans_word
from declump.markers import CREDIT_LINE
from declump.model import ChangeLog, Line
from declump.text import display_width, has_cjk

# -- thresholds ------------------------------------------------------------------------------
#: A run of at least this many spaces may separate columns; a single space is a word space
#: or the letter spacing of a stretched CJK line (``苗 情 转 化``), never a gutter. The
#: narrowest gutters in ``pdftotext -layout`` pages are 2-3 spaces wide.
MIN_GAP_SPACES = 2
#: A gutter strip must stay at least this wide (in cells) on every line it runs through.
MIN_GUTTER_WIDTH = 1
#: A strip is a gutter when it has text on both sides on at least this many lines: fewer
#: would cut headlines that hold a wide space (``注重体制创新  促进高效运营``) and chance
#: alignments of word spaces in justified Latin text (which rarely line up three times).
MIN_GUTTER_LINES = 3
#: ... or on a single line when it is at least this wide: a row of column starts printed
#: side by side (the first lines of several columns) has gaps of 10-25 spaces, while a
#: space in a large-type headline stays well under this.
WIDE_GUTTER = 8
#: A piece is linked to the next piece of its column across at most this many lines with
#: nothing in the column: in staggered columns (baselines offset by half a line) every other
#: line is empty in a column, and a neighbouring headline can push a column down by two
#: lines; a photo or a box in the column leaves a longer hole, which ends the column piece.
MAX_LINK_GAP = 2
#: ... and across at most this many lines that are empty on the whole page: two or more
#: empty lines right across the page separate stories stacked in the same columns.
MAX_EMPTY_IN_LINK = 1
#: A title's line is linked to its next line, flush under it, across at most this many
#: lines with nothing in the column: large type stands several lines of the page apart.
#: Generated pages through -layout (full/narrow/wide): headline_acc 0.5947/0.5951/0.6106 ->
#: 0.6447/0.6277/0.6667, clean block_f1 +0.011/+0.017/+0.010 (at 4 lines: 0.6342/0.6223/
#: 0.6527; at 8 the same as at 6); dev-layout unchanged.
TITLE_LINK_GAP = 6
#: ... when the two start at most this many cells apart ...
TITLE_FLUSH = 1
#: ... and each holds at most this many characters, in a piece of at most this many lines.
TITLE_MAX_CHARS = 30
TITLE_MAX_LINES = 4
#: A photo credit (``李明 摄``, or the ``摄`` a credit wrapped onto a line of its own) is set
#: on its own line under its caption, towards its right end; in character-padded text the
#: caption's characters are narrower than the grid, so the credit seems to stand right of
#: it and does not link down the column. It follows the caption's last line when that is
#: at most this many lines above it, with nothing of the column's in between.
CREDIT_LINK_GAP = 4
_SENTENCE_END = re.compile(r"[。！？][”’」）)]?$")
_LONE_CREDIT = ("摄", "攝")  # a credit wrapped at its 摄
_SENTENCE_MARK = re.compile(r"[。！？；]")
#: Two fragments on nearby lines belong to one column when their text overlaps, give or
#: take this many cells: a paragraph's short last line and the next one's indented first
#: line need not overlap (the indent is 2 characters, 4 cells when a CJK character is 2).
LINK_SLACK = 5
#: A column gap of at least this many empty lines is a real vertical gap (kept as one empty
#: line); a single empty line only counts when the column is dense (no staggering) around it.
VERTICAL_GAP_LINES = 2
#: A fake-bold staircase repeats at least this many characters from one step to the next
#: (``方程式`` / ``”（``: the copies of a run, or of a pair of marks).
MIN_STAIR_RUN = 2
#: A staircase may also begin with a lone copy of an opening bracket or quote, printed over
#: the first step that starts with it (``（`` / ``（纵横``), and end with a lone copy of a
#: closing one under the last step that ends with it (``纵横）`` / ``）``): a title's tag in
#: fake bold. (Any lone first copy, ``光`` / ``光((域外听风``, was tried: cer rose and
#: headline_acc fell.) Generated -layout pages: doubled headline lines 13 -> 6.
_OPENING_MARKS = frozenset("（(《“「【〈")
_CLOSING_MARKS = frozenset("）)》”」】〉")
#: ... and its steps are headline lines, at most this many characters (a long line is
#: never read as a step: comparing its ends would cost its length squared).
MAX_STAIR_CHARS = 60
#: Detection: besides ``Config.layout_line_share``, a page with at least this many lines cut
#: by gutters is layout text even when most of it is a single column (a box set beside a
#: long single-column article). Reading-order text has no line with a gutter at all.
MIN_LAYOUT_LINES = 6

#: Estimating how wide a CJK character is on a character-padded page: only segments with
#: at least this many wide characters say something, and the estimate is this quantile of
#: what they allow (dev-layout pages: 5 % quantile 1.1-1.9 cells, median 1.2-2.3).
SCALE_MIN_WIDE = 4
SCALE_QUANTILE = 0.05

#: Characters that are wide in a CJK context although Unicode calls them ambiguous.
_AMBIGUOUS_WIDE = frozenset("“”‘’—…·")
_RUN = re.compile(r"\S+")
_INF = float("inf")


# -- geometry --------------------------------------------------------------------------------
def _char_width(char: str, cjk_line: bool) -> int:
    if unicodedata.east_asian_width(char) in "WF":
        return 2
    if cjk_line and char in _AMBIGUOUS_WIDE:
        return 2
    return 1


def _cells(text: str) -> int:
    """How many cells a text takes at most: its width with wide characters counted double."""
    cjk = _is_cjk_line(text)
    return sum(_char_width(c, cjk) for c in text)


def _is_cjk_line(text: str) -> bool:
    return any(ord(c) >= 0x2E80 and unicodedata.east_asian_width(c) in "WF" for c in text)


@dataclass
class _Segment:
    """A run of text on one line: string slice [i0, i1) at positions [x0, x1)."""

    x0: float
    x1: float
    i0: int
    i1: int
    wide: int = 0  # how many of its characters are wide (CJK, full-width forms)
    last_wide: int = 0  # how many of the wide ones are in its last word (after its last space)
    reach: float = 0.0  # where it probably ends on the page (at least x1, see _rescale)


def _segments(text: str, display: bool) -> list[_Segment]:
    """Runs of non-space text whose inner gaps are shorter than a gutter."""
    runs = [(m.start(), m.end()) for m in _RUN.finditer(text)]
    if not runs:
        return []
    merged: list[list[int]] = []
    for start, end in runs:
        if merged and start - merged[-1][1] < MIN_GAP_SPACES:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    cjk = _is_cjk_line(text)
    widths = [_char_width(c, cjk) for c in text]
    out = []
    if display:
        pos = [0]
        for w in widths:
            pos.append(pos[-1] + w)
    for start, end in merged:
        wide = sum(1 for w in widths[start:end] if w == 2)
        word = text.rfind(" ", start, end) + 1 or start
        last_wide = sum(1 for w in widths[word:end] if w == 2)
        if display:
            out.append(_Segment(pos[start], pos[end], start, end, wide, last_wide=last_wide))
        else:
            out.append(_Segment(start, end, start, end, wide, last_wide=last_wide))
    return out


def _alignment(rows: list[list[_Segment]]) -> int:
    """How many segment starts line up with a segment start on a nearby line."""
    starts = [{round(seg.x0) for seg in segs} for segs in rows]
    score = 0
    for r, here in enumerate(starts):
        near: set[int] = set()
        for other in starts[max(0, r - 2) : r] + starts[r + 1 : r + 3]:
            near |= other
        score += sum(1 for x in here if x > 0 and x in near)
    return score


def _wide_scale(rows: list[list[_Segment]]) -> float:
    """How many character cells a wide character really takes in a character-padded page.

    ``pdftotext -layout`` starts every word at its true position on a grid of cells but
    writes a CJK character as one character, although on many pages it is 1.2-2 cells wide
    (the grid follows the page's narrowest type). Where a segment is followed by another
    on its line, the next one's start bounds the first one's real width; a low quantile
    of those bounds is a safe estimate (too high would close real gutters).
    """
    bounds = sorted(
        (right.x0 - left.x0 - 1 - (left.i1 - left.i0 - left.wide)) / left.wide
        for segs in rows
        for left, right in zip(segs, segs[1:])
        if left.wide >= SCALE_MIN_WIDE
    )
    if not bounds:
        return 1.0
    return max(1.0, bounds[int(SCALE_QUANTILE * (len(bounds) - 1))])


def _rescale(rows: list[list[_Segment]], scale: float) -> None:
    """Estimate where each segment really ends: wide characters take ``scale`` cells.

    Only an estimate (type sizes differ), so gutters are still found from the character
    ends; the estimate tells a headline that spans a gutter from a line of the column.
    Only the segment's last word counts: pdftotext starts every word after a space at its
    true cell, so a letter-spaced line (``赵 明 翠 是 全 国 人 大 代 表``, justified with
    spaces) already stands at its width (counting all its wide characters set it across
    the gutter and cut it from its column: generated -layout pages, clean +0.002 to +0.003
    on five of six sets, cer -0.0005 to -0.003).
    """
    for segs in rows:
        for k, seg in enumerate(segs):
            end = seg.x1 + (scale - 1.0) * seg.last_wide
            if k + 1 < len(segs):
                end = min(end, segs[k + 1].x0 - 1)
            seg.reach = max(seg.x1, end)


def _measure(texts: list[str]) -> list[list[_Segment]]:
    """Segments of every line, in the metric under which column starts line up best."""
    by_chars = [_segments(t, display=False) for t in texts]
    if not all(t.isascii() for t in texts):
        by_cells = [_segments(t, display=True) for t in texts]
        if _alignment(by_cells) > _alignment(by_chars):
            _rescale(by_cells, 1.0)
            return by_cells
    _rescale(by_chars, _wide_scale(by_chars))
    return by_chars


# -- gutters ---------------------------------------------------------------------------------
@dataclass
class _Strip:
    """A vertical strip blank on every line from ``top`` down to ``bottom``."""

    a: float
    b: float
    top: int
    bottom: int = -1
    two_sided: int = 0  # lines with text on both sides of the strip
    left: int = 0  # lines with text on its left (with or without text on its right)
    right: int = 0  # lines with text on its right
    widest: float = 0.0  # widest blank seen on a two-sided line
    since: int = 0  # the first line on which the strip is as narrow as [a, b) ...
    wider: _Strip | None = None  # ... and the strip as it was on the lines above that one

    def accepted(self) -> bool:
        if self.two_sided >= 1 and self.widest >= WIDE_GUTTER:
            return True
        # Columns whose baselines are offset share few lines; each side then shows text
        # on lines of its own, above and below one another.
        return self.two_sided >= MIN_GUTTER_LINES or min(self.left, self.right) >= MIN_GUTTER_LINES

    def grown(self, a: float, b: float, left: bool, right: bool, blank: float, row: int) -> _Strip:
        """This strip narrowed to [a, b) by line ``row``, with text on the given sides."""
        both = left and right
        narrowed = (a, b) != (self.a, self.b)
        return _Strip(
            a,
            b,
            self.top,
            -1,
            self.two_sided + both,
            self.left + left,
            self.right + right,
            max(self.widest, blank) if both else self.widest,
            row if narrowed else self.since,
            self if narrowed else self.wider,
        )

    def at(self, row: int) -> _Strip:
        """The strip as wide as it was on ``row``: a gutter that columns of another layout
        below narrow to a sliver keeps its width for the lines above them."""
        strip = self
        while strip.wider is not None and row < strip.since:
            strip = strip.wider
        return strip


def _blanks(segs: list[_Segment]) -> list[tuple[float, float, bool, bool]]:
    """The blank intervals of a line: (start, end, text on the left, text on the right)."""
    out = [(0.0, segs[0].x0, False, True)]
    out += [(left.x1, right.x0, True, True) for left, right in zip(segs, segs[1:])]
    out.append((segs[-1].x1, _INF, True, False))
    return out


def _find_gutters(rows: list[list[_Segment]]) -> list[_Strip]:
    """Sweep down the page keeping the strips that stay blank; return the gutters.

    Active strips are pairwise disjoint, so each line costs O(columns · log columns).
    """
    active: list[_Strip] = []
    done: list[_Strip] = []
    last = -1
    for r, segs in enumerate(rows):
        if not segs:
            continue  # an empty line is blank everywhere: every strip runs on
        blanks = _blanks(segs)
        starts = [blank[0] for blank in blanks]
        pieces: dict[tuple[float, float], _Strip] = {}
        for strip in active:
            j = max(0, bisect.bisect_right(starts, strip.a) - 1)
            survived = False
            while j < len(blanks) and blanks[j][0] < strip.b:
                c, d, left, right = blanks[j]
                a, b = max(strip.a, c), min(strip.b, d)
                if b - a >= MIN_GUTTER_WIDTH:
                    survived = True
                    known = pieces.get((a, b))
                    if known is None or known.top > strip.top:
                        pieces[(a, b)] = strip.grown(a, b, left, right, d - c, r)
                j += 1
            if not survived:
                strip.bottom = last
                done.append(strip)
        taken = sorted(pieces)
        for c, d, left, right in blanks:
            if d - c < MIN_GUTTER_WIDTH:
                continue
            k = bisect.bisect_left(taken, (c, -_INF))
            overlaps = (k < len(taken) and taken[k][0] < d) or (k > 0 and taken[k - 1][1] > c)
            if not overlaps:
                pieces[(c, d)] = _Strip(c, d, r, since=r).grown(c, d, left, right, d - c, r)
        active = sorted(pieces.values(), key=lambda s: s.a)
        last = r
    for strip in active:
        strip.bottom = last
        done.append(strip)
    return [strip for strip in done if strip.accepted()]


# -- column pieces ---------------------------------------------------------------------------
@dataclass
class _Fragment:
    """The part of one line that lies between two gutters."""

    row: int
    segs: list[_Segment]
    lo: float  # the column slot: right edge of the gutter on the left ...
    hi: float  # ... and left edge of the gutter on the right
    lo_far: float  # the other edges of those gutters (where the next columns end/start)
    hi_far: float
    credit: bool = False  # a photo credit set after its caption (flush right: no indent)

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return self.segs[-1].x1

    @property
    def reach(self) -> float:
        return self.segs[-1].reach


@dataclass
class _Piece:
    """Fragments that follow one another down one column."""

    frags: list[_Fragment] = field(default_factory=list)

    @property
    def top(self) -> int:
        return self.frags[0].row

    @property
    def bottom(self) -> int:
        return self.frags[-1].row

    @property
    def x0(self) -> float:
        return min(f.x0 for f in self.frags)

    @property
    def x1(self) -> float:
        return max(f.x1 for f in self.frags)


def _cut_rows(rows: list[list[_Segment]], gutters: list[_Strip]) -> list[list[_Fragment]]:
    """Cut every line at the gutters alive on it."""
    by_top = sorted(gutters, key=lambda g: g.top)
    alive: list[_Strip] = []
    k = 0
    out: list[list[_Fragment]] = []
    for r, segs in enumerate(rows):
        while k < len(by_top) and by_top[k].top <= r:
            alive.append(by_top[k])
            k += 1
        alive = [g for g in alive if g.bottom >= r]
        frags: list[_Fragment] = []
        if segs:
            cuts = sorted(alive, key=lambda g: g.a)
            lefts = [g.a for g in cuts]
            current = -1
            for seg in segs:
                slot = bisect.bisect_right(lefts, seg.x0)
                if slot == current:
                    frags[-1].segs.append(seg)
                    continue
                current = slot
                left = cuts[slot - 1] if slot > 0 else _Strip(-_INF, -_INF, 0)
                right = cuts[slot] if slot < len(cuts) else _Strip(_INF, _INF, 0)
                frags.append(_Fragment(r, [seg], left.b, right.a, left.at(r).a, right.at(r).b))
        out.append(frags)
    return out


def _overlap(f: _Fragment, g: _Fragment) -> bool:
    """Could two fragments on nearby lines stand in the same column?

    Their text overlaps (give or take an indent) and neither reaches into a gutter that
    bounds the other, nor (by its estimated width) across it: a headline that spans the
    gutter beside a column is not part of that column.
    """
    return (
        max(f.x0, g.x0) < min(f.x1, g.x1) + LINK_SLACK
        and f.lo <= g.x0
        and g.x1 <= f.hi
        and g.lo <= f.x0
        and f.x1 <= g.hi
        and g.reach <= f.hi_far + LINK_SLACK
        and f.reach <= g.hi_far + LINK_SLACK
    )


def _continues(f: _Fragment, g: _Fragment, alone: set[int]) -> bool:
    """Does ``g`` continue the column of ``f``? Lines of one column start at its left edge
    (give or take an indent); a headline or caption centred above or below the column does
    not, unless it is alone on its lines (a headline wrapped or printed as a staircase)."""
    return abs(f.x0 - g.x0) <= LINK_SLACK or (f.row in alone and g.row in alone)


def _stair_step(upper: str, lower: str) -> bool:
    """Whether ``lower`` is the next step of a fake-bold headline printed as a staircase:
    each line starts with the run the line above ends with (``解好基层治理““方程式`` /
    ``方程式”（``), every copy set a little to the right of the last. Spaces of letter
    spacing do not count.

    >>> _stair_step("解好基层治理““方程式", "方程式”（"), _stair_step("第一栏的第一行", "第一栏的第二行")
    (True, False)
    """
    upper, lower = upper.replace(" ", ""), lower.replace(" ", "")
    if upper == lower or len(lower) > MAX_STAIR_CHARS or not _is_cjk_line(upper + lower):
        return False
    longest = min(len(upper), len(lower))
    return any(upper.endswith(lower[:n]) for n in range(MIN_STAIR_RUN, longest + 1))


def _stair_pair(f: _Fragment, g: _Fragment, texts: list[str]) -> bool:
    """Whether ``g``, on the line below ``f``, is the next step of its staircase: set to the
    right of it within its width (or under it, repeating all of it: the first copy)."""
    upper, lower = _text(f, texts), _text(g, texts)
    if not (f.x0 <= g.x0 < f.x1) or not _stair_step(upper, lower):
        return False
    return g.x0 > f.x0 or lower.replace(" ", "").startswith(upper.replace(" ", ""))


def _stair_marks(frag_rows: list[list[_Fragment]], texts: list[str], stairs: dict[int, _Fragment], in_stair: set[int]) -> None:
    """Add the one-mark ends of the staircases found (see :data:`_OPENING_MARKS`): a lone
    opening mark right over a first step that starts with it, flush; a lone closing mark
    right under a last step that ends with it, set right of the step's start.

    >>> rows = [["（"], ["（纵横"], ["  纵横）"], ["    ）"]]
    >>> frag_rows = [[_Fragment(r, _segments(t, False), -_INF, _INF, -_INF, _INF) for t in row] for r, row in enumerate(rows)]
    >>> texts = [row[0] for row in rows]
    >>> stairs = {id(frag_rows[1][0]): frag_rows[2][0]}
    >>> _stair_marks(frag_rows, texts, stairs, {id(frag_rows[1][0]), id(frag_rows[2][0])})
    >>> [_text(stairs[id(f[0])], texts).strip() for f in frag_rows[:3]]
    ['（纵横', '纵横）', '）']
    """
    follows = {id(g) for g in stairs.values()}
    heads = [f for frags in frag_rows for f in frags if id(f) in stairs and id(f) not in follows]
    tails = [g for g in stairs.values() if id(g) not in stairs]
    for head in heads:
        first = _text(head, texts).lstrip()[:1]
        if head.row == 0 or first not in _OPENING_MARKS:
            continue
        for f in frag_rows[head.row - 1]:
            if id(f) not in in_stair and f.x0 == head.x0 and _text(f, texts).strip() == first:
                stairs[id(f)] = head
                in_stair.add(id(f))
                break
    for tail in tails:
        last = _text(tail, texts).rstrip()[-1:]
        if tail.row + 1 >= len(frag_rows) or last not in _CLOSING_MARKS:
            continue
        for g in frag_rows[tail.row + 1]:
            if id(g) not in in_stair and tail.x0 < g.x0 < tail.x1 + LINK_SLACK and _text(g, texts).strip() == last:
                stairs[id(tail)] = g
                in_stair.add(id(g))
                break


def _link(frag_rows: list[list[_Fragment]], texts: list[str] | None = None) -> list[_Piece]:
    """Chain fragments that are each other's only neighbour in the next occupied row.

    The steps of a fake-bold staircase (see :func:`_stair_step`) chain to one another
    first, and to nothing else: their copies stand wherever the type put them, over any
    column. Only a title's line flush over its first step goes on into it (the staircase
    is the title's next line or its tag, ``（金台点兵）``, printed in fake bold).
    """
    filled = [r for r, frags in enumerate(frag_rows) if frags]
    index = {r: i for i, r in enumerate(filled)}
    alone = {r for r in filled if len(frag_rows[r]) == 1}
    stairs: dict[int, _Fragment] = {}
    in_stair: set[int] = set()
    if texts is not None:
        for r, r_next in zip(filled, filled[1:]):
            if r_next != r + 1:
                continue
            for f in frag_rows[r]:
                steps = [g for g in frag_rows[r_next] if id(g) not in in_stair and _stair_pair(f, g, texts)]
                if len(steps) == 1:
                    stairs[id(f)] = steps[0]
                    in_stair.update((id(f), id(steps[0])))
        _stair_marks(frag_rows, texts, stairs, in_stair)

    def neighbours(f: _Fragment, step: int, idx: int, gap: int = MAX_LINK_GAP) -> list[_Fragment]:
        j = idx + step
        while 0 <= j < len(filled) and abs(filled[j] - f.row) <= gap + 1:
            if abs(filled[j] - f.row) - abs(j - idx) > MAX_EMPTY_IN_LINK:
                break  # a band of empty lines across the page separates stories
            found = [g for g in frag_rows[filled[j]] if _overlap(f, g)]
            if found:
                return found
            j += step
        return []

    nxt: dict[int, _Fragment] = dict(stairs)
    has_prev: set[int] = {id(g) for g in stairs.values()}
    for idx, r in enumerate(filled):
        for f in frag_rows[r]:
            if id(f) in in_stair:
                continue
            below = neighbours(f, 1, idx)
            if len(below) != 1 or id(below[0]) in in_stair:
                continue
            g = below[0]
            above = neighbours(g, -1, index[g.row])
            if len(above) == 1 and above[0] is f and _continues(f, g, alone):
                nxt[id(f)] = g
                has_prev.add(id(g))
    if texts is not None:
        # The wrapped lines of a title set in large type stand further apart than a column's
        # lines: a line of a title's words alone (or printed twice, fake bold), flush over
        # another, is followed by it, also by the first step of a staircase (generated
        # -layout pages: headline_acc +0.003 to +0.013 on all six sets, doubled lines the same).
        prev = {id(g): f for f, g in ((f, nxt[id(f)]) for frags in frag_rows for f in frags if id(f) in nxt)}
        for idx, r in enumerate(filled):
            for f in frag_rows[r]:
                if id(f) in nxt or id(f) in in_stair or not _title_words(_text(f, texts)):
                    continue
                if not _title_above(f, prev, texts):
                    continue
                tail = _bracket_tail(f, frag_rows, texts, has_prev | in_stair)
                if tail is not None:
                    nxt[id(f)] = tail
                    has_prev.add(id(tail))
                    continue
                below = neighbours(f, 1, idx, TITLE_LINK_GAP)
                if len(below) != 1 or id(below[0]) in has_prev:
                    continue
                g = below[0]
                if abs(g.x0 - f.x0) <= TITLE_FLUSH and _title_words(_text(g, texts)):
                    nxt[id(f)] = g
                    has_prev.add(id(g))
    if texts is not None:
        _link_credits(frag_rows, texts, nxt, has_prev, in_stair)
    pieces = []
    for r in filled:
        for f in frag_rows[r]:
            if id(f) in has_prev:
                continue
            piece = _Piece([f])
            while id(piece.frags[-1]) in nxt:
                piece.frags.append(nxt[id(piece.frags[-1])])
            pieces.append(piece)
    return pieces


def _link_credits(
    frag_rows: list[list[_Fragment]], texts: list[str], nxt: dict[int, _Fragment], has_prev: set[int], in_stair: set[int]
) -> None:
    """Set each photo credit line (see :data:`CREDIT_LINK_GAP`) after its caption's last line,
    before whatever followed that line. The credit leaves the piece it was linked into (it
    goes on nothing: a credit ends its caption), and is emitted flush, as reading order
    prints it (its offset is the caption's flush-right end, no paragraph indent)."""
    prev = {id(g): f for frags in frag_rows for f in frags if (g := nxt.get(id(f))) is not None}
    for frags in frag_rows:
        for g in frags:
            text = _text(g, texts).strip()
            if id(g) in in_stair or not (text in _LONE_CREDIT or CREDIT_LINE.fullmatch(text)):
                continue
            caption = _caption_above(g, frag_rows, texts, prev, lone=len(text) == 1)
            if caption is None or nxt.get(id(caption)) is g:
                continue
            old_prev = prev.pop(id(g), None)
            if old_prev is not None:
                del nxt[id(old_prev)]
            old_next = nxt.pop(id(g), None)
            if old_next is not None:
                has_prev.discard(id(old_next))
                del prev[id(old_next)]
            g.credit = True
            after = nxt.get(id(caption))
            nxt[id(caption)] = g
            prev[id(g)] = caption
            has_prev.add(id(g))
            if after is not None:
                nxt[id(g)] = after
                prev[id(after)] = g


def _caption_above(
    g: _Fragment, frag_rows: list[list[_Fragment]], texts: list[str], prev: dict[int, _Fragment], lone: bool
) -> _Fragment | None:
    """The caption line a credit ``g`` ends: on the nearest line above (within
    CREDIT_LINK_GAP) where a fragment starting left of the credit reaches over its start
    (by its width with wide characters counted double, or its line above's), ending a
    sentence (a lone ``摄`` may follow any line: the credit's name wrapped before it). A
    line with text over the credit and none left of it stops the search."""
    for row in range(g.row - 1, max(-1, g.row - CREDIT_LINK_GAP - 1), -1):
        left = [f for f in frag_rows[row] if f.x0 <= g.x0]
        if not left:
            if any(f.x0 < g.x1 for f in frag_rows[row]):
                return None
            continue
        f = left[-1]
        right = f.x0 + _cells(_text(f, texts))
        above = prev.get(id(f))
        if above is not None:
            right = max(right, above.x0 + _cells(_text(above, texts)))
        if g.x0 >= right + LINK_SLACK:
            continue
        if not (lone or _SENTENCE_END.search(_text(f, texts).rstrip())):
            return None
        return f
    return None


def _bracket_tail(f: _Fragment, frag_rows: list[list[_Fragment]], texts: list[str], taken: set[int]) -> _Fragment | None:
    """The line that closes the bracket a title's line leaves open (``…依然充足（热`` /
    ``点辨析）``): the first text under the title's line within TITLE_LINK_GAP lines, if it
    is a title's words closing the bracket, wherever it stands under the line (a wrapped
    line of a centred title is set in). Generated -layout pages: headline_acc up on three
    of six sets (LN112 0.6141 -> 0.6223, LN132 0.6180 -> 0.6320), the others unchanged."""
    text = _text(f, texts).replace(" ", "")
    if text.count("（") <= text.count("）"):
        return None
    for row in range(f.row + 1, min(len(frag_rows), f.row + TITLE_LINK_GAP + 2)):
        under = [g for g in frag_rows[row] if g.x0 < f.reach and g.reach > f.x0]
        if not under:
            continue
        g = under[0]
        words = _text(g, texts).replace(" ", "")
        closes = "）" in words and "（" not in words.split("）")[0]
        if len(under) == 1 and id(g) not in taken and g.x0 >= f.x0 - TITLE_FLUSH and closes and _title_words(words):
            return g
        return None
    return None


def _title_words(text: str) -> bool:
    """A line that may be one of a title's: CJK words ending no sentence and no clause."""
    text = text.strip()
    return (
        0 < len(text) <= TITLE_MAX_CHARS
        and _is_cjk_line(text)
        and not _SENTENCE_MARK.search(text)
        and not text.endswith(("，", "、", "：", "；"))
    )


def _title_above(frag: _Fragment, prev: dict[int, _Fragment], texts: list[str]) -> bool:
    """Whether the column piece that ``frag`` ends so far is a title's: a few lines, each
    of a title's words (fake bold prints each twice)."""
    for _ in range(TITLE_MAX_LINES):
        above = prev.get(id(frag))
        if above is None:
            return True
        if not _title_words(_text(above, texts)):
            return False
        frag = above
    return False


def _text(frag: _Fragment, texts: list[str]) -> str:
    line = texts[frag.row]
    return line[frag.segs[0].i0 : frag.segs[-1].i1]


# -- reading order ---------------------------------------------------------------------------
def _bands(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Split into horizontal bands that no piece crosses, top to bottom."""
    ordered = sorted(pieces, key=lambda p: (p.top, p.x0))
    groups: list[list[_Piece]] = []
    reach = -1
    for p in ordered:
        if not groups or p.top > reach:
            groups.append([])
        groups[-1].append(p)
        reach = max(reach, p.bottom)
    return groups


def _columns(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Split into vertical strips that no piece crosses, left to right."""
    ordered = sorted(pieces, key=lambda p: (p.x0, p.top))
    groups: list[list[_Piece]] = []
    reach = -_INF
    for p in ordered:
        if not groups or p.x0 >= reach:
            groups.append([])
        groups[-1].append(p)
        reach = max(reach, p.x1)
    return groups


def _reading_order(pieces: list[_Piece], out: list[_Piece]) -> None:
    if len(pieces) <= 1:
        out.extend(pieces)
        return
    for split in (_bands, _columns):
        groups = split(pieces)
        if len(groups) > 1:
            for group in groups:
                _reading_order(group, out)
            return
    out.extend(sorted(pieces, key=lambda p: (p.top, p.x0)))


# -- emitting ---------------------------------------------------------------------------------
def _emit(piece: _Piece, lines: list[Line]) -> list[Line]:
    """The lines of one column piece, its common left margin removed, indents kept."""
    margin = piece.x0
    rows = [f.row for f in piece.frags]
    out: list[Line] = []
    for k, frag in enumerate(piece.frags):
        if k:
            gap = rows[k] - rows[k - 1] - 1
            dense = (
                gap == 1
                and k >= 2
                and k + 1 < len(rows)
                and rows[k - 1] - rows[k - 2] == 1
                and rows[k + 1] - rows[k] == 1
            )
            if (gap >= VERTICAL_GAP_LINES or dense) and not frag.credit:
                out.append(Line("", lines[rows[k - 1] + 1].number))
        source = lines[frag.row]
        text = _layout_text(source.text)[frag.segs[0].i0 : frag.segs[-1].i1]
        indent = 0 if frag.credit else int(round(frag.x0 - margin))
        out.append(Line(" " * indent + text, source.number))
    return out


def _layout_text(text: str) -> str:
    return text.expandtabs(8) if "\t" in text else text


@dataclass
class _Analysis:
    rows: list[list[_Segment]]
    gutters: list[_Strip]
    cut_lines: int  # lines with text on both sides of a gutter, or right of one


def _analyse(lines: list[Line]) -> _Analysis:
    rows = _measure([_layout_text(line.text) for line in lines])
    gutters = _find_gutters(rows)
    frag_rows = _cut_rows(rows, gutters) if gutters else []
    cut_lines = sum(1 for frags in frag_rows if len(frags) > 1 or frags and frags[0].lo > -_INF)
    return _Analysis(rows, gutters, cut_lines)


def is_layout_text(lines: list[Line], config: Config) -> bool:
    """Does this page hold side-by-side columns (``pdftotext -layout``, OCR)?

    Yes when enough of its lines are cut by gutters: runs of spaces that line up over
    several lines with text on both sides. Reading-order text has none.

    >>> page = ["左栏第一行文字   右栏第一行文字", "左栏第二行文字   右栏第二行文字",
    ...         "左栏第三行文字   右栏第三行文字"]
    >>> is_layout_text([Line(t, i) for i, t in enumerate(page, 1)], Config())
    True
    >>> is_layout_text([Line("本报讯（林甄玉 叶建彬）", 1)], Config())
    False
    """
    if config.layout == "off":
        return False
    if config.layout == "on":
        return True
    return _is_layout(_analyse(lines), config)


def _is_layout(analysis: _Analysis, config: Config) -> bool:
    text_lines = sum(1 for segs in analysis.rows if segs)
    if not text_lines or not analysis.cut_lines:
        return False
    return (
        analysis.cut_lines >= MIN_LAYOUT_LINES
        or analysis.cut_lines / text_lines >= config.layout_line_share
    )


# The narrowest gap a gutter can be (MIN_GAP_SPACES spaces), for a cheap first look.
_GAP = " " * MIN_GAP_SPACES


def decolumnize(lines: list[Line], config: Config, log: ChangeLog) -> list[Line]:
    """Turn a page of side-by-side columns into reading-order lines.

    Each column's part of a line becomes its own line (keeping its input line number and
    its indent within the column); column pieces follow one another in reading order with
    an empty line between them. Pages that are not layout text come back unchanged.

    >>> page = ["第一栏的第一行   第二栏的第一行",
    ...         "第一栏的第二行   第二栏的第二行",
    ...         "第一栏的第三行   第二栏的第三行"]
    >>> out = decolumnize([Line(t, i) for i, t in enumerate(page, 1)], Config(), ChangeLog())
    >>> [line.text for line in out]
    ['第一栏的第一行', '第一栏的第二行', '第一栏的第三行', '', '第二栏的第一行', '第二栏的第二行', '第二栏的第三行']
    """
    if config.layout == "off" or not lines:
        return lines
    if config.layout == "auto" and not any(_GAP in line.text.rstrip() for line in lines):
        # No run of two spaces before any text: no gutter can cut the page, but two columns
        # may have been printed line by line, one space apart.
        return _unalternate_columns(_unmerge_columns(lines, log), log)
    analysis = _analyse(lines)
    if config.layout == "auto" and not _is_layout(analysis, config):
        return _unalternate_columns(_unmerge_columns(lines, log), log)
    frag_rows = _cut_rows(analysis.rows, analysis.gutters)
    pieces = _link(frag_rows, [_layout_text(line.text) for line in lines])
    ordered: list[_Piece] = []
    _reading_order(pieces, ordered)
    out: list[Line] = []
    for piece in ordered:
        if out:
            out.append(Line("", lines[piece.frags[0].row].number))
        out.extend(_emit(piece, lines))
    columns = len(_columns(pieces))
    regions = len(_bands(pieces))
    log.record(
        "decolumnize",
        lines[0].number,
        f"{len(lines)} lines",
        f"{len(ordered)} column pieces in {regions} regions, {columns} columns",
        "side-by-side columns cut at gutters and read column by column",
    )
    return out


# -- columns printed line by line ------------------------------------------------------

# A CJK line of one column's text, one space, and the next column's text: where punctuation
# hangs into a narrow gutter, pdftotext reads two neighbouring columns line by line. Each half
# holds at least this many characters ...
MERGED_MIN_HALF = 4
# ... and it takes this many such lines in a row (a headline of two phrases, 注重体制创新
# 促进高效运营, or a lead's bracket, 本报讯（林甄玉 叶建彬）, stands alone).
MERGED_MIN_LINES = 3
# The left halves are one column: their widths (in ems) lie within this of their median,
# the last excepted (a paragraph's last line may end short).
MERGED_WIDTH_SLACK = 1.5
_MERGED = re.compile(rf"^(\S{{{MERGED_MIN_HALF},}}) (\S{{{MERGED_MIN_HALF},}})$")


def _unmerge_columns(lines: list[Line], log: ChangeLog) -> list[Line]:
    """Read runs of lines that hold two columns side by side, one space apart, column by
    column: the left halves, a blank line, the right halves.

    >>> page = ["会议在园区召开，与会代表围绕 新建的体育公园本月底对市民开",
    ...         "产业发展、项目建设等议题深入 放，园里有足球场和跑道，还有",
    ...         "交流，提出了许多切实可行的意 儿童游乐区和健身步道，周边居"]
    >>> [line.text for line in _unmerge_columns([Line(t, i) for i, t in enumerate(page, 1)], ChangeLog())]
    ['会议在园区召开，与会代表围绕', '产业发展、项目建设等议题深入', '交流，提出了许多切实可行的意', '', '新建的体育公园本月底对市民开', '放，园里有足球场和跑道，还有', '儿童游乐区和健身步道，周边居']
    """
    halves = [_merged_halves(line.text) for line in lines]
    if sum(h is not None for h in halves) < MERGED_MIN_LINES:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and halves[j] is not None:
            j += 1
        run = [h for h in halves[i:j] if h is not None]
        if len(run) >= MERGED_MIN_LINES and _one_column([left for left, _ in run]):
            out.extend(Line(left, line.number) for (left, _), line in zip(run, lines[i:j]))
            out.append(Line("", lines[j - 1].number))
            out.extend(Line(right, line.number) for (_, right), line in zip(run, lines[i:j]))
            log.record(
                "decolumnize",
                lines[i].number,
                "\n".join(line.text for line in lines[i:j]),
                "\n".join([left for left, _ in run] + [""] + [right for _, right in run]),
                "two columns printed line by line, one space apart: read column by column",
            )
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out if len(out) != len(lines) else lines  # a run read apart has more lines


def _merged_halves(text: str) -> tuple[str, str] | None:
    text = text.strip()
    if " " not in text:
        return None  # most lines: nothing to split at
    match = _MERGED.match(text)
    if not match or not (has_cjk(match.group(1)) and has_cjk(match.group(2))):
        return None
    if match.group(1)[-1].isascii() and match.group(1)[-1].isalnum() or match.group(2)[0].isascii() and match.group(2)[0].isalnum():
        return None  # the space pdftotext prints between figures and ideographs (1912 年), no gutter
    return match.group(1), match.group(2)


def _one_column(lefts: list[str]) -> bool:
    widths = sorted(display_width(text) for text in lefts[:-1])
    median = widths[len(widths) // 2]
    return all(abs(w - median) <= MERGED_WIDTH_SLACK for w in widths)


# Two columns printed in alternating lines (A1, B1, A2, B2, …): lines of one column cut a
# common word at about four line ends in ten, lines of two columns hardly ever. Over this many
# line ends in a row ...
ALTERNATE_WINDOW = 8
# ... no word runs from a line into the next and at least this many run from a line into
# the one after next, or one runs on and more than this many skip a line. On the dev pages,
# 9,081 such windows of text: never so; lines of two dev pages alternated: 55 % of the
# windows, and read apart, 74 % of neighbouring lines come from one page again (0 before).
ALTERNATE_MIN_SKIPS = 3
# The lines of alternating columns are column lines: a run holding a line wider than this
# (ems; newspaper columns are 7-26 characters wide, a lead across columns some 40, two
# columns printed on one line up to 53) is paragraphs a line each, as in declump's own
# output read again, which stays as it is.
ALTERNATE_MAX_WIDTH = 60


def _unalternate_columns(lines: list[Line], log: ChangeLog) -> list[Line]:
    """Read runs of CJK lines that alternate between two columns column by column.

    >>> left = ["会议在园区召开，与会代表围绕", "产业发展、项目建设等议题深入", "交流，提出了许多切实可行的意",
    ...         "见和建议。大家一致认为，园区", "要抓住机遇，加快发展步伐，促", "动产业转型升级，提高发展质量"]
    >>> right = ["新建的体育公园本月底对市民开", "放，园里有足球场和跑道，还有", "儿童游乐区和健身步道，周边居",
    ...          "民散步锻炼更加方便了，大家都", "说这是一件大好事，希望以后多", "建一些这样的公园，方便群众。"]
    >>> page = [Line(t, n) for n, t in enumerate([t for pair in zip(left, right) for t in pair], 1)]
    >>> [line.text for line in _unalternate_columns(page, ChangeLog())] == left + [""] + right
    True
    """
    out: list[Line] = []
    changed = False
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _in_stretch(lines, j, i):
            j += 1
        if sum(1 for line in lines[i:j] if not _blank(line)) >= ALTERNATE_WINDOW + 2:
            stretch = lines[i:j]
            read = _unalternate(stretch, log)
            changed = changed or read is not stretch
            out.extend(read)
            i = j
        else:
            out.extend(lines[i : max(j, i + 1)])
            i = max(j, i + 1)
    return out if changed else lines


def _in_stretch(lines: list[Line], j: int, start: int) -> bool:
    """Line ``j`` goes on a stretch of CJK lines begun at ``start``: a CJK line, or a single
    blank line between two (one column's paragraph gaps fall between the other's lines)."""
    if _cjk_line(lines[j]):
        return True
    return j > start and _blank(lines[j]) and j + 1 < len(lines) and _cjk_line(lines[j + 1])


def _cjk_line(line: Line) -> bool:
    return bool(line.text.strip()) and has_cjk(line.text)


def _blank(line: Line) -> bool:
    return not line.text.strip()


def _unalternate(stretch: list[Line], log: ChangeLog) -> list[Line]:
    kept = [k for k, line in enumerate(stretch) if not _blank(line)]  # blank lines left out
    texts = [stretch[k].text.strip() for k in kept]
    straight = [spans_word(a, b) for a, b in zip(texts, texts[1:])]
    skipping = [spans_word(a, b) for a, b in zip(texts, texts[2:])]
    runs: list[list[int]] = []  # [first, last] line (among the kept) of each run of alternating lines
    for s in range(len(texts) - ALTERNATE_WINDOW - 1):
        runs_on, skips = sum(straight[s : s + ALTERNATE_WINDOW]), sum(skipping[s : s + ALTERNATE_WINDOW])
        if not (runs_on == 0 and skips >= ALTERNATE_MIN_SKIPS or runs_on == 1 and skips > ALTERNATE_MIN_SKIPS):
            continue
        if runs and s <= runs[-1][1]:
            runs[-1][1] = s + ALTERNATE_WINDOW + 1
        else:
            runs.append([s, s + ALTERNATE_WINDOW + 1])
    if not runs:
        return stretch
    out: list[Line] = []
    done = 0  # index in the stretch
    for first, last in runs:
        run = [stretch[k] for k in kept[first : last + 1]]  # the blank lines inside say nothing
        if max(display_width(line.text.strip()) for line in run) > ALTERNATE_MAX_WIDTH:
            continue
        out.extend(stretch[done : kept[first]])
        left, right = run[0::2], run[1::2]
        out.extend(left)
        out.append(Line("", run[-1].number))
        out.extend(right)
        log.record(
            "decolumnize",
            run[0].number,
            "\n".join(line.text for line in stretch[kept[first] : kept[last] + 1]),
            "\n".join([line.text for line in left] + [""] + [line.text for line in right]),
            "two columns printed in alternating lines (words run on from a line into the one after next): read column by column",
        )
        done = kept[last] + 1
    out.extend(stretch[done:])
    return out

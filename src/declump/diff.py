"""What declump did to a text, as a diff an editor can read: ``declump diff``.

:func:`diff_text` runs the pipeline and compares the input with the repaired text character
by character (:mod:`difflib`), then names every difference after the repair it most likely
is — a joined line break, removed spaces, removed text (a doubled run, an invisible
character), an added block break — and marks where each article starts. The hunks are plain
data; the command line colours them, and :func:`unified_diff` gives the classic line diff
for pipes and patch tools. ``declump explain`` remains the machine form (step and reason of
every change).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from declump.config import Config, make_config
from declump.model import Document
from declump.pipeline import process_text
from declump.render import render_clean


class HunkKind(str, Enum):
    """What a piece of the diff is. The values are the words ``declump diff`` uses."""

    SAME = "same"  # in the input and in the output
    JOIN = "join"  # a line break (with the spaces around it) removed: lines joined
    SPACE = "space"  # spaces removed inside a line (spaced-out line, 8 月 → 8月)
    REMOVE = "remove"  # other text removed: a doubled run, an invisible character
    INSERT = "insert"  # text the output has and the input has not (a moved piece, a space)
    BREAK = "break"  # a block break added: a new paragraph where the indent was lost
    ARTICLE = "article"  # an article starts here (``after`` holds its title); no text
    PAGE = "page"  # a page break (form feed) between two pages


@dataclass(frozen=True)
class Hunk:
    kind: HunkKind
    before: str = ""  # the input's text (empty for INSERT, BREAK, ARTICLE)
    after: str = ""  # the output's text (empty for JOIN, SPACE, REMOVE)


@dataclass
class TextDiff:
    """The input, the repaired text and the hunks that turn one into the other."""

    source: str
    original: str
    repaired: str
    hunks: list[Hunk] = field(default_factory=list)

    def counts(self) -> Counter[HunkKind]:
        """How many hunks of each kind other than SAME and PAGE."""
        return Counter(h.kind for h in self.hunks if h.kind not in (HunkKind.SAME, HunkKind.PAGE))

    def summary(self) -> str:
        """One line for people: what changed, counted.

        >>> diff_text("城 市\\n升。\\n").summary()
        '1 line break joined, 1 run of spaces removed, 1 article'
        """
        counts = self.counts()
        parts = []
        for kind, one, many in _SUMMARY:
            n = counts.get(kind, 0)
            if n:
                parts.append(f"{n} {one if n == 1 else many}")
        return ", ".join(parts) or "no change"


_SUMMARY = (
    (HunkKind.JOIN, "line break joined", "line breaks joined"),
    (HunkKind.SPACE, "run of spaces removed", "runs of spaces removed"),
    (HunkKind.REMOVE, "piece of text removed", "pieces of text removed"),
    (HunkKind.INSERT, "piece of text inserted", "pieces of text inserted"),
    (HunkKind.BREAK, "block break added", "block breaks added"),
    (HunkKind.ARTICLE, "article", "articles"),
)


def diff_text(text: str, config: Config | None = None, *, source: str = "", **overrides: Any) -> TextDiff:
    """Repair ``text`` (and find its articles) and return the diff between the two.

    Conversion (``convert``) is left out: it would mark every converted character.

    >>> [(h.kind.value, h.before, h.after) for h in diff_text("城 市\\n升。").hunks]
    [('article', '', '城市升。'), ('same', '城', ''), ('space', ' ', ''), ('same', '市', ''), \
('join', '\\n', ''), ('same', '升。', '')]
    """
    config = make_config(config, **overrides).replace(convert=None)
    document = process_text(text, config, source=source, segment=True)
    repaired = render_clean(document)
    result = TextDiff(source=source, original=text, repaired=repaired)
    input_pages = text.split("\f")
    if len(input_pages) != len(document.pages):  # pages were not cut at every form feed
        result.hunks = diff_hunks(text, repaired, _article_starts(document, repaired))
        return result
    for number, (page_text, page) in enumerate(zip(input_pages, document.pages)):
        if number:
            result.hunks.append(Hunk(HunkKind.PAGE, "\f", "\n\f"))
        page_document = Document(source=source, pages=[page])
        page_output = render_clean(page_document)
        result.hunks.extend(diff_hunks(page_text, page_output, _article_starts(page_document, page_output)))
    return result


def diff_hunks(original: str, repaired: str, articles: list[tuple[int, str]] | None = None) -> list[Hunk]:
    """The hunks between two texts, character by character; ``articles`` lists
    ``(offset in repaired, title)`` of every article start, in order.

    >>> [(h.kind.value, h.before, h.after) for h in diff_hunks("8 月\\n16 日。\\n他说。", "8月16日。\\n\\n他说。")]
    [('same', '8', ''), ('space', ' ', ''), ('same', '月', ''), ('join', '\\n', ''), ('same', '16', ''), \
('space', ' ', ''), ('same', '日。', ''), ('break', '', '\\n'), ('same', '\\n他说。', '')]
    >>> [(h.kind.value, h.before) for h in diff_hunks("distribu-\\ntion", "distribution")]
    [('same', 'distribu'), ('join', '-\\n'), ('same', 'tion')]
    """
    hunks: list[Hunk] = []
    starts = list(articles or [])
    starts.reverse()
    for tag, i1, i2, j1, j2 in _opcodes(original, repaired):
        if tag == "equal":
            # Article starts fall inside unchanged text: cut it there.
            j = j1
            while starts and starts[-1][0] < j2:
                at, title = starts.pop()
                at = max(at, j)
                if at > j:
                    hunks.append(Hunk(HunkKind.SAME, original[i1 + j - j1 : i1 + at - j1]))
                hunks.append(Hunk(HunkKind.ARTICLE, "", title))
                j = at
            if j < j2:
                hunks.append(Hunk(HunkKind.SAME, original[i1 + j - j1 : i2]))
            continue
        while starts and starts[-1][0] <= j1:  # a start at or inside a change: put it before
            hunks.append(Hunk(HunkKind.ARTICLE, "", starts.pop()[1]))
        if tag == "replace" and _is_join(original[i1:i2]) and not repaired[j1:j2].strip("\u0020"):
            hunks.append(Hunk(HunkKind.JOIN, original[i1:i2], repaired[j1:j2]))  # Latin: a space for the break
            continue
        if i2 > i1:
            removed = original[i1:i2]
            edge = i1 == 0 or i2 == len(original)
            # Blank lines before the first block and after the last one are not repairs.
            hunks.append(Hunk(HunkKind.SAME, removed) if edge and not removed.strip() else _removal(removed))
        if j2 > j1:
            hunks.append(_insertion(repaired[j1:j2]))
    hunks.extend(Hunk(HunkKind.ARTICLE, "", title) for _, title in reversed(starts))
    return hunks


#: Texts longer than this are cut, at block starts found in both, into pieces compared one
#: by one: comparing characters takes quadratic time (a 40 k character page took 15 s whole,
#: well under a second in pieces).
SEGMENT_CHARS = 4000
#: How many characters of a block's start are looked for in the input to anchor a cut.
ANCHOR_CHARS = 6


def _opcodes(original: str, repaired: str) -> Iterator[tuple[str, int, int, int, int]]:
    """:meth:`difflib.SequenceMatcher.get_opcodes` of the two texts, piece by piece when long."""
    i0 = j0 = 0
    for i, j in [*_anchors(original, repaired), (len(original), len(repaired))]:
        if j - j0 < SEGMENT_CHARS // 4 and j < len(repaired):
            continue
        # No autojunk: it would junk the most common characters (，的。), which for Chinese
        # text is most of the matches.
        matcher = difflib.SequenceMatcher(None, original[i0:i], repaired[j0:j], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            yield tag, i1 + i0, i2 + i0, j1 + j0, j2 + j0
        i0, j0 = i, j


def _anchors(original: str, repaired: str) -> Iterator[tuple[int, int]]:
    """Places where a block of the repaired text starts in both texts, in order: its first
    characters found in the input not far after the previous anchor."""
    if len(original) <= SEGMENT_CHARS:
        return
    i_last = j_last = 0
    j = repaired.find("\n\n")
    while j >= 0:
        j += 2
        key = repaired[j : j + ANCHOR_CHARS]
        if len(key) == ANCHOR_CHARS and not any(ch.isspace() for ch in key):
            # The input holds the same text with its line breaks, spaces and doubled runs,
            # at most about twice as long; further on, the block was moved (reassembled).
            i = original.find(key, i_last + 1, i_last + 2 * (j - j_last) + 200)
            if i > i_last:
                yield i, j
                i_last, j_last = i, j
        j = repaired.find("\n\n", j)


def _is_join(text: str) -> bool:
    """A line break, with the spaces and the line-end hyphen (distribu-) it took away."""
    return "\n" in text and text.strip() in ("", "-", "\u00ad", "\u2010")


def _removal(text: str) -> Hunk:
    if _is_join(text):
        return Hunk(HunkKind.JOIN, text)
    if not text.strip():
        return Hunk(HunkKind.SPACE, text)
    return Hunk(HunkKind.REMOVE, text)


def _insertion(text: str) -> Hunk:
    if "\n" in text and not text.strip():
        return Hunk(HunkKind.BREAK, "", text)
    return Hunk(HunkKind.INSERT, "", text)


def _article_starts(document: Document, repaired: str) -> list[tuple[int, str]]:
    """Where each article begins in the rendered text: at its first block in output order."""
    offsets: list[int] = []
    texts: dict[str, int] = {}
    offset = 0
    for page in document.pages:
        for block in page.blocks:
            offsets.append(offset)
            texts.setdefault(block.text, len(offsets) - 1)
            offset += len(block.text) + 2
    starts = []
    for page in document.pages:
        for article in page.articles:
            candidates = [*article.headlines, *article.paragraphs, *article.captions]
            found = [texts[t] for t in candidates if t in texts]
            if found:
                starts.append((offsets[min(found)], article.title or _first_words(candidates)))
    starts.sort()
    return [(at, title) for at, title in starts if at <= len(repaired)]


def _first_words(texts: list[str], width: int = 20) -> str:
    text = next((t for t in texts if t), "")
    return text if len(text) <= width else text[:width] + "…"


def unified_diff(original: str, repaired: str, source: str = "", context: int = 3) -> Iterator[str]:
    """The classic line diff (``diff -u``) from the input to the repaired text, lines with
    their newline; what ``declump diff`` prints into a pipe.

    >>> print("".join(unified_diff("城 市\\n升。\\n", "城市升。", "p.txt")), end="")
    --- p.txt
    +++ p.txt (declump)
    @@ -1,2 +1 @@
    -城 市
    -升。
    +城市升。
    """
    name = source or "<stdin>"
    before = original.splitlines(keepends=True)
    after = (repaired + "\n").splitlines(keepends=True) if repaired else []
    if before and not before[-1].endswith("\n"):
        before[-1] += "\n"
    yield from difflib.unified_diff(before, after, name, f"{name} (declump)", n=context)

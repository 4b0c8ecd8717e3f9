"""Latin-script lines: when two lines are one paragraph, and hyphens at line ends.

English columns carry no indent in pdftotext's output, so paragraph ends are read from a
sentence end on a line that stops short of the column edge. A word split at the line end
(``distribu-``/``tion``) is rejoined, unless the page spells the same word with a hyphen
elsewhere (``well-known``): then the hyphen is part of a compound and stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from declump.model import ChangeLog
from declump.text import ends_sentence

# The column width is counted in characters of a proportional font, so a full line may
# fall a few characters short of the widest.
LATIN_FULL_SLACK = 3.5
# A line this many times wider than its column holds lines pdftotext already joined at a
# hyphen (default mode drops line-end hyphens), not a headline.
LATIN_MERGED_FACTOR = 1.5

_LATIN_WORD_END = re.compile(r"([A-Za-z]+)-$")
_LATIN_WORD_START = re.compile(r"^([a-z][A-Za-z]*)")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


class RowLike(Protocol):
    """What paragraphs.Row offers: a stripped line and its measurements (in ems)."""

    text: str
    width: float
    blank_before: bool
    left_width: float
    right_width: float
    context_width: float


def continues(prev: RowLike, row: RowLike) -> tuple[bool, str]:
    """Whether Latin line ``row`` continues the paragraph of ``prev``, and why."""
    column = max(prev.left_width, row.right_width)
    if row.blank_before and not _mid_sentence(prev.text):
        return False, "blank line after a complete line"
    if prev.width > column * LATIN_MERGED_FACTOR or row.width > column * LATIN_MERGED_FACTOR:
        joined = not ends_sentence(prev.text) or prev.width >= column - LATIN_FULL_SLACK
        return joined, "lines joined by pdftotext"
    if not ends_sentence(prev.text):
        if prev.width < column * 0.6 and not _mid_sentence(prev.text):
            return False, "short line without a sentence end"
        return True, "no sentence end"
    return prev.width >= column - LATIN_FULL_SLACK, "sentence end"


def _mid_sentence(text: str) -> bool:
    return text.endswith(("-", ",", ";", ":")) or bool(
        re.search(r"\b(?:the|a|an|of|to|and|in|for|on|with)$", text)
    )


def dehyphenate(left: str, right: str, number: int, vocabulary: Counter[str], log: ChangeLog) -> str:
    """Join ``left`` (ending in a hyphen) and ``right``: one word, or a kept compound.

    >>> dehyphenate("distribu-", "tion of", 1, Counter(), ChangeLog(False))
    'distribution of'
    >>> dehyphenate("a well-", "known man", 1, Counter({"well-known": 1}), ChangeLog(False))
    'a well-known man'
    """
    head = _LATIN_WORD_END.search(left)
    tail = _LATIN_WORD_START.match(right)
    if not head or not tail or left.endswith(" -"):
        return f"{left} {right}"
    first, second = head.group(1), tail.group(1)
    joined, hyphened = (first + second).lower(), f"{first}-{second}".lower()
    if vocabulary[hyphened] > vocabulary[joined]:
        return left + right  # the page spells it with a hyphen elsewhere: a compound
    log.record("dehyphenate", number, f"{first}-⏎{second}", first + second, "word hyphenated at the line end")
    return left[:-1] + right


def vocabulary(lines: Iterable[str]) -> Counter[str]:
    """Words of the page as printed whole (not cut at a line end), for hyphen decisions."""
    words: Counter[str] = Counter()
    for text in lines:
        text = text[:-1] if text.endswith("-") else text
        words.update(w.lower() for w in _WORDS.findall(text))
    return words

"""Common Chinese words, as evidence that two pieces of text are one.

When pdftotext prints the continuation of a paragraph apart from its start, the seam often
cuts a word in two (``送信途`` / ``中收集到``). The page itself rarely prints that word
again, so a word list is the better witness: if a common word of two to four ideographs
spans the seam, the two sides read as one text. The list (``data/words.txt.gz``, 45 k
words, about 4 MiB in memory once loaded) is derived from the dictionary of jieba (MIT
licence); ``tools/build_lexicon.py`` rebuilds it. It is loaded on first use, once per
process.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

#: The longest word looked up across a seam.
MAX_WORD = 4


@cache
def words() -> frozenset[str]:
    """The word list (loaded once)."""
    data = resources.files("declump").joinpath("data/words.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def spans_word(left: str, right: str) -> bool:
    """Whether a common word runs from the end of ``left`` into the start of ``right``.

    >>> spans_word("她把送信途", "中收集到的意见"), spans_word("走入人们的生活", "今年春节")
    (True, False)
    """
    known = words()
    left, right = left[-(MAX_WORD - 1) :], right[: MAX_WORD - 1]
    for k in range(1, len(left) + 1):
        for m in range(1, min(len(right), MAX_WORD - k) + 1):
            if left[-k:] + right[:m] in known:
                return True
    return False

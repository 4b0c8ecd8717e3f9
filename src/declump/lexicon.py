"""Common Chinese words, as evidence that two pieces of text are one.

When pdftotext prints the continuation of a paragraph apart from its start, the seam often
cuts a word in two (``送信途`` / ``中收集到``). The page itself rarely prints that word
again, so a word list is the better witness: if a common word of two to four ideographs
spans the seam, the two sides read as one text. How much better is measured with the
words' frequencies: the most likely reading of the ideographs around the seam as a string
of words, against the two sides read apart (``进入中`` / ``国市场`` reads far better as
``进入 中国 市场``; ``各国人民`` / ``国市场`` does not gain by ``民国``, as ``人民`` is a
likelier word than ``民国``). The list (``data/words.txt.gz``, 52 k words of one to four
ideographs with their frequencies, about 11 MiB in memory once loaded) is derived from the
dictionary of jieba (MIT licence); ``tools/build_lexicon.py`` rebuilds it. It is loaded on
first use, once per process.
"""

from __future__ import annotations

import gzip
import math
import re
from functools import cache
from importlib import resources

#: The longest word looked up across a seam.
MAX_WORD = 4
#: How many ideographs either side of a seam are read (a word of MAX_WORD across the seam,
#: and the words it competes with on either side).
SEAM_CONTEXT = 4

_IDEOGRAPHS_END = re.compile(rf"[\u3400-\u9fff]{{1,{SEAM_CONTEXT}}}$")
_IDEOGRAPHS_START = re.compile(rf"[\u3400-\u9fff]{{1,{SEAM_CONTEXT}}}")


@cache
def words() -> dict[str, float]:
    """The word list: each word's log-probability in running text (loaded once)."""
    data = resources.files("declump").joinpath("data/words.txt.gz").read_bytes()
    counts: dict[str, int] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, count = line.split("\t")
            counts[word] = int(count)
    total = math.log(sum(counts.values()))
    return {word: math.log(count) - total for word, count in counts.items()}


def seam_gain(left: str, right: str) -> float:
    """How much better the ideographs either side of a seam read as one text than as two:
    the log-probability of their likeliest reading as words, less that of each side read
    alone (0 when no word across the seam makes the text likelier).

    >>> seam_gain("实现多个进入中", "国市场的") > 5, seam_gain("世界各国人民", "国市场的")
    (True, 0.0)
    """
    before, after = _IDEOGRAPHS_END.search(left), _IDEOGRAPHS_START.match(right)
    if before is None or after is None:
        return 0.0
    joined = _likeliest(before.group() + after.group())
    return max(0.0, joined - _likeliest(before.group()) - _likeliest(after.group()))


@cache
def _unknown() -> float:
    """The log-probability of an ideograph the list does not hold: as rare as its rarest word."""
    return min(words().values())


def _likeliest(text: str) -> float:
    """The log-probability of the likeliest reading of ``text`` as a string of listed words."""
    known, unknown = words(), _unknown()
    best = [0.0] + [-math.inf] * len(text)
    for end in range(1, len(text) + 1):
        for size in range(1, min(MAX_WORD, end) + 1):
            word = text[end - size : end]
            score = known.get(word, unknown if size == 1 else None)
            if score is not None:
                best[end] = max(best[end], best[end - size] + score)
    return best[-1]


def stands_alone(text: str, at_end: bool) -> bool:
    """Whether the ideograph at the end of ``text`` (``at_end``) or at its start reads as a
    word of its own in the likeliest reading of the ideographs there, not as part of a longer
    word (``的`` in ``他说的`` stands alone; in ``目的`` it does not). True when ``text`` has no
    ideograph there.

    >>> stands_alone("我们的", True), stands_alone("重要方向", True), stands_alone("地方政府", False)
    (True, False, False)
    """
    found = _IDEOGRAPHS_END.search(text) if at_end else _IDEOGRAPHS_START.match(text)
    if found is None:
        return True
    run = found.group()
    char, rest = (run[-1], run[:-1]) if at_end else (run[0], run[1:])
    # (A small tolerance: the two sums add the same words in another order.)
    return _likeliest(rest) + words().get(char, _unknown()) >= _likeliest(run) - 1e-9


def spans_word(left: str, right: str) -> bool:
    """Whether a common word runs from the end of ``left`` into the start of ``right``
    (whether or not the two sides read likelier so: see :func:`seam_gain`).

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

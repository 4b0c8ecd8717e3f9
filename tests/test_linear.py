"""No super-linear work: the cost of cleaning and splitting grows in proportion to the input.

Each test times one input shape at size N and N/10 (best of two runs, in CPU time of this
process: time.process_time, so that other work on a shared machine does not count)
and asserts on the RATIO, never on seconds, so a slow or busy machine does not fail it: a
linear stage gives about 10, an N log N one a little more, a quadratic one 100. The bound
of 20 leaves room for noise and for the fixed cost that dominates small inputs.

Sizes are module constants. The defaults keep the file near half a minute on two cores;
``DECLUMP_FULL_SIZE=1`` runs the sizes a hostile user can throw at declump: one 10 MB line
and a million short lines (minutes: see each constant).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from declump import clean_text, split_text

FULL = bool(os.environ.get("DECLUMP_FULL_SIZE"))

#: Characters in one long line. 500,000 are enough that the per-character work, not the
#: per-call overhead and work capped per line, decides the time of the small (50,000) input
#: (at 20,000 the doubled-headline shape still showed x23); 10 MB takes ~4 s a run.
LINE_CHARS = 10_000_000 if FULL else 500_000
#: Lines of a page of one-character lines. Every line costs the rejoin stage ~0.1 ms
#: (width windows around each line), so a million lines take minutes; 10,000 show the shape.
SHORT_LINES = 1_000_000 if FULL else 10_000
#: Lines of 200 characters in one Latin paragraph; the quadratic join shows from a few
#: hundred lines on, and 1,500 make it plain (x40-x50) in about 5 s.
WIDE_LINES = 10_000 if FULL else 1_500
#: Paragraphs (or headline + article pairs) on one page, for segmentation.
BLOCKS = 30_000 if FULL else 2_000

#: time(N) / time(N/10) above this is super-linear (quadratic gives ~100).
MAX_RATIO = 20


def best_of_two(work: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        work(text)
        best = min(best, time.process_time() - start)
    return best


def growth(work: Callable[[str], object], make: Callable[[int], str], size: int) -> float:
    """time(size) / time(size / 10) for ``work`` on inputs built by ``make``."""
    small = best_of_two(work, make(size // 10))
    large = best_of_two(work, make(size))
    return large / max(small, 1e-6)


def repeat_to(unit: str, chars: int) -> str:
    return unit * max(1, chars // len(unit))


# -- one long line: doubled-run detection, despace, rejoin, layout detection ------------------

LONG_LINES = {
    "cjk-sentence": "城市能级进一步得到提升，",
    "latin-words": "the quick brown fox jumps over the lazy dog ",
    "same-character": "哈",  # every window of it is a doubled run
    "two-characters": "ab",
    "spaced-cjk": "城 市 能 级 ",  # a stretched line: despace works on every character
    "doubled-headline": "异地群众轻松办异地群众轻松办",
}


@pytest.mark.parametrize("unit", LONG_LINES.values(), ids=LONG_LINES.keys())
def test_one_long_line_is_linear(unit: str) -> None:
    ratio = growth(clean_text, lambda n: repeat_to(unit, n), LINE_CHARS)
    assert ratio <= MAX_RATIO, f"clean of one line: x10 size, x{ratio:.1f} time"


@pytest.mark.parametrize("between", ["城", "\n"], ids=["inside-a-line", "at-a-line-end"])
def test_long_run_of_spaces_is_linear(between: str) -> None:
    # A regex like "[ ]+$" retries from every space of a run that does not end the line.
    ratio = growth(clean_text, lambda n: " " * n + between + " " * n + "城", LINE_CHARS)
    assert ratio <= MAX_RATIO, f"x10 size, x{ratio:.1f} time"


#: Characters of a line of dates (spaces around digits, the number-spacing repair); below
#: about 100,000 the timings are a few milliseconds and the ratio is noise.
NUMBER_LINE_CHARS = 2_000_000 if FULL else 500_000


def test_line_of_dates_is_linear() -> None:
    ratio = growth(clean_text, lambda n: repeat_to("8 日 ", n), NUMBER_LINE_CHARS)
    assert ratio <= MAX_RATIO, f"x10 size, x{ratio:.1f} time"


def test_one_long_line_split_is_linear() -> None:
    ratio = growth(split_text, lambda n: repeat_to(LONG_LINES["cjk-sentence"], n), LINE_CHARS)
    assert ratio <= MAX_RATIO, f"split of one line: x10 size, x{ratio:.1f} time"


# -- many short lines: rejoin and decolumnize -------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    ["字\n", "城市。\n", "城\n\n", "城 市\n", "  左栏    右栏\n"],
    ids=["cjk-char", "cjk-sentences", "blank-separated", "spaced", "gutter"],
)
def test_many_short_lines_are_linear(unit: str) -> None:
    ratio = growth(clean_text, lambda n: unit * n, SHORT_LINES)
    assert ratio <= MAX_RATIO, f"clean of {SHORT_LINES} lines: x10 size, x{ratio:.1f} time"


def test_one_long_latin_paragraph_is_linear() -> None:
    # Joining once rescanned the whole paragraph joined so far for every line it added.
    ratio = growth(clean_text, lambda n: ("word " * 40 + "\n") * n, WIDE_LINES)
    assert ratio <= MAX_RATIO, f"clean of a {WIDE_LINES}-line paragraph: x10 size, x{ratio:.1f} time"


def test_many_cjk_paragraph_lines_are_linear() -> None:
    # The same shape in CJK: has_cjk(left) stops at the first character, so this one is fine.
    ratio = growth(clean_text, lambda n: ("城市能级进一步得到提升" * 10 + "\n") * n, WIDE_LINES * 2 // 3)
    assert ratio <= MAX_RATIO, f"x10 size, x{ratio:.1f} time"


# -- segmentation -----------------------------------------------------------------------------


def paragraphs_page(n: int) -> str:
    return "".join(f"第{i}段城市能级进一步得到提升。\n\n" for i in range(n))


def articles_page(n: int) -> str:
    return "".join(f"标题{i}号\n\n本报讯（记者 王{i}）城市能级进一步得到提升，项目建设。\n\n" for i in range(n))


def test_split_of_many_paragraphs_is_linear() -> None:
    ratio = growth(split_text, paragraphs_page, BLOCKS)
    assert ratio <= MAX_RATIO, f"split of {BLOCKS} paragraphs: x10 size, x{ratio:.1f} time"


def test_split_of_many_articles_is_linear() -> None:
    # Attaching headlines reads only stories that share vocabulary, and vocabulary of more
    # than 32 stories not at all; below a few hundred stories that bound is not reached yet
    # and the time grows a little faster (x13 from 66 to 666 articles), so the sizes start above it.
    ratio = growth(split_text, articles_page, BLOCKS)
    assert ratio <= MAX_RATIO, f"split of {BLOCKS} articles: x10 size, x{ratio:.1f} time"


def flush_columns_page(n: int) -> str:
    # Columns of three full lines, each ending a sentence flush with its edge, a blank
    # line between: every column may go on in the next one (reassembly's weakest end).
    rows = ["城市能级进一步得到提升", "项目建设正酣工期抢得紧", "各地群众纷纷点赞好评。"]
    return "".join("\n".join(rows) + "\n\n" for _ in range(n))


def test_clean_of_many_columns_ending_flush_is_linear() -> None:
    ratio = growth(clean_text, flush_columns_page, BLOCKS)
    assert ratio <= MAX_RATIO, f"clean of {BLOCKS} columns: x10 size, x{ratio:.1f} time"


def test_split_of_many_pages_is_linear() -> None:
    # Form feeds cut the same text into pages of ten paragraphs: segmentation per page.
    def pages(n: int) -> str:
        return "\f".join(paragraphs_page(10) for _ in range(n // 10))

    ratio = growth(split_text, pages, BLOCKS)
    assert ratio <= MAX_RATIO, f"split of {BLOCKS // 10} pages: x10 size, x{ratio:.1f} time"

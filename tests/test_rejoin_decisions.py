"""Single rejoin decisions between two measured lines (paragraphs._decide).

The case files (tests/cases/rejoin.json) check whole texts; these pin one piece of
evidence each, where a short synthetic text cannot make the column estimate fall the way a
real page's long columns do.
"""

from __future__ import annotations

from declump import paragraphs
from declump.model import Line


def row(text: str, width: float, column: float, after: float | None = None, blank: bool = False) -> paragraphs.Row:
    r = paragraphs.Row(Line(text, 1), text, width, blank, latin=False)
    r.left_width = r.right_width = r.context_width = column
    r.after_width = column if after is None else after
    return r


def test_indent_measured_against_the_lines_after_it():
    # The window that includes the line itself can take the line's own width for the
    # column when short lines crowd it; the lines after it still show the column edge.
    prev = row("部小王，九零后，孩子只有两岁多。", 16.0, 17.0)
    nxt = row("小王还是没有看到村里摘帽的那", 15.0, 15.0, after=17.0)
    assert paragraphs._decide(prev, nxt, [prev]) == (False, "lost indent")


def test_full_line_after_a_sentence_end_runs_on():
    prev = row("部小王，九零后，孩子只有两岁多。", 16.0, 17.0)
    nxt = row("小王还是没有看到村里摘帽的那一天", 17.0, 17.0, after=17.0)
    assert paragraphs._decide(prev, nxt, [prev])[0] is True

"""Conservation: every input character is in the output or recorded as a removal.

declump deletes text only on purpose (a doubled run, a spurious space, a line-end hyphen,
an invisible control character), and every such deletion is a recorded
:class:`~declump.model.Change`. This module checks that promise: the non-space
characters of the input, minus what the recorded changes removed, plus what they added,
must be exactly the non-space characters of the output. Spaces and line breaks are left
out of the count: joining lines and removing spaces is the job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from declump.model import Change

#: Steps whose changes rewrite text (the others, such as decolumnize, describe layout).
TEXT_STEPS = frozenset({"normalise", "undouble", "despace", "dehyphenate"})
# Marks a line break inside a change's before/after text.
_LINE_BREAK_MARK = "⏎"


def _chars(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace() and ch != "\f")


def unaccounted(source: str, output: str, changes: Iterable[Change]) -> tuple[Counter[str], Counter[str]]:
    """Characters lost without a record, and characters that appeared from nowhere.

    >>> from declump.model import Change
    >>> unaccounted("城城市", "城市", [Change("undouble", 1, "城城市", "城市", "")])
    (Counter(), Counter())
    >>> unaccounted("城市。", "城市", [])
    (Counter({'。': 1}), Counter())
    """
    expected = _chars(source)
    for change in changes:
        if change.step not in TEXT_STEPS:
            continue
        expected.subtract(_chars(change.before.replace(_LINE_BREAK_MARK, "")))
        expected.update(_chars(change.after.replace(_LINE_BREAK_MARK, "")))
    actual = _chars(output)
    return expected - actual, actual - expected


def describe(lost: Counter[str], invented: Counter[str], limit: int = 10) -> str:
    """One line naming what went missing or appeared."""
    parts = []
    if lost:
        parts.append("lost " + " ".join(f"{ch!r}×{n}" for ch, n in lost.most_common(limit)))
    if invented:
        parts.append("invented " + " ".join(f"{ch!r}×{n}" for ch, n in invented.most_common(limit)))
    return "; ".join(parts)

"""Side-by-side columns (placeholder, to be completed)."""

from __future__ import annotations

from declump.config import Config
from declump.model import ChangeLog, Line


def decolumnize(lines: list[Line], config: Config, log: ChangeLog) -> list[Line]:
    return lines

"""Line repairs (placeholder, being written)."""

from __future__ import annotations

from declump.config import Config
from declump.model import ChangeLog, Line


def repair_lines(lines: list[Line], config: Config, log: ChangeLog) -> list[Line]:
    return lines

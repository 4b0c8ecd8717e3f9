"""Rejoin (placeholder, being written)."""

from __future__ import annotations

from declump.config import Config
from declump.model import Block, BlockKind, ChangeLog, Line


def rejoin(lines: list[Line], config: Config, log: ChangeLog) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    for line in lines + [Line("", 0)]:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(Block(BlockKind.PARAGRAPH, "".join(l.text.strip() for l in current), current))
            current = []
    return blocks

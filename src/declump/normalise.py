"""Normalise decoded text before any repair (placeholder, to be completed)."""

from __future__ import annotations

from declump.model import ChangeLog


def normalise_text(text: str, log: ChangeLog) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")

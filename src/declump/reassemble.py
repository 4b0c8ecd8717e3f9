"""Reassembly: join paragraph pieces that pdftotext printed apart (placeholder)."""

from __future__ import annotations

from declump.config import Config
from declump.model import ChangeLog, Page


def reassemble_page(page: Page, config: Config, log: ChangeLog) -> None:
    """Join blocks of ``page`` that are pieces of one paragraph printed apart (not yet)."""
    return None

"""declump: repair text extracted from newspaper pages and split it into clean articles."""

from __future__ import annotations

__version__ = "0.1.0"

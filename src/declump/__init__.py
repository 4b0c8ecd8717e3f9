"""declump: repair text extracted from newspaper pages and split it into clean articles."""

from __future__ import annotations

__version__ = "0.1.0"

from declump.config import Config
from declump.decode import decode_bytes
from declump.errors import DeclumpError
from declump.model import Article, Block, Change, Document
from declump.pipeline import clean_text, explain_text, process_text, split_records, split_text

__all__ = [
    "Article",
    "Block",
    "Change",
    "Config",
    "DeclumpError",
    "Document",
    "__version__",
    "clean_text",
    "decode_bytes",
    "explain_text",
    "process_text",
    "split_records",
    "split_text",
]

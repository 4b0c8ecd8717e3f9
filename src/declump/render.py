"""Rendering documents (placeholder, to be completed)."""

from __future__ import annotations

from declump.model import Document


def render_clean(document: Document) -> str:
    pages = ["\n\n".join(block.text for block in page.blocks) for page in document.pages]
    return "\n\f".join(pages) + "\n"

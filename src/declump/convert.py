"""Traditional/simplified Chinese conversion with OpenCC, applied after repair."""

from __future__ import annotations

from collections.abc import Callable

from declump.errors import UsageError
from declump.model import Page

#: Conversions opencc-python-reimplemented ships.
CONVERSIONS = ("s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "t2tw", "t2hk")


def make_converter(name: str | None) -> Callable[[str], str] | None:
    """One OpenCC converter per run: building it loads its dictionaries.

    >>> make_converter("t2s")("漢字")
    '汉字'
    """
    if not name:
        return None
    if name not in CONVERSIONS:
        raise UsageError(f"unknown conversion {name!r}", hint=f"use one of: {', '.join(CONVERSIONS)}")
    from opencc import OpenCC

    return OpenCC(name).convert


def convert_page(page: Page, converter: Callable[[str], str]) -> None:
    """Convert every text of a page in place."""
    for block in page.blocks:
        block.text = converter(block.text)
    for block in page.other:
        block.text = converter(block.text)
    for article in page.articles:
        article.headlines = [converter(t) for t in article.headlines]
        article.paragraphs = [converter(t) for t in article.paragraphs]
        article.captions = [converter(t) for t in article.captions]
        if article.byline:
            article.byline = converter(article.byline)

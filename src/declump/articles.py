"""Articles (placeholder, to be completed)."""

from __future__ import annotations

from declump.config import Config
from declump.model import Article, BlockKind, ChangeLog, Page


def segment_page(page: Page, config: Config, log: ChangeLog) -> None:
    article = Article(page=page.number)
    for block in page.blocks:
        if block.kind is BlockKind.HEADLINE:
            article.headlines.append(block.text)
        elif block.kind is BlockKind.CAPTION:
            article.captions.append(block.text)
        elif block.kind is BlockKind.PARAGRAPH:
            article.paragraphs.append(block.text)
        else:
            page.other.append(block)
    page.articles = [article]

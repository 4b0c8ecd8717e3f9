"""Turn a processed :class:`~declump.model.Document` into text, Markdown, JSON or JSONL.

One dispatcher, :func:`render_document`, keyed by :class:`OutputFormat`. JSON and JSONL are
built from the same dicts (:func:`document_dict` and :func:`iter_article_records` share
:func:`_numbered_articles`), so the two never disagree about an article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from enum import Enum
from pathlib import PurePath

from declump.errors import UsageError
from declump.model import Article, Document

#: Version of the JSON schema (DESIGN.md); bump only with a documented change.
SCHEMA_VERSION = 1


class OutputFormat(str, Enum):
    """What ``declump split`` writes; the value is also the file extension."""

    TXT = "txt"
    MD = "md"
    JSON = "json"
    JSONL = "jsonl"

    @property
    def ext(self) -> str:
        return self.value


def render_clean(document: Document) -> str:
    """The ``clean`` output: one block per line, a blank line between blocks, ``\\f`` between
    pages. Like any string API it has no final newline; the command line adds one.
    A document without any block renders as the empty string."""
    if not any(page.blocks for page in document.pages):
        return ""
    pages = ["\n\n".join(block.text for block in page.blocks) for page in document.pages]
    return "\n\f".join(pages)


def document_dict(document: Document) -> dict[str, object]:
    """The JSON document of schema version 1 (see DESIGN.md)."""
    return {
        "declump": SCHEMA_VERSION,
        "source": document.source,
        "articles": [article.as_dict() for _, article in _numbered_articles(document)],
        "other": [
            {"kind": block.kind.value, "text": block.text, "page": page.number}
            for page in document.pages
            for block in page.other
        ],
    }


#: The fields of a JSONL record, in the order they are written (README: "Indexer output").
RECORD_FIELDS = ("id", "source", "page", "title", "headlines", "byline", "paragraphs", "captions", "continues", "text")


def parse_fields(spec: str) -> tuple[str, ...]:
    """The record fields a ``--fields`` list names, checked, in the order given.

    >>> parse_fields("id, title,text")
    ('id', 'title', 'text')
    """
    fields = tuple(name.strip() for name in spec.split(",") if name.strip())
    unknown = [name for name in fields if name not in RECORD_FIELDS]
    if unknown or not fields:
        what = f"unknown field(s) {', '.join(map(repr, unknown))}" if unknown else "no field named"
        raise UsageError(f"--fields: {what}", hint=f"choose from: {','.join(RECORD_FIELDS)}")
    return fields


def select_fields(record: dict[str, object], fields: tuple[str, ...] | None) -> dict[str, object]:
    """The record with only ``fields`` (all of them when None), in that order.

    >>> select_fields({"id": "p-p1-a1", "title": "标题", "text": "…"}, ("title", "id"))
    {'title': '标题', 'id': 'p-p1-a1'}
    """
    return record if not fields else {name: record[name] for name in fields}


def iter_article_records(document: Document) -> Iterator[dict[str, object]]:
    """One flat record per article, for JSONL and indexers.

    ``id`` is stable across runs: it depends only on the source name, the page and the
    article's number on that page.
    """
    stem = source_stem(document.source)
    for number, article in _numbered_articles(document):
        record = article.as_dict()
        yield {
            "id": article_id(stem, article.page, number),
            "source": document.source,
            "page": record["page"],
            "title": record["title"],
            "headlines": record["headlines"],
            "byline": record["byline"],
            "paragraphs": record["paragraphs"],
            "captions": record["captions"],
            "continues": record["continues"],
            "text": article_text(article),
        }


def article_id(stem: str, page: int, number: int) -> str:
    """The ``id`` of a JSONL record: source stem, page, article number on the page.

    >>> article_id("story", 1, 2)
    'story-p1-a2'
    """
    return f"{stem}-p{page}-a{number}"


def json_line(record: dict[str, object]) -> str:
    """One JSONL line (with its newline), exactly as ``--format jsonl`` prints it."""
    return _dump(record, pretty=False) + "\n"


def source_stem(source: str) -> str:
    """The part of a source name that goes into article ids.

    >>> source_stem("pages/2022-08-17 p1.txt")
    '2022-08-17_p1'
    >>> source_stem("-")
    'stdin'
    """
    if source in ("", "-", "<stdin>"):
        return "stdin"
    return re.sub(r"\s+", "_", PurePath(source).stem) or "stdin"


def _numbered_articles(document: Document) -> Iterator[tuple[int, Article]]:
    """Every article with its 1-based number on its page."""
    for page in document.pages:
        for number, article in enumerate(page.articles, start=1):
            yield number, article


def _body_blocks(article: Article) -> list[str]:
    """Byline (unless the first paragraph already starts with it) and paragraphs."""
    blocks = []
    if article.byline and not (article.paragraphs and article.paragraphs[0].startswith(article.byline)):
        blocks.append(article.byline)
    blocks.extend(article.paragraphs)
    return blocks


def article_text(article: Article) -> str:
    """An article as plain text: headline lines, byline, paragraphs, captions, one block per
    line with a blank line between blocks (like ``clean``).

    >>> print(article_text(Article(headlines=["标题"], paragraphs=["第一段。", "第二段。"])))
    标题
    <BLANKLINE>
    第一段。
    <BLANKLINE>
    第二段。
    """
    return "\n\n".join([*article.headlines, *_body_blocks(article), *article.captions])


def article_markdown(article: Article) -> str:
    """An article as Markdown: kicker lines, the title as ``#`` heading, subtitles as ``##``,
    then byline, paragraphs and captions in italics.

    >>> print(article_markdown(Article(headlines=["引题", "标题", "副题"], title_index=1,
    ...                                paragraphs=["正文。"], captions=["图为现场。"])))
    引题
    <BLANKLINE>
    # 标题
    <BLANKLINE>
    ## 副题
    <BLANKLINE>
    正文。
    <BLANKLINE>
    *图为现场。*
    """
    title_index = min(article.title_index, max(len(article.headlines) - 1, 0))
    blocks = []
    for index, line in enumerate(article.headlines):
        if index < title_index:
            blocks.append(_md_escape(line))
        elif index == title_index:
            blocks.append("# " + _md_inline(line))
        else:
            blocks.append("## " + _md_inline(line))
    blocks.extend(_md_escape(text) for text in _body_blocks(article))
    blocks.extend(f"*{_md_inline(text)}*" for text in article.captions)
    return "\n\n".join(blocks)


_MD_INLINE = re.compile(r"([\\`*_\[\]<>])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=|])")
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])")


def _md_inline(text: str) -> str:
    """Escape characters that Markdown would read as emphasis, code or links."""
    return _MD_INLINE.sub(r"\\\1", text)


def _md_escape(text: str) -> str:
    """Escape a block so that it stays a plain paragraph (no heading, list or quote)."""
    text = _MD_LINE_START.sub(r"\1\\\2", _md_inline(text), count=1)
    return _MD_ORDERED.sub(r"\1\\\2", text, count=1)


def _dump(value: object, *, pretty: bool) -> str:
    if pretty:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def render_document(document: Document, fmt: OutputFormat, fields: tuple[str, ...] | None = None) -> str:
    """Everything ``declump split`` prints for one input when no output folder is given;
    ``fields`` chooses the fields of JSONL records."""
    if fmt is OutputFormat.JSON:
        return _dump(document_dict(document), pretty=True) + "\n"
    if fmt is OutputFormat.JSONL:
        return "".join(json_line(select_fields(record, fields)) for record in iter_article_records(document))
    articles = [article for _, article in _numbered_articles(document)]
    if not articles:
        return ""
    if fmt is OutputFormat.MD:
        return "\n\n---\n\n".join(article_markdown(a) for a in articles) + "\n"
    # Two blank lines between articles, one between blocks: still readable, still splittable.
    return "\n\n\n".join(article_text(a) for a in articles) + "\n"


def render_article(
    article: Article, record: dict[str, object], fmt: OutputFormat, fields: tuple[str, ...] | None = None
) -> str:
    """The content of one article's file (``declump split -o DIR``)."""
    if fmt is OutputFormat.JSON:
        return _dump(record, pretty=True) + "\n"
    if fmt is OutputFormat.JSONL:
        return _dump(select_fields(record, fields), pretty=False) + "\n"
    if fmt is OutputFormat.MD:
        return article_markdown(article) + "\n"
    return article_text(article) + "\n"


def iter_article_files(
    document: Document, fmt: OutputFormat, fields: tuple[str, ...] | None = None
) -> Iterator[tuple[Article, str]]:
    """Every article with the content of its file, in reading order."""
    records = iter_article_records(document)
    for (_, article), record in zip(_numbered_articles(document), records):
        yield article, render_article(article, record, fmt, fields)

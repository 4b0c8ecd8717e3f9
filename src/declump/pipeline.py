"""The pipeline: text in, repaired pages (and articles) out.

decode (at the edge, :mod:`declump.decode`) → normalise → pages → decolumnize (layout
text only) → line repairs (undouble, despace) → rejoin into blocks → articles → convert.
Each stage lives in its own module; this one only strings them together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from declump import articles, convert, layout, lines, normalise, paragraphs, reassemble
from declump.config import Config, make_config
from declump.model import ChangeLog, Document, Line, Page


def iter_pages(text: str) -> Iterator[list[Line]]:
    """Cut normalised text into pages at form feeds; lines keep their global numbers."""
    number = 1
    for page_text in text.split("\f"):
        page_lines = page_text.split("\n")
        yield [Line(t, number + i) for i, t in enumerate(page_lines)]
        number += len(page_lines) - 1  # the form feed does not start a new line


def repair_page(page_lines: list[Line], number: int, config: Config, log: ChangeLog) -> Page:
    """Line repairs and rejoin for one page: lines in, blocks out."""
    if config.decolumnize:
        page_lines = layout.decolumnize(page_lines, config, log)
    page_lines = lines.repair_lines(page_lines, config, log)
    page = Page(number=number, blocks=paragraphs.rejoin(page_lines, config, log))
    if config.rejoin:
        articles.unglue_titles(page)
    if config.reassemble:
        reassemble.reassemble_page(page, config, log)
    lines.repair_blocks(page.blocks, config, log)
    return page


def _process_page(
    page_lines: list[Line],
    number: int,
    config: Config,
    log: ChangeLog,
    segment: bool,
    converter: Callable[[str], str] | None,
) -> Page:
    """One page through repair, then its articles (``segment``) or its clean blocks, then
    the script conversion."""
    page = repair_page(page_lines, number, config, log)
    if segment:
        articles.segment_page(page, config, log)
    elif config.rejoin:
        articles.form_clean_blocks(page)
        # Headline lines it joined are one line to a second run: repaired as such.
        lines.repair_blocks(page.blocks, config, log)
    if converter is not None:
        convert.convert_page(page, converter)
    return page


def process_text(
    text: str,
    config: Config | None = None,
    *,
    source: str = "",
    segment: bool = False,
    log: ChangeLog | None = None,
    **overrides: Any,
) -> Document:
    """Run the whole pipeline over already decoded text.

    With ``segment`` the pages also get their articles (what ``declump split`` needs).
    """
    config = make_config(config, **overrides)
    log = log if log is not None else ChangeLog(enabled=False)
    if config.normalise:
        text = normalise.normalise_text(text, log)
    converter = convert.make_converter(config.convert)
    document = Document(source=source, log=log)
    for number, page_lines in enumerate(iter_pages(text), start=1):
        document.pages.append(_process_page(page_lines, number, config, log, segment, converter))
    return document


def process_pages(
    chunks: Iterable[str],
    config: Config | None = None,
    *,
    segment: bool = False,
    log: ChangeLog | None = None,
    **overrides: Any,
) -> Iterator[Page]:
    """Run the pipeline over a text given in pieces, yielding each page as soon as it is done.

    Concatenated, ``chunks`` are the text. A chunk that ends in a form feed ends its page;
    one that does not is continued by the next chunk, as another :class:`Page` with the
    same number (a page too long to hold at once, cut at a blank line). Chunks cut after
    every form feed give the pages of :func:`process_text`, line numbers included, so
    memory depends on the longest chunk, not on the whole text.

    >>> [(p.number, [b.text for b in p.blocks]) for p in process_pages(["城 市\\f", "升。"])]
    [(1, ['城市']), (2, ['升。'])]
    """
    config = make_config(config, **overrides)
    log = log if log is not None else ChangeLog(enabled=False)
    converter = convert.make_converter(config.convert)
    number, first_line = 1, 1
    for chunk in chunks:
        if config.normalise:
            chunk = normalise.normalise_text(chunk, log)
        ends_page = chunk.endswith("\f")
        if ends_page:
            chunk = chunk[:-1]
        texts = chunk.split("\n")
        page_lines = [Line(t, first_line + i) for i, t in enumerate(texts)]
        first_line += len(texts) - 1
        page = _process_page(page_lines, number, config, log, segment, converter)
        yield page
        if ends_page:
            number += 1


def clean_text(text: str, config: Config | None = None, **overrides: Any) -> str:
    """Repair ``text`` and return it as clean blocks (what ``declump clean`` prints).

    >>> print(clean_text("城 市 能 级 进 一 步 得 到 提\\n升。"))
    城市能级进一步得到提升。
    """
    from declump.render import render_clean

    return render_clean(process_text(text, config, **overrides))


def explain_text(text: str, config: Config | None = None, **overrides: Any):
    """Repair ``text`` and return ``(clean text, list of changes)``."""
    from declump.render import render_clean

    log = ChangeLog(enabled=True)
    document = process_text(text, config, log=log, **overrides)
    return render_clean(document), log.changes


def verified_clean_text(text: str, config: Config | None = None, **overrides: Any) -> str:
    """Like :func:`clean_text`, but prove that no character was lost without a record.

    Raises :class:`~declump.errors.VerifyError` naming the characters otherwise.
    """
    from declump.errors import VerifyError
    from declump.verify import describe, unaccounted

    output, changes = explain_text(text, config, **overrides)
    lost, invented = unaccounted(text, output, changes)
    if lost or invented:
        raise VerifyError(f"conservation check failed: {describe(lost, invented)}")
    return output


def split_text(
    text: str, source: str = "", config: Config | None = None, **overrides: Any
) -> Document:
    """Repair ``text`` and split every page into articles."""
    return process_text(text, config, source=source, segment=True, **overrides)


def split_records(text: str, source: str = "", config: Config | None = None, **overrides: Any) -> list[dict]:
    """Split ``text`` into articles and return them as JSONL records (what
    ``declump split --format jsonl`` prints, one dict per article).

    A pure function of plain values, picklable, for running declump on a cluster
    (``dask.bag``, Spark, multiprocessing): text in, dicts out.

    >>> [r["id"] for r in split_records("标题\\n\\n本报讯 正文。", "p.txt")]
    ['p-p1-a1']
    """
    from declump.render import iter_article_records

    return list(iter_article_records(split_text(text, source, config, **overrides)))

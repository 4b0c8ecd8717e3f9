"""The pipeline: text in, repaired pages (and articles) out.

decode (at the edge, :mod:`declump.decode`) → normalise → pages → decolumnize (layout
text only) → line repairs (undouble, despace) → rejoin into blocks → articles → convert.
Each stage lives in its own module; this one only strings them together.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    if config.reassemble:
        reassemble.reassemble_page(page, config, log)
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
        page = repair_page(page_lines, number, config, log)
        if segment:
            articles.segment_page(page, config, log)
        if converter is not None:
            convert.convert_page(page, converter)
        document.pages.append(page)
    return document


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

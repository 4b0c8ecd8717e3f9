"""Streaming and batches: inputs of any size, many inputs, every core.

One input is read, decoded and repaired page by page (:func:`iter_chunks` cuts the text
after every form feed, or at a blank line when a page grows past :data:`MAX_CHUNK_CHARS`),
and ``clean`` and ``split --format jsonl`` write each page as soon as it is done, so memory
stays flat whatever the input size. Many inputs go to a pool of processes, a few small files
per task, and their results come back in input order.

No typer and no rich here: the command line passes in how to write, report and show
progress, so the same code runs a batch from a script.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import re
import signal
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from declump.config import Config
from declump.decode import iter_decode, open_input, read_input
from declump.errors import DeclumpError, UsageError
from declump.files import write_article
from declump.model import Document, Page
from declump.pipeline import process_pages, process_text, verified_clean_text
from declump.render import (
    OutputFormat,
    article_id,
    iter_article_files,
    iter_article_records,
    json_line,
    render_clean,
    render_document,
    select_fields,
    source_stem,
)
from declump.text import TERMINAL

#: A page longer than this (in characters) is cut into pieces at a blank line, so that a
#: huge input without form feeds never sits in memory whole. A newspaper page holds 5–20 k
#: characters, so real pages are not cut; the engine needs some 170 bytes per character
#: of the page it works on (measured: 256 k characters cost 43 MB), so 64 k keep a
#: stream without form feeds within about 12 MB over the interpreter's own 36 MB.
MAX_CHUNK_CHARS = 64 * 1024

#: Where a cut may fall: in the last half of the limit, at a blank line (a paragraph end)
#: after a sentence end if there is one, else at a line end, else anywhere.
_BLANK_LINE = re.compile(r"\n[ \t\r\u3000]*\n")
_SENTENCE_END = re.compile(f"[{re.escape(TERMINAL)}.!?][”’」』）)\"']*[ \t\r\u3000]*$")

#: Folders given as input contribute the files with this suffix (recursively, sorted).
FOLDER_SUFFIX = ".txt"

#: Tasks sent to a worker: consecutive files up to this many bytes (at least one file)...
TASK_BYTES = 256 * 1024
#: ...and at most this many files, so a folder of small pages costs few round trips.
TASK_FILES = 32
#: Tasks in flight per worker: enough to keep workers busy while results are written,
#: few enough that results waiting for their turn stay small.
TASKS_AHEAD = 4
#: A worker keeps an input's output in memory up to this many characters, then in a
#: temporary file, so that a big input in a batch does not grow the worker.
SPOOL_CHARS = 4 * 1024 * 1024


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# -- cutting a stream into pages ----------------------------------------------------------


def iter_chunks(pieces: Iterable[str], limit: int = MAX_CHUNK_CHARS) -> Iterator[str]:
    """Regroup decoded text into pages: each chunk ends just after a form feed, except
    pieces of a page longer than ``limit`` (cut by :func:`cut_point`) and the last chunk.

    Concatenated, the chunks are the text; the last one is yielded even when empty, as
    ``str.split`` gives an empty last page after a final form feed.

    >>> list(iter_chunks(["第一版\\f第", "二版\\f"]))
    ['第一版\\x0c', '第二版\\x0c', '']
    """
    pending: list[str] = []
    size = 0
    in_long_line = False  # pending text has no line end to cut at: wait for one
    for piece in pieces:
        start = 0
        while (end := piece.find("\f", start)) >= 0:
            pending.append(piece[start : end + 1])
            yield "".join(pending)
            pending, size, start, in_long_line = [], 0, end + 1, False
        if start < len(piece):
            rest = piece[start:] if start else piece
            pending.append(rest)
            size += len(rest)
            if in_long_line and "\n" not in rest:
                continue  # a line is never cut: keep gathering it without rejoining
        in_long_line = False
        while size > limit:
            text = "".join(pending)
            cut = cut_point(text, limit)
            if cut is None:
                pending, in_long_line = [text], True
                break
            yield text[:cut]
            pending, size = [text[cut:]], len(text) - cut
    yield "".join(pending)


def cut_point(text: str, limit: int) -> int | None:
    """Where to cut a page too long to hold: after a blank line that follows a sentence
    end, else after any blank line, else after a line end, preferably in the second half
    of the limit, so pieces stay large. A line is never cut: when the text up to ``limit``
    is one line, the cut goes after its end, and ``None`` means that end has not come yet.

    >>> text = "第一段讲完了。\\n\\n第二段，\\n\\n第三段"
    >>> text[: cut_point(text, 15)]
    '第一段讲完了。\\n\\n'
    >>> text = text.replace("。", "，")
    >>> text[: cut_point(text, 15)]
    '第一段讲完了，\\n\\n第二段，\\n\\n'
    """
    low = limit // 2
    last = after_sentence = None
    for match in _BLANK_LINE.finditer(text, low, limit):
        last = match
        if _SENTENCE_END.search(text, max(0, match.start() - 8), match.start()):
            after_sentence = match
    if after_sentence or last:
        return (after_sentence or last).end()
    newline = text.rfind("\n", 0, limit)
    if newline < 0:
        newline = text.find("\n", limit)
    return newline + 1 if newline >= 0 else None


# -- rendering pages as they come ---------------------------------------------------------


def iter_clean(pages: Iterable[Page]) -> Iterator[str]:
    """What ``declump clean`` prints (:func:`~declump.render.render_clean` and a final
    newline, or nothing for a text without blocks), page by page.

    Every page ends with its newline as soon as it is done, so a reader of lines sees it
    before the next page comes. Pieces of one long page are joined like blocks (a blank
    line), pages by ``\\f``.
    """
    breaks = 0  # page breaks not yet written: they go before the next block, or at the end
    started = False
    number = None
    page_open = False  # the current page has written a block
    for page in pages:
        if page.number != number:
            if number is not None:
                breaks += 1
            number, page_open = page.number, False
        if not page.blocks:
            continue
        text = "\n\n".join(block.text for block in page.blocks)
        if breaks:
            # render_clean joins pages by "\n\f"; the "\n" already went out after the text.
            yield ("\f" + "\n\f" * (breaks - 1)) if started else "\n\f" * breaks
            breaks = 0
        elif page_open:
            yield "\n"  # a blank line between blocks; the first "\n" went out already
        yield text + "\n"
        started = page_open = True
    if started and breaks:
        yield "\f\n" * breaks


def iter_jsonl(pages: Iterable[Page], source: str, fields: tuple[str, ...] | None = None) -> Iterator[str]:
    """The ``--format jsonl`` lines of every page as it comes; ids number the articles of a
    page across its pieces. ``fields`` chooses the fields of each record (default: all)."""
    stem = source_stem(source)
    number = None
    count = 0  # articles of the current page written so far
    for page in pages:
        if page.number != number:
            number, count = page.number, 0
        for record in iter_article_records(Document(source=source, pages=[page])):
            count += 1
            record["id"] = article_id(stem, page.number, count)
            yield json_line(select_fields(record, fields))


# -- one input ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """What to do with every input of a batch (picklable: it travels to the workers)."""

    command: str  # "clean" or "split"
    config: Config
    fmt: OutputFormat | None = None  # split only
    to_folder: bool = False  # split -o: the articles come back, the caller writes them
    verify: bool = False  # clean --verify
    fields: tuple[str, ...] | None = None  # split --fields: the fields of JSONL records

    @property
    def separator(self) -> str:
        """Written between the outputs of two inputs on stdout."""
        return "\f" if self.command == "clean" else ""


@dataclass
class Result:
    """What one input gave: output for stdout (in memory or spooled), or articles."""

    name: str
    output: str = ""
    spool: str | None = None  # a temporary file with the output, for the caller to copy
    articles: list[tuple[str | None, str]] = field(default_factory=list)  # (title, file content)
    pages: int = 0
    nbytes: int = 0
    error: str | None = None


class _CountingReader:
    """A byte stream that counts what was read (for progress in MB/s)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.count += len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        """What is there, without waiting for more (see :func:`~declump.decode.iter_decode`)."""
        data = self.stream.read1(size) if hasattr(self.stream, "read1") else self.stream.read(size)
        self.count += len(data)
        return data


def source_name(name: str) -> str:
    """The input's name as it appears in output: file names that are not UTF-8 (their bytes
    came in as surrogate escapes) are shown with backslash escapes rather than failing."""
    if name == "-":
        return "<stdin>"
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def run_input(
    name: str,
    task: Task,
    write: Callable[[str], None],
    on_page: Callable[[int], None] | None = None,
) -> Result:
    """Process one input, writing its output for stdout through ``write`` as it goes.

    ``on_page(nbytes)`` is called after each page streamed, with the bytes read since the
    last call. Errors of the input come back in :attr:`Result.error`, one line; usage
    errors, interruptions and failures of ``write`` (a closed pipe) propagate.
    """
    result = Result(name)
    try:
        _run(name, task, write, on_page, result)
    except UsageError:
        raise
    except DeclumpError as err:
        result.error = str(err)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as err:  # a bug in declump: say so in one line, go on with the rest
        if os.environ.get("DECLUMP_DEBUG"):
            raise
        result.error = f"{name}: internal error ({type(err).__name__}: {err}); set DECLUMP_DEBUG=1 for details"
    return result


def _run(name: str, task: Task, write, on_page, result: Result) -> None:
    config, source = task.config, source_name(name)
    streaming = not task.verify and not task.to_folder and (task.command == "clean" or task.fmt is OutputFormat.JSONL)
    if not streaming:
        text = read_input(name, config.encoding)
        result.nbytes = _size(name)
        if task.command == "clean":
            if task.verify:
                out = verified_clean_text(text, config)
            else:
                out = render_clean(process_text(text, config, source=source))
            if out:
                write(out + "\n")
            result.pages = text.count("\f") + 1
            return
        document = process_text(text, config, source=source, segment=True)
        result.pages = len(document.pages)
        if task.to_folder:
            fmt = task.fmt or OutputFormat.TXT
            files = iter_article_files(document, fmt, task.fields)
            result.articles = [(article.title, content) for article, content in files]
        else:
            write(render_document(document, task.fmt or OutputFormat.JSON, task.fields))
        return

    stream = open_input(name)
    try:
        reader = _CountingReader(stream)
        chunks = iter_chunks(iter_decode(reader, config.encoding, name=name))  # type: ignore[arg-type]
        pages = _counted(process_pages(chunks, config, segment=task.command == "split"), reader, result, on_page)
        if task.command == "clean":
            for piece in iter_clean(pages):
                write(piece)
        else:
            for line in iter_jsonl(pages, source, task.fields):
                write(line)
    finally:
        if name != "-":
            stream.close()


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size if name != "-" else 0
    except OSError:
        return 0


def _counted(pages: Iterable[Page], reader: _CountingReader, result: Result, on_page) -> Iterator[Page]:
    number = None
    for page in pages:
        if page.number != number:
            number = page.number
            result.pages += 1
        yield page
        if on_page is not None:
            on_page(reader.count - result.nbytes)
        result.nbytes = reader.count


# -- many inputs ----------------------------------------------------------------------------


def expand_inputs(args: Iterable[str], from_list: str | None = None) -> tuple[list[str], list[str]]:
    """The inputs named on the command line: files as given, folders as their ``*.txt``
    files (recursively, sorted), globs that name no file as their matches, and the lines
    of ``from_list`` (``-`` is stdin; blank lines and ``#`` comments skipped).

    Returns ``(inputs, errors)``: an error is one line about an argument that names nothing.
    """
    names: list[str] = []
    errors: list[str] = []
    given = list(args)
    if from_list is not None:
        listed = read_input(from_list)
        given.extend(line.strip() for line in listed.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    for arg in given:
        if arg == "-":
            names.append(arg)
        elif os.path.isdir(arg):
            found = sorted(
                str(p) for p in Path(arg).rglob(f"*{FOLDER_SUFFIX}") if p.is_file() and not _hidden(p, arg)
            )
            if not found:
                errors.append(f"{arg}: no {FOLDER_SUFFIX} files in this folder")
            names.extend(found)
        elif not os.path.exists(arg) and glob.has_magic(arg):
            found = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if not found:
                errors.append(f"{arg}: no file matches")
            names.extend(found)
        else:
            names.append(arg)
    return names, errors


def _hidden(path: Path, top: str) -> bool:
    return any(part.startswith(".") for part in path.relative_to(top).parts)


class Batch:
    """Runs a task over many inputs and puts the results where they go, in input order.

    ``write`` takes stdout text, ``report`` one error line; ``folder`` receives the articles
    of ``split -o``. ``progress(batch)`` is called as work gets done; the counters
    (:attr:`files`, :attr:`pages`, :attr:`nbytes`, :attr:`failed`) say how far it is.
    """

    def __init__(
        self,
        task: Task,
        *,
        write: Callable[[str], None],
        report: Callable[[str], None],
        folder: Path | None = None,
        force: bool = False,
        progress: Callable[[Batch], None] | None = None,
    ) -> None:
        self.task = task
        self.write = write
        self.report = report
        self.folder = folder
        self.force = force
        self.progress = progress
        self.files = self.pages = self.nbytes = self.failed = self.articles = 0
        self._outputs = 0  # inputs that wrote something to stdout
        self.inputs: list[str] = []  # never written over, even with force

    def fail(self, message: str) -> None:
        self.report(message)
        self.failed += 1

    def run(self, names: list[str], jobs: int = 1) -> None:
        """Process ``names``: in this process when there is one input or one job (streaming
        each), else on a pool of ``jobs`` processes."""
        self.inputs = [name for name in names if name != "-"]
        if jobs <= 1 or len(names) <= 1 or "-" in names:  # stdin is this process's to read
            for name in names:
                result = run_input(name, self.task, self._writer(), self._on_page)
                self._finish(result, counted=True)
            return
        for result in _pool_map(names, self.task, jobs):
            if result.error is None:
                self._emit(result)
            elif result.spool:
                _remove(result.spool)
            self._finish(result, counted=False)

    def _writer(self) -> Callable[[str], None]:
        first = True

        def write(piece: str) -> None:
            nonlocal first
            if not piece:
                return
            if first:
                if self._outputs and self.task.separator:
                    self.write(self.task.separator)
                self._outputs += 1
                first = False
            self.write(piece)

        return write

    def _on_page(self, nbytes: int) -> None:
        self.pages += 1
        self.nbytes += nbytes
        if self.progress is not None:
            self.progress(self)

    def _emit(self, result: Result) -> None:
        write = self._writer()
        if result.spool:
            try:
                with open(result.spool, encoding="utf-8", newline="") as handle:
                    while block := handle.read(1 << 20):
                        write(block)
            finally:
                _remove(result.spool)
        else:
            write(result.output)

    def _finish(self, result: Result, *, counted: bool) -> None:
        self.files += 1
        if not counted:
            self.pages += result.pages
            self.nbytes += result.nbytes
        if result.error is not None:
            self.fail(result.error)
        elif result.articles and self.folder is not None:
            ext = (self.task.fmt or OutputFormat.TXT).ext
            first = self.articles + 1  # numbered across inputs: several inputs never share a name
            # An input's numbers stay taken even if writing fails, so names never shift.
            self.articles += len(result.articles)
            try:
                for number, (title, content) in enumerate(result.articles, start=first):
                    write_article(self.folder, number, title, ext, content, force=self.force, keep=self.inputs)
            except DeclumpError as err:
                self.fail(str(err))
        if self.progress is not None:
            self.progress(self)


# -- the pool ----------------------------------------------------------------------------------


def _pool_map(names: list[str], task: Task, jobs: int) -> Iterator[Result]:
    """Results of every input, in input order, from a pool of ``jobs`` processes, with a
    bounded number of tasks in flight."""
    tasks = iter(_group(names, jobs))
    context = _pool_context()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init)
    pending: deque[Future[list[Result]]] = deque()
    try:
        for group in tasks:
            pending.append(pool.submit(run_group, group, task))
            if len(pending) >= jobs * TASKS_AHEAD:
                break
        while pending:
            results = pending.popleft().result()
            group = next(tasks, None)
            if group is not None:
                pending.append(pool.submit(run_group, group, task))
            yield from results
    except BaseException:
        for future in pending:
            future.cancel()
        for process in list(getattr(pool, "_processes", {}).values()):  # no public way to stop a busy worker
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        for future in pending:  # results already spooled to files: remove them
            if future.done() and not future.cancelled() and future.exception() is None:
                for result in future.result():
                    if result.spool:
                        _remove(result.spool)
        raise
    pool.shutdown()


def _group(names: list[str], jobs: int) -> Iterator[list[str]]:
    """Consecutive inputs up to :data:`TASK_BYTES` a task, and few enough files that every
    worker gets several tasks (the last ones to finish then differ little)."""
    most = max(1, min(TASK_FILES, -(-len(names) // (jobs * 8))))
    group: list[str] = []
    size = 0
    for name in names:
        try:
            size += os.stat(name).st_size if name != "-" else TASK_BYTES
        except OSError:
            pass  # the worker will report it
        group.append(name)
        if size >= TASK_BYTES or len(group) >= most:
            yield group
            group, size = [], 0
    if group:
        yield group


def _pool_context():
    # fork starts workers at once, but forking a process that runs threads (the progress
    # bar) can copy a held lock into the child; then forkserver, whose workers start from
    # a clean process that has imported declump; spawn where neither exists.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["declump.batch"])
        return context
    return multiprocessing.get_context("spawn")


def _worker_init() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and exits 130, so workers must
    # not print tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_group(names: list[str], task: Task) -> list[Result]:
    """The worker's side: process a few inputs, keeping big outputs in temporary files."""
    results = []
    for name in names:
        spool = _Spool()
        try:
            result = run_input(name, task, spool.write)
        except BaseException:
            spool.discard()
            raise
        if result.error is None:
            result.output, result.spool = spool.close()
        else:
            spool.discard()
        results.append(result)
    return results


class _Spool:
    """Output collected in memory, moved to a temporary file when it grows big."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.file = None

    def write(self, text: str) -> None:
        if self.file is not None:
            self.file.write(text)
            return
        self.parts.append(text)
        self.size += len(text)
        if self.size > SPOOL_CHARS:
            self.file = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed in close/discard)
                "w", encoding="utf-8", newline="", prefix="declump-", suffix=".out", delete=False
            )
            self.file.write("".join(self.parts))
            self.parts = []

    def close(self) -> tuple[str, str | None]:
        if self.file is None:
            return "".join(self.parts), None
        self.file.close()
        return "", self.file.name

    def discard(self) -> None:
        if self.file is not None:
            self.file.close()
            _remove(self.file.name)
        self.parts = []


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


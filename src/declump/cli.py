"""The ``declump`` command line: ``clean`` (the default), ``split`` and ``explain``.

The only module that imports typer or rich. It reads inputs, calls the library, writes
results to stdout (or files) and turns every :class:`~declump.errors.DeclumpError` into one
``Error: …`` line on stderr and the exit code DESIGN.md promises.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from declump import __version__
from declump.batch import Batch, Task, default_jobs, expand_inputs
from declump.config import STEPS, Config, make_config
from declump.convert import CONVERSIONS
from declump.decode import check_encoding, read_input
from declump.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, DeclumpError, UsageError
from declump.files import ensure_output_dir
from declump.model import ChangeLog, Document
from declump.pipeline import process_text
from declump.render import OutputFormat, render_clean

app = typer.Typer(
    name="declump",
    help="Repair text extracted from newspaper pages and split it into articles.",
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: The commands, in the order the help lists them; ``clean`` is also the default.
COMMANDS = ("clean", "split", "explain")
DEFAULT_COMMAND = "clean"
_ROOT_OPTIONS = {"-h", "--help", "--version"}


class NumberSpacing(str, Enum):
    remove = "remove"
    keep = "keep"


class Layout(str, Enum):
    auto = "auto"
    on = "on"
    off = "off"


# -- options shared by every command, defined once ----------------------------------------

Encoding = Annotated[
    Optional[str],
    typer.Option("--encoding", "-e", metavar="NAME", help="Input encoding (default: detect), e.g. gb18030, big5."),
]
NumberSpacingOption = Annotated[
    NumberSpacing,
    typer.Option("--number-spacing", help="Spaces between digits and CJK ([bold]8 月[/] → 8月): remove or keep."),
]
Convert = Annotated[
    Optional[str],
    typer.Option("--convert", metavar="NAME", help=f"OpenCC conversion after repair: {', '.join(CONVERSIONS)}."),
]
LayoutOption = Annotated[
    Layout,
    typer.Option("--layout", help="Is the input layout text with side-by-side columns? auto detects."),
]
Inputs = Annotated[
    Optional[list[str]],
    typer.Argument(
        metavar="[FILE]",
        help="Input files, folders (their *.txt files) or globs; none or [bold]-[/] reads stdin.",
        show_default=False,
    ),
]
Jobs = Annotated[
    Optional[int],
    typer.Option(
        "--jobs", "-j", metavar="N", min=1, help="Processes for many inputs (default: every core).",
        rich_help_panel="Batches",
    ),
]
FromList = Annotated[
    Optional[str],
    typer.Option(
        "--from-list", metavar="FILE", help="Also read input names from FILE, one per line ([bold]-[/]: stdin).",
        rich_help_panel="Batches",
    ),
]


def with_step_flags(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add one ``--no-<step>`` flag per entry of :data:`declump.config.STEPS` to a command.

    The registry is the one list of steps; the flags are generated from it, never typed out.
    The command receives them as ``no_<step>`` keyword arguments.
    """
    signature = inspect.signature(command, eval_str=True)
    params = [p for p in signature.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    for step in STEPS:
        flag = typer.Option(f"--no-{step.name}", help=f"Skip: {step.doc}.", rich_help_panel="Repair steps")
        params.append(
            inspect.Parameter(
                f"no_{step.name}", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=Annotated[bool, flag]
            )
        )

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return command(*args, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper


def build_config(
    encoding: str | None,
    number_spacing: NumberSpacing,
    convert: str | None,
    layout: Layout,
    flags: dict[str, bool],
) -> Config:
    """Config from the shared options; settings that name nothing are usage errors (exit 2)."""
    if encoding:
        encoding = check_encoding(encoding)
    if convert and convert not in CONVERSIONS:
        raise UsageError(f"unknown conversion {convert!r}", hint=f"use one of: {', '.join(CONVERSIONS)}")
    skipped = {step.name: False for step in STEPS if flags.get(f"no_{step.name}")}
    return make_config(
        encoding=encoding,
        number_spacing=number_spacing.value,
        convert=convert or None,
        layout=layout.value,
        **skipped,
    )


# -- output, errors, signals ------------------------------------------------------------------


def write_stdout(text: str) -> None:
    """Write UTF-8 whatever the locale says: the output is Chinese text."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
    else:
        stream.flush()
        buffer.write(text.encode("utf-8"))
    stream.flush()


def report(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    sys.stderr.write("Error: " + " ".join(message.split("\n")) + "\n")
    sys.stderr.flush()


@contextmanager
def guarded() -> Iterator[None]:
    """Turn what can end a command into its documented exit code, without a traceback."""
    try:
        yield
    except DeclumpError as err:
        report(str(err))
        raise typer.Exit(err.exit_code) from None
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader (head, less) has gone: stop quietly, and keep Python's final flush of
        # stdout from failing again on the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None


def for_each_input(names: list[str], work: Callable[[str], None]) -> None:
    """Run ``work`` on every input; a failed input is reported and the others still run.

    Usage errors stop everything (they would fail every input the same way).
    """
    failed = 0
    for name in names:
        try:
            work(name)
        except UsageError:
            raise
        except DeclumpError as err:
            report(str(err))
            failed += 1
        except (KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as err:  # a bug in declump: say so in one line, go on with the rest
            if os.environ.get("DECLUMP_DEBUG"):
                raise
            report(f"{name}: internal error ({type(err).__name__}: {err}); set DECLUMP_DEBUG=1 for details")
            failed += 1
    if failed:
        raise typer.Exit(EXIT_INPUT)


def source_name(name: str) -> str:
    return "<stdin>" if name == "-" else name


def check_stdin(names: list[str]) -> None:
    if "-" in names and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError("no input: give a FILE or pipe text into declump", hint="see declump --help")


def run_batch(
    task: Task, names: list[str], errors: list[str], jobs: int | None, folder: Path | None = None, force: bool = False
) -> Batch:
    """Run ``task`` over the inputs, with a progress bar on a terminal; errors of single
    inputs are reported and counted in :attr:`Batch.failed`, the others still run."""
    batch = Batch(task, write=write_stdout, report=report, folder=folder, force=force)
    for message in errors:
        batch.fail(message)
    with progress_bar(len(names), shares_stdout=folder is None) as progress:
        batch.progress = progress
        batch.run(names, jobs or default_jobs())
    return batch


@contextmanager
def progress_bar(total: int, *, shares_stdout: bool) -> Iterator[Callable[[Batch], None] | None]:
    """A progress bar on stderr (files, pages, MB/s) while a batch runs.

    Only on a terminal, and not when the results go to that same terminal.
    """
    stderr_tty = sys.stderr is not None and sys.stderr.isatty()
    stdout_tty = sys.stdout is not None and sys.stdout.isatty()
    if not stderr_tty or (shares_stdout and stdout_tty):
        yield None
        return
    import time

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    start = time.monotonic()
    with Progress(
        TextColumn("files"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[pages]} pages  {task.fields[speed]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        redirect_stdout=False,  # results go to the real stdout; error lines still print above the bar
    ) as bar:
        job = bar.add_task("declump", total=total, pages=0, speed="")

        def update(batch: Batch) -> None:
            elapsed = max(time.monotonic() - start, 1e-6)
            speed = f"{batch.nbytes / elapsed / 1e6:.2f} MB/s"
            bar.update(job, completed=batch.files, pages=batch.pages, speed=speed)

        yield update


# -- commands ---------------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        write_stdout(f"declump {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Repair text extracted from newspaper pages and split it into articles.

    Works on pdftotext, OCR or copy-paste output. [bold]declump FILE[/] is
    [bold]declump clean FILE[/].
    """


@app.command()
@with_step_flags
def clean(
    files: Inputs = None,
    encoding: Encoding = None,
    number_spacing: NumberSpacingOption = NumberSpacing.remove,
    convert: Convert = None,
    layout: LayoutOption = Layout.auto,
    verify: Annotated[
        bool,
        typer.Option(
            "--verify",
            help="Prove that every input character is in the output or recorded as a "
            "deliberate removal; an input that fails the check is an error (exit 1).",
        ),
    ] = False,
    jobs: Jobs = None,
    from_list: FromList = None,
    **flags: bool,
) -> None:
    """Print the repaired text (the default command).

    One block per line, a blank line between blocks, form feeds between pages.
    """
    with guarded():
        config = build_config(encoding, number_spacing, convert, layout, flags)
        names, errors = expand_inputs(files or ([] if from_list else ["-"]), from_list)
        check_stdin(names)
        batch = run_batch(Task("clean", config, verify=verify), names, errors, jobs)
        if batch.failed:
            raise typer.Exit(EXIT_INPUT)


@app.command()
@with_step_flags
def split(
    files: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="FILE",
            help="Input files, folders (their *.txt files) or globs ([bold]-[/] reads stdin).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", metavar="DIR", help="Write one file per article into DIR.", file_okay=False),
    ] = None,
    fmt: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", help="Output format (default: json on stdout, txt files with -o)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files in DIR.")] = False,
    encoding: Encoding = None,
    number_spacing: NumberSpacingOption = NumberSpacing.remove,
    convert: Convert = None,
    layout: LayoutOption = Layout.auto,
    jobs: Jobs = None,
    from_list: FromList = None,
    **flags: bool,
) -> None:
    """Split pages into articles.

    One JSON document per input, one JSONL line per article, or with [bold]-o DIR[/] one file
    per article named [bold]NNN-<title>.<ext>[/].
    """
    with guarded():
        config = build_config(encoding, number_spacing, convert, layout, flags)
        if not files and not from_list:
            raise UsageError("missing argument FILE", hint="see declump split --help")
        names, errors = expand_inputs(files or [], from_list)
        check_stdin(names)
        folder = ensure_output_dir(output) if output is not None else None
        fmt = fmt or (OutputFormat.TXT if folder else OutputFormat.JSON)
        task = Task("split", config, fmt=fmt, to_folder=folder is not None)
        batch = run_batch(task, names, errors, jobs, folder=folder, force=force)
        if folder is not None:
            sys.stderr.write(f"declump: {batch.articles} article(s) in {folder}\n")
        if batch.failed:
            raise typer.Exit(EXIT_INPUT)


@app.command()
@with_step_flags
def explain(
    file: Annotated[str, typer.Argument(metavar="FILE", help="Input file ([bold]-[/] reads stdin).")],
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {"text": …, "changes": […]} for tools instead of a table.')
    ] = False,
    encoding: Encoding = None,
    number_spacing: NumberSpacingOption = NumberSpacing.remove,
    convert: Convert = None,
    layout: LayoutOption = Layout.auto,
    **flags: bool,
) -> None:
    """Show every change declump makes to FILE, with its step and reason."""
    with guarded():
        config = build_config(encoding, number_spacing, convert, layout, flags)
        check_stdin([file])

        def work(name: str) -> None:
            log = ChangeLog(enabled=True)
            document = process_text(read_input(name, config.encoding), config, source=source_name(name), log=log)
            if as_json:
                payload = {"text": render_clean(document), "changes": [c.as_dict() for c in log.changes]}
                write_stdout(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
            else:
                print_changes(document)

        for_each_input([file], work)


def print_changes(document: Document) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(document.changes)} change(s) in {document.source}", title_justify="left")
    table.add_column("step", no_wrap=True)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("before → after", overflow="fold")
    table.add_column("reason", overflow="fold")
    for change in document.changes:
        diff = Text(visible(change.before), style="red")
        diff.append("\n→ ", style="dim")
        diff.append(visible(change.after), style="green")
        table.add_row(change.step, str(change.line or ""), diff, Text(change.reason))
    Console(file=sys.stdout).print(table)


def visible(text: str) -> str:
    """Show the characters a change is about even when they are invisible.

    >>> visible("a\\u200bb\\u3000c\\n")
    'a⟨U+200B⟩b⟨U+3000⟩c⏎'
    """
    out = []
    for ch in text:
        if ch == "\n":
            out.append("⏎")
        elif ch == "\f":
            out.append("⟨FF⟩")
        elif ch < " " or "\x7f" <= ch < "\xa0" or ch in "\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000" or (
            "\u2000" <= ch <= "\u200a"
        ):
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


# -- entry point ------------------------------------------------------------------------------


def with_default_command(args: list[str]) -> list[str]:
    """``declump FILE`` means ``declump clean FILE``; so does plain ``declump``.

    >>> with_default_command(["page.txt"])
    ['clean', 'page.txt']
    >>> with_default_command(["split", "page.txt"])
    ['split', 'page.txt']
    >>> with_default_command(["--version"])
    ['--version']
    """
    if args and (args[0] in COMMANDS or args[0] in _ROOT_OPTIONS):
        return list(args)
    return [DEFAULT_COMMAND, *args]


def _click_exception() -> type[Exception]:
    # typer's own BadParameter derives from click's ClickException whether typer uses click
    # or its vendored copy; find the base class without importing either by name.
    for cls in typer.BadParameter.__mro__:
        if cls.__name__ == "ClickException":
            return cls
    return typer.BadParameter


def main(argv: list[str] | None = None) -> None:
    """Console entry point: runs the app and exits with the documented code."""
    args = with_default_command(sys.argv[1:] if argv is None else list(argv))
    click_exception = _click_exception()
    try:
        code = app(args=args, prog_name="declump", standalone_mode=False)
    except click_exception as err:
        # Usage errors from option parsing, on one line like every other error.
        report(f"{err.format_message()} (see declump {args[0]} --help)")  # type: ignore[attr-defined]
        code = getattr(err, "exit_code", EXIT_USAGE)
    except typer.Abort:
        code = EXIT_INTERRUPTED
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_OK
    sys.exit(code if isinstance(code, int) else EXIT_OK)

"""The ``declump`` command line: ``clean`` (the default), ``split``, ``explain``, ``diff``
and ``config``.

The only module that imports typer or rich. It reads inputs, calls the library, writes
results to stdout (or files) and turns every :class:`~declump.errors.DeclumpError` into one
``Error: …`` line on stderr and the exit code DESIGN.md promises.

Settings come from the defaults, then the nearest ``declump.toml`` or ``[tool.declump]`` in a
``pyproject.toml`` (:func:`declump.config.find_config_file`), then the options the user
actually gave: an option left at its default never overrides the file.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from declump import __version__
from declump.batch import Batch, Task, default_jobs, expand_inputs, source_name
from declump.config import STEPS, Config, find_config_file, make_config, settings_from_file
from declump.convert import CONVERSIONS
from declump.decode import check_encoding, read_input
from declump.errors import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, DeclumpError, UsageError
from declump.files import ensure_output_dir
from declump.model import ChangeLog, Document
from declump.pipeline import process_text
from declump.render import RECORD_FIELDS, OutputFormat, parse_fields, render_clean

if TYPE_CHECKING:
    from declump.diff import TextDiff

app = typer.Typer(
    name="declump",
    help="Repair text extracted from newspaper pages and split it into articles.",
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=True,
    pretty_exceptions_enable=False,
)

#: The commands, in the order the help lists them; ``clean`` is also the default.
COMMANDS = ("clean", "split", "explain", "diff", "config")
DEFAULT_COMMAND = "clean"
_ROOT_OPTIONS = {"-h", "--help", "--version", "--install-completion", "--show-completion"}


class NumberSpacing(str, Enum):
    remove = "remove"
    keep = "keep"


class Layout(str, Enum):
    auto = "auto"
    on = "on"
    off = "off"


class DiffView(str, Enum):
    auto = "auto"
    inline = "inline"
    unified = "unified"


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
    """Add one ``--<step>/--no-<step>`` switch per entry of :data:`declump.config.STEPS`.

    The registry is the one list of steps; the flags and their help are generated from it,
    never typed out. ``--<step>`` turns back on a step a configuration file turned off.
    The command receives them as ``step_<step>`` keyword arguments.
    """
    signature = inspect.signature(command, eval_str=True)
    params = [p for p in signature.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    for step in STEPS:
        flag = typer.Option(
            f"--{step.name}/--no-{step.name}", help=f"{step.doc[0].upper()}{step.doc[1:]}.",
            rich_help_panel=STEPS_PANEL,
            show_default=False,
        )
        params.append(
            inspect.Parameter(
                f"step_{step.name}", inspect.Parameter.KEYWORD_ONLY, default=True, annotation=Annotated[bool, flag]
            )
        )

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return command(*args, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper


#: The help panel of the step switches; on (all steps run) unless a config file says otherwise.
STEPS_PANEL = "Repair steps (all on by default; --no-STEP skips one)"


@dataclasses.dataclass
class Settings:
    """The settings in effect, the configuration file read (if any) and where each came from."""

    config: Config
    path: Path | None
    given: dict[str, Any]  # from the command line
    from_file: dict[str, Any]

    def source(self, name: str) -> str:
        if name in self.given:
            return "command line"
        if name in self.from_file:
            return str(self.path)
        return "default"


def given_on_command_line(ctx: typer.Context, name: str) -> bool:
    """Did the user give this option (rather than leave it at its default)?"""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")


def load_settings(ctx: typer.Context, **options: Any) -> Settings:
    """Defaults, then the configuration file, then the options given on the command line.

    ``options`` are the command's shared options by parameter name (``step_<name>`` for the
    step switches). Settings that name nothing are usage errors (exit 2).
    """
    given: dict[str, Any] = {}
    for name, value in options.items():
        if given_on_command_line(ctx, name):
            given[name.removeprefix("step_")] = value.value if isinstance(value, Enum) else value
    if given.get("encoding"):
        given["encoding"] = check_encoding(given["encoding"])
    if "convert" in given:
        if given["convert"] and given["convert"] not in CONVERSIONS:
            raise UsageError(f"unknown conversion {given['convert']!r}", hint=f"use one of: {', '.join(CONVERSIONS)}")
        given["convert"] = given["convert"] or None
    path = find_config_file()
    from_file = settings_from_file(path) if path is not None else {}
    if from_file.get("encoding") and "encoding" not in given:
        try:
            from_file["encoding"] = check_encoding(from_file["encoding"])
        except UsageError as err:
            raise UsageError(f"{path}: {err.message}", hint="fix the encoding setting") from None
    return Settings(make_config(**{**from_file, **given}), path, given, from_file)


def build_config(ctx: typer.Context, **options: Any) -> Config:
    """The Config a command runs with (see :func:`load_settings`)."""
    return load_settings(ctx, **options).config


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
    ctx: typer.Context,
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
        config = build_config(
            ctx, encoding=encoding, number_spacing=number_spacing, convert=convert, layout=layout, **flags
        )
        names, errors = expand_inputs(files or ([] if from_list else ["-"]), from_list)
        check_stdin(names)
        batch = run_batch(Task("clean", config, verify=verify), names, errors, jobs)
        if batch.failed:
            raise typer.Exit(EXIT_INPUT)


@app.command()
@with_step_flags
def split(
    ctx: typer.Context,
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
    fields: Annotated[
        Optional[str],
        typer.Option(
            "--fields",
            metavar="LIST",
            help=f"JSONL fields to write, comma-separated (implies --format jsonl): {','.join(RECORD_FIELDS)}.",
        ),
    ] = None,
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
        config = build_config(
            ctx, encoding=encoding, number_spacing=number_spacing, convert=convert, layout=layout, **flags
        )
        if not files and not from_list:
            raise UsageError("missing argument FILE", hint="see declump split --help")
        names, errors = expand_inputs(files or [], from_list)
        check_stdin(names)
        chosen = parse_fields(fields) if fields is not None else None
        if chosen and fmt not in (None, OutputFormat.JSONL):
            raise UsageError(f"--fields chooses the fields of JSONL records, not of {fmt.value}", hint="use --format jsonl")
        folder = ensure_output_dir(output) if output is not None else None
        fmt = OutputFormat.JSONL if chosen else fmt or (OutputFormat.TXT if folder else OutputFormat.JSON)
        task = Task("split", config, fmt=fmt, to_folder=folder is not None, fields=chosen)
        batch = run_batch(task, names, errors, jobs, folder=folder, force=force)
        if folder is not None:
            sys.stderr.write(f"declump: {batch.articles} article(s) in {folder}\n")
        if batch.failed:
            raise typer.Exit(EXIT_INPUT)


@app.command()
@with_step_flags
def explain(
    ctx: typer.Context,
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
        config = build_config(
            ctx, encoding=encoding, number_spacing=number_spacing, convert=convert, layout=layout, **flags
        )
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


@app.command()
@with_step_flags
def diff(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="Input file ([bold]-[/] reads stdin).")],
    view: Annotated[
        DiffView,
        typer.Option(
            "--view",
            help="inline: the repaired text over the original, in colour (also into a pipe, for less -R); "
            "unified: a plain diff -u; auto: inline on a terminal, unified otherwise.",
        ),
    ] = DiffView.auto,
    encoding: Encoding = None,
    number_spacing: NumberSpacingOption = NumberSpacing.remove,
    layout: LayoutOption = Layout.auto,
    **flags: bool,
) -> None:
    """Show FILE's repairs over the original text (a unified diff in a pipe).

    Joined lines, removed doubled runs and spaces, added breaks, where articles start. Removed text is [red strike]red[/], inserted [green]green[/], a joined line break
    [red]⏎[/], a removed space [red]·[/], a new block [green]¶[/]. Conversion (--convert) is not
    shown. [bold]declump explain[/] lists the same changes with their reasons.
    """
    with guarded():
        config = build_config(ctx, encoding=encoding, number_spacing=number_spacing, layout=layout, **flags)
        check_stdin([file])

        from declump.diff import diff_text, unified_diff

        def work(name: str) -> None:
            result = diff_text(read_input(name, config.encoding), config, source=source_name(name))
            inline = view is DiffView.inline or (view is DiffView.auto and sys.stdout.isatty())
            if inline:
                print_diff(result, force_colour=view is DiffView.inline)
            else:
                write_stdout("".join(unified_diff(result.original, result.repaired, result.source)))

        for_each_input([file], work)


@app.command("config")
@with_step_flags
def show_config(
    ctx: typer.Context,
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {"file": …, "settings": {…}, "sources": {…}} for tools.')
    ] = False,
    encoding: Encoding = None,
    number_spacing: NumberSpacingOption = NumberSpacing.remove,
    convert: Convert = None,
    layout: LayoutOption = Layout.auto,
    **flags: bool,
) -> None:
    """Print the settings in effect here and where each comes from.

    Settings are read from the nearest [bold]declump.toml[/], or [bold]\\[tool.declump][/] in a
    pyproject.toml, in this folder or above; options given on the command line win.
    """
    with guarded():
        settings = load_settings(
            ctx, encoding=encoding, number_spacing=number_spacing, convert=convert, layout=layout, **flags
        )
        values = dataclasses.asdict(settings.config)
        if as_json:
            payload = {
                "file": str(settings.path) if settings.path else None,
                "settings": values,
                "sources": {name: settings.source(name) for name in values},
            }
            write_stdout(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        elif sys.stdout.isatty():
            print_settings(settings, values)
        else:
            write_stdout(settings_toml(settings, values))


def toml_value(value: Any) -> str:
    """A setting as TOML; None (not set) as the empty string, which a file reads as none.

    >>> [toml_value(v) for v in (True, "keep", None, 0.25)]
    ['true', '"keep"', '""', '0.25']
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return '""'
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def settings_toml(settings: Settings, values: dict[str, Any]) -> str:
    """``name = value`` lines, valid as a declump.toml; a comment names non-default sources."""
    origin = str(settings.path) if settings.path else "no configuration file"
    lines = [f"# declump {__version__} settings in effect ({origin})"]
    for name, value in values.items():
        source = settings.source(name)
        comment = f"  # {source}" if source != "default" else ""
        lines.append(f"{name} = {toml_value(value)}{comment}")
    return "\n".join(lines) + "\n"


def print_settings(settings: Settings, values: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    title = f"settings from {settings.path}" if settings.path else "settings (no declump.toml or [tool.declump] found)"
    table = Table(title=escape(title), title_justify="left")
    table.add_column("setting", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("from", overflow="fold")
    for name, value in values.items():
        source = settings.source(name)
        style = None if source == "default" else "bold"
        table.add_row(name, toml_value(value), source, style=style)
    Console(file=sys.stdout).print(table)


def print_diff(result: TextDiff, *, force_colour: bool = False) -> None:
    """The repaired text over the original, coloured: what ``declump diff`` shows on a terminal."""
    from rich.console import Console
    from rich.text import Text

    from declump.diff import HunkKind

    console = Console(file=sys.stdout, force_terminal=force_colour or None, highlight=False, soft_wrap=True)
    out = Text()
    out.append(f"{result.source or '<stdin>'}: {result.summary()}\n", style="bold")
    out.append("removed ", style="red strike")
    out.append(" inserted ", style="green")
    out.append(" ⏎ joined line break  · removed space  ¶ new block\n\n", style="dim")
    article = 0
    for hunk in result.hunks:
        kind = hunk.kind
        if kind is HunkKind.SAME:
            out.append(hunk.before)
        elif kind is HunkKind.JOIN:
            out.append(visible(hunk.before.replace(" ", "·")), style="red")
            if hunk.after:
                out.append(hunk.after, style="green")
        elif kind is HunkKind.SPACE:
            out.append(visible(hunk.before).replace(" ", "·"), style="red")
        elif kind is HunkKind.REMOVE:
            out.append(visible(hunk.before), style="red strike")
        elif kind is HunkKind.INSERT:
            out.append(hunk.after, style="green")
        elif kind is HunkKind.BREAK:
            out.append("¶", style="bold green")
            out.append(hunk.after)
        elif kind is HunkKind.ARTICLE:
            article += 1
            if out.plain and not out.plain.endswith("\n"):
                out.append("\n")
            out.append(f"━━ article {article}: {hunk.after} ━━", style="bold cyan")
            out.append("\n")
        elif kind is HunkKind.PAGE:
            if not out.plain.endswith("\n"):
                out.append("\n")
            out.append("── page break ──\n", style="dim")
    if not out.plain.endswith("\n"):
        out.append("\n")
    console.print(out, end="")


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

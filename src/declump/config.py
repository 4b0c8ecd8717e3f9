"""Settings and the one ordered registry of repair steps.

The names in :data:`STEPS` are at the same time the boolean fields of :class:`Config`, the
``step`` of every :class:`~declump.model.Change` that ``explain`` shows, and the CLI's
``--no-<step>`` flags. A test checks that the three agree.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from declump.errors import UsageError


@dataclass(frozen=True)
class Step:
    name: str
    doc: str


#: Every repair step, in the order the pipeline runs them.
STEPS: tuple[Step, ...] = (
    Step("normalise", "unify newlines and odd spaces; drop zero-width and control characters"),
    Step("decolumnize", "cut side-by-side columns of layout text apart, in reading order"),
    Step("undouble", "remove fake-bold doubled runs from headline lines"),
    Step("despace", "remove spaces pdftotext put between CJK characters and around numbers"),
    Step("rejoin", "join lines broken at the column edge back into paragraphs"),
    Step("dehyphenate", "rejoin Latin words hyphenated at a line end"),
    Step("segment", "split a page into articles and attach headlines and captions"),
    Step("reassemble", "join paragraph pieces that pdftotext printed apart"),
)

STEP_NAMES: tuple[str, ...] = tuple(step.name for step in STEPS)

#: Settings that take one of a few words (``convert`` is checked against
#: :data:`declump.convert.CONVERSIONS`; an empty string means none).
CHOICES: dict[str, tuple[str, ...]] = {
    "layout": ("auto", "on", "off"),
    "number_spacing": ("remove", "keep"),
}


@dataclass(frozen=True)
class Config:
    """Every setting of declump. Each field has a default; flags and config files override."""

    # -- steps (one switch per entry of STEPS) ---------------------------------------------
    normalise: bool = True  # unify newlines and odd spaces; drop invisible characters
    decolumnize: bool = True  # cut side-by-side columns apart (only on layout text)
    undouble: bool = True  # remove fake-bold doubled runs
    despace: bool = True  # remove spaces between CJK characters
    rejoin: bool = True  # join broken lines into paragraphs
    dehyphenate: bool = True  # rejoin hyphenated Latin words
    segment: bool = True  # find articles (split only)
    reassemble: bool = True  # join paragraph pieces printed apart

    # -- behaviour ---------------------------------------------------------------------------
    layout: str = "auto"  # auto | on | off: is the input layout text (side-by-side columns)?
    number_spacing: str = "remove"  # remove | keep: spaces between digits and CJK (8 月 → 8月)
    convert: str | None = None  # OpenCC conversion applied after repair (s2t, t2s, …)
    encoding: str | None = None  # input encoding; None: detect

    # -- thresholds ------------------------------------------------------------------------
    # Share of a page's lines that must be cut by a gutter (aligned runs of spaces) before
    # the page counts as layout text; reading-order pdftotext has almost none.
    layout_line_share: float = 0.25

    def enabled(self, step: str) -> bool:
        return bool(getattr(self, step))

    def replace(self, **overrides: Any) -> "Config":
        return dataclasses.replace(self, **overrides)


def make_config(config: Config | None = None, **overrides: Any) -> Config:
    """The entry points' ``config=None, **overrides`` convention in one place."""
    base = config or Config()
    unknown = set(overrides) - {f.name for f in dataclasses.fields(Config)}
    if unknown:
        raise TypeError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return base.replace(**overrides) if overrides else base


#: Files a configuration is read from, nearest folder first; in pyproject.toml the
#: settings live in the ``[tool.declump]`` table, in declump.toml at the top level.
CONFIG_FILES = ("declump.toml", "pyproject.toml")


def find_config_file(start: Path | None = None) -> Path | None:
    """The nearest declump.toml, or pyproject.toml with a [tool.declump] table, from
    ``start`` (default: the current folder) upward."""
    folder = (start or Path.cwd()).resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_declump_table(candidate)):
                return candidate
    return None


def _has_declump_table(path: Path) -> bool:
    try:
        return "declump" in _read_toml(path).get("tool", {})
    except UsageError:
        return False


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise UsageError(f"cannot read settings from {path}: {err}", hint="fix or remove the file") from err


def settings_from_file(path: Path) -> dict[str, Any]:
    """The settings a configuration file holds, checked against :class:`Config`.

    Step switches are written as in Config (``undouble = false``); dashes in names are
    accepted too (``number-spacing = "keep"``).
    """
    data = _read_toml(path)
    table = data.get("tool", {}).get("declump", {}) if path.name == "pyproject.toml" else data
    fields = {f.name: f for f in dataclasses.fields(Config)}
    settings: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in fields:
            raise UsageError(f"unknown setting {key!r} in {path}", hint=f"known: {', '.join(fields)}")
        default = getattr(Config(), name)
        expected = type(default) if default is not None else str
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            if not (expected is float and isinstance(value, int) and not isinstance(value, bool)):
                raise UsageError(f"setting {key!r} in {path} must be {expected.__name__}, not {value!r}")
        choices = _choices(name)
        if choices and value and value not in choices:
            raise UsageError(f"setting {key!r} in {path} is {value!r}", hint=f"use one of: {', '.join(choices)}")
        settings[name] = value if value != "" or name not in ("convert", "encoding") else None
    return settings


def _choices(name: str) -> tuple[str, ...]:
    if name == "convert":
        from declump.convert import CONVERSIONS

        return CONVERSIONS
    return CHOICES.get(name, ())


def load_config(start: Path | None = None, **overrides: Any) -> tuple[Config, Path | None]:
    """Settings in effect: defaults, then the nearest configuration file, then ``overrides``
    (what the command line says). Returns the config and the file it read, if any."""
    path = find_config_file(start)
    settings = settings_from_file(path) if path else {}
    settings.update(overrides)
    return make_config(**settings), path

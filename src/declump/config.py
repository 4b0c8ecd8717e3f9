"""Settings and the one ordered registry of repair steps.

The names in :data:`STEPS` are at the same time the boolean fields of :class:`Config`, the
``step`` of every :class:`~declump.model.Change` that ``explain`` shows, and the CLI's
``--no-<step>`` flags. A test checks that the three agree.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


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
    # Share of a page's lines that must show a gutter (a run of >= gutter_min_spaces spaces)
    # before the page counts as layout text; reading-order pdftotext has almost none.
    layout_line_share: float = 0.25
    gutter_min_spaces: int = 3
    # A doubled run must be this many characters long on a body-like line before it counts
    # as fake bold; headline-like lines that factor completely need no minimum.
    min_doubled_run: int = 2

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

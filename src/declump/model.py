"""The document model every stage of the pipeline reads and writes.

A page is a list of :class:`Line` (its text plus where it stood in the input); the line
repairs return new lines, the rejoin stage turns lines into :class:`Block` s (paragraphs,
headline lines, captions, section labels), and segmentation groups blocks into
:class:`Article` s. Every stage reports what it changed as :class:`Change` records in a
:class:`ChangeLog`, which is what ``declump explain`` shows and what the conservation check
reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Change:
    """One repair: which step, where in the input, the text before and after, and why."""

    step: str
    line: int  # 1-based number of the input line it happened on (0: not tied to one line)
    before: str
    after: str
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {
            "step": self.step,
            "line": self.line,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
        }


class ChangeLog:
    """Collects changes when enabled; when disabled, recording costs one attribute test."""

    __slots__ = ("enabled", "changes")

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.changes: list[Change] = []

    def record(self, step: str, line: int, before: str, after: str, reason: str) -> None:
        if self.enabled and before != after:
            self.changes.append(Change(step, line, before, after, reason))

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self):
        return iter(self.changes)


#: A log that records nothing, for callers that do not want explanations.
def null_log() -> ChangeLog:
    return ChangeLog(enabled=False)


@dataclass
class Line:
    """One line of a page as the pipeline sees it."""

    text: str
    number: int  # 1-based line number in the decoded, normalised input
    gaps: int = 0  # spaces despace removed: each stood for a visible gap on the page
    bold: bool = False  # printed in fake bold (doubled runs): a headline line
    spaced: bool = False  # letter-spaced: a justified line that did not fill its width otherwise


def in_clean_form(lines: list[Line]) -> bool:
    """Text already in declump's clean form: two or more non-blank lines, each after the
    first standing after a blank line (every line a block of its own). Repairing it again
    must change nothing.

    >>> in_clean_form([Line("标题", 1), Line("", 2), Line("正文。", 3)])
    True
    """
    texts = 0
    blank_before = True
    for line in lines:
        if line.text.strip():
            if not blank_before:
                return False
            texts += 1
            blank_before = False
        else:
            blank_before = True
    return texts > 1


def blocks_in_clean_form(blocks: list[Block]) -> bool:
    """Blocks read from text already in declump's clean form: one line per block, blank
    lines between. Its blocks are whole paragraphs and headlines: nothing is cut or joined."""
    return all(len(b.lines) <= 1 for b in blocks) and all(b.gap_before for b in blocks[1:])


class BlockKind(str, Enum):
    """What a block is. The values are the words used in JSON and in explain."""

    PARAGRAPH = "paragraph"
    HEADLINE = "headline"
    CAPTION = "caption"
    SECTION = "section"
    JUMP = "jump"  # a continuation line such as （下转第二版）


@dataclass
class Block:
    """A unit of output: one paragraph, headline line, caption or section label."""

    kind: BlockKind
    text: str
    lines: list[Line] = field(default_factory=list)
    width: float = 0.0  # display width of the column the block was set in (0: unknown)
    gap_before: bool = False  # a blank line stood before the block in the input
    # Offsets in ``text`` where rejoin joined two lines on weak evidence (a line with no
    # sentence end, then a gap or an indented line): where reassembly may cut if a piece
    # printed elsewhere continues the text before the seam far better.
    seams: list[int] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.lines[0].number if self.lines else 0


@dataclass
class Article:
    """One story: its headline lines, lead, paragraphs and captions."""

    headlines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline: str | None = None
    page: int = 1
    continues: str | None = None
    title_index: int = 0  # which headline line is the main title (kicker before it)

    @property
    def title(self) -> str | None:
        if not self.headlines:
            return None
        return self.headlines[min(self.title_index, len(self.headlines) - 1)]

    def as_dict(self) -> dict[str, object]:
        return {
            "headlines": list(self.headlines),
            "title": self.title,
            "byline": self.byline,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "page": self.page,
            "continues": self.continues,
        }


@dataclass
class Page:
    """One page of input (pages are separated by form feeds)."""

    number: int
    blocks: list[Block] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    other: list[Block] = field(default_factory=list)


@dataclass
class Document:
    """The result of running the pipeline over one input."""

    source: str
    pages: list[Page] = field(default_factory=list)
    log: ChangeLog = field(default_factory=null_log)

    @property
    def changes(self) -> list[Change]:
        return self.log.changes

"""Normalise decoded text before any repair.

PDF extractors and copy-paste leave characters that look like nothing or like a plain space
but defeat every later rule: Windows and old Mac line ends, no-break and ideographic spaces,
zero-width spaces, stray control characters. This step maps them to plain spaces and ``\\n``
and drops the invisible ones, so the line repairs see one kind of space and one kind of line
end. Form feeds stay: they separate pages. Leading spaces stay: layout text lines up its
columns with them. Full-width punctuation and curly quotes are content, not noise, and stay.

Every line this step changes is recorded with step ``normalise``, so each dropped character
is accounted for.
"""

from __future__ import annotations

import re

from declump.model import ChangeLog

STEP = "normalise"

#: Characters that stand for a line end: old Mac CR, NEL, and Unicode line/paragraph
#: separators (from copy-paste out of some viewers).
_LINE_ENDS = re.compile("\r\n?|[\x85\u2028\u2029]")

#: Spaces of every width become one ASCII space (layout columns count characters).
SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

#: Zero-width characters: invisible, and they split words and CJK runs apart.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

#: The zero-width (non-)joiner is text inside other scripts: ZWJ glues emoji into one
#: picture (👨‍👩‍👧), ZWNJ is part of Persian and Indic spelling. Between such characters it
#: stays; next to CJK, ASCII, a space or a line end (where extraction leaves it) it goes.
JOINERS = "\u200c\u200d"
_SCRIPT = (
    "[^\x00-\x7f\\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
    "\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\ufeff]"
)
_NOISE_JOINER = re.compile(f"(?<!{_SCRIPT})[{JOINERS}]|[{JOINERS}](?!{_SCRIPT})")

#: C0 and C1 control characters, except newline, tab (a space above) and form feed (pages).
CONTROLS = "".join(
    chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)) if chr(c) not in "\n\t\f\x85"
)

_REPLACEMENT = {**{ch: " " for ch in SPACES}, **{ch: "" for ch in ZERO_WIDTH + CONTROLS}}
_ODD = re.compile("[" + re.escape(SPACES + ZERO_WIDTH + CONTROLS) + "]")
_ODD_BUT_JOINERS = re.compile("[" + re.escape(SPACES + ZERO_WIDTH.replace("\u200c", "").replace("\u200d", "") + CONTROLS) + "]")
# Only from the first space of a run: "[ ]+$" alone tries every space of a long run that
# does not end the line, quadratic in the run.
_TRAILING = re.compile(r"(?<![ ])[ ]+$", re.MULTILINE)
_SPACE_CHARS = frozenset(SPACES)
_ZERO_WIDTH_CHARS = frozenset(ZERO_WIDTH)


def normalise_text(text: str, log: ChangeLog) -> str:
    r"""Unify line ends and spaces; drop zero-width and control characters.

    >>> normalise_text("本报讯\u3000８月\r\n城\u200b市  \r\n\fpage 2\tend", ChangeLog(False))
    '本报讯 ８月\n城市\n\x0cpage 2 end'
    >>> normalise_text("城\u200d市 👨\u200d👩\u200d👧", ChangeLog(False)) == "城市 👨\u200d👩\u200d👧"
    True
    """
    text, line_ends = _LINE_ENDS.subn("\n", text)
    if line_ends and log.enabled:
        log.record(STEP, 0, "\r\n", "\n", f"unified {line_ends} Windows/Mac line end(s) to LF")
    if not _ODD.search(text) and not _TRAILING.search(text):
        return text
    if not log.enabled:
        return _TRAILING.sub("", _replace_odd(text))
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        fixed = _TRAILING.sub("", _replace_odd(line))
        if fixed != line:
            log.record(STEP, number, line, fixed, _reason(line))
        out.append(fixed)
    return "\n".join(out)


def _replace_odd(text: str) -> str:
    # str.replace per distinct odd character: on CJK text several times faster than
    # str.translate, which goes through a dict lookup for every character.
    if "\u200c" in text or "\u200d" in text:
        text = _NOISE_JOINER.sub("", text)
    for ch in set(_ODD_BUT_JOINERS.findall(text)):
        text = text.replace(ch, _REPLACEMENT[ch])
    return text


def _reason(line: str) -> str:
    """Say what was done to a line, naming the code points that were dropped."""
    found = set(_ODD_BUT_JOINERS.findall(line)) | set(_NOISE_JOINER.findall(line))
    reasons = []
    if found & _SPACE_CHARS:
        names = ", ".join(sorted(f"U+{ord(ch):04X}" for ch in found & _SPACE_CHARS))
        reasons.append(f"odd spaces ({names}) made plain spaces")
    dropped = found - _SPACE_CHARS
    if dropped & _ZERO_WIDTH_CHARS:
        names = ", ".join(sorted(f"U+{ord(ch):04X}" for ch in dropped & _ZERO_WIDTH_CHARS))
        reasons.append(f"zero-width characters ({names}) removed")
    if dropped - _ZERO_WIDTH_CHARS:
        names = ", ".join(sorted(f"U+{ord(ch):04X}" for ch in dropped - _ZERO_WIDTH_CHARS))
        reasons.append(f"control characters ({names}) removed")
    if _TRAILING.search(_replace_odd(line)):
        reasons.append("trailing spaces removed")
    return "; ".join(reasons)

"""Character classes and display widths shared by every stage.

Newspaper text mixes CJK ideographs, full-width punctuation, Latin words and digits. The
repairs need to know which is which (a space between two ideographs is an artefact, a space
between two Latin words is not) and how wide a line is on the printed page.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Ideographs and the scripts set like them (kana, hangul), plus compatibility ideographs.
_CJK_RANGES = (
    "\u2e80-\u2fdf"  # radicals
    "\u3040-\u30ff"  # kana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff"  # ideographs
    "\uac00-\ud7af"  # hangul
    "\uf900-\ufaff"
    "\U00020000-\U0003ffff"
)
# Full-width punctuation as Chinese typesetting uses it (including the curly quotes,
# dashes and ellipsis that are "ambiguous" width in Unicode but a full em in CJK text).
CJK_PUNCT = "，。、；：？！…—·“”‘’（）《》〈〉「」『』【】〔〕〖〗︰～﹏・"
_CJK_PUNCT_RANGES = "\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe30-\ufe4f"

# Marks only CJK text uses; they never take a space on either side.
FULL_WIDTH_MARKS = "，。、；：？！（）《》〈〉「」『』【】"

CJK_CHAR = f"[{_CJK_RANGES}]"
CJK_OR_PUNCT = f"[{_CJK_RANGES}{_CJK_PUNCT_RANGES}{re.escape(CJK_PUNCT)}]"

_IS_CJK = re.compile(CJK_CHAR)
_HAS_CJK = re.compile(CJK_CHAR)

#: Characters a paragraph can end with (a sentence end, optionally behind a closing mark).
TERMINAL = "。！？!?…"
CLOSERS = "”’」』）)》〉】〕\"'"
_TERMINAL_END = re.compile(f"[{re.escape(TERMINAL)}][{re.escape(CLOSERS)}]*$|[.][\"'”’)]*$")


# Called once per character on hot paths: the answer for the characters of a page is kept.
@lru_cache(maxsize=16384)
def is_cjk(ch: str) -> bool:
    """An ideograph (or kana, hangul).

    >>> is_cjk("城"), is_cjk("，"), is_cjk("a")
    (True, False, False)
    """
    return bool(_IS_CJK.match(ch))


_WORD_CHAR = re.compile(f"{CJK_CHAR}|[^\\W_]")


def word_chars(text: str) -> list[str]:
    """The ideographs, letters and digits of ``text``, in order (punctuation and spaces out).

    >>> "".join(word_chars("“双启动”，2022年 a-b"))
    '双启动2022年ab'
    """
    return _WORD_CHAR.findall(text)


def has_cjk(text: str) -> bool:
    return bool(_HAS_CJK.search(text))


def is_wide_punct(ch: str) -> bool:
    return ch in CJK_PUNCT or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


@lru_cache(maxsize=4096)
def _char_width(ch: str) -> float:
    if ch in CJK_PUNCT:
        return 1.0
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    return 0.5


# The characters most text is made of, whose widths need no lookup: ASCII (½ em) and the
# common full-width blocks (1 em: ideographs, CJK punctuation, full-width forms). A text
# with any other character is measured one character at a time.
_UNCOMMON = re.compile("[^\x00-\x7f\u3001-\u303e\u4e00-\u9fff\uff01-\uff60" + re.escape(CJK_PUNCT) + "]")


def compact(text: str) -> str:
    """``text`` with every space left out (how text is compared across line and block ends)."""
    return "".join(text.split())


def display_width(text: str) -> float:
    """Width of ``text`` in ems of the page: ideographs and CJK punctuation 1, the rest ½.

    >>> display_width("8 月 16 日")
    5.0
    """
    ascii_count = len(text.encode("ascii", "ignore"))
    if ascii_count == len(text):
        return ascii_count * 0.5
    if _UNCOMMON.search(text) is None:
        return len(text) - ascii_count * 0.5
    return sum(_char_width(ch) for ch in text)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (maybe behind a closing quote).

    >>> ends_sentence("“双启动”。"), ends_sentence("要加强组织领导，"), ends_sentence("说：“好。”")
    (True, False, True)
    """
    return bool(_TERMINAL_END.search(text.rstrip()))


#: Marks that close or continue a sentence: text opening with one starts mid-sentence.
CLOSED_START = "，。、；：？！）》”’」』】…%,.;:?!)"


def starts_mid_sentence(text: str) -> bool:
    """Whether ``text`` opens in the middle of a sentence: on a mark that closes or goes on
    (，。）”), or on a lower-case Latin word.

    >>> starts_mid_sentence("，让群众满意。"), starts_mid_sentence("through the middle"), starts_mid_sentence("本报讯")
    (True, True, False)
    """
    text = text.lstrip()
    return bool(text) and (text[0] in CLOSED_START or ("a" <= text[0] <= "z"))


def cjk_share(text: str) -> float:
    """Share of the non-space characters that are CJK ideographs or CJK punctuation."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 0.0
    return sum(1 for ch in chars if is_cjk(ch) or is_wide_punct(ch)) / len(chars)

"""Signs in the text itself that open an article or close a caption.

A news story opens with a lead (本报讯, 本报北京2月5日电（记者…）, 新华社…电, （记者…）) or, in
Latin papers, a byline (``By Jane Smith``) or a dateline (``LONDON —``); a photo caption
ends with a credit (``吴昊 摄``, ``(Jane Smith/Reuters)``). Rejoin uses them to break blocks,
segmentation to start articles and to recognise captions: both read them from here.
"""

from __future__ import annotations

import re

from declump.text import ends_sentence

#: The lead of a Chinese story, with the reporters in brackets where they follow (in
#: simplified or traditional characters).
#: (据…报道 is not one: inside stories it opens paragraphs far more often than stories.)
CJK_LEAD = re.compile(
    r"^\s*(?:(?:本报讯|本報訊|新华社电|新華社電)\s*(?:[（(][^）)]{1,30}[）)])?"
    r"|[据據]?(?:本报|本報|新华社|新華社|中新社)[^，。\s（(]{1,16}[电電]\s*(?:[（(][^）)]{1,30}[）)])?"
    r"|本[报報][记記]者\s*[^\s，。]{2,12}"
    r"|[（(][记記]者[^）)]{1,30}[）)])"
)

_NAME = r"(?:[A-Z][\w'’.-]*|Mc\w+|de|van|von|der|da|di|le|la|du)"
#: ``By Jane Smith``, ``By JOHN CLARKE AND JOHN``, ``By Jane Smith, Arts reporter``.
LATIN_BYLINE = re.compile(
    rf"^By {_NAME}(?: (?:{_NAME}|and|AND|&))*,?(?: [A-Z][a-z]+(?: [A-Za-z]+){{0,3}})?$"
)
#: ``LONDON —``, ``LOS ANGELES - Lord of``, ``EDINBURGH (PA) -``, ``PARIS (Reuters) —``.
LATIN_DATELINE = re.compile(r"^[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}(?: \([A-Za-z .]+\))? [—–-](?: |$)")
#: The agency half of a dateline wrapped onto its own line: ``(Reuters) —``.
DATELINE_AGENCY = re.compile(r"^\([A-Za-z .]+\) [—–-](?: |$)")

#: A caption's photo credit or opening: ``吴昊 摄``, ``新华社发``, ``图为…``, ``(…/Reuters)``.
CAPTION_MARK = re.compile(
    r"(?:\s[摄攝]|[摄攝]影|供[图圖]|[资資]料[图圖]片|新[华華]社[发發])\s*[）)]?\s*$"
    r"|^[图圖][为為]"
    r"|\((?:[^()]*(?:Images|Photo|Getty|AP|Reuters|AFP|PA|EPA)[^()]*)\)\s*$"
    r"|(?:Photograph|Picture|Photo):\s*[^.]+$"
    r"|\b(?:Reuters|AFP|AP|PA|EPA|Getty Images)/[A-Z][\w'’. -]{1,40}$"
)

#: A line that is only a photo credit: a name or two and 摄 (``李明 摄``, ``王晓东 林甄玉摄``).
CREDIT_LINE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*[摄攝]")

#: Page furniture: the date line (``2019年7月16日 星期六``), a page number, a running head.
PAGE_FURNITURE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"
    r"|第\s*\d+\s*版|[A-Z][\w '’&.-]+, (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),.*\d{4})\s*$"
)
#: A subtitle under a headline: ``——写在…五周年``, ``——访…代表罗世礼`` (a dash, no sentence).
SUBTITLE = re.compile(r"^——[^，。；！？]{2,40}$")


def is_byline(text: str) -> bool:
    """A Latin byline: ``By`` and a name or two, maybe a role after a comma.

    >>> is_byline("By JOHN SMITH AND"), is_byline("By March, the firm had sold it all.")
    (True, False)
    """
    return bool(LATIN_BYLINE.match(text)) and not ends_sentence(text)


def starts_article(text: str) -> bool:
    """Whether a line opens a story: a Chinese lead, a Latin byline or dateline.

    >>> starts_article("本报讯（林甄玉 叶建彬）笔"), starts_article("LONDON (Reuters) — Shares")
    (True, True)
    >>> starts_article("By the end of the year"), starts_article("据了解，该项目")
    (False, False)
    """
    text = text.strip()
    return bool(CJK_LEAD.match(text)) or is_byline(text) or bool(LATIN_DATELINE.match(text))

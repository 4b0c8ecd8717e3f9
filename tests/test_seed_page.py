"""The seed page (examples/seed-page.txt) against its gold articles (seed-page.gold.json).

Texts are compared after the benchmark's normalisation, so a space kept or dropped next to
an ideograph does not count: NFC; whitespace next to a CJK character or full-width mark
deleted; other whitespace runs made one space; stripped.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from declump import clean_text, split_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GOLD = EXAMPLES / "seed-page.gold.json"

_WIDE = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
    "“”‘’—…·"
)
_SPACE_NEXT_TO_WIDE = re.compile(rf"\s+(?=[{_WIDE}])|(?<=[{_WIDE}])\s+")
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """The benchmark's text normalisation.

    >>> norm(" 本报讯 8 月 16 日， “ 一药一智 ” is  here ")
    '本报讯8月16日，“一药一智”is here'
    """
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_NEXT_TO_WIDE.sub("", text)
    return _SPACES.sub(" ", text).strip()


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _gold_texts(gold: dict) -> list[str]:
    texts = []
    for article in gold["articles"]:
        texts += article["headlines"] + article["paragraphs"] + article["captions"]
    texts += [item["text"] for item in gold["other"]]
    return texts


def test_gold_has_seven_articles(gold: dict) -> None:
    assert len(gold["articles"]) == 7


def test_clean_blocks_are_the_gold_texts(seed_text: str, gold: dict) -> None:
    blocks = [norm(block) for block in clean_text(seed_text).split("\n\n") if block.strip()]
    expected = [norm(text) for text in _gold_texts(gold)]
    got, want = Counter(blocks), Counter(expected)
    assert got - want == Counter() and want - got == Counter(), (
        f"extra blocks: {list((got - want).elements())}\nmissing blocks: {list((want - got).elements())}"
    )


def _article_key(headlines, paragraphs, captions) -> tuple:
    return (
        tuple(norm(p) for p in paragraphs),
        tuple(sorted(norm(h) for h in headlines)),
        tuple(sorted(norm(c) for c in captions)),
    )


def test_split_gives_the_gold_articles(seed_text: str, gold: dict) -> None:
    document = split_text(seed_text)
    assert len(document.pages) == 1
    page = document.pages[0]
    predicted = {_article_key(a.headlines, a.paragraphs, a.captions) for a in page.articles}
    for number, article in enumerate(gold["articles"], start=1):
        key = _article_key(article["headlines"], article["paragraphs"], article["captions"])
        assert key in predicted, f"gold article {number} ({article['headlines'] or article['paragraphs'][0][:20]}) not found"
    assert len(page.articles) == len(gold["articles"])


def test_split_other_texts(seed_text: str, gold: dict) -> None:
    page = split_text(seed_text).pages[0]
    other = Counter(norm(block.text) for block in page.other)
    for item in gold["other"]:
        assert other[norm(item["text"])] > 0, item["text"]

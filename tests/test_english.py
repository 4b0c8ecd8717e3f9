"""The English word list: loaded only when a hyphen decision needs it, and optional."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from declump import english, latin
from declump.model import ChangeLog

SRC = Path(__file__).resolve().parent.parent / "src"


def test_chinese_pages_do_not_load_the_word_list() -> None:
    code = "import sys, declump; declump.clean_text('城 市 能 级\\n提升。'); print('spellchecker' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == "False"


def test_english_pages_work_without_the_word_list(monkeypatch) -> None:
    # Without pyspellchecker every word is unknown: the page alone decides.
    monkeypatch.setattr(english, "_counts", lambda: lambda word: 0)
    assert latin.dehyphenate("the distribu-", "tion", 1, Counter(), ChangeLog(False)) == "the distribution"
    assert latin.dehyphenate("a large-", "scale plan", 1, Counter(), ChangeLog(False)) == "a largescale plan"
    assert latin.restore_hyphens("a bigbudget film", 1, Counter(), ChangeLog(False), holds_join=True) == "a bigbudget film"


def test_a_long_rare_word_is_a_compound_part() -> None:
    # ``orientated`` is too rare to count as a common word, but a word of the list eight
    # letters long is no syllable: ``money-`` / ``orientated`` keeps its hyphen.
    assert english.count("orientated") < english.MIN_PART_COUNT
    assert english.is_compound("money", "orientated")
    assert latin.dehyphenate("a money-", "orientated club", 1, Counter(), ChangeLog(False)) == "a money-orientated club"
    # A long rest that closes up into a word (``news-`` / ``papers``) or a head that is no
    # word stays one word.
    assert not english.is_compound("disap", "pointment")
    assert latin.dehyphenate("the news-", "papers", 1, Counter(), ChangeLog(False)) == "the newspapers"


def test_british_spellings_in_ence_are_words() -> None:
    # The American dictionary has ``offenses``, ``defense``: ``of-`` / ``fences`` is one word.
    assert english.is_word("offences") and english.is_word("defence")
    assert latin.dehyphenate("doping of-", "fences", 1, Counter(), ChangeLog(False)) == "doping offences"
    assert not english.is_word("zorfences")

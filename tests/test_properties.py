"""Properties of the repair engine (hypothesis): no crash, idempotence, conservation,
nothing invented.

Example counts are kept modest and deadlines off so the suite stays fast and steady on CI.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from declump import clean_text, explain_text
from declump.verify import unaccounted

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces newspaper text is made of: ideographs (a few common ones, so that words repeat and
# doubled runs appear), full-width punctuation, digits, Latin letters, spaces, line breaks,
# blank lines and form feeds.
_IDEOGRAPHS = "城市能级进一步得到提升园区项目建设人民会议召开本报讯月日年"
_PIECES = st.one_of(
    st.text(alphabet=_IDEOGRAPHS, min_size=1, max_size=14),
    st.sampled_from(["。", "，", "“", "”", "、", "（", "）", "：", "！"]),
    st.text(alphabet="0123456789", min_size=1, max_size=4),
    st.text(alphabet="abcdefghij-", min_size=1, max_size=8),
    st.sampled_from([" ", "  ", "\n", "\n", "\n\n", "\f", "\u3000", "\u200b"]),
)


@st.composite
def newspaper_text(draw) -> str:
    pieces = draw(st.lists(_PIECES, max_size=60))
    # Now and then print a piece twice, as fake bold does.
    if pieces and draw(st.booleans()):
        i = draw(st.integers(0, len(pieces) - 1))
        pieces.insert(i, pieces[i])
    return "".join(pieces)


def _non_space(text: str) -> set[str]:
    return {ch for ch in text if not ch.isspace()}


# -- no crash ------------------------------------------------------------------------------


@SETTINGS
@given(st.text())
def test_no_crash_on_any_text(text: str) -> None:
    assert isinstance(clean_text(text), str)


@SETTINGS
@given(newspaper_text())
def test_no_crash_on_newspaper_like_text(text: str) -> None:
    assert isinstance(clean_text(text), str)


# -- idempotence ---------------------------------------------------------------------------


# Derandomized so that CI shows the same result on every run; the fuzz harness
# (fuzz/fuzz_clean.py) searches the same property at random for far longer.
@settings(derandomize=True, max_examples=200, deadline=None)
@given(newspaper_text())
def test_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@pytest.mark.parametrize("text", ["一一一一人\n一一人", "0 “\n一"], ids=["doubled", "space"])
def test_idempotent_when_joined_lines_need_a_repair(text: str) -> None:
    # Joined, the lines factor into doubled runs, or a space comes to touch an ideograph.
    once = clean_text(text)
    assert clean_text(once) == once


@pytest.mark.parametrize("text", ["0\n。。一", "一。。\n0", "总投资达到了2022\n”。他说", "一一。。\n。。一"])
def test_join_before_punctuation_only_start(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


def test_repeated_doubling_halves_again() -> None:
    once = clean_text("园区美园区美园区美园区美")
    assert clean_text(once) == once


def test_idempotent_on_seed_page(seed_text: str) -> None:
    once = clean_text(seed_text)
    assert clean_text(once) == once


# -- conservation --------------------------------------------------------------------------


def _assert_conserved(text: str) -> None:
    output, changes = explain_text(text)
    lost, invented = unaccounted(text, output, changes)
    assert (lost, invented) == (Counter(), Counter()), changes


@SETTINGS
@given(st.text())
def test_conservation_on_any_text(text: str) -> None:
    _assert_conserved(text)


@SETTINGS
@given(newspaper_text())
def test_conservation_on_newspaper_like_text(text: str) -> None:
    _assert_conserved(text)


def test_conservation_on_seed_page(seed_text: str) -> None:
    _assert_conserved(seed_text)


def test_conservation_counts_dropped_control_characters() -> None:
    # normalise drops the zero-width space and the control character and records it.
    _assert_conserved("城\u200b市\x07能级\n")


# -- nothing invented ----------------------------------------------------------------------


@SETTINGS
@given(st.text())
def test_nothing_invented_on_any_text(text: str) -> None:
    assert _non_space(clean_text(text)) <= _non_space(text)


@SETTINGS
@given(newspaper_text())
def test_nothing_invented_on_newspaper_like_text(text: str) -> None:
    assert _non_space(clean_text(text)) <= _non_space(text)

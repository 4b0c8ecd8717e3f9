"""Character widths: the fast paths of display_width measure what the per-character rule does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from declump.text import _char_width, display_width

_MIXED = st.text(alphabet=st.sampled_from("城市，。“”（）—…·８Ａａ a1 %ｶ한カ\u3000\u303f\uff61\U00020000😀é"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), _MIXED))
def test_display_width_is_the_sum_of_character_widths(text: str) -> None:
    assert display_width(text) == sum(_char_width(ch) for ch in text)


def test_every_character_alone() -> None:
    for code in [*range(0x20, 0xD800, 7), *range(0xE000, 0x10000, 3), *range(0x1F300, 0x1F700, 5)]:
        ch = chr(code)
        assert display_width(ch) == _char_width(ch), hex(code)

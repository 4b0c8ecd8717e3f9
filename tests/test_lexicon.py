"""The word list behind the "a word spans the seam" evidence."""

from __future__ import annotations

from declump.lexicon import spans_word, words


def test_list_holds_common_words_of_two_to_four_ideographs() -> None:
    known = words()
    assert {"途中", "体现", "遗传", "基础设施"} <= known
    assert all(2 <= len(word) <= 4 for word in known)
    assert len(known) > 10_000


def test_a_word_across_the_seam_in_any_split() -> None:
    assert spans_word("送信途", "中")  # 1 + 1
    assert spans_word("加强基础", "设施建设")  # 2 + 2
    assert spans_word("加强基", "础设施")  # 1 + 3


def test_no_word_across_a_paragraph_end() -> None:
    assert not spans_word("走入人们的生活", "今年春节")
    assert not spans_word("", "中")
    assert not spans_word("the road", "ahead")

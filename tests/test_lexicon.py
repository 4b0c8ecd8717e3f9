"""The word list behind the "a word spans the seam" evidence."""

from __future__ import annotations

import math

from declump.lexicon import seam_gain, spans_word, words


def test_list_holds_common_words_of_one_to_four_ideographs_with_their_probability() -> None:
    known = words()
    assert {"途中", "体现", "遗传", "基础设施", "中", "国"} <= known.keys()
    assert all(1 <= len(word) <= 4 for word in known)
    assert len(known) > 10_000
    assert all(value < 0 for value in known.values())
    assert math.isclose(math.fsum(math.exp(value) for value in known.values()), 1.0)
    assert known["中国"] > known["民国"]


def test_a_seam_cutting_a_word_reads_likelier_joined() -> None:
    assert seam_gain("实现多个进入中", "国市场的") > 5  # 进入 中国 市场
    assert seam_gain("她把送信途", "中收集到") > 5  # 途中


def test_a_word_across_the_seam_that_a_likelier_reading_avoids_gains_nothing() -> None:
    # 民国 spans the seam, but 世界 各国 人民 | 国 市场 reads likelier than 人 民国 市场.
    assert spans_word("世界各国人民", "国市场的")
    assert seam_gain("世界各国人民", "国市场的") == 0.0


def test_no_gain_without_ideographs_on_both_sides() -> None:
    assert seam_gain("无可厚非，", "体现了") == 0.0
    assert seam_gain("the road", "ahead") == 0.0
    assert seam_gain("", "中") == 0.0


def test_a_word_across_the_seam_in_any_split() -> None:
    assert spans_word("送信途", "中")  # 1 + 1
    assert spans_word("加强基础", "设施建设")  # 2 + 2
    assert spans_word("加强基", "础设施")  # 1 + 3


def test_no_word_across_a_paragraph_end() -> None:
    assert not spans_word("走入人们的生活", "今年春节")
    assert not spans_word("", "中")
    assert not spans_word("the road", "ahead")


def test_a_character_stands_alone_only_where_the_likeliest_reading_makes_it_a_word() -> None:
    from declump.lexicon import stands_alone

    assert stands_alone("他们说的", at_end=True)  # 他们 说 的
    assert not stands_alone("找准方向", at_end=True)  # 方向: 向 ends a word
    assert stands_alone("了一番", at_end=False)
    assert not stands_alone("地方财政", at_end=False)  # 地方: 地 starts a word
    assert stands_alone("，", at_end=True)  # no ideograph: nothing to read

"""Decolumnize: side-by-side columns of layout text cut apart and read in order."""

import re
import time
import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from declump import layout
from declump.config import Config
from declump.layout import decolumnize, is_layout_text
from declump.model import ChangeLog, Line
from declump.pipeline import clean_text


def page(text: str) -> list[Line]:
    return [Line(t, i) for i, t in enumerate(text.split("\n"), start=1)]


def side_by_side(*columns: list[str], at: list[int], width=len) -> str:
    """Print columns on the same lines, each starting at a fixed position (like -layout).

    ``width`` measures how far a piece of text advances the line: ``len`` for
    ``pdftotext -layout`` (one position per character), display width for tools that pad
    for a terminal.
    """
    rows = max(len(c) for c in columns)
    out = []
    for r in range(rows):
        line = ""
        for column, x in zip(columns, at):
            if r < len(column) and column[r]:
                pad = max(x - width(line), 1 if line else 0)
                line += " " * pad + column[r]
        out.append(line.rstrip())
    return "\n".join(out)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def nonspace(text: str) -> Counter:
    return Counter(re.sub(r"\s", "", text))


def blocks(lines: list[Line]) -> list[str]:
    """The output cut at empty lines, each piece's lines stripped and joined."""
    out, current = [], []
    for line in lines + [Line("", 0)]:
        if line.text.strip():
            current.append(line.text.strip())
        elif current:
            out.append("".join(current))
            current = []
    return out


LEFT = [
    "  我军必须始终以党的",
    "旗帜为旗帜、以党的方",
    "向为方向，以党的意志",
    "为意志。",
    "  依法施训的根本途径",
    "是落实条令法规。",
]
RIGHT = [
    "  一年之计在于春。在",
    "山东枣庄城头镇寨子村，",
    "一场春雪还未停歇，农民",
    "就已开挖畦沟准备播种。",
    "  苗 情 转 化 的 关 键",
    "阶段已经到来。",
]


def test_two_cjk_columns_are_read_one_after_the_other():
    text = side_by_side(LEFT, RIGHT, at=[0, 16])
    out = decolumnize(page(text), Config(), ChangeLog())
    assert texts(out) == LEFT + [""] + RIGHT


def test_paragraph_indent_is_kept_relative_to_the_column_edge():
    text = side_by_side(LEFT, RIGHT, at=[4, 20])
    out = texts(decolumnize(page(text), Config(), ChangeLog()))
    assert out[0] == "  我军必须始终以党的"
    assert out[1] == "旗帜为旗帜、以党的方"
    assert out[out.index("") + 1] == "  一年之计在于春。在"


def test_line_numbers_are_those_of_the_source_lines():
    text = side_by_side(LEFT, RIGHT, at=[0, 16])
    out = decolumnize(page(text), Config(), ChangeLog())
    numbers = [line.number for line in out if line.text]
    assert numbers == list(range(1, 7)) * 2


def test_single_spaces_inside_a_column_are_not_gutters():
    text = side_by_side(LEFT, RIGHT, at=[0, 16])
    out = texts(decolumnize(page(text), Config(), ChangeLog()))
    assert "  苗 情 转 化 的 关 键" in out


LATIN_A = [
    "The council met on",
    "Tuesday to discuss the",
    "new budget for roads",
    "and schools in the",
    "district.",
]
LATIN_B = [
    "Officials said the plan",
    "would cost more than",
    "expected, but most",
    "members backed it in",
    "the end.",
]
LATIN_C = [
    "Weather: rain in the",
    "morning, clearing by",
    "noon with light winds",
    "from the west and",
    "mild temperatures.",
]


def test_three_latin_columns():
    text = side_by_side(LATIN_A, LATIN_B, LATIN_C, at=[0, 26, 52])
    out = decolumnize(page(text), Config(), ChangeLog())
    assert texts(out) == LATIN_A + [""] + LATIN_B + [""] + LATIN_C


def test_spanning_headline_stays_whole_and_comes_first():
    headline = "    Council backs budget after long debate on roads"
    text = headline + "\n\n" + side_by_side(LATIN_A, LATIN_B, at=[0, 26])
    out = decolumnize(page(text), Config(), ChangeLog())
    assert blocks(out)[0] == headline.strip()
    assert blocks(out)[1:] == ["".join(LATIN_A), "".join(LATIN_B)]


def test_cjk_headline_spanning_two_columns_is_not_glued_to_the_first():
    # In character-padded text a CJK headline looks shorter than it is; it still must
    # not become the first line of the column under it.
    headline = "训练监察推动战斗力跃升（金台点兵）"
    text = headline + "\n" + side_by_side(LEFT, RIGHT, at=[0, 22])
    out = decolumnize(page(text), Config(), ChangeLog())
    assert blocks(out)[0] == headline
    assert blocks(out)[1] == "".join(s.strip() for s in LEFT)


def test_fake_bold_staircase_over_a_column_is_one_headline():
    # A fake-bold title printed as a staircase (each copy a little to the right, every line
    # starting with what the last one ended with) over the right column, whose text runs on
    # above and below it: the steps belong together, not to the column they stand over.
    stairs = [
        " " * 20 + "““唤醒",
        " " * 22 + "唤醒””老建筑",
        " " * 26 + "老建筑（（旅人心语",
        " " * 31 + "旅人心语））",
    ]
    text = "\n".join([side_by_side(LEFT, RIGHT, at=[0, 26]), "", *stairs, side_by_side(LEFT, RIGHT, at=[0, 26])])
    out = clean_text(text).split("\n\n")
    assert "“唤醒”老建筑（旅人心语）" in out
    assert not any("旅人" in block for block in out if block != "“唤醒”老建筑（旅人心语）")


def test_region_change_mid_page():
    top = side_by_side(LATIN_A, LATIN_B, at=[0, 26])
    bottom = side_by_side(LATIN_C, LATIN_A, LATIN_B, at=[0, 24, 48])
    text = top + "\n\n   Second story headline across the page\n\n" + bottom
    out = blocks(decolumnize(page(text), Config(), ChangeLog()))
    a, b, c = ("".join(col) for col in (LATIN_A, LATIN_B, LATIN_C))
    assert out == [a, b, "Second story headline across the page", c, a, b]


def test_narrower_caption_column():
    caption = ["Photo: the new", "bridge at dusk.", "(Reuters)"]
    body = LATIN_A + LATIN_B
    text = side_by_side(caption, body, at=[2, 20])
    out = blocks(decolumnize(page(text), Config(), ChangeLog()))
    assert out == ["".join(caption), "".join(body)]


def test_columns_printed_on_alternate_lines_get_no_blank_lines():
    # Baselines offset by half a line: each column has text on every other line only.
    left = [x for line in LEFT for x in (line, "")]
    right = [x for line in RIGHT for x in ("", line)]
    text = side_by_side(left, right, at=[0, 16])
    out = decolumnize(page(text), Config(), ChangeLog())
    assert texts(out) == LEFT + [""] + RIGHT


def test_staggered_columns_over_a_layout_with_a_narrower_gutter():
    # Two columns on alternate lines (baselines offset by half a line), then a story set
    # in narrower columns whose gutter lies inside theirs: the wide gutter above holds.
    left = [x for line in LEFT for x in (line, "")]
    right = [x for line in RIGHT for x in ("", line)]
    upper = side_by_side(left, right, at=[0, 26])
    lower_left = ["本报讯 全县新", "建蔬菜大棚三", "百余座，带动", "周边农户增收。"]
    lower_right = ["村民在大棚里", "采摘新鲜的黄", "瓜，笑声不断", "传遍了山村。"]
    lower = side_by_side(lower_left, lower_right, at=[0, 16])
    out = blocks(decolumnize(page(upper + "\n\n\n" + lower), Config(), ChangeLog()))
    assert out == ["".join(t.strip() for t in column) for column in (LEFT, RIGHT, lower_left, lower_right)]


def _title_pieces(second: str) -> list[list[str]]:
    # A title set in large type wraps onto a second line five lines of the page lower;
    # the column beside it runs on meanwhile.
    left = ["黄坤明在湖北调研时强调守", "", "", "", "", second, ""] + LEFT
    lines = side_by_side(left, RIGHT + RIGHT, at=[0, 30]).split("\n")
    rows = layout._measure(lines)
    frag_rows = layout._cut_rows(rows, layout._find_gutters(rows))
    pieces = layout._link(frag_rows, lines)
    return [[layout._text(f, lines).strip() for f in piece.frags] for piece in pieces]
def test_a_large_titles_wrapped_line_is_linked_to_its_first():
    assert ["黄坤明在湖北调研时强调守", "正创新激发活力"] in [p[:2] for p in _title_pieces("正创新激发活力")]
def test_a_sentence_under_a_title_line_is_not_linked_to_it():
    assert ["黄坤明在湖北调研时强调守"] in _title_pieces("记者日前从会上获悉。")


def test_a_real_gap_in_a_column_is_kept_once():
    left = LEFT[:3] + ["", "", ""] + LEFT[3:]
    text = side_by_side(left, RIGHT + ["另一行", "再一行", "最后一行。"], at=[0, 16])
    out = texts(decolumnize(page(text), Config(), ChangeLog()))
    assert out[:7] == LEFT[:3] + [""] + LEFT[3:]


def test_display_width_padding_is_recognised():
    text = side_by_side(LEFT, RIGHT, at=[0, 28], width=display_width)
    out = decolumnize(page(text), Config(), ChangeLog())
    assert texts(out) == LEFT + [""] + RIGHT


def test_pipeline_reads_layout_text_like_reading_order_text():
    text = side_by_side(LEFT, RIGHT, at=[0, 16])
    reading = "\n".join(LEFT) + "\n\n" + "\n".join(RIGHT)
    assert clean_text(text) == clean_text(reading)


# -- detection ----------------------------------------------------------------------------
READING_ORDER = [
    "\n".join(LEFT + RIGHT),
    "本报讯（林甄玉 叶建彬）8 月 16 日，党工委书记苏孝道主持召开“一药\n一智”产业园建设推进会。\n\n"
    "城 市 能 级 进 一 步 得 到 提\n升。",
    "\n".join(LATIN_A + [""] + LATIN_B),
    "注重体制创新 促进高效运营\n异地群众轻松办异地群众轻松办““跨省通办跨省通办””架桥梁架桥梁",
    "Table 1    2019    2020\n",
    "",
]


@pytest.mark.parametrize("text", READING_ORDER)
def test_reading_order_text_is_not_layout_text(text):
    lines = page(text)
    assert not is_layout_text(lines, Config())
    assert decolumnize(lines, Config(), ChangeLog()) is lines


def test_layout_text_is_detected():
    assert is_layout_text(page(side_by_side(LEFT, RIGHT, at=[0, 16])), Config())


def test_layout_setting_off_and_on():
    text = side_by_side(LEFT, RIGHT, at=[0, 16])
    lines = page(text)
    assert decolumnize(lines, Config(layout="off"), ChangeLog()) is lines
    assert not is_layout_text(lines, Config(layout="off"))
    reading = page("\n".join(LEFT))
    assert is_layout_text(reading, Config(layout="on"))
    assert texts(decolumnize(reading, Config(layout="on"), ChangeLog())) == LEFT


def test_one_change_is_recorded_per_page():
    log = ChangeLog()
    decolumnize(page(side_by_side(LEFT, RIGHT, at=[0, 16])), Config(), log)
    assert len(log) == 1
    change = log.changes[0]
    assert change.step == "decolumnize" and change.line == 1
    assert change.before != change.after
    log = ChangeLog()
    decolumnize(page("\n".join(LEFT)), Config(), log)
    assert len(log) == 0


# -- conservation -------------------------------------------------------------------------
def test_no_character_is_lost_on_a_messy_page():
    text = "\n".join(
        [
            "            标题横跨两栏的大标题（评论）",
            "",
            side_by_side(LEFT, RIGHT, LATIN_A, at=[0, 16, 32]),
            "图片说明文字比较宽一些，跨过了栏间的空白。 摄",
            side_by_side(LATIN_B, LATIN_C, at=[3, 40]),
            "\t tab\tseparated   words  here",
        ]
    )
    out = decolumnize(page(text), Config(layout="on"), ChangeLog())
    assert nonspace("\n".join(texts(out))) == nonspace(text)


WORD = st.text(alphabet="abcdefg春天我们播下希望，。“”1234", min_size=1, max_size=8)
LINE = st.lists(WORD, min_size=0, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    columns=st.lists(st.lists(LINE, min_size=1, max_size=12), min_size=1, max_size=4),
    gaps=st.lists(st.integers(min_value=1, max_value=6), min_size=4, max_size=4),
)
def test_no_character_is_lost_or_invented(columns, gaps):
    at, x = [], 0
    for column, gap in zip(columns, gaps):
        at.append(x)
        x += max((len(line) for line in column), default=0) + gap
    text = side_by_side(*columns, at=at)
    for setting in ("auto", "on"):
        out = decolumnize(page(text), Config(layout=setting), ChangeLog())
        assert nonspace("\n".join(texts(out))) == nonspace(text)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=" \tab春天，。\n", max_size=300))
def test_no_character_is_lost_in_arbitrary_text(text):
    out = decolumnize(page(text), Config(layout="on"), ChangeLog())
    assert nonspace("\n".join(texts(out))) == nonspace(text)


def test_near_linear_on_a_long_page():
    column = (LEFT + RIGHT) * 400
    text = side_by_side(column, list(reversed(column)), column, at=[0, 16, 32])
    start = time.perf_counter()
    out = decolumnize(page(text), Config(), ChangeLog())
    assert time.perf_counter() - start < 5
    assert nonspace("\n".join(texts(out))) == nonspace(text)


# Two columns printed line by line, one space apart (punctuation hanging into a narrow
# gutter makes pdftotext read neighbouring columns line by line).
LEFT_COLUMN = ["会议在园区召开，与会代表围绕", "产业发展、项目建设等议题深入", "交流，提出了许多切实可行的意", "见和建议。"]
RIGHT_COLUMN = ["新建的体育公园本月底对市民开", "放，园里有足球场和跑道，还有", "儿童游乐区和健身步道，周边居", "民都说好。"]


def test_columns_printed_line_by_line_are_read_column_by_column() -> None:
    merged = "\n".join(f"{left} {right}" for left, right in zip(LEFT_COLUMN, RIGHT_COLUMN))
    assert clean_text(merged).split("\n\n") == ["".join(LEFT_COLUMN), "".join(RIGHT_COLUMN)]
    log = ChangeLog()
    decolumnize([Line(t, n) for n, t in enumerate(merged.split("\n"), 1)], Config(), log)
    assert [change.step for change in log.changes] == ["decolumnize"]


def test_two_phrase_lines_alone_are_no_merged_columns() -> None:
    # A kicker of two phrases over a title of two, then body text: two such lines, not a run.
    text = "注重体制创新 促进高效运营\n攻坚突破重点难点 全力提升创建质效\n会议听取了园区项目建设情况汇报。"
    lines = [Line(t, n) for n, t in enumerate(text.split("\n"), 1)]
    assert [line.text for line in decolumnize(lines, Config(), ChangeLog())] == text.split("\n")


def test_years_set_apart_from_ideographs_are_no_merged_columns() -> None:
    # pdftotext prints the quarter em between figures and ideographs as a space: three lines
    # in a row with a year at the same place are one column (a biography), not two.
    text = "孔庆同，1912 年出生，河\n南光山人，1928 年加入中国共\n产党。1937 年秋，他在家乡组\n织抗日游击队。"
    lines = [Line(t, n) for n, t in enumerate(text.split("\n"), 1)]
    assert [line.text for line in decolumnize(lines, Config(), ChangeLog())] == text.split("\n")


def test_columns_printed_in_alternating_lines_are_read_column_by_column() -> None:
    # Words run on from a line into the one after next (提|出, 意|见, 周边居|民), never
    # into the next: two columns, one line each in turn.
    left = ["会议在园区召开，与会代表围绕", "产业发展、项目建设等议题深入", "交流，提出了许多切实可行的意", "见和建议。大家一致认为，园区", "要抓住机遇，加快发展步伐，促", "动产业转型升级，提高发展质量。"]
    right = ["新建的体育公园本月底对市民开", "放，园里有足球场和跑道，还有", "儿童游乐区和健身步道，周边居", "民散步锻炼更加方便了，大家都", "说这是一件大好事，希望以后多", "建一些这样的公园，方便群众。"]
    text = "\n".join(t for pair in zip(left, right) for t in pair)
    assert clean_text(text).split("\n\n") == ["".join(left), "".join(right)]
    # A blank line between two of the lines (a paragraph gap in one column) changes nothing.
    lines = text.split("\n")
    assert clean_text("\n".join(lines[:5] + [""] + lines[5:])).split("\n\n") == ["".join(left), "".join(right)]


def test_paragraphs_a_line_each_are_no_alternating_columns() -> None:
    # The same word evidence (a word runs on into the line after next) in lines as long as
    # whole paragraphs, a blank line between (declump's own output read again): no columns.
    left = ["会议在园区召开，与会代表围绕", "产业发展、项目建设等议题深入", "交流，提出了许多切实可行的意", "见和建议。大家一致认为，园区", "要抓住机遇，加快发展步伐，促", "动产业转型升级，提高发展质量。"]
    right = ["新建的体育公园本月底对市民开", "放，园里有足球场和跑道，还有", "儿童游乐区和健身步道，周边居", "民散步锻炼更加方便了，大家都", "说这是一件大好事，希望以后多", "建一些这样的公园，方便群众。"]
    filler = "，这一段文字很长，讲述了当地近年来的发展变化和群众的生活，" * 2
    lines = [Line(t[:2] + filler + t[2:], n) for n, t in enumerate((t for pair in zip(left, right) for t in pair), 1)]
    spaced = [line for pair in zip(lines, (Line("", 0) for _ in lines)) for line in pair]
    assert [line.text for line in decolumnize(spaced, Config(), ChangeLog())] == [line.text for line in spaced]


def _credit_page(caption_end: str) -> list[str]:
    # A caption across the first column's line, its credit set flush right under it (beyond
    # the caption's last character in a character-padded page), the columns going on below.
    left = ["图为新建的体育公园" + caption_end, "", ""] + LEFT
    lines = side_by_side(left, ["", "", ""] + RIGHT, at=[0, 30]).split("\n")
    lines[1] = " " * 20 + "李明 摄"
    return texts(decolumnize(page("\n".join(lines)), Config(), ChangeLog()))


def test_a_photo_credit_follows_its_caption():
    out = _credit_page("。")
    assert out[:2] == ["图为新建的体育公园。", "李明 摄"]


def test_a_credit_under_a_line_ending_no_sentence_is_not_its_end():
    out = _credit_page("，")
    assert out[:2] != ["图为新建的体育公园，", "李明 摄"]


def _tag_pieces(tag: list[str]) -> list[list[str]]:
    # A fake-bold title (each line printed twice), a title beside it one line lower, and
    # the first title's tag under it printed as a staircase.
    lines = side_by_side(
        ["训练监察推动战斗力跃升", "训练监察推动战斗力跃升", ""] + tag + LEFT,
        ["", "", "中新经贸合作亮点纷呈"] + [""] * len(tag) + RIGHT,
        at=[0, 30],
    ).split("\n")
    rows = layout._measure(lines)
    frag_rows = layout._cut_rows(rows, layout._find_gutters(rows))
    pieces = layout._link(frag_rows, lines)
    return [[layout._text(f, lines).strip() for f in piece.frags] for piece in pieces]


def test_a_titles_tag_printed_as_a_staircase_goes_on_the_title():
    pieces = _tag_pieces(["（（金台点兵", "  金台点兵））"])
    assert ["训练监察推动战斗力跃升", "训练监察推动战斗力跃升", "（（金台点兵", "金台点兵））"] in pieces


def test_a_staircase_set_off_a_titles_edge_does_not_go_on_it():
    pieces = _tag_pieces(["    （（金台点兵", "      金台点兵））"])
    assert ["训练监察推动战斗力跃升", "训练监察推动战斗力跃升"] in pieces


def _stair_pieces(lines: list[str]) -> list[list[str]]:
    rows = layout._measure(lines)
    frag_rows = layout._cut_rows(rows, layout._find_gutters(rows))
    return [[layout._text(f, lines).strip() for f in piece.frags] for piece in layout._link(frag_rows, lines)]


def test_a_staircase_takes_its_lone_brackets():
    lines = ["农村将涌汽车消费品质潮", "", "（", "（纵横", "  纵横）", "    ）"] + LEFT
    assert ["农村将涌汽车消费品质潮", "（", "（纵横", "纵横）", "）"] in _stair_pieces(lines)


def test_a_lone_bracket_over_a_column_line_is_no_staircase():
    lines = ["（", "（这是正文的第一行，"] + LEFT
    assert ["（", "（这是正文的第一行，"] + [t.strip() for t in LEFT] in _stair_pieces(lines)


def _spaced_line_pieces(line: str) -> list[list[str]]:
    # Two columns padded by characters, where an ideograph is some two cells wide; the
    # right column leaves one line empty, beside a line of the left one.
    left = ["会议在园区召开与会代", "表围绕产业发展项目建", line, "设等议题深入交流提出", "了许多切实可行的意见"]
    right = ["新建的体育公园本月底", "对市民开放园里有足球", "", "场和跑道还有儿童游乐", "区和健身步道周边居民"]
    lines = side_by_side(left, right, at=[0, 24]).split("\n")
    rows = layout._measure(lines)
    frag_rows = layout._cut_rows(rows, layout._find_gutters(rows))
    return [[layout._text(f, lines).strip() for f in piece.frags] for piece in layout._link(frag_rows, lines)]


def test_a_letter_spaced_line_stays_in_its_column():
    pieces = _spaced_line_pieces("赵 明 翠 是 全 国 人 大 代 表")
    assert pieces[0][2] == "赵 明 翠 是 全 国 人 大 代 表"


def test_a_line_reaching_across_the_gutter_is_not_in_the_column():
    pieces = _spaced_line_pieces("赵明翠是全国人大代表和优秀乡村邮递员")
    assert ["赵明翠是全国人大代表和优秀乡村邮递员"] in pieces


def _bracket_pieces(tail: str) -> list[list[str]]:
    # A title whose tag wraps onto a line set in under it, three lines down, beside the
    # first lines of a column.
    lines = side_by_side(
        ["", "", "", "", ""] + LEFT,
        ["中国经济向好动力依然充足（热", "", "", "", "     " + tail] + RIGHT,
        at=[0, 30],
    ).split("\n")
    rows = layout._measure(lines)
    frag_rows = layout._cut_rows(rows, layout._find_gutters(rows))
    return [[layout._text(f, lines).strip() for f in piece.frags] for piece in layout._link(frag_rows, lines)]


def test_the_line_closing_a_titles_bracket_follows_it():
    assert ["中国经济向好动力依然充足（热", "点辨析）"] in [p[:2] for p in _bracket_pieces("点辨析）")]


def test_a_line_closing_no_bracket_does_not_follow_a_title():
    assert ["中国经济向好动力依然充足（热"] in _bracket_pieces("点辨析")

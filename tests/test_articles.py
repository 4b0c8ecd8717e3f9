"""Segmentation: blocks into articles, headlines and captions attached where they belong."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from declump import articles
from declump.articles import segment_page
from declump.config import Config
from declump.model import Block, BlockKind, Line, Page, null_log
from declump.pipeline import split_text
from declump.text import has_cjk

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

P, H, C = BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.CAPTION


def make_page(*specs: tuple[BlockKind, str]) -> Page:
    """A page of blocks, one input line per block, numbered in order."""
    blocks = [Block(kind, text, [Line(text, n + 1)]) for n, (kind, text) in enumerate(specs)]
    return Page(1, blocks)


def segment(*specs: tuple[BlockKind, str]) -> Page:
    page = make_page(*specs)
    segment_page(page, Config(), null_log())
    return page


def body(texts: list[str]) -> list[tuple[BlockKind, str]]:
    """Paragraph specs for :func:`segment`, one block per text."""
    return [(P, text) for text in texts]


def titled(title: str, texts: list[str]) -> list[tuple[BlockKind, str]]:
    """A title over its paragraphs, as specs for :func:`segment`."""
    return [(H, title), *body(texts)]


def _compact_text(text: str) -> str:
    return re.sub(r"\s+", "", text)


def texts_out(page: Page) -> list[str]:
    out = [o.text for o in page.other]
    for a in page.articles:
        out += a.headlines + a.paragraphs + a.captions
    return out


# -- article starts ----------------------------------------------------------------------


def test_article_starts_split_stories_and_give_bylines():
    page = segment(
        (P, "本报讯（林甄玉 叶建彬）笔者在国贸智谷产业园区看到，项目施工正如火如荼地进行着。"),
        (P, "据国贸智谷董事长介绍，园区可在今年底全部竣工。"),
        (P, "本报北京2月5日电（记者张洋）2019年央视春节联欢晚会如约上演。"),
        (P, "新华社北京2月8日电 国家主席习近平同葡萄牙总统互致贺电。"),
    )
    assert [len(a.paragraphs) for a in page.articles] == [2, 1, 1]
    assert [a.byline for a in page.articles] == [
        "本报讯（林甄玉 叶建彬）",
        "本报北京2月5日电（记者张洋）",
        "新华社北京2月8日电",
    ]
    # The paragraph keeps its lead.
    assert page.articles[0].paragraphs[0].startswith("本报讯（林甄玉 叶建彬）")


def test_latin_byline_and_dateline_start_stories():
    page = segment(
        (H, "Redknapp poised for Saints"),
        (P, "By David Harrison"),
        (P, "Southampton are set to unveil Harry Redknapp as their new manager on Wednesday."),
        (P, "WASHINGTON — The Senate voted on Tuesday to approve the budget for the coming year."),
    )
    first, second = page.articles
    assert first.byline == "By David Harrison"
    assert first.paragraphs[0] == "By David Harrison"  # the byline stays its own paragraph
    assert first.headlines == ["Redknapp poised for Saints"]
    assert second.paragraphs[0].startswith("WASHINGTON —")


def test_every_article_records_its_page():
    page = make_page((P, "本报讯 漳州高新区召开创建工作动员会。"))
    page.number = 3
    segment_page(page, Config(), null_log())
    assert page.articles[0].page == 3


# -- headlines ---------------------------------------------------------------------------


def test_headline_after_its_body_goes_back_by_shared_words():
    # Printed after story A and before story B (which has no headline): the words decide.
    page = segment(
        (P, "本报讯 漳州高新区党工委书记苏孝道主持召开“一药一智”产业园项目公司筹备推进会，强调要提高效率。"),
        (H, "苏孝道主持召开产业园项目公司筹备推进会"),
        (P, "招商工作“走出去”，行业龙头企业“请进来”。考察组前往湖北武汉的中电光谷创意天地参观考察。"),
    )
    a, b = page.articles
    assert a.headlines == ["苏孝道主持召开产业园项目公司筹备推进会"]
    assert b.headlines == []
    assert len(a.paragraphs) == 1 and b.paragraphs[0].startswith("招商工作")


def test_headline_far_from_its_body_found_by_bigram_overlap():
    page = segment(
        (P, "本报讯（林甄玉 叶建彬）笔者在国贸智谷产业园区看到，项目施工正如火如荼地进行着。"),
        (P, "本报讯 台商区召开全国文明城市创建动员会，传达上级会议精神。"),
        (H, "国贸智谷雏形初现"),
        (P, "本报讯 漳州高新区召开全国文明城市创建工作动员会，号召全区上下全力以赴。"),
    )
    assert page.articles[0].headlines == ["国贸智谷雏形初现"]
    assert page.articles[2].headlines == []


def test_headline_without_shared_words_goes_to_the_story_below():
    page = segment(
        (H, "春天，我们播下希望"),
        (P, "“布谷飞飞劝早耕，舂锄扑扑趁春晴”。当前，西南的麦区开始拔节，江淮麦区已经起身。"),
    )
    assert page.articles[0].headlines == ["春天，我们播下希望"]


def test_headline_that_fits_no_article_stays_in_other():
    page = segment(
        (H, "嫦娥四号顺利度过月夜"),
        (P, "本报讯 嫦娥四号着陆器接受光照自主唤醒，顺利度过月夜。"),
        (H, "春运期间全国铁路客流创下历史新高"),
        (P, "本报讯 春运期间铁路客流持续增长，多地加开列车。"),
        (H, "足球联赛周末开幕"),
    )
    assert page.articles[0].headlines == ["嫦娥四号顺利度过月夜"]
    assert page.articles[1].headlines == ["春运期间全国铁路客流创下历史新高"]
    assert "足球联赛周末开幕" in [o.text for o in page.other]


def test_kicker_title_subtitle_in_reading_order_with_title_index():
    page = segment(
        (H, "攻坚突破重点难点 全力提升创建质效"),
        (H, "台商区召开全国文明城市创建动员会"),
        (H, "区党工委书记蔡丽芬主持会议并讲话"),
        (P, "本报讯 8月18日下午，台商区召开全国文明城市创建动员会，区党工委书记蔡丽芬主持会议并讲话，"
            "要求攻坚突破重点难点，全力提升创建质效。"),
    )
    article = page.articles[0]
    assert len(article.headlines) == 3
    assert article.title == "台商区召开全国文明城市创建动员会"


def column_block(text: str, first: int, width: int = 14) -> Block:
    """A paragraph set in a column ``width`` characters wide."""
    lines = [Line(text[k : k + width], first + n) for n, k in enumerate(range(0, len(text), width))]
    return Block(P, text, lines)


def test_sentence_piece_marked_headline_is_body_text():
    lead = "本报讯 会上，蔡丽芬强调，全区各级各部门务必要进一步提高政治站位，切实增强创建的责任感和使命感。"
    rest = "真统筹全区创建工作，共同推动形成“千斤重担万人挑、人人肩上有指标”的责任体系，积极主动地完成任务。"
    piece = "蔡丽芬要求，要强化组织领导认"  # one full column line cut mid-word
    page = Page(1, [column_block(lead, 1), Block(H, piece, [Line(piece, 20)]), column_block(rest, 21)])
    segment_page(page, Config(), null_log())
    assert len(page.articles) == 1
    assert page.articles[0].headlines == []
    assert piece in page.articles[0].paragraphs


def test_short_label_at_page_top_is_a_section():
    page = segment(
        (H, "要闻"),
        (H, "联合国秘书长呼吁科技等领域性别平等"),
        (P, "据新华社联合国2月11日电 联合国秘书长古特雷斯呼吁在科技等领域实现性别平等。"),
    )
    assert page.articles[0].headlines == ["联合国秘书长呼吁科技等领域性别平等"]
    assert [(o.kind, o.text) for o in page.other] == [(BlockKind.SECTION, "要闻")]


# -- captions ----------------------------------------------------------------------------


def test_photo_credit_caption_attached_by_shared_words():
    page = segment(
        (P, "本报讯 台商区召开2022年度全国文明城市创建动员会，传达上级会议精神。"),
        (P, "本报讯 中电光谷联合控股有限公司总裁黄立平一行到漳州高新区实地考察。"),
        (C, "黄立平一行到漳州高新区实地考察。 林甄玉 摄"),
    )
    assert page.articles[1].captions == ["黄立平一行到漳州高新区实地考察。 林甄玉 摄"]
    assert page.articles[0].captions == []


def test_caption_repeating_a_body_sentence_before_the_body():
    page = segment(
        (H, "乡村振兴人才是关键"),
        (P, "加大产业扶贫力度，落实乡村振兴战略，各地正如火如荼。"),
        (P, "加大产业扶贫力度，落实乡村振兴战略，各地正如火如荼。但有的地方也存在问题，听说来者资金雄厚便笑脸相迎。"),
    )
    article = page.articles[0]
    assert article.captions == ["加大产业扶贫力度，落实乡村振兴战略，各地正如火如荼。"]
    assert len(article.paragraphs) == 1


def test_caption_quoting_a_whole_paragraph_is_the_copy_not_set_in_the_column():
    # The caption repeats the story's first paragraph word for word, set a little wider
    # than the column; the copy set in the body column (indented first line, full lines)
    # is the paragraph, the other the caption.
    text = "在乡村振兴的路上，越来越多年轻人返回家乡，带着新技术新理念，为村里的产业发展注入了活力。"
    caption = Block(P, text, [Line(text[k : k + 15], 10 + n) for n, k in enumerate(range(0, len(text), 15))])
    lead = "本报讯 全市春耕备耕工作全面展开，各地抢抓农时，组织农民开展春播，确保粮食播种面积稳定。"
    rest = "今年以来，全县新建蔬菜大棚三百余座，带动周边农户两千多户增收，村民的腰包越来越鼓了。"
    body = Block(P, text, [Line(text[:12], 30)] + [Line(text[k : k + 14], 31 + n) for n, k in enumerate(range(12, len(text), 14))])
    page = Page(1, [column_block(lead, 1), caption, Block(H, "返乡青年带活一村产业", [Line("返乡青年带活一村产业", 20)]), body, column_block(rest, 40)])
    segment_page(page, Config(), null_log())
    story = next(a for a in page.articles if a.headlines)
    assert story.captions == [text]
    assert story.paragraphs[0] == text


def test_paragraph_printed_twice_in_the_column_is_no_caption():
    text = "在乡村振兴的路上，越来越多年轻人返回家乡，带着新技术新理念，为村里的产业发展注入了活力。"
    def body(first: int) -> Block:
        return Block(P, text, [Line(text[:12], first)] + [Line(text[k : k + 14], first + 1 + n) for n, k in enumerate(range(12, len(text), 14))])
    lead = "本报讯 全市春耕备耕工作全面展开，各地抢抓农时，组织农民开展春播，确保粮食播种面积稳定。"
    page = Page(1, [column_block(lead, 1), body(10), body(20)])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == []


def set_block(text: str, first: int, widths: list[int]) -> Block:
    """A block whose lines hold ``widths`` characters each, the last one the rest."""
    lines, k = [], 0
    for n, w in enumerate(widths):
        lines.append(Line(text[k : k + w], first + n))
        k += w
    if k < len(text):
        lines.append(Line(text[k:], first + len(widths)))
    return Block(P, text, lines)


TWIN = "不久前在国际空间站，宇航员利用新技术制造出了一件器官，这是人类首次在太空做到。"
TWIN_LEAD = "本报讯 全市春耕备耕工作全面展开，各地抢抓农时，组织农民开展春播，确保粮食播种面积稳定。"
TWIN_REST = "今年以来，全县新建蔬菜大棚三百余座，带动周边农户两千多户增收，村民的腰包越来越鼓了。"


def test_paragraph_printed_twice_in_another_measure_the_flush_copy_is_the_caption():
    # Both copies in a column of nine, not the page's fourteen: the one set in two ems at its
    # first line is the paragraph, the one whose first line falls an em short (pushed down by
    # the line-breaking rules, not indented) is the caption.
    caption = set_block(TWIN, 10, [8, 9, 9, 9])
    body = set_block(TWIN, 20, [7, 9, 9, 9])
    page = Page(1, [column_block(TWIN_LEAD, 1), column_block(TWIN_REST, 5), caption, body])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == [TWIN]
    assert any(TWIN in a.paragraphs for a in page.articles)


def test_paragraph_printed_twice_under_a_wide_photo_the_flush_copy_is_the_caption():
    # The caption runs under a photo wider than the column, the paragraph in a column of nine.
    caption = set_block(TWIN, 10, [18, 18])
    body = set_block(TWIN, 20, [7, 9, 9, 9])
    page = Page(1, [column_block(TWIN_LEAD, 1), column_block(TWIN_REST, 5), body, caption])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == [TWIN]
    assert any(TWIN in a.paragraphs for a in page.articles)


def test_paragraph_printed_twice_in_a_measure_of_its_own_the_wider_copy_is_the_caption():
    # Both copies on two lines wider than the page's column of fourteen: the caption, set
    # flush under a wide photo in smaller type, runs wider than the paragraph's set-in
    # first line.
    page = Page(1, [column_block(TWIN_LEAD, 1), column_block(TWIN_REST, 5), set_block(TWIN, 10, [30]), set_block(TWIN, 20, [26])])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == [TWIN]
    assert any(TWIN in a.paragraphs for a in page.articles)


def test_paragraph_printed_twice_on_one_line_the_narrow_flush_copy_is_the_caption():
    # The paragraph fits one line of a wide column; the caption runs flush down a narrow
    # column beside the photo: its own lines show it set flush.
    page = Page(1, [column_block(TWIN_LEAD, 1), column_block(TWIN_REST, 5), set_block(TWIN, 10, [8, 8, 8, 8]), set_block(TWIN, 20, [40])])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == [TWIN]
    assert any(TWIN in a.paragraphs for a in page.articles)


def test_paragraph_printed_twice_when_nothing_tells_is_no_caption():
    # One line each, or first lines within an em of each other, and a paragraph between the
    # copies: neither copy is told a caption.
    for widths in ([40], [40]), ([30], [29]):
        page = Page(1, [column_block(TWIN_LEAD, 1), set_block(TWIN, 10, widths[0]), column_block(TWIN_REST, 15), set_block(TWIN, 20, widths[1])])
        segment_page(page, Config(), null_log())
        assert [c for a in page.articles for c in a.captions] == []


def test_paragraph_printed_right_after_its_copy_when_nothing_tells_has_it_for_its_caption():
    # A photo's caption printed before the paragraph under it, quoting it whole.
    for widths in ([40], [40]), ([30], [29]):
        page = Page(1, [column_block(TWIN_LEAD, 1), column_block(TWIN_REST, 5), set_block(TWIN, 10, widths[0]), set_block(TWIN, 20, widths[1])])
        segment_page(page, Config(), null_log())
        assert [c for a in page.articles for c in a.captions] == [TWIN]


def test_paragraph_printed_twice_both_set_in_is_no_caption():
    page = Page(1, [column_block(TWIN_LEAD, 1), column_block(TWIN_REST, 5), set_block(TWIN, 10, [7, 9, 9, 9]), set_block(TWIN, 20, [7, 9, 9, 9])])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == []


def test_english_paragraph_printed_twice_is_not_typed_by_its_line_widths():
    # Roman lines do not show an indent in their widths: the twin rule leaves them alone.
    text = "The harbour was closed for two days after the storm, and fishing boats stayed in port."
    lead = "LONDON (Reuters) — The storm that swept the coast on Monday left thousands of homes without power."
    page = Page(1, [Block(P, lead, [Line(lead, 1)]), set_block(text, 10, [20, 30, 30]), set_block(text, 20, [30, 30, 30])])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == []


def test_label_and_intro_printed_apart_are_a_section_unless_a_caption_quotes_the_intro():
    from declump.articles import _find_sections, _Story

    intro = "加大产业扶贫力度，落实乡村振兴战略，各地正如火如荼。只论资金不论项目，这让返乡创业者心里不是滋味。"
    blocks = [
        Block(H, "乡村振兴 人才是关键", [Line("乡村振兴 人才是关键", 1)]),
        Block(P, "本报讯 老城菜市场改造完成，摊位由八十个增加到一百二十个。", [Line("本报讯 老城菜市场改造完成", 2)]),
        Block(C, "加大产业扶贫力度，落实乡村振兴战略。", [Line("加大产业扶贫力度，落实乡村振兴战略。", 3)]),
        Block(P, intro, [Line(intro, 4)]),
    ]
    def stories(captions: list[int]) -> list[_Story]:
        return [_Story(body=[1], lead=True), _Story(body=[3], heads=[0], captions=captions)]
    assert _find_sections(blocks, stories([]), [], {}) == {1}
    # A photo with its caption quoting the paragraph: a story under its title, no label's intro.
    assert _find_sections(blocks, stories([2]), [], {}) == set()


def test_caption_goes_with_the_paragraph_it_quotes():
    # The caption stands over the second title, but quotes a paragraph word for word: it
    # goes to the article that paragraph ends up in, whatever stands around it.
    said = "俄罗斯教育监督局副局长表示，今年报名参加汉语考试的考生人数比去年增加一倍。"
    page = segment(
        (H, "俄罗斯汉语考试报名火热"),
        (P, "本报讯 俄罗斯教育监督局日前公布，今年汉语考试的报名人数创下新高。"),
        (P, "俄罗斯教育监督局副局长介绍，汉语考试考生来自四十多个地区，考生人数逐年增加。"),
        (C, said + "李明 摄"),
        (H, "山村新修公路通到家门口"),
        (P, "本报讯 山村新修的公路日前通车，村民进城看病、赶集都方便多了。"),
        (P, said),
        (P, "村里还通了公交，每天往返县城四趟，老人们出行不再发愁。"),
    )
    holder = next(a for a in page.articles if said in a.paragraphs)
    assert holder.captions == [said + "李明 摄"]
    assert [c for a in page.articles for c in a.captions] == [said + "李明 摄"]


def test_caption_quoting_nothing_goes_by_its_words():
    page = segment(
        (H, "俄罗斯汉语考试报名火热"),
        (P, "本报讯 俄罗斯教育监督局日前公布，今年汉语考试的报名人数创下新高。"),
        (C, "考生在考场外等候入场。李明 摄"),
        (H, "山村新修公路通到家门口"),
        (P, "本报讯 山村新修的公路日前通车，村民进城看病、赶集都方便多了。"),
    )
    assert sum(len(a.captions) for a in page.articles) == 1


def test_caption_opening_on_tu_wei_run_onto_a_paragraph_is_cut_out():
    # The column stops mid-sentence at the photo; its caption, printed right under it with
    # no blank line between, opens on 图为.
    lines = ["本报讯 今年以来，全县新建", "蔬菜大棚三百余座，带动周边", "农户两千多户增收。据统计，", "图为村民在大棚里采摘", "新鲜的黄瓜。"]
    page = Page(1, [Block(P, "".join(lines), [Line(text, n + 1) for n, text in enumerate(lines)])])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == ["图为村民在大棚里采摘新鲜的黄瓜。"]
    assert page.articles[0].paragraphs == ["".join(lines[:3])]


def test_caption_ending_in_a_credit_run_onto_a_paragraph_is_cut_out():
    # The paragraph ends on a short line; the caption under it, with no blank line between,
    # ends in a photo credit on a line of its own.
    lines = ["本报讯 今年以来，全县新建蔬菜", "大棚三百余座，带动周边农户两", "千多户增收。", "村民在大棚里采摘新鲜的黄瓜。", "李明 摄"]
    page = Page(1, [Block(P, "".join(lines), [Line(text, n + 1) for n, text in enumerate(lines)])])
    segment_page(page, Config(), null_log())
    assert [c.replace(" ", "") for a in page.articles for c in a.captions] == ["村民在大棚里采摘新鲜的黄瓜。李明摄"]
    assert page.articles[0].paragraphs == ["".join(lines[:3])]


def test_credited_lines_under_a_full_line_are_not_cut_from_the_paragraph():
    # The line before them reaches the column's edge: nothing shows the paragraph ends there.
    lines = ["本报讯 今年以来，全县新建蔬菜", "大棚三百余座，带动周边农户两", "千多户增收，腰包越来越鼓了。", "村民在大棚里采摘新鲜的黄瓜。", "李明 摄"]
    page = Page(1, [Block(P, "".join(lines), [Line(text, n + 1) for n, text in enumerate(lines)])])
    segment_page(page, Config(), null_log())
    assert not any(c.startswith("村民") for a in page.articles for c in a.captions)


STACKED_A = "村民在大棚里采摘新鲜的黄瓜。"
STACKED_B = "新修的公路日前正式通车了。"
STACKED_LINES = ["村民在大棚里采摘新鲜", "的黄瓜。", "新修的公路日前正式通", "车了。"]


def test_captions_quoting_their_stories_set_one_under_another_are_cut_apart():
    # Two photos' captions, each repeating a sentence of its story, printed one under the
    # other with no blank line between: the first ends on a short line.
    lead = "本报讯 全县新建蔬菜大棚三百余座。" + STACKED_A + "带动周边农户两千多户增收。"
    other = "本报讯 村民进城看病更方便了。" + STACKED_B + "赶集也不再发愁。"
    stacked = Block(P, "".join(STACKED_LINES), [Line(text, 10 + n) for n, text in enumerate(STACKED_LINES)])
    page = Page(1, [column_block(lead, 1), stacked, column_block(other, 20)])
    segment_page(page, Config(), null_log())
    assert sorted(c for a in page.articles for c in a.captions) == sorted([STACKED_A, STACKED_B])


def test_lines_under_a_short_line_that_the_page_does_not_print_again_stay_together():
    lead = "本报讯 全县新建蔬菜大棚三百余座。" + STACKED_A + "带动周边农户两千多户增收。"
    other = "本报讯 山村的公路日前通车，村民进城看病、赶集都方便多了。"
    stacked = Block(P, "".join(STACKED_LINES), [Line(text, 10 + n) for n, text in enumerate(STACKED_LINES)])
    page = Page(1, [column_block(lead, 1), stacked, column_block(other, 20)])
    segment_page(page, Config(), null_log())
    assert STACKED_B not in [c for a in page.articles for c in a.captions]


def test_line_opening_on_tu_wei_followed_by_a_long_text_stays_in_the_paragraph():
    long = "全县新建蔬菜大棚三百余座，带动周边农户两千多户增收，" * 5 + "村民的腰包越来越鼓了。"
    lines = ["本报讯 今年以来，全县新建", "图为" + long]
    page = Page(1, [Block(P, "".join(lines), [Line(text, n + 1) for n, text in enumerate(lines)])])
    segment_page(page, Config(), null_log())
    assert [c for a in page.articles for c in a.captions] == []


def test_paragraph_a_marked_caption_quotes_is_the_paragraph():
    # The caption (图为…) repeats the story's first paragraph; the paragraph, set in a narrow
    # column of its own, is no caption for being found in the caption's text.
    text = "古村的石桥已有三百多年历史，桥下流水潺潺，两岸的老屋依然保持着旧时模样。"
    mark = "图为" + text
    lead = "本报讯 全市春耕备耕工作全面展开，各地抢抓农时，组织农民开展春播，确保粮食播种面积稳定。"
    rest = "今年以来，全县新建蔬菜大棚三百余座，带动周边农户两千多户增收，村民的腰包越来越鼓了。"
    caption = Block(P, mark, [Line(mark[k : k + 5], 10 + n) for n, k in enumerate(range(0, len(mark), 5))])
    body = Block(P, text, [Line(text[k : k + 9], 30 + n) for n, k in enumerate(range(0, len(text), 9))])
    page = Page(1, [column_block(lead, 1), caption, Block(H, "古村石桥", [Line("古村石桥", 20)]), body, column_block(rest, 40)])
    segment_page(page, Config(), null_log())
    captions = [c for a in page.articles for c in a.captions]
    assert captions == [mark]
    assert any(a.paragraphs and a.paragraphs[0] == text for a in page.articles)


def test_paragraph_an_unmarked_block_quotes_may_still_be_a_caption():
    # Without a caption's mark the longer copy is the paragraph and the short one the caption.
    text = "古村的石桥已有三百多年历史，桥下流水潺潺。"
    longer = text + "两岸的老屋依然保持着旧时模样，村民们在桥头摆摊，游客络绎不绝，成了远近闻名的景点。"
    page = segment((H, "古村石桥"), (P, text), (P, longer))
    assert page.articles[0].captions == [text]


def test_caption_quoting_the_lead_is_a_caption_not_a_story():
    # A caption repeats the story's first sentence, dateline and all.
    quoted = "新华社电（记者王明）农历春节，山区小镇一派热闹祥和气氛。"
    lead = quoted + "这里是抗战英烈的家乡，每年都有许多人前来瞻仰，缅怀先烈，接受教育。"
    rest = "英烈1914年出生在这里，少年时考入师范学校，后来投身革命，屡立战功，被誉为“夜老虎”。"
    page = Page(
        1,
        [
            Block(H, "英雄烈士谱", [Line("英雄烈士谱", 1)]),
            Block(P, quoted, [Line(quoted[k : k + 13], 2 + n) for n, k in enumerate(range(0, len(quoted), 13))]),
            column_block(lead, 10),
            column_block(rest, 20),
        ],
    )
    segment_page(page, Config(), null_log())
    assert len(page.articles) == 1
    assert page.articles[0].captions == [quoted]
    assert page.articles[0].paragraphs[0] == lead


def test_narrow_column_caption():
    body = "漳州高新区召开全国文明城市创建工作动员会，号召全区上下全力以赴做好实地测评各项工作。"
    lines = [body[k : k + 16] for k in range(0, len(body), 16)]
    caption_lines = ["漳州高新区", "召开动员会，", "苏孝道出席", "并讲话。"]
    blocks = [
        Block(P, "本报讯 " + body, [Line("本报讯 " + t, n) for n, t in enumerate(lines * 3, 1)]),
        Block(P, "".join(caption_lines), [Line(t, 40 + n) for n, t in enumerate(caption_lines)]),
    ]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    assert page.articles[0].captions == ["漳州高新区召开动员会，苏孝道出席并讲话。"]


def test_english_caption_with_photo_credit():
    page = segment(
        (H, "Cairn shares rise on gas find"),
        (P, "BRUSSELS (PA) - Shares in Cairn Energy rose 3.8% on Tuesday after a fresh gas discovery in India."),
        (C, "Cairn said the latest gas discovery could be large. (Rachel Clarke/Getty Images)"),
    )
    assert page.articles[0].captions == ["Cairn said the latest gas discovery could be large. (Rachel Clarke/Getty Images)"]


# -- jump lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jump", "target"),
    [("（下转第二版）", "第二版"), ("(Continued on Page 4)", "Page 4")],
)
def test_jump_line_sets_continues_and_leaves_the_body(jump, target):
    page = segment(
        (P, "本报讯 漳州高新区召开创建工作动员会，号召全区上下全力以赴。"),
        (P, jump),
    )
    article = page.articles[0]
    assert article.continues == target
    assert all(jump not in p for p in article.paragraphs)


def test_jump_at_paragraph_end_is_cut_off():
    page = segment((P, "本报讯 漳州高新区召开创建工作动员会，号召全区上下全力以赴。（下转第二版）"))
    article = page.articles[0]
    assert article.continues == "第二版"
    assert article.paragraphs == ["本报讯 漳州高新区召开创建工作动员会，号召全区上下全力以赴。"]


# -- nothing lost ------------------------------------------------------------------------


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_block_ends_in_an_article_or_other():
    specs = [
        (BlockKind.SECTION, "2019年1月28日 星期一"),
        (H, "奋进新时代"),
        (H, "嫦娥四号顺利度过月夜"),
        (C, "图为嫦娥四号着陆器。 吴昊 摄"),
        (P, "本报讯 嫦娥四号着陆器接受光照自主唤醒，顺利度过月夜。"),
        (H, "足球联赛周末开幕"),
        (H, "春运铁路客流创新高"),
        (P, "春运期间铁路客流持续增长，多地加开列车。"),
        (P, "（下转第二版）"),
        (C, "无关的图片说明。"),
    ]
    page = segment(*specs)
    # Lines of one block may be joined to another (a wrapped title), never lost.
    assert sorted("".join(map(_nows, texts_out(page)))) == sorted(
        "".join(_nows(t) for _, t in specs if "下转" not in t)
    )
    assert page.articles[-1].continues == "第二版"


def test_no_block_lost_on_the_seed_page():
    document = split_text((EXAMPLES / "seed-page.txt").read_text(encoding="utf-8"))
    for page in document.pages:
        blocks = sorted("".join(_nows(b.text) for b in page.blocks))
        assert sorted("".join(map(_nows, texts_out(page)))) == blocks


def test_segment_off_keeps_one_article():
    page = make_page((H, "标题"), (P, "本报讯 正文。"), (P, "本报讯 另一篇。"))
    segment_page(page, Config(segment=False), null_log())
    assert len(page.articles) == 1


# -- the seed page -----------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _shape(article: dict) -> tuple:
    return (
        tuple(_norm(h) for h in article["headlines"]),
        tuple(_norm(p) for p in article["paragraphs"]),
        tuple(_norm(c) for c in article["captions"]),
    )


def test_seed_page_articles_match_gold():
    gold = json.loads((EXAMPLES / "seed-page.gold.json").read_text(encoding="utf-8"))
    document = split_text((EXAMPLES / "seed-page.txt").read_text(encoding="utf-8"))
    predicted = [a.as_dict() for page in document.pages for a in page.articles]
    assert sorted(_shape(a) for a in predicted) == sorted(_shape(a) for a in gold["articles"])
    other = {_norm(b.text): b.kind for page in document.pages for b in page.other}
    for entry in gold["other"]:
        assert other.get(_norm(entry["text"])) is BlockKind.SECTION, entry["text"]


def test_seed_page_bylines_and_pages():
    document = split_text((EXAMPLES / "seed-page.txt").read_text(encoding="utf-8"))
    articles = [a for page in document.pages for a in page.articles]
    bylines = {a.byline for a in articles}
    assert "本报讯（林甄玉 叶建彬）" in bylines
    assert all(a.page == 1 for a in articles)


# -- headlines glued into paragraphs -------------------------------------------------------


def block_of_lines(kind: BlockKind, *rows: tuple[int, str]) -> Block:
    """A block from (input line number, text) rows; a jump in numbers is a blank line. Its
    text is the lines joined as rejoin joins them (Latin lines with a space)."""
    lines = [Line(text, number) for number, text in rows]
    texts = [text for _, text in rows]
    return Block(kind, "".join(texts) if any(has_cjk(t) for t in texts) else " ".join(texts), lines)


def test_title_run_into_the_paragraph_below_it_is_cut_out():
    # The title is wider than the narrow column and stands between blank lines.
    page = Page(1, [
        block_of_lines(P, (1, "河谷小镇办起冬季音乐节"), (3, "今年一月，小镇的"), (4, "冬季音乐节第一次"), (5, "开幕，游客说好。")),
    ])
    segment_page(page, Config(), null_log())
    assert page.articles[0].headlines == ["河谷小镇办起冬季音乐节"]
    assert page.articles[0].paragraphs == ["今年一月，小镇的冬季音乐节第一次开幕，游客说好。"]


VILLAGE_FESTIVAL = """本报讯 河谷小镇今年办起了冬季
音乐节，附近村里的孩子们也都
来了，大家在广场上唱歌跳舞，
一直热闹到很晚，老人们说这样

{middle}

的热闹音乐节多年没有见过了。
  第二天一早，游客又来到河边，
看冰雕，吃小吃，拍照留念，直
到中午才慢慢散去。

本报讯 山村的书屋今年春节照常
开放，孩子们放假后天天来这里
看书，书屋里的新书也多了起来。
"""


def test_title_printed_amid_a_running_sentence_is_cut_out_and_opens_no_story():
    # A column stops mid-sentence, another story's title was printed under it, and the
    # next column goes on with the sentence: the title is cut out, the paragraph closes up
    # over it, and the paragraphs after it stay in their story.
    document = split_text(VILLAGE_FESTIVAL.format(middle="山村书屋迎新春"))
    festival, books = document.pages[0].articles
    assert festival.headlines == []
    assert festival.paragraphs[0].endswith("老人们说这样的热闹音乐节多年没有见过了。")
    assert festival.paragraphs[1].startswith("第二天一早")
    assert books.headlines == ["山村书屋迎新春"]


def test_line_nearly_as_wide_as_the_column_amid_a_sentence_stays_in_it():
    # As wide as its column: a body line (a column holding one line), not a title.
    document = split_text(VILLAGE_FESTIVAL.format(middle="连续三个晚上小镇广场上都是这"))
    festival = document.pages[0].articles[0]
    assert "老人们说这样连续三个晚上小镇广场上都是这的热闹音乐节" in festival.paragraphs[0]


def wrapped_fake_bold_page(first: str, second: str, third: str) -> str:
    """A fake-bold title wrapped over three lines, each printed twice, over a story."""
    head = "".join(f"{line}\n{line}\n" for line in (first, second, third))
    return head + "\n本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多，大家\n都说比往年热闹多了。\n"


def test_fake_bold_title_wrapped_over_lines_is_one_headline_printed_once():
    # The title stops inside a word (超一 / 千六百) and inside its column tag (（权威发 /
    # 布）); its short last line is printed twice as well.
    from declump import clean_text

    page = wrapped_fake_bold_page("小镇游客人数超一", "千六百人（新春发", "布）")
    assert clean_text(page).split("\n\n")[0] == "小镇游客人数超一千六百人（新春发布）"
    assert split_text(page).pages[0].articles[0].headlines == ["小镇游客人数超一千六百人（新春发布）"]
    # A subtitle wider than the title is no wrapped title's rest (a wrapped title's rest
    # never is wider): it stays a line of its own. (The short line over the title reads as
    # the first of two phrases of one title, in clean as in split.)
    page = wrapped_fake_bold_page("冰雪节迎来开幕", "小镇游客人数创下新高", "千人同游冰雪节处处热闹非凡")
    headlines = split_text(page).pages[0].articles[0].headlines
    assert headlines[-1] == "千人同游冰雪节处处热闹非凡"
    assert clean_text(page).split("\n\n")[: len(headlines)] == headlines


def test_fake_bold_title_line_of_the_full_width_goes_on_on_the_next():
    # Each line printed twice on its own; the first is as wide as the widest and breaks
    # between words (全镇主要 / 道路): one title, the narrower kicker above kept apart.
    head = "".join(f"{line}\n{line}\n" for line in ("冰雪节迎来开幕", "春节假期第二天全镇主要", "道路交通安全顺畅"))
    page = head + "\n本报讯 春节假期第二天，全镇主要道路\n交通安全顺畅，冰雪节的游客很多，大\n家都说比往年热闹多了。\n"
    assert split_text(page).pages[0].articles[0].headlines[-1] == "春节假期第二天全镇主要道路交通安全顺畅"
    # A line that closes a quotation, then one that opens a book title: two titles.
    head = "".join(f"{line}\n{line}\n" for line in ("冰雪节迎来开幕", "小镇图书馆推出“阅读四季”", "《石鼓文》善本新春大展"))
    page = head + "\n本报讯 小镇图书馆推出“阅读四季”，\n《石鼓文》善本新春大展吸引了很多\n读者，大家都说比往年热闹多了。\n"
    assert split_text(page).pages[0].articles[0].headlines[-2:] == ["小镇图书馆推出“阅读四季”", "《石鼓文》善本新春大展"]


def test_short_last_line_of_a_title_doubled_run_by_run_is_printed_once():
    # The copies of a wrapped fake-bold title offset against each other: its short last
    # line holds both copies of its runs (时评时评）)), too short to be read as doubled alone.
    from declump import clean_text

    head = "《\n《冰雪奇缘\n冰雪奇缘》\n》带火小镇\n带火小镇（\n（人民\n人民\n时评时评））\n"
    story = "\n本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    assert clean_text(head + story).split("\n\n")[0] == "《冰雪奇缘》带火小镇（人民时评）"
    # Across a blank line from the title, such a line is no part of it.
    assert "谢谢谢谢" in clean_text("小镇冰雪节游客很多\n小镇冰雪节游客很多\n\n谢谢谢谢！！\n")


def test_short_last_line_twice_under_a_title_line_doubled_on_its_own_is_printed_once():
    # The title's first line holds both copies run by run; its last character comes on a
    # line of its own, twice.
    from declump import clean_text

    story = "\n本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    text = clean_text("小镇小镇冰雪节游客创新冰雪节游客创新\n高\n高\n" + story)
    assert text.split("\n\n")[0] == "小镇冰雪节游客创新高"


def test_clean_prints_a_title_wrapped_in_fake_bold_line_by_line_as_one_block():
    # Each line of the title printed twice on lines of its own: rejoin ends a headline at
    # every fake-bold line; clean gives the blocks split reads the title from, and reading
    # its own output again changes nothing.
    from declump import clean_text, split_text

    head = "“无协议脱欧”风险拖累\n“无协议脱欧”风险拖累\n英国经济\n英国经济\n\n"
    story = "本报伦敦2月20日电 英国央行近日发布报告\n说，若出现无协议脱欧，英国经济将明显放缓。\n"
    out = clean_text("商务部——\n\n" + head + story)
    assert out.split("\n\n")[:2] == ["商务部——", "“无协议脱欧”风险拖累英国经济"]
    assert clean_text(out) == out
    assert split_text(head + story).pages[0].articles[0].headlines == ["“无协议脱欧”风险拖累英国经济"]


def test_clean_joins_two_short_phrases_of_one_title():
    from declump import clean_text

    story = "本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    assert clean_text("边检查边规范\n\n边发现边整改\n\n" + story).split("\n\n")[0] == "边检查边规范边发现边整改"
    # A line of two phrases already is a kicker over the title; a long title stands whole.
    for first in ("崇尚守信 注重调解", "全国人大代表赵明翠为民服务二十八年"):
        assert clean_text(first + "\n\n边发现边整改\n\n" + story).split("\n\n")[:2] == [first, "边发现边整改"]


def test_clean_joins_a_title_line_closing_a_bracket_the_line_above_opened():
    from declump import clean_text

    story = "本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    out = clean_text("冰雪节里看灯会(山\n村见闻)\n\n" + story).split("\n\n")
    assert out[0] == "冰雪节里看灯会(山村见闻)"
    # Balanced lines are separate headlines as before.
    head = "小镇第一届冰雪节里看灯会的游客很多\n\n游客人数创新高\n\n"
    assert clean_text(head + story).split("\n\n")[:2] == ["小镇第一届冰雪节里看灯会的游客很多", "游客人数创新高"]


def test_clean_joins_a_short_tagged_tail_to_the_title_it_ends():
    from declump import clean_text

    story = "本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    out = clean_text("小镇冰雪节带来好\n\n收成（山村见闻）\n\n" + story).split("\n\n")
    assert out[0] == "小镇冰雪节带来好收成（山村见闻）"
    # A tagged title of four characters or more stands on its own.
    out = clean_text("小镇第一届冰雪节里看灯会的游客很多\n\n灯会有道（山村见闻）\n\n" + story).split("\n\n")
    assert out[:2] == ["小镇第一届冰雪节里看灯会的游客很多", "灯会有道（山村见闻）"]
    # (…of three or fewer: the end of the title over it.)
    out = clean_text("小镇第一届冰雪节里看灯会的游客很\n\n多（山村见闻）\n\n" + story).split("\n\n")
    assert out[0] == "小镇第一届冰雪节里看灯会的游客很多（山村见闻）"


def test_clean_joins_a_deck_line_that_breaks_off_on_a_word_leading_on():
    # The deck's first line holds a comma and stops on 把: the line under it goes on the
    # sentence. A line stopping on a word that ends (才能), or one a blank line parts from
    # the next, is left as it was.
    from declump import clean_text

    story = "本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    head = "小镇冰雪节办得红火（山村见闻）\n"
    out = clean_text(head + "只有办好冰雪节，才能把\n游客留在村里过年\n\n" + story).split("\n\n")
    assert out[1] == "只有办好冰雪节，才能把游客留在村里过年"
    out = clean_text(head + "办好冰雪节，小镇要给来过年\n的游客更多方便\n\n" + story).split("\n\n")
    assert out[1] == "办好冰雪节，小镇要给来过年的游客更多方便"
    out = clean_text(head + "只有办好冰雪节，才能\n把游客留在村里过年\n\n" + story).split("\n\n")
    assert out[1:3] == ["只有办好冰雪节，才能", "把游客留在村里过年"]
    out = clean_text(head + "只有办好冰雪节，才能把\n\n游客留在村里过年\n\n" + story).split("\n\n")
    assert out[1:3] == ["只有办好冰雪节，才能把", "游客留在村里过年"]


def test_clean_joins_a_title_line_set_tight_over_a_line_opening_on_a_particle():
    # No headline opens on 的: the line goes on the title over it. A line of four
    # characters opening otherwise is a headline of its own.
    from declump.articles import form_clean_blocks

    def blocks(upper: str, lower: str) -> list[str]:
        lead = "本报讯 小镇今年春节办起了第一届冰雪节，附近村里的游客很多。"
        page = Page(1, [
            Block(H, "小镇冰雪节办得红火（山村见闻）", [Line("小镇冰雪节办得红火（山村见闻）", 1)]),
            Block(H, upper + lower, [Line(upper, 2), Line(lower, 3)], gap_before=True),
            Block(P, lead, [Line(lead, 5)], gap_before=True),
        ])
        form_clean_blocks(page)
        return [block.text for block in page.blocks[1:-1]]

    assert blocks("小镇第一届冰雪节带火了村里", "的民宿生意") == ["小镇第一届冰雪节带火了村里的民宿生意"]
    assert blocks("小镇第一届冰雪节带火了村里", "民宿生意") == ["小镇第一届冰雪节带火了村里", "民宿生意"]


def test_clean_joins_a_speech_kicker_wrapped_but_not_onto_a_section_label():
    from declump.articles import form_clean_blocks

    def blocks(upper: str, lower: str) -> list[str]:
        lead = "本报讯 小镇今年春节办起了第一届冰雪节，附近村里的游客很多。"
        page = Page(1, [
            Block(H, upper + lower, [Line(upper, 2), Line(lower, 3)], gap_before=True),
            Block(H, "办好冰雪节带火乡村游", [Line("办好冰雪节带火乡村游", 5)], gap_before=True),
            Block(P, lead, [Line(lead, 7)], gap_before=True),
        ])
        form_clean_blocks(page)
        return [block.text for block in page.blocks[:-2]]

    assert blocks("县长在小镇冰雪节开幕式上", "讲话时强调") == ["县长在小镇冰雪节开幕式上讲话时强调"]
    assert blocks("民生关注", "县长在冰雪节开幕式上强调") == ["民生关注", "县长在冰雪节开幕式上强调"]


def test_title_whose_copies_were_cut_into_lines_out_of_step_is_printed_once():
    # The second copy's opening quote lands on the first copy's line (走基““层面 / 基 层面):
    # no runs printed twice in a row, yet every character comes twice, nearly in step.
    from declump import clean_text
    from declump.lines import _undouble_interleaved

    head = "冰雪节里看灯会\n冰雪节里看灯会\n（\n（新春\n新春··走\n走基““层面\n基 层面\n客来客来””））\n"
    story = "\n本报讯 小镇今年春节办起了第一届冰\n雪节，附近村里的游客很多。\n"
    # (The column tag on the line under the title is part of that title, as in split.)
    assert clean_text(head + story).split("\n\n")[0] == "冰雪节里看灯会（新春·走基“层面客来”）"
    # Characters twice but far out of order are no copy of a title.
    assert _undouble_interleaved(["小镇冰雪节游客", "小镇", "客游节雪冰"]) is None


def test_number_in_a_title_doubled_piece_by_piece_stays_whole():
    # 2020 ends the second line and starts the third: printed twice, not 20 printed twice.
    from declump.lines import repair_lines

    def undoubled(*texts: str) -> list[str]:
        lines = [Line(text, n + 1) for n, text in enumerate(texts)]
        return [line.text for line in repair_lines(lines, Config(), null_log())]

    assert undoubled("小镇冰雪节", "小镇冰雪节 2020", "2020 年游客创新高", "年游客创新高") == ["小镇冰雪节2020年游客创新高"]
    # Where no more lines make one headline, the first reading stands.
    assert undoubled("小镇冰雪节", "小镇冰雪节 2020", "20 个村庄的游客都来了。") == ["小镇冰雪节20", "20个村庄的游客都来了。"]


def test_short_line_printed_twice_away_from_a_fake_bold_title_stays():
    from declump import clean_text

    # 看看 twice in a body column is two words, not a headline printed twice.
    text = "本报讯 小镇今年春节办起了第一届冰\n雪节，大家都说：“去\n看看\n看看\n吧。”\n"
    assert "看看看看" in clean_text(text)


def test_title_run_onto_the_end_of_the_story_above_starts_the_next():
    page = Page(1, [
        block_of_lines(
            P,
            (1, "老街的石板路修好了，居民们"),
            (2, "出门再也不怕雨天，商铺也多"),
            (3, "了起来，街坊们都很高兴。"),
            (5, "新桥通车"),
        ),
        block_of_lines(P, (7, "本报讯 新桥昨日通车，两岸居民往来"), (8, "只需五分钟，比过去快了很多。")),
    ])
    segment_page(page, Config(), null_log())
    assert [a.headlines for a in page.articles] == [[], ["新桥通车"]]
    assert page.articles[0].paragraphs[-1].endswith("街坊们都很高兴。")


def test_letter_spaced_line_between_blank_lines_is_body_text_not_a_title():
    # Short once its spaces are gone, but stretched to the column's width: a justified body
    # line (a paragraph's last line is set tight), not a title; set tight, it is one.
    def page_with(middle: Line) -> Page:
        rows = [
            Line("老街的石板路修好了，居民们", 1),
            Line("出门再也不怕雨天，商铺多了。", 2),
            middle,
            Line("银行为商户提供短期的贷款，", 6),
            Line("街坊们都很高兴。", 7),
        ]
        page = Page(1, [Block(P, "".join(line.text for line in rows), rows)])
        segment_page(page, Config(), null_log())
        return page

    spaced = page_with(Line("据悉，未来还会引导", 4, spaced=True))
    assert [(a.headlines, len(a.paragraphs)) for a in spaced.articles] == [([], 1)]
    tight = page_with(Line("据悉，未来还会引导", 4))
    assert "据悉，未来还会引导" in [h for a in tight.articles for h in a.headlines]


def test_column_break_across_a_blank_line_stays_one_paragraph():
    # A full-width line at the foot of a column, then the rest at the top of the next one.
    rows = [(1, "老街的石板路修好了，居民们"), (3, "出门再也不怕雨天，商铺也多"), (4, "了起来，街坊们都很高兴。")]
    page = Page(1, [block_of_lines(P, *rows)])
    segment_page(page, Config(), null_log())
    assert page.articles[0].headlines == []
    assert len(page.articles[0].paragraphs) == 1


# -- stories told apart by their headlines -------------------------------------------------


def test_two_stories_under_a_pile_of_headlines_are_cut_where_their_words_change():
    page = segment(
        (H, "山村小学添了新图书馆（教育观察）"),
        (H, "渔港码头冬季开海（海洋一线）"),
        (P, "山村小学的新图书馆昨天开放，孩子们第一次走进宽敞明亮的阅览室。"),
        (P, "图书馆藏书三千多册，都是社会各界捐赠的，老师们利用寒假把图书分类上架。"),
        (P, "校长说，新图书馆开放以后，孩子们课后多了一个读书的好去处。"),
        (P, "渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。"),
        (P, "今年开海第一网收获不错，码头上的鱼货很快被收购一空，渔民笑得合不拢嘴。"),
    )
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles] == [
        (["山村小学添了新图书馆（教育观察）"], 3),
        (["渔港码头冬季开海（海洋一线）"], 2),
    ]


def _cut_by_two_titles(near: bool) -> list[list[int]]:
    from declump.articles import _cut_story, _features, _idf, _Story

    # Two village-school paragraphs, then a county-school one that reads much like them.
    texts = [
        "山村小学的新图书馆昨天开放，孩子们走进了阅览室。",
        "山村小学的孩子们在图书馆里读书。",
        "县城中学的新图书馆昨天也开放，学生们走进了阅览室。",
    ]
    blocks = [Block(P, text, [Line(text, n + 1)]) for n, text in enumerate(texts)]
    heads = [_features("山村小学有了新图书馆"), _features("县城中学有了新图书馆")]
    idf = _idf(_features(text) for text in texts)
    stories = _cut_story(_Story(body=[0, 1, 2]), heads, blocks, idf, near=[near, near])
    return [story.body for story in stories]


def test_two_titles_printed_over_a_story_cut_it_on_little_evidence():
    assert _cut_by_two_titles(near=True) == [[0, 1], [2]]


def test_titles_drawn_from_elsewhere_by_their_words_need_more_evidence_to_cut_a_story():
    # One paragraph reading much like the text before it is too little to tell, by words
    # alone, a second story from the same one.
    assert _cut_by_two_titles(near=False) == [[0, 1, 2]]


def test_title_sharing_no_words_with_its_story_still_cuts_the_stories_under_it():
    # The first title is a figure of speech: only its place over the stories ties it to
    # the first one, yet two titles over one run of text are two stories.
    page = segment(
        (H, "守住心里那根弦（时评）"),
        (H, "渔港码头冬季开海（海洋一线）"),
        (P, "党员干部手中的权力是人民赋予的，只有兢兢业业才能不辜负人民的重托。"),
        (P, "作风建设永远在路上，干部要敢于担当，把责任扛在肩上，把工作落到实处。"),
        (P, "只有营造干事创业的氛围，才能让能干事的干部脱颖而出。"),
        (P, "渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。"),
        (P, "今年开海第一网收获不错，码头上的鱼货很快被收购一空，渔民笑得合不拢嘴。"),
    )
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles] == [
        (["守住心里那根弦（时评）"], 3),
        (["渔港码头冬季开海（海洋一线）"], 2),
    ]


def _stacked_titles(count: int) -> list[tuple[list[str], int]]:
    # Two stories set side by side, their titles printed row by row: school title, harbour
    # title, school subtitle, harbour subtitle; then the school story, then the harbour one.
    titles = ["山村小学添了新图书馆", "渔港码头冬季开海", "孩子们有了读书好去处", "渔民撒网迎来好收成"]
    titles = titles[:count]
    texts = [
        "山村小学的新图书馆昨天开放，孩子们第一次走进宽敞明亮的阅览室。",
        "图书馆藏书三千多册，都是社会各界捐赠的，老师们利用寒假把图书分类上架。",
        "校长说，新图书馆开放以后，山村小学的孩子们课后多了一个读书的好去处。",
        "渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。",
        "今年开海第一网收获不错，码头上的鱼货很快被收购一空，渔民笑得合不拢嘴。",
    ]
    specs = [(H, text) for text in titles] + [(P, text) for text in texts]
    page = segment_blocks([Block(kind, text, [Line(text, 0)], gap_before=True) for kind, text in specs])
    return [(a.headlines, len(a.paragraphs)) for a in page.articles]


def test_titles_of_stories_side_by_side_printed_row_by_row_cut_the_text_under_them():
    assert _stacked_titles(4) == [
        (["山村小学添了新图书馆", "孩子们有了读书好去处"], 3),
        (["渔港码头冬季开海", "渔民撒网迎来好收成"], 2),
    ]


def test_three_titles_over_a_story_are_read_as_one_headline():
    # A kicker, a title and a subtitle: one story's headline, however its text turns.
    assert [n for _, n in _stacked_titles(3)] == [5]


def test_short_line_alone_at_the_head_of_the_page_is_its_section_label():
    page = segment(
        (H, "奋进新时代"),
        (P, SCHOOL[0]),
        (P, SCHOOL[1]),
        (H, "渔港码头冬季开海"),
        (P, HARBOUR[0]),
        (P, HARBOUR[1]),
    )
    assert [(o.kind, o.text) for o in page.other] == [(BlockKind.SECTION, "奋进新时代")]
    assert [a.headlines for a in page.articles] == [[], ["渔港码头冬季开海"]]


def test_short_title_alone_further_down_stays_a_title():
    page = segment((P, SCHOOL[0]), (P, SCHOOL[1]), (H, "开海"), (P, HARBOUR[0]), (P, HARBOUR[1]))
    assert [a.headlines for a in page.articles] == [[], ["开海"]]
    assert not page.other


def test_kicker_reporting_a_speech_and_its_title_printed_apart_draw_one_story():
    # The kicker stands over another story's column, the title over the story it leads into;
    # both name the same story, which is not cut in two between them.
    kicker = "王明在市财政局调研并主持召开座谈会时强调"
    title = "抓好减税降费推动财政政策加力提效"
    page = segment(
        (H, "奋进新时代"),
        (P, SCHOOL[0]),
        (P, SCHOOL[1]),
        (H, kicker),
        (P, "本报讯 全市“扫黄打非”办公室作出专门部署，将开展三项专项行动。"),
        (P, "开展“净网”专项行动，将聚焦整治网络色情和低俗问题。"),
        (H, title),
        (P, "新华社北京2月15日电 王明15日到市财政局调研并主持召开座谈会，听取减税降费工作汇报。"),
        (P, "王明强调，做好财政工作要立足全局，落实减税降费政策，推动财政政策加力提效。"),
        (P, "王明表示，实施更大规模的减税降费，要加强财政干部队伍建设，抓好政策落实。"),
    )
    story = next(a for a in page.articles if a.byline == "新华社北京2月15日电")
    assert story.headlines == [kicker, title]
    assert len(story.paragraphs) == 3


def test_column_going_on_after_a_piece_reassembly_moved_follows_that_paragraph():
    # Lines 6-7 head a column and finish the farm story's paragraph printed further down
    # (reassembly joined them to it: its lines jump back); the paragraph printed under them
    # in that column (line 8) is the farm story's next one, not the bridge story's.
    def block(kind: BlockKind, *rows: tuple[int, str]) -> Block:
        return Block(kind, "".join(text for _, text in rows), [Line(text, number) for number, text in rows])

    page = Page(1, [
        block(H, (1, "新桥通车")),
        block(P, (3, "本报讯 新桥昨日通车，两岸居民往来只需五分钟。")),
        block(P, (4, "大桥全长八百米，是全市最长的桥梁，工程历时两年。")),
        block(P, (8, "农场今年又扩大了种植面积，预计产量还会增加。")),
        block(H, (10, "农场坚持用农家肥")),
        block(P, (12, "本报讯 农场这些年来一直坚持用农家肥，场长告诉"), (13, "记者，他们"), (6, "始终相信这条路能走通，"), (7, "后来产量一年比一年好。")),
    ])
    segment_page(page, Config(), null_log())
    farm = next(a for a in page.articles if a.headlines == ["农场坚持用农家肥"])
    assert farm.paragraphs[-1] == "农场今年又扩大了种植面积，预计产量还会增加。"
    assert len(farm.paragraphs) == 2
    bridge = next(a for a in page.articles if a.headlines == ["新桥通车"])
    assert len(bridge.paragraphs) == 2


HARBOUR = [
    "本报讯 渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。",
    "今年开海第一网收获不错，码头上的鱼货很快被收购一空，渔民笑得合不拢嘴。",
]
HARBOUR_COLUMN = [
    "渔港管理站说，开海以后渔船进出港湾频繁，码头安排专人疏导渔船。",
    "渔民们盼着今年开海鱼货多，渔港码头的冷库也腾出地方收购鱼货。",
    "天黑以后，渔船陆续回到港湾，码头上灯火通明，渔民们卸下一筐筐鱼货。",
]
SCHOOL = [
    "本报讯 山村小学的新图书馆昨天开放，孩子们第一次走进宽敞明亮的阅览室。",
    "图书馆藏书三千多册，都是社会各界捐赠的，老师们利用寒假把图书分类上架。",
    "校长说，新图书馆开放以后，孩子们课后多了一个读书的好去处。",
]
RAILWAY = [
    "本报讯 新建铁路昨天全线铺通，沿线群众将告别出行难。",
    "铁路建设者克服山高谷深的困难，架起大桥，打通隧道，工程提前完工。",
    "铁路开通以后，沿线的水果和茶叶可以更快运出大山。",
]


def segment_with_gaps(texts: list[str], gaps: set[int]) -> Page:
    blocks = [Block(P, text, [Line(text, n + 1)], gap_before=n in gaps) for n, text in enumerate(texts)]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_column_of_a_story_printed_inside_another_goes_back_to_its_story():
    # The harbour story's second column was printed after the school story's first: it
    # follows a blank line with no lead or headline, and reads like the harbour story.
    page = segment_with_gaps(HARBOUR + SCHOOL + HARBOUR_COLUMN + RAILWAY, {5})
    assert [a.paragraphs for a in page.articles] == [HARBOUR + HARBOUR_COLUMN, SCHOOL, RAILWAY]


def test_column_after_a_blank_line_sharing_a_few_words_with_another_story_stays():
    school_column = ["图书馆还请来志愿者给孩子们讲故事，教孩子们借书还书。"]
    page = segment_with_gaps(HARBOUR + SCHOOL + school_column + RAILWAY, {5})
    assert [a.paragraphs for a in page.articles] == [HARBOUR, SCHOOL + school_column, RAILWAY]


def test_text_opening_mid_sentence_under_a_headline_goes_on_with_the_story_above():
    page = segment(
        (H, "Harbour reopens after winter storms"),
        (P, "By ANNA LEE"),
        (P, "The harbour reopened on Monday after storms closed it for a week, and the first"),
        (H, "Fishing fleet returns"),
        (P, "boats sailed at dawn with their crews glad to be back at sea."),
    )
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].startswith("boats sailed")


def test_paragraph_sharing_rare_phrases_only_with_another_story_goes_there():
    # A harbour paragraph printed right under the school story's lead (no blank line, so no
    # column run to move): it shares no three-character phrase with the school story and
    # several (渔港码头, 开海第一网, 鱼货) with the harbour story.
    stray = "渔港码头的冷库里，开海第一网的鱼货堆得满满的，收购鱼货的车排起长队。"
    page = segment_with_gaps(HARBOUR + [SCHOOL[0], stray] + SCHOOL[1:] + RAILWAY, set())
    assert [a.paragraphs for a in page.articles] == [HARBOUR + [stray], SCHOOL, RAILWAY]


def test_stray_opening_a_story_without_a_lead_goes_to_its_story():
    # The railway story's title was printed over a harbour paragraph, and the railway text
    # under it has no lead: the stray leaves it for the harbour story printed further down.
    stray = "渔港码头的冷库里，开海第一网的鱼货堆得满满的，收购鱼货的车排起长队。"
    page = segment(
        *body(SCHOOL),
        (H, "山区铁路全线铺通"),
        *body([stray] + RAILWAY[1:] + HARBOUR),
    )
    school, railway, harbour = page.articles
    assert school.paragraphs == SCHOOL
    assert (railway.headlines, railway.paragraphs) == (["山区铁路全线铺通"], RAILWAY[1:])
    assert sorted(harbour.paragraphs) == sorted(HARBOUR + [stray])


def test_kicker_whose_words_tie_goes_to_the_title_after_it_in_its_run():
    # The kicker reads like the railway and the school story alike; another story's title
    # stands between it and its own title, which the school story took by its words.
    page = segment(
        *body(RAILWAY),
        (H, "新建铁路和新图书馆——"),
        (H, "渔港开海"),
        *titled("山村小学有了新图书馆", SCHOOL + HARBOUR),
    )
    railway, school, harbour = page.articles
    assert railway.headlines == []
    assert school.headlines == ["新建铁路和新图书馆——", "山村小学有了新图书馆"]
    assert harbour.headlines == ["渔港开海"]


def _title_halves_page(second_half: str) -> Page:
    # A title set across two columns: its first phrase over the page's first column (here
    # holding the school story), its second, with the column tag, over the harbour text.
    return segment(
        (H, "码头开海"),
        *titled("山村小学有了新图书馆", SCHOOL),
        (H, second_half),
        *body(HARBOUR + HARBOUR_COLUMN),
    )


def test_two_phrases_of_a_title_printed_apart_are_one_headline():
    school, harbour = _title_halves_page("喜气洋洋（海洋一线）").articles
    assert school.headlines == ["山村小学有了新图书馆"]
    assert harbour.headlines == ["码头开海 喜气洋洋（海洋一线）"]


@pytest.mark.parametrize("line", ["渔民们喜气洋洋过新年（海洋一线）", "喜气洋洋迎新年（海洋一线）"])
def test_a_line_of_another_length_is_no_half_of_a_nearby_title(line):
    # Ten characters like the school title, printed after the school story's text: no half
    # of it; seven characters: no half of the harbour title either.
    page = _title_halves_page(line)
    assert [a.headlines for a in page.articles] == [["山村小学有了新图书馆"], ["码头开海"]]
    assert [o.text for o in page.other] == [line]


def test_headline_block_of_one_sentence_is_a_deck_opening_its_story():
    # Three lines without a sentence end, classed a headline, the second stopping at a comma:
    # one sentence (a deck), not three headlines; it opens the school story, whose lead is
    # not in the text, rather than going on with the harbour story above.
    lines = ["乡村小学的新图书馆向村民开放", "周末，村里的大人也能来借书，", "和孩子们一起读书"]
    deck = Block(H, "".join(lines), [Line(text, n + 10) for n, text in enumerate(lines)])
    body = [Block(P, text, [Line(text, n + 1)]) for n, text in enumerate(HARBOUR)]
    rest = [Block(P, text, [Line(text, n + 20)], gap_before=True) for n, text in enumerate(SCHOOL[1:])]
    page = Page(1, [*body, deck, *rest])
    segment_page(page, Config(), null_log())
    assert [(a.headlines, a.paragraphs) for a in page.articles] == [
        ([], HARBOUR),
        ([], ["".join(lines), *SCHOOL[1:]]),
    ]


def _deck_page(lines: list[str], body: list[str]) -> Page:
    deck = Block(H, "".join(lines), [Line(text, n + 10) for n, text in enumerate(lines)])
    above = [Block(P, text, [Line(text, n + 1)]) for n, text in enumerate(HARBOUR)]
    rest = [Block(P, text, [Line(text, n + 20)], gap_before=True) for n, text in enumerate(body)]
    page = Page(1, [*above, deck, *rest])
    segment_page(page, Config(), null_log())
    return page


def test_deck_printed_in_fake_bold_is_a_headline():
    # The deck of the test above printed in fake bold: a subtitle set over the school story
    # (decks are set in body type), not body text opening it.
    lines = ["乡村小学的新图书馆向村民开放", "周末，村里的大人也能来借书，", "和孩子们一起读书"]
    deck = Block(H, "".join(lines), [Line(text, n + 10, bold=True) for n, text in enumerate(lines)])
    body = [Block(P, text, [Line(text, n + 1)]) for n, text in enumerate(HARBOUR)]
    rest = [Block(P, text, [Line(text, n + 20)], gap_before=True) for n, text in enumerate(SCHOOL[1:])]
    page = Page(1, [*body, deck, *rest])
    segment_page(page, Config(), null_log())
    assert [a.paragraphs for a in page.articles] == [HARBOUR, SCHOOL[1:]]
    assert "".join(page.articles[1].headlines) == "".join(lines)


def test_headline_block_wrapping_a_word_and_holding_a_comma_is_a_deck():
    # No line stops at a comma, but 图书 runs across a line end: one sentence wrapped.
    lines = ["乡村小学的新图", "书馆向村民开放，大人也能来借", "书和孩子们一起读"]
    page = _deck_page(lines, SCHOOL[1:])
    assert [(a.headlines, a.paragraphs) for a in page.articles] == [([], HARBOUR), ([], ["".join(lines), *SCHOOL[1:]])]


def test_deck_repeating_the_text_of_the_page_does_not_open_a_story():
    # A pull quote: the story's own sentence set large between its columns. It stays body
    # text of the story it stands in.
    quoted = "今年开海第一网收获不错，码头上的鱼货很快被收购一空"
    lines = ["今年开海第一网收获不错，", "码头上的鱼货很快被收购一空"]
    page = _deck_page(lines, [HARBOUR_COLUMN[0]])
    assert quoted in HARBOUR[1]
    assert [a.paragraphs for a in page.articles] == [[*HARBOUR, "".join(lines), HARBOUR_COLUMN[0]]]


def test_paragraph_sharing_a_phrase_with_its_own_story_stays():
    # The same paragraph naming the school's new library stays with the school story.
    own = "新图书馆开放那天，渔港码头的渔民也送来鱼货，开海第一网的收获捐给学校。"
    page = segment_with_gaps(HARBOUR + [SCHOOL[0], own] + SCHOOL[1:] + RAILWAY, set())
    assert [a.paragraphs for a in page.articles] == [HARBOUR, [SCHOOL[0], own] + SCHOOL[1:], RAILWAY]


#: The school story under its title, then the railway story's title over what follows.
SCHOOL_UNDER_TITLES = [(H, "山村小学有了新图书馆"), (P, SCHOOL[0]), (P, SCHOOL[1]), (H, "山区铁路全线铺通")]


def test_column_under_another_storys_headline_joins_the_story_it_reads_like():
    # The school story's title and its first column come first; the railway story's title
    # was printed over the school story's second column, which has no lead of its own.
    page = segment(
        *SCHOOL_UNDER_TITLES,
        (P, "图书馆里，孩子们围着老师借书还书，新图书馆的阅览室坐满了读书的孩子。"),
        (P, "校长说，图书馆还要添置更多适合孩子们读的图书。"),
        (P, RAILWAY[0]),
        (P, RAILWAY[1]),
        (P, RAILWAY[2]),
        (P, HARBOUR[0]),
        (P, HARBOUR[1]),
    )
    school, railway, harbour = page.articles
    assert school.headlines == ["山村小学有了新图书馆"] and len(school.paragraphs) == 4
    assert railway.headlines == ["山区铁路全线铺通"] and railway.paragraphs == RAILWAY
    assert harbour.paragraphs == HARBOUR


def test_story_without_a_headline_sharing_little_with_the_others_stands_alone():
    page = segment(
        *SCHOOL_UNDER_TITLES,
        (P, "冬季开海以后，渔港码头天天热闹，渔船进进出出。"),
        (P, "渔民们说，今年的鱼货比往年多，价钱也好。"),
        (P, RAILWAY[0]),
        (P, RAILWAY[1]),
    )
    assert [len(a.paragraphs) for a in page.articles] == [2, 2, 2]


def test_story_without_a_lead_reading_like_the_story_before_goes_on_with_it():
    # The harbour story's title and photo caption were printed between its columns; the
    # second column, with no lead, reads like the first and takes the title along.
    page = segment(
        (P, HARBOUR[0]),
        (P, HARBOUR[1]),
        (H, "渔港开海"),
        (P, HARBOUR_COLUMN[0]),
        (P, HARBOUR_COLUMN[1]),
        (P, SCHOOL[0]),
        (P, SCHOOL[1]),
        (P, RAILWAY[0]),
        (P, RAILWAY[1]),
    )
    assert [(a.headlines, a.paragraphs) for a in page.articles][0] == (["渔港开海"], HARBOUR + HARBOUR_COLUMN[:2])
    assert len(page.articles) == 3


def test_short_phrase_over_a_tagged_title_stays_one_headline():
    # Rejoin joined the two phrases of one title printed on two lines; the headline stays one.
    title = Block(H, "渔港 冬季开海一派繁忙（海洋一线）", [Line("渔港", 1), Line("冬季开海一派繁忙（海洋一线）", 3)])
    body = [Block(P, text, [Line(text, n + 5)]) for n, text in enumerate(HARBOUR)]
    page = Page(1, [title, *body])
    segment_page(page, Config(), null_log())
    assert [_compact_text(h) for h in page.articles[0].headlines] == ["渔港冬季开海一派繁忙（海洋一线）"]


def test_column_tag_of_a_title_is_no_evidence_of_its_story():
    # The title shares 校园手机 with its story, printed further down; its column's name
    # (人民时评) is no word of the story and does not dilute what the title shares.
    page = segment(
        (H, "用心管好校园手机（人民时评）"),
        (H, "山区铁路全线铺通"),
        (P, RAILWAY[0]),
        (P, RAILWAY[1]),
        (H, "小手机引出大课题"),
        (P, "新学期开始了，校园手机怎么管，学校和家长都在想办法，孩子们的手机成了大课题。"),
        (P, "有的学校规定手机统一保管，有的学校和家长约定使用时间，耐心引导孩子。"),
    )
    railway, phones = page.articles
    assert railway.headlines == ["山区铁路全线铺通"]
    assert "用心管好校园手机（人民时评）" in phones.headlines


def test_a_note_closing_a_story_ends_it():
    # （本报…电） and （作者为…） close a story: the text after them, with neither lead nor
    # headline, is another story's, here one the page holds no other part of.
    page = segment(
        (P, HARBOUR[0]),
        (P, HARBOUR[1]),
        (P, "（本报渔港2月11日电）"),
        (P, "冬日的午后，老街的茶馆坐满了人，说书人一开口，满堂喝彩。"),
        (P, "茶馆老板说，老街的茶馆开了几十年，老茶客们天天都来。"),
    )
    assert [len(a.paragraphs) for a in page.articles] == [3, 2]


def test_kicker_and_title_of_one_story_do_not_cut_it():
    page = segment(
        (H, "河谷小镇办起冬季音乐节——"),
        (H, "乐声里的年味"),
        (P, "河谷小镇的冬季音乐节昨天开幕，乐声里满是年味，游客从各地赶来。"),
        (P, "小镇居民说，音乐节让冬天的河谷热闹起来，民宿也住满了客人。"),
    )
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles] == [
        (["河谷小镇办起冬季音乐节——", "乐声里的年味"], 2),
    ]


def test_section_label_over_a_title_goes_to_other():
    page = segment(
        (H, "Business"),
        (H, "Ferry operator orders two new ships"),
        (P, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
        (P, "The ships will carry cars and passengers and should enter service in two years."),
    )
    assert page.articles[0].headlines == ["Ferry operator orders two new ships"]
    assert [(o.kind, o.text) for o in page.other] == [(BlockKind.SECTION, "Business")]


def test_short_kicker_sharing_words_with_its_story_stays_a_headline():
    page = segment(
        (H, "渔港码头"),
        (H, "冬季开海第一网收获不错"),
        (P, "渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。"),
    )
    assert page.articles[0].headlines == ["渔港码头", "冬季开海第一网收获不错"]


def test_latin_masthead_date_line_is_page_furniture():
    page = segment(
        (H, "The Evening Star-Ledger, Friday, 25 February 2005"),
        (H, "Ferry operator orders two new ships"),
        (P, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
    )
    assert page.articles[0].headlines == ["Ferry operator orders two new ships"]
    assert page.other[0].kind is BlockKind.SECTION


#: A paragraph foot that stops mid-sentence at the end of its column, as lines 1–3.
FERRY_FOOT = (
    (1, "Shares in the ferry operator rose"),
    (2, "sharply on Tuesday after it said"),
    (3, "bookings for the summer were"),
)
FERRY_FOOT_TEXT = "Shares in the ferry operator rose sharply on Tuesday after it said bookings for the summer were"


def test_latin_title_run_onto_a_paragraph_foot_is_cut_out():
    page = Page(1, [block_of_lines(P, *FERRY_FOOT, (5, "Lighthouse keepers"), (6, "return to island"))])
    segment_page(page, Config(), null_log())
    assert page.articles[0].paragraphs == [FERRY_FOOT_TEXT]
    # No story of its own below it on this page: the title waits in other, as a headline.
    assert [(o.kind, o.text) for o in page.other] == [(BlockKind.HEADLINE, "Lighthouse keepers return to island")]


def test_text_cut_from_a_title_keeps_the_repairs_made_across_its_line_ends():
    # Rejoin closed up ``Guild-`` / ``hall`` when it built the block; the paragraph cut off
    # the title keeps that text, not its lines joined again (``Guild- hall``).
    lines = [
        Line("She won a scholarship to the Guild-", 1),
        Line("hall School of Music, and later", 2),
        Line("joined the company.", 3),
        Line("Lighthouse keepers", 5),
        Line("return to island", 6),
    ]
    text = "She won a scholarship to the Guildhall School of Music, and later joined the company. Lighthouse keepers return to island"
    page = Page(1, [Block(P, text, lines)])
    segment_page(page, Config(), null_log())
    assert page.articles[0].paragraphs == ["She won a scholarship to the Guildhall School of Music, and later joined the company."]
    assert [o.text for o in page.other] == ["Lighthouse keepers return to island"]


def test_latin_paragraph_foot_going_on_after_a_blank_line_stays_body():
    page = Page(1, [
        block_of_lines(
            P,
            (1, "Shares in the ferry operator rose"),
            (2, "sharply on Tuesday after it said"),
            (4, "Graeme Smith is closing in on"),
        ),
    ])
    segment_page(page, Config(), null_log())
    assert page.articles[0].headlines == []


def test_latin_titles_stacked_at_a_paragraph_foot_are_all_cut_out():
    titles = ((5, "Lighthouse keepers"), (6, "return to island"), (8, "Harbour master plans new marina"))
    page = Page(1, [block_of_lines(P, *FERRY_FOOT, *titles)])
    segment_page(page, Config(), null_log())
    assert page.articles[0].paragraphs == [FERRY_FOOT_TEXT]
    assert [o.text for o in page.other] == ["Lighthouse keepers return to island", "Harbour master plans new marina"]


def test_latin_body_lines_between_blank_lines_above_a_title_stay_body():
    page = Page(1, [
        block_of_lines(
            P,
            (1, "Shares in the ferry operator rose"),
            (3, "sharply on Tuesday after it said"),
            (5, "bookings for the summer were up"),
            (7, "Harbour master plans new marina"),
        ),
    ])
    segment_page(page, Config(), null_log())
    assert page.articles[0].paragraphs == [
        "Shares in the ferry operator rose sharply on Tuesday after it said bookings for the summer were up"
    ]
    assert [o.text for o in page.other] == ["Harbour master plans new marina"]


def test_latin_title_and_deck_run_together_above_a_byline_are_two_headlines():
    page = Page(1, [
        block_of_lines(
            P,
            (1, "Ferry operator"),
            (2, "orders two new ships"),
            (3, "The ships, which will carry cars and passengers, should"),
            (4, "enter service on the island routes in two years"),
        ),
        block_of_lines(P, (5, "By Jane Smith")),
        block_of_lines(P, (7, "A ferry operator has ordered two new ships for its island routes, it said on Monday.")),
    ])
    segment_page(page, Config(), null_log())
    assert page.articles[0].headlines == [
        "Ferry operator orders two new ships",
        "The ships, which will carry cars and passengers, should enter service on the island routes in two years",
    ]
    assert page.articles[0].paragraphs[0] == "By Jane Smith"


def test_latin_paragraph_above_a_byline_without_a_title_on_top_stays_body():
    page = Page(1, [
        block_of_lines(P, (1, "By John Brown")),
        block_of_lines(
            P,
            (3, "The harbour master wants a new marina, with room for sixty boats, and"),
            (4, "more moorings for the ferries that call at the island in summer"),
        ),
        block_of_lines(P, (5, "By Jane Smith")),
        block_of_lines(P, (7, "A ferry operator has ordered two new ships for its island routes, it said on Monday.")),
    ])
    segment_page(page, Config(), null_log())
    assert all(not a.headlines for a in page.articles)


def _paragraph_opening_over_a_skipped_line(opening: str, after: str) -> Page:
    # Layout text read column by column: a paragraph's short first line, then an input line
    # the column left empty, then its next lines.
    page = Page(1, [
        block_of_lines(P, (1, "By Jane Smith")),
        block_of_lines(
            P,
            (3, opening),
            (5, after),
            (6, "at the age of fifteen on a fishing boat from the harbour below his parents' house."),
        ),
    ])
    segment_page(page, Config(), null_log())
    return page


def test_latin_short_opening_line_whose_sentence_goes_on_after_a_skipped_line_stays_body():
    page = _paragraph_opening_over_a_skipped_line("Born in March", "1950, the captain first went to sea from the island")
    assert page.articles[0].headlines == []
    assert page.articles[0].paragraphs[1].startswith("Born in March 1950, the captain")


def test_latin_title_over_a_skipped_line_and_a_fresh_sentence_is_cut_out():
    page = _paragraph_opening_over_a_skipped_line("Captain retires", "The captain first went to sea from the island in 1950")
    assert page.articles[-1].headlines == ["Captain retires"]
    assert page.articles[-1].paragraphs[-1].startswith("The captain first went to sea")


def latin_block(kind: BlockKind, first: int, *texts: str) -> Block:
    """A Latin block of lines numbered from ``first``, joined with spaces as rejoin does."""
    return Block(kind, " ".join(texts), [Line(text, first + k) for k, text in enumerate(texts)])


def test_latin_deck_of_many_lines_between_a_title_and_a_byline_is_a_headline():
    deck = ("The ships, which", "will carry cars and", "passengers, should", "enter service on the", "island routes in 2027")
    page = Page(1, [
        latin_block(H, 1, "Ferry operator orders two ships"),
        latin_block(P, 2, *deck),
        latin_block(P, 8, "By Jane Smith"),
        latin_block(P, 10, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
    ])
    page.blocks[2].gap_before = page.blocks[3].gap_before = True
    segment_page(page, Config(), null_log())
    assert page.articles[0].headlines == ["Ferry operator orders two ships", " ".join(deck)]
    assert page.articles[0].paragraphs[0] == "By Jane Smith"


def test_latin_paragraph_under_a_title_ending_its_sentence_or_after_a_blank_line_stays_body():
    ended = ("The ships, which", "will carry cars and", "passengers, should", "enter service on the", "island routes in 2027.")
    deck = ended[:-1] + ("island routes in 2027",)
    for lines, gap in ((ended, False), (deck, True)):
        page = Page(1, [
            latin_block(H, 1, "Ferry operator orders two ships"),
            latin_block(P, 2 + gap, *lines),
            latin_block(P, 9, "By Jane Smith"),
            latin_block(P, 11, "A ferry operator has ordered two new ships for its island routes, it said."),
        ])
        page.blocks[1].gap_before = gap
        page.blocks[2].gap_before = page.blocks[3].gap_before = True
        segment_page(page, Config(), null_log())
        assert " ".join(lines) in page.articles[0].paragraphs, lines


def wrapped_title_page(first: str, second: str, blank_lines: bool) -> Page:
    page = Page(1, [
        latin_block(H, 1, first),
        latin_block(H, 2, second),
        latin_block(P, 4, "By Jane Smith"),
        latin_block(P, 6, "A ferry operator has ordered new ships for its island routes, it said on Monday."),
    ])
    page.blocks[2].gap_before = page.blocks[3].gap_before = blank_lines
    segment_page(page, Config(), null_log())
    return page


def test_latin_title_left_as_two_headlines_without_a_blank_line_between_is_one_title():
    page = wrapped_title_page("Ferry operator orders", "New island ships", blank_lines=True)
    assert page.articles[0].headlines == ["Ferry operator orders New island ships"]


def test_latin_kicker_over_a_title_or_titles_printed_without_blank_lines_stay_apart():
    page = wrapped_title_page("Island News", "Ferry operator orders two ships", blank_lines=True)
    assert page.articles[0].headlines == ["Island News", "Ferry operator orders two ships"]
    # pdftotext -raw prints no blank line anywhere: lines printed together say nothing.
    page = wrapped_title_page("Ferry operator orders", "New island ships", blank_lines=False)
    assert page.articles[0].headlines == ["Ferry operator orders", "New island ships"]

def test_latin_title_lines_opening_and_closing_a_quote_are_one_title_without_blank_lines():
    # pdftotext -raw prints no blank lines: a quotation opened and closed across the two
    # lines still shows they are one title, in either order the lines were drawn.
    page = wrapped_title_page("Mayor ‘to rebuild", "the old harbour’", blank_lines=False)
    assert page.articles[0].headlines == ["Mayor ‘to rebuild the old harbour’"]
    page = wrapped_title_page("the old harbour’", "Mayor ‘to rebuild", blank_lines=False)
    assert page.articles[0].headlines == ["Mayor ‘to rebuild the old harbour’"]


def test_latin_deck_whose_last_line_was_printed_first_is_put_back_in_order():
    # pdftotext -raw prints lines in drawing order: the deck's second line, then its first,
    # which stops on a word that cannot end it, right over the byline.
    def page_with(first: str) -> Page:
        page = Page(1, [
            latin_block(H, 1, "Ferry operator orders two ships"),
            latin_block(H, 2, "Island Harbour Board (IHB) last month"),
            latin_block(H, 3, first),
            latin_block(P, 4, "By Jane Smith"),
            latin_block(P, 5, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
        ])
        segment_page(page, Config(), null_log())
        return page

    deck = "The two new ships were approved for service by the Island Harbour Board (IHB) last month"
    assert deck in page_with("The two new ships were approved for service by the").articles[0].headlines
    # A line that can end a deck stays where it was printed.
    page = page_with("The two new ships were approved for service")
    assert all(not h.startswith("The two new ships were approved for service Island") for a in page.articles for h in a.headlines)


def test_latin_titles_with_whole_quotes_or_an_apostrophe_stay_apart_without_blank_lines():
    page = wrapped_title_page("Mayor ‘to rebuild’ harbour", "Ferry operator’s new ships", blank_lines=False)
    assert "Ferry operator’s new ships" in page.articles[0].headlines
    assert all("Mayor" not in headline for headline in page.articles[0].headlines)
    page = wrapped_title_page("Ferry operator’s", "Mayor ‘to rebuild", blank_lines=False)
    assert page.articles[0].headlines == ["Ferry operator’s", "Mayor ‘to rebuild"]


def test_latin_section_label_under_a_title_over_its_byline_goes_to_other():
    # pdftotext -raw prints the page's section label where it was drawn, after a title.
    page = wrapped_title_page("Ferry operator orders two ships", "Business", blank_lines=False)
    assert page.articles[0].headlines == ["Ferry operator orders two ships"]
    assert "Business" in [block.text for block in page.other]
    # A name its story shares is the title's last line.
    page = Page(1, [
        latin_block(H, 1, "Ferry operator orders ships from"),
        latin_block(H, 2, "Harland"),
        latin_block(P, 3, "By Jane Smith"),
        latin_block(P, 4, "A ferry operator has ordered two new ships from Harland, the Belfast yard. Harland will build them by 2027."),
    ])
    segment_page(page, Config(), null_log())
    assert "Harland" in " ".join(page.articles[0].headlines)


def test_latin_label_set_apart_from_the_title_below_by_a_blank_line_goes_to_other():
    def page_with(label_gap: bool) -> Page:
        page = Page(1, [
            latin_block(H, 1, "Island Ferries"),
            latin_block(H, 2 + label_gap, "Operator orders two new ships"),
            latin_block(P, 5, "By Jane Smith"),
            latin_block(P, 7, "The island ferries operator has ordered two new ships for its routes, it said on Monday."),
        ])
        page.blocks[1].gap_before = label_gap
        page.blocks[2].gap_before = page.blocks[3].gap_before = True
        segment_page(page, Config(), null_log())
        return page

    page = page_with(label_gap=True)
    assert page.articles[0].headlines == ["Operator orders two new ships"]
    assert [(o.kind, o.text) for o in page.other] == [(BlockKind.SECTION, "Island Ferries")]
    # Set tight over the title and naming its story, it is the title's kicker.
    assert page_with(label_gap=False).articles[0].headlines == ["Island Ferries", "Operator orders two new ships"]

def test_latin_headline_block_of_title_and_deck_is_cut_in_two():
    page = Page(1, [
        block_of_lines(
            H,
            (1, "Ferry operator orders two new ships"),
            (2, "It said the ships, with room for cars, will sail in two years"),
        ),
        block_of_lines(P, (4, "A ferry operator has ordered two new ships for its island routes, it said on Monday.")),
    ])
    segment_page(page, Config(), null_log())
    assert page.articles[0].headlines == [
        "Ferry operator orders two new ships",
        "It said the ships, with room for cars, will sail in two years",
    ]


def test_latin_title_wrapped_over_two_lines_is_not_cut():
    page = Page(1, [
        block_of_lines(H, (1, "Ferry operator orders"), (2, "Two new ships for islands")),
        block_of_lines(P, (4, "A ferry operator has ordered two new ships for its island routes, it said on Monday.")),
    ])
    segment_page(page, Config(), null_log())
    assert len(page.articles[0].headlines) == 1  # one title, not a title and a deck


def test_section_label_sharing_a_bylines_desk_goes_to_other():
    page = segment(
        (P, "By Jane Smith, Sports reporter"),
        (P, "The town's rowing club has won the regatta for the third year, its coach said on Monday."),
        (H, "Business"),
        (H, "Ferry operator orders two new ships"),
        (P, "By John Brown, Business editor"),
        (P, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
    )
    assert page.articles[-1].headlines == ["Ferry operator orders two new ships"]
    assert [(o.kind, o.text) for o in page.other] == [(BlockKind.SECTION, "Business")]


def test_two_latin_titles_side_by_side_go_to_their_own_stories():
    page = segment(
        (H, "Harbour master plans new marina"),
        (H, "Lighthouse keepers return to island"),
        (P, "By Jane Smith"),
        (P, "Two lighthouse keepers have returned to the island after ten years away from the lighthouse."),
        (P, "By John Brown"),
        (P, "The harbour master wants a new marina for the harbour, with room for sixty boats."),
    )
    assert [a.headlines for a in page.articles] == [
        ["Lighthouse keepers return to island"],
        ["Harbour master plans new marina"],
    ]



#: Two Latin stories, each under its byline, their headlines printed after them.
FERRY_AND_HARBOUR = [
    (P, "By Jane Smith"),
    (P, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
    (P, "By John Brown"),
    (P, "The harbour master wants a new marina for the harbour, with room for sixty boats."),
]


def test_latin_title_after_another_storys_deck_in_a_run_of_titles_goes_to_its_own_story():
    page = segment(
        *FERRY_AND_HARBOUR,
        (H, "Ferry operator orders two new ships"),
        (H, "The ships, which will serve its island routes, should enter service in two years"),
        (H, "Harbour master plans new marina"),
    )
    assert [a.headlines for a in page.articles] == [
        ["Ferry operator orders two new ships", "The ships, which will serve its island routes, should enter service in two years"],
        ["Harbour master plans new marina"],
    ]


def test_short_latin_titles_stacked_in_a_run_go_each_to_the_story_it_names():
    page = segment(
        *FERRY_AND_HARBOUR,
        (H, "Ferry operator expands"),
        (H, "Marina plan backed"),
    )
    assert [a.headlines for a in page.articles] == [["Ferry operator expands"], ["Marina plan backed"]]


def test_latin_deck_naming_no_story_stays_with_its_title():
    page = segment(
        *FERRY_AND_HARBOUR,
        (H, "Ferry operator expands"),
        (H, "Passengers will pay more from November"),
    )
    assert page.articles[0].headlines == ["Ferry operator expands", "Passengers will pay more from November"]

def test_latin_deck_set_tight_under_its_title_stays_with_it_whatever_its_words():
    def page_with(deck_gap: bool) -> Page:
        page = Page(1, [
            latin_block(P, 1, "By Jane Smith"),
            latin_block(P, 3, "A ferry operator has ordered two new ships for its island routes, it said on Monday."),
            latin_block(P, 5, "By John Brown"),
            latin_block(P, 7, "The harbour master wants a new marina for the harbour, with room for sixty boats."),
            latin_block(H, 9, "Ferry operator orders new island ships"),
            latin_block(H, 10 + deck_gap, "Harbour master welcomes them"),
        ])
        for k in (1, 2, 3, 4):
            page.blocks[k].gap_before = True
        page.blocks[5].gap_before = deck_gap
        segment_page(page, Config(), null_log())
        return page

    assert page_with(deck_gap=False).articles[0].headlines == [
        "Ferry operator orders new island ships", "Harbour master welcomes them"
    ]
    # Set apart by a blank line, it is the other story's title.
    assert [a.headlines for a in page_with(deck_gap=True).articles] == [
        ["Ferry operator orders new island ships"], ["Harbour master welcomes them"]
    ]

def test_latin_kicker_over_a_title_in_a_run_of_headlines_stays_with_it():
    page = segment(
        (H, "Island news"),
        (H, "Harbour master plans new marina"),
        (P, "By John Brown"),
        (P, "The harbour master wants a new marina for the island, with room for sixty boats."),
    )
    assert page.articles[0].headlines == ["Island news", "Harbour master plans new marina"]

# -- captions run into paragraphs ------------------------------------------------------------


def test_photo_caption_inside_a_paragraph_is_cut_out_and_the_paragraph_joined_again():
    page = Page(1, [
        block_of_lines(
            P,
            (1, "本报讯 小镇今年的冬季音乐节吸引了"),
            (2, "各地游客，民宿和饭馆都住满坐满，"),
            (4, "音乐节开幕当晚，广场"),
            (5, "上人头攒动。王林 摄"),
            (7, "镇上的居民也跟着忙了起来。"),
        ),
    ])
    segment_page(page, Config(), null_log())
    article = page.articles[0]
    assert article.captions == ["音乐节开幕当晚，广场上人头攒动。王林 摄"]
    assert article.paragraphs == ["本报讯 小镇今年的冬季音乐节吸引了各地游客，民宿和饭馆都住满坐满，镇上的居民也跟着忙了起来。"]


def test_caption_quoting_its_story_inside_a_paragraph_is_cut_out():
    quote = "小镇的冬季音乐节已经办了整整十年。"
    page = Page(1, [
        block_of_lines(P, (1, "本报讯 今年的音乐节吸引了各地游客。"), (2, quote)),
        block_of_lines(P, (4, "民宿和饭馆都住满坐满，镇上的"), (5, "居民也跟着忙了起来。"), (7, quote)),
    ])
    segment_page(page, Config(), null_log())
    assert page.articles[0].captions == [quote]
    assert len(page.articles[0].paragraphs) == 2


def test_title_with_its_column_tag_inside_a_paragraph_starts_a_story():
    page = Page(1, [
        block_of_lines(
            P,
            (1, "老街的石板路修好了，居民们出门"),
            (2, "再也不怕雨天，街坊们都很高兴。"),
            (4, "渔港迎来开海日（新春走基层）"),
            (5, "渔港码头昨天迎来冬季开海，上百"),
            (6, "艘渔船驶出港湾，渔民忙着撒网。"),
        ),
    ])
    segment_page(page, Config(), null_log())
    assert [a.headlines for a in page.articles] == [[], ["渔港迎来开海日（新春走基层）"]]


def test_title_tagged_as_a_reporters_note_is_a_headline():
    page = segment(
        (H, "渔港码头的早晨（记者手记）"),
        (P, "渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。"),
    )
    assert page.articles[0].headlines == ["渔港码头的早晨（记者手记）"]


def test_long_english_caption_with_an_agency_credit():
    caption = (
        "Fishermen unload the first catch of the season at the harbour on Monday morning, "
        "after a winter in which storms kept most boats in port for weeks. Reuters/Tom Green"
    )
    page = segment(
        (H, "Harbour fishermen land first catch of the season"),
        (P, "By Jane Smith"),
        (P, "Fishermen landed the first catch of the season at the harbour on Monday after a stormy winter."),
        (P, caption),
    )
    assert page.articles[0].captions == [caption]



def test_two_full_lines_cut_mid_sentence_are_body_not_a_headline():
    # A paragraph's first lines (the first one indented), cut off at the foot of the
    # column (the rest was printed elsewhere), standing just above another story's title.
    lead = "本报讯 全市春耕备耕工作全面展开，各地抢抓农时，组织农民开展春播，确保粮食播种面积稳定。"
    first, second = "没过多久，合作社又添了", "新设备，社员们干劲更足了，纷"
    title = "老街巷焕发新活力（新春走基层）"
    rest = "走进城南老街，青石板路干净整洁，沿街商铺生意红火，游客络绎不绝，老街坊们说日子越过越好。"
    piece = Block(H, first + second, [Line(first, 20), Line(second, 21)])
    page = Page(1, [column_block(lead, 1), piece, Block(H, title, [Line(title, 30)]), column_block(rest, 31)])
    segment_page(page, Config(), null_log())
    assert [h for a in page.articles for h in a.headlines] == [title]
    assert first + second in [p for a in page.articles for p in a.paragraphs]


def test_pull_quote_over_two_lines_is_a_paragraph_of_the_story_it_quotes():
    page = segment(
        (H, "春风送暖入农家"),
        (P, "本报讯 记者日前走访了山区的几个村庄。村民们说，日子越过越好了，这是我们最大的心愿。今年的收成也比往年更好。"),
        (H, "村民们说，日子越过越"),
        (H, "好了，这是我们最大的心愿"),
        (P, "村里新修了道路和学校，孩子们上学不再走山路。"),
    )
    quote = "村民们说，日子越过越好了，这是我们最大的心愿"
    heads = [h for a in page.articles for h in a.headlines]
    assert heads == ["春风送暖入农家"]
    story = next(a for a in page.articles if a.headlines)
    assert story.paragraphs[-1] == quote
    # Not a quote: a single title line that the story repeats.
    page = segment(
        (H, "日子越过越好"),
        (P, "本报讯 记者日前走访了山区的几个村庄。村民们都说，日子越过越好，收成也比往年更好。"),
    )
    assert page.articles[0].headlines == ["日子越过越好"]


# -- crossheads ----------------------------------------------------------------------------


def column_paragraph(number: int, *lines: str) -> Block:
    """A paragraph set in a column eight ems wide, one input line per row from ``number``."""
    return block_of_lines(P, *((number + k, text) for k, text in enumerate(lines)))


def test_heading_wrapped_in_the_column_between_paragraphs_is_a_crosshead():
    # The festival story's crosshead is set in larger type inside the eight-em column (six
    # characters a line): the story goes on under it, and the gold of such pages keeps it
    # as a paragraph.
    page = Page(1, [
        block_of_lines(H, (1, "小镇冬季音乐节开幕")),
        column_paragraph(2, "本报讯 小镇的冬", "季音乐节昨天开幕", "，游客说好。"),
        block_of_lines(H, (6, "四面八方来"), (7, "客 老街小巷迎宾"), (8, "朋")),
        column_paragraph(10, "来自各地的乐队在", "老街小巷轮番演出", "，游客很多。"),
    ])
    segment_page(page, Config(), null_log())
    [article] = page.articles
    assert article.headlines == ["小镇冬季音乐节开幕"]
    assert article.paragraphs[1] == "四面八方来客 老街小巷迎宾朋"
    assert len(article.paragraphs) == 3


def test_heading_wrapped_in_the_column_over_a_story_lead_is_its_title():
    page = Page(1, [
        block_of_lines(H, (1, "小镇冬季音乐节开幕")),
        column_paragraph(2, "本报讯 小镇的冬", "季音乐节昨天开幕", "，游客说好。"),
        block_of_lines(H, (6, "新桥昨日通"), (7, "车")),
        column_paragraph(9, "本报讯 新桥昨日", "通车，两岸居民往", "来方便了。"),
    ])
    segment_page(page, Config(), null_log())
    assert [a.headlines for a in page.articles] == [["小镇冬季音乐节开幕"], ["新桥昨日通车"]]


def test_heading_wrapped_flush_in_the_column_between_paragraphs_is_a_title():
    # A title wrapped at its one column's edge over its story's first paragraph (no lead):
    # its first line is as wide as the next, no paragraph's indented first line.
    page = Page(1, [
        block_of_lines(H, (1, "小镇冬季音乐节开幕")),
        column_paragraph(2, "本报讯 小镇的冬", "季音乐节昨天开幕", "，游客说好。"),
        block_of_lines(H, (6, "山区铁路全线铺"), (7, "通（交通）")),
        column_paragraph(9, "新建铁路昨天全", "线铺通，沿线群众", "将告别出行难。"),
    ])
    segment_page(page, Config(), null_log())
    assert [a.headlines for a in page.articles] == [["小镇冬季音乐节开幕"], ["山区铁路全线铺通（交通）"]]


def test_heading_wider_than_the_column_between_paragraphs_is_a_title():
    page = Page(1, [
        column_paragraph(1, "小镇的冬季音乐节", "昨天开幕，游客们", "都说好。"),
        block_of_lines(H, (5, "山区铁路全线铺通沿线群"), (6, "众告别出行难")),
        column_paragraph(8, "新建铁路昨天全线", "铺通，沿线群众将", "告别出行难。"),
    ])
    segment_page(page, Config(), null_log())
    assert len(page.articles) == 2


def harbour_then_titled_column(*column: str) -> Page:
    return segment(
        (H, "渔港开海"),
        (P, HARBOUR[0]),
        (P, HARBOUR[1]),
        (H, "夜归"),
        *((P, text) for text in column),
        (P, SCHOOL[0]),
        (P, SCHOOL[1]),
        (P, RAILWAY[0]),
        (P, RAILWAY[1]),
    )


def test_two_stories_reading_most_like_each_other_are_one():
    # The text under 夜归 has no lead and reads like the harbour story a little less than a
    # follower must on its own; the harbour story reads most like it in turn, and together
    # they are clear enough.
    page = harbour_then_titled_column(
        "天黑以后，渔船陆续回到港湾，码头上灯火通明，鱼货堆满码头。",
        "收购商说，今年的鱼又多又好，价钱也公道。",
    )
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles][0] == (["渔港开海", "夜归"], 4)
    assert len(page.articles) == 3


def test_stories_sharing_little_stay_apart_even_when_each_reads_most_like_the_other():
    page = harbour_then_titled_column("天黑以后，渔船陆续回到港湾，灯火通明。", "收购商说，今年的鱼又多又好，价钱也公道。")
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles][:2] == [(["渔港开海"], 2), (["夜归"], 2)]


def test_a_kicker_naming_another_story_leads_into_the_title_under_it():
    # The kicker's words lean to the festival story a little, too little to claim it; its
    # dash leads into the railway title printed right under it.
    def page(kicker: str) -> Page:
        return segment(
            (H, "小镇冬季音乐节开幕"),
            (P, "本报讯 小镇的冬季音乐节昨天开幕，游客说好。乐队演出很精彩。"),
            (H, kicker),
            (H, "新桥昨日通车"),
            (P, "本报讯 新桥昨日通车，两岸居民往来方便了。"),
        )

    assert [a.headlines for a in page("省文化厅负责人谈音乐节——").articles] == [
        ["小镇冬季音乐节开幕"],
        ["省文化厅负责人谈音乐节——", "新桥昨日通车"],
    ]
    # Without the dash the line leads into nothing: it stays apart.
    plain = page("省文化厅负责人谈音乐节")
    assert [a.headlines for a in plain.articles] == [["小镇冬季音乐节开幕"], ["新桥昨日通车"]]
    assert [o.text for o in plain.other] == ["省文化厅负责人谈音乐节"]


def test_a_title_line_of_four_characters_under_its_title_ends_it():
    lead = (P, "本报讯 沿海城市今年加快推进老旧小区改造，惠及万户居民。")
    page = segment((H, "沿海城市加快推进老旧小区"), (H, "改造工程"), lead)
    assert page.articles[0].headlines == ["沿海城市加快推进老旧小区改造工程"]
    # A short phrase opening the tagged title under it is that title's first phrase.
    page = segment((H, "沿海城市加快推进老旧小区改造"), (H, "万户居民"), (H, "受益（城市观察）"), lead)
    assert page.articles[0].headlines == ["沿海城市加快推进老旧小区改造", "万户居民受益（城市观察）"]


def test_a_kicker_reporting_a_speech_wrapped_over_two_lines_is_one_line():
    lead = (P, "本报讯 市委书记昨天在全市营商环境大会上强调，要持续优化营商环境，服务企业发展。“营商环境就是生产力”。")
    title = (H, "持续优化营商环境服务企业发展")
    page = segment((H, "市委书记在全市调研并主持"), (H, "召开营商环境大会时强调"), title, lead)
    assert page.articles[0].headlines == ["市委书记在全市调研并主持召开营商环境大会时强调", "持续优化营商环境服务企业发展"]
    # Under a line closed by its quotation mark, the kicker opens afresh.
    page = segment((H, "“营商环境就是生产力”"), (H, "市委书记在全市营商环境大会上强调"), title, lead)
    assert page.articles[0].headlines == ["“营商环境就是生产力”", "市委书记在全市营商环境大会上强调", "持续优化营商环境服务企业发展"]


def test_a_line_between_a_title_and_its_story_is_its_subtitle():
    # The subtitle's words name none of the story's: its place between the title and the
    # story's first paragraph ties it there. After a title closing on its column's tag the
    # line is left apart (a tag ends its title).
    def page(title: str) -> Page:
        return segment(
            (H, "山区铁路全线铺通"),
            (P, "本报讯 新建铁路昨天全线铺通，沿线群众将告别出行难。"),
            (H, title),
            (H, "一条街巷的新面貌"),
            (P, "本报讯 沿海城市今年加快推进老旧小区改造，惠及万户居民。改造后的小区道路平整，绿树成荫。"),
        )

    assert page("沿海城市加快推进老旧小区改造").articles[1].headlines == ["沿海城市加快推进老旧小区改造", "一条街巷的新面貌"]
    tagged = page("沿海城市加快推进老旧小区改造（城市观察）")
    assert tagged.articles[1].headlines == ["沿海城市加快推进老旧小区改造（城市观察）"]
    assert [o.text for o in tagged.other] == ["一条街巷的新面貌"]


def test_two_phrases_printed_apart_over_a_title_are_one_kicker_line():
    # pdftotext printed the kicker 明码标价 诚信经营 as two blocks at its space, both short
    # as labels and sharing no words with the story: a page sets one section label over a
    # title, never two.
    def page(*heads: str) -> Page:
        above = "本报讯 新建铁路昨天全线铺通，沿线群众将告别出行难。"
        blocks = [Block(H, text, [Line(text, 2 * n + 3)], gap_before=True) for n, text in enumerate(heads)]
        lead = "本报讯 老街上的商户们立下规矩，童叟无欺，生意越做越好。"
        page = Page(1, [Block(P, above, [Line(above, 1)]), *blocks, Block(P, lead, [Line(lead, 11)], gap_before=True)])
        segment_page(page, Config(), null_log())
        return page

    title = "老街商户立规矩（街巷观察）"
    assert page("明码标价", "诚信经营", title).articles[1].headlines == ["明码标价 诚信经营", title]
    # One such line alone over the title is a section label.
    alone = page("社会万象", title)
    assert alone.articles[1].headlines == [title]
    assert [o.text for o in alone.other] == ["社会万象"]


def test_a_two_phrase_kicker_over_a_title_stays_its_own_headline():
    # Two short phrases on two lines are one wrapped title (民俗用好 / 治村有招（民生观）);
    # a line that already holds two phrases is a kicker over the title under it.
    page = segment(
        (H, "明码标价 诚信经营"),
        (H, "老街商户的诚信经（街巷观察）"),
        (P, "本报讯 老街上的商户们立下规矩，明码标价，童叟无欺，诚信经营。"),
    )
    assert page.articles[0].headlines == ["明码标价 诚信经营", "老街商户的诚信经（街巷观察）"]
    wrapped = segment((H, "老街商户"), (H, "讲诚信（街巷观察）"), (P, "本报讯 老街上的商户们立下规矩，诚信经营。"))
    assert wrapped.articles[0].headlines == ["老街商户讲诚信（街巷观察）"]


def test_column_under_its_own_headline_reading_much_like_another_story_joins_it():
    # The harbour story's headline was printed over its second column, after the school
    # story: the column has no lead and reads like the harbour story far more than chance.
    column = "渔港码头的渔民们说，今年开海渔船多，码头上的鱼货也多。"
    page = segment(
        (P, HARBOUR[0]),
        (P, HARBOUR[1]),
        (P, SCHOOL[0]),
        (P, SCHOOL[1]),
        (H, "渔港码头鱼货丰收"),
        (P, column),
        (P, RAILWAY[0]),
        (P, RAILWAY[1]),
    )
    harbour, school, railway = page.articles
    assert harbour.headlines == ["渔港码头鱼货丰收"] and harbour.paragraphs == HARBOUR + [column]
    assert school.paragraphs == SCHOOL[:2] and railway.paragraphs == RAILWAY[:2]


def test_a_line_ending_in_a_cut_word_is_no_headline() -> None:
    from declump.articles import _reads_as_headline

    assert not _reads_as_headline("Selling the bakery’s bread-")
    assert _reads_as_headline("Selling the bakery’s bread")


# -- a column that opens mid-paragraph ---------------------------------------------------

COLUMN = 10  # ems: every block below is set in a column ten characters wide


def set_in_column(text: str, gap: bool = True, indent: bool = True) -> Block:
    """A block of ``text`` set in a ten-character column: its first line two ems short
    when it opens a paragraph (``indent``), a full line when it goes on from elsewhere."""
    first = COLUMN - 2 if indent else COLUMN
    lines = [text[:first]] + [text[k : k + COLUMN] for k in range(first, len(text), COLUMN)]
    return Block(P, text, [Line(line, 0) for line in lines], float(COLUMN), gap_before=gap)


def segment_blocks(blocks: list[Block]) -> Page:
    line = 1
    for block in blocks:
        line += block.gap_before
        for piece in block.lines:
            piece.number = line
            line += 1
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


# The harbour story's second paragraph stops mid-sentence on a full line at its column's foot.
HARBOUR_STOPS = "渔港管理站说，开海以后渔船进出港湾频繁，码头安排专人"


def _column_opening_mid_paragraph(rest: str) -> Page:
    return segment_blocks(
        [set_in_column(HARBOUR[0], gap=False), set_in_column(HARBOUR_STOPS)]
        + [set_in_column(text) for text in SCHOOL]
        + [set_in_column(rest, indent=False)]
        + [set_in_column(text) for text in RAILWAY]
    )


def test_column_opening_mid_paragraph_goes_on_the_story_stopping_mid_sentence():
    # Printed after the school story, the rest of the harbour paragraph starts on a full line
    # (no indent) and shares rare phrases (渔船进出港湾, 渔港码头, 开海第一网) with the harbour
    # story only: it goes there, and the paragraph is whole again.
    rest = "疏导渔船进出港湾，渔港码头的冷库也腾出地方收购开海第一网的鱼货。"
    harbour, school, railway = _column_opening_mid_paragraph(rest).articles
    assert harbour.paragraphs == [HARBOUR[0], HARBOUR_STOPS + rest]
    assert school.paragraphs == SCHOOL
    assert railway.paragraphs == RAILWAY


def test_column_opening_mid_paragraph_that_reads_like_its_own_story_stays():
    # The column goes on from the school story above it (新图书馆, 阅览室): it stays there, and
    # the harbour paragraph that stops mid-sentence is left as it is.
    rest = "借书还书，新图书馆的阅览室坐满了读书的孩子。"
    harbour, school, _railway = _column_opening_mid_paragraph(rest).articles
    assert harbour.paragraphs == [HARBOUR[0], HARBOUR_STOPS]
    assert school.paragraphs == SCHOOL + [rest]


# -- a column without lead or headline sharing rare phrases with a story ------------------

# A column of the harbour story printed under the railway story's title, before that story's
# lead: it opens a story of its own with neither lead nor headline. Its words are mostly its
# own (the station master's life), so it leans to the harbour story only a little.
HARBOUR_KEEPER = [
    "管理站的老站长说，今年开海以后，夜里进出港湾的渔船比往年多了一倍。",
    "他每天守在码头边的小屋里，用对讲机提醒渔船注意避让，码头上的鱼货堆成了小山。",
    "老人年轻时当过兵，退伍后回到家乡，一干就是三十年，从没请过一天假。",
]


def _keeper_page(column: list[str]) -> Page:
    return segment(
        *titled("渔港开海", HARBOUR),
        *titled("山村小学有了新图书馆", SCHOOL),
        *titled("新建铁路全线铺通", column + RAILWAY),
    )


def test_column_sharing_rare_phrases_with_one_story_only_joins_it():
    # 今年开海, 进出港湾, 码头上的鱼货: phrases of the harbour story and of no other.
    harbour, school, railway = _keeper_page(HARBOUR_KEEPER).articles
    assert harbour.paragraphs == HARBOUR + HARBOUR_KEEPER
    assert school.paragraphs == SCHOOL
    assert railway.paragraphs == RAILWAY


def test_column_sharing_few_rare_phrases_stays_a_story_of_its_own():
    # Without the quay's catch, it shares too few phrases (今年开海, 出港湾) to tell.
    column = [HARBOUR_KEEPER[0], "他每天守在码头边的小屋里，用对讲机提醒渔船注意避让。", HARBOUR_KEEPER[2]]
    page = _keeper_page(column)
    assert [a.paragraphs for a in page.articles] == [HARBOUR, SCHOOL, column, RAILWAY]


def _after_a_lead_alone(column: list[str], caption_between: bool = False) -> list[list[int]]:
    # The harbour story cut to its lead under its title; ``column``, printed right after the
    # lead, made a story of its own (with neither lead nor headline); then the school story.
    from declump.articles import _merge_orphans, _Story, _Vocabulary

    between = [(C, "图为渔港。")] if caption_between else []
    page = make_page((H, "渔港开海"), (P, HARBOUR[0]), *between, *body(column), (H, "山村小学有了新图书馆"), *body(SCHOOL))
    start = 2 + len(between)
    end = start + len(column)
    stories = [
        _Story(body=[1], heads=[0], lead=True),
        _Story(body=list(range(start, end))),
        _Story(body=list(range(end + 1, end + 1 + len(SCHOOL))), heads=[end], lead=True),
    ]
    _merge_orphans(page.blocks, stories, _Vocabulary(page.blocks, stories))
    return [story.body for story in stories]


def test_column_right_after_a_lead_alone_under_its_title_goes_on_with_it():
    # 今年开海, 进出港湾: it leans to the lead a little, too little for a story of more text.
    assert _after_a_lead_alone([HARBOUR_KEEPER[0], HARBOUR_KEEPER[2]]) == [[1, 2, 3], [], [5, 6, 7]]


def test_column_under_a_caption_after_a_lead_alone_goes_on_with_it():
    assert _after_a_lead_alone([HARBOUR_KEEPER[0], HARBOUR_KEEPER[2]], caption_between=True) == [[1, 3, 4], [], [6, 7, 8]]


def test_column_reading_unlike_a_lead_alone_stays_apart():
    assert _after_a_lead_alone(HARBOUR_KEEPER[1:]) == [[1], [2, 3], [5, 6, 7]]
    assert _after_a_lead_alone(HARBOUR_KEEPER[1:], caption_between=True) == [[1], [3, 4], [6, 7, 8]]


# -- a dateline printed at a story's end ---------------------------------------------------

# A story that opens without a lead gives its dateline in brackets after its last paragraph.
FERRY_NO_LEAD = [
    "新开通的跨海渡轮昨天首航，两岸居民往来只需四十分钟。",
    "渡轮公司说，旺季还将加开夜班渡轮，方便游客往返。",
]
FERRY_DATELINE = "（本报青岛2月12日电）"


def test_dateline_after_a_story_with_a_lead_goes_to_the_story_without_one_before_it():
    # The ferry story's closing dateline was printed after the school story's text; the
    # school story gave its dateline in its lead (本报讯), so the note is the ferry story's.
    page = segment(
        *titled("跨海渡轮首航", FERRY_NO_LEAD),
        *titled("山村小学有了新图书馆", SCHOOL + [FERRY_DATELINE]),
    )
    ferry, school = page.articles
    assert ferry.paragraphs == FERRY_NO_LEAD + [FERRY_DATELINE]
    assert school.paragraphs == SCHOOL


def test_dateline_ending_a_story_without_a_lead_stays():
    page = segment(
        *titled("山村小学有了新图书馆", SCHOOL),
        *titled("跨海渡轮首航", FERRY_NO_LEAD + [FERRY_DATELINE]),
    )
    school, ferry = page.articles
    assert school.paragraphs == SCHOOL
    assert ferry.paragraphs == FERRY_NO_LEAD + [FERRY_DATELINE]


# -- a title printed right under a column's foot -------------------------------------------


def _column_foot_then(last_line: str) -> Page:
    # The harbour paragraph runs to the foot of its ten-character column, mid-sentence, and
    # rejoin ran the next line on into it.
    lines = ["渔港管理站说，开海", "以后渔船进出港湾频繁", "码头安排专人疏导渔船", "进出港湾，渔港码头的", last_line]
    text = "".join(lines)
    paragraph = Block(P, text, [Line(line, 0) for line in lines], float(COLUMN))
    return segment_blocks([set_in_column(HARBOUR[0], gap=False), paragraph] + [set_in_column(t) for t in SCHOOL])


def test_line_wider_than_its_column_ending_a_paragraph_is_a_title():
    # Eleven characters under a ten-character column, no mark hanging past the edge: the
    # school story's title, printed right under the harbour column.
    page = _column_foot_then("山村小学有了新的图书馆")
    harbour, school = page.articles
    assert harbour.paragraphs[-1].endswith("渔港码头的")
    assert school.headlines == ["山村小学有了新的图书馆"]


def test_full_line_ending_a_paragraph_stays_in_it():
    page = _column_foot_then("冷库也腾出地方收购鱼")
    harbour, school = page.articles
    assert harbour.paragraphs[-1].endswith("渔港码头的冷库也腾出地方收购鱼")
    assert school.headlines == []


# -- a third story's column between two that a story drew the headlines of -----------------


def _two_headlines_over(between: list[str]) -> Page:
    # The railway title was printed at the page's foot; the railway text, with no lead, runs
    # on after the school story's, with ``between`` printed between the two.
    return segment(
        *titled("山村小学有了新图书馆", SCHOOL + between + RAILWAY[1:]),
        *titled("渔港开海", HARBOUR),
        (H, "铁路建设者打通隧道"),
    )


def test_column_reading_like_neither_headline_goes_to_the_story_it_shares_phrases_with():
    school, railway, harbour = _two_headlines_over(HARBOUR_COLUMN).articles
    assert (school.headlines, school.paragraphs) == (["山村小学有了新图书馆"], SCHOOL)
    assert (railway.headlines, railway.paragraphs) == (["铁路建设者打通隧道"], RAILWAY[1:])
    assert sorted(harbour.paragraphs) == sorted(HARBOUR + HARBOUR_COLUMN)


def test_column_reading_like_neither_headline_nor_another_story_stays_with_the_next():
    # A paragraph of the railway story that does not use the title's words: no other story
    # shares its phrases, so it stays where the cut left it, with the railway text after it.
    column = ["工人们冒着严寒坚持施工，吃住都在工地上。"]
    school, railway, harbour = _two_headlines_over(column).articles
    assert school.paragraphs == SCHOOL
    assert railway.paragraphs == column + RAILWAY[1:]
    assert harbour.paragraphs == HARBOUR


def _railway_run_on(apart: bool) -> Page:
    # The railway text (no lead) runs on after the school story's; its title stands at the
    # page's foot. The page sets its blocks apart with blank lines (each title follows one);
    # the railway text either starts after a blank line too or runs on in the school text's
    # column, line after line.
    specs = [*titled("山村小学有了新图书馆", SCHOOL + RAILWAY[1:]), *titled("渔港开海", HARBOUR), (H, "铁路建设者打通隧道")]
    first_rail = 1 + len(SCHOOL)
    gaps = {0, len(SCHOOL) + len(RAILWAY), len(specs) - 1} | ({first_rail} if apart else set())
    blocks = []
    number = 0
    for n, (kind, text) in enumerate(specs):
        number += 2 if n in gaps else 1
        blocks.append(Block(kind, text, [Line(text, number)], gap_before=n in gaps))
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_story_drawing_two_headlines_is_cut_before_text_printed_apart():
    school, railway, _ = _railway_run_on(apart=True).articles
    assert school.paragraphs == SCHOOL
    assert (railway.headlines, railway.paragraphs) == (["铁路建设者打通隧道"], RAILWAY[1:])


def test_story_drawing_two_headlines_is_not_cut_inside_a_column_run_on():
    # Two stories are not typeset one after the other in a column with no headline between:
    # on a page set in blocks the text run on in one column stays one story.
    assert _railway_run_on(apart=False).articles[0].paragraphs == SCHOOL + RAILWAY[1:]


# -- headlines printed together away from their stories (-raw text) ------------------------

RAIL_TEXT = RAILWAY[1:] + ["铁路建设者在隧道里过年，打通隧道那天，大家在隧道口放起了鞭炮。"]
SCHOOL_TEXT = SCHOOL[1:] + ["新图书馆的阅览室里，孩子们在老师的带领下安静地读书。"]


def _titles_at_the_foot(gaps: bool) -> Page:
    # Two stories without a lead run together, and the harbour story follows; their titles
    # were printed together at the page's foot, one line each, as pdftotext -raw prints a
    # page's headlines.
    titles = [(H, "铁路建设者打通隧道"), (H, "新图书馆的阅览室里坐满了读书的孩子"), (H, "渔港开海")]
    texts = [(P, t) for t in RAIL_TEXT + SCHOOL_TEXT + HARBOUR] + titles
    blocks = [Block(kind, text, [Line(text, 2 * n + 1 if gaps else n + 1)], gap_before=gaps and n > 0) for n, (kind, text) in enumerate(texts)]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_titles_printed_together_away_from_their_stories_cut_the_stories_apart():
    rail, school, harbour = _titles_at_the_foot(gaps=False).articles
    assert (rail.headlines, rail.paragraphs) == (["铁路建设者打通隧道"], RAIL_TEXT)
    assert (school.headlines, school.paragraphs) == (["新图书馆的阅览室里坐满了读书的孩子"], SCHOOL_TEXT)
    assert (harbour.headlines, harbour.paragraphs) == (["渔港开海"], HARBOUR)


def test_titles_printed_together_on_a_page_set_in_blocks_stay_one_headline():
    # Where the page sets its blocks apart, a run of headline lines is one story's headline
    # (a kicker over its title reads like another part of the story than the title does).
    assert len(_titles_at_the_foot(gaps=True).articles) == 2


def _foot_title_owners(crowd: bool) -> list[list[int]]:
    from declump.articles import _attach_headlines, _make_parts, _roles, _stories

    # The school story (no lead) and the harbour story under its title; a title sharing
    # only 孩子 and 读书 with the school text (2 of its 9 bigrams) printed at the page's foot.
    texts = [(P, t) for t in SCHOOL_TEXT] + [(H, "渔港开海")] + [(P, t) for t in HARBOUR] + [(H, "冬日暖阳下孩子乐读书")]
    blocks = [Block(kind, text, [Line(text, n + 1)]) for n, (kind, text) in enumerate(texts)]
    roles = _roles(blocks)
    stories = _stories(blocks, roles, set())
    _attach_headlines(_make_parts(blocks, roles, stories), [], crowd=crowd)
    return [story.heads for story in stories]


def test_a_title_sharing_a_few_words_with_a_story_is_tried_on_it_when_cutting_stories():
    # Looking for stories run together, a title goes to the story it shares most words with
    # at a lower bar: a wrong one only matters where the text reads like two titles.
    assert _foot_title_owners(crowd=True) == [[6], [3]]


def test_a_title_sharing_a_few_words_with_a_story_is_not_its_headline():
    assert _foot_title_owners(crowd=False) == [[], [3]]


def _storm_page(bold: bool) -> Page:
    # A title printed right above a photo's caption, no blank line between (pdftotext -raw),
    # its last line as wide as the caption's lines.
    def block(kind: BlockKind, first: int, *texts: str, bold: bool = False) -> Block:
        return Block(kind, " ".join(texts), [Line(text, first + k, bold=bold) for k, text in enumerate(texts)])

    page = Page(1, [
        block(P, 1, "The old harbour has silted up over the years, and boats can no longer enter it at low tide."),
        block(H, 2, "Storm closes", "the coastal road to Portsea", bold=bold),
        block(P, 4, "Waves broke over the sea wall", "on Monday. Photo: PA"),
        block(P, 6, "By John Brown"),
        block(P, 7, "PORTSEA (PA) - The coastal road was closed on Monday after a storm broke the sea wall, the council said."),
        block(P, 8, "The road will stay closed until the wall is repaired, which may take weeks."),
    ])
    segment_page(page, Config(), null_log())
    return page


def test_latin_title_in_fake_bold_over_a_caption_is_no_piece_of_the_caption():
    road = _storm_page(bold=True).articles[1]
    assert road.headlines == ["Storm closes the coastal road to Portsea"]
    assert road.captions == ["Waves broke over the sea wall on Monday. Photo: PA"]


def test_latin_line_in_roman_over_a_caption_may_be_its_first_piece():
    road = _storm_page(bold=False).articles[1]
    assert road.headlines == []
    assert road.captions == ["Storm closes the coastal road to Portsea Waves broke over the sea wall on Monday. Photo: PA"]


def _latin_titles_at_the_foot(first_title: str) -> Page:
    # Two stories, then their titles printed together at the page's foot (pdftotext -raw).
    page = Page(1, [
        latin_block(P, 1, "By Jane Smith"),
        latin_block(P, 2, "PORTSEA (PA) - The island ferry operator has ordered two new ships for its routes, it said on Monday."),
        latin_block(P, 3, "The vessels will carry cars and passengers between the island and the mainland from the spring of 2027."),
        latin_block(P, 4, "By John Brown"),
        latin_block(P, 5, "LONDON (AP) - Dredging of the old harbour will start next month, the town council said on Tuesday."),
        latin_block(P, 6, "The harbour has silted up over the years and fishing boats can no longer enter it at low tide."),
        latin_block(H, 7, first_title),
        latin_block(H, 8, "Council to dredge silted harbour"),
    ])
    segment_page(page, Config(), null_log())
    return page


def test_latin_title_sharing_a_word_with_the_one_story_without_a_title_is_its_title():
    ferry, harbour = _latin_titles_at_the_foot("Ferry firm expands fleet").articles
    assert (ferry.headlines, harbour.headlines) == (["Ferry firm expands fleet"], ["Council to dredge silted harbour"])


def test_latin_title_sharing_no_word_with_a_story_without_a_title_is_left_over():
    page = _latin_titles_at_the_foot("Museum reopens after repairs")
    assert [a.headlines for a in page.articles] == [[], ["Council to dredge silted harbour"]]
    assert [o.text for o in page.other] == ["Museum reopens after repairs"]


# -- a story's summary marked ■ --------------------------------------------------------------

FERRY_SUMMARY = "■新开通的跨海渡轮昨天首航，两岸居民往来只需四十分钟。"


def test_summary_marked_after_another_storys_text_opens_a_story():
    # The ferry story opens with its summary, marked ■, right after the school story's text
    # (its title printed elsewhere); its closing dateline still makes it a story without a lead.
    page = segment(
        *titled("山村小学有了新图书馆", SCHOOL + [FERRY_SUMMARY] + FERRY_NO_LEAD[1:] + [FERRY_DATELINE]),
    )
    school, ferry = page.articles
    assert school.paragraphs == SCHOOL
    assert ferry.paragraphs == [FERRY_SUMMARY] + FERRY_NO_LEAD[1:] + [FERRY_DATELINE]


def test_paragraphs_marked_in_a_row_are_a_list_in_their_story():
    items = ["■图书馆藏书三千多册。", "■阅览室可坐五十人。"]
    page = segment(*titled("山村小学有了新图书馆", SCHOOL + items))
    assert [a.paragraphs for a in page.articles] == [SCHOOL + items]


# -- the last paragraphs of a story that are another story's column ------------------------


def _school_then(tail: list[str]) -> Page:
    # The harbour story comes first under its title; the school story, with its lead, runs
    # on into ``tail`` with no headline or lead between.
    return segment(
        *titled("渔港开海", HARBOUR),
        *titled("山村小学有了新图书馆", SCHOOL + tail),
    )


def test_tail_of_a_story_sharing_rare_phrases_with_another_goes_there():
    # Each paragraph of the tail shares phrases (渔港码头, 进出港湾, 鱼货) with the harbour story
    # and none with the school story above it.
    harbour, school = _school_then(HARBOUR_COLUMN).articles
    assert harbour.paragraphs == HARBOUR + HARBOUR_COLUMN
    assert school.paragraphs == SCHOOL


def test_tail_quoting_its_own_storys_title_stays():
    # The same tail under a school title that names the harbour (a story on the school's
    # harbour visit): the tail shares the title's phrases, so it is the school story's own.
    page = segment(
        *titled("渔港开海", HARBOUR),
        *titled("渔港管理站进出港湾码头鱼货", SCHOOL + HARBOUR_COLUMN),
    )
    _harbour, school = page.articles
    # (The middle paragraph, sharing its phrases with the harbour story only, still leaves
    # as a stray, paragraph by paragraph; the tail as a whole stays.)
    assert school.paragraphs == SCHOOL + [HARBOUR_COLUMN[0], HARBOUR_COLUMN[2]]


# The school story without its lead (a feature opening on its scene): its title anchors it.
SCHOOL_UNLED = [SCHOOL[0].removeprefix("本报讯 ")] + SCHOOL[1:]


def test_tail_of_a_titled_story_without_a_lead_goes_to_the_story_it_shares_phrases_with():
    page = segment(*titled("渔港开海", HARBOUR), *titled("山村小学有了新图书馆", SCHOOL_UNLED + HARBOUR_COLUMN))
    harbour, school = page.articles
    assert harbour.paragraphs == HARBOUR + HARBOUR_COLUMN
    assert school.paragraphs == SCHOOL_UNLED


def test_last_paragraph_alone_of_a_titled_story_without_a_lead_stays():
    # One paragraph is too little to tell another story's column from the story's own
    # closing words, which often share the page's subject.
    page = segment(*titled("渔港开海", HARBOUR), *titled("山村小学有了新图书馆", SCHOOL_UNLED + HARBOUR_COLUMN[2:]))
    harbour, school = page.articles
    assert harbour.paragraphs == HARBOUR
    assert school.paragraphs == SCHOOL_UNLED + HARBOUR_COLUMN[2:]


# A paragraph of the harbour story's column that names none of its subjects (nor the school's).
WEATHER = ["天气晴好，海面风平浪静，气温比往年同期高出两度。", "傍晚起了北风，气象台提醒夜里注意防寒。"]


def test_tail_most_of_whose_paragraphs_share_phrases_with_another_story_goes_there():
    # Three of the tail's four paragraphs share the harbour story's phrases; the fourth shares
    # none with either story: the column goes whole.
    tail = HARBOUR_COLUMN[:1] + WEATHER[:1] + HARBOUR_COLUMN[1:]
    harbour, school = _school_then(tail).articles
    assert harbour.paragraphs == HARBOUR + tail
    assert school.paragraphs == SCHOOL


def test_tail_only_half_of_whose_paragraphs_share_phrases_with_another_story_stays(monkeypatch):
    # (Phrases alone: the harbour title's words, which the tail reads like too, would cut
    # it off the school story before tails are moved, see BORROW_HEADS.)
    monkeypatch.setattr(articles, "BORROW_HEADS", False)
    tail = HARBOUR_COLUMN[:1] + WEATHER + HARBOUR_COLUMN[1:2]
    school = _school_then(tail).articles[1]
    assert set(WEATHER) <= set(school.paragraphs)


HARBOUR_NOTE = "（本报记者 李明 王芳整理）"


def test_tail_ending_in_a_closing_note_goes_with_the_note():
    # The note shares no phrases with either story; it closes the paragraphs above it.
    harbour, school = _school_then(HARBOUR_COLUMN + [HARBOUR_NOTE]).articles
    assert harbour.paragraphs == HARBOUR + HARBOUR_COLUMN + [HARBOUR_NOTE]
    assert school.paragraphs == SCHOOL


def test_closing_note_does_not_count_as_a_second_paragraph_of_a_titled_storys_tail():
    page = segment(*titled("渔港开海", HARBOUR), *titled("山村小学有了新图书馆", SCHOOL_UNLED + HARBOUR_COLUMN[2:] + [HARBOUR_NOTE]))
    harbour, school = page.articles
    assert harbour.paragraphs == HARBOUR
    assert school.paragraphs == SCHOOL_UNLED + HARBOUR_COLUMN[2:] + [HARBOUR_NOTE]


SCHOOL_MORE = ["新图书馆的阅览室里，孩子们在老师的带领下安静地读书。", "校长说，图书馆每天开放到傍晚，周末也不关门。"]


def _harbour_column_inside_school_story(gaps: set[int]) -> Page:
    # Two paragraphs of the harbour story printed between the school story's paragraphs;
    # ``gaps``: the paragraphs of the school story's text (from 0) with a blank line before.
    specs = [*titled("渔港开海", HARBOUR), *titled("山村小学有了新图书馆", SCHOOL + HARBOUR_COLUMN[:2] + SCHOOL_MORE)]
    first = len(HARBOUR) + 2
    blocks = [Block(kind, text, [Line(text, n + 1)], gap_before=n - first in gaps) for n, (kind, text) in enumerate(specs)]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_run_printed_apart_inside_a_story_goes_to_the_story_it_shares_phrases_with():
    harbour, school = _harbour_column_inside_school_story({len(SCHOOL)}).articles
    assert harbour.paragraphs == HARBOUR + HARBOUR_COLUMN[:2]
    assert school.paragraphs == SCHOOL + SCHOOL_MORE


def test_run_joined_to_the_text_on_both_sides_is_not_moved_as_a_run(monkeypatch):
    # Without a blank line or other text at either end, nothing shows it was printed apart
    # (its second paragraph still goes, as a stray sharing phrases with the harbour story only).
    # (Runs alone: the harbour title's words, which the run reads like too, would cut it out
    # of the school story before runs are moved, see BORROW_HEADS.)
    monkeypatch.setattr(articles, "BORROW_HEADS", False)
    _harbour, school = _harbour_column_inside_school_story(set()).articles
    assert HARBOUR_COLUMN[0] in school.paragraphs


def _column_under_harbour_title(column: list[str]) -> Page:
    # The harbour title stands over a column without a lead; the school story follows, then the
    # harbour story's text with its lead, which the title's words go to.
    return segment((H, "渔港码头迎来冬季开海"), *body(column), *titled("山村小学有了新图书馆", SCHOOL), *body(HARBOUR))


def test_column_under_a_title_that_went_to_a_story_below_joins_that_story():
    column = ["天黑以后，一艘艘船陆续回来，岸上灯火通明，渔民卸下鱼货。"]
    school, harbour = _column_under_harbour_title(column).articles
    assert harbour.headlines == ["渔港码头迎来冬季开海"]
    assert harbour.paragraphs == column + HARBOUR
    assert school.paragraphs == SCHOOL


def test_column_under_a_title_reading_like_nothing_stays_its_own_story():
    column = ["天黑以后，一艘艘船陆续回来，岸上灯火通明。", "鱼贩连夜收购，冷库里堆得满满当当。"]
    assert [a.paragraphs for a in _column_under_harbour_title(column).articles] == [column, SCHOOL, HARBOUR]


def test_speech_kicker_over_a_column_tagged_title_stays_apart_from_it():
    # Two stories' headlines printed in a run: the kicker reporting a speech, then another
    # story's column-tagged title, then the title of what was said. The kicker is no first
    # phrase of the tagged title: it goes with the speech's story.
    speech = [
        "本报讯 王明在全市政法工作会议上强调，政法机关要维护社会稳定，保障群众安全。",
        "王明强调，政法机关要加强队伍建设，维护社会稳定，守护群众安全。",
    ]
    page = segment(
        *body(RAILWAY),
        (H, "王明强调"),
        (H, "渔港开海（民生观）"),
        *titled("维护社会稳定守护群众安全", speech + HARBOUR),
    )
    heads = [a.headlines for a in page.articles]
    assert ["王明强调", "维护社会稳定守护群众安全"] in heads
    assert ["渔港开海（民生观）"] in heads


def test_short_phrase_over_a_column_tagged_title_stays_one_headline():
    page = segment(
        *body(RAILWAY),
        (H, "渔港"),
        *titled("开海第一网（民生观）", HARBOUR),
    )
    assert page.articles[-1].headlines == ["渔港开海第一网（民生观）"]  # one title in two phrases


NIGHT_MARKET = [
    "本报讯 老街的夜市又热闹起来，摊主们支起小桌，卖起家乡的小吃。",
    "夜市里人来人往，不少游客专程赶来，尝一尝地道的风味。",
]


def _tagged_title_in_a_run(title: str) -> Page:
    # Two stories' titles in one run over the first story; the second, column-tagged, shares
    # too few words with any story for them to decide.
    return segment(
        (H, "山区新建铁路全线铺通沿线群众告别出行难"),
        (H, title),
        *body(RAILWAY + NIGHT_MARKET),
    )


def test_column_tagged_title_left_over_heads_the_next_story_without_a_headline():
    page = _tagged_title_in_a_run("夜市灯火照亮烟火气（人民时评）")
    assert [a.headlines for a in page.articles] == [["山区新建铁路全线铺通沿线群众告别出行难"], ["夜市灯火照亮烟火气（人民时评）"]]
    assert not page.other


def test_column_tagged_title_sharing_no_word_with_that_story_stays_apart():
    page = _tagged_title_in_a_run("灯火里的烟火气（人民时评）")
    assert page.articles[1].headlines == []
    assert [b.text for b in page.other] == ["灯火里的烟火气（人民时评）"]


LANTERN_CAPTION = "“古镇灯会”，今年的主题是“点亮乡村，照亮未来”。 王明 摄"
LANTERN = [
    "本报讯 县里每年都把正月十五定为“古镇灯会”，今年的主题是“点亮乡村，照亮未来”，吸引了大批游客。",
    "灯会期间，古镇的街巷挂满了彩灯，村民们表演舞龙舞狮，热闹非凡。",
]


SNOW = ["本报讯 小镇冰雪节今年游客人数再创新高，附近村里的游客很多。", "大家都说比往年热闹多了，小镇的商铺也多了起来。"]


def test_kicker_sharing_no_words_goes_with_the_title_under_it():
    page = segment(*titled("小镇冰雪节游客人数再创新高", SNOW), (H, "市文化馆退休馆员张德明——"), *titled("古镇灯会吸引八方游客", LANTERN))
    assert [a.headlines for a in page.articles] == [["小镇冰雪节游客人数再创新高"], ["市文化馆退休馆员张德明——", "古镇灯会吸引八方游客"]]
    # A kicker whose words name a story stays off the other story's title printed under it.
    page = segment((H, "正月十五古镇灯会——"), (H, "小镇冰雪节游客人数再创新高"), *body(SNOW), *titled("街巷彩灯吸引八方游客", LANTERN))
    assert page.articles[0].headlines == ["小镇冰雪节游客人数再创新高"]


def _headline_stack(*heads: tuple[str, bool], tight: bool = False) -> list[list[str]]:
    """The articles' headlines of a page of headline lines (text, fake bold) over a story,
    set apart by blank lines (``tight``: the headline lines one right under another)."""
    specs = [(H, text, bold) for text, bold in heads] + [(P, text, False) for text in LANTERN]
    blocks = [
        Block(kind, text, [Line(text, n + 1, bold=bold)], gap_before=not (tight and 0 < n < len(heads)))
        for n, (kind, text, bold) in enumerate(specs)
    ]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return [a.headlines for a in page.articles]


def test_short_headline_lines_in_different_styles_are_not_one_title():
    # A fake-bold title over a kicker printed once: two headlines, however short.
    heads = _headline_stack(("冰雪节游客人数创新高", True), ("市文化馆馆员——", False), ("古镇灯会吸引八方游客", False))
    assert heads == [["冰雪节游客人数创新高", "市文化馆馆员——", "古镇灯会吸引八方游客"]]
    # Two short phrases printed alike are one title's two lines.
    assert _headline_stack(("古镇灯会", True), ("八方来客", True))[0] == ["古镇灯会八方来客"]


def test_subtitle_wrapped_onto_a_second_line_is_one_headline():
    heads = _headline_stack(("古镇灯会点亮乡村照亮未来", False), ("——访古镇灯会组委会主任", False), ("王明和村民代表", False), tight=True)
    assert heads == [["古镇灯会点亮乡村照亮未来", "——访古镇灯会组委会主任王明和村民代表"]]
    # A line wider than the subtitle, or one ending in its column's tag, is no rest of it.
    heads = _headline_stack(("古镇灯会点亮乡村照亮未来", False), ("——访古镇灯会组委会主任", False), ("村民代表（新春）", False), tight=True)
    assert heads[0][-1] == "村民代表（新春）"


def test_kicker_wrapped_onto_a_second_line_is_one_headline():
    heads = _headline_stack(("古镇灯会组委会主任兼村民代表", False), ("王明和——", False), ("古镇灯会点亮乡村照亮未来", False), tight=True)
    assert heads == [["古镇灯会组委会主任兼村民代表王明和——", "古镇灯会点亮乡村照亮未来"]]
    # A title closed by its column tag stands whole over the next story's kicker.
    heads = _headline_stack(("古镇灯会点亮乡村（新春走基层）", False), ("王明和——", False), ("古镇灯会照亮未来", False), tight=True)
    assert "古镇灯会点亮乡村（新春走基层）" in [h for a in heads for h in a]


def test_short_phrase_over_a_tagged_title_is_its_first_phrase():
    # 雪不停 could be the last word of the title above, but it opens the tagged title under it.
    story = "\n本报讯 县里每年都把正月十五定为古镇灯会，今年雪不停人不歇，吸引了大批游客观灯赏月。\n"
    page = "古镇灯会吸引八方游客观灯赏月\n\n雪不停\n\n人不歇（新春走基层）\n" + story
    assert split_text(page).pages[0].articles[0].headlines == ["古镇灯会吸引八方游客观灯赏月", "雪不停人不歇（新春走基层）"]
    # Two parallel phrases over a tagged title still read as one (the space printed between
    # them kept).
    heads = _headline_stack(("古镇灯会", False), ("八方来客", False), ("点亮乡村照亮未来（新春走基层）", False))
    assert heads[0][0].replace(" ", "").startswith("古镇灯会八方来客")


def test_title_lines_of_one_width_are_one_title():
    # Three lines printed alike, the first two of one width, the last no wider: one title
    # wrapped at its rectangle's edge.
    heads = _headline_stack(("古镇灯会点亮乡村照亮未", False), ("来街巷挂满彩灯吸引大批", False), ("游客", False))
    assert heads == [["古镇灯会点亮乡村照亮未来街巷挂满彩灯吸引大批游客"]]
    heads = _headline_stack(("古镇灯会点亮乡村照亮未", False), ("来街巷挂满彩灯吸引大批", False), ("游客观灯", False))
    assert heads == [["古镇灯会点亮乡村照亮未来街巷挂满彩灯吸引大批游客观灯"]]
    # Two lines of one width are as often a title and its subtitle.
    heads = _headline_stack(("古镇灯会点亮乡村照亮未来", False), ("村民表演舞龙舞狮热闹非凡", False))
    assert heads == [["古镇灯会点亮乡村照亮未来", "村民表演舞龙舞狮热闹非凡"]]


def _caption_under_a_line_set_apart(line: str) -> Page:
    # A line set apart (as layout text prints a caption's first line out of step with the
    # rest), then a caption that does not start a sentence itself.
    blocks = [
        Block(H, "古镇灯会吸引八方游客", [Line("古镇灯会吸引八方游客", 1)]),
        Block(H, line, [Line(line, 3)], gap_before=True),
        Block(C, LANTERN_CAPTION, [Line(LANTERN_CAPTION[:15], 6), Line(LANTERN_CAPTION[15:], 7)], gap_before=True),
    ]
    blocks += [Block(P, text, [Line(text, 10 + n)], gap_before=True) for n, text in enumerate(LANTERN)]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_caption_first_piece_set_apart_is_joined_when_the_story_prints_both_as_one():
    page = _caption_under_a_line_set_apart("县里每年都把正月十五定为")
    assert page.articles[0].headlines == ["古镇灯会吸引八方游客"]
    assert page.articles[0].captions == ["县里每年都把正月十五定为" + LANTERN_CAPTION]


def test_title_set_apart_over_a_caption_the_story_does_not_quote_with_it_stays_a_title():
    page = _caption_under_a_line_set_apart("春节期间乡村游持续升温")
    assert page.articles[0].captions == [LANTERN_CAPTION]
    assert "春节期间乡村游持续升温" in "".join(page.articles[0].headlines)


def _two_lines_over(first: str, second: str, lead: str, apart: bool = True) -> Page:
    lines = [Line(first, 1), Line(second, 2)]
    blocks = [Block(P, first + second, lines, gap_before=apart)]
    blocks += [Block(P, text, [Line(text, 4 + n)], gap_before=apart) for n, text in enumerate([lead, *RAILWAY[1:]])]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_title_read_as_a_paragraph_over_a_lead_is_its_headline_lines():
    # Kicker and title set tight over the lead came out of rejoin as one unfinished paragraph.
    page = _two_lines_over("为了沿线群众出行更加方便快捷", "山区新建铁路全线铺通", RAILWAY[0])
    assert page.articles[0].headlines == ["为了沿线群众出行更加方便快捷", "山区新建铁路全线铺通"]
    assert page.articles[0].paragraphs[0] == RAILWAY[0]


def test_title_read_as_a_paragraph_between_blank_lines_is_headline_lines():
    page = _two_lines_over("为了沿线群众出行更加方便快捷", "山区新建铁路全线铺通", RAILWAY[1])
    assert page.articles[0].headlines == ["为了沿线群众出行更加方便快捷", "山区新建铁路全线铺通"]


def test_unfinished_paragraph_over_a_paragraph_that_is_no_lead_stays_body():
    page = _two_lines_over("为了沿线群众出行更加方便快捷", "山区新建铁路全线铺通", RAILWAY[1], apart=False)
    assert all(not a.headlines for a in page.articles)


def test_unfinished_clause_over_a_lead_stays_body():
    # A paragraph's piece holding a clause mark (，) is text, not a title.
    page = _two_lines_over("为了群众出行方便，", "山区新建铁路全线铺通", RAILWAY[0])
    assert all(not a.headlines for a in page.articles)


def _caption_then(first_line: str) -> Page:
    caption = "图为渔港码头上，渔民们忙着卸下一筐筐鱼货。"
    rest = HARBOUR[1]
    blocks = [
        Block(P, HARBOUR[0], [Line(HARBOUR[0], 1)]),
        Block(C, caption, [Line(caption, 3)], gap_before=True),
        Block(P, first_line + rest, [Line(first_line, 4), Line(rest, 5)]),
    ]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_photo_credit_opening_the_block_after_a_caption_ends_the_caption():
    page = _caption_then("王明 摄")
    assert page.articles[0].captions == ["图为渔港码头上，渔民们忙着卸下一筐筐鱼货。王明 摄"]
    assert HARBOUR[1] in page.articles[0].paragraphs


def test_text_line_opening_the_block_after_a_caption_stays_there():
    page = _caption_then("渔港管理站说，")
    assert page.articles[0].captions == ["图为渔港码头上，渔民们忙着卸下一筐筐鱼货。"]
    assert "渔港管理站说，" + HARBOUR[1] in page.articles[0].paragraphs


def _caption_over_credit(credit_line: int) -> Page:
    # Layout text: a caption, then its credit set apart on a line of its own, the line
    # between them empty in the caption's column.
    caption = "图为渔港码头上，渔民们忙着卸下一筐筐鱼货。"
    blocks = [
        Block(P, HARBOUR[0], [Line(HARBOUR[0], 1)]),
        Block(C, caption, [Line(caption, 3)], gap_before=True),
        Block(C, "王明 摄", [Line("王明 摄", credit_line)], gap_before=True),
        Block(P, HARBOUR[1], [Line(HARBOUR[1], 9)], gap_before=True),
    ]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_photo_credit_a_line_apart_under_its_caption_ends_the_caption():
    page = _caption_over_credit(5)
    assert [c.replace(" ", "") for a in page.articles for c in a.captions] == ["图为渔港码头上，渔民们忙着卸下一筐筐鱼货。王明摄"]


def test_photo_credit_far_under_a_caption_stays_apart():
    page = _caption_over_credit(7)
    captions = [c.replace(" ", "") for a in page.articles for c in a.captions]
    assert "图为渔港码头上，渔民们忙着卸下一筐筐鱼货。王明摄" not in captions


# -- a title's last line printed at the top of its caption's block ----------------------------

SNOW_LEAD = "本报讯 清晨，村里的铲雪车已经把主路清理干净。村民们陆续出门，赶集的、走亲戚的都有。"
SNOW_MORE = "村委会说，今年冬天备足了融雪剂，雪再大也不怕。"


def _caption_block_opening_on(first: str, caption_lines: list[str], kind: BlockKind = C) -> Page:
    # Title over a photo with its caption beside it: the title's last line and the caption's
    # lines come out as one block, with no blank line between them.
    lines = [Line(first, 3)] + [Line(text, 4 + n) for n, text in enumerate(caption_lines)]
    blocks = [
        Block(H, "雪后山村道路畅通", [Line("雪后山村道路畅通", 1)]),
        Block(kind, first + "".join(caption_lines), lines, gap_before=True),
        Block(P, SNOW_LEAD, [Line(SNOW_LEAD, 10)], gap_before=True),
        Block(P, SNOW_MORE, [Line(SNOW_MORE, 12)], gap_before=True),
    ]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_title_line_wider_than_a_credited_caption_under_it_is_a_headline():
    # The caption quotes nothing on the page, but its lines keep to a measure of seven ems
    # and end in a credit: the wrapped title's last line, ten ems wide, stands over it.
    lines = ["铲雪车连夜作业保畅通", "清晨的山村里，铲", "雪车来回穿梭，把", "主路清理干净。", "王明 摄"]
    page = _caption_block_opening_on(lines[0], lines[1:])
    assert page.articles[0].captions == ["清晨的山村里，铲雪车来回穿梭，把主路清理干净。王明 摄"]
    assert "铲雪车连夜作业保畅通" in "".join(page.articles[0].headlines)


def test_clean_cuts_a_title_line_off_a_credited_caption_block_too():
    # Without segmentation (declump clean) the title's last line is cut off the caption
    # block all the same, in place; nothing moves.
    from declump.articles import form_clean_blocks

    lines = ["铲雪车连夜作业保畅通", "清晨的山村里，铲", "雪车来回穿梭，把", "主路清理干净。", "王明 摄"]
    page = Page(1, [
        Block(H, "雪后山村道路畅通无阻村民出行方便", [Line("雪后山村道路畅通无阻村民出行方便", 1)]),
        Block(C, "".join(lines), [Line(text, 3 + n) for n, text in enumerate(lines)], gap_before=True),
        Block(P, SNOW_LEAD, [Line(SNOW_LEAD, 10)], gap_before=True),
    ])
    form_clean_blocks(page)
    texts = [block.text for block in page.blocks]
    assert texts[1] == "铲雪车连夜作业保畅通"
    assert texts[2] == "清晨的山村里，铲雪车来回穿梭，把主路清理干净。王明 摄"
    assert texts[-1] == SNOW_LEAD


def test_short_last_line_of_a_title_wider_than_a_credited_caption_is_a_headline_too():
    # The title wraps over a line wider than the caption's measure and a short one.
    lines = ["铲雪车连夜作业保畅通让", "村民出行", "清晨的山村里，铲", "雪车来回穿梭，把", "主路清理干净。", "王明 摄"]
    page = _caption_block_opening_on(lines[0], lines[1:])
    assert page.articles[0].captions == ["清晨的山村里，铲雪车来回穿梭，把主路清理干净。王明 摄"]
    assert "村民出行" in "".join(page.articles[0].headlines)


def test_caption_line_as_wide_as_the_caption_stays_in_it():
    lines = ["铲雪车连夜作业", "清晨的山村里，", "雪车来回穿梭，把", "主路清理干净。", "王明 摄"]
    page = _caption_block_opening_on(lines[0], lines[1:])
    assert page.articles[0].captions == ["".join(lines[:-1]) + "王明 摄"]


def test_title_line_over_a_caption_quoting_its_story_is_a_headline():
    page = _caption_block_opening_on("村民出行不再难", ["清晨，村里的铲雪车", "已经把主路清理干净。"])
    article = page.articles[0]
    assert article.captions == ["清晨，村里的铲雪车已经把主路清理干净。"]
    assert "村民出行不再难" in "".join(article.headlines)


def test_title_line_listing_with_a_dun_hao_over_a_caption_is_a_headline():
    # 、 joins the things a title lists; only ， and ； mark a line as a sentence's.
    page = _caption_block_opening_on("村民出行、就医不再难", ["清晨，村里的铲雪车", "已经把主路清理干净。"])
    assert page.articles[0].captions == ["清晨，村里的铲雪车已经把主路清理干净。"]
    assert "村民出行、就医不再难" in "".join(page.articles[0].headlines)


def test_title_line_over_a_caption_opening_on_tu_wei_is_a_headline():
    page = _caption_block_opening_on("村民出行不再难", ["图为铲雪车在主路", "上清理积雪。王明 摄"])
    assert page.articles[0].captions == ["图为铲雪车在主路上清理积雪。王明 摄"]
    assert "村民出行不再难" in "".join(page.articles[0].headlines)


def test_caption_first_line_the_story_quotes_with_the_rest_stays_in_the_caption():
    # The story prints the first line and the rest as one sentence: the line is the caption's.
    page = _caption_block_opening_on("村民们陆续出门", ["，赶集的、走亲戚", "的都有。"])
    assert page.articles[0].captions == ["村民们陆续出门，赶集的、走亲戚的都有。"]
    page = _caption_block_opening_on("清晨", ["，村里的铲雪车已经", "把主路清理干净。"])
    assert page.articles[0].captions == ["清晨，村里的铲雪车已经把主路清理干净。"]


def test_column_tag_wrapped_over_a_caption_is_a_headline_line():
    page = _caption_block_opening_on("（山村见闻）", ["清晨，村里的铲雪车", "已经把主路清理干净。"])
    assert page.articles[0].captions == ["清晨，村里的铲雪车已经把主路清理干净。"]
    assert "（山村见闻）" in "".join(page.articles[0].headlines)


def _title_over_caption(first: str, second: str) -> list[str]:
    """The headlines of a story whose two title lines are printed over its photo's caption."""
    text = (
        f"{first}\n{second}\n图为游客在冰雪节上观看\n冰灯表演。张三 摄\n\n"
        "本报讯 小镇冰雪节今年游客人数再创新\n高，附近村里的游客很多，大家都说比往\n"
        "年热闹多了。游客在冰雪节上观看冰灯表\n演，小镇的商铺也多了起来。\n"
    )
    return split_text(text).pages[0].articles[0].headlines


def test_title_wrapped_over_a_caption_is_one_headline():
    # Cut out of the caption's block line by line, the title wrapped inside its column tag
    # is one headline again; a whole title over a second one stays two.
    assert _title_over_caption("小镇冰雪节游客人数再创新高（新", "春走基层）") == ["小镇冰雪节游客人数再创新高（新春走基层）"]
    assert _title_over_caption("小镇冰雪节今天晚上正式开幕", "游客人数再创新高") == ["小镇冰雪节今天晚上正式开幕", "游客人数再创新高"]


# -- a photo credit wrapped at its 摄 -----------------------------------------------------------


def _story_with_block(*rows: str) -> Page:
    block = Block(P, "".join(rows), [Line(text, 3 + n) for n, text in enumerate(rows)], gap_before=True)
    blocks = [Block(H, "古镇灯会吸引八方游客", [Line("古镇灯会吸引八方游客", 1)]), block]
    blocks += [Block(P, text, [Line(text, 10 + n)], gap_before=True) for n, text in enumerate(LANTERN)]
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_caption_whose_credit_wrapped_at_its_mark_is_a_caption():
    page = _story_with_block("元宵节当晚，古镇街巷", "挂满彩灯。王明", "摄")
    assert page.articles[0].captions == ["元宵节当晚，古镇街巷挂满彩灯。王明摄"]
    page = _story_with_block("元宵节当晚，古镇街巷", "挂满彩灯。", "王明", "摄")
    assert page.articles[0].captions == ["元宵节当晚，古镇街巷挂满彩灯。王明摄"]


def test_word_ending_in_she_wrapped_at_a_line_end_is_no_credit():
    page = _story_with_block("元宵节当晚，记者在古镇的街巷里拍", "摄")
    assert page.articles[0].captions == []


def _caption_then_credit(credit_line: int, caption: str = "元宵节当晚，古镇的街巷挂满了彩灯。") -> Page:
    blocks = [Block(H, "古镇灯会吸引八方游客", [Line("古镇灯会吸引八方游客", 1)])]
    blocks += [Block(P, text, [Line(text, 3 + n)], gap_before=True) for n, text in enumerate(LANTERN)]
    blocks.append(Block(C, caption, [Line(caption, 10)], gap_before=True))
    blocks.append(Block(C, "王明 摄", [Line("王明 摄", credit_line)], gap_before=credit_line > 11))
    page = Page(1, blocks)
    segment_page(page, Config(), null_log())
    return page


def test_credit_printed_on_the_line_under_a_caption_ends_it():
    page = _caption_then_credit(11)
    assert page.articles[0].captions == ["元宵节当晚，古镇的街巷挂满了彩灯。王明 摄"]


def test_credit_printed_on_the_line_under_a_caption_opening_on_tu_wei_ends_it():
    page = _caption_then_credit(11, "图为元宵节当晚，古镇的街巷挂满了彩灯。")
    assert page.articles[0].captions == ["图为元宵节当晚，古镇的街巷挂满了彩灯。王明 摄"]


def test_credit_set_apart_from_a_caption_or_under_a_credited_one_stays_apart():
    assert _caption_then_credit(13).articles[0].captions == ["元宵节当晚，古镇的街巷挂满了彩灯。"]
    page = _caption_then_credit(11, "元宵节当晚，古镇的街巷挂满了彩灯。李华 摄")
    assert page.articles[0].captions == ["元宵节当晚，古镇的街巷挂满了彩灯。李华 摄"]


def test_quoted_title_holding_a_comma_over_a_caption_is_a_headline():
    page = _caption_block_opening_on("“路通了，心也近了”", ["清晨，村里的铲雪车", "已经把主路清理干净。"])
    assert page.articles[0].captions == ["清晨，村里的铲雪车已经把主路清理干净。"]
    assert "“路通了，心也近了”" in "".join(page.articles[0].headlines)


def test_caption_first_line_holding_a_comma_stays_in_the_caption():
    # Not a quotation: a caption that words its story's first clause its own way.
    page = _caption_block_opening_on("昨天清晨，村里", ["的铲雪车已经把", "主路清理干净。"])
    assert page.articles[0].captions == ["昨天清晨，村里的铲雪车已经把主路清理干净。"]


def test_title_line_over_a_caption_read_as_body_text_is_cut_off_too():
    page = _caption_block_opening_on("村民出行不再难", ["清晨，村里的铲雪车", "已经把主路清理干净。"], kind=P)
    assert page.articles[0].captions == ["清晨，村里的铲雪车已经把主路清理干净。"]
    assert "村民出行不再难" in "".join(page.articles[0].headlines)


def test_deck_line_the_story_prints_on_into_the_next_stays_body_text():
    # ■村里的 / 铲雪车已经…: the story prints 村里的铲雪车已经… as one run (bullet aside).
    page = _caption_block_opening_on("■村里的", ["铲雪车已经把主路", "清理干净。"], kind=P)
    assert page.articles[0].captions == []
    assert all("村里的" not in h for a in page.articles for h in a.headlines)


def _captioned_column_page(quoted: str) -> Page:
    # One story's column runs on under another's with no headline between: the photo and
    # its caption stand at the head of the second story's column.
    said = "新建的图书馆日前开放，每天接待读者上千人次。"
    ours = "新建的图书馆日前开放，每天接待读者上千人次。馆内设有少儿阅览区和电子阅览室，周末还举办讲座。"
    theirs = [
        "图书馆还与附近学校合作，定期为学生开设阅读课，借书证可以在各个分馆通用。",
        "市民张女士说，孩子放学后常来这里看书，环境安静，工作人员也很热情。",
    ]
    first = [ours] + theirs if quoted == "below" else theirs + [ours]
    return segment(
        (H, "海港码头新增两条航线"),
        (H, "城东图书馆正式开放"),
        (P, "本报讯 海港码头日前新增两条国际航线，每周往返班次增加到十二班。"),
        (P, "码头负责人介绍，新航线开通后，货物运输时间平均缩短两天，企业物流成本明显下降。"),
        (C, said + "王强 摄"),
        *body(first),
    )


def test_caption_quoting_the_column_under_it_starts_a_story_there():
    page = _captioned_column_page("below")
    harbour = next(a for a in page.articles if any("码头" in p for p in a.paragraphs))
    assert not any("图书馆" in p for p in harbour.paragraphs)
    library = next(a for a in page.articles if any("图书馆" in p for p in a.paragraphs))
    assert library.captions == ["新建的图书馆日前开放，每天接待读者上千人次。王强 摄"]


def test_caption_quoting_text_further_down_cuts_no_story():
    # The quoted paragraph is printed further down the run: the caption may stand anywhere
    # in its story's columns, so it marks no start.
    page = _captioned_column_page("further")
    texts = ["".join(a.paragraphs) for a in page.articles]
    assert any("码头" in text and "阅读课" in text for text in texts)


HARBOUR_AND_LIBRARY = """Harbour board backs pier repairs
By Jane Smith

PORTSMOUTH — The harbour board agreed
on Monday to repair the old pier before
the summer season starts in
June.
{middle}The librarians said the puppet shows
and the storytelling mornings were the
children's favourite, and that toddlers
came back with grandparents each week.

Library reading room opens
By Tom Brown

LEEDS — The city library opened a
reading room for children on Saturday,
with puppet shows and storytelling.
The librarians hope the room will draw
families and grandparents who have never
borrowed a book, and toddlers too.
"""

PIER_MIDDLE = """The pier has been closed since the
storm in March, when waves tore away
part of its deck and two of its
rails.
Engineers said the timber piles were
sound, but the deck would need new
planks and rails along its whole
length.
"""


def test_latin_tail_printed_before_its_story_goes_to_it_by_its_rare_words():
    # The library story's last paragraph was printed at the foot of the harbour story,
    # before the library's headline: it shares the library story's rare words (librarians,
    # puppet, storytelling, toddlers, grandparents), none of the harbour story's.
    harbour, library = split_text(HARBOUR_AND_LIBRARY.format(middle=PIER_MIDDLE)).pages[0].articles
    assert harbour.paragraphs[-1].startswith("Engineers said")
    assert library.headlines == ["Library reading room opens"]
    assert library.paragraphs[0] == "By Tom Brown"
    assert library.paragraphs[-1].startswith("The librarians said the puppet shows")


def test_latin_tail_under_only_a_byline_and_a_lead_stays():
    # Above the tail, only a byline and a one-sentence lead: too little of its story to
    # read it against.
    harbour, library = split_text(HARBOUR_AND_LIBRARY.format(middle="")).pages[0].articles
    assert harbour.paragraphs[-1].startswith("The librarians said the puppet shows")
    assert not any(p.startswith("The librarians said") for p in library.paragraphs)


TEACHER = [
    "本报讯 石岚在山村小学教书三十年，送走了一届又一届学生。",
    "石岚每天清早走山路去学校，风雨无阻，学生们都叫她石妈妈。",
    "退休那天，石岚把攒下的工资捐给学校，添置了一批课桌椅。",
]
FISHER = [
    "本报讯 江帆驾着小船在海岛附近巡逻，守护这片渔场已有二十年。",
    "每年开海以前，江帆都要把渔网和救生衣检查一遍。",
    "海岛上的渔民说，有他在，出海心里踏实。",
]
NAMES_TEACHER = "学生们至今记得石岚上的第一堂课，那堂课讲的是山外的世界。"


def _profiles_page(fisher: list[str]) -> Page:
    return segment(*titled("石岚：山村教书三十年", TEACHER), *titled("江帆：驾船护渔守海岛", fisher))


def test_paragraph_naming_another_profiles_subject_goes_to_that_profile():
    # A paragraph about the teacher was printed in the fisherman's column: it names the
    # subject of the teacher's headline (石岚：…), which his story never names.
    teacher, fisher = _profiles_page([*FISHER[:2], NAMES_TEACHER, FISHER[2]]).articles
    assert teacher.paragraphs == [*TEACHER, NAMES_TEACHER]
    assert fisher.paragraphs == FISHER


def test_paragraph_naming_another_subject_stays_when_its_story_names_it_too():
    # The fisherman's story speaks of the teacher elsewhere as well: the paragraph is its own.
    own = "江帆的女儿在石岚的班上读书，放学后常来码头看父亲。"
    teacher, fisher = _profiles_page([*FISHER[:2], NAMES_TEACHER, own]).articles
    assert teacher.paragraphs == TEACHER
    assert fisher.paragraphs == [*FISHER[:2], NAMES_TEACHER, own]


def test_paragraphs_naming_another_profiles_subject_go_together_while_a_minority():
    # Two paragraphs about the teacher were printed in the fisherman's column: both go; had
    # they been half of his story, they would stay (too much to be a stray column).
    second = "石岚常说，山里的孩子也要看到山外的世界。"
    teacher, fisher = _profiles_page([*FISHER[:2], NAMES_TEACHER, second, FISHER[2]]).articles
    assert teacher.paragraphs == [*TEACHER, NAMES_TEACHER, second]
    assert fisher.paragraphs == FISHER
    teacher, fisher = _profiles_page([FISHER[0], NAMES_TEACHER, second, FISHER[2]]).articles
    assert teacher.paragraphs == TEACHER


def test_paragraph_naming_another_profiles_subject_before_a_storys_dated_lead_goes_too():
    # Stories as segmenting left them: the teacher's paragraph ahead of the fisherman's dated
    # lead is not his story's start, so it may go as well; ahead of an undated first
    # paragraph it is the story's start and stays.
    from declump.articles import _rehome_named, _Story

    texts = ["石岚：山村教书三十年", *TEACHER, "江帆：驾船护渔守海岛", NAMES_TEACHER, *FISHER]
    blocks = [Block(H if n in (0, 4) else P, text) for n, text in enumerate(texts)]
    stories = [_Story(body=[1, 2, 3], heads=[0]), _Story(body=[5, 6, 7, 8], heads=[4])]
    assert _rehome_named(blocks, stories)
    assert (stories[0].body, stories[1].body) == ([1, 2, 3, 5], [6, 7, 8])
    blocks[6] = Block(P, FISHER[0].removeprefix("本报讯 "))
    stories = [_Story(body=[1, 2, 3], heads=[0]), _Story(body=[5, 6, 7, 8], heads=[4])]
    assert not _rehome_named(blocks, stories)


# -- two short titles of stories set side by side, printed one over the other ---------------


def _side_by_side_titles(second: str) -> Page:
    # The harbour story's title and the school story's, set over two columns side by side:
    # pdftotext prints them one under the other, two short phrases as a two-phrase title is.
    return segment(
        (H, "渔港迎来冬季开海"), (H, second), *body(HARBOUR), *body(SCHOOL)
    )


def test_short_titles_of_two_stories_one_over_the_other_go_to_their_own_stories():
    harbour, school = _side_by_side_titles("山村小学图书馆开放").articles
    assert harbour.headlines == ["渔港迎来冬季开海"]
    assert school.headlines == ["山村小学图书馆开放"]


def test_two_phrases_of_one_title_stay_one_headline():
    # The second phrase shares words with the first's story: one title of two phrases.
    harbour = _side_by_side_titles("渔船满载鱼货归港").articles[0]
    assert harbour.headlines == ["渔港迎来冬季开海渔船满载鱼货归港"]


# -- a tagged title under its kicker, a photo's caption printed before the story's text ----


def _tagged_title_under(kickers: list[str]) -> Page:
    # The school story, then the harbour story: its kicker, its column-tagged title (whose
    # words its text does not share), a photo's caption, then its paragraphs.
    return segment(
        *titled("山村小学有了新图书馆", SCHOOL),
        *[(H, kicker) for kicker in kickers],
        (H, "岁末年初话丰收（新春走基层）"),
        (C, "图为渔民们在码头上卸下一筐筐鱼货。新华社记者 王明 摄"),
        *body(HARBOUR),
    )


def test_tagged_title_under_a_kicker_over_a_caption_and_its_story_is_the_storys():
    harbour = _tagged_title_under(["渔港码头迎来冬季开海，渔民忙着撒网捕鱼"]).articles[1]
    assert harbour.headlines == ["渔港码头迎来冬季开海，渔民忙着撒网捕鱼", "岁末年初话丰收（新春走基层）"]
    assert harbour.paragraphs == HARBOUR


def test_tagged_title_under_a_kicker_and_a_title_is_another_storys():
    page = _tagged_title_under(["渔港码头迎来冬季开海——", "渔船满载鱼货陆续回到港湾码头"])
    harbour = page.articles[1]
    assert harbour.headlines == ["渔港码头迎来冬季开海——", "渔船满载鱼货陆续回到港湾码头"]
    assert "岁末年初话丰收（新春走基层）" in [block.text for block in page.other]


# -- a title wrapped before its last words and tag, or before a particle --------------------


def _wrapped_harbour_title(first: str, second: str) -> list[str]:
    # A title printed on two lines over the harbour story, the school story before it.
    page = segment(*titled("山村小学有了新图书馆", SCHOOL), (H, first), (H, second), *body(HARBOUR))
    return page.articles[1].headlines


def test_title_wrapped_before_a_word_and_its_tag_is_one_headline_line():
    assert _wrapped_harbour_title("渔港码头迎来冬季开海渔船", "出港（新春走基层）") == ["渔港码头迎来冬季开海渔船出港（新春走基层）"]


def test_short_tagged_title_under_a_title_stays_a_line_of_its_own():
    # Four characters before the tag: a whole title (a column's), not the rest of the line over it.
    assert _wrapped_harbour_title("渔港码头迎来冬季开海渔船", "渔民之歌（新春走基层）") == ["渔港码头迎来冬季开海渔船", "渔民之歌（新春走基层）"]


def test_title_wrapped_before_a_particle_is_one_headline_line():
    assert _wrapped_harbour_title("渔港码头迎来冬季开海渔民", "的笑容写在脸上") == ["渔港码头迎来冬季开海渔民的笑容写在脸上"]


def test_line_opening_on_a_particle_under_a_closed_title_stays_apart():
    assert _wrapped_harbour_title("渔港码头迎来冬季“开海节”", "的确渔船出海忙") == ["渔港码头迎来冬季“开海节”", "的确渔船出海忙"]


# -- the page's section label over the first story's title ---------------------------------


def _page_opening_with(first: str) -> Page:
    # The date line, a short line, the harbour story's title and text, then the school story.
    return segment(
        (H, "2019年2月12日 星期二"),
        (H, first),
        (H, "渔港迎来冬季开海"),
        *body(HARBOUR),
        *titled("山村小学有了新图书馆", SCHOOL),
    )


def test_short_line_opening_the_page_is_its_section_label_though_another_story_shares_its_words():
    page = _page_opening_with("小学图书")
    harbour, school = page.articles
    assert harbour.headlines == ["渔港迎来冬季开海"]
    assert school.headlines == ["山村小学有了新图书馆"]
    assert "小学图书" in [block.text for block in page.other]


def test_short_line_opening_the_page_sharing_the_story_under_it_is_its_kicker():
    harbour = _page_opening_with("渔港码头").articles[0]
    assert harbour.headlines == ["渔港码头", "渔港迎来冬季开海"]



def _harbour_and_library(between: BlockKind) -> list[str]:
    """A Latin story cut between its two headlines' stories: a run reading like neither
    headline stands before a block of kind ``between``, then the second story's text."""
    from declump import articles
    from declump.model import Block




    texts = [
        (BlockKind.PARAGRAPH, "OSLO — Harbour Lines, the ferry operator, doubled its ferry profits this year."),
        (BlockKind.PARAGRAPH, "But a crucial factor for the company is the court case over its old debts, which runs on."),
        (between, "Library bans late noise"),
        (BlockKind.PARAGRAPH, "The city library has banned late noise in its reading rooms, the library board said."),
        (BlockKind.PARAGRAPH, "Readers asked the library for quiet rooms, and the board agreed to ban noise."),
    ]
    blocks = [Block(kind, text, [], 20.0) for kind, text in texts]
    body = [0, 1, 3, 4] if between is BlockKind.HEADLINE else [0, 1, 2, 3, 4]
    idf = articles._idf(articles._features(blocks[i].text) for i in body)
    heads = [articles._features("Harbour Lines doubles ferry profits"), articles._features("Library bans late noise")]
    stories = articles._cut_story(articles._Story(body=body), heads, blocks, idf)
    return [" ".join(str(i) for i in story.body) for story in stories]


def test_latin_run_before_the_next_headline_ends_the_first_story() -> None:
    assert _harbour_and_library(BlockKind.HEADLINE) == ["0 1", "3 4"]
    # Without a headline printed after it, the run stays apart (a third story's column).
    assert _harbour_and_library(BlockKind.PARAGRAPH)[0] == "0"


_TWO_BYLINES = """The Harbour Gazette, Friday, 3 March 2025

Ferry fares rise for summer
By TOM BROWN
By JANE SMITH, Transport reporter
OSLO — The ferry company will raise
its fares for the summer season, its
chairman said on Monday.
The board said the cost of fuel had
risen sharply over the winter and that
the new fares would apply from May.
Passengers groups said the rise was
unfair to people living on the islands.
Library plans longer hours
{second}BERGEN - The city library will open on
Sunday afternoons from next month, the
library board announced this week.
Readers had asked for longer opening
hours for years, the board said, and
the city council agreed to pay for it.
"""


def _first_paragraphs(text: str) -> list[str]:
    return [article.paragraphs[0] for page in split_text(text).pages for article in page.articles]


def test_latin_byline_before_another_goes_to_the_story_opening_with_a_dateline() -> None:
    assert _first_paragraphs(_TWO_BYLINES.format(second="")) == ["By JANE SMITH, Transport reporter", "By TOM BROWN"]
    # A second story with a byline of its own takes none.
    firsts = _first_paragraphs(_TWO_BYLINES.format(second="By ANNA LEE\n"))
    assert firsts[1] == "By ANNA LEE"


_LABEL_AT_THE_FOOT = """Ferry fares rise for summer
By JANE SMITH, Business reporter
OSLO — The ferry company will raise its fares for the summer season, its chairman said.
The board said the cost of fuel had risen sharply over the winter months.
Library plans longer hours
BERGEN - The city library will open on Sunday afternoons from next month.
Readers had asked for longer opening hours for years, the board said.

{foot}
"""


def test_latin_section_label_alone_at_the_foot_of_the_page_is_no_headline() -> None:
    page = split_text(_LABEL_AT_THE_FOOT.format(foot="Business")).pages[0]
    assert all("Business" not in article.headlines for article in page.articles)
    assert [(block.text, block.kind) for block in page.other] == [("Business", BlockKind.SECTION)]
    # A line that reads like no label (words in lower case) is no section.
    page = split_text(_LABEL_AT_THE_FOOT.format(foot="Council approves the new bridge")).pages[0]
    assert all(block.kind is not BlockKind.SECTION for block in page.other)


def _placed_middle(middle: str) -> list[list[int]]:
    """Where a run cut out between two Latin stories, reading like neither, goes."""
    from declump import articles

    texts = [
        "OSLO — Harbour Lines, the ferry operator, doubled its ferry profits this year.",
        middle,
        "The city library has banned late noise in its reading rooms, the library board said.",
    ]
    blocks = [Block(BlockKind.PARAGRAPH, text, [], 20.0) for text in texts]
    stories = [articles._Story(body=[0]), articles._Story(body=[1], middle=True), articles._Story(body=[2])]
    articles._place_middles(blocks, stories)
    return [story.body for story in stories]


def test_latin_middle_run_opening_with_a_connective_goes_on_the_story_before() -> None:
    assert _placed_middle("But a crucial factor for the company is the court case over its debts.") == [[0, 1], [], [2]]
    # Opening as a story may, it goes back to the story after it.
    assert _placed_middle("A crucial factor for the company is the court case over its debts.") == [[0], [], [1, 2]]


def test_headline_between_two_parts_of_a_paragraph_joined_across_another_column_opens_its_story():
    # A paragraph of the festival story was joined across a whole column of the book-room
    # story (its last line printed after that column): the book room's title, printed
    # between the paragraph's two parts over its own column, still opens its story.
    page = Page(1, [
        block_of_lines(P, (1, "本报讯 河谷小镇今年办起了冬季"), (2, "音乐节，附近村里的孩子们也都"), (14, "来了，大家在广场上唱歌跳舞。")),
        block_of_lines(H, (4, "山村书屋迎新春")),
        block_of_lines(P, (5, "山村的书屋今年春节照常开放，"), (6, "孩子们放假后天天来这里看书，"), (7, "书屋里的新书也多了起来。")),
        block_of_lines(P, (9, "管理员说，书屋的书都是县图书"), (10, "馆送来的，每个月换一批新书，"), (11, "孩子们最爱看科普书。")),
    ])
    segment_page(page, Config(), null_log())
    by_title = {tuple(article.headlines): article for article in page.articles}
    books = by_title[("山村书屋迎新春",)]
    assert [p[:6] for p in books.paragraphs] == ["山村的书屋今", "管理员说，书"]
    festival = by_title[()]
    assert festival.paragraphs[0].startswith("本报讯")


BOOK_ROOM = (H, "村里书屋添新书"), (P, "本报讯 村里书屋添新书了，县图书馆送来了一批新书。")
FESTIVAL = [
    (H, "河谷小镇冰雪节开幕"),
    (P, "本报讯 河谷小镇冰雪节昨天开幕，冰雪节上的冰雕吸引了很多游客。"),
    (P, "冰雪节期间，小镇还安排了冰雕比赛，游客可以在冰雪节现场观看冰雕制作。"),
]


def test_column_reading_like_another_storys_headline_is_cut_from_the_story_it_ran_on_in():
    # The book room's last column was printed after the festival's text with no headline
    # between: its words read like the book room's title (attached to the book room's
    # lead), which cuts it off the festival story.
    page = segment(
        *BOOK_ROOM,
        *FESTIVAL,
        (P, "村里书屋添新书后，孩子放假天天去书屋，新书很受欢迎。"),
        (P, "管理员说，新书里科普书最多，孩子们在书屋一坐就是一下午。"),
    )
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert [p[:4] for p in by_title[("村里书屋添新书",)].paragraphs] == ["本报讯 ", "村里书屋", "管理员说"]
    assert [p[:4] for p in by_title[("河谷小镇冰雪节开幕",)].paragraphs] == ["本报讯 ", "冰雪节期"]


def test_story_naming_another_storys_subject_in_passing_stays_whole():
    page = segment(
        *BOOK_ROOM,
        *FESTIVAL,
        (P, "冰雪节还请来村里书屋的管理员给游客讲冰雕的故事，冰雪节的游客都说好。"),
        (P, "冰雪节将持续到二月底，小镇的冰雕每天晚上都会亮灯。"),
    )
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert len(by_title[("河谷小镇冰雪节开幕",)].paragraphs) == 4
    assert len(by_title[("村里书屋添新书",)].paragraphs) == 1


def _label_page(label: str, title: str) -> str:
    """A page opening with its date line, then ``label`` and ``title`` apart from each
    other by a blank line, as pdftotext prints a section label over its rule."""
    return (
        f"2019年3月3日 星期一\n\n{label}\n\n{title}\n\n"
        "本报讯 西岭小学今年秋天有了自己的\n图书馆，孩子们课间都跑去借书看。\n"
        "校长说，图书馆的书是社会各界捐赠\n的，一共有三千多册。\n\n"
        "渔港码头冬季开海\n\n本报讯 渔港码头昨天迎来冬季开海，\n上百艘渔船驶出港湾，渔民们忙着撒\n网捕鱼。\n"
    )


def test_section_label_over_a_tagged_title_is_no_phrase_of_it():
    page = split_text(_label_page("民生广角", "山村小学有了新图书馆（教育观察）")).pages[0]
    assert [a.headlines for a in page.articles] == [["山村小学有了新图书馆（教育观察）"], ["渔港码头冬季开海"]]
    assert "民生广角" in [o.text for o in page.other]


def test_title_phrase_its_story_names_or_as_long_as_the_next_stays_in_the_title():
    # 西岭 names the story's school; 书香满校园 is as long as the phrase under it.
    for phrase, rest in (("西岭", "小学有了新图书馆（教育观察）"), ("书香满校园", "阅读伴成长（教育观察）")):
        page = split_text(_label_page(phrase, rest)).pages[0]
        assert page.articles[0].headlines == [f"{phrase} {rest}"]
        assert phrase not in [o.text for o in page.other]


def test_speech_kicker_is_no_phrase_of_the_title_under_it():
    from declump.articles import _parallel

    assert not _parallel("王明强调", "守正创新 激发")
    assert _parallel("崇尚实干", "抓实实抓（声音）")


def test_kicker_going_on_onto_a_line_as_wide_ends_there():
    from declump.articles import _kicker_goes_on
    from declump.text import display_width

    upper, lower = "北京市海淀区某某中学", "原退休教师王明华——"
    assert display_width(upper) == display_width(lower)
    blocks = [Block(H, text, [Line(text, n + 1)]) for n, text in enumerate((upper, lower))]
    assert _kicker_goes_on(blocks[0], blocks[1])
    wider = Block(H, lower + "等人——", [Line(lower + "等人——", 2)])
    assert not _kicker_goes_on(blocks[0], wider)


def _twin_page(between: str) -> str:
    """A story whose one-line first paragraph is printed twice, the copies alike, with
    ``between`` (nothing, or a paragraph) between them."""
    first = "戴上头盔，骑上摩托车，王明华出发了。"
    middle = f"{between}\n\n" if between else ""
    return (
        f"山间邮路见证责任\n\n{first}\n\n{middle}{first}\n\n"
        "　　一路上走走停停，她把邮件、包裹和报纸\n送到沿山居住的乡亲手中，大家都很热情\n地给她泡茶、抓糖果，还招呼她吃饭。\n"
    )


def test_paragraph_printed_twice_right_after_its_copy_has_the_copy_for_its_caption():
    story = split_text(_twin_page("")).pages[0].articles[0]
    assert story.captions == ["戴上头盔，骑上摩托车，王明华出发了。"]
    assert story.paragraphs[0] == "戴上头盔，骑上摩托车，王明华出发了。"
    assert len(story.paragraphs) == 2


def test_paragraph_printed_twice_apart_with_nothing_telling_the_copies_keeps_both():
    story = split_text(_twin_page("　　山路十八弯，她每天要走上好几十公里的路。")).pages[0].articles[0]
    assert not story.captions


def test_title_typed_as_body_over_a_headless_story_is_its_title():
    page = segment(
        (P, "有了书香，也要有读书声（教育观察）"),
        (P, "山村小学今年秋天有了自己的图书馆，孩子们课间都跑去借书看，读书声传遍了校园。"),
        (P, "校长说，图书馆的书是社会各界捐赠的，一共有三千多册，孩子们最爱看的是童话书。"),
    )
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles] == [(["有了书香，也要有读书声（教育观察）"], 2)]


def test_piece_of_a_sentence_over_a_headless_story_stays_body():
    # Two clause breaks and no column tag: a sentence cut off, not a title.
    piece = "孩子们爱上了读书，校长也高兴，家长更放心"
    page = segment(
        (P, piece),
        (P, "山村小学今年秋天有了自己的图书馆，孩子们课间都跑去借书看，读书声传遍了校园。"),
        (P, "校长说，图书馆的书是社会各界捐赠的，一共有三千多册，孩子们最爱看的是童话书。"),
    )
    assert [(a.headlines, a.paragraphs[0]) for a in page.articles] == [([], piece)]


def test_title_typed_as_body_under_a_kicker_is_the_title_it_leads_into():
    kicker, title = "一系列新举措密集出台——", "山村书屋迈出新步伐（文化一线）"
    school = [
        "山村小学今年秋天有了自己的图书馆，孩子们课间都跑去借书看，读书声传遍了校园。",
        "校长说，图书馆的书是社会各界捐赠的，一共有三千多册，孩子们最爱看的是童话书。",
    ]
    page = segment((H, kicker), (P, title), *body(school))
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles] == [([kicker, title], 2)]
    # Under a title that is no kicker, a line reading as a title stays the story's text.
    page = segment((H, "山村小学有了图书馆"), (P, title), *body(school))
    assert [(a.headlines, len(a.paragraphs)) for a in page.articles] == [(["山村小学有了图书馆"], 3)]


def _headless_columns_of_two_stories():
    """Text printed before any headline: the book room's last column, then a column of the
    festival story with no lead between; then both stories with their headlines."""
    return segment(
        (P, "村里书屋添新书后，孩子放假天天去书屋，新书很受欢迎。"),
        (P, "管理员说，新书里科普书最多，孩子们在书屋一坐就是一下午。"),
        (P, "冰雪节期间，小镇还安排了冰雕比赛，游客可以在冰雪节现场观看冰雕制作。"),
        (P, "冰雪节将持续到二月底，小镇的冰雕每天晚上都会亮灯。"),
        *BOOK_ROOM,
        *FESTIVAL[:2],
    )


def test_story_without_headline_is_cut_where_it_turns_from_one_borrowed_headline_to_another():
    # Text printed before any headline holds the book room's last column and then a column
    # of the festival story, with no lead between: the two headlines its parts read like cut
    # it, and each part goes to the story of the headline that cut it off.
    page = _headless_columns_of_two_stories()
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert [p[:4] for p in by_title[("村里书屋添新书",)].paragraphs] == ["村里书屋", "管理员说", "本报讯 "]
    assert [p[:4] for p in by_title[("河谷小镇冰雪节开幕",)].paragraphs] == ["冰雪节期", "冰雪节将", "本报讯 "]


def test_part_cut_off_by_a_borrowed_headline_stays_apart_without_the_hint(monkeypatch):
    # Without the hint the festival column, left with neither lead nor headline, reads too
    # little like the festival story to be joined to it.
    monkeypatch.setattr(articles, "BORROWED_PART_HINT", False)
    page = _headless_columns_of_two_stories()
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert [p[:4] for p in by_title[()].paragraphs] == ["冰雪节期", "冰雪节将"]


def test_story_without_headline_naming_another_storys_subject_in_passing_stays_whole():
    page = segment(
        (P, "冰雪节期间，小镇还安排了冰雕比赛，游客可以在冰雪节现场观看冰雕制作。"),
        (P, "冰雪节还请来村里书屋的管理员给游客讲冰雕的故事，冰雪节的游客都说好。"),
        (P, "冰雪节将持续到二月底，小镇的冰雕每天晚上都会亮灯。"),
        *BOOK_ROOM,
        *FESTIVAL[:2],
    )
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert len(by_title[()].paragraphs) == 3
    assert len(by_title[("村里书屋添新书",)].paragraphs) == 1


def _pile_of_titles_then(column: list[str]) -> Page:
    # Two titles piled over the school and harbour texts (the story draws both), then a
    # column with no lead, then the book room's title and lead.
    return segment(
        (H, "山村小学添了新图书馆（教育观察）"),
        (H, "渔港码头冬季开海（海洋一线）"),
        (P, "山村小学的新图书馆昨天开放，孩子们第一次走进宽敞明亮的阅览室。"),
        (P, "图书馆藏书三千多册，都是社会各界捐赠的，老师们利用寒假把图书分类上架。"),
        (P, "渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾，渔民们忙着撒网捕鱼。"),
        (P, "今年开海第一网收获不错，码头上的鱼货很快被收购一空，渔民笑得合不拢嘴。"),
        *body(column),
        *BOOK_ROOM,
    )


def test_story_drawing_two_headlines_is_cut_by_a_borrowed_one_too():
    # The book room's column ran on after the harbour text: the book room's title, attached
    # to its lead, cuts it off the story that drew the pile of titles.
    page = _pile_of_titles_then(["村里书屋添新书后，孩子放假天天去书屋，新书很受欢迎。", "管理员说，新书里科普书最多，孩子们在书屋一坐就是一下午。"])
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert [p[:4] for p in by_title[("渔港码头冬季开海（海洋一线）",)].paragraphs] == ["渔港码头", "今年开海"]
    assert [p[:4] for p in by_title[("村里书屋添新书",)].paragraphs] == ["村里书屋", "管理员说", "本报讯 "]


def test_story_drawing_two_headlines_naming_another_storys_subject_in_passing_stays_whole():
    page = _pile_of_titles_then(["渔港码头开海那天，村里书屋的管理员也带着孩子们来看渔船出海。", "渔民们说，今年的渔港码头比往年更热闹。"])
    by_title = {tuple(article.headlines): article for article in page.articles}
    assert len(by_title[("渔港码头冬季开海（海洋一线）",)].paragraphs) == 4
    assert len(by_title[("村里书屋添新书",)].paragraphs) == 1


def _commentary_then(lines: tuple[str, str]) -> Page:
    # A commentary, then a two-line block wrapped at a comma printed as a "headline", then
    # the harbour story under its title.
    page = Page(1, [
        block_of_lines(H, (1, "读书要趁早（新论）")),
        block_of_lines(P, (2, "读书是一辈子的事，越早养成读书的习惯越好。"), (3, "孩子从小爱读书，长大了也离不开书。")),
        block_of_lines(P, (4, "学校和家庭都要为孩子读书创造条件，多陪孩子读书。")),
        block_of_lines(H, (5, lines[0]), (6, lines[1])),
        block_of_lines(H, (8, "渔港码头冬季开海")),
        block_of_lines(P, (9, "本报讯 渔港码头昨天迎来冬季开海，上百艘渔船驶出港湾。")),
    ])
    segment_page(page, Config(), null_log())
    return page


def test_note_in_brackets_wrapped_as_a_headline_closes_the_story_before_it():
    page = _commentary_then(("（作者为县中学语文教师，", "从教三十年）"))
    assert [(a.headlines, [p[:4] for p in a.paragraphs]) for a in page.articles] == [
        (["读书要趁早（新论）"], ["读书是一", "学校和家", "（作者为"]),
        (["渔港码头冬季开海"], ["本报讯 "]),
    ]


def test_sentence_wrapped_as_a_headline_outside_brackets_opens_a_story():
    page = _commentary_then(("县图书馆今年将新建十个乡村书屋，", "方便村民就近借书"))
    assert [p[:4] for p in page.articles[1].paragraphs] == ["县图书馆"]


def _bold_titles_page(gap: bool, upper: str = "冬日暖阳照进山乡的每一户人家") -> Page:
    # Two titles drawn in fake bold, printed one under the other over the first story's
    # text: the one over the village's story and, above it, a title set beside it.
    def block(kind: BlockKind, first: int, text: str, bold: bool = False, gap_before: bool = True) -> Block:
        return Block(kind, text, [Line(text, first, bold=bold)], gap_before=gap_before)

    page = Page(1, [
        block(H, 1, upper, bold=True),
        block(H, 3, "小村换新颜", bold=True, gap_before=gap),
        block(P, 5, "本报讯 今年以来，村里修通了公路，建起了文化广场，村民们的日子越过越红火。"),
        block(P, 6, "村支书说，下一步还要发展乡村旅游，让更多游客走进村子。"),
        block(P, 8, "本报讯 市博物馆春节期间推出系列展览，吸引了大批市民前来参观。"),
        block(P, 9, "展览将持续到元宵节，市民可以免费预约参观。"),
    ])
    segment_page(page, Config(), null_log())
    return page


def test_two_bold_titles_set_apart_are_two_stories_titles():
    village = _bold_titles_page(gap=True).articles[0]
    assert village.headlines == ["小村换新颜"]


def test_two_bold_title_lines_set_tight_stay_one_headline():
    village = _bold_titles_page(gap=False).articles[0]
    assert "冬日暖阳照进山乡的每一户人家" in "".join(village.headlines)


def test_a_cjk_title_left_over_goes_to_the_headless_story_its_words_name():
    museum = _bold_titles_page(gap=True, upper="新春佳节走进博物馆看展").articles[1]
    assert museum.headlines == ["新春佳节走进博物馆看展"]


def test_a_cjk_kicker_over_a_bold_title_stays_with_it_not_the_headless_story():
    page = _bold_titles_page(gap=True, upper="新春佳节走进博物馆——")
    assert page.articles[1].headlines == []


def _tag_alone_page(tag: str) -> Page:
    # A title whose column tag, longer than most, wrapped onto a line of its own.
    page = Page(1, [
        Block(H, "山村邮路连万家", [Line("山村邮路连万家", 1)]),
        Block(H, tag, [Line(tag, 2)]),
        Block(P, "本报讯 邮递员老张在山里走了二十八年，把一封封信送到乡亲们手中。", [Line("本报讯 邮递员老张在山里走了二十八年，把一封封信送到乡亲们手中。", 4)], gap_before=True),
        Block(P, "老张说，只要乡亲们需要，他就会一直走下去。", [Line("老张说，只要乡亲们需要，他就会一直走下去。", 5)]),
    ])
    segment_page(page, Config(), null_log())
    return page


def test_a_long_column_tag_alone_under_its_title_goes_on_it():
    story = _tag_alone_page("（新春走基层·乡村振兴故事录）").articles[0]
    assert story.headlines == ["山村邮路连万家（新春走基层·乡村振兴故事录）"]


def test_a_reporters_note_in_brackets_under_a_title_is_no_column_tag():
    story = _tag_alone_page("（本报记者王小明采访整理）").articles[0]
    assert story.headlines == ["山村邮路连万家"]


def _kicker_run_pieces(title: str) -> list[list[int]]:
    # A kicker whose words name the first story, over a title; the second story is the
    # postman's.
    texts = [
        (H, "全国人大代表李明——"),
        (H, title),
        (P, "全国人大代表李明今年走访了十几个村子，李明说，代表就要替群众说话。"),
        (P, "本报讯 乡邮员老王每天沿着山路送信，山路弯弯，一走就是二十年。"),
    ]
    blocks = [Block(kind, text, [Line(text, n + 1)], gap_before=True) for n, (kind, text) in enumerate(texts)]
    roles = [articles._Role.HEAD, articles._Role.HEAD, articles._Role.BODY, articles._Role.BODY]
    stories = [articles._Story(body=[2]), articles._Story(body=[3])]
    for story in stories:
        story.features = articles._features(blocks[story.body[0]].text)
    return articles._split_run([0, 1], articles._make_parts(blocks, roles, stories))


def test_a_kicker_goes_with_a_title_under_it_whose_words_name_no_story():
    assert _kicker_run_pieces("迎着朝阳再出发") == [[0, 1]]


def test_a_kicker_stays_apart_from_a_title_naming_another_story():
    assert _kicker_run_pieces("山路弯弯送信来") == [[0], [1]]


INTERLEAVED_HEADS = ["渔港码头迎来冬季开海第一网", "山区孩子盼来 书香满校园", "渔民笑迎丰收年（新春走基层）", "山村小学新图书馆开放记"]


def _heads_over_two_stories(heads: list[str]) -> Page:
    def block(kind: BlockKind, text: str, gap: bool) -> Block:
        return Block(kind, text, [Line(text, 0)], gap_before=gap)

    return segment_blocks(
        [block(H, text, True) for text in heads]
        + [block(P, text, False) for text in HARBOUR]
        + [block(P, text, True) for text in SCHOOL]
    )


def test_titles_set_side_by_side_and_read_across_take_turns():
    # Two titles of two lines each, set side by side, read across line by line: the
    # harbour and school lines alternate. The second line names neither story; its turn
    # is the school title's.
    page = _heads_over_two_stories(INTERLEAVED_HEADS)
    assert [a.headlines for a in page.articles] == [[INTERLEAVED_HEADS[0], INTERLEAVED_HEADS[2]], [INTERLEAVED_HEADS[1], INTERLEAVED_HEADS[3]]]


def test_titles_stacked_one_over_the_other_do_not_take_turns():
    # The same lines stacked, the harbour title over the school title: no turns to follow.
    heads = [INTERLEAVED_HEADS[k] for k in (0, 2, 1, 3)]
    page = _heads_over_two_stories(heads)
    assert page.articles[0].headlines == [heads[0], heads[1]]
    assert heads[2] not in page.articles[0].headlines

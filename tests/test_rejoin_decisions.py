"""Single rejoin decisions between two measured lines (paragraphs._decide).

The case files (tests/cases/rejoin.json) check whole texts; these pin one piece of
evidence each, where a short synthetic text cannot make the column estimate fall the way a
real page's long columns do.
"""

from __future__ import annotations

from declump import paragraphs
from declump.config import Config
from declump.lines import repair_lines
from declump.model import ChangeLog, Line


def row(text: str, width: float, column: float, after: float | None = None, blank: bool = False) -> paragraphs.Row:
    r = paragraphs.Row(Line(text, 1), text, width, blank, latin=False)
    r.left_width = r.right_width = r.context_width = column
    r.after_width = column if after is None else after
    return r


def test_indent_measured_against_the_lines_after_it():
    # The window that includes the line itself can take the line's own width for the
    # column when short lines crowd it; the lines after it still show the column edge.
    prev = row("部小王，九零后，孩子只有两岁多。", 16.0, 17.0)
    nxt = row("小王还是没有看到村里摘帽的那", 15.0, 15.0, after=17.0)
    assert paragraphs._decide(prev, nxt, [prev]) in [(False, "lost indent"), (False, "indented against the column above")]


def test_full_line_after_a_sentence_end_runs_on():
    prev = row("部小王，九零后，孩子只有两岁多。", 16.0, 17.0)
    nxt = row("小王还是没有看到村里摘帽的那一天", 17.0, 17.0, after=17.0)
    assert paragraphs._decide(prev, nxt, [prev])[0] is True


def kinds(text: str) -> list[tuple[str, str]]:
    from declump.config import Config
    from declump.model import null_log

    lines = [Line(t, n + 1) for n, t in enumerate(text.split("\n"))]
    return [(b.kind.value, b.text) for b in paragraphs.rejoin(lines, Config(), null_log())]


def test_full_column_lines_cut_mid_sentence_are_a_paragraph_piece():
    # Three lines filling an eight-em column, stopping mid-word at the column foot: a
    # piece of a paragraph (its continuation printed elsewhere), not a headline.
    blocks = kinds("借力、彼此成全的\n艺术合力。近年来\n各地创新了形式。\n\n这些节目将中华文\n化独特的精神内涵\n呈现给全世界观\n")
    assert blocks[-1] == ("paragraph", "这些节目将中华文化独特的精神内涵呈现给全世界观")


def test_full_column_lines_in_fake_bold_are_a_headline():
    # The same lines printed twice (undoubled, so marked bold): a title wrapped at its
    # rectangle's edge, however well it fills the column.
    from declump.model import null_log

    texts = ["借力、彼此成全的", "艺术合力。近年来", "各地创新了形式。", "", "冰雪节与灯会活动", "相互契合走进千家", "万户的新春故事"]
    for bold in (False, True):
        lines = [Line(t, n + 1, bold=bold and n >= 4) for n, t in enumerate(texts)]
        blocks = paragraphs.rejoin(lines, Config(), null_log())[1:]
        assert {b.kind.value for b in blocks} == ({"headline"} if bold else {"paragraph"})
        assert "".join(b.text for b in blocks) == "冰雪节与灯会活动相互契合走进千家万户的新春故事"


def test_full_column_lines_of_one_width_set_apart_are_a_title():
    # Two lines of eight, the first as wide as the second (no indent), after a blank line
    # and holding no comma: a title set to the column's measure, not a paragraph's piece.
    para = "借力、彼此成全的\n艺术合力。近年来\n各地创新了形式。\n\n"
    assert kinds(para + "冰雪节与灯会活动\n走进千家万户迎春\n")[-1] == ("headline", "冰雪节与灯会活动走进千家万户迎春")
    # With a comma, or the last line short of the others, they are a paragraph's piece.
    assert kinds(para + "冰雪节，灯会活动\n走进千家万户迎春\n")[-1][0] == "paragraph"
    assert kinds(para + "冰雪节与灯会活动\n走进千家万户迎\n")[-1][0] == "paragraph"


def test_fake_bold_line_ending_in_a_comma_is_a_headline_line():
    # A fake-bold title may wrap at its comma; printed once, such a line is a clause.
    from declump.model import null_log

    texts = ["借力、彼此成全的", "艺术合力。近年来", "各地创新了形式。", "", "围绕办好冰雪节，", "", "迎接八方游客"]
    lines = [Line(t, n + 1, bold=n >= 4) for n, t in enumerate(texts)]
    blocks = paragraphs.rejoin(lines, Config(), null_log())
    assert [(b.kind.value, b.text) for b in blocks[1:]] == [("headline", "围绕办好冰雪节，"), ("headline", "迎接八方游客")]


def test_short_wrapped_lines_stay_a_headline():
    blocks = kinds("借力、彼此成全的\n艺术合力。近年来\n各地创新了形式。\n\n元宵晚会\n精彩纷呈\n")
    assert blocks[-1][0] == "headline"


def test_line_of_figures_in_english_text_is_a_wrapped_piece_of_it():
    # ``£38.`` has no letter: it is not a change of script but the end of the sentence.
    text = (
        "The building society paid out more than four million pounds\n"
        "in the year, but the average payment was only\n"
        "£38.\n"
        "Members who joined this year will have to wait for the next\n"
        "payment, which the society expects to make in the spring."
    )
    assert [t for _, t in kinds(text)] == [
        "The building society paid out more than four million pounds in the year, but the average payment was only £38.",
        "Members who joined this year will have to wait for the next payment, which the society expects to make in the spring.",
    ]


def test_line_of_figures_takes_the_script_of_the_line_before_it():
    lines = [Line(t, n + 1) for n, t in enumerate(["今年全市共接待游客", "2019", "the fee was only", "£38."])]
    assert [row.latin for row in paragraphs._measure(lines)] == [False, False, True, True]


def test_a_bracket_left_open_closes_on_the_next_line():
    # A dateline's reporter cut after one character of the name, a gap, the rest of it.
    prev = row("者王", 2.0, 14.0)
    nxt = row("迪）国务委员兼外长王毅", 11.0, 14.0, blank=True)
    head = row("本报北京2月21日电（记", 12.5, 14.0)
    assert paragraphs._decide(prev, nxt, [head, prev]) == (True, "a bracket opened above closes on this line")


def test_a_closing_bracket_with_its_own_opening_is_no_evidence():
    prev = row("本报北京2月21日电（记者王迪）", 14.0, 14.0)
    nxt = row("（新华社）国务委员兼外长王毅", 14.0, 14.0)
    assert paragraphs._decide(prev, nxt, [prev])[1] != "a bracket opened above closes on this line"


def test_a_note_in_brackets_stands_as_its_own_paragraph():
    prev = row("委主任刘学新日前在省纪委监委座谈会上说", 19.0, 19.0)
    note = row("（本报记者 蒋升阳整理）", 11.5, 19.0)
    assert paragraphs._decide(prev, note, [prev]) == (False, "a note in brackets on a line of its own")
    title = row("本领强，遇变才不慌（体坛观澜）", 15.0, 14.0, blank=True)
    dateline = row("（本报莫斯科2月12日电）", 11.5, 14.0)
    assert paragraphs._decide(dateline, title, [dateline]) == (False, "after a note in brackets (作者…, 本报…电)")


def test_a_bracketed_term_inside_a_sentence_is_no_note():
    prev = row("据介绍，中国科学院（中科院）的研究", 17.0, 17.0)
    nxt = row("人员近日在国际期刊上发表论文，介绍", 17.0, 17.0)
    assert paragraphs._decide(prev, nxt, [prev])[0] is True


def test_a_short_title_over_an_indented_first_line():
    title = row("探索创新", 4.0, 11.0)
    first = row("“第一次当会客厅的", 9.0, 11.0, after=11.0)
    assert paragraphs._decide(title, first, [title]) == (False, "a short title over an indented first line")


def test_a_title_as_wide_as_the_indented_first_line_under_it():
    # A paragraph opens on its indented line, then a full one: a line no wider than the
    # indented line under it ends its own paragraph, with no sentence end: a title.
    title = row("山区小镇办起音乐节", 9.0, 11.0)
    first = row("本月初，镇上的广场", 9.0, 11.0, after=11.0)
    assert paragraphs._decide(title, first, [title]) == (False, "a title over an indented first line as wide as it")
    # The same line over a full line is a paragraph's first line going on.
    full = row("本月初，镇上的广场上", 11.0, 11.0, after=11.0)
    assert paragraphs._decide(title, full, [title])[0] is True
    # A word running across the line end keeps the two lines together.
    head = row("抗灾救灾工作应急指", 9.0, 11.0)
    rest = row("挥部通报，截至昨日", 9.0, 11.0, after=11.0)
    assert paragraphs._decide(head, rest, [head])[0] is True


def latin_row(text: str, width: float, after: float, blank: bool = False, next_word: str = "") -> paragraphs.Row:
    r = paragraphs.Row(Line(text, 1), text, width, blank, latin=True)
    r.left_width = r.right_width = r.context_width = r.after_width = after
    r.next_word = next_word
    return r


def test_a_latin_title_wider_than_the_column_stands_apart():
    # A headline set across columns, printed after a column that stops on "The" and over
    # its story's first line: wider than the column, so no body line of it.
    before = latin_row("as much as 3bn euros. The", 13.8, 13.8)
    title = latin_row("City council to sell old harbour", 16.5, 13.7, blank=True, next_word="The")
    under = latin_row("The city council has agreed", 13.4, 14.0, next_word="to")
    assert paragraphs._decide(before, title, [before])[0] is False
    assert paragraphs._decide(title, under, [title])[0] is False
    # A caption's first line as wide, over a second line as wide, runs on.
    caption = latin_row("Its new brands include Harbour", 16.0, 11.9, blank=True, next_word="Gold")
    second = latin_row("Gold Ale, Pier Lager and Tide", 13.0, 11.9, next_word="Cider")
    assert paragraphs._decide(caption, second, [caption])[0] is True
    # A byline is no title.
    byline = latin_row("By JOHN SMITH AND JANE", 16.5, 10.9, blank=True, next_word="DOE")
    assert paragraphs._decide(byline, latin_row("DOE", 5.0, 13.8), [byline])[0] is True


def test_a_short_first_line_with_a_comma_runs_on():
    prev = row("他说，这个", 5.0, 11.0)
    nxt = row("办法很好，大家都", 9.0, 11.0, after=11.0)
    assert paragraphs._decide(prev, nxt, [prev])[0] is True


def test_spaces_around_figures_count_a_quarter_em_each():
    # pdftotext prints the quarter em set between ideographs and figures as a space; at half
    # an em each, this line of an eight-em column measured ten ems and stood out as wider
    # than the column.
    (line,) = repair_lines([Line("军区 5 旅 13 团 7 连", 1)], Config(), ChangeLog(False))
    assert line.text == "军区5旅13团7连" and line.gaps == 6
    assert paragraphs._line_width(line, line.text) <= 8.0 + paragraphs.WIDTH_TOLERANCE


def test_half_empty_line_cutting_a_word_goes_on():
    # Under a wide title the column estimate is the title's width, so a narrow column's
    # line looks half empty; a word running across the line end (走 / 进) says it goes on.
    dateline = row("新华社电", 4.0, 29.0)
    prev = row("（记者滕军伟）走", 8.0, 29.0)
    assert paragraphs._decide(prev, row("进山东乳山马石山", 8.0, 8.0), [dateline, prev])[0] is True
    assert paragraphs._decide(prev, row("山东乳山马石山的", 8.0, 8.0), [dateline, prev]) == (False, "half-empty last line")


def test_indented_line_in_layout_text_opens_a_paragraph_though_its_words_seem_to_run_on():
    # 长江， after the title reads as a one-word clause going on from it; the line's indent
    # (layout text keeps it as spaces) says a paragraph starts there.
    title = row("睦和村双赢记", 6.0, 10.0)
    first = row("长江，在重庆涪陵区南", 10.0, 10.0)
    assert paragraphs._decide(title, first, [title]) == (True, "words run on across the line end")
    first.indent = 3
    assert paragraphs._decide(title, first, [title]) == (False, "an indented line after a line without sentence end (layout text)")


def test_short_title_over_an_indented_line_is_apart_though_its_words_seem_to_run_on():
    # 长江， reads as a one-word clause going on from the title; the next line is two ems
    # short of the column (a paragraph's first line, its indent lost in reading order).
    title = row("睦和村双赢记", 6.0, 12.0)
    first = row("长江，在重庆涪陵区南", 10.0, 12.0)
    assert paragraphs._decide(title, first, [title]) == (False, "a short title over an indented first line")
    full = row("长江，在重庆涪陵区南沱镇", 12.0, 12.0)
    assert paragraphs._decide(title, full, [title]) == (False, "a short line alone over a full line")
    date = row("1942年5", 4.0, 12.0)  # figures: a date cut at the column edge
    assert paragraphs._decide(date, full, [date]) == (True, "words run on across the line end")



def _label_page(second_number: int) -> list[str]:
    from declump.model import null_log

    # Layout text read column by column: a label, the title wrapped under it, then a story
    # whose paragraphs open indented (the page shows its indents).
    texts = ["Arts & Leisure", "City Choir", "wins national", "award", "By Jane Smith"]
    texts += ["   The city choir has won", "the national award for", "the second year running."] * 6
    numbers = [1, second_number] + [second_number + 1 + k for k in range(len(texts) - 2)]
    lines = [Line(t, n) for t, n in zip(texts, numbers)]
    return [b.text for b in paragraphs.rejoin(lines, Config(), null_log())]


def test_layout_label_over_an_input_line_its_column_left_empty_stands_alone():
    assert _label_page(3)[:2] == ["Arts & Leisure", "City Choir wins national award"]


def test_layout_line_of_capitalised_words_right_over_a_title_runs_on():
    # No line left empty under it: nothing sets it apart (a kicker, a title's first line).
    assert _label_page(2)[0] == "Arts & Leisure City Choir wins national award"


def test_a_title_line_wraps_where_no_title_ends():
    wraps = paragraphs.title_wraps
    assert wraps("小镇守正创新激", "发活力")  # inside a word
    assert wraps("小镇办起冰雪节的", "新故事")  # on a word that leads on
    assert wraps("小镇冰雪节迎客（新春", "走基层）")  # inside its column tag
    assert wraps("小镇办起“冰雪", "节”迎客")  # inside a quotation
    assert wraps("电影《冰雪", "小镇》首映")  # inside a book title
    assert not wraps("小镇办起“冰雪节", "游客人数创下新高")  # the quotation closes no later
    assert wraps("江西针对赣江生态保护开展", "试点")  # a word or two left over
    assert wraps("构建可持续的数字世界", "（大家手笔）")  # its column tag on a line of its own
    assert not wraps("构建可持续的数字世界", "（本报记者 王明）")  # a byline in brackets
    assert not wraps("冰雪节迎来开幕", "小镇游客人数创下新高")  # two whole phrases
    assert not wraps("亲情仍在，有了多样的", "实现方式，这是好事")  # a pull quote's clause


def test_a_dateline_alone_on_its_line_goes_on_with_its_reporters_names():
    # A narrow column leaves 新华社电 alone, as short as a title over a full line.
    dateline = row("新华社电", 4.0, 8.0)
    reporters = row("（记者王小明）今天", 8.0, 8.0, after=8.0)
    assert paragraphs._decide(dateline, reporters, [dateline]) == (True, "a dateline goes on with its reporters' names")
    # A line that only ends in 电 is no dateline: the rule says nothing of it.
    title = row("山村小镇通了电", 7.0, 8.0)
    assert paragraphs._decide(title, reporters, [title])[1] != "a dateline goes on with its reporters' names"


LANTERN_CAPTION = ["县里每年都把正", "月十五定为“古", "镇灯会”，今年", "的主题是“点亮", "乡村，照亮未来", "”，吸引了大批", "游客前来观灯。", "王明 摄"]


def test_caption_in_a_narrow_column_over_many_lines_keeps_its_credit():
    # Set beside a photo seven characters a line, a caption runs eight lines: still a caption.
    from declump.pipeline import split_text

    lead = ["据本报记者报道"] + LANTERN_CAPTION[:-1]
    text = "\n".join(["古镇灯会吸引八方游客", "", *LANTERN_CAPTION, "", *lead, ""])
    article = split_text(text).pages[0].articles[0]
    assert article.captions == ["".join(LANTERN_CAPTION[:-1]) + "王明 摄"]


def test_long_piece_of_many_lines_ending_in_a_credit_is_no_caption_piece():
    lines = ["县里每年都把正月十五定为古镇灯会，今年的", "主题是点亮乡村照亮未来，吸引了大批游客前"] * 4 + ["来观灯。", "王明 摄"]
    # (Six lines or fewer make a caption piece however long they are.)
    assert paragraphs._caption_piece([row(text, 20.0, 20.0) for text in lines[:5]] + [row("王明 摄", 4.0, 20.0)])
    assert not paragraphs._caption_piece([row(text, 20.0, 20.0) for text in lines])


def test_caption_quoting_its_story_over_many_narrow_lines_is_a_caption_piece():
    caption = [row(text, 7.0, 7.0) for text in LANTERN_CAPTION[:-1]]
    lead = [row("据本报记者报道" + "".join(LANTERN_CAPTION[:-1]), 20.0, 20.0)]
    assert paragraphs._quoting_piece(caption + lead, 0, len(caption))
    # Many lines holding more than a caption holds are a paragraph printed twice, not a caption.
    long = [row("县里每年都把正月十五定为古镇灯会，今年主题是点亮乡村。", 20.0, 20.0)] * 8
    assert not paragraphs._quoting_piece(long + long, 0, len(long))


def test_title_right_over_a_long_narrow_caption_stays_apart_from_it():
    # Two title lines twice as wide as the caption's column, no blank line between: the
    # caption under them is one block, the title lines are not part of it.
    from declump import clean_text

    caption = ["县里每年", "都把正月", "十五定为", "古镇灯会", "吸引了大", "批游客。", "王明 摄"]
    lead = "　　据本报记者报道，县里每年都把正月十五定为古镇灯会，吸引了大批游客。灯会期间，古镇的街巷挂满了彩灯。"
    text = "\n".join(["古镇元宵灯会吸引游客", "街巷挂满彩灯热闹非凡", *caption, "", lead, ""])
    blocks = clean_text(text).split("\n\n")
    assert "县里每年都把正月十五定为古镇灯会吸引了大批游客。王明 摄" in blocks
    assert blocks[0].startswith("古镇元宵灯会吸引游客")


def test_lines_with_one_twice_as_wide_are_no_long_narrow_caption():
    lines = [row("古镇元宵灯会吸引游客", 10.0, 5.0)] + [row(text, 4.0, 5.0) for text in ["县里每年", "都把正月", "十五定为", "古镇灯会", "吸引了大", "批游客。"]]
    assert not paragraphs._narrow_caption(lines)
    assert paragraphs._narrow_caption(lines[1:])
    assert paragraphs._wide_lines_over(lines) == 1


def spaced_row(text: str, width: float, column: float, blank: bool = False) -> paragraphs.Row:
    r = paragraphs.Row(Line(text, 1, spaced=True), text, width, blank, latin=False)
    r.left_width = r.right_width = r.context_width = r.after_width = column
    return r


def test_letter_spaced_line_short_by_its_figures_goes_on_after_a_gap():
    # A column cut mid-sentence, a blank line, then a letter-spaced line whose figures make
    # it measure 1.5 ems short: stretched to the edge, so no indent, and the sentence goes on.
    prev = row("门前的石阶一共有五级，最下", 13.0, 13.0)
    spaced = spaced_row("一级宽2020毫米，高", 11.5, 13.0, blank=True)
    assert paragraphs._decide(prev, spaced, [row("上一行", 13.0, 13.0), prev])[0] is True


def test_letter_spaced_line_short_by_an_indent_opens_a_paragraph_after_a_column_end():
    prev = row("门前的石阶一共有五级，最下", 13.0, 13.0)
    spaced = spaced_row("2020年前后，这里", 10.25, 13.0, blank=True)
    assert paragraphs._decide(prev, spaced, [row("上一行", 13.0, 13.0), prev]) == (False, "indented line after a column end")


def test_letter_spaced_line_short_by_its_figures_after_a_full_sentence_end_runs_on():
    prev = row("门前的石阶一共有五级台阶。", 13.0, 13.0)
    spaced = spaced_row("2020年11月，这里", 11.5, 13.0)
    assert paragraphs._decide(prev, spaced, [row("上一行", 13.0, 13.0), prev]) == (True, "full line after full sentence end")
    plain = row("2020年11月，这里", 11.5, 13.0)
    assert paragraphs._decide(prev, plain, [row("上一行", 13.0, 13.0), prev])[0] is False  # an indent


def test_line_of_ideographs_two_ems_short_before_an_indented_line_ends_its_paragraph():
    body = row("市场的主力军，但其消费拉动", 13.0, 13.0)
    short = row("这是挖掘消费潜力的方向", 11.0, 13.0)
    first = row("今年春节，手机红包依", 10.5, 13.0, after=13.0)
    assert paragraphs._decide(short, first, [body, short]) == (False, "short last line before an indented line")
    # Figures opening the next line may not have fitted on the short one: no evidence.
    figures = row("5000亿元的产值，这", 10.5, 13.0, after=13.0)
    assert paragraphs._decide(short, figures, [body, short]) != (False, "short last line before an indented line")


def test_a_line_an_indent_narrower_than_the_column_above_opens_a_paragraph():
    # Short paragraphs put as many indented first lines as full lines in the window after
    # the line, so the width there is the indent's; the full line above shows the column.
    first = row("几年过去，村里的果园全部实现零化肥，农药统一", 22.0, 24.0)
    prev = row("采购、逐年减量。很快，这个村的水果就出了名。", 23.0, 24.0)
    nxt = row("村里还建了化粪池，家家户户都有卫生厕所，污", 22.0, 22.0)
    assert paragraphs._decide(prev, nxt, [first, prev]) == (False, "indented against the column above")
    # A full line measured a little short (half-width figures) runs on.
    full = row("村里还建了2座化粪池，家家户户都有卫生厕所", 22.8, 22.0)
    assert paragraphs._decide(prev, full, [first, prev]) == (True, "full line after full sentence end")


def test_full_lines_an_indent_wider_than_the_commonest_width_are_the_column():
    # Four-line paragraphs: indented first lines (22 ems) outnumber the full lines (24).
    assert paragraphs._mode_width([22.0, 24.0, 22.0, 4.0, 22.0, 24.0, 16.0], latin=False) == 24.0
    # One wider line is a line hanging its punctuation, not the column.
    assert paragraphs._mode_width([22.0, 22.0, 22.0, 23.5, 5.0], latin=False) == 22.0


def test_kicker_ending_in_its_dash_stands_over_its_title():
    kicker = row("市政府新闻发言人——", 10.0, 11.0)
    title = row("城区三条公交线路下月调整（便民提示）", 18.0, 11.0)
    assert paragraphs._decide(kicker, title, [kicker]) == (False, "a kicker ending in its dash, over its title")
    # (also with a gap between them)
    apart = row("城区三条公交线路下月调整", 12.0, 11.0, blank=True)
    assert paragraphs._decide(kicker, apart, [kicker]) == (False, "a kicker ending in its dash, over its title")
    # A dash ending a line of running text goes on with its sentence.
    body = row("这就是“功夫在会外”——", 11.0, 11.0)
    nxt = row("更多地将村民大会看作", 11.0, 11.0)
    assert paragraphs._decide(body, nxt, [row("上一行", 11.0, 11.0), body])[0] is True
    clause = row("他说，这就是会外功夫——", 11.0, 11.0)
    assert paragraphs._decide(clause, nxt, [clause])[0] is True
    # A paragraph's indented first line ending in a dash, a full line under it: body text.
    first = row("我们的目标只有一个——", 10.0, 12.0)
    full = row("让群众过上更好的日子，这", 12.0, 12.0)
    assert paragraphs._decide(first, full, [first])[0] is True


def test_pieces_of_one_letter_spaced_line_read_on():
    # ``的化 肥 和 种`` spread over a seven-em line (``子、`` did not fit), printed piece by piece.
    lines = ["县里今年为", "各村送去了大批", "的救灾物资，包", "括棉被、衣服、", "粮食、燃料、药", "品以及春耕所需"]
    lines += ["的化", "肥", "和", "种", "子、农药等物资", "有效保障了春耕", "生产，也让群众", "安心过了一个好", "年。"]
    assert [t for _, t in kinds("\n".join(lines))] == ["".join(lines)]
    rows = paragraphs._measure([Line(t, n + 1) for n, t in enumerate(lines)])
    assert [row.text for row in rows if row.spaced_piece] == ["的化", "肥", "和", "种"]


def test_short_lines_of_words_are_no_letter_spaced_line():
    # Two title lines five and six ems wide over a column fourteen wide: a letter-spaced
    # line's pieces are single characters or a figure, a few ems at most.
    lines = ["县里今年为各村送去了大批的化", "肥和种子，有效保障了春耕。", "种来好日子", "茶山新事记"]
    lines += ["长江，在这里拐了两道弯，村子", "就坐落在江边的小山坡上，站在", "果园里，满眼是金黄的柑橘。"]
    rows = paragraphs._measure([Line(t, n + 1) for n, t in enumerate(lines)])
    assert not any(row.spaced_piece for row in rows)


def test_copies_of_a_fake_bold_title_are_no_letter_spaced_line():
    lines = ["县里今年为各村", "送去了大批的化", "肥。", "（新论", "新论）", "子、农药等物资", "有效保障了春耕"]
    rows = paragraphs._measure([Line(t, n + 1) for n, t in enumerate(lines)])
    assert not any(row.spaced_piece for row in rows)


def test_a_line_an_indent_wider_than_the_lines_around_holding_a_sentence_end_runs_on():
    # The lines around it are mostly indented first lines (21 ems), the column 23 wide.
    prev = row("的人们的想法也不一样了。老渔民基本不打鱼", 23.0, 21.0)
    nxt = row("了，其他的牲畜也都不养了，江水一年比一年", 21.0, 21.0)
    assert paragraphs._decide(prev, nxt, [prev])[1] != "line wider than the columns around it"
    # A title over the column stands apart: no sentence end inside it, nothing running on.
    title = row("沿江村庄护水护出好生态种果种来好日子", 23.0, 21.0)
    lead = row("江水一年比一年清，村民的日子越过越好，", 21.0, 21.0)
    assert paragraphs._decide(title, lead, [title]) == (False, "line wider than the columns around it")
    # ... and so does a line far wider than an indent, whatever it holds.
    wide = row("的人们的想法也不一样了。老渔民基本不打鱼", 30.0, 21.0)
    assert not paragraphs._body_line_runs_on(wide, nxt)
    assert paragraphs._decide(wide, nxt, [wide])[0] is False


def test_running_text_set_wider_than_its_columns_goes_on_at_that_width():
    # A photo caption set 24 ems wide over a 20-em column: its first line holds a comma
    # and ends no sentence, the next line is as wide.
    first = row("在湖边长大的孩子们，每到冬天就盼着湖面早点", 24.0, 20.0)
    second = row("结冰，好去冰上滑冰、钓鱼，一玩就是一整天。", 24.0, 20.0)
    assert paragraphs._decide(first, second, [first]) == (True, "running text set wider than the columns around it goes on")
    # Two title lines of one width hold no clause mark: they stand apart.
    title = row("湖边孩子的冬天从冰上开始", 24.0, 20.0)
    deck = row("小镇冬季旅游带动村民增收", 24.0, 20.0)
    assert paragraphs._decide(title, deck, [title]) == (False, "line wider than the columns around it")
    # A gap inside the line is two columns' lines side by side, not one wide text.
    glued = row("在湖边长大的孩子们， 每到冬天就盼着湖面", 24.0, 20.0)
    assert paragraphs._decide(glued, second, [glued])[0] is False
    # A line half as wide under it is not that text's next line.
    assert paragraphs._decide(first, row("结冰，好去冰上滑冰。", 10.0, 20.0), [first])[0] is True  # (its sentence ends there)
    assert paragraphs._decide(first, row("结冰，好去冰上滑冰、钓鱼", 12.0, 20.0), [first])[0] is False


def test_a_dateline_cut_short_by_a_narrow_column_goes_on():
    prev = row("本报北京2", 4.8, 7.0)
    nxt = row("月20日电（记", 6.5, 7.0)
    assert paragraphs._decide(prev, nxt, [prev]) == (True, "a story's first line goes on")
    # Across a blank line (the foot of a column) too; a headline's bracketed tail is no dateline.
    gap = row("月20日电（记", 6.5, 7.0, blank=True)
    assert paragraphs._decide(prev, gap, [prev]) == (True, "a story's first line goes on")
    tag = row("（记者手记）", 6.0, 7.0)
    assert paragraphs._decide(tag, nxt, [tag])[1] != "a story's first line goes on"


def test_a_lead_paragraph_under_its_headline_is_measured_by_its_own_lines():
    # The window above the lead's second line holds the headline (17 ems); the lead's
    # column is 7 ems, which its second line fills: not a half-empty last line.
    first = row("本报北京2月17日电", 8.0, 17.0)
    prev = row("（记者张洋）2018", 6.2, 17.0, after=7.0)
    prev.right_width = 7.0
    nxt = row("年6月以来，", 6.0, 7.0)
    assert paragraphs._decide(prev, nxt, [first, prev])[0] is True
    # A deck under a headline ends no sentence: its half-empty last line still ends it.
    deck = row("人们期待看到更多", 8.0, 17.0)
    tail = row("的中国故事", 5.0, 17.0, after=7.0)
    tail.right_width = 7.0
    body = row("今年春节期间，", 7.0, 7.0)
    assert paragraphs._decide(tail, body, [deck, tail]) == (False, "half-empty last line")


def test_a_lead_paragraph_cut_at_a_blank_line_is_measured_by_its_own_lines():
    # The headline over the lead makes the window above its full second line 25 ems wide;
    # the line fills the lead's 15-em column and stops mid-sentence before a blank line
    # (the column's foot): the paragraph goes on.
    first = row("本报北京2月17日电（记者", 13.0, 25.0)
    prev = row("张洋）一批新建的图书馆坐落于", 15.0, 25.0, after=15.0)
    prev.right_width = 15.0
    nxt = row("城东新区，周末读者很多", 15.0, 15.0, blank=True)
    assert paragraphs._decide(prev, nxt, [first, prev]) == (True, "no sentence end")
    # A line short of the lead's own column there still ends what it says.
    short = row("张洋）图书馆坐落于", 9.0, 25.0, after=15.0)
    short.right_width = 15.0
    assert paragraphs._decide(short, nxt, [first, short]) == (False, "short line without sentence end")


def test_the_papers_reporter_inside_a_running_sentence_opens_no_story():
    first = row("联合国驻华协调员罗", 9.0, 9.0)
    prev = row("世礼近日在接受", 9.0, 9.0)
    nxt = row("本报记者专访时表", 8.0, 9.0)
    assert paragraphs._decide(prev, nxt, [first, prev])[0] is True
    # After a sentence end, or opening a block, it is a lead naming its reporter.
    ended = row("世礼近日接受采访。", 9.0, 9.0)
    assert paragraphs._decide(ended, nxt, [first, ended]) == (False, "article start")
    assert paragraphs._decide(prev, nxt, [prev]) == (False, "article start")


def test_a_first_line_under_a_headline_is_measured_against_the_column_under_it():
    # The window above holds the headline (12 ems); the column under it is 8 ems wide.
    prev = row("河北省张家口", 6.0, 12.0)
    nxt = row("市沽源县太平沟村", 8.0, 8.0)
    assert paragraphs._decide(prev, nxt, [prev])[1] != "a short line alone over a full line"
    # A short title, or a column tag alone, over the column stays apart.
    title = row("民生关注", 4.0, 12.0)
    assert paragraphs._decide(title, nxt, [title]) == (False, "a short line alone over a full line")
    tag = row("（今日谈）", 5.0, 12.0)
    assert paragraphs._decide(tag, nxt, [tag]) == (False, "a short line alone over a full line")


def test_an_indent_against_the_column_above_when_the_lines_after_are_wider():
    # The lines after it are two columns printed side by side (41 ems).
    first = row("陕西来渝的农民工李永胜一家三口在重庆", 21.0, 21.0)
    prev = row("团圆，这一家人度过了这个难忘的新年。", 21.0, 21.0)
    nxt = row("眼下，回乡的人们又开始收拾行李，陆续回", 19.0, 41.0)
    assert paragraphs._decide(prev, nxt, [first, prev]) == (False, "indented against the column above")
    # A short line ending its own sentence may be a paragraph's last line.
    last = row("眼下，回乡的人们又开始收拾行李了。", 19.0, 41.0)
    assert paragraphs._decide(prev, last, [first, prev])[1] != "indented against the column above"


def test_a_letter_spaced_short_line_is_no_paragraphs_last():
    from dataclasses import replace

    first = row("截至去年底，全省实际使用外资", 14.0, 14.0)
    prev = row("同比增长", 4.0, 14.0)
    nxt = row("5.1%，增速比上年提高", 11.0, 11.0, after=14.0)
    assert paragraphs._decide(prev, nxt, [first, prev]) == (False, "short last line before an indented line")
    prev.line = replace(prev.line, spaced=True)  # ``同 比 增 长`` stretched over the column
    assert paragraphs._decide(prev, nxt, [first, prev])[0] is True


def test_a_letter_spaced_line_ending_its_sentence_goes_on_into_a_full_line():
    from dataclasses import replace

    first = row("乐器，形成了相互", 8.0, 8.0)
    prev = row("艺术合力。", 5.0, 8.0)
    full = row("这些节目将中华文", 8.0, 8.0)
    assert paragraphs._decide(prev, full, [first, prev]) == (False, "short line ends a sentence")
    prev.line = replace(prev.line, spaced=True)  # ``艺 术 合 力 。`` stretched over the column
    assert paragraphs._decide(prev, full, [first, prev])[0] is True
    # ... but not into an indented first line.
    indented = row("这些节目将中", 6.0, 8.0)
    assert paragraphs._decide(prev, indented, [first, prev])[0] is False


def test_indented_line_after_a_column_end_opens_a_paragraph_though_words_seem_to_run_on():
    # A full line cut mid-sentence at the column's foot, a blank line, then a line set in by
    # two ems: its first words (如今) seem to run on, but it is a new paragraph's first line.
    prev = row("村里的游客越来越多，大家都盼着", 15.0, 15.0)
    first = row("如今，村口的小路修宽了，", 13.0, 15.0, blank=True)
    assert paragraphs.runs_on(prev.text, first.text)  # read alone, the words would run on
    assert paragraphs._decide(prev, first, [row("上一行", 15.0, 15.0), prev]) == (False, "indented line after a column end")


def test_line_opening_on_a_one_character_clause_after_a_column_end_runs_on():
    # The same shape, but the line opens with the last character of a word cut at the line
    # end (服务 / 点，): the sentence goes on.
    prev = row("村里的游客越来越多，来到快递服务", 15.0, 15.0)
    rest = row("点，看望仍在工作的快递员们", 13.0, 15.0, blank=True)
    assert paragraphs._decide(prev, rest, [row("上一行", 15.0, 15.0), prev])[0] is True


def test_short_last_line_ending_in_a_colon_before_an_indented_line_ends_the_paragraph():
    # What the colon announces (a quoted remark) is set as a paragraph of its own: the line
    # with the colon stops short of the column, the next opens with an indent.
    first = row("村口槐树下，几位", 8.0, 8.0)
    prev = row("老人聊开了：", 6.0, 8.0)
    nxt = row("“今年的雨水", 6.0, 8.0, after=8.0, blank=True)
    assert paragraphs._decide(prev, nxt, [first, prev]) == (False, paragraphs._COLON_LAST_LINE)


def test_colon_ending_a_full_line_or_before_a_full_line_runs_on():
    first = row("村口槐树下，几位", 8.0, 8.0)
    full = row("老人这样聊开了：", 8.0, 8.0)
    nxt = row("“今年的雨水", 6.0, 8.0, after=8.0)
    assert paragraphs._decide(full, nxt, [first, full])[0] is True
    short = row("老人聊开了：", 6.0, 8.0)
    flush = row("“今年的雨水真不", 8.0, 8.0, after=8.0)
    assert paragraphs._decide(short, flush, [first, short])[0] is True


def test_a_title_line_over_a_wider_one_is_two_headline_lines():
    # Neither line holds a clause; the first is too short for the column under it to be
    # a paragraph's first line, and the second is wider: a title and its deck, not one
    # title wrapped (a wrapped title's first line is its widest).
    title = row("山区小镇办起音乐节", 9.0, 20.0)
    deck = row("村民在家门口听到交响乐团演奏", 14.0, 20.0)
    assert paragraphs._decide(title, deck, [title]) == (False, "a title line over a wider one")
    # A title wrapped at its own measure leaves its shorter rest to the next line.
    wrapped = row("村民在家门口听", 7.0, 20.0)
    assert paragraphs._decide(title, wrapped, [title])[0] is True
    # Its column tag going on onto the next line belongs to it, however wide.
    tagged = row("（新春走基层·记者蹲点", 10.0, 20.0)
    assert paragraphs._decide(title, tagged, [title])[1] != "a title line over a wider one"


def test_a_short_line_alone_between_gaps_does_not_continue_a_cut_off_paragraph():
    # A paragraph stops mid-sentence at its column's foot; the line standing alone after
    # the gap falls well short of the column, so it is no line inside that paragraph: a
    # kicker or a title printed between two columns' text.
    body = [row("今年以来，全市新开工的重点项目已", 16.0, 16.0), row("经达到一百二十个，总投资超过千亿", 16.0, 16.0)]
    kicker = row("重点项目建设提速——", 10.0, 16.0, blank=True)
    kicker.piece_lines = 1
    assert paragraphs._decide(body[-1], kicker, body) == (False, "a short line alone between gaps ends no sentence")
    # A full line alone there is the paragraph's next line, printed after the gap.
    going_on = row("元，带动就业岗位三万余个，其中新", 16.0, 16.0, blank=True)
    going_on.piece_lines = 1
    assert paragraphs._decide(body[-1], going_on, body)[0] is True
    # A word or two alone is as often a title's wrapped tail: the evidence stays as it was.
    tail = row("元", 1.0, 16.0, blank=True)
    tail.piece_lines = 1
    assert paragraphs._decide(body[-1], tail, body)[1] != "a short line alone between gaps ends no sentence"


def test_a_title_over_a_storys_dateline_does_not_continue_a_cut_off_paragraph():
    # A paragraph stops mid-sentence at its column's foot; after the gap, a full line with
    # no clause stands right over a story's dateline: that story's title.
    body = [row("今年以来，全市新开工的重点项", 14.0, 14.0), row("目已有一百二十个，总投资超过", 14.0, 14.0)]
    title = row("山区小镇办起乡村音乐节", 11.0, 11.0, blank=True)
    title.next_opens_story = True
    assert paragraphs._decide(body[-1], title, body) == (False, "a title over a story's dateline")
    # Read by rejoin from the page's lines: the title stands apart from both.
    lines = ["今年以来，全市新开工的重点项", "目已有一百二十个，总投资超过", "", title.text, "本报昆明2月3日电（记者", "张三）小镇的音乐节开幕了。"]
    blocks = paragraphs.rejoin([Line(t, k + 1) for k, t in enumerate(lines)], Config(), ChangeLog())
    assert title.text in [b.text for b in blocks]
    # A line holding a clause there is the paragraph's next line, whatever follows it.
    going_on = row("千亿元，带动就业岗位三万余", 14.0, 14.0, blank=True)
    going_on.next_opens_story = True
    assert paragraphs._decide(body[-1], going_on, body)[0] is True
    # Nor does a line ending on a word that leads on (…结合 / 自己多年的) stand apart.
    leading = row("到场的观众都说这是多年的", 12.0, 12.0, blank=True)
    leading.next_opens_story = True
    assert paragraphs._decide(body[-1], leading, body)[0] is True


def test_a_full_line_alone_between_gaps_over_an_indented_line_is_a_title():
    # A paragraph stops mid-sentence at its column's foot; the line alone after the gap is
    # as wide as the column but holds no clause, and the line after the next gap is set in
    # by an indent: a title, not the paragraph's next line.
    body = [row("今年以来，全市新开工的重点项", 14.0, 14.0), row("目已有一百二十个，总投资超过", 14.0, 14.0)]
    title = row("山区小镇办起乡村音乐节活动", 14.0, 14.0, blank=True)
    title.piece_lines = 1
    title.next_opens_paragraph = True
    assert paragraphs._decide(body[-1], title, body) == (False, "a full line alone between gaps, over an indented first line")
    # Measured from the page's lines, the title stands over an indented first line.
    lines = [*(r.text for r in body), "", title.text, "", "小镇的音乐节昨天", "在山脚下的草坪上开幕，", "来了不少外地游客。"]
    rows = paragraphs._measure([Line(t, k + 1) for k, t in enumerate(lines)])
    assert [r.next_opens_paragraph for r in rows[:3]] == [False, False, True]
    # A line holding a clause is the paragraph's next line, the indented one after it or not.
    going_on = row("千亿元，带动就业岗位三万余个", 14.0, 14.0, blank=True)
    going_on.piece_lines = 1
    going_on.next_opens_paragraph = True
    assert paragraphs._decide(body[-1], going_on, body)[0] is True
    # Without an indented line after it, a full line alone goes on the paragraph.
    title.next_opens_paragraph = False
    assert paragraphs._decide(body[-1], title, body)[0] is True


def _column_cut_by_caption(caption: list[str]) -> str:
    # A story's column, cut mid-sentence (its line ending in a comma) at its foot, a
    # caption at the head of the next column, a blank line inside it (-layout text prints
    # the rows of the columns beside it there), then the story going on.
    lead = "本报讯 县里每年都把正月十五定为古镇灯会。今年的主题是点亮乡村，照亮未来，吸引了大批游客前来观灯。灯会期间，古镇的街巷挂满了彩灯，游客络绎不绝，"
    column = ["　　" + lead[:6]] + [lead[i : i + 8] for i in range(6, len(lead), 8)]
    return "\n".join(["古镇灯会吸引八方游客", "", *column, "", *caption, "", "街头热闹非凡。", ""])


def test_caption_cut_by_a_blank_line_stays_out_of_the_sentence_it_interrupts():
    from declump.pipeline import split_text

    text = _column_cut_by_caption(["县里每年都把正", "月十五定为古镇", "", "灯会。"])
    article = split_text(text).pages[0].articles[0]
    assert article.captions == ["县里每年都把正月十五定为古镇灯会。"]
    assert article.paragraphs[0].endswith("游客络绎不绝，")


def test_pieces_carrying_on_the_sentence_of_the_line_above_are_no_cut_caption():
    # The copy (a caption elsewhere) holds the character before them too: they are the
    # story's own sentence going on, which the caption quotes.
    lines = [row("彩灯，游客络绎不", 8.0, 8.0), row("绝，县里每年都", 7.0, 8.0, blank=True), row("把正月十五定为", 7.0, 8.0)]
    lines += [row("古镇灯会。", 5.0, 8.0, blank=True), row("游客络绎不绝，县里每年都把正月十五定为古镇灯会。", 20.0, 20.0, blank=True)]
    assert paragraphs._quote_runs_back(lines, 1, 4)
    assert not paragraphs._quote_runs_back(lines[1:], 0, 3)


def test_title_lines_over_a_caption_are_no_cut_caption():
    caption = [row("县里每年都把正月十五定为古镇灯会。王明", 19.0, 19.0), row("摄", 1.0, 19.0)]
    title = [row("古镇元宵——", 6.0, 19.0), row("灯会吸引八方游客街巷挂满彩灯热闹非凡", 18.0, 19.0)]
    assert not paragraphs._one_measure(title, caption)
    cut = [row("县里每年都把正月十五", 10.0, 10.0), row("定为古镇灯会，今年的", 10.0, 10.0)]
    assert paragraphs._one_measure(cut, [row("主题是点亮乡村。王明", 10.0, 10.0), row("摄", 1.0, 10.0)])


def test_piece_opening_with_its_story_words_is_a_caption_of_its_own():
    # The piece after a column's last lines opens as a sentence of the story opens: its own
    # caption, not the end of a caption the column's lines began.
    lines = [row("游客络绎不绝，街头热", 10.0, 10.0), row("县里每年都把正月十五", 10.0, 10.0, blank=True), row("定为古镇灯会。王明 摄", 11.0, 10.0)]
    lines += [row("本报讯 县里每年都把正月十五定为古镇灯会。", 20.0, 20.0, blank=True)]
    assert paragraphs._opens_copy(lines, 1, 3)
    lines[0] = row("游客络绎不绝。据悉，", 10.0, 10.0)
    lines[-1] = row("据悉，县里每年都把正月十五定为古镇灯会。", 20.0, 20.0, blank=True)
    assert not paragraphs._opens_copy(lines, 1, 3)


def test_column_text_right_under_a_caption_credit_stands_apart_from_it():
    from declump.pipeline import split_text

    caption = ["县里每年都把正", "月十五定为古镇", "灯会。王明", "摄"]
    body = ["　　本报讯 县里", "每年都把正月十五", "定为古镇灯会。今", "年的主题是点亮乡"]
    text = "\n".join(["古镇灯会吸引八方游客", "", *body, "", *caption, "村，照亮未来，吸", "引了大批游客。", ""])
    article = split_text(text).pages[0].articles[0]
    assert article.captions == ["县里每年都把正月十五定为古镇灯会。王明 摄"]


def test_caption_lines_over_need_a_credit_ending_a_caption():
    piece = [row(text, 7.0, 7.0) for text in ["县里每年都把正", "月十五定为古镇", "灯会。王明", "摄", "村，照亮未来"]]
    assert paragraphs._caption_lines_over(piece) == 4
    # An opening 图为 is no credit: the lines under it are not cut off.
    opened = [row(text, 7.0, 7.0) for text in ["图为县里每年都", "把正月十五定为", "古镇灯会，今年"]]
    assert paragraphs._caption_lines_over(opened) == 0
    assert paragraphs._caption_lines_over(piece[:2] + piece[4:]) == 0



STALLS = "本报讯 古镇的集市又热闹\n起来，摊主们支起小桌，\n卖起家乡的小吃。\n"


def test_two_phrases_of_one_length_over_a_tag_are_one_title():
    assert kinds("春风暖\n\n人心齐（新春走基层）\n\n" + STALLS)[0][1] == "春风暖 人心齐（新春走基层）"


def test_phrase_the_story_names_stays_with_its_tagged_title():
    # 古镇 is the story's subject, which its text repeats: the title's first phrase.
    assert kinds("古镇\n\n集市灯会迎来八方游客（新春走基层）\n\n" + STALLS)[0][1] == "古镇 集市灯会迎来八方游客（新春走基层）"


def test_label_over_a_longer_tagged_title_stands_apart():
    # A short phrase over a much longer title, printed nowhere in the running text: a
    # section's label or a kicker, not the title's first phrase.
    blocks = kinds("乡土纪事\n\n集市灯会迎来八方游客（新春走基层）\n\n" + STALLS)
    assert [text for _, text in blocks[:2]] == ["乡土纪事", "集市灯会迎来八方游客（新春走基层）"]


def test_short_title_over_a_lead_whose_first_words_seem_to_run_on():
    # 长江， opening the lead reads as a two-character clause running on from the line
    # above; a line half as wide as the column over a full line is a title all the same.
    page = "茶山新事\n长江，在这里拐了两道弯，村\n子就坐落在江边的小山坡上。\n站在果园里，满眼是金黄的\n柑橘，果农们正忙着采摘。\n"
    assert kinds(page)[0][1] == "茶山新事"


def test_date_cut_by_a_narrow_column_runs_on():
    # A short line holding figures is a date cut at the column edge, not a title.
    page = "修建水渠。\n1942年5\n月，村民们又修好了\n两座水库，引来山泉\n浇灌了千亩良田。\n"
    assert any(text.startswith("1942年5月，村民们") for _, text in kinds(page))


def _next_column(text: str, width: float) -> paragraphs.Row:
    # Layout text: the head of the next column after a blank line, set flush, in a piece of
    # ten lines as wide as the column.
    r = row(text, width, 10.0, blank=True)
    r.indents_shown = True
    r.piece_lines, r.piece_width = 10, 10.0
    return r


def test_layout_column_goes_on_after_a_full_line_ending_a_sentence():
    above = row("群众的获得感更强了，", 10.0, 10.0)
    prev = row("基层治理的现实痛点。", 10.0, 10.0)
    nxt = _next_column("比如，中央专门印发文", 10.0)
    assert paragraphs._decide(prev, nxt, [above, prev]) == (True, "a column goes on without an indent after a full line (layout text)")


def test_layout_line_a_character_short_ends_its_paragraph_at_the_column_foot():
    # Nine characters in a column of ten: the paragraph's last line, though the next column
    # opens flush (a piece of another paragraph going on from elsewhere).
    above = row("群众的获得感更强了，", 10.0, 10.0)
    prev = row("治理的现实痛点。", 9.0, 10.0)
    nxt = _next_column("严治党在军事训练领域", 10.0)
    assert paragraphs._decide(prev, nxt, [above, prev])[0] is False
    # With figures the width is too rough to tell: the column goes on.
    prev = row("增长5.1个百分点。", 9.0, 10.0)
    assert paragraphs._decide(prev, nxt, [above, prev])[0] is True

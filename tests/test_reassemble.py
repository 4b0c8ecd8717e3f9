"""Reassembly: paragraph pieces printed apart are joined, and only when the evidence is strong.

The pages here are made up for the tests: short columns of invented sentences, built as
the blocks rejoin hands over (each with its lines and column width) or as pdftotext-like text.
"""

from __future__ import annotations

from collections import Counter

from declump import clean_text, explain_text
from declump.config import Config
from declump.model import Block, BlockKind, ChangeLog, Line, Page
from declump.pipeline import verified_clean_text
from declump.reassemble import (
    _choose,
    _hyphenated_word,
    _max_weight_assignment,
    reassemble_page,
)
from declump.text import has_cjk

_numbers = iter(range(1, 100_000))


def piece(*lines: str, width: float = 10.0, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
    """A block as rejoin builds it: its lines joined, set in a column ``width`` ems wide."""
    text = "".join(lines) if has_cjk(lines[0]) else " ".join(lines)
    return Block(kind, text, [Line(t, next(_numbers)) for t in lines], width)


def library_news(width: float) -> Block:
    """A Latin piece of another story, closed at both ends, printed between two pieces."""
    return piece("Other news: the library extends its", "opening hours on Sundays.", width=width)


def reassembled(*blocks: Block) -> tuple[list[str], ChangeLog]:
    page = Page(1, list(blocks))
    log = ChangeLog()
    reassemble_page(page, Config(), log)
    return [block.text for block in page.blocks], log


def assert_left_alone(*blocks: Block) -> None:
    """Reassembly changes nothing on these blocks and records no change."""
    texts, log = reassembled(*blocks)
    assert texts == [b.text for b in blocks]
    assert not list(log)


def assert_joined(first: Block, second: Block, reason: str) -> None:
    """Reassembly joins ``second`` onto ``first`` and says ``reason`` in its explanation."""
    texts, log = reassembled(first, second)
    assert texts == [first.text + second.text]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert reason in change.reason


def column_foot() -> Block:
    """A column ending a sentence flush with its edge (full lines of ten characters)."""
    return piece("山脚下的小镇今年修好", "了老石板桥，镇上新开", "了三家农家饭馆茶馆。")


def chars(texts: list[str]) -> Counter[str]:
    return Counter(ch for text in texts for ch in text if not ch.isspace())


# -- joins -----------------------------------------------------------------------------------


def test_continuation_printed_after_another_story_is_joined() -> None:
    blocks = [
        piece("山脚下的小镇", "今年修通了公路。"),
        piece("镇长告诉记者，“路", "通了，山里的果子就", "能卖到城里去。”他说"),  # stops mid-sentence
        piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。"),  # another story
        piece("，去年果农的收入翻", "了一番，今年还会更"),  # goes on: starts with a comma
        piece("多。"),
    ]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts[0] == before[0]
    assert texts[1] == before[1] + before[3]
    assert texts[2] == before[2]
    assert len(texts) == 4
    assert chars(texts) == chars(before)  # nothing lost, nothing invented
    (change,) = [c for c in log if c.step == "reassemble"]
    assert change.line == blocks[3].first_line
    assert "…⏎…" in change.before and change.after in texts[1]
    assert "score" in change.reason


def test_a_continuation_sharing_no_words_with_its_story_needs_more_evidence() -> None:
    # The piece stops mid-sentence on a full line; three blocks further on a piece opens on
    # a full line with 的 (it goes on from elsewhere). One that speaks of the same orchard
    # joins; one that shares no word with it stays apart on the shape of the seam alone.
    stops = piece("果园里的苹果树今年", "结的果子又大又甜，", "果农们说这都是因为")
    between = [piece("城里新开了三家图", "书馆，周末读者很多。"), piece("地铁二号线本月开通", "运营。"), piece("市民可以坐公交去公", "园赏花。")]
    same_story = piece("的土壤改良了，苹果树", "长得格外好。")
    texts, log = reassembled(stops, *between, same_story)
    assert texts[0] == stops.text + same_story.text
    other_story = piece("的教练换了人，球队踢", "得格外好。")
    texts, log = reassembled(stops, *between, other_story)
    assert texts == [b.text for b in (stops, *between, other_story)]
    assert not [c for c in log if c.step == "reassemble"]


def test_first_line_short_by_the_figure_that_did_not_fit_is_no_indent() -> None:
    from declump.reassemble import open_start

    # One em short of its ten-em column because 0.3% did not fit on it: not indented
    # (an indent is two ems), so the piece goes on from elsewhere.
    goes_on = piece("市场价格环比上涨", "0.3%，其中蔬菜价格", "上涨明显，水果价格", "略有下降。")
    assert open_start(goes_on) > 0
    # Over a line of ideographs nothing failed to fit: one em short says nothing.
    opens = piece("市场价格环比上涨", "三成，其中蔬菜价格", "上涨明显，水果价格", "略有下降。")
    assert open_start(opens) == 0


def test_first_line_short_by_a_character_pushed_over_with_its_mark_is_no_indent() -> None:
    from declump.reassemble import open_start

    # One em short of its ten-em column: 建 went over to the next line with 。, which may
    # not open a line. Not indented (an indent is two ems): the piece goes on from elsewhere.
    goes_on = piece("镇上的老石板桥今年", "建。来小镇的游客多了", "起来，饭馆生意兴隆。")
    assert open_start(goes_on) > 0
    # The next line opens with two ideographs: one em short says nothing.
    opens = piece("镇上的老石板桥今年", "建成，来小镇的游客多", "了起来，饭馆生意兴隆")
    assert open_start(opens) == 0


def test_a_piece_opening_on_a_clause_of_one_character_goes_on_from_elsewhere() -> None:
    from declump.reassemble import open_start

    # 误， is the end of 耽误 cut at a column's foot, however short its first line looks
    # against the width rejoin guessed (two lines show no column of their own).
    goes_on = piece("误，他准备在县城买", "房安家。", width=11.0)
    assert open_start(goes_on) > 0
    # A clause of two characters may open a paragraph (如今，…): nothing said.
    opens = piece("如今，他准备在县城", "买房安家。", width=11.0)
    assert open_start(opens) == 0


def test_sentence_ending_at_the_column_foot_goes_on_in_the_next_column_without_indent() -> None:
    # The column ends a sentence on a full line; the next column printed opens on a full
    # line (no indent) and speaks of the same things: the paragraph goes on there.
    foot = column_foot()
    head = piece("老石板桥修好以后，来", "小镇的游客多了起来，", "农家饭馆生意兴隆。")
    assert_joined(foot, head, "a sentence ends flush with the column's edge")
    # An indented first line opens a paragraph of its own.
    indented = piece("老石板桥修好后，", "来小镇的游客多了起来", "农家饭馆生意兴隆。")
    assert_left_alone(foot, indented)
    # Only the column printed right after it: one printed after a title is another column.
    assert_left_alone(foot, piece("省城地铁二号线开通", kind=BlockKind.HEADLINE), head)


def test_a_column_going_on_in_full_lines_after_a_flush_end_outweighs_a_weaker_rival() -> None:
    foot = column_foot()
    # An open end printed earlier reads the piece as going on it, though less well than
    # the sentence ending flush right before it.
    rival = piece("城里的游客下乡参观，", "游客们都住在村民家")
    other = piece("另一则消息说，省城的", "地铁二号线本月开通。")
    # Its first two lines fill the column: no paragraph's start, it goes on the foot.
    head = piece("老石板桥修好以后，来", "小镇的游客多了起来，", "农家饭馆生意兴隆。")
    texts, _ = reassembled(rival, other, foot, head)
    assert texts == [rival.text, other.text, foot.text + head.text]
    # A piece whose second line stops short (a paragraph of two lines, a caption) shows no
    # column going on: with a rival reading it at all, it is left alone.
    short = piece("老石板桥修好以后，来", "小镇的游客多了。")
    assert_left_alone(rival, other, foot, short)


def test_after_a_flush_sentence_end_a_connective_says_the_text_goes_on() -> None:
    foot = column_foot()
    # 比如 refers back to what was said: the next column printed goes on the paragraph,
    # though the two pieces share hardly a word.
    example = piece("比如在村口，一家农家", "乐的老板说，今年春节", "的客人比去年多一倍。")
    assert_joined(foot, example, "connective")
    # Without it, so little evidence leaves the pieces apart.
    plain = piece("在村口，一家农家乐的", "老板说，今年春节来的", "客人比去年多一倍。")
    assert_left_alone(foot, plain)


def test_after_a_flush_sentence_end_a_short_clause_must_open_a_sentence() -> None:
    foot = column_foot()
    # 比如， opens a sentence: the paragraph goes on.
    opener = piece("比如，老石板桥修好以", "后，来小镇的游客多了", "起来，饭馆生意兴隆。")
    texts, _ = reassembled(foot, opener)
    assert texts == [foot.text + opener.text]
    # 要求， is the end of a clause begun elsewhere: not after a sentence end.
    clause = piece("要求，老石板桥修好以", "后，来小镇的游客多了", "起来，饭馆生意兴隆。")
    assert_left_alone(foot, clause)


def test_a_function_word_at_the_seam_counts_only_as_a_word_of_its_own() -> None:
    from declump.paragraphs import runs_on

    # 向 is a preposition that leads on; in 方向 it ends a noun, which may end a clause.
    assert runs_on("工作人员向", "群众介绍", whole_words=True)
    assert not runs_on("找准发展方向", "群众介绍", whole_words=True)
    assert runs_on("找准发展方向", "群众介绍")  # rejoin reads the character alone
    # 地 is a particle after 认真; in 地方 it starts a noun.
    assert runs_on("大家认真", "地学习", whole_words=True)
    assert not runs_on("大家认真", "地方财政", whole_words=True)


def test_a_function_word_before_the_seam_weighs_less_than_a_particle_after_it() -> None:
    from declump.reassemble import _PageStats, _piece, _score

    # The same full line and unindented continuation: one stops on the preposition 向
    # (a clause may stop before it as well), the other goes on with 的 (no sentence opens so).
    foot = piece("镇上的工作人员耐心地", "向")
    stops = piece("镇上的工作人员耐心地", "说")
    after = piece("的游客介绍老石板桥的", "来历，大家听得很认真")
    before = piece("游客介绍老石板桥的来", "历，大家都听得很认真")
    blocks = [foot, stops, after, before]
    stats = _PageStats(blocks)
    pieces = [_piece(i, b) for i, b in enumerate(blocks)]
    particle = _score(pieces[1], pieces[2], stats)[0] - _score(pieces[1], pieces[3], stats)[0]
    function_word = _score(pieces[0], pieces[3], stats)[0] - _score(pieces[1], pieces[3], stats)[0]
    assert 0 < function_word < particle


def test_a_comma_or_dash_ending_a_short_line_is_no_column_foot() -> None:
    from declump.reassemble import open_end

    # A full line stopping on a comma: the column's foot, the sentence goes on elsewhere.
    assert open_end(piece("城里新开了三家图书", "馆，周末的读者很多，")) > 0
    # A line ending on a dash five ems short of the edge ended there by choice: a title's
    # first line (a kicker) glued after the column, no sentence cut off.
    assert open_end(piece("城里新开了三家图书", "馆，周末读者很多。", "文化局——")) == 0


def test_a_block_wider_than_its_column_shows_no_flush_sentence_end() -> None:
    head = piece("老石板桥修好以后，来", "小镇的游客多了起来，", "农家饭馆生意兴隆。")
    # Its first line runs far past the ten ems it was given (a lead set across columns):
    # a last line of ten ems is the paragraph's last line, not flush with a column's edge.
    lead = piece("山脚下的小镇今年修好了老石板桥，镇上新开", "了三家农家饭馆茶馆。")
    assert_left_alone(lead, head)


def test_a_quote_closing_far_into_a_piece_says_nothing_of_where_it_began() -> None:
    from declump.reassemble import _closes_first

    assert _closes_first("拉过来了！”父亲挺幽默。")
    assert not _closes_first("林心平，原名梁玉，一九一三年出生在一个书香门第，自幼聪慧好学，后来到上海求学，投身革命，" + "她说：不怕”")


def test_attribution_pushed_into_the_next_column_goes_back_to_its_quote() -> None:
    # The quote closes flush with the column's edge; the next column printed opens with the
    # speaker's name on a line of its own.
    quote = piece("“路修好了，山里的果", "子就能卖到城里去，大", "家的日子会越过越好。”")
    speaker = piece("王村长说。")
    texts, _ = reassembled(quote, speaker)
    assert texts == [quote.text + speaker.text]
    # A short sentence of its own after a sentence that is no quote stays apart.
    plain = piece("路修好了，山里的果子", "就能卖到城里去，大家", "的日子会越过越好了。")
    assert_left_alone(plain, speaker)


def test_a_pull_quote_repeating_the_lead_is_no_continuation_of_it() -> None:
    # The quote repeats the lead's first sentence and opens on a full line; the lead's
    # column stops mid-sentence right after it. The quote shares every word with the lead,
    # yet it is a copy, not the lead's continuation.
    quote = piece("今年一月中旬以来，青海", "省玉树州多次出现大范围", "降雪天气。")
    lead = piece("本报西宁2月16日电 今", "年一月中旬以来，青海省", "玉树州多次出现大范围降", "雪天气，境内一市五县遭")
    texts, _ = reassembled(quote, lead)
    assert texts == [quote.text, lead.text]


def test_a_piece_closing_a_quote_it_never_opened_goes_on_from_the_quote() -> None:
    blocks = [
        piece("节前，父母从老家自", "驾来京过年，年货一", "样没落下。“把年给", "你们从老家的院子里"),  # opens a quote
        piece("另一则消息说，省城", "的地铁二号线本月开", "通运营。"),  # another story
        piece("搬过来了！”他说。"),  # closes it: one line
    ]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == [before[0] + before[2], before[1]]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "never opened" in change.reason


def test_a_piece_opening_its_own_quote_is_no_continuation() -> None:
    blocks = [
        piece("节前，父母从老家自", "驾来京过年，年货一", "样没落下。“把年给", "你们从老家的院子里"),
        piece("另一则消息说，省城", "的地铁二号线本月开", "通运营。"),
        piece("“搬过来了！”他说。"),
    ]
    before = [b.text for b in blocks]
    texts, _ = reassembled(*blocks)
    assert texts == before


def test_a_word_cut_at_the_seam_is_evidence() -> None:
    # Nothing but layout says the pieces go together, which is too little, until the
    # seam cuts a common word in two (送信途 / 中收集: 途中).
    def page(end: str) -> list[Block]:
        return [
            piece("邮递员每天骑车往返", f"山里山外，她把送信{end}"),
            piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。"),
            piece("中收集到的意见都整理", "起来，带到了会上。"),
        ]

    texts, log = reassembled(*page("途"))
    assert len(texts) == 2 and "送信途中收集" in texts[0]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "a word spans the seam" in change.reason
    alone = page("件")
    assert reassembled(*alone)[0] == [b.text for b in alone]


def test_one_line_ending_a_sentence_can_be_a_paragraphs_last_line() -> None:
    # The last line of the paragraph (中收集… 会上。) was printed apart; one line shows no
    # indent, but ending its sentence it reads as a paragraph's foot, and the word cut at
    # the seam (途 / 中) ties it to the open end.
    blocks = [
        piece("邮递员每天骑车往返", "山里山外，她把送信途"),
        piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。"),
        piece("中收集的意见带到会上。"),
    ]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == [before[0] + before[2], before[1]]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "a paragraph's last line" in change.reason


def test_continuation_printed_before_its_start_goes_after_it() -> None:
    # pdftotext printed the top of the next column (the continuation) first.
    head = piece("经过这些年的发", "展，合作社已经有了自", "己的品牌，产品卖到了", "全国二十多个省份")
    blocks = [
        piece("，社员的收入也连年", "增长。"),
        piece("合作社的带头", "人说，他们始终相信", "种好地就有好日子。"),
        piece("一篇短讯：县图书", "馆周末延长开放。"),
        head,
    ]
    for block in blocks[1:]:
        block.gap_before = True  # each printed as a run of its own
    texts, log = reassembled(*blocks)
    assert texts == [
        "合作社的带头人说，他们始终相信种好地就有好日子。",
        "一篇短讯：县图书馆周末延长开放。",
        "经过这些年的发展，合作社已经有了自己的品牌，产品卖到了全国二十多个省份，社员的收入也连年增长。",
    ]
    assert [c.step for c in log] == ["reassemble"]


def test_continuation_printed_before_its_start_takes_the_rest_of_its_run_along() -> None:
    # The top of the next column printed first, the column's next paragraph right under it
    # (no blank line between: one run), then the piece it goes on from.
    head = piece("经过这些年的发", "展，合作社已经有了自", "己的品牌，产品卖到了", "全国二十多个省份")
    head.gap_before = True
    under = piece("合作社的带头", "人说，他们始终相信", "种好地就有好日子。")
    texts, _ = reassembled(piece("，社员的收入也连年", "增长。"), under, head)
    assert texts == [
        "经过这些年的发展，合作社已经有了自己的品牌，产品卖到了全国二十多个省份，社员的收入也连年增长。",
        under.text,
    ]


def test_run_followed_by_more_paragraphs_stays_where_it_was_printed() -> None:
    # Another run of paragraphs after the continuation's run: which of them go on its column
    # is not known, so the paragraph under the continuation stays.
    head = piece("经过这些年的发", "展，合作社已经有了自", "己的品牌，产品卖到了", "全国二十多个省份")
    head.gap_before = True
    under = piece("合作社的带头", "人说，他们始终相信", "种好地就有好日子。")
    other = piece("一篇短讯：县图书", "馆周末延长开放。")
    other.gap_before = True
    texts, _ = reassembled(piece("，社员的收入也连年", "增长。"), under, other, head)
    assert texts[:2] == [under.text, other.text]
    assert texts[2].endswith("社员的收入也连年增长。")


def _piece_over_another_story() -> tuple[Block, Block, Block, Block]:
    """A piece stopping at its column's foot, another story's headline and lead printed
    after it, then the piece's continuation opening a run."""
    start = piece("镇长告诉记者，“路", "通了，山里的果子就", "能卖到城里去。”他说")
    title = piece("省城地铁二号线开通", kind=BlockKind.HEADLINE)
    title.gap_before = True
    lead = piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。")
    rest = piece("，去年果农的收入翻", "了一番，今年还会更", "多。")
    rest.gap_before = True
    return start, title, lead, rest


def test_continuation_printed_after_another_headline_takes_its_run_along() -> None:
    # The continuation's run holds the rest of its column: it goes along.
    start, title, lead, rest = _piece_over_another_story()
    under = piece("镇上还办起了果品", "加工厂，招了不少工人。")
    texts, _ = reassembled(start, title, lead, rest, under)
    assert texts == [start.text + rest.text, under.text, title.text, lead.text]


def test_run_before_another_continuation_goes_along() -> None:
    # The run after the continuation's is itself the continuation of another story's piece:
    # its column goes on elsewhere, so the paragraph under the first continuation is the rest
    # of that one's column and goes along.
    start, title, _, rest = _piece_over_another_story()
    lead = piece("另一则消息说，省", "城的地铁二号线本月", "开通运营，沿线居民")
    under = piece("镇上还办起了果品", "加工厂，招了不少工人。")
    rest2 = piece("，出行更加方便了，", "地铁连通了城东和城", "西两个区。")
    rest2.gap_before = True
    texts, _ = reassembled(start, title, lead, rest, under, rest2)
    assert texts == [start.text + rest.text, under.text, title.text, lead.text + rest2.text]


def test_run_ending_on_the_note_closing_its_story_goes_along_with_the_note() -> None:
    # The note in brackets (rejoin sets it apart as a line of its own) closes the story:
    # the column ends there, whatever run is printed after it.
    start, title, lead, rest = _piece_over_another_story()
    note = piece("（作者为本报记者）", kind=BlockKind.HEADLINE)
    later = piece("地铁三号线也在加紧", "建设之中。")
    later.gap_before = True
    texts, _ = reassembled(start, title, lead, rest, note, later)
    assert texts == [start.text + rest.text, note.text, title.text, lead.text, later.text]


def test_latin_lower_case_continuation_joins_with_one_space() -> None:
    texts, _ = reassembled(
        piece("The council said the new bridge over the", "river would open to traffic in the", width=20.0),
        library_news(20.0),
        piece("spring, two years later than planned,", "after a long dispute over costs.", width=20.0),
    )
    assert texts[0] == (
        "The council said the new bridge over the river would open to traffic in the "
        "spring, two years later than planned, after a long dispute over costs."
    )
    assert len(texts) == 2


def test_latin_word_cut_by_a_hyphen_is_closed_up_across_the_seam() -> None:
    # The first piece is one short line rejoin took for a headline; the continuation's
    # first line is two lines of its column that pdftotext printed as one (it closes up
    # hyphenated lines within its flow).
    texts, log = reassembled(
        piece("The harbour board is still con-", width=16.0, kind=BlockKind.HEADLINE),
        piece("Ferry tickets will cost more from", "the first week of the new year.", width=16.0),
        piece(
            "sidering whether the old pier can be repaired in time for the",
            "summer season, a spokesman said.",
            width=16.0,
        ),
    )
    assert texts[0] == (
        "The harbour board is still considering whether the old pier can be repaired in time "
        "for the summer season, a spokesman said."
    )
    assert len(texts) == 2
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "hyphenated word" in change.reason


def test_latin_piece_stopping_on_a_full_line_needs_a_link_across_the_seam() -> None:
    # Both pieces look open (no full stop on a full line; a lower-case start), but nothing
    # in the words runs across the seam: left alone.
    blocks = [
        piece("The council said the new bridge over the", "river would be opened to traffic soon", width=20.0),
        library_news(20.0),
        piece("ferry tickets will cost more from", "the first week of the new year.", width=20.0),
    ]
    assert_left_alone(*blocks)


def test_latin_cut_word_is_not_continued_by_a_word_that_does_not_complete_it() -> None:
    blocks = [
        piece("The harbour board said the re-", width=16.0),
        piece("Ferry tickets will cost more from", "the first week of the new year.", width=16.0),
        piece("the old pier can be repaired in", "time for the summer season.", width=16.0),
    ]
    assert_left_alone(*blocks)


def test_one_line_latin_headline_ending_in_a_function_word_is_no_piece() -> None:
    blocks = [
        piece("Harbour repair dispute drags on", width=16.0, kind=BlockKind.HEADLINE),
        piece("Ferry tickets will cost more from", "the first week of the new year.", width=16.0),
        piece("the old pier can be repaired in", "time for the summer season.", width=16.0),
    ]
    assert_left_alone(*blocks)


def glued_caption(body: list[str], caption: list[str], width: float = 16.0) -> Block:
    """A caption rejoin glued to the body lines above it across a blank line."""
    first = next(_numbers)
    lines = [Line(t, first + k) for k, t in enumerate(body)]
    lines += [Line(t, first + len(body) + 1 + k) for k, t in enumerate(caption)]
    for _ in range(len(body) + len(caption) + 1):
        next(_numbers)
    return Block(BlockKind.CAPTION, " ".join(body + caption), lines, width)


def test_latin_caption_glued_to_a_piece_is_cut_off_and_the_piece_joined() -> None:
    glued = glued_caption(
        ["The museum will reopen its east", "wing once the roof has been fixed, and"],
        ["Visitors queue outside the", "museum. Photo: Jane Doe"],
    )
    texts, log = reassembled(
        glued,
        piece("Ferry tickets will cost more from", "the first week of the new year.", width=16.0),
        piece("the new galleries will open in", "the spring, the director said.", width=16.0),
    )
    assert texts == [
        "The museum will reopen its east wing once the roof has been fixed, and "
        "the new galleries will open in the spring, the director said.",
        "Visitors queue outside the museum. Photo: Jane Doe",
        "Ferry tickets will cost more from the first week of the new year.",
    ]
    assert [c.step for c in log] == ["reassemble", "reassemble"]


def test_latin_caption_after_a_finished_sentence_is_left_whole() -> None:
    glued = glued_caption(
        ["The museum will reopen its east", "wing once the roof has been fixed."],
        ["Visitors queue outside the", "museum. Photo: Jane Doe"],
    )
    texts, log = reassembled(
        glued, piece("Ferry tickets will cost more from", "the first week of the new year.", width=16.0)
    )
    assert texts[0] == glued.text
    assert not list(log)


def cjk_glued_caption(body: list[str], caption: list[str]) -> Block:
    """A CJK caption rejoin glued to the column lines above it across a blank line."""
    block = glued_caption(body, caption, width=8.0)
    return Block(BlockKind.CAPTION, "".join(body + caption), block.lines, 8.0)


HARBOUR_LEAD = piece("本报讯 渔港码头昨天迎", "来冬季开海，上百艘渔船", "驶出港湾。渔民们忙着撒", "网捕鱼，码头一片繁忙。", width=8.0)


def test_cjk_caption_quoting_its_story_glued_to_a_column_piece_is_cut_off() -> None:
    glued = cjk_glued_caption(
        ["渔港管理站的工作人", "员说，今年的鱼获比"],
        ["上百艘渔船驶出港湾。", "王明 摄"],
    )
    texts, log = reassembled(HARBOUR_LEAD, glued)
    assert texts[-1] == "上百艘渔船驶出港湾。王明 摄"
    assert texts[-2] == "渔港管理站的工作人员说，今年的鱼获比"
    assert "caption cut off" in next(iter(log)).reason


def test_cjk_caption_printed_across_a_blank_line_is_left_whole() -> None:
    # The page prints the text across the blank line as one: the caption wraps across it.
    glued = cjk_glued_caption(
        ["冬季开海，上百艘", "渔船驶出港湾。渔民们"],
        ["忙着撒网捕鱼，码头一", "片繁忙。王明 摄"],
    )
    texts, _ = reassembled(HARBOUR_LEAD, glued)
    assert texts[-1] == glued.text


def test_two_stories_each_printed_in_pieces_pair_one_to_one() -> None:
    a_start = piece("村里的老支书说：", "“这几年变化最大的是", "村里的年轻人，他们都")
    b_start = piece("校长介绍说，学校", "新建的实验楼明年投入", "使用，届时学生们就将")
    a_end = piece("愿意回来了”。他们带", "回了新技术和新想法。")  # closes the quote
    b_end = piece("，有更多的实验课可以", "上了。")
    texts, log = reassembled(a_start, b_start, a_end, b_end)
    assert texts == [a_start.text + a_end.text, b_start.text + b_end.text]
    assert len([c for c in log if c.step == "reassemble"]) == 2


# -- leaving pieces alone --------------------------------------------------------------------


def test_open_end_without_a_matching_column_is_left_alone() -> None:
    # The only candidate is set in a different column width and shares nothing else.
    blocks = [
        piece("河道治理工程进入", "收尾阶段，沿岸的绿", "道将在五月前完工"),
        piece("气象台预报，本周后期", "全省大部地区将有一次明", "显降温过程，请注意防寒", width=12.0),
    ]
    assert_left_alone(*blocks)


def test_indented_paragraph_start_is_no_continuation() -> None:
    blocks = [
        piece("河道治理工程进入", "收尾阶段，沿岸的绿", "道将在五月前完工"),
        piece("气象台预报，本周", "全省大部地区将有一", "次明显的降温过程。"),  # indented first line
    ]
    texts, _ = reassembled(*blocks)
    assert texts == [b.text for b in blocks]


def test_a_word_across_the_seam_counts_only_when_the_text_reads_likelier_so() -> None:
    # Both open ends meet the continuation in a listed word: 进入中 / 国市场 in 中国, and
    # 各国人民 / 国市场 in 民国. Only the first reads likelier joined (进入 中国 市场); the
    # second reads better apart (各国 人民 | 国 市场), so it is no rival.
    blocks = [
        piece("中国按既定步伐深化改", "外企近来已多次进入中"),
        piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。"),
        piece("双方表示，要造福两国人", "民以及世界上各国人民"),
        piece("另一则消息说，市", "区的公交线路本月", "调整完毕。"),
        piece("国市场的第一批企业，", "开放举措不断落地。"),
    ]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == [before[0] + before[4], before[1], before[2], before[3]]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "a word spans the seam" in change.reason


def test_two_equally_good_continuations_leave_the_piece_alone() -> None:
    blocks = [
        piece("河道治理工程进入", "收尾阶段，沿岸的绿", "道和公园也在加紧建"),
        piece("设当中，预计五月前", "全部完工并对外开放。"),
        piece("设当中，预计六月前", "全部完工并对外开放。"),
    ]
    assert_left_alone(*blocks)


def test_headline_and_caption_are_never_pieces() -> None:
    blocks = [
        piece("河道治理工程进入", "收尾阶段，沿岸的绿", "道和公园也在加紧建"),
        piece("绿道建设加快推进", kind=BlockKind.HEADLINE),
        piece("设中的滨河绿道。", "张三 摄", kind=BlockKind.CAPTION),
    ]
    texts, _ = reassembled(*blocks)
    assert texts == [b.text for b in blocks]


# -- choosing a pairing ----------------------------------------------------------------------


def test_pairing_is_chosen_over_the_whole_page_not_greedily() -> None:
    # End 0 likes start 1 best, but end 1 can only go on in start 1; end 0 reads almost
    # as well with start 0. Greedy would give end 0 start 1 and leave the rest apart.
    scores = [[(6.5, ""), (7.0, "")], [(0.0, ""), (6.8, "")]]
    assert sorted(_choose(scores)) == [(0, 0), (1, 1)]


def test_pairing_needs_a_margin_over_its_rival() -> None:
    assert _choose([[(5.0, ""), (4.8, "")]]) == []
    assert _choose([[(5.0, ""), (4.5, "")]]) == [(0, 0)]  # half a unit: clearly the better reading
    assert _choose([[(5.0, ""), (1.0, "")]]) == [(0, 0)]
    assert _choose([[(2.0, "")]]) == []  # too weak on its own


def test_seam_left_alone_stays_as_printed_and_frees_its_rival() -> None:
    # Row 0 is an opened seam: as printed (column 0) or going on in column 1. Row 1 goes
    # on in column 1 only. The two readings tie, so row 0 is left alone; as printed it is
    # no longer in doubt, and row 1 then takes column 1.
    printed = "the seam as printed"
    scores = [[(5.7, printed), (7.0, "")], [(0.0, ""), (4.0, "")]]
    assert sorted(_choose(scores, {0})) == [(0, 0), (1, 1)]
    # Not an opened seam (no reading as printed to fall back on): both are left alone.
    assert _choose(scores) == []


def test_assignment_is_exact() -> None:
    weights = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    pairs = _max_weight_assignment(weights)
    assert sum(weights[r][c] for r, c in pairs) == 11
    assert sorted(r for r, _ in pairs) == [0, 1, 2] and sorted(c for _, c in pairs) == [0, 1, 2]


# -- through the pipeline --------------------------------------------------------------------

# Two stories set in columns ten ems wide; the end of the first story's second paragraph
# was printed after the second story. A paragraph's first line lost its two-em indent.
PAGE = "\n".join(
    [
        "农场这些年来一直",
        "坚持用农家肥。",
        "",
        "场长告诉记者，他们",
        "始终相信这条路能走",
        "通，开始几年产量不",
        "",
        "本报讯 县图书馆本",
        "周起延长周末开放时",
        "间，方便读者借阅。",
        "",
        "高，后来一年比一年",
        "好，现在已经始终稳",
        "定在较高的水平上。",
        "",
    ]
)


def test_page_through_clean_joins_the_pieces() -> None:
    whole = "场长告诉记者，他们始终相信这条路能走通，开始几年产量不高，后来一年比一年好，现在已经始终稳定在较高的水平上。"
    assert whole not in clean_text(PAGE, reassemble=False).split("\n\n")
    assert whole in clean_text(PAGE).split("\n\n")
    _, changes = explain_text(PAGE)
    assert [c.step for c in changes if c.step == "reassemble"] == ["reassemble"]


def test_reassembly_keeps_every_character() -> None:
    # The conservation check counts no reassemble record: joining moves text, it removes none.
    assert verified_clean_text(PAGE) == clean_text(PAGE)


def test_clean_output_is_left_as_it_is() -> None:
    once = clean_text(PAGE)
    assert clean_text(once) == once


# A column foot that opens a quotation and stops mid-sentence; the quotation closes in a
# piece printed after another story.
OPENS_QUOTE = ["镇长告诉记者，“路", "通了，山里的果子就", "能卖到城里去，大家"]
LIBRARY = ["县里新开了一家图书", "馆，周末读者很多。"]


def test_last_line_printed_alone_is_joined_whatever_width_it_was_given() -> None:
    # One short line shows no column of its own: rejoin gave it the width of the lines
    # printed around it, so a width unlike the first piece's is no evidence against.
    alone = piece("都愿意回来干活！”", width=14.0)
    texts, _ = reassembled(piece(*OPENS_QUOTE), piece(*LIBRARY), alone)
    assert texts == ["".join(OPENS_QUOTE) + alone.text, "".join(LIBRARY)]


def test_piece_with_a_full_line_in_another_column_is_not_joined() -> None:
    # Its first line reaches an edge fourteen ems wide: it was set in another column.
    wide = piece("都愿意回来干活，村里的年轻", "人也都回来过年了！”", width=14.0)
    blocks = [piece(*OPENS_QUOTE), piece(*LIBRARY), wide]
    assert_left_alone(*blocks)


# -- weak seams: cutting a block that rejoin glued together --------------------------------------


def glued(head: list[str], tail: list[str], width: float = 10.0, blank: bool = True) -> Block:
    """A block rejoin glued at a weak seam: ``head`` stops mid-sentence on a full line,
    ``tail`` opens another paragraph after a blank line (or, without ``blank``, right under it)."""
    first = next(_numbers)
    lines = [Line(t, first + k) for k, t in enumerate(head)]
    after = first + len(head) + (1 if blank else 0)
    lines += [Line(t, after + k) for k, t in enumerate(tail)]
    return Block(BlockKind.PARAGRAPH, "".join(head + tail), lines, width, seams=[len("".join(head))])


HEAD = ["渡口的老船工说，他", "在这条河上撑了三十", "年的船，最难忘的是"]
TAIL = ["新修的滨河公园", "下周对外开放，园里", "建了两条健身步道。"]
LATER = ["，那年冬天河面全部", "封冻，只好踩着冰过", "河去送信。"]


def test_block_glued_at_a_weak_seam_is_cut_and_its_head_joined_to_its_continuation() -> None:
    blocks = [
        glued(HEAD, TAIL),
        piece("气象台预报，本周后期", "全省将有一次明显的降", "温过程，请注意防寒。"),
        piece(*LATER),
    ]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == ["".join(HEAD + LATER), "".join(TAIL), before[1]]
    assert chars(texts) == chars(before)
    (change,) = [c for c in log if c.step == "reassemble"]
    assert change.line == blocks[2].first_line
    assert change.before.startswith(f"{''.join(HEAD)[-12:]}‖{''.join(TAIL)[:12]}")
    assert "cut at a weak seam" in change.reason and "glued at scores" in change.reason


def test_text_cut_off_after_a_seam_goes_on_a_piece_printed_elsewhere() -> None:
    # A column foot glued to the next column printed, which goes on mid-sentence from a
    # piece printed before them: once the seam is cut, the text after it pairs with that
    # piece in a second round.
    head = ["渡口的老船工告诉记者", "：“在这条河上撑了三", "十年船，最难忘的是那"]
    tail = ["园下周对外开放，园里", "建了两条健身步道。"]
    later = ["年冬天河面封冻了。”", "他说，只好踩着冰过河", "去送信。"]
    goes_on = piece("滨河公园管理处的工作", "人员说，新修的滨河公")
    blocks = [goes_on, glued(head, tail), piece(*later)]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == [goes_on.text + "".join(tail), "".join(head + later)]
    assert chars(texts) == chars(before)
    assert len([c for c in log if c.step == "reassemble"]) == 2
    # A piece that ends its sentence leaves the text cut off alone.
    closed = piece("滨河公园管理处的工作", "人员说，公园新修好。")
    texts, _ = reassembled(closed, *blocks[1:])
    assert texts == [closed.text, "".join(head + later), "".join(tail)]


def test_a_full_title_line_glued_after_a_column_foot_is_cut_off_and_stands_as_a_headline() -> None:
    # The foot stops mid-word (途 / 中), then one line as wide as the column and ending no
    # sentence (the next story's title): the piece printed elsewhere that finishes the word
    # goes on the foot, and the title stands alone, a headline.
    foot = ["渡口的老船工对记者说", "他在这条河上撑了三十", "年的船，常在送信的途"]
    later = ["中收集乡亲们的意见，", "带到县里去反映。"]
    title = ["乡村公路建设成效显著"]

    def page(tail: list[str]) -> list[Block]:
        page = Page(1, [glued(foot, tail), piece(*FORECAST), piece(*later)])
        reassemble_page(page, Config(), ChangeLog())
        return page.blocks

    blocks = page(title)
    assert [b.text for b in blocks] == ["".join(foot + later), "".join(title), "".join(FORECAST)]
    assert blocks[1].kind is BlockKind.HEADLINE
    # A short last line after the seam is the paragraph's own last line: left alone.
    short = ["公路修好"]
    assert page(short)[0].text == "".join(foot + short)


def test_cut_parts_keep_their_lines() -> None:
    page = Page(1, [glued(HEAD, TAIL), piece(*LATER)])
    reassemble_page(page, Config(), ChangeLog())
    joined, rest = page.blocks
    assert [line.text for line in joined.lines] == HEAD + LATER
    assert [line.text for line in rest.lines] == TAIL
    assert rest.kind is BlockKind.PARAGRAPH and rest.gap_before and rest.width == 10.0
    assert joined.seams == [] and rest.seams == []


# A column foot inside a quotation, glued to text that closes it (the seam reads fairly well),
# and an open end printed elsewhere that opens a quotation as well: the text after the seam
# goes on that end (滨河公 + 园), the foot goes on a piece closing its own quotation.
QUOTE_FOOT = ["渡口的老船工告诉记者", "：“在这条河上撑了三", "十年船，最难忘的是那"]
PARK_TAIL = ["园下周开放，园里还建", "了两条健身步道。”他", "笑着说。"]
WINTER = ["年冬天河面封冻了。”", "他说，只好踩着冰过河", "去送信。"]
FORECAST = ["气象台预报，本周后期", "全省将有一次明显的降", "温过程，请注意防寒。"]


def test_both_sides_of_a_weak_seam_go_on_elsewhere() -> None:
    park = piece("管理处的工作人员告诉", "记者：“新修的滨河公")
    blocks = [park, glued(QUOTE_FOOT, PARK_TAIL), piece(*FORECAST), piece(*WINTER)]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == [park.text + "".join(PARK_TAIL), "".join(QUOTE_FOOT + WINTER), before[2]]
    assert chars(texts) == chars(before)
    changes = [c for c in log if c.step == "reassemble"]
    assert len(changes) == 2 and all("other side goes on elsewhere" in c.reason for c in changes)


def test_weak_seam_whose_tail_goes_on_nothing_else_is_kept() -> None:
    # The piece printed elsewhere ends its sentence: the text after the seam has no other
    # place, and the foot alone reads no clearly better elsewhere than across the seam.
    closed = piece("管理处的工作人员告诉", "记者，公园修好了。")
    blocks = [closed, glued(QUOTE_FOOT, PARK_TAIL), piece(*FORECAST), piece(*WINTER)]
    assert_left_alone(*blocks)


def test_weak_seam_without_a_better_partner_is_left_alone() -> None:
    # The only piece that could go on is set in another column width.
    other = piece("，村民们都说这是一件大好", "事，大家都很高兴地来帮", "忙，很快就把活干完了。", width=12.0)
    blocks = [glued(HEAD, TAIL), other]
    assert_left_alone(*blocks)
    texts, log = reassembled(glued(HEAD, TAIL))  # nothing else on the page
    assert texts == ["".join(HEAD + TAIL)] and not list(log)


# A column foot that opens a quotation, glued by rejoin to the next paragraph (a full first
# line after a blank line: some evidence that it goes on the foot), and an open end printed
# elsewhere that also opens one: the piece that closes the quotation reads as well after either.
QUOTED_HEAD = ["老船工说：“我在", "这条河上撑了三十多年", "的船，最难忘的还是"]
FULL_TAIL = ["新修的滨河公园下周", "对外开放，园里还建", "了两条健身步道。"]
CLOSES = ["，那年冬天河面全部", "封冻，只好踩着冰过", "河去送信。”"]
WEATHER = ["气象台预报，本周", "后期全省将有一次明显", "的降温过程。"]


def test_open_end_beats_a_cut_that_reads_as_well_but_undoes_a_seam() -> None:
    # Cutting the glued block would give up the evidence for its seam: the open end that
    # needs no cut is the clearly better pair.
    quoted = piece("老船工的孙子说：“爷", "爷讲得最多的，还是")
    blocks = [glued(QUOTED_HEAD, FULL_TAIL), piece(*WEATHER), quoted, piece(*CLOSES)]
    before = [b.text for b in blocks]
    texts, log = reassembled(*blocks)
    assert texts == [before[0], before[1], before[2] + before[3]]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "cut at a weak seam" not in change.reason


def test_cut_still_beats_an_open_end_that_reads_clearly_worse() -> None:
    # The open end is set in another column width: what the cut gains over its seam is
    # clearly more, and the glued block is cut as before.
    other = piece("老船工的孙子说：“爷爷讲", "得最多的，还是那些年里", width=12.0)
    blocks = [glued(QUOTED_HEAD, FULL_TAIL), piece(*WEATHER), other, piece(*CLOSES)]
    texts, log = reassembled(*blocks)
    assert texts == ["".join(QUOTED_HEAD + CLOSES), "".join(FULL_TAIL), blocks[1].text, other.text]
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "cut at a weak seam" in change.reason


def test_text_after_a_seam_set_wider_or_indented_is_no_part_of_the_column() -> None:
    from declump.reassemble import TAIL_INDENTED, TAIL_WIDER, _new_start

    head = [Line("镇上的工作人员耐心地", 1), Line("向游客介绍老石板桥的", 2)]

    def after(*texts: str) -> tuple[float, str]:
        lines = head + [Line(t, 4 + k) for k, t in enumerate(texts)]
        return _new_start(lines, len(head), 10.0, "".join(texts))

    # A lead set across three columns, glued after the column's foot.
    assert after("本报讯 省城地铁二号线本月开通运营，沿线设站十八座。", "全长二十六公里。")[0] == TAIL_WIDER
    # A first line two ems short, a full line after it: a paragraph's start.
    assert after("省城地铁二号", "线本月开通运营，沿线")[0] == TAIL_INDENTED
    # A full first line goes on the column; so may a short last line.
    assert after("来历，大家听得很认真", "也很开心。")[0] == 0.0
    assert after("来历。")[0] == 0.0


def test_weak_seam_with_no_blank_line_is_not_cut() -> None:
    # The paragraph after the seam stood right under the head in the same column: the head
    # was not the foot of a column, so its continuation was not printed elsewhere.
    blocks = [glued(HEAD, TAIL, blank=False), piece(*LATER)]
    texts, _ = reassembled(*blocks)
    assert texts == [b.text for b in blocks]


def test_seam_before_a_last_line_is_not_cut() -> None:
    # One short line that ends the sentence is the paragraph's last line, not a new paragraph.
    blocks = [glued(HEAD, ["公园的步道。"]), piece(*LATER)]
    texts, _ = reassembled(*blocks)
    assert texts == [b.text for b in blocks]


# A column foot glued by rejoin to the start of another story after a blank line (its
# indent lost, as text in reading order prints it; layout text keeps the indent, and rejoin
# breaks there); the column's continuation was printed after a third story.
# Two other stories, printed between a column foot and its continuation.
OTHER_STORIES = [
    "新建的体育公园本",
    "月底对市民开放，园",
    "里有足球场和跑道。",
    "",
    "本报讯 县图书馆本",
    "周起延长周末开放时",
    "间，方便读者借阅。",
]
GLUED_PAGE = "\n".join(
    [
        "河边的老茶馆开了四",
        "十多年，老板说他们",
        "一直坚持用山泉水泡",
        "",
        *OTHER_STORIES,
        "",
        "茶，所以很多老茶客",
        "每天都来这里喝茶。",
        "",
    ]
)


def test_glued_page_through_clean() -> None:
    glued_text = "河边的老茶馆开了四十多年，老板说他们一直坚持用山泉水泡新建的体育公园本月底对市民开放，园里有足球场和跑道。"
    assert glued_text in clean_text(GLUED_PAGE, reassemble=False).split("\n\n")
    assert clean_text(GLUED_PAGE).split("\n\n") == [
        "河边的老茶馆开了四十多年，老板说他们一直坚持用山泉水泡茶，所以很多老茶客每天都来这里喝茶。",
        "新建的体育公园本月底对市民开放，园里有足球场和跑道。",
        "本报讯 县图书馆本周起延长周末开放时间，方便读者借阅。",
    ]
    assert verified_clean_text(GLUED_PAGE) == clean_text(GLUED_PAGE)
    once = clean_text(GLUED_PAGE)
    assert clean_text(once) == once


# The foot of a column that stops mid-word, then a title printed after it across a blank
# line (rejoin runs the two together), and the column's continuation printed further down.
TITLE_AFTER_FOOT_PAGE = "\n".join(
    [
        "河边的老茶馆开了四",
        "十多年，老板说他们",
        "一直坚持用山泉水泡",
        "",
        "公园开放",
        "",
        *OTHER_STORIES,
        "",
        "茶，所以很多老茶客",
        "每天都来这里喝茶。",
        "",
    ]
)


def test_title_after_a_column_foot_is_cut_out_before_reassembly() -> None:
    blocks = clean_text(TITLE_AFTER_FOOT_PAGE).split("\n\n")
    assert "河边的老茶馆开了四十多年，老板说他们一直坚持用山泉水泡茶，所以很多老茶客每天都来这里喝茶。" in blocks
    assert "公园开放" in blocks
    assert verified_clean_text(TITLE_AFTER_FOOT_PAGE) == clean_text(TITLE_AFTER_FOOT_PAGE)
    # The same with a column stopping on a comma, which always seems to run on.
    comma_page = TITLE_AFTER_FOOT_PAGE.replace("一直坚持用山泉水泡\n", "一直坚持用山泉水，\n").replace("茶，所以很多", "泡茶所以很多")
    blocks = clean_text(comma_page).split("\n\n")
    assert "河边的老茶馆开了四十多年，老板说他们一直坚持用山泉水，泡茶所以很多老茶客每天都来这里喝茶。" in blocks
    assert "公园开放" in blocks


# The foot of a column that stops on a comma, glued by rejoin to a paragraph printed after
# the gap (a comma always runs on), while its continuation was printed further down.
COMMA_FOOT_PAGE = "\n".join(
    [
        "河边的老茶馆开了四",
        "十多年，老板说：“我",
        "们一直用山泉水泡，",
        "",
        *OTHER_STORIES,
        "",
        "所以茶客每天都来。”",
        "他笑着对记者说道。",
        "",
    ]
)


def test_block_glued_after_a_comma_at_a_column_foot_is_cut_for_its_continuation() -> None:
    assert clean_text(COMMA_FOOT_PAGE).split("\n\n") == [
        "河边的老茶馆开了四十多年，老板说：“我们一直用山泉水泡，所以茶客每天都来。”他笑着对记者说道。",
        "新建的体育公园本月底对市民开放，园里有足球场和跑道。",
        "本报讯 县图书馆本周起延长周末开放时间，方便读者借阅。",
    ]


#: The postman story's first lines (its column goes on elsewhere), before its last line.
POSTMAN = ["本报讯 邮递员李红每", "天骑车往返于山里山外", "，风雨无阻，一干就是"]


def _column_foot_page(*foot: str) -> str:
    """The postman story's column ending on ``foot``, another story's paragraph (its first
    line indented), then a piece starting flush at a column's head."""
    return "\n".join(
        [
            *POSTMAN,
            *foot,
            "",
            "县城新开了一家图",
            "书馆，周末来看书的读",
            "者很多，馆里的座位常",
            "常坐满。",
            "",
            "更远的山里，让更多的",
            "乡亲收到家人的来信。",
        ]
    )


def test_letter_spaced_short_line_at_a_column_foot_is_an_open_end() -> None:
    # pdftotext spaces out the letters of a justified line stretched to its column; a
    # paragraph's last line is set tight. Short as it is, the line leaves its paragraph open.
    whole = "本报讯 邮递员李红每天骑车往返于山里山外，风雨无阻，一干就是十年。她说，今年的邮路还要延伸到更远的山里，让更多的乡亲收到家人的来信。"
    assert whole in clean_text(_column_foot_page("十年。她说，今年的邮", "路 还 要 延 伸 到")).split("\n\n")
    _, changes = explain_text(_column_foot_page("十年。她说，今年的邮", "路 还 要 延 伸 到"))
    (change,) = [c for c in changes if c.step == "reassemble"]
    assert "letter-spaced" in change.reason


def test_short_line_set_tight_at_a_column_foot_is_left_alone() -> None:
    blocks = clean_text(_column_foot_page("十年。她说，今年的邮", "路还要延伸到")).split("\n\n")
    assert blocks[0].endswith("延伸到") and blocks[2].startswith("更远的山里")


def test_letter_spaced_line_standing_alone_is_body_text_not_a_headline() -> None:
    # Alone between blank lines and without a sentence end, the line reads as a headline;
    # letter-spaced to its column, it is the first line of a paragraph going on elsewhere.
    page = _column_foot_page("十年。", "", "今 年 的 邮 路 还 要 延 伸 到")
    assert "今年的邮路还要延伸到更远的山里，让更多的乡亲收到家人的来信。" in clean_text(page).split("\n\n")


def test_a_preposition_completes_no_compound_across_the_seam() -> None:
    assert _hyphenated_word("the Fiat car-", "across Europe") == -1
    assert _hyphenated_word("a large-", "scale plan") == 1


def test_a_finite_verb_completes_no_compound_across_the_seam() -> None:
    from declump.latin import _cut_word_not_completed

    # ``said`` after ``bus-`` is the verb of a clause printed elsewhere, not a compound's
    # second part; a participle completes one (``bus-making``).
    assert _hyphenated_word("the town’s bus-", "said it would") == -1
    assert _hyphenated_word("the ship-", "had sailed") == -1
    assert _hyphenated_word("the town’s bus-", "making plant") == 1
    assert _cut_word_not_completed("the town’s bus-", "said it would")
    assert not _cut_word_not_completed("the town’s bus-", "making plant")


def test_a_function_word_completes_a_cut_word_only_into_a_listed_word() -> None:
    from declump.reassemble import _hyphenated_word

    # ``caras`` is only an inflection of a rare word: ``as`` starts a phrase of its own.
    assert _hyphenated_word("the railway’s car-", "as far as the river") == -1
    # ``within`` is a word as it is; a word in lower case closes up through inflection.
    assert _hyphenated_word("the plan was with-", "in reach") == 1
    assert _hyphenated_word("the shares were re-", "deemed at par") == 1


# A column that stops mid-sentence at its foot; pdftotext's default mode then prints the
# next column, another story's, and rejoin runs the sentence on into it across the blank line
# (``agreed that the`` / ``Ferry tickets``); the sentence goes on further down the page.
HARBOUR = [
    "The harbour board met on Monday to",
    "discuss the future of the old pier,",
    "which has been closed since the storm",
    "in March. Its members agreed that the",
]
FERRY = ["Ferry tickets for the summer will", "be printed in the first week of May,", "and they will go on sale soon after."]
PIER = ["pier must be repaired before the", "summer season, the harbour board said."]


def test_latin_sentence_run_on_into_another_column_is_cut_for_its_continuation() -> None:
    page = "\n".join([*HARBOUR, "", *FERRY, "", *PIER, ""])
    glued = " ".join(HARBOUR + FERRY)
    assert glued in clean_text(page, reassemble=False).split("\n\n")
    assert clean_text(page).split("\n\n") == [" ".join(HARBOUR + PIER), " ".join(FERRY)]
    assert verified_clean_text(page) == clean_text(page)
    _, changes = explain_text(page)
    (cut,) = [c for c in changes if c.step == "reassemble" and "‖" in c.after]
    assert cut.after == "eed that the‖Ferry ticket"


def test_latin_sentence_run_on_across_a_blank_line_stays_without_a_clearly_better_continuation() -> None:
    # The same seam, and a lower-case piece elsewhere that reads no better after it.
    rival = ["tickets are on sale at the harbour", "office from nine every morning."]
    page = "\n".join([*HARBOUR, "", *PIER, "", *rival, ""])
    assert clean_text(page).split("\n\n") == [" ".join(HARBOUR + PIER), " ".join(rival)]


# Two stories set side by side, which pdftotext's default mode printed in alternating runs of
# lines, a blank line after each: the harbour story's column, the library story's, the harbour
# story's again... Rejoin runs each run that stops mid-sentence on into the next (the other
# story's), and on after a sentence end into a run that starts in lower case.
PIER_RUNS = [
    ["The harbour board met on Monday to", "discuss the future of the old pier,", "which has been closed since the har-"],
    [
        "LONDON (AP) - The city library will",
        "open a new reading room for young",
        "readers next month, its director said.",
        "The room will be built on the site of",
        "the old map store, which has stood",
    ],
    ["vest festival last year. Its members", "agreed that the work should be paid for by"],
    ["empty since the maps were moved to", "the museum, and it will hold the"],
    ["the town council and the ferry", "company together, the board said."],
    ["books that the school lent the library", "for the summer, the director said."],
]


def _runs_page(runs: list[list[str]]) -> str:
    return "\n".join(line for run in runs for line in [*run, ""])


def test_two_columns_printed_in_turn_are_read_column_by_column() -> None:
    # ``har-`` + ``vest`` shows the harbour story going on two runs later: the runs between
    # are the other column's, and each run goes on in the run after next.
    runs = PIER_RUNS
    page = _runs_page(runs)
    assert clean_text(page).split("\n\n") == [
        " ".join([*runs[0][:-1], "which has been closed since the harvest festival last year. Its members", *runs[2][1:], *runs[4]]),
        " ".join(runs[1][:3]),
        " ".join(runs[1][3:] + runs[3] + runs[5]),
    ]
    assert verified_clean_text(page) == clean_text(page)
    _, changes = explain_text(page)
    joins = [c for c in changes if c.step == "reassemble" and "⏎" in c.before]
    assert len(joins) == 4 and all("two columns printed in turn" in c.reason for c in joins)


def test_run_printed_in_turn_stopping_on_a_short_line_goes_on_two_runs_later() -> None:
    # The library's second run stops on a short line with no sentence end (``hold new``):
    # among runs printed in turn that is its column's foot, and its text goes on two runs on.
    runs = [list(run) for run in PIER_RUNS]
    runs[3] = ["empty since the maps were moved to", "the museum. It will hold new"]
    page = _runs_page(runs)
    library = clean_text(page).split("\n\n")[2]
    assert library.endswith("It will hold new books that the school lent the library for the summer, the director said.")
    _, changes = explain_text(page)
    (join,) = [c for c in changes if c.step == "reassemble" and "hold new…⏎" in c.before]
    assert "no sentence end before a blank line" in join.reason
    # Printed as one column (no run goes on two runs later), the short line ends its paragraph.
    alone = _runs_page([runs[1], runs[3]])
    assert "hold new" in clean_text(alone) and "no sentence end before a blank line" not in str(explain_text(alone)[1])


def test_caption_run_between_two_columns_printed_in_turn_is_passed_over() -> None:
    # A photo caption printed as a run of its own is no column's text: the harbour story
    # still goes on two runs later, not counting the caption.
    caption = "The old pier, closed since the winter. Photo: AP"
    runs = [PIER_RUNS[0], [caption], *PIER_RUNS[1:]]
    blocks = clean_text(_runs_page(runs)).split("\n\n")
    assert blocks[0].endswith("the town council and the ferry company together, the board said.")
    assert blocks[1] == caption
    assert blocks[3].endswith("it will hold the books that the school lent the library for the summer, the director said.")


def test_one_story_printed_in_runs_keeps_its_seams() -> None:
    # The same harbour story alone, its column cut into runs by blank lines: no run goes on
    # two runs later, so every run goes on in the next as printed.
    runs = [PIER_RUNS[0][:2], ["which has been closed since the storm", "in March. Its members agreed that the"], PIER_RUNS[4]]
    page = _runs_page(runs)
    assert clean_text(page).split("\n\n") == [" ".join(line for run in runs for line in run)]


def test_run_starting_mid_sentence_with_nothing_before_to_go_on_is_no_column_in_turn() -> None:
    from declump.reassemble import _goes_on_in_turn, _Piece

    # Runs 0, 1, 2: a headline, a run stopping mid-sentence, a run starting mid-sentence.
    blocks = [
        piece("Pier to be mended", kind=BlockKind.HEADLINE),
        piece("The board met on Monday. Its", "chairman, John Smith,"),
        piece("who has led the board for ten years,", "said the pier was safe."),
    ]
    headline, before, after = (_Piece(k, block, 18.0) for k, block in enumerate(blocks))
    before.end, after.start = 2.0, 2.0
    run, first = [0, 1, 2], {0: 0, 1: 1, 2: 2}
    # Only the run right before could be what run 2 goes on: one column, not two in turn.
    assert not _goes_on_in_turn(2, first, run, [before], [after], [[(5.0, "")]])
    # A piece printed before that run stops mid-sentence too: run 2 may go on it instead.
    headline.end = 1.0
    assert _goes_on_in_turn(2, first, run, [headline, before], [after], [[(1.0, "")], [(5.0, "")]])
    # A run that opens a paragraph may always be another column's.
    after.start = 0.0
    assert _goes_on_in_turn(2, first, run, [before], [after], [[(5.0, "")]])


def test_latin_piece_does_not_go_on_in_an_earlier_piece_of_its_own_run() -> None:
    from declump.reassemble import _Opened, _PageStats, _pair_score, _piece

    # Two paragraphs printed one under the other without a blank line (one run): the second
    # stops mid-sentence, the first opens in lower case, yet it cannot go on the second.
    blocks = [
        piece("the ferry left at dawn, the crew said,", "and the sea was calm.", width=18.0),
        piece("The harbour board met on Monday to", "discuss the future of the", width=18.0),
    ]
    opened = _Opened(blocks, blocks, [[0], [1]], [[], []], set(), set())
    pieces = [_piece(k, block) for k, block in enumerate(blocks)]
    assert _pair_score(pieces[1], pieces[0], _PageStats(blocks), opened, {})[0] == float("-inf")
    blocks[1].gap_before = True  # printed after a blank line: another run, a candidate
    del opened.runs
    assert _pair_score(pieces[1], pieces[0], _PageStats(blocks), opened, {})[0] > float("-inf")


def test_latin_apostrophe_closes_no_quote() -> None:
    # ``firm’s`` is no closing quote: the piece after the seam is not held to close a mark
    # the first piece never opened.
    texts, _ = reassembled(
        piece("The council said the new bridge over the", "river would open to traffic in the", width=20.0),
        library_news(20.0),
        piece("spring, the building firm’s manager said,", "after a long dispute over costs.", width=20.0),
    )
    assert texts[0].endswith("in the spring, the building firm’s manager said, after a long dispute over costs.")


def _settled_between(last: str) -> tuple[list[str], ChangeLog]:
    """A paragraph of several lines stopping on a short last line, no sentence end; its
    continuation printed after another story; the page says ``coach and player`` elsewhere."""
    return reassembled(
        piece("The club said the long row over", "the contract was settled", f"between {last}", width=20.0),
        library_news(20.0),
        piece("and player on Friday, after the", "board had met twice.", width=20.0),
        piece("The talks between coach and player", "went on for a week, the club said.", width=20.0),
    )


def test_latin_paragraph_stopping_on_a_short_line_in_a_lower_case_word_goes_on_elsewhere() -> None:
    texts, log = _settled_between("coach")
    assert texts[0] == (
        "The club said the long row over the contract was settled between coach and player on "
        "Friday, after the board had met twice."
    )
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "paragraph without a sentence end" in change.reason


def test_latin_paragraph_stopping_on_a_short_line_in_a_name_is_left_alone() -> None:
    texts, log = _settled_between("Coach Alan")
    assert texts[0].endswith("settled between Coach Alan")
    assert not [c for c in log if c.step == "reassemble"]


def _opened_in_flow(gap: bool) -> tuple[list[str], ChangeLog]:
    """A paragraph's one short first line printed in the flow of its column (``gap``: after
    a blank line), stopping on a word in lower case; its rest printed after another story."""
    first = piece("The mayor then backed", width=20.0)
    first.gap_before = gap
    return reassembled(
        piece("The council met on Monday to talk", "about the bridge over the river.", width=20.0),
        first,
        library_news(20.0),
        piece("the plan for a new bridge over the", "river, the council said.", width=20.0),
    )


def test_latin_first_line_in_the_flow_stopping_on_a_lower_case_word_goes_on_elsewhere() -> None:
    texts, _ = _opened_in_flow(gap=False)
    assert "The mayor then backed the plan for a new bridge over the river, the council said." in texts
    # After a blank line, a short line may be a headline's or a label's: left alone.
    texts, log = _opened_in_flow(gap=True)
    assert "The mayor then backed" in texts
    assert not [c for c in log if c.step == "reassemble"]


def test_latin_piece_opening_with_a_figure_goes_on_from_an_open_end() -> None:
    texts, log = reassembled(
        piece("The shares of the harbour company", "closed down 24p, or", width=16.0),
        library_news(16.0),
        piece("18%, at 112 pence, after the board", "cut its forecast for the year.", width=16.0),
    )
    assert texts[0] == (
        "The shares of the harbour company closed down 24p, or 18%, at 112 pence, after the "
        "board cut its forecast for the year."
    )
    (change,) = [c for c in log if c.step == "reassemble"]
    assert "starts with a figure" in change.reason


def test_latin_piece_opening_with_a_figure_needs_an_open_end() -> None:
    # A figure opening a piece is weaker than a lower-case word: after a full line that
    # stops on no word leading on, it is no continuation.
    assert_left_alone(
        piece("The shares of the harbour company", "closed down sharply on Monday", width=16.0),
        library_news(16.0),
        piece("18 ships were in port at the time,", "the harbour master said.", width=16.0),
    )


def test_headline_left_over_after_an_opened_seam_is_a_headline() -> None:
    # Rejoin ran the column's last sentence on into the next story's two-line headline,
    # across the blank line; the sentence goes on further down the page.
    head = " ".join(HARBOUR)
    glued = Block(
        BlockKind.PARAGRAPH,
        f"{head} Ferry fares rise",
        [*(Line(t, k) for k, t in enumerate(HARBOUR, 1)), Line("Ferry fares", 6), Line("rise", 7)],
        18.0,
        seams=[len(head) + 1],
    )
    page = Page(1, [glued, piece(*FERRY, width=18.0), piece(*PIER, width=18.0)])
    reassemble_page(page, Config(), ChangeLog())
    assert [(b.kind, b.text) for b in page.blocks] == [
        (BlockKind.PARAGRAPH, " ".join(HARBOUR + PIER)),
        (BlockKind.HEADLINE, "Ferry fares rise"),
        (BlockKind.PARAGRAPH, " ".join(FERRY)),
    ]


def _glued_runs(count: int) -> Block:
    """One Latin block rejoin glued from ``count`` runs of two lines, a blank line after each
    run, every run stopping mid-sentence: a weak seam at each run's start."""
    lines, texts, seams, length = [], [], [], 0
    for k in range(count):
        for t in ("the ferry left the harbour at dawn and", "the crew said the weather was fine for"):
            if k and t.startswith("the ferry"):
                seams.append(length + 1)
            lines.append(Line(t, 3 * k + len(lines) % 2 + 1))
            texts.append(t)
            length = len(" ".join(texts))
    return Block(BlockKind.PARAGRAPH, " ".join(texts), lines, 18.0, seams=seams)


def test_page_with_very_many_latin_seams_keeps_them_closed() -> None:
    # Pairing takes time as the cube of the pieces: past a limit no seam is opened.
    from declump.reassemble import MAX_OPENED_SEAMS, _open_latin_seams

    assert len(_open_latin_seams([_glued_runs(5)]).heads) == 4
    assert not _open_latin_seams([_glued_runs(MAX_OPENED_SEAMS + 2)]).heads


def test_one_full_line_beside_a_paragraph_of_its_column_goes_on_from_elsewhere() -> None:
    # A narrow column cut off one line of a paragraph, which rejoin typed as a title: it
    # fills the column of the paragraph printed after it and ends no sentence, so its start
    # is open too, and it goes on the piece that stops in the word it completes (果 / 子).
    foot = piece("山脚下的小镇今年", "修通了一条新的公路，", "镇上的果农每天把新鲜", "的水果装进筐里，把果")
    other = piece("另据消息，省城的", "地铁二号线本月开通运", "营，乘客很多。")
    line = piece("子运到城里的集市上，", kind=BlockKind.HEADLINE)
    rest = piece("卖个好价钱，日子越过", "越红火。")
    before = [b.text for b in (foot, other, line, rest)]
    texts, _ = reassembled(foot, other, line, rest)
    assert foot.text + line.text in texts[0]
    assert other.text in texts
    assert chars(texts) == chars(before)


def test_one_full_line_in_no_column_of_its_neighbours_is_left_alone() -> None:
    # The same line beside paragraphs set in a wider column: a title as wide as itself,
    # whose start says nothing.
    foot = piece("山脚下的小镇今年", "修通了一条新的公路，", "镇上的果农每天把新鲜", "的水果装进筐里，把果")
    other = piece("另据消息，省城的地铁", "二号线本月开通运营，每天", "乘坐的乘客很多。", width=14.0)
    line = piece("子运到城里的集市上，", kind=BlockKind.HEADLINE)
    wide = piece("另据消息，全省高速", "公路春节期间车流平稳，没", "有出现拥堵。", width=14.0)
    assert_left_alone(foot, other, line, wide)


def test_a_copy_of_a_paragraphs_opening_is_not_its_continuation() -> None:
    # A lead repeated above its story as a summary, cut off mid-sentence on a full line, and
    # the story's paragraph opening with the same words on a full line: both ends look open
    # and the two share every word, yet a paragraph never goes on with its own words.
    summary = piece("今年春节，省城的地铁", "二号线开通运营，每天")
    other = piece("另据消息，县图书", "馆本周起延长开放时", "间。")
    story = piece("今年春节，省城的地铁", "二号线开通运营，每天", "乘坐的乘客多达十万。")
    assert_left_alone(summary, other, story)


def _fares_story(continuation_width: float, first: str = "8%, to 160 pence on the first day,") -> list[Block]:
    """A piece stopping on ``or``, a caption set across two columns printed after it, and
    the piece's continuation, opening with a figure, whose width rejoin estimated as
    ``continuation_width`` (the caption's lines were near)."""
    return [
        piece(
            "The ferry company raised its fares",
            "again on Monday, blaming the cost",
            "of fuel. Tickets for the crossing",
            "went up by 12p, or",
            width=17.0,
        ),
        library_news(30.0),
        piece(first, "and the board expects them to rise", "again before the summer season,", "its chairman said.", width=continuation_width),
    ]


def test_latin_pieces_compare_the_columns_their_own_lines_show() -> None:
    # Rejoin took the continuation's column from the wide caption beside it; its own lines
    # show the column of the piece it goes on, so the widths say nothing against the join.
    texts, _ = reassembled(*_fares_story(30.0))
    assert texts[0].endswith("went up by 12p, or 8%, to 160 pence on the first day, and the board expects them to rise again before the summer season, its chairman said.")
    assert len(texts) == 2


def test_latin_pieces_own_lines_in_another_column_stay_apart() -> None:
    # The continuation's own lines are set twice as wide: another column's text.
    blocks = _fares_story(30.0)
    blocks[2] = piece(
        "8%, to 160 pence on the first day, and the board expects them",
        "to rise again before the summer season and once more in the",
        "autumn, when the new timetable comes into force across the",
        "network.",
        width=30.0,
    )
    assert_left_alone(*blocks)


def test_latin_name_then_a_verb_of_saying_is_joined() -> None:
    # A piece stopping on a name on a full line, and one opening with ``said``: the
    # subject and its verb, though no word runs across the seam.
    blocks = [
        piece("The board is still weighing the cost", "of the repairs to the pier, its harbour", "master and spokesman Thomas Brown", width=17.0),
        library_news(17.0),
        piece("said in a statement that the pier", "would reopen in time for the summer.", width=17.0),
    ]
    texts, _ = reassembled(*blocks)
    assert texts[0].endswith("Thomas Brown said in a statement that the pier would reopen in time for the summer.")


def test_latin_verb_of_saying_after_no_name_needs_a_link() -> None:
    blocks = [
        piece("The board is still weighing the cost", "of the repairs to the pier, its harbour", "master and its chief spokesman", width=17.0),
        library_news(17.0),
        piece("said in a statement that the pier", "would reopen in time for the summer.", width=17.0),
    ]
    assert_left_alone(*blocks)


def test_page_ngrams_count_overlapping_occurrences_within_lines_only() -> None:
    from declump import reassemble
    from declump.reassemble import _NGrams

    lines = [Line("哈哈哈 好", 1), Line("好的", 2), Line("哈哈", 3)]
    one_by_one = _NGrams(lines)
    # 哈哈 overlaps itself (three times in 哈哈哈 and 哈哈); 好好 spans a line break: never.
    expected = {"哈": 5, "哈哈": 3, "哈哈哈": 1, "哈好": 1, "好好": 0, "好的": 1, "的哈": 0, "好": 2}
    assert {gram: one_by_one.count(gram) for gram in expected} == expected
    assert one_by_one.total == 8  # the characters, spaces and line breaks left out
    # Past LOOKUPS_BEFORE_COUNT lookups every n-gram is counted at once, with the same counts.
    all_at_once = _NGrams(lines)
    all_at_once.found = {str(k): 0 for k in range(reassemble.LOOKUPS_BEFORE_COUNT)}
    assert {gram: all_at_once.count(gram) for gram in expected} == expected
    assert all_at_once.every is not None


def test_a_seam_is_weighed_only_against_a_continuation_strong_enough_to_join() -> None:
    from declump.reassemble import _Cut, _cut_score, _PageStats, _Piece

    blocks = [piece("农场这些年来一直", "坚持用农家肥种地，"), piece("城里新开了三家图书馆", "周末的读者很多。")]
    stats = _PageStats(blocks)
    weighed = []

    def weigh() -> tuple[float, str]:
        weighed.append(True)
        return 0.0, "nothing keeps it"

    head = _Piece(0, blocks[0], 10.0, end=1.0, end_why="a comma at a full line's end")
    # A continuation too weak to join (nothing but a small open end): the seam is not weighed.
    weak = _Piece(1, blocks[1], 10.0)
    rest = _Piece(0, blocks[0], 10.0)  # (the text after the seam: not read here)
    assert _cut_score(_Cut(head, 10, set(), weigh, rest), weak, stats)[0] == float("-inf")
    assert not weighed
    # A strong one is weighed against the seam's evidence.
    strong = _Piece(1, blocks[1], 10.0, start=6.0, start_why="opens mid-sentence")
    assert _cut_score(_Cut(head, 10, set(), weigh, rest), strong, stats)[0] > float("-inf")
    assert weighed


def test_a_line_printed_in_fake_bold_is_no_piece_however_its_words_read_on() -> None:
    # A full line without a sentence end, printed after a paragraph cut off mid-sentence in
    # the same column, reads as that paragraph's next line; printed in fake bold (its
    # doubling undone), it is a headline's.
    def page(bold: bool) -> list[str]:
        cut = piece("河道治理工程进入", "收尾阶段，沿岸的绿", "道和公园也在加紧建", width=9.0)
        line = Block(BlockKind.PARAGRAPH, "设绿道贯通两岸城区", [Line("设绿道贯通两岸城区", next(_numbers), bold=bold)], 9.0)
        other = piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。", width=9.0)
        return reassembled(cut, line, other)[0]

    assert page(bold=False)[0] == "河道治理工程进入收尾阶段，沿岸的绿道和公园也在加紧建设绿道贯通两岸城区"
    assert page(bold=True)[0] == "河道治理工程进入收尾阶段，沿岸的绿道和公园也在加紧建"


def test_a_leads_first_lines_under_a_wider_title_go_on_in_the_next_column() -> None:
    # Two lines of a lead under a title twenty ems wide (rejoin measured them with it, and
    # typed them a headline): an indented first line, then a full one of their ten-em column,
    # cut off mid-word (假 / 期) at the column's foot. The next column goes on them.
    lead = piece("今年春节，手机", "抢红包依然是老百姓假", width=20.0, kind=BlockKind.HEADLINE)
    other = piece("另一则消息说，省", "城的地铁二号线本月", "开通运营。")
    going_on = piece("期生活里的一项保留节", "目，不少家庭一起抢红", "包。")
    texts, _ = reassembled(lead, other, going_on)
    assert texts[0] == lead.text + going_on.text
    # A title with a clause over it whose lines do not grow: left alone.
    title = piece("让传统文化，", "走进千家万户", width=20.0, kind=BlockKind.HEADLINE)
    assert reassembled(title, other, going_on)[0][0] == title.text

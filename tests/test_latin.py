"""Latin-script rejoin: paragraph ends, bylines, datelines, credits and line-end hyphens."""

from __future__ import annotations

import doctest
from collections import Counter
from dataclasses import dataclass

import pytest

from declump import latin, paragraphs
from declump.config import Config
from declump.model import BlockKind, ChangeLog, Line, null_log
from declump.pipeline import clean_text, explain_text, process_pages
from declump.verify import unaccounted

COLUMN = 20.0  # a 40-character column, in ems


@dataclass
class FakeRow:
    text: str
    width: float = 0.0
    blank_before: bool = False
    left_width: float = COLUMN
    right_width: float = COLUMN
    context_width: float = COLUMN
    next_word: str = ""
    piece_width: float = COLUMN
    piece_lines: int = 0
    piece_whole: bool = False
    justified_widths: tuple[float, ...] = ()
    left_piece_width: float = 0.0
    right_piece_width: float = 0.0
    hyphens_joined: bool = False
    heads_story: bool = False
    next_width: float = 0.0
    follows_sentence: bool = False

    def __post_init__(self) -> None:
        self.width = self.width or latin.line_width(self.text)


def decide(prev: str, row: str, block: list[str] | None = None) -> tuple[bool, str]:
    rows = [FakeRow(t) for t in (block or [prev])]
    return latin.continues(rows[-1], FakeRow(row), rows)


def test_doctests() -> None:
    assert doctest.testmod(latin).failed == 0


@pytest.mark.parametrize(
    ("left", "right", "vocabulary", "expected"),
    [
        ("the new distribu-", "tion centre", {}, "the new distribution centre"),
        ("a hand-", "made chair", {"hand-made": 2}, "a hand-made chair"),
        ("a hand-", "made chair", {"handmade": 1}, "a handmade chair"),
        ("a well-", "known face", {}, "a well-known face"),
        ("the anti-", "European vote", {}, "the anti-European vote"),
        ("a 30-", "minute talk", {}, "a 30-minute talk"),
        ("he said it was over -", "for now", {}, "he said it was over - for now"),
        ("the ex-", "pected rise", {}, "the expected rise"),
        ("an award-", "winning film", {}, "an award-winning film"),
        ("she was consid-", "ering it", {}, "she was considering it"),
        ("his re-", "election bid", {}, "his re-election bid"),
        ("a three-", "hour wait", {}, "a three-hour wait"),
        ("aged seven-", "teen", {}, "aged seventeen"),
        ("a 20bn-", "euro loan", {}, "a 20bn-euro loan"),
        # No English word closed up, two common ones apart (the word list decides).
        ("a large-", "scale plan", {}, "a large-scale plan"),
        ("the post-", "merger plan", {}, "the post-merger plan"),
        ("to rehire or re-", "hire staff", {}, "to rehire or rehire staff"),  # a word of its own
        ("fans of Black-", "burn Rovers", {}, "fans of Blackburn Rovers"),  # a name
        # A prefix opening a sentence, capitalised; other capitalised parts are names.
        ("said so. Anti-", "war groups met", {}, "said so. Anti-war groups met"),
        ("said so. Ex-", "chat show hosts", {}, "said so. Ex-chat show hosts"),
        ("the Hammer-", "smith team", {}, "the Hammersmith team"),
        ("said so. Re-", "hire them", {}, "said so. Rehire them"),  # a word of its own
        ("a rare quark-", "gluon plasma", {}, "a rare quarkgluon plasma"),  # a rare word
        # A participle after a cut that is no word: a cut word, not award-winning.
        ("it was disap-", "pointing", {}, "it was disappointing"),
    ],
)
def test_dehyphenate(left: str, right: str, vocabulary: dict[str, int], expected: str) -> None:
    assert latin.dehyphenate(left, right, 1, Counter(vocabulary), ChangeLog(False)) == expected


def test_vocabulary_leaves_out_cut_words() -> None:
    words = latin.vocabulary(["a long-standing recon-", "struction of the bridge"])
    assert words["long-standing"] == 1
    assert "recon" not in words and "struction" not in words


def test_paragraph_ends_on_short_line() -> None:
    joined, _ = decide("the council will meet in May.", "The mayor said the plan would cost")
    assert not joined


def test_full_line_sentence_end_usually_continues() -> None:
    joined, _ = decide("the bridge was closed for two weeks.", "Engineers found cracks in the old steel")
    assert joined


def test_a_word_that_would_have_fitted_shows_the_paragraph_ended() -> None:
    # 32 of 40 characters: "The" (and a space) would have fitted on the line.
    assert not decide("Work on the bridge began in May.", "The mayor said the plan would cost a lot")[0]
    # "Engineering" would not have fitted: a justified line may stop there.
    assert decide("Work on the bridge began in May.", "Engineering firms said the plan would")[0]


def test_a_long_word_explains_a_short_line() -> None:
    # 34 of 40 characters, then a short line: but "Nevertheless" would not have fitted.
    assert decide("Work on the bridge began in April.", "Nevertheless the work")[0]
    assert not decide("Work on the bridge began in April.", "The works go on")[0]


#: A full line ending a sentence: what follows it is a new paragraph when it is indented.
SENTENCE_END = FakeRow("the bridge was closed for two whole weeks.")


def test_an_indented_line_opens_a_paragraph() -> None:
    prev = SENTENCE_END
    indented = FakeRow("The mayor said the plan would", next_word="cost")
    assert not latin.continues(prev, indented)[0]
    # Too short for "responsibility": a full line of justified text.
    full = FakeRow("The mayor said the plan would", next_word="responsibility")
    assert latin.continues(prev, full)[0]


def test_an_indent_lost_by_a_hair_still_shows() -> None:
    # With "thousand" the line would fill the column by a hair more than the estimate of
    # it, which lies short of the widest full lines: still an indented first line.
    prev = SENTENCE_END
    indented = FakeRow("The mayor said the plan would", next_word="thousand")
    assert 1.0 < latin._fill(indented, "thousand", COLUMN) < latin.INDENT_FIT_SHARE
    assert not latin.continues(prev, indented)[0]


def test_a_line_of_half_the_column_is_no_indented_line() -> None:
    # An indent takes a tenth of the column, not half: a line this narrow tells that the
    # column estimate is not its own (lines joined at hyphens around it), not an indent.
    prev = SENTENCE_END
    half = FakeRow("The mayor said the", next_word="plan")
    assert latin.line_width(half.text) < COLUMN * latin.MIN_INDENTED_SHARE
    assert latin.continues(prev, half)[0]


def test_an_indented_line_cut_by_a_hyphen() -> None:
    # A line cut by a hyphen reaches the column edge within a syllable: one that stops
    # short of it by about an indent is a paragraph's first line.
    prev = SENTENCE_END
    indented = FakeRow("The mayor said the bridge pre-", next_word="sented")
    assert not latin.continues(prev, indented)[0]
    full = FakeRow("The mayor said that the new ferry service pre-", next_word="sented")
    assert latin.continues(prev, full)[0]
    # A spaced dash at the line end says nothing of the edge.
    assert latin.continues(prev, FakeRow("The mayor said the new bridge -", next_word="in"))[0]


def test_line_width_follows_times_metrics() -> None:
    # Times Roman sets s narrower than c, and an accented letter as wide as its base letter.
    assert latin.line_width("sss") < latin.line_width("ccc")
    assert latin.line_width("café") == latin.line_width("cafe")
    assert latin.line_width("Émile") == latin.line_width("Emile")


def test_line_width_counts_narrow_and_wide_letters() -> None:
    # Seven characters each, but not seven of the same width.
    assert latin.line_width("illicit") < latin.line_width("minimum") < latin.line_width("MAXIMUM")
    # Running text averages half an em a character, as the rest of the engine counts.
    text = "The council said on Monday that the bridge would reopen in May."
    assert abs(latin.line_width(text) - len(text) * 0.5) < len(text) * 0.05


def test_a_sentence_end_on_a_nearly_full_line_before_a_full_line_continues() -> None:
    # "Engineers" would not have fitted, and the next line takes no more words.
    prev = FakeRow("so the works were put off until the spring.")
    full = FakeRow("Engineers found cracks in the old steel and", next_word="concrete")
    assert latin.continues(prev, full)[0]
    # After a shorter sentence end, "The" would have fitted: the paragraph ended there.
    cracks = FakeRow("The cracks in the old steel bridge were", next_word="found")
    assert not latin.continues(FakeRow("the works were put off until May."), cracks)[0]


def test_a_sentence_end_on_a_wide_line_of_joined_hyphens() -> None:
    # pdftotext joined a hyphenated line to the next: a full line and a short one.
    wide = {"left_width": 30.0, "right_width": 30.0, "hyphens_joined": True}
    joined = FakeRow("the works, the mayor said, were now well under way and the council would meet in June.", **wide)
    full = FakeRow("Engineers found cracks in the old steel bridge over the river Test", next_word="which", **wide)
    assert not latin.continues(joined, full)[0]
    # Just over a full line is still one line of the column (full lines vary in width).
    one = FakeRow("the works, the mayor said, were now well under way at last.", **wide)
    assert latin.continues(one, full)[0]


def test_the_full_lines_of_a_joined_line_fill_their_column_by_their_mean_width() -> None:
    # Three lines of the column joined at hyphens: two full ones (each about 0.94 of the
    # column, as lines inside paragraphs are) and a last one of about 0.77: full enough.
    wide = {"left_width": 20.0, "right_width": 20.0, "hyphens_joined": True}
    joined = FakeRow("the last of three joined lines.", width=20.0 * 2.65, **wide)
    assert 0.75 < 2.65 - 2 * latin.MERGED_LINE_SHARE
    full = FakeRow("Engineers found cracks in the old steel bridge", next_word="which", **wide)
    assert latin.continues(joined, full)[0]
    # A last line of about 0.6 of the column ends its paragraph.
    short = FakeRow("the last of three joined lines.", width=20.0 * 2.5, **wide)
    assert not latin.continues(short, full)[0]


def test_a_line_across_columns_without_a_full_stop_ends_before_a_fresh_start() -> None:
    # -raw prints a deck or a caption set across columns as one wide line, often without a
    # full stop; the title after it starts afresh.
    deck = FakeRow("the council will decide next week whether the old bridge should be saved", width=COLUMN * 1.8)
    title = FakeRow("Mayor backs new ferry plan", next_word="The")
    assert not latin.continues(deck, title)[0]
    # A name running on ends in a capital; a line pdftotext joined at hyphens is body text.
    name = FakeRow("the old bridge was built in 1890 by the engineer John", width=COLUMN * 1.8)
    assert latin.continues(name, FakeRow("Smith and his brother Tom", next_word="who"))[0]
    joined = FakeRow(deck.text, width=COLUMN * 1.8, hyphens_joined=True)
    assert latin.continues(joined, title)[0]
    # Ending in a name, then a whole headline whose next line starts afresh: another title.
    named = FakeRow("the bridge was built in 1890 by the engineer John Smith", width=COLUMN * 1.8)
    assert latin.continues(named, title) == (False, "a line across columns, then a whole headline")
    # The same words going on in lower case are the deck's last line.
    assert latin.continues(named, FakeRow("Mayor backs new ferry plan", next_word="which"))[0]


def test_a_comma_inside_a_closing_quote_goes_on() -> None:
    quote = FakeRow("the works have been going on for some time,”")
    assert latin.continues(quote, FakeRow("Mr Lee said on the council’s website. He"))[0]
    # A full stop inside the quote may end the paragraph.
    assert not latin.continues(FakeRow("it has gone on for some time.”"), FakeRow("Mr Lee said"))[0]


def test_a_line_opening_a_sentence_follows_no_name_or_title() -> None:
    # ``It``, ``There``, ``But`` before a word in lower case open a sentence: the line before
    # (a headline, a column cut off) ended without a sentence end.
    assert not decide("Council sells the Hythe Bridge", "It added that the works would cost")[0]
    assert not decide("and the Port of London Authority", "There will also be a further vote")[0]
    # A name or title running on is no sentence opening.
    assert decide("the council met the Port of London", "Authority on Monday to discuss it")[0]


def test_a_word_cut_at_the_line_end_does_not_go_on_with_a_sentence_opening() -> None:
    # The rest of ``un-`` is printed elsewhere (a column foot): ``The`` opens a sentence.
    assert not decide("the studio was sued for un-", "The mayor said on a visit that")[0]
    assert not decide("the plans were also be-", "Mr Smith has said he would")[0]
    # A compound with a capitalised second part goes on.
    assert decide("the plan was seen as anti-", "American by most of the voters")[0]


def after_gap(prev: str, row: str) -> tuple[bool, str]:
    return latin.continues(FakeRow(prev), FakeRow(row, blank_before=True), [FakeRow(prev)])


def test_a_word_cut_at_a_column_foot_is_not_completed_by_another_story_after_a_gap() -> None:
    # The rest of ``Mar-`` is printed elsewhere: ``Lanterns`` and ``the`` close it up into
    # no word and complete no compound.
    assert not after_gap("on the walk along the Mar-", "Lanterns were lit along the")[0]
    assert not after_gap("the vote of the share-", "the council said on Monday")[0]
    assert not after_gap("a new bus-", "across the county lines of")[0]
    # A word closed up, a compound, a name's syllable: the sentence goes on.
    assert after_gap("the plan was not entirely un-", "known to the council when")[0]
    assert after_gap("the walk took about three-", "hour stretches along the")[0]
    assert after_gap("the plan was seen as anti-", "American by most of the voters")[0]
    assert after_gap("the singer Mary Lou Tem-", "pleton was there on Monday")[0]
    # Without a gap, the line after is the cut word's own.
    assert decide("on the walk along the Mar-", "Lanterns were lit along the")[0]


def test_line_without_sentence_end_continues() -> None:
    assert decide("the council said it would review the", "plans for the new bridge next month")[0]
    assert decide("repairs were ordered by the mayor Ann", "Lee, who said the works would last")[0]


def test_byline_is_a_block_of_its_own() -> None:
    assert not decide("Tom Brown wins village prize", "By Mary Jones, Local reporter")[0]
    assert not decide("By Mary Jones, Local reporter", "Villagers gathered on Sunday to see the")[0]
    assert decide("By MARY JONES AND", "PETER GREEN")[0]
    assert decide("By Mary Jones, Local", "reporter")[0]
    assert decide("Arts", "correspondent", ["By MARY JONES AND", "PETER GREEN,", "Arts"])[0]
    assert decide("By Mary", "Jones")[0]
    assert decide("By Mary Jones and Peter", "Green, Arts staff")[0]
    assert decide("By Mary Jones", "Political correspondent")[0]
    assert not decide("By Mary Jones", "Villagers Ann Lee,")[0]  # the story begins


def test_dateline_starts_the_lead() -> None:
    assert latin.starts_article("OSLO — The ferry")
    assert latin.starts_article("CARDIFF (PA) - Ten")
    assert not decide("His speech was widely praised by all of them.", "ROME (AP) - Talks on the new treaty")[0]


def test_a_short_dateline_line_goes_on() -> None:
    # The capitals of a dateline fill the line with fewer letters.
    assert decide("OSLO (AP) - Ferry", "Services across the fjord were halted")[0]


def test_photo_credit_ends_a_caption() -> None:
    assert not decide("The new bridge at dawn. (Ann Lee/Reuters)", "Work began in the spring")[0]
    assert decide("The new bridge at dawn.", "Photo: AP")[0]
    assert decide("The new bridge at dawn.", "Ann Lee/Reuters")[0]
    assert latin.continues(FakeRow("The new bridge at dawn."), FakeRow("(Ann", next_word="Lee/Reuters)"))[0]
    credit = [FakeRow("The new bridge at dawn. (Ann"), FakeRow("Lee/Reuters)")]
    assert not latin.continues(credit[-1], FakeRow("Work began in the spring"), credit)[0]
    # A credit wrapped after its label ends the caption too.
    label = [FakeRow("The new bridge at dawn. Picture:"), FakeRow("Ann Lee")]
    assert latin.continues(label[0], label[1], label[:1])[0]
    assert not latin.continues(label[-1], FakeRow("Work began in the spring"), label)[0]
    # But a name running on in the body is no credit.
    body = [FakeRow("The works were ordered by the mayor"), FakeRow("Ann Lee")]
    assert latin.continues(body[-1], FakeRow("Work began in the spring"), body)[1] != "photo credit ends a caption"


def test_a_lead_is_one_sentence() -> None:
    # A full line ends a sentence: inside a paragraph that says nothing, in a lead it does.
    prev, row = "The bridge was closed for two weeks.", "Engineers found cracks in the old steel"
    assert decide(prev, row)[0]
    lead = [FakeRow(prev)]
    assert not latin.continues(lead[-1], FakeRow(row), lead, lead=True)[0]
    dateline = [FakeRow("OSLO — The old bridge over the fjord"), FakeRow(prev)]
    assert not latin.continues(dateline[-1], FakeRow(row), dateline)[0]
    # An abbreviation at the line end is not taken for the end of the lead.
    assert latin.continues(FakeRow("the loan for the bridge comes from the U.S."), FakeRow("Treasury"), lead=True)[0]


def test_a_joined_line_is_short_only_as_the_last_of_the_narrower_column_too() -> None:
    # The lines above were joined at hyphens too (two lines of the 12-em column printed as
    # one): their estimate is 24 ems. Three full lines of the 12-em column joined make the
    # line; against 24 ems its last part would seem short, against 12 ems it is full.
    joined = FakeRow("the talks, he said.", width=12.0 * 2.88, left_width=24.0, right_width=12.0, hyphens_joined=True)
    full = FakeRow("It could take ten", width=10.5, right_width=12.0, next_word="years", hyphens_joined=True)
    assert latin.continues(joined, full) == (True, "sentence end on a full line")
    # A line short in both columns ends its paragraph.
    short = FakeRow("the talks, he said.", width=12.0 * 2.4, left_width=24.0, right_width=12.0, hyphens_joined=True)
    assert latin.continues(short, full) == (False, "sentence end on a short line")


def test_a_column_estimate_of_the_line_alone_gives_way_to_its_piece() -> None:
    # At a column's top under a label, the lines before share no width with the first line:
    # the estimate from them is the line's own width. The lines after it were joined at
    # hyphens (twice the column), so the narrower estimate would be taken; the lines of its
    # piece show the 20-em column, against which the line is short.
    top = FakeRow("the ferry ran late.", width=12.0, left_width=12.0, piece_width=20.0, hyphens_joined=True)
    after = FakeRow("The company said the new timetable would start next month", width=39.0, right_width=40.0, hyphens_joined=True)
    assert latin.continues(top, after) == (False, "sentence end on a short line")
    # An estimate from other lines stands: the line fills the narrower column.
    shared = FakeRow("the ferry ran late.", width=12.0, left_width=12.5, piece_width=20.0, hyphens_joined=True)
    assert latin.continues(shared, after) == (True, "sentence end on a full line")


def test_the_column_is_seen_from_the_lines_up_to_a_blank_line() -> None:
    # A sentence ends a line of a 20-em column, two lines before a blank line; the wider
    # lines after the blank (a deck across columns) make the window's estimate 26 ems, in
    # which the next line's first word would have fitted. The lines up to the blank show
    # the column: the line is full, and the paragraph goes on.
    prev = FakeRow("the harbour board said on Monday.", width=19.6, left_width=20.0)
    wide = FakeRow("In March the board voted", width=19.0, right_width=26.0)
    assert latin.continues(prev, wide) == (False, "the next line's first word would have fitted")
    ended = FakeRow("In March the board voted", width=19.0, right_width=26.0, right_piece_width=20.0)
    assert latin.continues(prev, ended) == (True, "sentence end on a full line")


def test_a_sentence_end_is_measured_against_its_own_piece_above_it() -> None:
    # A line ending a sentence two lines under a blank line (a column's top); the lines
    # around it across the blank, another story's in a 16-em column, make the estimate 16
    # ems, which the line fills. The lines since the blank show its 20-em column, in which
    # the next line's first word would have fitted: the paragraph ended there.
    kw = {"width": 15.5, "left_width": 16.0, "next_word": "The"}
    after = FakeRow("The harbour board met on", width=15.0, right_width=16.0, next_word="Monday")
    assert latin.continues(FakeRow("the pier was closed.", **kw), after) == (True, "sentence end on a full line")
    own = FakeRow("the pier was closed.", left_piece_width=20.0, **kw)
    assert latin.continues(own, after) == (False, "the next line's first word would have fitted")
    # A line going on is measured against the lines around it across the blank line.
    going = FakeRow("the pier was closed and", left_piece_width=20.0, **kw)
    assert latin._column(going, after) == 16.0 and latin._column(own, after, own_piece=True) == 20.0


def test_a_sentence_end_that_would_have_taken_the_next_word_in_the_widest_line_ends_its_paragraph() -> None:
    # The column estimate (the commonest width, 18 ems) lies short of the widest line set
    # justified near by (20.5 ems): a justified line's natural width never passes the
    # column's edge, so the next line's first word would have fitted after the sentence end.
    def rows(*near: float) -> tuple[FakeRow, FakeRow]:
        prev = FakeRow("the pier was closed.", width=17.3, left_width=18.0, justified_widths=near)
        return prev, FakeRow("The harbour board met on", width=18.0, right_width=18.0)

    full = (True, "sentence end on a full line")
    assert latin.continues(*rows()) == full
    assert latin.continues(*rows(18.0, 20.5, 17.8)) == (
        False,
        "the next line's first word would have fitted the widest line near by",
    )
    # No line near by that wide: the line is full.
    assert latin.continues(*rows(18.0, 18.4)) == full
    # Lines of the column joined into one (pdftotext's default mode) are no measure; nor is one line.
    assert latin.continues(*rows(18.0, 18.4, 36.0)) == full
    assert latin.continues(*rows(20.5)) == full


def test_rows_measure_the_column_up_to_a_blank_line_within_the_window() -> None:
    from declump.model import Line

    texts = ["the board met on Monday to vote on it,"] * 8 + ["", "A much wider deck set right across the page columns", "and a second line of the deck as wide as the first"]
    rows = paragraphs._measure([Line(text, k) for k, text in enumerate(texts, 1)])
    body = latin.line_width(texts[0])
    # Far from the blank line, no estimate of its own; near it, the lines up to it only.
    assert rows[0].right_piece_width == 0.0
    assert rows[6].right_width > body and rows[6].right_piece_width == body
    # A single line before the blank line shows no column.
    assert rows[7].right_piece_width == 0.0
    # After the blank line, from its second line on, the lines since it.
    wide = latin.line_width(texts[9])
    assert rows[8].left_piece_width == 0.0 and rows[9].left_piece_width == wide
    # The lines near by set justified (no sentence end, no hyphen), up to the blank lines.
    assert rows[6].justified_widths == (body,) * 7
    assert rows[9].justified_widths == (wide,)


def test_lines_in_the_flow_of_a_column_before_another_column_are_no_headline() -> None:
    # pdftotext's default mode prints a headline after a blank line; lines right after a
    # sentence end, in the same flow, are a paragraph's, though the next line is two lines
    # of the column printed as one (joined at a hyphen), which looks like another column.
    kw = {"width": 11.5, "left_width": 12.0, "right_width": 12.0, "hyphens_joined": True}
    block = [
        FakeRow("It was agreed the bridge", follows_sentence=True, **kw),
        FakeRow("can be shut at a later", **kw),
        FakeRow("date but the city mayor", **kw),
    ]
    wide = FakeRow("Ann Lee had to accept the repairs could not", width=24.0, right_width=24.0, hyphens_joined=True)
    assert latin.continues(block[-1], wide, block)[0]
    # After a blank line, the same lines are a headline over another column.
    block[0] = FakeRow("It was agreed the bridge", follows_sentence=True, blank_before=True, **kw)
    assert latin.continues(block[-1], wide, block) == (False, "headline line before another column")


def test_a_short_line_in_the_flow_after_a_sentence_end_is_body_text() -> None:
    # Default mode (hyphenated lines joined): a headline is set off by a blank line; a
    # short line right after a sentence end, with no blank line between, is a paragraph's.
    def kind(blank: bool, joined: bool = True, layout: bool = False) -> paragraphs.BlockKind:
        row = paragraphs.Row(Line("Mayor Lee then backed", 2), "Mayor Lee then backed", 10.0, blank, latin=True)
        row.follows_sentence = True
        row.hyphens_joined, row.indents_shown = joined, layout
        return paragraphs._block_kind([row], row.text)

    assert kind(blank=False) is paragraphs.BlockKind.PARAGRAPH
    # After a blank line, the same line may be a headline.
    assert kind(blank=True) is paragraphs.BlockKind.HEADLINE
    # Layout text keeps the space above a headline as a blank line too.
    assert kind(blank=False, joined=False, layout=True) is paragraphs.BlockKind.PARAGRAPH
    assert kind(blank=True, joined=False, layout=True) is paragraphs.BlockKind.HEADLINE
    # -raw prints a page's headlines one after the other, no blank line between: no evidence.
    assert kind(blank=False, joined=False) is paragraphs.BlockKind.HEADLINE


def test_a_block_after_a_byline_opening_in_lower_case_is_no_lead() -> None:
    # A byline printed between a word cut at the line end and its rest: the block after it
    # goes on with a paragraph, whose sentence end on a full line is no lead's end.
    block = [FakeRow("ing the bridge over the river, the", width=COLUMN), FakeRow("council said on Monday night.", width=COLUMN)]
    row = FakeRow("It will open in the spring", width=COLUMN, next_word="afterwards")
    assert latin.continues(block[-1], row, block, lead=True) == (True, "sentence end on a full line")
    # A lead opens afresh, and is one sentence.
    block[0] = FakeRow("Building the bridge over the river, the", width=COLUMN)
    assert latin.continues(block[-1], row, block, lead=True) == (False, "a story's lead is one sentence")


def test_headline_line_before_a_wide_line() -> None:
    caption = "Workers on the bridge, which is due to open next year after a long delay caused by floods"
    assert not decide("Bridge repairs run late", caption)[0]


def test_body_text_with_a_sentence_end_is_no_headline() -> None:
    wide = "Engineers said the repairs on the old steel bridge over the river would take two years"
    block = ["The old bridge over the river Test", "is shut for repairs. Its mayor is angry"]
    assert decide(block[-1], wide, block)[0]


def test_two_headlines_one_after_the_other() -> None:
    # -raw prints the titles of a page's stories one after the other.
    first, second = FakeRow("Bridge repairs run late again"), FakeRow("Mayor backs new ferry plan", next_word="We")
    assert not latin.continues(first, second)[0]
    # A wrapped first line of a paragraph is full: the next word did not fit.
    body = FakeRow("The old steel bridge repair scheme", next_word="overran")
    assert latin.continues(FakeRow("Bridge repairs run late"), body)[0]


def test_two_headlines_set_wider_than_the_column() -> None:
    # -raw prints the titles in their own, larger type: as wide as a column or wider, so
    # the next word would not have fitted. Two whole phrases, then a fresh start.
    first = FakeRow("Bridge repairs run late again", width=COLUMN * 0.9)
    second = FakeRow("Mayor backs new ferry plan", width=COLUMN * 0.9, next_word="The")
    assert not latin.continues(first, second)[0]
    # A phrase that goes on in the line after is no headline of its own.
    going_on = FakeRow("Mayor backs new ferry plan", width=COLUMN * 0.9, next_word="to")
    assert latin.continues(first, going_on)[0]


def test_a_full_line_of_the_next_column_is_no_headline() -> None:
    # Wider lines before, a narrow column after: a headline would stand out of
    # the column after; this line fills it.
    prev = FakeRow("The council will meet", left_width=16.0, right_width=11.0)
    assert latin.continues(prev, FakeRow("Mayor Ann Lee on the", right_width=11.0), [prev])[0]
    title = FakeRow("Bridge repairs late", left_width=16.0, right_width=11.0)
    assert not latin.continues(title, FakeRow("Mayor Ann Lee on the", right_width=11.0), [title])[0]


def test_blank_line_inside_a_sentence_is_no_break() -> None:
    prev, row = FakeRow("the works will take"), FakeRow("two more years to finish", blank_before=True)
    assert latin.continues(prev, row)[0]


def test_a_short_line_ending_no_sentence_before_a_gap_and_a_capital_ends_its_block() -> None:
    # A deck runs out short of its column; after the blank line, another column's title.
    block = [FakeRow("The ferry operator says two new ships"), FakeRow("will enter service in")]
    block.append(FakeRow("the spring on the island routes"))  # 0.74 of the column
    row = FakeRow("Harbour plan wins approval", blank_before=True)
    assert not latin.continues(block[-1], row, block)[0]
    # Not after a word that leads on, not before a bracket or lower case, not on a full line.
    for last, after in (("in service on the island since", "December the fleet"), ("the spring on the island routes", "(the operator said)")):
        assert latin.continues(FakeRow(last), FakeRow(after, blank_before=True), [*block[:-1], FakeRow(last)])[0]
    full = FakeRow("the coming spring on the island routes")
    assert latin.continues(full, row, [*block[:-1], full])[0]


def test_a_line_much_wider_than_the_column_starting_afresh_is_a_title() -> None:
    # pdftotext -raw leaves hyphenated lines apart: no body line is wider than its column.
    block = [FakeRow("of the council and the mayor"), FakeRow("of the town (Harbourside)")]
    title = FakeRow("Ferry operator orders two new ships for the island routes", next_width=COLUMN * 1.5)
    assert not latin.continues(block[-1], title, block)[0]
    # Not where the extractor joined hyphenated lines (two column lines on one), nor when
    # the next line is about as wide as the column, nor when a column's line follows the
    # wide one (two lines printed as one at a hyphen).
    joined = [FakeRow(row.text, hyphens_joined=True) for row in block]
    assert latin.continues(joined[-1], title, joined)[1] != "a line wider than the column starts afresh"
    assert latin.continues(block[-1], FakeRow("Harbourside Ferries said on Monday"), block)[0]
    two_lines = FakeRow(title.text, next_width=COLUMN * 0.95)
    assert latin.continues(block[-1], two_lines, block)[0]


def test_old_two_argument_call_still_works() -> None:
    joined, reason = latin.continues(FakeRow("the bridge will"), FakeRow("open in May"))
    assert joined and reason


def test_column_under_lines_joined_at_hyphens() -> None:
    # pdftotext's default mode joins a hyphenated line to the next: two lines' width.
    widths = [40.0, 41.0, 40.5, 20.0, 20.5, 19.5, 40.0]
    assert paragraphs._mode_width(widths, latin=True) == 40.5
    assert paragraphs._mode_width(widths, latin=True, merged=True) == 20.5
    # Two short lines (a headline's, paragraph ends) do not make a column.
    assert paragraphs._mode_width([40.0, 41.0, 40.5, 20.0, 20.5, 40.0], latin=True, merged=True) == 40.5


def test_short_lines_of_a_long_piece_do_not_make_its_column() -> None:
    # A column of thirty lines under a title, a few short lines among them (the title's,
    # the ends of paragraphs) and a couple joined at a hyphen: the column is the full width.
    widths = [14.0, 13.5, 14.5] * 10 + [7.0, 6.5, 8.0, 7.5] + [27.0, 28.0]
    assert paragraphs._mode_width(widths, latin=True, merged=True) == 14.5
    # Short lines in proportion to the piece are the column's own.
    widths = [28.0, 27.5, 14.0, 13.5, 14.5, 28.5, 27.0] * 5
    assert paragraphs._mode_width(widths, latin=True, merged=True) == 14.5


def test_caption_set_wider_between_blank_lines_stands_alone() -> None:
    page = "\n".join(
        [
            "The council met on Monday to discuss the",
            "plans for the new bridge over the river, or",
            "",
            "Engineers inspect the old bridge, which has been closed",
            "since the floods of last winter damaged its piers.",
            "",
            "at least the parts of them that were ready,",
            "and the mayor said work could start soon.",
        ]
    )
    blocks = clean_text(page, reassemble=False).split("\n\n")
    assert "Engineers inspect the old bridge, which has been closed since the floods of last winter damaged its piers." in blocks


def test_section_label_between_blank_lines_stands_alone() -> None:
    page = "Arts & Entertainment\n\nFamed music director dies\n\nBy Mary Jones\nThe conductor of the city orchestra\n"
    assert clean_text(page, reassemble=False).split("\n\n")[:2] == ["Arts & Entertainment", "Famed music director dies"]


def test_section_label_over_the_date_line_stands_alone() -> None:
    # pdftotext -raw prints the section label by the masthead's date line, after a title.
    body = (
        "By Mary Jones\nThe conductor of the city orchestra, who led it for\nthirty years, died at his home on Sunday, his\n"
        "family said in a statement issued on Monday.\n"
    )
    date = "The Island Gazette, Monday, 3 June 2025\n"
    blocks = clean_text(body + "Famed music director dies\nArts & Entertainment\n" + date, reassemble=False).split("\n\n")
    assert blocks[-3:-1] == ["Famed music director dies", "Arts & Entertainment"]
    # After a capital the words may be a name running on: they go on.
    blocks = clean_text(body + "Orchestra mourns conductor Tony\nBlair\n" + date, reassemble=False).split("\n\n")
    assert blocks[-2] == "Orchestra mourns conductor Tony Blair"


def test_fake_bold_headlines_one_after_the_other() -> None:
    # pdftotext prints each copy of a fake-bold line twice; the titles of two stories follow.
    page = "Bridge repairs run late\nBridge repairs run late\nMayor backs the new ferry plan\nMayor backs the new ferry plan\n"
    assert clean_text(page, reassemble=False).split("\n\n") == ["Bridge repairs run late", "Mayor backs the new ferry plan"]


def test_line_of_capitalised_words_before_a_sentence_going_on_is_no_label() -> None:
    # A column's last line (a name) between blank lines, its sentence going on in lower case
    # after the gap, as layout text read column by column prints it.
    page = "The old bridge over the river will\nopen again in May, a year late.\n\nMayor Smith\n\nsaid the repairs to the bridge were\non time and within budget.\n"
    blocks = clean_text(page, reassemble=False).split("\n\n")
    assert blocks[1] == "Mayor Smith said the repairs to the bridge were on time and within budget."


_BRIDGE_CAPTION = "The old bridge, seen from the east bank, was closed"


def test_latin_photo_caption_between_blank_lines_stands_apart_from_a_column_cut_mid_sentence() -> None:
    # The column stops mid-sentence at the picture; its text goes on under the caption.
    page = (
        "The council said the old bridge over the river would\nreopen in May, once the repairs to its piers and\n"
        "the new deck laid by the contractors\n\n"
        f"{_BRIDGE_CAPTION}\nafter the floods last winter. Photo: PA\n\n"
        "were finished. Work began in the autumn and\nhas cost more than the council planned.\n"
    )
    blocks = clean_text(page, reassemble=False).split("\n\n")
    assert blocks[1] == f"{_BRIDGE_CAPTION} after the floods last winter. Photo: PA"


def test_latin_photo_caption_whose_sentence_runs_across_a_blank_line_stays_whole() -> None:
    page = (
        "The council said the old bridge over the river would\nreopen in May, once the repairs to its piers were done.\n\n"
        f"{_BRIDGE_CAPTION} after\n\nthe floods last winter. Photo: PA\n\n"
        "Work began in the autumn and has cost more than\nthe council planned for the repairs.\n"
    )
    blocks = clean_text(page, reassemble=False).split("\n\n")
    assert blocks[1] == f"{_BRIDGE_CAPTION} after the floods last winter. Photo: PA"


def _doubled(*lines: str) -> str:
    return "".join(f"{line}\n{line}\n" for line in lines) + "The council met on Monday to discuss the plans.\n"


def test_narrower_fake_bold_headline_after_a_whole_one_is_another_headline() -> None:
    # ``Mayor backs`` would have taken ``new`` at the first title's measure: it was not
    # wrapped for lack of room, so it opens the next story's narrower title (pdftotext -raw).
    page = _doubled("Bridge repairs run late on the river", "Mayor backs", "new ferry plan")
    assert clean_text(page, reassemble=False).split("\n\n")[:2] == ["Bridge repairs run late on the river", "Mayor backs new ferry plan"]


def test_full_middle_line_of_a_fake_bold_headline_starting_with_a_name_wraps() -> None:
    # ``leaves`` did not fit after ``Manchester shooting``: one headline wrapped at its measure.
    page = _doubled("Police hunt gunman after", "Manchester shooting", "leaves two dead")
    assert clean_text(page, reassemble=False).split("\n\n")[0] == "Police hunt gunman after Manchester shooting leaves two dead"


def test_lines_joined_at_hyphens_do_not_widen_the_column() -> None:
    # After this line come lines pdftotext joined at a hyphen, each two lines of the column.
    def prev(joined: bool) -> FakeRow:
        return FakeRow("the plan was approved.", left_width=12.0, right_width=30.0, hyphens_joined=joined)

    row = FakeRow("Work on the bridge began in May and the second part of the works", right_width=30.0)
    assert latin.continues(prev(True), row)[0]
    assert not latin.continues(prev(False), row)[0]  # -raw: the wide lines are another column


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        ("a twohour wait", {"hour": 2, "twohour": 1}, "a two-hour wait"),
        ("his reelection", {"election": 1, "reelection": 1}, "his re-election"),
        ("to preserve it", {"serve": 1, "preserve": 1}, "to preserve it"),  # a prefix closes up
        ("a preordered copy", {"pre-ordered": 1, "preordered": 1}, "a pre-ordered copy"),
        ("the fourteen", {"teen": 1, "fourteen": 1}, "the fourteen"),
    ],
)
def test_restore_hyphens(text: str, page: dict[str, int], expected: str) -> None:
    assert latin.restore_hyphens(text, 1, Counter(page), ChangeLog(False)) == expected


def test_byline_printed_on_the_story_line_stands_alone() -> None:
    page = "Bridge repairs run late\nBy MARY JONES The old bridge over the river\nwill stay shut until the spring.\n"
    blocks = clean_text(page, reassemble=False).split("\n\n")
    assert blocks[1:] == ["By MARY JONES", "The old bridge over the river will stay shut until the spring."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a wellknown face", "a well-known face"),
        ("the postmerger plan", "the post-merger plan"),
        ("an antiimmigration party", "an anti-immigration party"),
        ("an 18month delay", "an 18-month delay"),
        ("a bigbudget film", "a big-budget film"),
        ("they rehire staff", "they rehire staff"),  # a word of its own
        ("it was redeveloped", "it was redeveloped"),  # an inflection of one (redevelop)
        ("the new rumours", "the new rumours"),  # a word in British spelling
        ("fans in Blackburn", "fans in Blackburn"),  # a name
        ("a quarkgluon plasma", "a quarkgluon plasma"),  # words the list hardly knows
        ("an underpriced ticket", "an underpriced ticket"),  # under closes up with words
    ],
)
def test_restore_hyphens_by_the_word_list(text: str, expected: str) -> None:
    assert latin.restore_hyphens(text, 1, Counter(), ChangeLog(False), holds_join=True) == expected


def test_restore_hyphens_by_the_word_list_only_on_a_joined_line() -> None:
    # A line as wide as its column holds no join: its words were printed as they are.
    assert latin.restore_hyphens("a wellknown face", 1, Counter(), ChangeLog(False)) == "a wellknown face"


def test_restore_hyphens_by_the_word_list_only_where_a_join_fits() -> None:
    # Two lines of a column joined at ``well-``: the compound there is restored; a word
    # closed up in the last printed line is not (the line before it would be far too wide).
    column = latin.line_width("the crowd knew him as a well")
    joined = "the crowd knew him as a wellknown face on the pier"
    assert latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=column) == (
        "the crowd knew him as a well-known face on the pier"
    )
    column = latin.line_width("the old harbour wall was re")
    joined = "the old harbour wall was rebuilt by a wellknown firm"
    assert latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=column) == joined


def test_restore_hyphens_at_the_column_edge_by_the_raw_evidence() -> None:
    # Joined at the column's edge inside a word: the evidence for a hyphen the extractor
    # kept decides (a capital after it, a long first part before an -ing word), where the
    # word list alone would not (``bestselling`` is in it).
    edge = latin.line_width("the novel that became a best-")
    joined = "the novel that became a bestselling film in the autumn"
    assert latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=edge * 0.95, edge=edge) == (
        "the novel that became a best-selling film in the autumn"
    )
    edge = latin.line_width("directed by the film maker Lin-")
    joined = "directed by the film maker LinTao and his cast"
    assert latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=edge * 0.95, edge=edge) == (
        "directed by the film maker Lin-Tao and his cast"
    )


def test_restore_hyphens_at_the_column_edge_not_in_a_cut_word() -> None:
    # A word cut in its syllables at the edge (``be-``/``tween``, ``nine-``/``teenth``) and
    # a compound closed up far from the edge stay as printed.
    for first, joined in [
        ("the talks were held be-", "the talks were held between the two sides"),
        ("it was in the nine-", "it was in the nineteenth century a bestselling title"),
    ]:
        edge = latin.line_width(first)
        assert latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=edge * 0.95, edge=edge) == joined


def test_restore_hyphens_in_numbers_closed_up_at_the_column_edge() -> None:
    # Five digits and more are printed with separators: closed up at the edge, two numbers.
    edge = latin.line_width("the airline will buy ten new CX 31-")
    joined = "the airline will buy ten new CX 31400 jets and lease six"
    fixed = latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=edge * 0.95, edge=edge)
    assert fixed == "the airline will buy ten new CX 31-400 jets and lease six"
    # Four digits are a number (a year), and so is a decimal or a separated number.
    for number in ("1998", "3.14159", "12,34567"):
        joined = f"the airline will buy ten new CX {number} jets and lease six"
        kept = latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=edge * 0.95, edge=edge)
        assert kept == joined
    # Far from the edge, the join is elsewhere.
    joined = "the airline will buy 31400 jets and lease six of them"
    assert latin.restore_hyphens(joined, 1, Counter(), ChangeLog(False), holds_join=True, column=edge * 0.95, edge=edge) == joined


def test_restored_hyphen_is_recorded() -> None:
    log = ChangeLog()
    latin.restore_hyphens("a wellknown face", 7, Counter(), log, holds_join=True)
    [change] = log.changes
    assert (change.step, change.line, change.before, change.after) == ("dehyphenate", 7, "wellknown", "well-known")


def _joined_page(joined_line: str) -> str:
    """A column of 36 lines as pdftotext's default mode prints it: no line ends in a hyphen,
    and one line is two lines of the column long (joined at a hyphen)."""
    body = [
        "The council met on Monday to discuss the",
        "plans for the new bridge over the river and",
        "the cost of the works that will follow in",
        "the spring when the weather allows for it",
    ] * 9
    body[20] = joined_line
    return "Bridge plan approved\n\n" + "\n".join(body) + ".\n"


def test_compound_closed_up_at_a_join_gets_its_hyphen_back() -> None:
    page = _joined_page("the cost of the works that will follow a wellknown firm of builders who")
    output, changes = explain_text(page)
    assert "a well-known firm" in output
    assert any(c.step == "dehyphenate" and (c.before, c.after) == ("wellknown", "well-known") for c in changes)
    assert unaccounted(page, output, changes) == (Counter(), Counter())
    assert clean_text(output) == output


def test_name_closed_up_at_a_join_stays() -> None:
    page = _joined_page("the cost of the works that will follow the Blackburn firm of builders who")
    assert "the Blackburn firm" in clean_text(page)


def test_headline_over_its_story_after_a_column_cut_off_mid_sentence() -> None:
    # A column stops mid-sentence at its foot (the text goes on elsewhere); after the gap,
    # two lines without a sentence end and a byline: the next story's headline.
    body = ["The council met on Monday to talk about the", "plans for a new bridge over the river, which", ""]
    head = ["Ferry fares to rise", "in the spring"]
    story = ["By Mary Jones", "The ferry company said on Friday that its", "fares would rise by a tenth from April as"]
    blocks = clean_text("\n".join(body + head + story), reassemble=False).split("\n\n")
    assert "Ferry fares to rise in the spring" in blocks
    # Without a story's start after them, rejoin reads the lines after the gap as going on
    # with the sentence (segmentation, and so clean's blocks, may still cut them out as a
    # title over a story: see articles.form_clean_blocks).
    lines = [Line(text, n + 1) for n, text in enumerate(body + head + story[1:])]
    blocks = [b.text for b in paragraphs.rejoin(lines, Config(), null_log())]
    assert not any(b.startswith("Ferry") for b in blocks)


def test_title_line_over_a_deck_set_in_smaller_type() -> None:
    # A title line in big type stops short of its column; the next two lines (a deck in
    # smaller type) are wide enough to have taken its words with room to spare.
    title = FakeRow("Ferry fares climb for winter", width=COLUMN * 0.6)
    deck = "Passengers will pay a fifth more on every route from November"
    assert not latin.continues(title, FakeRow(deck, width=COLUMN * 1.4, next_width=COLUMN * 1.4))[0]
    # One wide line, then a line of the column: lines pdftotext printed as one at a hyphen.
    assert latin.continues(title, FakeRow(deck, width=COLUMN * 1.4, next_width=COLUMN * 0.95))[0]


def test_body_lines_wrapped_in_their_column_before_a_wide_line() -> None:
    # Lines that each wrapped for lack of room, then two lines of the column that pdftotext
    # printed as one (it joins hyphenated lines): one paragraph.
    wide = FakeRow("Queen Anne Bridge after the queen who opened the first bridge there", width=COLUMN * 1.8)
    body = [FakeRow("The council said on Monday that its new", width=COLUMN * 0.97)]
    body.append(FakeRow("bridge over the river would be named", width=COLUMN * 0.97))
    assert latin.continues(body[-1], wide, body)[0]
    # A headline's lines stop where a phrase ends, with room to spare.
    title = [FakeRow("Council names", width=COLUMN * 0.6), FakeRow("its new bridge", width=COLUMN * 0.6)]
    assert not latin.continues(title[-1], wide, title)[0]


def test_headline_ending_in_a_name_then_a_wider_headline() -> None:
    # -raw prints a page's headlines one after the other; a name ends the first.
    first = FakeRow("Rovers 2-1 City United", width=COLUMN * 0.6)
    second = FakeRow("Mayor backs new ferry plan", width=COLUMN * 0.7, next_word="The")
    assert not latin.continues(first, second)[0]
    # A headline wrapped after a name has its first line the widest: the name may run on.
    first = FakeRow("Ad sales lift Time", width=COLUMN * 0.6)
    assert latin.continues(first, FakeRow("Warner profit in May", width=COLUMN * 0.5, next_word="The"))[0]


def test_short_headline_line_wraps_onto_a_shorter_one() -> None:
    # A headline wrapped over lines has its first line the widest; the column around is wider.
    title = FakeRow("Ferry fares climb", width=COLUMN * 0.45)
    assert latin.continues(title, FakeRow("Mayor Lee", width=COLUMN * 0.3, next_word="The"))[0]
    # A wider line after it starts afresh: another block.
    assert not latin.continues(title, FakeRow("Mayor Lee backs the plan", width=COLUMN * 0.6, next_word="The"))[0]


def test_line_in_the_flow_of_a_column_before_a_wide_line_opens_a_paragraph() -> None:
    # pdftotext's default mode: a headline is set off by blank lines; a line right after a
    # sentence end, in the same flow, opens a paragraph that runs on into two lines of the
    # column printed as one (joined at a hyphen).
    wide = FakeRow("Queen Anne Bridge after the queen who opened the first bridge there", width=COLUMN * 1.8)
    first = FakeRow("The new bridge will be named", width=COLUMN * 0.6, hyphens_joined=True, follows_sentence=True)
    assert latin.continues(first, wide)[0]
    # After a blank line, the same line is a headline over the story's first lines.
    title = FakeRow("The new bridge will be named", width=COLUMN * 0.6, hyphens_joined=True, follows_sentence=True, blank_before=True)
    assert not latin.continues(title, wide)[0]


def test_wrapped_headline_ending_in_a_name_then_another_column() -> None:
    # A title wrapped over lines of its own narrow measure ends in a name; the next line,
    # its deck, is set in a wider column: the name does not run on into the deck.
    t = COLUMN * 0.7
    title = [
        FakeRow("Mayor picks", width=t * 0.9, left_width=t, right_width=t),
        FakeRow("bridge name for", width=t, left_width=t, right_width=t),
        FakeRow("Queen Anne", width=t * 0.8, left_width=t, right_width=t),
    ]
    deck = FakeRow("Anne, who opened the first bridge", width=COLUMN * 0.95, right_width=COLUMN)
    assert latin.continues(title[-1], deck, title) == (False, "a wrapped headline ending in a name, then another column")
    # In the same column, the name may run on.
    assert latin.continues(title[-1], FakeRow("Anne, who opened the first", width=t * 0.95, right_width=t), title)[0]
    # One line ending in a name: a name running on into the next column's text, as often.
    assert latin.continues(title[-1], deck, title[-1:])[0]
    # A line with a comma is a sentence's, not a title's.
    commas = title[:2] + [FakeRow("Queen, Anne", width=t * 0.8, left_width=t, right_width=t)]
    assert latin.continues(commas[-1], deck, commas)[0]


def test_a_line_full_in_the_column_below_wide_lines_is_no_stub() -> None:
    # Above: lines set across columns (40 ems); from here on a 12-em column, which the
    # line without a sentence end fills: a name runs on into the next line.
    prev = FakeRow("the talks with car maker", width=11.5, left_width=40.0)
    row = FakeRow("General Motors on Monday", right_width=12.0)
    assert latin.continues(prev, row) == (True, "no sentence end")
    # A short line in that column is a headline or label running out.
    short = FakeRow("Car maker", width=5.0, left_width=40.0)
    assert not latin.continues(short, row)[0]
    # Below it lines as wide as those above: it stops short of their column (a headline).
    wide_below = FakeRow("General Motors on Monday", right_width=36.0)
    assert not latin.continues(FakeRow("the talks with car maker", width=11.5, left_width=40.0), wide_below)[0]


def test_wrapped_headline_then_a_wider_line_starting_afresh() -> None:
    # Two short lines wrap a headline that stops on ``on`` (a phrasal verb); the next line,
    # wider than the headline's first, opens the next headline (-raw prints them in a row).
    title = [FakeRow("Ferry talks stall as"), FakeRow("strike drags on")]
    assert not latin.continues(title[-1], FakeRow("Council names its new bridge today"), title)[0]
    # A line no wider than the headline's first goes on with it (``Queen Anne``).
    assert latin.continues(title[-1], FakeRow("Queen Anne"), title)[0]
    # One short line ending in ``for`` goes on into a capital: a headline wrapped once.
    assert latin.continues(title[0], FakeRow("Council names its new bridge today"), title[:1])[0]


def test_a_byline_glued_to_a_cut_word_at_the_line_end_is_cut_off() -> None:
    # pdftotext closed ``de-`` up with the next printed line, another story's byline.
    assert latin.split_story_start("the council who deBy TOM BROWN") == ["the council who de", "By TOM BROWN"]
    # A byline word in mixed case, or one standing after a space, is left as it is.
    assert latin.split_story_start("the council who deBy Tom Brown") == ["the council who deBy Tom Brown"]
    assert latin.split_story_start("the vote was won By ONE VOTE") == ["the vote was won By ONE VOTE"]


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("HARBURY (PA) Ferry fares will rise", "HARBURY (PA) - Ferry fares will rise"),
        ("NEW HAVEN (Reuters) “We will sail,” she said", "NEW HAVEN (Reuters) - “We will sail,” she said"),
        # A dateline that kept its dash, and capitals with a bracket that are no dateline.
        ("HARBURY (PA) - Ferry fares will rise", "HARBURY (PA) - Ferry fares will rise"),
        ("HARBURY (PA) — Ferry fares will rise", "HARBURY (PA) — Ferry fares will rise"),
        ("NHS (National Health Service) Trusts said", "NHS (National Health Service) Trusts said"),
        ("The HARBURY (PA) Ferry", "The HARBURY (PA) Ferry"),
    ],
)
def test_dateline_dash_dropped_at_a_joined_line_end_is_put_back(line: str, repaired: str) -> None:
    assert latin.restore_hyphens(line, 1, Counter(), ChangeLog(False)) == repaired


def _joined_column(merged: str, closing: str, edge: float | None = None) -> list[paragraphs.Row]:
    """Rows of one column on a page whose hyphenated lines pdftotext joined: four lines at
    the column's edge, ``merged`` (lines printed as one: by default the first ends at
    ``named``, where a dash stood at the edge), and ``closing``."""
    from declump.model import Line

    if edge is None:
        edge = latin.line_width(merged.split(" named")[0] + " -")  # the first line as printed
    texts = [
        "The harbour board met on Monday to",
        "discuss the future of the old pier,",
        "which has been closed since the",
        "storm in March, its chairman said.",
        merged,
        closing,
    ]
    rows = []
    for k, text in enumerate(texts, 1):
        width = latin.line_width(text) if text in (merged, closing) else edge
        row = paragraphs.Row(Line(text, k), text, width, False, True, edge * 0.95, edge * 0.95)
        row.hyphens_joined = True
        rows.append(row)
    return rows


def test_dash_pair_opening_dash_dropped_at_a_joined_line_end_is_put_back() -> None:
    rows = _joined_column("The ferry company named after", "its founder - will raise its fares.")
    paragraphs._restore_dropped_dashes(rows, ChangeLog(False))
    assert rows[4].text == "The ferry company - named after"
    assert rows[4].line.text == rows[4].text


@pytest.mark.parametrize(
    ("merged", "closing"),
    [
        # No dash in the sentence: nothing was dropped (the join cut a word).
        ("The ferry company named after", "its founder will raise its fares."),
        # Two dashes: a pair of their own.
        ("The ferry company named after", "its founder - will raise - its fares."),
        # A dash before: the pair opened there.
        ("The ferry - company named after", "its founder - will raise its fares."),
        # Three lines printed as one: a word cut by a hyphen could have made either join.
        ("The ferry company named after its founder in the year when the harbour opened", "- will raise its fares."),
    ],
)
def test_no_dash_is_put_back_without_a_lone_closing_dash_after_one_join(merged: str, closing: str) -> None:
    rows = _joined_column(merged, closing)
    paragraphs._restore_dropped_dashes(rows, ChangeLog(False))
    assert rows[4].text == merged


def test_no_dash_is_put_back_where_the_rest_of_the_joined_line_outgrows_a_line() -> None:
    # The join is at ``dizzy-``/``ingly-high``: a dash after ``such`` would leave a line
    # wider than the column after it, however well the dash would fill the line before.
    merged = "The end of such dizzyingly-high denominations as"
    rows = _joined_column(merged, "the old ones - will go next year.", latin.line_width("The end of such dizzyingly-"))
    paragraphs._restore_dropped_dashes(rows, ChangeLog(False))
    assert rows[4].text == merged


def test_wrapped_text_running_out_short_of_its_column_ends_before_a_fresh_start() -> None:
    # -raw prints a deck and the caption after it with no blank line between: the deck's
    # last line stops short of the column with room for the caption's first word.
    deck = [
        FakeRow("Officials want to see the old bridge repaired by", width=COLUMN),
        FakeRow("the spring, the council said", width=COLUMN * 0.6),
    ]
    # (the body column after the caption is narrower than the deck's last line)
    caption = FakeRow("Work on the bridge", width=COLUMN * 0.8, right_width=COLUMN * 0.4)
    assert latin.continues(deck[-1], caption, deck) == (False, "wrapped lines run out short of the column before a fresh start")
    # A body line of the narrower column after a wide lead line fills that column: a name
    # runs on (``Primrose`` / ``Hill``), as it does after a headline's line.
    lead = [FakeRow("Officials want to see the old bridge repaired by", width=COLUMN), FakeRow("the spring at Primrose", width=COLUMN * 0.6)]
    body = FakeRow("Hill and along the canal", width=COLUMN * 0.62, right_width=COLUMN * 0.62)
    assert latin.continues(lead[-1], body, lead)[0]
    title = [FakeRow("Council sells the Hythe Bridge", width=COLUMN), FakeRow("Sale at Primrose", width=COLUMN * 0.4)]
    assert latin.continues(title[-1], FakeRow("Hill planned", width=COLUMN * 0.3), title)[1] != "wrapped lines run out short of the column before a fresh start"


def _page_quoting_its_lead(caption: list[str]) -> str:
    return "\n".join(
        [
            "By Mary Jones",
            "",
            "The old bridge over the river will",
            "reopen in May after two years of",
            "repairs to its stone piers.",
            "Engineers said the work had cost",
            "more than planned, but the council",
            "kept the date it promised, and the",
            "mayor said that she was looking",
            "",
            *caption,
            "",
            "forward to the first crossing.",
        ]
    )


def test_latin_caption_quoting_its_story_stands_apart() -> None:
    # A caption repeating the story's lead, printed inside the sentence its column's foot
    # cut off: a caption block, not lines of the paragraph around it.
    caption = ["The old bridge over", "the river will reopen in", "May after two years of", "repairs to its stone piers."]
    page = _page_quoting_its_lead(caption)
    kinds = {block.text: block.kind for page in process_pages([page]) for block in page.blocks}
    copy = "The old bridge over the river will reopen in May after two years of repairs to its stone piers."
    assert kinds.get(copy) is BlockKind.CAPTION
    assert not any(copy in text and text != copy for text in kinds)


def test_latin_lines_repeating_no_sentence_run_on() -> None:
    # Lines that repeat no text near them are no caption: the sentence runs on across them.
    caption = ["the crossing that the", "town had waited for since", "the floods of the winter."]
    blocks = [block for page in process_pages([_page_quoting_its_lead(caption)]) for block in page.blocks]
    assert not any(block.kind is BlockKind.CAPTION for block in blocks)


def _column_foot_page(first_line_after: str) -> str:
    # A sentence ends flush at a column's foot; the next column goes on after a blank line.
    lines = [
        "The council met on Monday to talk about",
        "the plans for the new bridge over the river",
        "that the town has waited for since the floods",
        "of the winter before last, which closed the",
        "old crossing and cut the market off from the",
        "farms on the far bank for almost two months.",
        "",
        first_line_after,
        "engineers had already drawn up the plans and",
        "the money was set aside in the spring budget,",
        "so that the work could start in the autumn and",
        "end before the first snow of the next winter.",
    ]
    return "\n".join(lines)


def test_full_line_after_a_column_foot_goes_on_the_paragraph() -> None:
    blocks = clean_text(_column_foot_page("Work on it would start soon, as the town’s"), reassemble=False).split("\n\n")
    assert len(blocks) == 1


def test_indented_line_after_a_column_foot_opens_a_paragraph() -> None:
    # The next column's first line stops short by an indent: a new paragraph.
    blocks = clean_text(_column_foot_page("Work on it would start soon, as"), reassemble=False).split("\n\n")
    assert len(blocks) == 2 and blocks[1].startswith("Work on it")

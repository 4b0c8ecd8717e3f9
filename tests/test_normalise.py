import pytest

from declump.model import ChangeLog
from declump.normalise import normalise_text


def norm(text: str) -> str:
    return normalise_text(text, ChangeLog(enabled=False))


@pytest.mark.parametrize(
    "original, fixed",
    [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb", "a\nb"),
        ("a\u2028b", "a\nb"),
        ("本报讯\u00a0（林甄玉）", "本报讯 （林甄玉）"),
        ("\u3000\u3000首行缩进", "  首行缩进"),
        ("a\u2002b\u2009c\u202fd\u205fe", "a b c d e"),
        ("城\u200b市\u200c能\u200d级\u2060提\ufeff升", "城市能级提升"),
        ("bell\x07 esc\x1b del\x7f c1\x9b", "bell esc del c1"),
        ("tab\there", "tab here"),
        ("page one\n\fpage two", "page one\n\fpage two"),
        ("trailing   \nspaces \t\n", "trailing\nspaces\n"),
        ("    leading spaces stay", "    leading spaces stay"),
    ],
)
def test_normalise(original, fixed):
    assert norm(original) == fixed


def test_content_punctuation_is_untouched():
    text = "“跨省通办”，（下转第二版）——「引号」『书名』！？…ＡＢＣ１２３ “curly” ‘quotes’"
    assert norm(text) == text


def test_clean_text_is_returned_as_is():
    text = "本报讯 8 月 16 日，漳州高新区\n党工委书记\n\n\fnext page\n"
    assert norm(text) == text


def test_every_changed_line_is_recorded():
    log = ChangeLog()
    out = normalise_text("fine\n城\u200b市\nalso fine\nbell\x07\n", log)
    assert out == "fine\n城市\nalso fine\nbell\n"
    changes = [c for c in log if c.line]
    assert [(c.step, c.line, c.before, c.after) for c in changes] == [
        ("normalise", 2, "城\u200b市", "城市"),
        ("normalise", 4, "bell\x07", "bell"),
    ]
    assert "U+200B" in changes[0].reason
    assert "U+0007" in changes[1].reason


def test_line_end_conversion_is_recorded_once():
    log = ChangeLog()
    normalise_text("a\r\nb\r\nc\r\n", log)
    assert len(log) == 1
    assert log.changes[0].line == 0 and "3" in log.changes[0].reason


def test_nothing_recorded_when_log_disabled_or_nothing_changed():
    disabled = ChangeLog(enabled=False)
    normalise_text("城\u200b市\r\n", disabled)
    assert len(disabled) == 0
    enabled = ChangeLog()
    normalise_text("nothing to do here\n", enabled)
    assert len(enabled) == 0


def test_logged_and_unlogged_results_agree():
    text = "a\u3000b\r\n\u200bc\x00d  \n\fe\tf\u00a0"
    assert normalise_text(text, ChangeLog()) == normalise_text(text, ChangeLog(enabled=False))


def test_removed_characters_are_accounted_for():
    # Every dropped character appears in a recorded "before" of its line.
    text = "一\u200b二\n三\x00四\n五六\n"
    log = ChangeLog()
    out = normalise_text(text, log)
    lost = set(text) - set(out)
    recorded = "".join(c.before for c in log)
    assert lost == {"\u200b", "\x00"}
    assert all(ch in recorded for ch in lost)

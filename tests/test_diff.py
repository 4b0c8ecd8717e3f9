"""declump.diff: the hunks account for the whole input and name the repairs."""

from __future__ import annotations

from declump.diff import HunkKind, diff_text, unified_diff
from declump.pipeline import clean_text

from conftest import EXAMPLES


def test_hunks_account_for_every_input_character(seed_text: str) -> None:
    diff = diff_text(seed_text, source="seed-page.txt")
    assert "".join(h.before for h in diff.hunks) == seed_text
    assert diff.repaired == clean_text(seed_text)


def test_seed_page_shows_every_kind_of_repair(seed_text: str) -> None:
    counts = diff_text(seed_text).counts()
    for kind in (HunkKind.JOIN, HunkKind.SPACE, HunkKind.REMOVE, HunkKind.BREAK, HunkKind.ARTICLE):
        assert counts[kind], kind


def test_doubled_run_is_a_removal() -> None:
    story = (EXAMPLES / "story.txt").read_text(encoding="utf-8")
    diff = diff_text(story)
    removed = "".join(h.before for h in diff.hunks if h.kind is HunkKind.REMOVE)
    assert len(removed.strip()) == len("异地群众轻松办“跨省通办”架桥梁")
    assert [h.after for h in diff.hunks if h.kind is HunkKind.ARTICLE] == ["异地群众轻松办“跨省通办”架桥梁"]


def test_pages_stay_apart() -> None:
    diff = diff_text("城 市\f升。")
    assert [h.kind for h in diff.hunks].count(HunkKind.PAGE) == 1
    assert "".join(h.before for h in diff.hunks) == "城 市\f升。"


def test_no_change() -> None:
    diff = diff_text("城市。")
    assert diff.counts() == {HunkKind.ARTICLE: 1}
    assert diff.summary() == "1 article"


def test_conversion_is_not_part_of_the_diff() -> None:
    assert diff_text("城 市", convert="s2t").repaired == "城市"


def test_unified_diff_applies_like_a_patch(seed_text: str) -> None:
    diff = diff_text(seed_text, source="seed-page.txt")
    lines = list(unified_diff(diff.original, diff.repaired, "seed-page.txt"))
    assert lines[0] == "--- seed-page.txt\n" and lines[1] == "+++ seed-page.txt (declump)\n"
    added = "".join(line[1:] for line in lines if line.startswith("+") and not line.startswith("+++"))
    assert "异地群众轻松办“跨省通办”架桥梁\n" in added
    assert list(unified_diff("同样。\n", "同样。")) == []


def test_long_page_is_compared_in_pieces_with_the_same_result(seed_text: str, monkeypatch) -> None:
    import declump.diff as diff_module

    text = "\n".join([seed_text] * 3)  # one page of 15 k characters: no form feeds
    pieces = diff_text(text)
    assert "".join(h.before for h in pieces.hunks) == text
    monkeypatch.setattr(diff_module, "SEGMENT_CHARS", 10**9)
    assert diff_text(text).counts() == pieces.counts()


def test_long_page_takes_linear_time(seed_text: str) -> None:
    import time

    def cost(copies: int) -> float:
        text = "\n".join([seed_text] * copies)
        start = time.process_time()
        diff_text(text)
        return time.process_time() - start

    # Quadratic comparison would cost 16 times as much for 4 times the text; allow 8.
    assert cost(8) < 8 * cost(2) + 0.5

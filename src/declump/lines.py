"""Line repairs: fake-bold doubling and spaced-out characters.

Both defects live inside single lines (or a handful of neighbouring lines) and can be
repaired before lines are joined into paragraphs:

* *doubled runs*: a fake-bold headline is printed twice, run by run, and pdftotext emits
  both copies: ``异地群众轻松办异地群众轻松办““跨省通办跨省通办””`` on one line, or the copies
  spread over neighbouring lines (``A`` / ``A““B`` / ``B””``).
* *spaced-out lines*: a justified line stretched so wide that pdftotext puts a space
  between every character (``城 市 能 级``), and spaces around numbers (``8 月 16 日``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from declump.config import Config
from declump.latin import stops_mid_sentence
from declump.lexicon import spans_word
from declump.model import Block, ChangeLog, Line, in_clean_form
from declump.text import CJK_CHAR, CJK_OR_PUNCT, FULL_WIDTH_MARKS, ends_sentence, has_cjk, is_cjk

# Longest stretch (in characters) searched for a doubled factorisation. Headlines are far
# shorter; the cap keeps the quadratic search away from long body lines and hostile input.
MAX_DOUBLED_SPAN = 240
# A doubled line must come down to at least this many characters: shorter repeats
# (看看, 谢谢, 讨论讨论) are ordinary words far more often than fake bold.
MIN_UNDOUBLED_CHARS = 3
# Neighbouring lines that may together hold one doubled headline (A / A““B / B””C / C);
# a three-line headline with a kicker and a column tag spreads over up to ten.
MAX_DOUBLED_LINES = 10
# A fake-bold title whose two copies pdftotext cut into lines at different places prints
# some characters of the second copy this many places out of step with the first.
INTERLEAVE_REACH = 2
# Words a fake-bold Latin title's copy has at least when pdftotext -raw prints its first
# copy at the end of another title's line (``Rates rise again Ferry fares`` / ``Ferry fares``):
# a single capitalised word repeated is as often a body line's last word.
MIN_GLUED_COPY_WORDS = 2
# Words the other title on that line has at most (a title's length, as articles'
# LATIN_TITLE_WORDS): a longer line is a body line that happens to end on the next line's words.
MAX_GLUED_TITLE_WORDS = 8


def factor_doubled(text: str) -> list[str] | None:
    """Split ``text`` into runs each printed twice in a row, fewest runs first.

    Returns the runs (one copy each) or ``None`` when ``text`` does not factor completely.

    >>> factor_doubled("春天春天，，我们播下希望我们播下希望")
    ['春天', '，', '我们播下希望']
    >>> factor_doubled("人人肩上有指标") is None
    True
    """
    n = len(text)
    if n < 2 or n % 2 or n > MAX_DOUBLED_SPAN:
        return None
    if len(set(text)) * 2 > n:
        return None  # cheaper first: each character of a doubled text occurs twice or more
    if any(count % 2 for count in Counter(text).values()):
        return None  # every character of a doubled text occurs an even number of times
    unreachable = n + 1
    runs_to = [unreachable] * (n + 1)  # fewest runs that factor text[:i]
    back = [0] * (n + 1)
    runs_to[0] = 0
    for end in range(2, n + 1, 2):
        for start in range(end - 2, -1, -2):
            if runs_to[start] + 1 >= runs_to[end]:
                continue
            half = (end - start) // 2
            if text.startswith(text[start : start + half], start + half):
                runs_to[end] = runs_to[start] + 1
                back[end] = start
    if runs_to[n] == unreachable:
        return None
    runs = []
    end = n
    while end:
        start = back[end]
        runs.append(text[start : start + (end - start) // 2])
        end = start
    return runs[::-1]


def undouble_runs(line: str) -> str:
    """Remove fake-bold doubling from a line that consists entirely of doubled runs.

    The whole line decides: a line that factors completely into runs printed twice is a
    fake-bold headline, while a doubled character inside ordinary text is a word.
    Spaces between phrases are kept once.

    >>> undouble_runs("异地群众轻松办异地群众轻松办““跨省通办跨省通办””架桥梁架桥梁")
    '异地群众轻松办“跨省通办”架桥梁'
    >>> undouble_runs("人人肩上有指标")
    '人人肩上有指标'
    >>> undouble_runs("注重体制创新注重体制创新 促进高效运营促进高效运营")
    '注重体制创新 促进高效运营'
    """
    stripped = line.strip()
    if not has_cjk(stripped):
        return line  # Latin fake bold comes as repeated lines; murmur and tartar are words
    runs = factor_doubled(stripped)
    if runs is not None and max(map(len, runs)) >= MIN_UNDOUBLED_CHARS and _plausible_headline("".join(runs)):
        undoubled = "".join(runs)
        return undouble_runs(undoubled) if factor_doubled(undoubled) else undoubled
    if " " in stripped:
        pieces = stripped.split()
        undoubled = [factor_doubled(piece) for piece in pieces]
        if all(undoubled) and _plausible_headline("".join("".join(r) for r in undoubled)):
            return " ".join("".join(r) for r in undoubled)
    return line


def _plausible_headline(text: str) -> bool:
    """Long and varied enough to be a headline rather than a reduplicated word (哈哈哈)."""
    compact = text.replace(" ", "")
    letters = {ch for ch in compact if ch.isalnum()}
    return len(compact) >= MIN_UNDOUBLED_CHARS and len(letters) >= 2


def _undouble_lines(lines: list[Line], log: ChangeLog) -> list[Line]:
    """Undouble single lines, then doubled headlines spread over neighbouring lines."""
    out = [_undouble_line(line, log) if line.text.strip() else line for line in lines]
    return _undouble_across_lines(out, log)


def _undouble_line(line: Line, log: ChangeLog) -> Line:
    fixed = undouble_runs(line.text)
    if fixed == line.text:
        return line
    log.record("undouble", line.number, line.text, fixed, "line factors into doubled runs")
    return Line(fixed, line.number, line.gaps, bold=True)


def _undouble_across_lines(lines: list[Line], log: ChangeLog) -> list[Line]:
    if in_clean_form(lines):
        # Neighbouring blocks of clean text are no copies of one another (a first run
        # merged those).
        return lines
    out: list[Line] = []
    i = 0
    after_doubled = -1  # the line right after the last headline found printed twice
    while i < len(lines):
        glued = _copy_after_a_neighbour(lines, i)
        if glued is not None:
            title, copy = glued
            was, now = f"{lines[i].text}\n{lines[i + 1].text}", f"{title.text}\n{copy.text}"
            log.record("undouble", lines[i].number, was, now, "a fake-bold copy on another title's line")
            out.extend((title, copy))
            i += 2
            after_doubled = i
            continue
        # (The short last line of a wrapped title printed twice follows the title's
        # other lines, printed twice too: 清偿…（权威发 / 清偿…（权威发 / 布） / 布）;
        # a line undoubled on its own, right before, is a headline printed twice too.)
        after = after_doubled == i or (i > 0 and lines[i - 1].bold and lines[i - 1].number == lines[i].number - 1)
        merged = _doubled_window(lines, i, after)
        if merged is None:
            tail = _doubled_tail(lines[i]) if after else None
            if tail is not None:
                # The short last line of a headline printed twice run by run (时评时评））):
                # its runs are too short to be read as doubled on their own.
                log.record("undouble", lines[i].number, lines[i].text, tail, "last line of a doubled headline")
                out.append(Line(tail, lines[i].number, bold=True))
                i += 1
                after_doubled = i
                continue
            out.append(lines[i])
            i += 1
            continue
        size, text, stray = merged
        window = lines[i : i + size]
        before = "\n".join(line.text for line in window)
        after = text if stray is None else f"{text}\n{stray.text}"
        log.record("undouble", window[0].number, before, after, "lines together factor into doubled runs")
        out.append(Line(text, window[0].number, bold=True))
        if stray is not None:
            out.append(stray)
        i += size
        after_doubled = i
    return out


def _doubled_tail(line: Line) -> str | None:
    """The text of ``line`` printed once, if it consists of doubled runs (谈谈）） → 谈）)."""
    text = line.text.strip()
    runs = factor_doubled(text.replace(" ", "")) if has_cjk(text) else None
    return "".join(runs) if runs else None


def _doubled_window(lines: list[Line], i: int, after_doubled: bool = False) -> tuple[int, str, Line | None] | None:
    """The smallest run of 2+ non-blank lines from ``i`` that is one doubled headline, as
    (lines it spans, blank ones included; the headline once; a line inside the span that
    is not part of it, or ``None``).

    Only tried where the next non-blank line starts with this one, as the second copy does,
    or the line after it: pdftotext sometimes prints one line of the headline out of place
    (``洪振海`` / ``雄烈士谱）`` / ``洪振海：`` / … / ``英雄烈士谱`` / ``）``), or a line of another
    column between its lines; such a stray line is tried where it fits, or kept apart.
    Blank lines may stand between the pieces (layout text puts each line of a headline
    printed across columns in a band of its own). ``after_doubled``: line ``i`` comes right
    after a headline line printed twice, so even a line too short to be read as doubled on
    its own (布） / 布）) is that headline's last line, printed twice too.
    """
    first = lines[i].text.replace(" ", "")
    following = _nonblank_from(lines, i, 3)
    if not first or len(following) < 2:
        return None
    stray = None
    if not _second_copy_follows(first, lines[following[1]].text.replace(" ", "")):
        if len(following) < 3 or not _second_copy_follows(first, lines[following[2]].text.replace(" ", "")):
            return None
        stray = following[1]
    window = [k for k in _nonblank_from(lines, i, MAX_DOUBLED_LINES + 1) if k != stray][:MAX_DOUBLED_LINES]
    pieces = [lines[k].text.strip() for k in window]
    found = _doubled_run_of_lines(lines, i, window, pieces, stray, after_doubled)
    if found is not None:
        return found
    if stray is None:
        for count in range(3, len(window) + 1):
            size = window[count - 1] - i + 1
            text = _undouble_interleaved(pieces[:count])
            if text is not None and not ends_sentence(text):
                return size, text, None
    return _copy_before_a_neighbour(lines, window) if stray is None else None


def _doubled_run_of_lines(
    lines: list[Line], i: int, window: list[int], pieces: list[str], stray: int | None, after_doubled: bool
) -> tuple[int, str, Line | None] | None:
    """The fewest lines of ``window`` (from line ``i``) that print one headline twice run by
    run, as :func:`_doubled_window` returns it. Lines that end halfway through a number or
    a Latin word printed twice (俄罗斯拟于 / 俄罗斯拟于 2020 / 2020 年…) are taken only when
    no more lines make a headline: pdftotext prints such a word whole, so its copy follows
    on the next line (2020 is no 20 printed twice)."""
    cut: tuple[int, str, Line | None] | None = None
    for count in range(2, len(window) + 1):
        size = window[count - 1] - i + 1
        if stray is None and count == 2 and pieces[0] == pieces[1]:
            # A line printed twice; across a blank line only a headline, not a sentence.
            if (len(pieces[0]) < MIN_UNDOUBLED_CHARS and not (after_doubled and size == 2)) or (size > 2 and ends_sentence(pieces[0])):
                return None
            return size, pieces[0], None
        if sum(map(len, pieces[:count])) > 2 * MAX_DOUBLED_SPAN:
            return cut
        # Lines apart (blank lines or a stray line between them) make one headline, never
        # a sentence printed twice.
        apart = size > count
        if stray is None:
            text = _undouble_pieces(pieces[:count], after_doubled and not apart)
            if text is not None and not (apart and ends_sentence(text)):
                if cut is None and count < len(pieces) and _word_cut_between_copies(pieces[:count], pieces[count]):
                    cut = size, text, None
                    continue
                return size, text, None
            continue
        loose = lines[stray].text.strip()
        for candidate, absorbed in (
            (pieces[: count - 1] + [loose] + pieces[count - 1 : count], True),
            (pieces[:count] + [loose], True),
            (pieces[:count], False),
        ):
            text = _undouble_pieces(candidate)
            if text is not None and not ends_sentence(text):
                return size, text, None if absorbed else lines[stray]
    return cut


def _word_cut_between_copies(pieces: list[str], following: str) -> bool:
    """Whether lines ``pieces``, read as doubled runs, end on a number or Latin word taken as
    two copies of its half (2020 as 20 twice) while the next line starts with that half."""
    runs = factor_doubled("".join(pieces).replace(" ", ""))
    if not runs:
        return False
    last = runs[-1]
    return last.isascii() and last.isalnum() and following.replace(" ", "").startswith(last)


def _undouble_interleaved(pieces: list[str]) -> str | None:
    """The headline that lines ``pieces`` print twice with the copies' pieces interleaved
    out of step, or ``None``.

    The two copies of a fake-bold title are drawn a fraction of an em apart; pdftotext may
    cut them into lines at different places, so one copy's mark lands among the other's
    characters (``解读““九个必须`` / ``读 九个必须``) and no split into runs printed twice
    exists. Each character then occurs an even number of times: its first, third, …
    occurrences are the first copy, the others the second, which reads the same but for
    characters out of step by at most INTERLEAVE_REACH places.
    """
    spaced = " ".join(pieces)
    joined = [(k, ch) for k, ch in enumerate(spaced) if ch != " "]
    if len(joined) > MAX_DOUBLED_SPAN or any(n % 2 for n in Counter(ch for _, ch in joined).values()):
        return None
    seen: Counter[str] = Counter()
    first: list[tuple[int, str]] = []
    second: list[str] = []
    rank: dict[tuple[str, int], int] = {}  # (character, pair number) -> place in the first copy
    displaced = 0
    for k, ch in joined:
        pair, odd = divmod(seen[ch], 2)
        seen[ch] += 1
        if not odd:
            rank[ch, pair] = len(first)
            first.append((k, ch))
        else:
            displaced = max(displaced, abs(rank[ch, pair] - len(second)))
            second.append(ch)
    text = "".join(ch for _, ch in first)
    if displaced > INTERLEAVE_REACH or not _plausible_headline(text):
        return None
    out = first[0][1]
    for (k0, a), (k1, b) in pairwise(first):
        latin = a.isascii() and a.isalnum() and b.isascii() and b.isalnum()
        out += (" " if latin and " " in spaced[k0:k1] else "") + b
    return out


def _copy_before_a_neighbour(lines: list[Line], window: list[int]) -> tuple[int, str, Line] | None:
    """A CJK headline printed twice whose second copy shares its line with another headline
    set on the same baseline (pdftotext -raw): ``民俗用好 治村有招`` / ``民俗用好 治村有招 郭声琨强调``.
    The copy goes; the other headline stays, on a line of its own."""
    first, second = (lines[k].text.strip() for k in window[:2])
    if window[1] != window[0] + 1 or not has_cjk(first) or not second.startswith(first + " "):
        return None
    if len(first) < MIN_UNDOUBLED_CHARS or ends_sentence(first):
        return None
    return 2, first, Line(second[len(first) :].strip(), lines[window[1]].number)


def _copy_after_a_neighbour(lines: list[Line], i: int) -> tuple[Line, Line] | None:
    """A Latin title drawn twice whose first copy shares its line with another title set on
    the same baseline before it (pdftotext -raw): ``Rates rise again Ferry fares`` /
    ``Ferry fares``. The other title keeps the line; the copy goes. Both must read as
    titles (a capital, no sentence end; the other one of at most MAX_GLUED_TITLE_WORDS words,
    not stopping on a word that leads on) and the doubled one must be of MIN_GLUED_COPY_WORDS
    words or more: a body line ending on the words the next line holds is no copy."""
    if i + 1 >= len(lines):
        return None
    line, after = lines[i].text.strip(), lines[i + 1].text.strip()
    if has_cjk(line) or len(after.split()) < MIN_GLUED_COPY_WORDS or not line.endswith(" " + after):
        return None
    title = line[: -len(after)].strip()
    if not (title[:1].isupper() and after[:1].isupper()) or ends_sentence(title) or ends_sentence(after):
        return None
    if len(title.split()) > MAX_GLUED_TITLE_WORDS or stops_mid_sentence(title):
        return None
    if any(ch in ",;:" for ch in title + after):
        return None
    return Line(title, lines[i].number), Line(after, lines[i + 1].number, bold=True)


def _undouble_pieces(pieces: list[str], tail: bool = False) -> str | None:
    """The headline that lines ``pieces`` (in this order) print doubled, or ``None``.
    ``tail``: the lines come right after a headline printed twice, so even a piece too
    short to be read as a headline on its own (⑦ / ⑦） / ）) is its end, printed twice.

    Spaces are printed once, not doubled, so the runs are found in the text without spaces
    and then read back from the first copy with its spaces.
    """
    spaced = " ".join(pieces)  # the lines' text, one space where a line ended
    origin = [k for k, ch in enumerate(spaced) if ch != " "]  # where each kept character stood
    joined = spaced.replace(" ", "")
    if len(joined) > MAX_DOUBLED_SPAN:
        return None
    runs = factor_doubled(joined)
    if runs is None or not (tail or _plausible_headline("".join(runs))):
        return None
    return _first_copies(runs, spaced, origin)


def _nonblank_from(lines: list[Line], i: int, limit: int) -> list[int]:
    """Indices of up to ``limit`` non-blank lines from ``i`` on (``i`` itself non-blank)."""
    found: list[int] = []
    for index in range(i, len(lines)):
        if lines[index].text.strip():
            found.append(index)
            if len(found) == limit:
                break
        elif index == i:
            break
    return found


def _second_copy_follows(first: str, following: str) -> bool:
    """Does ``following`` start with the second copy of the run ``first`` ends with?

    ``first`` may open with runs already printed twice on it (``““唤醒`` / ``唤醒””老建筑``).
    """
    if following.startswith(first):
        return True
    for cut in range(2, len(first), 2):
        if following.startswith(first[cut:]) and factor_doubled(first[:cut]) is not None:
            return True
    return False


def _first_copies(runs: list[str], spaced: str, origin: list[int]) -> str:
    """The first copy of every run, with the spaces it was printed with.

    Latin runs are words, so they are separated by a space even where the line end that
    separated them fell between the copies.
    """
    parts = []
    start = 0
    for run in runs:
        end = start + len(run)
        parts.append(spaced[origin[start] : origin[end - 1] + 1].strip())
        start = end + len(run)
    latin = not has_cjk("".join(runs))
    text = ""
    for part in parts:
        if text and (latin or (text[-1].isascii() and text[-1].isalnum() and part[0].isascii() and part[0].isalnum())):
            text += " "
        text += part
    return text


# -- spaces ------------------------------------------------------------------------------

_CJK = CJK_OR_PUNCT
_ANY_CJK = re.compile(f"{CJK_CHAR}|[{FULL_WIDTH_MARKS}]")
# A space (or several) with an ideograph or full-width mark on both sides.
_CJK_SPACE_CJK = re.compile(f"(?<={_CJK}) +(?={_CJK})")
_SPACE_AROUND_DIGITS = re.compile(f"(?<={_CJK}) +(?=[0-9])|(?<=[0-9.%]) +(?={_CJK})")
# Full-width marks never take a space on either side (curly quotes are shared with Latin
# text, so they are only handled next to an ideograph, by _cjk_gap).
_PUNCT_SPACE = re.compile(r"(?<=[，。、；：？！（《〈「『【]) +(?=\S)|(?<=\S) +(?=[，。、；：？！）》〉」』】])")
# Markers after which a space is conventional and kept (本报讯 8月16日).
_KEEP_SPACE_AFTER = re.compile(r"(?:本报讯|本報訊|电|電|讯|訊)$")
# The credit word that ends a photo caption (张三 摄), alone after the space.
_CREDIT = re.compile(r"[摄攝]\s*[）)]?\s*")
# A line is spaced out when this many of its ideograph gaps carry a space.
SPACED_OUT_MIN_GAPS = 3


def remove_cjk_spaces(line: str, number_spacing: str = "remove") -> str:
    """Remove the spaces pdftotext puts between CJK characters of a stretched line.

    Single characters separated by single spaces are one word spaced out; a space between
    two longer words is meaningful (names in a byline, phrases in a headline) and kept.
    With ``number_spacing="remove"`` spaces between digits and CJK go too.

    >>> remove_cjk_spaces("城 市 能 级 进 一 步 得 到 提")
    '城市能级进一步得到提'
    >>> remove_cjk_spaces("本报讯（李 钰 林嘉乐）家住漳")
    '本报讯（李钰 林嘉乐）家住漳'
    >>> remove_cjk_spaces("本报讯 8 月 16 日，注重体制创新 促进高效运营")
    '本报讯 8月16日，注重体制创新 促进高效运营'
    >>> remove_cjk_spaces("in the 8 月 issue", number_spacing="keep")
    'in the 8 月 issue'
    >>> remove_cjk_spaces("三 摄"), remove_cjk_spaces("拍 摄")  # a credit wrapped from 张, and 拍摄
    ('三 摄', '拍摄')
    """
    if " " not in line.strip() or not _ANY_CJK.search(line):
        return line
    lead = line[: len(line) - len(line.lstrip(" "))]
    body = line[len(lead) :]
    body = _PUNCT_SPACE.sub("", body)
    stretched = spaced_out(body)
    body = _CJK_SPACE_CJK.sub(lambda m: _cjk_gap(m, body, stretched), body)
    if number_spacing == "remove":
        body = _SPACE_AROUND_DIGITS.sub(lambda m: _digit_gap(m, body), body)
    return lead + body


def spaced_out(line: str) -> bool:
    """Whether pdftotext printed ``line`` letter-spaced: a space between ideographs at
    SPACED_OUT_MIN_GAPS or more places (城 市 能 级)."""
    return len(_CJK_SPACE_CJK.findall(_PUNCT_SPACE.sub("", line.strip()))) >= SPACED_OUT_MIN_GAPS


def _cjk_gap(match: re.Match[str], text: str, stretched: bool) -> str:
    if not stretched and _CREDIT.fullmatch(text, match.end()) and not spans_word(text[: match.start()], "摄"):
        return " "  # a photographer's credit (…张 / 三 摄), not 拍摄: the space marks it
    left = _word_length(text, match.start() - 1, -1)
    right = _word_length(text, match.end(), 1)
    if left == 0 or right == 0:  # a full-width mark on one side
        return ""
    if left == 1 and right == 1:
        return ""
    if stretched and min(left, right) == 1:
        return ""
    return " "


def _digit_gap(match: re.Match[str], text: str) -> str:
    if _KEEP_SPACE_AFTER.search(text[max(0, match.start() - 3) : match.start()]):
        return match.group()
    return ""


def _word_length(text: str, first: int, step: int) -> int:
    """How many ideographs stand from ``first`` in direction ``step`` (0, 1, or 2 for more)."""
    n = 0
    i = first
    while n < 2 and 0 <= i < len(text) and is_cjk(text[i]):
        n += 1
        i += step
    return n


# A run of spaces inside a line (text on both sides). In reading-order text it is a stretched
# gap, not a gutter: layout text has been cut into columns before the line repairs.
_SPACE_RUN = re.compile(r"(?<=\S)  +(?=\S)")


def collapse_space_runs(line: str) -> str:
    """Make every run of spaces inside ``line`` one space (leading spaces, the indent, stay).

    Left in the output, such a run would look like a gutter to a second run of declump and
    turn a clean page into layout text.

    >>> collapse_space_runs("  well-known     distribution")
    '  well-known distribution'
    """
    return _SPACE_RUN.sub(" ", line) if "  " in line else line


def _despace_lines(lines: list[Line], config: Config, log: ChangeLog) -> list[Line]:
    """Remove spurious spaces; a line that is doubled once its spaces are gone is undoubled
    too (``城市发展。 城市发展。``), as a second run would do. So is a line undoubled already:
    undoubling keeps the space between runs (``发展发展。。 发展发展。。`` → ``发展。 发展。``)."""
    out = []
    for line in lines:
        fixed = remove_cjk_spaces(collapse_space_runs(line.text), config.number_spacing)
        if fixed != line.text:
            log.record("despace", line.number, line.text, fixed, "spaces between CJK characters or a run of spaces")
            gaps = len(_SPACE_AROUND_DIGITS.findall(line.text)) - len(_SPACE_AROUND_DIGITS.findall(fixed))
            line = Line(fixed, line.number, line.gaps + gaps, line.bold, spaced_out(line.text))
            if config.undouble:
                line = _undouble_line(line, log)
        out.append(line)
    return out


def repair_blocks(blocks: list[Block], config: Config, log: ChangeLog) -> None:
    """Repair blocks joined from several lines as a second run of declump, seeing each
    block as one line, would: spaces that touch an ideograph only once the lines are joined
    (``0 “`` / ``一``), and copies of a doubled headline printed lines apart (``W城市`` /
    blank / ``W城市``). This keeps ``clean`` idempotent."""
    for block in blocks:
        if len(block.lines) < 2:
            continue
        text = block.text
        if config.despace:
            text = remove_cjk_spaces(collapse_space_runs(text), config.number_spacing)
            if text != block.text:
                log.record("despace", block.first_line, block.text, text, "spaces next to CJK once lines are joined")
        if config.undouble and len(text) <= MAX_DOUBLED_SPAN:
            undoubled = undouble_runs(text)
            if undoubled != text:
                log.record("undouble", block.first_line, text, undoubled, "joined lines factor into doubled runs")
                text = undoubled
                block.seams = []
        block.text = text


def repair_lines(lines: list[Line], config: Config, log: ChangeLog) -> list[Line]:
    """Run the enabled line repairs over one page."""
    if config.undouble:
        lines = _undouble_lines(lines, log)
    if config.despace:
        lines = _despace_lines(lines, config, log)
    return lines

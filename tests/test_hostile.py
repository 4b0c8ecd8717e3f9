"""Hostile input: declump never crashes, never loses text, never writes where it should not.

Whatever is piped in (other encodings, binary files, OCR garbage, gigantic lines, titles
that look like paths) ends in output or in one clear error line, never in a traceback, a
hang, a half-written file or a file outside ``-o DIR``. Timing (linearity) lives in
test_linear.py; random properties in test_properties.py and fuzz/fuzz_clean.py.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import declump.files as files
import declump.lines as lines
from declump import clean_text, explain_text, split_text
from declump.cli import app, with_default_command
from declump.decode import decode_bytes
from declump.errors import DeclumpError, OutputError
from declump.files import write_article, write_atomic
from declump.pipeline import verified_clean_text
from declump.verify import unaccounted

from conftest import SEED
from test_decode import big5_sample

SRC = str(Path(__file__).resolve().parent.parent / "src")

#: One line of 10 MB, the size the issue names: about 4 s of cleaning on one CI core, so it
#: runs once (clean), not in every command.
BIG_LINE_BYTES = 10_000_000
#: One-character lines. Rejoin costs ~0.1 ms a line, so the million lines the issue names
#: take minutes; 50,000 (~4 s) show that nothing hangs, DECLUMP_FULL_SIZE=1 runs a million.
MANY_LINES = 1_000_000 if os.environ.get("DECLUMP_FULL_SIZE") else 50_000

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, with_default_command(list(args)), input=input)


def one_error_line(result) -> str:
    """The one ``Error: …`` line a failed command must print on stderr, and nothing else
    (``split -o`` also reports how many articles it wrote, on a line of its own)."""
    errors = [line for line in result.stderr.splitlines() if not line.startswith("declump: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith("Error: "), errors[0]
    assert "Traceback" not in result.output
    return errors[0]


def subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}


# -- 1. encodings -----------------------------------------------------------------------------

#: A Latin page with what makes its encoding visible: curly quotes and apostrophes.
LATIN_PAGE = (
    "CITY NEWS\n\n"
    "Council backs “green corridor” plan\n\n"
    "By Jane Smith\n\n"
    "SPRINGFIELD - The city council voted on Tuesday to\n"
    "back a plan that would turn the old railway line into\n"
    "a walking and cycling path, despite concerns about\n"
    "the cost of the project and its distribu-\n"
    "tion of funds among the city’s districts.\n\n"
    "“This is a once-in-a-generation chance,” said the\n"
    "mayor, who has championed the well-\n"
    "known proposal since her election two years ago.\n"
)

JAPANESE = (
    "東京都は十六日、新しい観光振興計画を発表した。\n"
    "外国人観光客の増加に対応するため、多言語の案内表示を整備する。\n"
    "計画は来年四月から五年間で、総事業費は約三十億円を見込む。\n"
)

ENCODERS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "big5": lambda t: t.encode("big5"),
    "shift_jis": lambda t: t.encode("shift_jis"),
}


@pytest.mark.parametrize("encoding", ENCODERS)
def test_latin_page_decodes_the_same_in_every_encoding(encoding):
    # In GBK or Big5 only the curly quotes are not ASCII, and single-byte encodings read
    # those bytes too (“ in GBK is ”° in ISO 8859-13): the decoder must not take that bait.
    assert decode_bytes(ENCODERS[encoding](LATIN_PAGE)) == LATIN_PAGE


def _samples(seed_text: str) -> dict[str, str]:
    return {"seed": seed_text, "latin": LATIN_PAGE, "traditional": big5_sample(seed_text), "japanese": JAPANESE}


MATRIX = [
    *[("seed", e) for e in ("utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "gbk")],
    *[("latin", e) for e in ENCODERS if e != "utf-8"],
    *[("traditional", e) for e in ("utf-8-bom", "utf-16-le-bom", "big5")],
    *[("japanese", e) for e in ("utf-16-be-bom", "shift_jis")],
]


@pytest.fixture(scope="module")
def from_utf8() -> dict[str, str]:
    """``declump clean`` of each sample given as UTF-8, computed once."""
    samples = _samples(SEED.read_text(encoding="utf-8"))
    return {name: run("-", input=text.encode("utf-8")).stdout for name, text in samples.items()}


@pytest.mark.parametrize(("sample", "encoding"), MATRIX, ids=[f"{s}-{e}" for s, e in MATRIX])
def test_cli_output_does_not_depend_on_the_encoding(seed_text, from_utf8, sample, encoding):
    result = run("-", input=ENCODERS[encoding](_samples(seed_text)[sample]))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == from_utf8[sample]


# (text, bytes in this encoding, wrongly named encoding): each cannot decode strictly.
WRONG = [
    ("seed", "gb18030", "big5"),
    ("seed", "utf-16-le-bom", "gb18030"),
    ("seed", "utf-8", "ascii"),
    ("traditional", "big5", "utf-8"),
    ("japanese", "shift_jis", "big5"),
    ("latin", "utf-16-be-bom", "utf-8"),
]


@pytest.mark.parametrize("command", ["clean", "split", "explain"])
@pytest.mark.parametrize(("sample", "actual", "named"), WRONG, ids=[f"{a}-as-{n}" for _, a, n in WRONG])
def test_wrong_encoding_is_one_clear_error_line(seed_text, command, sample, actual, named):
    data = ENCODERS[actual](_samples(seed_text)[sample])
    result = run(command, "--encoding", named, "-", input=data)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert named.replace("_", "-") in line.replace("_", "-") and "--encoding" in line
    assert result.stdout == ""


# -- 2. bad input -----------------------------------------------------------------------------


def png_bytes(width: int = 16, height: int = 16) -> bytes:
    """A real (tiny, grey gradient) PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((x * 16 + y) % 256 for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


BINARY = {
    "png": png_bytes(),
    "gzip": gzip.compress("本报讯 城市能级进一步得到提升。\n".encode("utf-8") * 50, mtime=0),
    "nul-bytes": b"text\x00with\x00nul\x00bytes\x00" * 20,
    "elf-header": b"\x7fELF\x02\x01\x01\x00" + bytes(56) + bytes(range(256)),
    "random": random.Random(6).randbytes(4096),
}


@pytest.mark.parametrize("command", ["clean", "split", "explain"])
@pytest.mark.parametrize("name", BINARY)
def test_binary_input_is_one_error_line_exit_1(tmp_path, command, name):
    path = tmp_path / f"input.{name}"
    path.write_bytes(BINARY[name])
    result = run(command, str(path))
    assert result.exit_code == 1, result.output
    line = one_error_line(result)
    assert str(path) in line
    assert result.stdout == ""


def test_binary_input_does_not_stop_the_others(tmp_path):
    image = tmp_path / "image.png"
    image.write_bytes(png_bytes())
    good = tmp_path / "good.txt"
    good.write_text("城 市 能 级\n", encoding="utf-8")
    result = run("clean", str(image), str(good), str(image))
    assert result.exit_code == 1
    assert result.stdout == "城市能级\n"
    assert len(result.stderr.splitlines()) == 2


def _mojibake_free(text: str) -> bool:
    return "\ufffd" not in text


#: Ordinary text around the odd characters: decode takes input where more than 1% of the
#: characters are controls or replacement characters for binary (see the test after TEXTS).
PROSE = "本报讯（记者 王明）城市能级进一步得到提升，项目建设全面启动。\n" * 20

TEXTS = {
    "empty": "",
    "whitespace": " \n\t\n\u3000\u00a0\n\n   \n",
    "newlines": "\n" * 1000,
    "form-feeds": "\f" * 50,
    "cjk-punctuation": "。，、！？…—“”（）《》【】" * 50,
    "ascii-punctuation": "!?.,;:-_()[]{}'\"/\\|*&^%$#@~`" * 50,
    "dashes": "-\n" * 500,
    "same-ideograph": "哈" * 10_000,
    "two-letters": "ab" * 5_000,
    "same-ideograph-lines": ("哈" * 100 + "\n") * 100,
    "doubled-everything": "城城市市能能级级\n" * 200,
    "mixed-scripts": "城市 city Город πόλη 도시 都市 ciudad 8月 2022年\n" * 20,
    "rtl": "שלום עולם, זהו עיתון.\nمرحبا بالعالم، هذه صحيفة.\n\u202bמוטבע\u202c \u200fنص\u200e\n" * 20,
    "combining-marks": "Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303\u0304g\u0305o\u0306\u0307 " * 200,
    "astral": "𠀀𠀁𠀂𪚥 😀🎉 𝕳𝖊𝖑𝖑𝖔 🇨🇳\n" * 50,
    "emoji-zwj": "家庭 👨\u200d👩\u200d👧 合影\n",
    "controls": "城\x02市\x01能\x07级\x1b[31m进\x7f一\x85步\x9f得\n到\r提\r\n升\u2028。\u2029" + PROSE,
    "bom-everywhere": "\ufeff城市\ufeff能级\n\ufeffword\ufeff\n",
    "zero-width": "城\u200b市\u200c能\u200d级\u2060提\ufeff升 a\u200bb\n",
    "crlf": "城 市 能 级\r\n进 一 步\r\n\r\nnext para\r\n",
    "tabs": "城\t市\t\t能级\n\tindent\n",
    "long-word": "a" * 100_000 + "-\n" + "b" * 100_000 + "\n",
    "gutters": ("左栏文字" + " " * 40 + "右栏文字\n") * 200,
    "many-spaces": " " * 100_000 + "城" + " " * 100_000 + "\n",
    "digits": "2022 年 8 月 16 日 0 1 2 3 4 5 6 7 8 9 " * 200,
    "private-use": "\ue000\ue001城市\uf8ff\n",
    "noncharacters": "\ufffe\uffff\U0010ffff城\n",
    "replacement": "\ufffd城市\ufffd\n" + PROSE,
}


@pytest.mark.parametrize("name", TEXTS)
def test_hostile_text_cleans_without_loss(name):
    text = TEXTS[name]
    result = run("clean", "--verify", "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    has_text = any(not ch.isspace() for ch in clean_text(text))
    assert result.stdout.endswith("\n") == has_text  # nothing for nothing, text for text
    assert _mojibake_free(result.stdout) or "\ufffd" in text


@pytest.mark.parametrize("name", TEXTS)
def test_hostile_text_splits_and_explains(name):
    data = TEXTS[name].encode("utf-8")
    result = run("split", "-", input=data)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["declump"] == 1
    result = run("split", "--format", "jsonl", "-", input=data)
    assert result.exit_code == 0, result.output
    assert all(json.loads(line)["id"] for line in result.stdout.splitlines())
    result = run("explain", "--json", "-", input=data)
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)) == {"text", "changes"}


@pytest.mark.parametrize("junk", ["\x01\x02\x03\x04", "\ufffd\ufffd\ufffd", "\x1b[0m\x1b[1m"])
def test_text_drowned_in_controls_is_not_text(junk):
    result = run("clean", "-", input=("城市" + junk * 50).encode("utf-8"))
    assert result.exit_code == 1
    assert "not text" in one_error_line(result)


def test_joiners_inside_words_are_content():
    # ZWJ glues emoji into one picture, ZWNJ spells Persian words; next to CJK or ASCII they
    # are noise (see test_normalise), inside other scripts they are text.
    assert clean_text("家庭 👨\u200d👩\u200d👧 合影") == "家庭 👨\u200d👩\u200d👧 合影"
    assert clean_text("می\u200cخواهم") == "می\u200cخواهم"


@pytest.mark.parametrize("encoding", ["utf-8-bom", "utf-16-le-bom", "gb18030"])
def test_hostile_text_in_other_encodings(encoding):
    data = ENCODERS[encoding](TEXTS["controls"] + TEXTS["bom-everywhere"] + TEXTS["crlf"])
    result = run("clean", "--verify", "-", input=data)
    assert result.exit_code == 0, result.output


def surrogate_texts() -> list[str]:
    """What a caller gets by decoding bytes with surrogateescape: lone surrogates."""
    rng = random.Random(6)
    return [
        b"\xff\xfe\xed\xa0\x80abc\n\xe5\x9f".decode("utf-8", "surrogateescape"),
        "城\udc80市\n\udcff\udcfe标题\udcc0\n\n正文\udce5。",
        *(rng.randbytes(300).decode("utf-8", "surrogateescape") for _ in range(20)),
        "".join(chr(rng.randrange(0x110000)) for _ in range(2000)),  # any code point, surrogates too
    ]


@pytest.mark.parametrize("text", surrogate_texts(), ids=lambda t: f"len{len(t)}")
def test_lone_surrogates_and_random_code_points(text):
    output, changes = explain_text(text)
    assert unaccounted(text, output, changes) == ({}, {})
    assert clean_text(text) == output
    document = split_text(text, source="surrogates")
    assert len(document.pages) == text.count("\f") + 1


SENTENCE = "城市能级进一步得到提升，"


def test_one_10_mb_line():
    line = SENTENCE * (BIG_LINE_BYTES // len(SENTENCE.encode("utf-8")))
    assert len(line.encode("utf-8")) >= BIG_LINE_BYTES * 0.99
    result = run("clean", "-", input=line.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.replace("\n", "") == line  # every character, in order


def test_long_line_stays_one_line_on_the_command_line():
    # A page longer than the streaming limit is cut at line ends only, never inside a line.
    line = SENTENCE * 20_000  # 240,000 characters, more than one batch piece
    assert clean_text(line) == line
    result = run("clean", "-", input=line.encode("utf-8"))
    assert result.stdout == line + "\n"


def test_many_one_character_lines():
    text = "字\n" * MANY_LINES
    output = clean_text(text)
    assert output.replace("\n", "") == "字" * MANY_LINES


def test_gigantic_line_of_one_repeated_character_is_kept():
    # Every window of it factors into doubled runs: undoubling must not halve a body line.
    assert clean_text("哈" * 10_000) == "哈" * 10_000
    assert clean_text("ab" * 5_000) == "ab" * 5_000


# -- fuzzing finds, minimised -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["字        b\n园\n城\n市\nc", "x        b\n园\n城\n市\nc"])
def test_fuzz_idempotence_gutter_after_rejoin(text):
    # A gutter-like run of spaces on a page that is not layout text would, after rejoin
    # shortened the page, tip a second pass into decolumnizing: it comes out as one space.
    once = clean_text(text)
    assert clean_text(once) == once


@pytest.mark.parametrize("text", ["城市发展。 城市发展。", "W城市\n\nW城市\nc"], ids=["despace", "rejoin"])
def test_fuzz_idempotence_doubled_after_joining(text):
    # A line that is doubled only once its space is removed, or lines whose copies are
    # joined, are undoubled in the first pass, as the second would.
    once = clean_text(text)
    assert clean_text(once) == once
    assert once.count("城市") == 1


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("发展发展。。 发展发展。。", "发展。"),
        ("BBBB右--。 右--。\n右--。右--。", "B右--。"),
        ("x  。\nt  BBBB右--。 右--。\n+  右--。右--。", "B右--。"),
    ],
    ids=["one-line", "two-lines", "layout"],
)
def test_fuzz_idempotence_undoubled_line_doubled_again_once_despaced(text, headline):
    # Undoubling keeps a space between runs (发展。 发展。, or where two lines met); once
    # despace removes it the headline is doubled again, and the first pass undoubles it
    # again, as the second would. The fuzzer found the last text (columns cut apart).
    output, changes = explain_text(text)
    assert clean_text(output) == output
    assert unaccounted(text, output, changes) == ({}, {})
    assert output.split("\n\n")[-1] == headline


def test_fuzz_idempotence_space_next_to_cjk_once_headline_lines_are_joined():
    # Lines with no ideograph join with a space (i＀ 0); once clean joins the headline line
    # above (办“) into the same line, that space touches CJK text and a second pass would
    # remove it: the first pass repairs the joined headline as the second would.
    text = "办“\ni\uff00\n0"
    output, changes = explain_text(text)
    assert clean_text(output) == output
    assert unaccounted(text, output, changes) == ({}, {})
    assert " " not in output


def test_fuzz_conservation_seam_linked_back_into_its_own_block():
    # Reassembly opened a Latin seam, linked the text after it back to the text before it in
    # the same block and closed the seam again: a cycle of links, whose pieces were dropped.
    text = "kss.well-\nn        .\n\nrnm well-\nn        .\n\nBsidents.\ny"
    output, changes = explain_text(text)
    assert unaccounted(text, output, changes) == ({}, {})
    assert verified_clean_text(text) == output


def test_fuzz_conservation_title_cut_out_across_a_closed_up_hyphen():
    # Rejoin closed up ``u-`` / ``q…`` (a dehyphenation, recorded); cutting the lines apart
    # again as titles brought the hyphen back, which the record says was taken off. The block
    # stays whole when its parts cannot keep its text.
    text = "\udcb9        右 u-\n\n}  q䬺\udc8c行文字绛。"
    output, changes = explain_text(text)
    assert unaccounted(text, output, changes) == ({}, {})


@pytest.mark.parametrize(
    "text",
    [
        '左\udce6 步 得 到pppppppppppppppppppppppppppppppppppppppppppppp\udcac\udc94者在\n漳\udce5提\n升。7 \udcc66 日，2\udc87\udce5\udcad{\udcc0\udcae\udcb9          \udce5\udc8fppppppppppppppppppppppppppppppppppppppppppppp\udcac\udc94者在\n漳\udce5提\n升。7 \udcc66 日，2\udc87\udce5\udcad{\udcc0\udcae\udcb9          叀\udc82  \udc8c\udcbf     结怂  \udc8c\udcbf     结束。\n',
        '\udce5\udc9f\udce4\udcb8\udcc0* 歵 得 到 提\n\udc8f\udc90\n\udc82〿\udcbd 级 *\udcef\udcbb\uff00\udc8c\udce2进 \udce4\udcb8\udcc0* 歵 得 到 提\n\udce5\udcb8\udce5\udc82〿\udcbd 级 *\udcef\udcbb\uff00\udc8c\udce2进 \udce4\udcb8\udcc0* 歵 得 到 提\n\udce5\udcb8\udce5',
    ],
    ids=["whole-block", "headline-lines"],
)
def test_fuzz_conservation_undoubled_lines_are_not_read_one_by_one(text):
    # An undoubled fake-bold line keeps both copies' lines for one text. Segmentation's
    # blocks (which clean now gives too) read such a block's text whole, and a headline
    # block whose lines cannot be found in its text is not cut line by line: each line's
    # own text would bring back the copy undoubling took off.
    output, changes = explain_text(text)
    assert unaccounted(text, output, changes) == ({}, {})


# -- 4. conservation from the command line ----------------------------------------------------


def test_verify_on_the_example_page():
    plain = run("clean", str(SEED))
    verified = run("clean", "--verify", str(SEED))
    assert verified.exit_code == 0, verified.output
    assert verified.stderr == ""
    assert verified.stdout == plain.stdout


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff城 市 能 级\r\n进一步\r\n",  # BOM, CRLF, spaced-out line
        "城\u200b市\u200d能\u2060级\ufeff提升。\n",  # zero-width characters
        "本报讯\x07（记者\x1b王）\x0b\x0c正文\x7f\x80。\n" + PROSE,  # C0, C1 controls, form feed
        "Title\r\rbody text\u2028more\u2029end\x85\n",  # old Mac, Unicode line ends
        "\u00a0\u3000\u2003城市\u202f能级\t\t\n",  # odd spaces
    ],
    ids=["bom-crlf", "zero-width", "controls", "line-ends", "spaces"],
)
def test_verify_on_hostile_input(text):
    plain = run("clean", "-", input=text.encode("utf-8"))
    verified = run("clean", "--verify", "-", input=text.encode("utf-8"))
    assert verified.exit_code == 0, verified.output
    assert verified.stderr == ""
    assert verified.stdout == plain.stdout


def _drop_character(monkeypatch, victim: str) -> None:
    """Make the line repairs lose every ``victim`` without recording it."""
    real = lines.repair_lines

    def lossy(page_lines, config, log):
        repaired = real(page_lines, config, log)
        for line in repaired:
            line.text = line.text.replace(victim, "")
        return repaired

    monkeypatch.setattr(lines, "repair_lines", lossy)


def test_verify_fails_loudly_when_a_step_loses_text(monkeypatch, tmp_path):
    _drop_character(monkeypatch, "市")
    good = tmp_path / "good.txt"
    good.write_text("能级提升。\n", encoding="utf-8")
    unverified = run("clean", "-", input="城市能级\n".encode("utf-8"))
    assert unverified.exit_code == 0 and unverified.stdout == "城能级\n"  # the loss is silent
    result = run("clean", "--verify", "-", input="城市能级\n".encode("utf-8"))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "conservation" in line and "'市'" in line
    assert result.stdout == ""  # no unverified text on stdout
    both = run("clean", "--verify", str(SEED), str(good))
    assert both.exit_code == 1
    assert both.stdout == "能级提升。\n"  # the other input is still cleaned
    assert len(both.stderr.splitlines()) == 1


# -- 6. files ---------------------------------------------------------------------------------


def headline_page(title: str) -> str:
    return f"{title}\n\n本报讯（记者 王明）城市能级进一步得到提升，项目建设全面启动。\n"


HOSTILE_TITLES = [
    "../../../escape",
    "/etc/passwd",
    "..",
    "~root",
    "a/b\\c:d*e?f\"g<h>i|j",
    "$(touch pwned)",
    "CON",
    "-rf",
    ".hidden",
    "标" * 300,
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_cannot_escape_the_output_folder(tmp_path, monkeypatch, title):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(headline_page(title), encoding="utf-8")
    out = tmp_path / "deep" / "out"
    result = run("split", str(page), "-o", str(out), "--format", "md")
    assert result.exit_code == 0, result.output
    written = list(out.iterdir())
    assert written and all(p.parent == out and p.is_file() for p in written)
    assert all(not p.name.startswith(".") for p in written)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "page.txt"]
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["out"]
    assert not Path("pwned").exists()


def test_existing_files_are_kept_without_force(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(headline_page("城市新闻"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "001-城市新闻.txt"
    mine.write_bytes(b"my own notes\n")
    result = run("split", str(page), "-o", str(out))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "exists" in line and "--force" in line
    assert mine.read_bytes() == b"my own notes\n"
    assert sorted(p.name for p in out.iterdir()) == [mine.name]
    forced = run("split", str(page), "-o", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert "本报讯" in mine.read_text(encoding="utf-8")


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("fail", ["link", "replace", "write", "fsync", "interrupt"])
def test_interrupted_write_leaves_no_file(tmp_path, monkeypatch, force, fail):
    target = tmp_path / "001-article.txt"
    if force:
        target.write_text("old\n", encoding="utf-8")

    def boom(*args, **kwargs):
        raise KeyboardInterrupt if fail == "interrupt" else OSError(28, "No space left on device")

    if fail in ("link", "replace"):
        monkeypatch.setattr(files.os, fail, boom)
        monkeypatch.setattr(files.os, "replace" if fail == "link" else "link", boom)
    elif fail == "fsync":
        monkeypatch.setattr(files.os, "fsync", boom)
    else:
        real_fdopen = os.fdopen

        class HalfWriter:
            def __init__(self, fd, *args, **kwargs):
                self._file = real_fdopen(fd, *args, **kwargs)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self._file.close()

            def write(self, text):
                self._file.write(text[: len(text) // 2])
                self._file.flush()
                boom()

            def __getattr__(self, name):
                return getattr(self._file, name)

        monkeypatch.setattr(files.os, "fdopen", HalfWriter)
        if fail == "interrupt":
            monkeypatch.setattr(files.os, "fsync", boom)
    expected = KeyboardInterrupt if fail == "interrupt" else OutputError
    with pytest.raises(expected):
        write_atomic(target, "新的内容\n" * 1000, force=force)
    assert _only(tmp_path) == ([target.name] if force else [])
    if force:
        assert target.read_text(encoding="utf-8") == "old\n"


def test_failed_write_from_the_command_line(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text(headline_page("城市新闻"), encoding="utf-8")
    out = tmp_path / "out"

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    result = run("split", str(page), "-o", str(out))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "No space left" in line
    assert _only(out) == []


def test_write_article_refuses_to_replace_an_input(tmp_path):
    page = tmp_path / "001-城市新闻.txt"
    page.write_text(headline_page("城市新闻"), encoding="utf-8")
    before = page.read_bytes()
    with pytest.raises(OutputError, match="input"):
        write_article(tmp_path, 1, "城市新闻", "txt", "x", force=True, keep=[page])
    with pytest.raises(OutputError, match="input"):  # also through another spelling of the path
        write_atomic(tmp_path / "." / page.name, "x", force=True, keep=[Path(os.path.relpath(page))])
    assert page.read_bytes() == before


def test_split_into_the_input_folder_keeps_the_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = Path("001-城市新闻.txt")  # named as its own first article will be
    page.write_text(headline_page("城市新闻"), encoding="utf-8")
    before = page.read_bytes()
    result = run("split", str(page), "-o", ".")
    assert result.exit_code == 1
    assert "exists" in one_error_line(result)
    assert page.read_bytes() == before


def test_split_with_force_never_replaces_an_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = Path("001-城市新闻.txt")
    page.write_text(headline_page("城市新闻"), encoding="utf-8")
    before = page.read_bytes()
    result = run("split", str(page), "-o", ".", "--force")
    assert page.read_bytes() == before
    assert result.exit_code == 1


def test_output_folder_under_a_file_is_one_error_line(tmp_path):
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    result = run("split", str(SEED), "-o", str(afile / "out"))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "notes.txt" in line
    assert result.stdout == ""
    assert afile.read_text() == "x"


def test_missing_output_folder_is_created(tmp_path):
    out = tmp_path / "a" / "b" / "c"
    result = run("split", str(SEED), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert any(out.iterdir())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder_is_one_error_line(tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = run("split", str(SEED), "-o", str(out))
        assert result.exit_code == 1
        assert "not writable" in one_error_line(result)
    finally:
        out.chmod(0o700)


# -- 7. process behaviour ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["split", "--format", "jsonl", "-"], ["explain", "-"], ["clean", "-"]],
    ids=["split-jsonl", "explain", "clean"],
)
def test_pipe_into_head_ends_quietly(seed_text, args):
    command = [sys.executable, "-m", "declump", *args]
    shell = f"{' '.join(command)} | head -c 100 >/dev/null; echo ${{PIPESTATUS[0]}}"
    data = (seed_text + "\f") * 20
    proc = subprocess.run(
        ["bash", "-c", shell], input=data.encode("utf-8"), capture_output=True, env=subprocess_env(), timeout=120
    )
    assert proc.stdout.strip() == b"0"
    assert proc.stderr == b""


def _wait_until_working(proc: subprocess.Popen, cpu_seconds: float = 1.5, limit: float = 60.0) -> None:
    """Wait until ``proc`` has used ``cpu_seconds`` of CPU (past start-up, into the work),
    read from /proc; where there is no /proc, wait two seconds. On a busy machine start-up
    alone can take longer than any fixed wait."""
    stat = Path(f"/proc/{proc.pid}/stat")
    if not stat.exists():
        time.sleep(2)
        return
    ticks = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / ticks >= cpu_seconds:  # utime + stime
            return
        time.sleep(0.05)


def test_ctrl_c_while_working_exits_130_without_traceback(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("字\n" * 300_000, encoding="utf-8")  # several seconds of work
    proc = subprocess.Popen(
        [sys.executable, "-m", "declump", "split", str(big), "-o", str(tmp_path / "out")],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_until_working(proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    assert out == b""
    leftovers = list((tmp_path / "out").glob(".*")) if (tmp_path / "out").exists() else []
    assert leftovers == []


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_file_name_that_is_not_utf8(tmp_path, fmt):
    name = os.fsdecode(b"page-\xff.txt")
    (tmp_path / name).write_text("城市新闻\n\n本报讯 正文。\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "declump", "split", "--format", fmt, name],
        cwd=tmp_path,
        env=subprocess_env(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert "本报讯" in proc.stdout.decode("utf-8")


def test_errors_go_to_stderr_only(tmp_path):
    image = tmp_path / "image.png"
    image.write_bytes(png_bytes())
    proc = subprocess.run(
        [sys.executable, "-m", "declump", "split", str(image), str(tmp_path / "missing.txt")],
        env=subprocess_env(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stdout == b""
    errors = proc.stderr.decode("utf-8").splitlines()
    assert len(errors) == 2 and all(e.startswith("Error: ") for e in errors)


def test_library_errors_are_declump_errors():
    for data in BINARY.values():
        with pytest.raises(DeclumpError):
            decode_bytes(data)

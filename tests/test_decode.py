import codecs
import io
import random
import sys

import pytest

from declump.decode import check_encoding, decode_bytes, read_input
from declump.errors import DecodeError, InputError, UsageError


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"), id="utf-32-le-bom"),
        pytest.param(lambda t: t.encode("gb18030"), id="gb18030"),
        pytest.param(lambda t: t.encode("gbk"), id="gbk"),
    ],
)
def test_seed_page_decodes_the_same_in_every_encoding(seed_text, encode):
    assert decode_bytes(encode(seed_text)) == seed_text


def big5_sample(seed_text):
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(seed_text)
    lines = []
    for line in traditional.splitlines(keepends=True):
        try:
            line.encode("big5")
        except UnicodeEncodeError:
            continue  # a few characters have no Big5 code
        lines.append(line)
    return "".join(lines)


def test_big5_traditional_chinese(seed_text):
    text = big5_sample(seed_text)
    assert len(text) > 2000
    assert decode_bytes(text.encode("big5")) == text


def test_shift_jis_japanese():
    text = (
        "東京都は十六日、新しい観光振興計画を発表した。\n"
        "外国人観光客の増加に対応するため、多言語の案内表示を整備する。\n"
        "計画は来年四月から五年間で、総事業費は約三十億円を見込む。\n"
    )
    assert decode_bytes(text.encode("shift_jis")) == text


def test_short_gb18030_headline_prefers_chinese():
    assert decode_bytes("本报讯".encode("gb18030")) == "本报讯"


def test_large_input_decodes_beyond_the_detection_sample(seed_text):
    text = seed_text * 10  # larger than the sample charset-normalizer sees
    assert len(text.encode("gb18030")) > 64 * 1024
    assert decode_bytes(text.encode("gb18030")) == text


def test_empty_and_ascii():
    assert decode_bytes(b"") == ""
    assert decode_bytes(b"plain text\n") == "plain text\n"


def test_utf16_without_bom_latin():
    assert decode_bytes("Page one\nMore text here\n".encode("utf-16-le")) == "Page one\nMore text here\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200), id="jpeg"),
        pytest.param(b"%PDF-1.7\n\x00\x01\x02\x03binary\x00stream", id="nul-bytes"),
    ],
)
def test_binary_input_is_an_error(data):
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(data)


def test_encoding_override_wins(seed_text):
    data = seed_text.encode("gb18030")
    assert decode_bytes(data, "gb18030") == seed_text
    assert decode_bytes(codecs.BOM_UTF8 + b"abc", "utf-8") == "abc"


def test_wrong_encoding_override_is_one_clear_error(seed_text):
    with pytest.raises(DecodeError) as info:
        decode_bytes(seed_text.encode("gb18030"), "utf-8")
    assert "utf-8" in info.value.message
    assert "--encoding" in info.value.hint
    assert "\n" not in str(info.value)


def test_unknown_encoding_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown encoding"):
        decode_bytes(b"abc", "no-such-codec")
    with pytest.raises(UsageError):
        check_encoding("latin-99")
    assert UsageError.exit_code == 2


def test_undecodable_hints_gb18030():
    # Noise without NUL bytes: no encoding reads it as text.
    data = random.Random(0).randbytes(3000).replace(b"\x00", b"\x01")
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert "gb18030" in (info.value.hint or "")


def test_read_input_file(tmp_path, seed_text):
    path = tmp_path / "page.txt"
    path.write_bytes(seed_text.encode("gbk"))
    assert read_input(path) == seed_text
    assert read_input(str(path), encoding="gbk") == seed_text


def test_read_input_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("标题\n".encode("gb18030"))))
    assert read_input("-") == "标题\n"


def test_read_input_errors_name_the_input(tmp_path):
    with pytest.raises(InputError, match="missing.txt: no such file"):
        read_input(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="folder"):
        read_input(tmp_path)
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\x00\x00\x00\x00")
    with pytest.raises(DecodeError, match="image.png: input looks binary"):
        read_input(binary)

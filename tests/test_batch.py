"""Streaming (page by page, bounded memory) and batches (folders, globs, lists, a pool)."""

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from declump import batch
from declump.batch import Batch, Task, cut_point, expand_inputs, iter_chunks, iter_clean, iter_jsonl, run_group
from declump.cli import app, with_default_command
from declump.config import Config
from declump.decode import DETECT_SAMPLE_BYTES, decode_bytes, iter_decode
from declump.errors import DecodeError
from declump.pipeline import process_pages, process_text
from declump.render import OutputFormat, render_clean, render_document

from conftest import EXAMPLES, SEED

runner = CliRunner()
STORY = EXAMPLES / "story.txt"


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, with_default_command(list(args)), input=input)


def pages_text(count: int = 6) -> str:
    """Seed pages between form feeds: more than the decoder's sample, several pages."""
    return "\f".join([SEED.read_text(encoding="utf-8")] * count)


class TrickleReader:
    """A stream that hands out a few bytes at a time, as a pipe may."""

    def __init__(self, data: bytes, step: int = 4097) -> None:
        self.data, self.pos, self.step = data, 0, step

    def read(self, size: int = -1) -> bytes:
        size = self.step if size < 0 else min(size, self.step)
        chunk = self.data[self.pos : self.pos + size]
        self.pos += len(chunk)
        return chunk


# -- decoding a stream ----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5", "utf-16"])
def test_stream_decodes_like_whole_input(encoding):
    text = pages_text(10) if encoding != "big5" else "臺灣報導，記者採訪。\n" * 8000
    data = text.encode(encoding)
    assert len(data) > DETECT_SAMPLE_BYTES
    assert "".join(iter_decode(TrickleReader(data))) == decode_bytes(data) == text


def test_stream_decodes_with_given_encoding():
    data = pages_text(6).encode("gb18030")
    assert "".join(iter_decode(io.BytesIO(data), "gb18030")) == decode_bytes(data, "gb18030")


def test_stream_decodes_small_input_in_one_piece():
    assert list(iter_decode(io.BytesIO("本报讯".encode("gb18030")))) == ["本报讯"]


def test_stream_error_past_the_sample_names_the_input_and_byte():
    data = pages_text(6).encode("utf-8") + b"\xff\xfe tail"
    with pytest.raises(DecodeError, match=r"^in\.txt: .*not valid utf-8 \(byte \d+\)"):
        "".join(iter_decode(io.BytesIO(data), name="in.txt"))
    with pytest.raises(DecodeError, match="binary"):
        "".join(iter_decode(io.BytesIO(pages_text(6).encode("utf-8") + b"\x00\x01"), name="in.txt"))


def test_stream_binary_sample_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        list(iter_decode(io.BytesIO(bytes(range(256)) * 400)))


# -- cutting pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["", "\f", "a\fb", "\f\fa\f", "第一版\n\n\f第二版\f", "no form feed at all\n" * 50]
)
def test_chunks_concatenate_to_the_text_and_end_after_form_feeds(text):
    chunks = list(iter_chunks([text[i : i + 7] for i in range(0, len(text), 7)] or [""], limit=64))
    assert "".join(chunks) == text
    assert all(c.endswith("\f") or len(c) <= 64 for c in chunks[:-1])
    assert not chunks[-1].endswith("\f")
    assert len([c for c in chunks if c.endswith("\f")]) == text.count("\f")


def test_long_page_is_cut_at_a_blank_line_after_a_sentence():
    paragraph = "本报讯 会议指出，要加强组织领导，\n推动项目建设。\n\n"
    text = paragraph * 2000
    chunks = list(iter_chunks([text], limit=10_000))
    assert "".join(chunks) == text
    assert len(chunks) > 5
    assert all(c.endswith("。\n\n") for c in chunks[:-1])


def test_a_line_is_never_cut():
    text = "城" * 1000
    assert cut_point(text, 300) is None  # its end has not come yet
    assert [len(c) for c in iter_chunks([text[:250], text[250:600], text[600:]], limit=300)] == [1000]
    text += "\n" + "市" * 10
    assert cut_point(text, 300) == 1001  # after the line's end, past the limit
    assert [len(c) for c in iter_chunks([text[:250], text[250:]], limit=300)] == [1001, 10]


# -- streamed output is the whole-input output -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "\f",
        "\f标题\n\n正文。\f",
        "标题\n\n正文。\f\f\f",
        "\f\f标题\f\f正文。\f第三\n\n段",
        "标题\n\n本报讯 正文。\f\f第二版\n",
        "trailing spaces   \f  leading\r\nwindows\r\n",
    ],
)
def test_iter_clean_matches_render_clean(text):
    streamed = "".join(iter_clean(process_pages(iter_chunks([text]))))
    whole = render_clean(process_text(text))
    assert streamed == (whole + "\n" if whole else "")


def test_stream_clean_and_jsonl_match_whole_input(tmp_path):
    text = pages_text(6) + "\f" + STORY.read_text(encoding="utf-8")
    path = tmp_path / "pages.txt"
    path.write_bytes(text.encode("gb18030"))  # detected on the sample, decoded incrementally
    clean = run("clean", str(path))
    assert clean.exit_code == 0, clean.output
    assert clean.stdout == render_clean(process_text(text)) + "\n"
    jsonl = run("split", "--format", "jsonl", str(path))
    assert jsonl.exit_code == 0, jsonl.output
    assert jsonl.stdout == render_document(process_text(text, source=str(path), segment=True), OutputFormat.JSONL)


def test_stdin_streams_like_a_file(tmp_path):
    text = pages_text(5)
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    assert run("clean", "-", input=text.encode("utf-8")).stdout == run("clean", str(path)).stdout


def test_pieces_of_a_long_page_keep_its_number_and_number_articles_on():
    text = pages_text(3)
    pages = list(process_pages(iter_chunks([text], limit=4000), segment=True))
    assert {p.number for p in pages} == {1, 2, 3}
    assert len(pages) > 3
    records = [json.loads(line) for line in iter_jsonl(pages, "x.txt")]
    for number in (1, 2, 3):
        ids = [r["id"] for r in records if r["page"] == number]
        assert ids == [f"x-p{number}-a{i}" for i in range(1, len(ids) + 1)]
    clean = "".join(iter_clean(pages))
    assert clean.count("\f") == 2 and "\n\n\n" not in clean


# -- batches --------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    for i in range(3):
        (pages / f"p{i}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (pages / "sub" / "story.txt").write_text(STORY.read_text(encoding="utf-8"), encoding="utf-8")
    (pages / "notes.md").write_text("not a page", encoding="utf-8")
    (pages / ".hidden.txt").write_text("hidden", encoding="utf-8")
    return pages


def test_expand_folders_globs_and_lists(folder, tmp_path):
    names, errors = expand_inputs([str(folder)])
    assert [Path(n).relative_to(folder).as_posix() for n in names] == ["p0.txt", "p1.txt", "p2.txt", "sub/story.txt"]
    assert errors == []
    names, errors = expand_inputs([str(folder / "p[12].txt"), str(tmp_path / "none*.txt")])
    assert [Path(n).name for n in names] == ["p1.txt", "p2.txt"]
    assert errors == [f"{tmp_path / 'none*.txt'}: no file matches"]
    listing = tmp_path / "list.txt"
    listing.write_text(f"# pages\n{folder / 'p0.txt'}\n\n{folder / 'sub'}\n", encoding="utf-8")
    names, _ = expand_inputs([], str(listing))
    assert [Path(n).name for n in names] == ["p0.txt", "story.txt"]
    assert expand_inputs([str(tmp_path / "empty")])[0] == [str(tmp_path / "empty")]  # missing: reported later


@pytest.mark.parametrize("command", [["clean"], ["split", "--format", "jsonl"], ["split", "--format", "json"]])
def test_jobs_give_the_same_output_in_input_order(folder, command):
    one = run(*command, str(folder), "--jobs", "1")
    two = run(*command, str(folder), "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout == two.stdout
    sequential = "".join(run(*command, str(p)).stdout for p in sorted(folder.rglob("[!.]*.txt")))
    if command == ["clean"]:
        sequential = "\f".join(run("clean", str(p)).stdout for p in sorted(folder.rglob("[!.]*.txt")))
    assert one.stdout == sequential


def test_failed_inputs_are_reported_counted_and_the_rest_still_runs(folder, tmp_path):
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    missing = tmp_path / "missing.txt"
    result = run("split", "--format", "jsonl", str(folder), str(missing), "--jobs", "2")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 2 and "bad.txt" in errors[0] and "missing.txt" in errors[1]
    assert "Traceback" not in result.output
    assert len(result.stdout.splitlines()) == len(run("split", "--format", "jsonl", str(folder / "p0.txt")).stdout.splitlines()) * 3 + 1


def test_split_folder_to_folder_with_jobs(folder, tmp_path):
    out = tmp_path / "out"
    result = run("split", str(folder), "-o", str(out), "--jobs", "2")
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert files[0].startswith("001-") and len(files) == int(files[-1][:3])
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left
    again = run("split", str(folder), "-o", str(out), "--jobs", "2")
    assert again.exit_code == 1 and "--force" in again.stderr
    assert sorted(p.name for p in out.iterdir()) == files


def test_from_list(folder, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{folder / 'p0.txt'}\n{folder / 'sub' / 'story.txt'}\n", encoding="utf-8")
    result = run("split", "--from-list", str(listing), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["source"] for line in result.stdout.splitlines()} == {
        str(folder / "p0.txt"),
        str(folder / "sub" / "story.txt"),
    }
    assert run("split").exit_code == 2


def test_progress_counts_files_pages_and_bytes(folder):
    seen = []
    out = []
    job = Batch(Task("clean", Config()), write=out.append, report=pytest.fail, progress=lambda b: seen.append(b.files))
    names, _ = expand_inputs([str(folder)])
    job.run(names, jobs=1)
    assert job.files == 4 and job.pages == 4 and job.failed == 0
    assert job.nbytes == sum(Path(n).stat().st_size for n in names)
    assert seen[-1] == 4


def test_big_outputs_are_spooled_to_a_file_and_copied_back(monkeypatch, tmp_path):
    monkeypatch.setattr(batch, "SPOOL_CHARS", 100)
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    [result] = run_group([str(tmp_path / "a.txt")], Task("clean", Config()))
    assert result.spool and not result.output
    out = []
    Batch(Task("clean", Config()), write=out.append, report=pytest.fail)._emit(result)
    assert "".join(out) == run("clean", str(tmp_path / "a.txt")).stdout
    assert not Path(result.spool).exists()


def test_a_page_from_a_pipe_comes_out_before_more_input_arrives():
    class Pipe:
        """Hands out one page, then fails if anyone waits for more."""

        def __init__(self):
            self.parts = ["城 市\n\f".encode()]

        def read1(self, size=-1):
            if not self.parts:
                raise AssertionError("waited for input past the first page")
            return self.parts.pop()

        read = read1

    assert next(iter_chunks(iter_decode(Pipe()))) == "城 市\n\f"

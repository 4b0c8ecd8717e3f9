import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from declump.cli import COMMANDS, app, main, with_default_command
from declump.config import STEPS

from conftest import SEED

README = Path(__file__).resolve().parent.parent / "README.md"

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, with_default_command(list(args)), input=input)


def test_clean_file_is_the_default_command(seed_text):
    result = run(str(SEED))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert result.stdout == run("clean", str(SEED)).stdout
    assert "\n\n\n" not in result.stdout  # blocks are separated by exactly one blank line


def test_clean_stdin_matches_file(seed_text):
    from_file = run("clean", str(SEED))
    from_stdin = run(input=seed_text.encode("gb18030"))
    dash = run("clean", "-", input=seed_text.encode("utf-8"))
    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout == from_file.stdout == dash.stdout


def test_clean_empty_input():
    result = run(input=b"")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_split_json_prints_one_document_per_input(tmp_path, seed_text):
    other = tmp_path / "other.txt"
    other.write_text("标题\n\n正文。\n", encoding="utf-8")
    result = run("split", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["declump"] == 1
    assert document["source"] == str(SEED)
    assert isinstance(document["articles"], list) and isinstance(document["other"], list)
    assert "\\u" not in result.stdout  # UTF-8, not escapes
    assert run("split", str(SEED)).stdout == result.stdout  # json is the default on stdout
    two = run("split", str(SEED), str(other))
    assert two.exit_code == 0, two.output
    assert len(list(json.JSONDecoder().raw_decode(two.stdout)[0])) == 4
    assert two.stdout.count('"declump": 1') == 2


def test_split_jsonl_one_article_per_line():
    result = run("split", str(SEED), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    assert all(r["source"] == str(SEED) and r["id"].startswith("seed-page-p") for r in records)
    assert len({r["id"] for r in records}) == len(records)
    assert run("split", str(SEED), "--format", "jsonl").stdout == result.stdout  # stable ids


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "jsonl"])
def test_split_to_folder(tmp_path, fmt):
    out = tmp_path / "out"
    result = run("split", str(SEED), "-o", str(out), "--format", fmt)
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert files
    assert all(re.fullmatch(r"\d{3}-[^/]+\." + fmt, name) for name in files)
    assert files[0].startswith("001-")
    again = run("split", str(SEED), "-o", str(out), "--format", fmt)
    assert again.exit_code == 1
    assert "--force" in again.stderr
    forced = run("split", str(SEED), "-o", str(out), "--format", fmt, "--force")
    assert forced.exit_code == 0, forced.output
    assert sorted(p.name for p in out.iterdir()) == files


def test_split_output_must_be_a_folder(tmp_path):
    afile = tmp_path / "file"
    afile.write_text("x")
    result = run("split", str(SEED), "-o", str(afile))
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_explain_json(seed_text):
    result = run("explain", "--json", str(SEED))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload) == {"text", "changes"}
    assert payload["text"] + "\n" == run("clean", str(SEED)).stdout
    for change in payload["changes"]:
        assert set(change) == {"step", "line", "before", "after", "reason"}
        assert change["step"] in {step.name for step in STEPS}


def test_explain_records_normalise_changes():
    result = run("explain", "--json", "-", input="城\u200b市\n")
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["changes"]
    assert {"step": "normalise", "line": 1, "before": "城\u200b市", "after": "城市"} == {
        k: v for k, v in changes[0].items() if k != "reason"
    }


def test_explain_table():
    result = run("explain", "-", input="城\u200b市\n")
    assert result.exit_code == 0, result.output
    assert "normalise" in result.stdout
    assert "U+200B" in result.stdout


def test_missing_file_exit_1_and_other_inputs_still_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("好的文本。\n", encoding="utf-8")
    result = run("clean", str(tmp_path / "missing.txt"), str(good))
    assert result.exit_code == 1
    assert "好的文本" in result.stdout
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("Error: ") and "missing.txt" in errors[0]


def test_binary_input_exit_1(tmp_path):
    image = tmp_path / "image.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run(str(image))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "binary" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--encoding", "no-such-codec", str(SEED)],
        ["--convert", "nonsense", str(SEED)],
        ["--layout", "sideways", str(SEED)],
        ["--number-spacing", "squash", str(SEED)],
        ["--no-such-option", str(SEED)],
        ["split"],
        ["explain"],
    ],
)
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_wrong_encoding_is_one_clear_error(seed_text):
    result = run("--encoding", "utf-8", "-", input=seed_text.encode("gb18030"))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "utf-8" in lines[0] and "--encoding" in lines[0]


def test_usage_error_from_main_is_one_line(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--no-such-option", str(SEED)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1


def test_main_runs_default_command(capsys):
    with pytest.raises(SystemExit) as info:
        main([str(SEED)])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip()


def test_version():
    result = run("--version")
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"declump \d+\.\d+\.\d+\S*\n", result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert runner.invoke(app, [command, "-h"]).exit_code == 0
    assert re.search(rf"declump {command}\b", README.read_text(encoding="utf-8")), command


def test_registered_commands_are_the_documented_ones():
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert registered == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_step_flags_match_the_registry(command):
    help_text = runner.invoke(app, [command, "--help"], terminal_width=200).output
    flags = re.findall(r"--no-([a-z]+)", help_text)
    assert flags == [step.name for step in STEPS]


def test_step_flags_reach_the_config(monkeypatch):
    seen = {}
    import declump.cli as cli

    real = cli.run_batch

    def spy(task, *args, **kwargs):
        seen["config"] = task.config
        return real(task, *args, **kwargs)

    monkeypatch.setattr(cli, "run_batch", spy)
    result = run("clean", "--no-despace", "--no-undouble", "--number-spacing", "keep", "-", input="x\n")
    assert result.exit_code == 0, result.output
    config = seen["config"]
    assert not config.despace and not config.undouble
    assert config.rejoin and config.normalise
    assert config.number_spacing == "keep"


def test_python_dash_m_and_quiet_broken_pipe(seed_text):
    # A reader that stops early (| head) must not produce a traceback.
    src = str(Path(__file__).resolve().parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "declump", "-"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # declump streams (it writes page 1 before reading page 2), so feed it like a shell
    # pipe does: from another thread, while this one reads.
    def feed():
        try:
            proc.stdin.write((seed_text * 40).encode("utf-8"))
            proc.stdin.close()
        except BrokenPipeError:  # declump stopped reading after the reader went away
            pass

    import threading

    feeder = threading.Thread(target=feed)
    feeder.start()
    first = proc.stdout.read(10)
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    feeder.join(timeout=60)
    assert first
    assert proc.stderr.read() == b""


def _write_quietly(stream, data: bytes) -> None:
    try:
        stream.write(data)
        stream.flush()
    except (BrokenPipeError, ValueError):  # declump was interrupted first
        pass


def test_ctrl_c_exits_130_without_traceback():
    import select
    import signal
    import threading
    import time

    src = str(Path(__file__).resolve().parent.parent / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "declump", "-"],
        env=env,
        stdin=subprocess.PIPE,  # left open: declump waits for input
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Pages come back before the input ends (after the bounded encoding sample): once the
    # first is out, declump is running and waiting for more (a fixed sleep raced a slow
    # start-up). The pages go in from a thread so a full pipe cannot block the test.
    pages = "城市能级进一步得到提升。\n\f".encode() * 4000  # past the encoding sample
    feeder = threading.Thread(target=_write_quietly, args=(proc.stdin, pages), daemon=True)
    feeder.start()
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    assert ready, "declump printed nothing for the first page"
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err

"""The command line for editors and indexers: diff, config files, --fields, --convert on a
traditional page, completion, and the README covering every command and option."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from declump.cli import COMMANDS, app, with_default_command
from declump.config import STEPS
from declump.render import RECORD_FIELDS

from conftest import EXAMPLES, SEED

README = Path(__file__).resolve().parent.parent / "README.md"
STORY = EXAMPLES / "story.txt"

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, with_default_command(list(args)), input=input)


@pytest.fixture
def no_config(tmp_path, monkeypatch) -> Path:
    """Run in an empty folder of its own, so no declump.toml above the tests counts."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


# -- diff ---------------------------------------------------------------------------------------


def test_diff_into_a_pipe_is_a_unified_diff():
    result = run("diff", str(STORY))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"--- {STORY}" and lines[1] == f"+++ {STORY} (declump)"
    assert "-异地群众轻松办异地群众轻松办““跨省通办跨省通办””架桥梁架桥梁" in lines
    assert "+异地群众轻松办“跨省通办”架桥梁" in lines


def test_diff_inline_marks_every_kind_of_repair():
    result = run("diff", "--view", "inline", str(SEED))
    assert result.exit_code == 0, result.output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "\x1b[" in result.stdout  # coloured even into a pipe when asked for
    first = plain.splitlines()[0]
    assert first.startswith(f"{SEED}: ") and "line breaks joined" in first and "articles" in first
    assert "⏎" in plain and "·" in plain and "¶" in plain
    assert "━━ article 1: " in plain
    assert "\x1b[9" in result.stdout or ";9m" in result.stdout or "9;" in result.stdout  # strikethrough


def test_diff_of_stdin_and_step_switches():
    result = run("diff", "--view", "inline", "--no-despace", "-", input="城 市\n升。\n")
    assert result.exit_code == 0, result.output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "<stdin>: 1 line break joined, 1 article" in plain


def test_diff_missing_file_is_one_error():
    result = run("diff", "no-such-file.txt")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


# -- configuration --------------------------------------------------------------------------------


def test_config_file_is_read_and_flags_given_win(no_config: Path):
    (no_config / "declump.toml").write_text('number-spacing = "keep"\ndespace = false\n', encoding="utf-8")
    sub = no_config / "a" / "b"
    sub.mkdir(parents=True)
    page = sub / "page.txt"
    page.write_text("城 市 能 级\n8 月 16 日\n", encoding="utf-8")
    import os

    os.chdir(sub)
    from_file = run("clean", str(page))
    assert from_file.exit_code == 0, from_file.output
    assert "城 市 能 级" in from_file.stdout  # despace = false from the file
    # Flags left at their defaults do not override the file; the ones given do.
    assert run("clean", "--layout", "auto", str(page)).stdout == from_file.stdout
    flagged = run("clean", "--despace", "--number-spacing", "remove", str(page))
    assert "城市能级" in flagged.stdout and "8月16日" in flagged.stdout


def test_config_file_reaches_split_explain_and_diff(no_config: Path):
    (no_config / "pyproject.toml").write_text('[tool.declump]\nundouble = false\n', encoding="utf-8")
    doubled = "异地群众轻松办异地群众轻松办““跨省通办跨省通办””架桥梁架桥梁"
    for args in (["split", str(STORY)], ["explain", "--json", str(STORY)], ["diff", str(STORY)]):
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert doubled in result.stdout, args
    assert doubled not in run("split", "--undouble", str(STORY)).stdout


def test_config_command_plain_lines(no_config: Path):
    (no_config / "declump.toml").write_text('convert = "s2t"\n', encoding="utf-8")
    result = run("config", "--no-rejoin")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# declump ") and str(no_config / "declump.toml") in lines[0]
    assert f'convert = "s2t"  # {no_config / "declump.toml"}' in lines
    assert "rejoin = false  # command line" in lines
    assert "undouble = true" in lines
    assert 'encoding = ""' in lines
    # The output is itself a valid configuration file.
    (no_config / "declump.toml").write_text("\n".join(l.split("  #")[0] for l in lines) + "\n", encoding="utf-8")
    assert run("config").exit_code == 0


def test_config_command_json(no_config: Path):
    result = run("config", "--json", "--number-spacing", "keep")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["file"] is None
    assert payload["settings"]["number_spacing"] == "keep"
    assert payload["sources"]["number_spacing"] == "command line"
    assert payload["sources"]["undouble"] == "default"
    assert set(payload["settings"]) >= {step.name for step in STEPS}


@pytest.mark.parametrize(
    "content", ["colour = true\n", 'undouble = "no"\n', "= = =\n", 'layout = "sideways"\n', 'encoding = "nope"\n']
)
@pytest.mark.parametrize("command", ["clean", "config"])
def test_bad_config_file_is_one_error_line_exit_2(no_config: Path, content: str, command: str):
    (no_config / "declump.toml").write_text(content, encoding="utf-8")
    result = run(command, str(STORY)) if command == "clean" else run(command)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "declump.toml" in result.stderr
    assert "Traceback" not in result.output


# -- indexer output -------------------------------------------------------------------------------


def test_fields_choose_jsonl_fields():
    result = run("split", "--fields", "id,title,text", str(SEED))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(list(r) == ["id", "title", "text"] for r in records)
    full = [json.loads(line) for line in run("split", "--format", "jsonl", str(SEED)).stdout.splitlines()]
    assert [r["id"] for r in records] == [r["id"] for r in full]
    assert list(full[0]) == list(RECORD_FIELDS)


def test_fields_with_output_folder(tmp_path):
    result = run("split", "--fields", "id,title", "-o", str(tmp_path / "out"), str(STORY))
    assert result.exit_code == 0, result.output
    (only,) = (tmp_path / "out").iterdir()
    assert only.suffix == ".jsonl"
    assert json.loads(only.read_text(encoding="utf-8")) == {"id": "story-p1-a1", "title": "异地群众轻松办“跨省通办”架桥梁"}


@pytest.mark.parametrize("args", [["--fields", "id,colour"], ["--fields", ","], ["--fields", "id", "--format", "md"]])
def test_bad_fields_exit_2_with_the_list(args):
    result = run("split", *args, str(STORY))
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    if "md" not in args:
        assert ",".join(RECORD_FIELDS) in result.stderr


def _fts5_available() -> bool:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


@pytest.mark.skipif(not _fts5_available(), reason="this SQLite has no FTS5")
def test_readme_sqlite_fts5_recipe(tmp_path):
    """The README's recipe, run on declump's JSONL for the example page."""
    result = run("split", "--format", "jsonl", str(SEED))
    assert result.exit_code == 0, result.output
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(result.stdout, encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    recipe = re.search(r"<!-- fts5-recipe -->\s*```python\n(.*?)```", readme, re.S)
    assert recipe, "README lost its FTS5 recipe"
    code = recipe.group(1).replace('"articles.jsonl"', repr(str(jsonl))).replace('"articles.db"', '":memory:"')
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    hits = namespace["search"]("跨省通办")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [(r["id"], r["title"]) for r in records if "跨省通办" in r["text"]]
    assert len(expected) == 1 and "跨省通办" in expected[0][1]
    assert hits == expected
    assert namespace["search"]("没有这个词") == []


# -- traditional Chinese --------------------------------------------------------------------------


@pytest.fixture
def traditional_page(tmp_path, seed_text) -> Path:
    from opencc import OpenCC

    page = tmp_path / "traditional-page.txt"
    page.write_text(OpenCC("s2t").convert(seed_text), encoding="utf-8")
    return page


def test_convert_s2t_then_t2s_round_trips_the_output(traditional_page):
    from opencc import OpenCC

    simplified = run("clean", str(SEED)).stdout
    converted = run("clean", "--convert", "s2t", str(SEED))
    assert converted.exit_code == 0, converted.output
    assert converted.stdout != simplified
    assert OpenCC("t2s").convert(converted.stdout) == simplified
    assert converted.stdout.count("\n") == simplified.count("\n")


def test_traditional_page_has_the_simplified_page_structure(traditional_page):
    from opencc import OpenCC

    t2s = OpenCC("t2s").convert
    simplified = run("clean", str(SEED)).stdout
    traditional = run("clean", str(traditional_page))
    assert traditional.exit_code == 0, traditional.output
    assert traditional.stdout.count("\n\n") == simplified.count("\n\n")  # same blocks
    assert t2s(traditional.stdout) == simplified  # OpenCC round-trips this page
    split_s = json.loads(run("split", str(SEED)).stdout)["articles"]
    split_t = json.loads(run("split", "--convert", "t2s", str(traditional_page)).stdout)["articles"]
    assert [(len(a["headlines"]), len(a["paragraphs"]), len(a["captions"])) for a in split_t] == [
        (len(a["headlines"]), len(a["paragraphs"]), len(a["captions"])) for a in split_s
    ]
    assert [a["title"] for a in split_t] == [a["title"] for a in split_s]


def test_traditional_page_runs_end_to_end(traditional_page):
    for args in (["clean"], ["split"], ["split", "--format", "jsonl"], ["explain", "--json"], ["diff"]):
        result = run(*args, str(traditional_page))
        assert result.exit_code == 0, (args, result.output)
        assert "本報" in result.stdout, args


# -- completion, version, README ---------------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion(shell):
    result = runner.invoke(app, ["--show-completion", shell])
    assert result.exit_code == 0, result.output
    assert "_DECLUMP_COMPLETE" in result.stdout


def _documented_options() -> list[tuple[str, str]]:
    root = get_command(app)
    found = [("", opt) for param in root.params for opt in (*param.opts, *param.secondary_opts)]
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if param.param_type_name == "option":
                found.extend((name, opt) for opt in (*param.opts, *param.secondary_opts))
    return found


@pytest.mark.parametrize(("command", "option"), _documented_options())
def test_every_option_is_in_the_readme(command: str, option: str):
    readme = README.read_text(encoding="utf-8")
    step = re.fullmatch(r"--(?:no-)?([a-z]+)", option)
    if step and step.group(1) in {s.name for s in STEPS}:
        # The step switches are documented together: --no-<step> by name, --<step> as a pattern.
        assert f"`--no-{step.group(1)}`" in readme and "`--<step>`" in readme
        return
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", readme), f"{command} {option}"


def test_every_command_has_a_readme_section():
    readme = README.read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"### declump {command}" in readme, command


@pytest.mark.parametrize("command", ["clean", "split", "explain", "diff", "config"])
def test_help_lists_every_step_with_its_doc(command: str):
    help_text = runner.invoke(app, [command, "--help"], terminal_width=240).output
    for step in STEPS:
        assert re.search(rf"--{step.name}\s+--no-{step.name}\b", help_text), step.name
        assert step.doc[1:40] in " ".join(help_text.replace("│", " ").split()), step.name


def test_config_table_on_a_terminal(no_config: Path, capsys):
    from declump.cli import Settings, print_settings
    from declump.config import Config

    (no_config / "declump.toml").write_text("undouble = false\n", encoding="utf-8")
    settings = Settings(Config(undouble=False), no_config / "declump.toml", {}, {"undouble": False})
    print_settings(settings, {"undouble": False, "convert": None})
    out = capsys.readouterr().out
    assert "settings from" in out and "undouble" in out and "false" in out and "declump.toml" in out

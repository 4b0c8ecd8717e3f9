"""The README's recipe for archives beyond one machine really runs, on a local Dask scheduler."""

import json
import pickle
import re
import shutil
from pathlib import Path

import pytest

import declump
from declump.pipeline import split_text
from declump.render import iter_article_records

from conftest import EXAMPLES, SEED

README = Path(__file__).resolve().parent.parent / "README.md"


def recipe() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    [block] = [b for b in blocks if "import dask.bag" in b]
    return block


def test_split_records_is_pure_and_picklable(seed_text):
    again = pickle.loads(pickle.dumps(declump.split_records))
    records = again(seed_text, "seed-page.txt")
    assert records == declump.split_records(seed_text, "seed-page.txt")
    assert records == list(iter_article_records(split_text(seed_text, "seed-page.txt")))
    assert records and all(r["id"].startswith("seed-page-p1-a") for r in records)


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_readme_recipe_runs_on_dask(tmp_path, monkeypatch, scheduler):
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    archive = tmp_path / "archive"
    (archive / "2022").mkdir(parents=True)
    shutil.copy(SEED, archive / "2022" / "seed-page.txt")
    shutil.copy(EXAMPLES / "story.txt", archive / "story.txt")
    (archive / "gbk.txt").write_bytes("国务院召开常务会议\n\n本报讯 会议指出，要加强组织领导。\n".encode("gb18030"))
    (archive / "broken.txt").write_bytes(bytes(range(256)) * 4)
    monkeypatch.chdir(tmp_path)

    with dask.config.set(scheduler=scheduler, num_workers=2):
        exec(compile(recipe(), "README.md", "exec"), {"__name__": "recipe"})

    parts = sorted((tmp_path / "articles").glob("part-*.jsonl"))
    assert parts
    records = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    errors = [r for r in records if "error" in r]
    assert [r["source"] for r in errors] == ["archive/broken.txt"] and "binary" in errors[0]["error"]
    expected = []
    for path in sorted(str(p) for p in archive.rglob("*.txt")):
        if not path.endswith("broken.txt"):
            text = declump.decode_bytes(Path(path).read_bytes())
            expected += declump.split_records(text, source=str(Path(path).relative_to(tmp_path)))
    assert [r for r in records if "error" not in r] == expected
    assert len({r["id"] for r in expected}) == len(expected)

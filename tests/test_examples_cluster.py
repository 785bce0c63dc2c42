"""examples/cluster_dask.py runs on its generated WARC input, with Dask or the fallback."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "cluster_dask.py"


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cluster_dask_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_main_runs_on_the_generated_sample(
    example: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "records.jsonl"
    assert example.main(["--out", str(out_file)]) == 0
    out = capsys.readouterr().out
    engine = "engine: dask (scheduler=sync)" if example.have_dask() else "engine: local fallback"
    assert out.startswith(engine)
    assert "2 WARC file(s) in 2 partition(s)" in out
    assert "pages: 3, extracted: 3, errors: 0" in out
    assert "'Harbour bridge reopens after repairs' by Mara Quill" in out
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == [url for url, _ in example.SAMPLE_PAGES]
    assert all("#<urn:uuid:" in r["source"] for r in records)
    assert [a["name"] for a in records[1]["article"]["authors"]] == ["Tom Vale"]


def test_fallback_and_dask_give_the_same_records(example: ModuleType, tmp_path: Path) -> None:
    paths = example.write_sample_warcs(tmp_path)
    local = example.run_local(paths, 2, example.SAMPLE_NOW)
    assert [r["article"]["title"] for r in local] == [
        "Harbour bridge reopens after repairs",
        "Council delays the budget vote",
        "Storm warning for the coast",
    ]
    if example.have_dask():  # exercised wherever dask is installed
        assert example.run_dask(paths, 2, "sync", example.SAMPLE_NOW) == local


def test_partition_is_contiguous_and_complete(example: ModuleType) -> None:
    paths = [f"p{i}" for i in range(7)]
    parts = example.partition(paths, 3)
    assert parts == [["p0", "p1", "p2"], ["p3", "p4"], ["p5", "p6"]]
    assert example.partition(paths[:1], 4) == [["p0"]]
    assert example.partition([], 4) == []


def test_main_falls_back_without_dask(
    example: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    assert not example.have_dask()
    assert example.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("engine: local fallback (dask is not installed)")
    assert "pages: 3, extracted: 3, errors: 0" in out

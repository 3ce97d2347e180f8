"""benchmarks/scale.py end to end on a tiny corpus: every mode codes the same documents and events."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.shared
@pytest.mark.model
def test_scale_benchmark_modes_agree(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--docs", "10", "--modes", "1,2",
                    "--tr-news", str(shared_path("data", "tr-news", "TR-News.xml")), "--out", str(out)],
                   check=True, capture_output=True, text=True, timeout=600)
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert [r["mode"] for r in summary["results"]] == ["1", "2"]
    assert all(r["documents"] == 10 and not r["errors"] for r in summary["results"])
    assert summary["same_counts"] is True
    assert any(k.startswith("efficiency_2_") for k in summary)


def test_scale_benchmark_rejects_a_bad_mode(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--docs", "2", "--modes", "1,x3",
                           "--tr-news", str(tmp_path / "missing.xml")], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "x3" in proc.stderr

"""`--self-test` runs the whole chain (vault, entry with image, encrypted export, verify, Qt)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.support.helpers import run_cli


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    before = set(Path(tempfile.gettempdir()).glob("selftest-*"))
    result = run_cli(["--self-test"], env={"QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert all(line.startswith("ok ") for line in lines[1:]), lines
    assert any("verify the bundle: INTACT" in line for line in lines)
    assert list(tmp_path.iterdir()) == [], "the self-test must remove its temporary journal"
    assert set(Path(tempfile.gettempdir()).glob("selftest-*")) == before

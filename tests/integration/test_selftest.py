"""`--self-test` runs the whole chain (vault, entry with image, encrypted export, verify, Qt),
and, when there is no console to print to, leaves its report in a file beside the app."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from journal_app import selftest
from journal_app.selftest import REPORT_NAME, run_self_test
from tests.support.helpers import cli_env, run_cli

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    before = set(Path(tempfile.gettempdir()).glob("selftest-*"))
    result = run_cli(["--self-test"], cwd=tmp_path, env={**OFFSCREEN, "TMPDIR": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert all(line.startswith("ok ") for line in lines[1:]), lines
    assert any("verify the bundle: INTACT" in line for line in lines)
    assert lines[-1] == "ok    every step passed"
    # With a console the report is printed only: no report file, no temporary journal left.
    assert list(tmp_path.iterdir()) == [], "the self-test must remove its temporary journal"
    assert set(Path(tempfile.gettempdir()).glob("selftest-*")) == before
    assert str(tmp_path) not in result.stdout, "the report names no path"


def test_with_no_console_the_report_is_written_beside_the_app(tmp_path: Path) -> None:
    """The windowed Windows build: sys.stdout is None, so printing shows nothing at all."""
    app, temp = tmp_path / "app", tmp_path / "tmp"
    app.mkdir()
    temp.mkdir()
    code = (
        "import sys; sys.stdout = None; from journal_app.__main__ import main; "
        "raise SystemExit(main(['--self-test']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=app,
        env=cli_env({**OFFSCREEN, "TMPDIR": str(temp)}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    lines = (app / REPORT_NAME).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("self-test of version "), lines
    assert any("verify the bundle: INTACT" in line for line in lines), lines
    assert lines[-1] == "ok    every step passed"
    assert list(temp.iterdir()) == []


@pytest.fixture
def failing_step(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The first step fails at once with a message naming the home and temporary folders;
    the temporary folder is made under tmp_path. Returns the current folder (source run)."""

    def fail(state: dict[str, object]) -> str:
        raise OSError(f"cannot write {Path.home() / 'secret'} in {state['dir']}")

    temp, here = tmp_path / "tmp", tmp_path / "here"
    temp.mkdir()
    here.mkdir()
    monkeypatch.setattr(selftest, "_create", fail)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(here)
    return here


def test_a_failure_exits_1_and_the_report_says_so_without_paths(failing_step: Path) -> None:
    assert run_self_test(None) == 1
    text = (failing_step / REPORT_NAME).read_text(encoding="utf-8")
    lines = text.splitlines()
    message = f"OSError: cannot write ~{os.sep}secret in <temporary folder>"
    assert lines[1] == f"FAIL  create a journal: {message}"
    assert lines[-1] == "FAIL  the self-test failed"
    assert str(Path.home()) not in text
    assert tempfile.gettempdir() not in text
    assert list(Path(tempfile.gettempdir()).iterdir()) == []


def test_standard_output_to_the_null_device_counts_as_no_console(failing_step: Path) -> None:
    """A macOS app opened from Finder: launchd connects standard output to /dev/null."""
    if os.name != "posix":
        pytest.skip("the null device is told apart on macOS and Linux only")
    with open(os.devnull, "w", encoding="utf-8") as null:
        assert run_self_test(null) == 1
    assert (failing_step / REPORT_NAME).is_file()


def test_a_report_that_cannot_be_written_beside_the_app_goes_to_the_temporary_folder(
    failing_step: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = failing_step / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setattr(selftest, "report_path", lambda: blocked / REPORT_NAME)
    assert run_self_test(None) == 1
    report = Path(tempfile.gettempdir()) / REPORT_NAME
    assert report.read_text(encoding="utf-8").splitlines()[-1] == "FAIL  the self-test failed"


@pytest.mark.parametrize(
    ("executable", "folder"),
    [
        ("notebook/notebook.exe", "notebook"),  # Windows: beside notebook.exe
        ("notebook/notebook", "notebook"),  # Linux
        ("Notebook.app/Contents/MacOS/notebook", "."),  # beside the bundle, never inside it
    ],
)
def test_report_path_of_a_build(
    executable: str, folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / executable))
    assert selftest.report_path() == (tmp_path / folder / REPORT_NAME).resolve()


def test_the_windowed_windows_build_always_writes_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its standard output, when it has one, is a pipe nobody may be reading."""
    console = io.StringIO()
    assert selftest.has_console(console)
    assert not selftest.needs_report_file(console)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert selftest.needs_report_file(console)
    assert not selftest.has_console(None)

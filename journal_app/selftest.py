"""`journal-app --self-test`: prove a build works end to end without a display.

Creates a journal in a temporary folder (at the Argon2 floor, so it runs in seconds), records
an entry with an image, exports a password-protected bundle, verifies it, checks that the Qt
widgets and the unlock window load offscreen, and removes everything. One line per step and a
last line with the verdict; exit 0 only if every step passed. CI runs it against the
PyInstaller build so a missing hidden import or resource fails CI, not a survivor.

Where the report goes: to standard output when there is one. A build started without a console
has none to print to: the windowed Windows build (`sys.stdout` is None, or a pipe nobody reads),
a macOS `.app` opened from Finder (standard output is /dev/null). Then, and always on the
windowed Windows build, the report is also written to `notebook-self-test.txt` beside the app
(the folder of `notebook.exe`, the folder holding `Notebook.app`; the current folder when run
from source), or to the temporary folder if that place cannot be written. The file is written
line by line, so a crash leaves the steps done so far and no verdict line.

The report holds nothing personal: no journal text, no host or user name, no paths. The one
path the self-test makes (its temporary folder) is not printed, and the home folder in an
error message is shown as `~`.
"""

from __future__ import annotations

import contextlib
import io
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from journal_app import __version__

Step = Callable[[dict[str, object]], str]

REPORT_NAME = "notebook-self-test.txt"


def run_self_test(out: TextIO | None) -> int:
    """Run every step, reporting to `out` (sys.stdout: may be None) and, with no console, to
    the report file. Returns the exit status."""
    workdir = Path(tempfile.mkdtemp(prefix="selftest-"))
    state: dict[str, object] = {"dir": workdir}
    steps: list[tuple[str, Step]] = [
        ("create a journal", _create),
        ("record an entry with an image", _record),
        ("check the journal", _check),
        ("export a password-protected bundle", _export),
        ("verify the bundle", _verify),
        ("load the window toolkit offscreen", _qt),
    ]
    report = _Report(out if has_console(out) else None, needs_file=needs_report_file(out))
    built = "built app" if getattr(sys, "frozen", False) else "from source"
    report.line(
        f"self-test of version {__version__} ({built}; Python {platform.python_version()}; "
        f"{platform.platform(terse=True)})"
    )
    failed = False
    try:
        for name, step in steps:
            try:
                detail = step(state)
            except Exception as exc:
                message = _impersonal(f"{type(exc).__name__}: {exc}", workdir)
                report.line(f"FAIL  {name}: {message}")
                failed = True
                break
            report.line(f"ok    {name}{': ' + detail if detail else ''}")
    finally:
        vault = state.get("vault")
        if vault is not None:
            vault.close()  # type: ignore[attr-defined]
        shutil.rmtree(workdir, ignore_errors=True)
    if workdir.exists():
        report.line("FAIL  the temporary journal remains")
        failed = True
    else:
        report.line("ok    removed the temporary journal")
    report.line("FAIL  the self-test failed" if failed else "ok    every step passed")
    report.close()
    return 1 if failed else 0


def has_console(out: TextIO | None) -> bool:
    """False when `out` is None (pythonw, a windowed build on Windows) or, on macOS and Linux,
    writes to the null device (a Finder-launched app). On Windows only None counts: a console's
    handle and NUL look alike to fstat there."""
    if out is None:
        return False
    if os.name != "posix":
        return True
    try:
        return not os.path.samestat(os.fstat(out.fileno()), os.stat(os.devnull))
    except (OSError, ValueError, io.UnsupportedOperation):
        return True  # not a file descriptor (a StringIO), or one that cannot be compared


def needs_report_file(out: TextIO | None) -> bool:
    """No console, or the windowed Windows build: build.spec makes it with console=False, so
    whatever standard output it was handed (a pipe, often none) is not a window anyone sees."""
    windowed_windows = sys.platform == "win32" and bool(getattr(sys, "frozen", False))
    return windowed_windows or not has_console(out)


def report_path() -> Path:
    """`notebook-self-test.txt` beside the app: beside `notebook.exe` (or `notebook`) in a
    build, beside `Notebook.app` on macOS (never inside the signed bundle), or in the current
    folder when run from source."""
    if not getattr(sys, "frozen", False):
        return Path.cwd() / REPORT_NAME
    folder = Path(sys.executable).resolve().parent
    bundle = folder.parent.parent  # .../Notebook.app/Contents/MacOS/notebook
    if folder.name == "MacOS" and folder.parent.name == "Contents" and bundle.suffix == ".app":
        folder = bundle.parent
    return folder / REPORT_NAME


class _Report:
    """The lines of the report, to the console (if any) and to the report file (if needed)."""

    def __init__(self, console: TextIO | None, *, needs_file: bool) -> None:
        self._console = console
        self._file: TextIO | None = _open_report() if needs_file else None

    def line(self, text: str) -> None:
        for stream in (self._console, self._file):
            if stream is not None:
                # A closed pipe must not change the verdict: the exit status carries it.
                with contextlib.suppress(OSError, ValueError):
                    print(text, file=stream, flush=True)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def _open_report() -> TextIO | None:
    """The report file beside the app, else in the temporary folder, else none at all (the
    exit status still tells)."""
    for path in (report_path(), Path(tempfile.gettempdir()) / REPORT_NAME):
        try:
            return path.open("w", encoding="utf-8")
        except OSError:
            continue
    return None


def _impersonal(message: str, workdir: Path) -> str:
    """An error message without the self-test's temporary folder or the home folder."""
    message = message.replace(str(workdir), "<temporary folder>")
    home = str(Path.home())
    return message.replace(home, "~") if len(home) > 1 else message


def _create(state: dict[str, object]) -> str:
    from journal_app.vault.kdf import FLOOR
    from journal_app.vault.vault import Vault

    state["vault"] = Vault.create(Path(str(state["dir"])) / "journal", "self-test", kdf=FLOOR)
    return "Argon2id floor setting (64 MiB, t=3, p=4)"


def _record(state: dict[str, object]) -> str:
    from PIL import Image

    from journal_app.core.journal import Journal
    from journal_app.core.models import AttachmentSource, Category, EntryFields, Kind, Occurred
    from journal_app.vault.vault import Vault

    picture = io.BytesIO()
    Image.new("RGB", (64, 48), "steelblue").save(picture, format="PNG")
    journal = Journal(state["vault"])  # type: ignore[arg-type]
    fields = EntryFields(
        title="Self-test entry",
        occurred=Occurred.parse("2026-01-02T03:04"),
        categories=(Category.OTHER,),
        body="Zażółć gęślą jaźń — проверка — اختبار",
    )
    entry_id = journal.add(
        Kind.INCIDENT, fields, [AttachmentSource("picture.png", data=picture.getvalue())]
    )
    attachment = journal.get(entry_id).current.attachments[0]
    if not attachment.is_image:
        raise RuntimeError("the image was not recognised")
    state["journal"] = journal
    assert isinstance(state["vault"], Vault)
    return f"entry {entry_id}, attachment sha256 {attachment.sha256[:16]}…"


def _check(state: dict[str, object]) -> str:
    from journal_app.core.journal import Journal

    journal = state["journal"]
    assert isinstance(journal, Journal)
    report = journal.check()
    if not report.ok:
        raise RuntimeError("; ".join(report.integrity + report.problems))
    return f"{report.versions_checked} version(s), history intact"


def _export(state: dict[str, object]) -> str:
    from journal_app.core.journal import Journal
    from journal_app.export.bundle import export_bundle, generate_password
    from journal_app.export.selection import ExportOptions

    journal = state["journal"]
    assert isinstance(journal, Journal)
    password = generate_password()
    target = Path(str(state["dir"])) / "bundle.pdf"
    result = export_bundle(journal, ExportOptions(password=password), target)
    state["bundle"], state["password"] = target, password
    return f"{target.stat().st_size} bytes, {result.exhibits} exhibit(s), AES-256"


def _verify(state: dict[str, object]) -> str:
    from journal_app.export.verify import verify_bundle

    result = verify_bundle(Path(str(state["bundle"])), str(state["password"]))
    if not result.intact:
        raise RuntimeError(result.verdict)
    return result.verdict.split(":")[0]


def _qt(state: dict[str, object]) -> str:
    from journal_app.ui.selfcheck import build_unlock_window_offscreen

    return build_unlock_window_offscreen(Path(str(state["dir"])) / "not-yet")

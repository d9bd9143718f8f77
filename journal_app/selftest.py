"""`journal-app --self-test`: prove a build works end to end without a display.

Creates a journal in a temporary folder (at the Argon2 floor, so it runs in seconds), records
an entry with an image, exports a password-protected bundle, verifies it, checks that the Qt
widgets and the unlock window load offscreen, and removes everything. One line per step; exit 0
only if every step passed. CI runs it against the PyInstaller build so a missing hidden import
or resource fails CI, not a survivor.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from journal_app import __version__

Step = Callable[[dict[str, object]], str]


def run_self_test(out: TextIO) -> int:
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
    print(f"journal-app {__version__} self-test", file=out)
    failed = False
    try:
        for name, step in steps:
            try:
                detail = step(state)
            except Exception as exc:
                print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
                failed = True
                break
            print(f"ok    {name}{': ' + detail if detail else ''}", file=out)
    finally:
        vault = state.get("vault")
        if vault is not None:
            vault.close()  # type: ignore[attr-defined]
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"ok    removed {workdir}" if not workdir.exists() else f"FAIL  {workdir} remains", file=out
    )
    return 1 if failed or workdir.exists() else 0


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
        category=Category.OTHER,
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

"""Issue 14: people fields hold one person per line; a comma is part of a name, in the app and
in the PDF (read back with pdftotext). Entries recorded before keep what they hold."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.core.models import Category, Kind
from journal_app.export.bundle import export_bundle
from journal_app.export.selection import ExportOptions
from journal_app.ui.app import Session
from journal_app.ui.editor import IncidentEditor
from tests.support.helpers import fields

KAUR = "Neighbour (Mrs. Kaur), heard shouting"


def _save(qtbot: QtBot, editor: IncidentEditor) -> int:
    with qtbot.waitSignal(editor.saved, timeout=3_000) as blocker:
        editor.save_button.click()
    assert isinstance(blocker.args[0], int)
    return int(blocker.args[0])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_comma_stays_inside_one_witness(qtbot: QtBot, unlocked: Session, tmp_path: Path) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    window.incident_action.trigger()
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    editor.title.setText("Shouting at night")
    editor.category.set_chosen((Category.PHYSICAL,))
    editor.witnesses.setPlainText(KAUR + "\nMy sister")
    editor.people.setPlainText("Smith, John")
    entry_id = _save(qtbot, editor)

    saved = journal.get(entry_id).latest_fields
    assert saved is not None
    assert saved.witnesses == (KAUR, "My sister")
    assert saved.people == ("Smith, John",)
    assert editor.witnesses.toPlainText() == KAUR + "\nMy sister"

    target = tmp_path / "bundle.pdf"
    export_bundle(journal, ExportOptions(), target)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Each witness on a line of its own, never run together with the next one.
    lines = [line.strip() for line in text.splitlines()]
    assert any(re.fullmatch(r"Witnesses\s+" + re.escape(KAUR), line) for line in lines), text
    assert "My sister" in lines
    assert "heard shouting, My sister" not in text


def test_an_earlier_entry_keeps_its_names(qtbot: QtBot, unlocked: Session) -> None:
    journal, window = unlocked.journal, unlocked.main_window
    assert journal is not None and window is not None
    entry_id = journal.add(
        Kind.INCIDENT, fields("Door", people=("Kaur, Mrs.", "Partner"), witnesses=(KAUR,))
    )
    window.open_entry(entry_id)
    editor = window.editor
    assert isinstance(editor, IncidentEditor)
    assert not editor.has_unsaved_changes()
    editor.title.setText("The door")
    _save(qtbot, editor)
    saved = journal.get(entry_id).latest_fields
    assert saved is not None
    assert saved.people == ("Kaur, Mrs.", "Partner")
    assert saved.witnesses == (KAUR,)

"""An altered settings file beside the notebook never keeps the right passphrase out, and the
person sees, once, that it was altered and repaired (issue 10 item 4)."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from journal_app.ui.app import Session
from tests.gui.conftest import unlock


def test_the_timeline_says_the_settings_file_was_repaired(
    qtbot: QtBot, closed_vault: Path, session: Session
) -> None:
    settings = closed_vault / "notebook.json"
    document = json.loads(settings.read_text(encoding="utf-8"))
    document["current"]["key_check"] = "0" * 32
    settings.write_text(json.dumps(document), encoding="utf-8")

    unlock(qtbot, session)
    window = session.main_window
    assert window is not None
    qtbot.addWidget(window)
    notice = window.timeline.notice
    assert notice.isVisible()
    assert "altered" in notice.text() and "repaired" in notice.text()
    assert json.loads(settings.read_text(encoding="utf-8"))["current"]["key_check"] != "0" * 32

"""A notebook moved to a slower computer offers, calmly and once, to be re-tuned (issue 15).

"Slower" is simulated by lowering the threshold an unlock is compared with; the unlock, the
window and the passphrase change are the real ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.ui.app import Session
from journal_app.vault import vault as vault_module
from tests.gui.conftest import unlock


def test_a_quick_unlock_offers_nothing(qtbot: QtBot, closed_vault: Path, session: Session) -> None:
    unlock(qtbot, session)
    window = session.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.slow_unlock_offer() not in window.timeline.notice.text()


def test_a_slow_unlock_offers_to_make_it_quicker(
    qtbot: QtBot, closed_vault: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_module, "SLOW_UNLOCK_SECONDS", 0.0)
    unlock(qtbot, session)
    window = session.main_window
    assert window is not None
    qtbot.addWidget(window)
    notice = window.timeline.notice
    assert notice.isVisible()
    assert notice.text() == window.slow_unlock_offer()
    assert "Change passphrase" in notice.text()
    assert notice.property("problem") is False  # an offer, not an alarm

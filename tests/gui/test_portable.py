"""Portable mode: a standalone build can create its notebook beside itself (a USB stick)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journal_app.ui import unlock as unlock_module
from journal_app.ui.dialogs import Dialogs
from journal_app.ui.unlock import UnlockWindow
from journal_app.vault.vault import Vault, vault_exists
from tests.support.helpers import FAST_KDF, PASSPHRASE


def test_the_offer_appears_only_for_a_standalone_build(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "home-folder", Dialogs(), kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    assert not window.portable_button.isVisible()  # running from source: no such folder


def test_creating_the_notebook_beside_the_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb-stick" / "data"
    monkeypatch.setattr(unlock_module, "portable_vault_dir", lambda: stick)
    window = UnlockWindow(tmp_path / "home-folder", Dialogs(), kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    assert window.portable_button.isVisible()

    window.portable_button.click()
    assert window.folder == stick
    assert not window.portable_button.isVisible()
    window.new_passphrase.setText(PASSPHRASE)
    window.repeat_passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=60_000) as opened:
        window.create_button.click()
    vault = opened.args[0]
    assert isinstance(vault, Vault)
    vault.close()
    assert vault_exists(stick)
    assert not (tmp_path / "home-folder").exists()

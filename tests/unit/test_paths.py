"""Default journal location, including portable mode beside a standalone executable."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from journal_app.core.paths import (
    default_vault_dir,
    installed_vault_dir,
    legacy_vault_dir,
    move_vault_folder,
    portable_vault_dir,
)


def test_running_from_source_uses_the_per_user_folder_with_a_neutral_name() -> None:
    assert portable_vault_dir(frozen=False) is None
    assert default_vault_dir(frozen=False) == installed_vault_dir()
    assert installed_vault_dir().name == "notebook"


def test_a_notebook_folder_beside_the_executable_makes_the_build_portable(tmp_path: Path) -> None:
    executable = tmp_path / "usb" / "notebook-app" / "notebook"
    executable.parent.mkdir(parents=True)
    executable.touch()
    assert default_vault_dir(str(executable), frozen=True) == installed_vault_dir()
    (executable.parent / "data").mkdir()
    assert default_vault_dir(str(executable), frozen=True) == executable.parent / "data"


def test_the_default_is_the_local_not_the_roaming_app_data() -> None:
    """On Windows these differ (AppData\\Local vs AppData\\Roaming); elsewhere they are one."""

    assert installed_vault_dir() == Path(
        platformdirs.user_data_dir("notebook", appauthor=False, roaming=False)
    )


def _notebook(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "notebook.db").write_bytes(b"\0" * 16)
    return folder


def test_a_notebook_left_in_the_old_roaming_folder_keeps_opening(tmp_path: Path) -> None:
    local, roaming = tmp_path / "Local" / "notebook", tmp_path / "Roaming" / "notebook"
    assert legacy_vault_dir(local, roaming) is None  # nothing anywhere: the new place
    _notebook(roaming)
    assert legacy_vault_dir(local, roaming) == roaming
    local.mkdir(parents=True)  # an empty new folder (settings only) does not hide it
    (local / "settings.json").write_text("{}")
    assert legacy_vault_dir(local, roaming) == roaming
    (local / "notebook.db").write_bytes(b"\0" * 16)
    assert legacy_vault_dir(local, roaming) is None  # once the new place has one, it wins
    assert legacy_vault_dir(roaming, roaming) is None  # Linux and macOS: one folder


def test_moving_the_old_notebook_is_one_rename_or_nothing(tmp_path: Path) -> None:
    roaming = _notebook(tmp_path / "Roaming" / "notebook")
    (roaming / "notebook.json").write_text("{}")
    local = tmp_path / "Local" / "notebook"
    local.mkdir(parents=True)
    move_vault_folder(roaming, local)
    assert not roaming.exists()
    assert sorted(p.name for p in local.iterdir()) == ["notebook.db", "notebook.json"]

    again = _notebook(tmp_path / "again")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "settings.json").write_text("{}")
    with pytest.raises(OSError):
        move_vault_folder(again, busy)
    assert (again / "notebook.db").exists() and (busy / "settings.json").exists()

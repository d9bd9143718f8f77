"""Default journal location, including portable mode beside a standalone executable."""

from __future__ import annotations

from pathlib import Path

from journal_app.core.paths import default_vault_dir, installed_vault_dir, portable_vault_dir


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

"""Cloud-synced folders found by their known places and markers, on a fake home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal_app.core.synced import (
    CLOUD_STORAGE,
    DROPBOX,
    GOOGLE_DRIVE,
    ICLOUD,
    ONEDRIVE,
    SyncedFolder,
    synced_folder,
)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    (folder / "Desktop").mkdir()
    return folder


def test_an_ordinary_folder_is_not_synced(home: Path) -> None:
    assert synced_folder(home / "Documents" / "notebook", home=home, environ={}) is None
    assert synced_folder(home / "Desktop" / "bundle.pdf", home=home, environ={}) is None


def test_onedrive_from_the_variables_its_client_sets(home: Path, tmp_path: Path) -> None:
    root = tmp_path / "Users" / "ana" / "SomeCloud"  # any name: the variable says it is OneDrive
    env = {"OneDriveCommercial": str(root)}
    found = synced_folder(root / "Documents" / "notebook", home=home, environ=env)
    assert found == SyncedFolder(ONEDRIVE, root)
    assert synced_folder(home / "Documents", home=home, environ=env) is None


@pytest.mark.parametrize("name", ["OneDrive", "OneDrive - Contoso Ltd", "onedrive-personal"])
def test_onedrive_by_its_folder_names(home: Path, name: str) -> None:
    path = home / name / "Documents" / "notebook.backup"
    assert synced_folder(path, home=home, environ={}) == SyncedFolder(ONEDRIVE, home / name)


def test_icloud_drive_and_desktop_and_documents_when_icloud_took_them(home: Path) -> None:
    mobile = home / "Library" / "Mobile Documents"
    drive = mobile / "com~apple~CloudDocs"
    assert synced_folder(drive / "notes", home=home, environ={}) == SyncedFolder(ICLOUD, mobile)
    assert synced_folder(home / "Desktop" / "b.pdf", home=home, environ={}) is None
    (drive / "Desktop").mkdir(parents=True)
    (drive / "Documents").mkdir()
    found = synced_folder(home / "Desktop" / "b.pdf", home=home, environ={})
    assert found == SyncedFolder(ICLOUD, home / "Desktop")
    found = synced_folder(home / "Documents" / "notebook", home=home, environ={})
    assert found == SyncedFolder(ICLOUD, home / "Documents")
    assert synced_folder(home / "Music" / "x", home=home, environ={}) is None


def test_dropbox_from_its_info_file_and_from_its_marker(home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "D" / "Work files"
    (home / ".dropbox").mkdir()
    info = {"business": {"path": str(elsewhere), "host": 1}, "personal": {"path": 5}}
    (home / ".dropbox" / "info.json").write_text(json.dumps(info))
    found = synced_folder(elsewhere / "backup", home=home, environ={})
    assert found == SyncedFolder(DROPBOX, elsewhere)

    marked = tmp_path / "E" / "Shared"
    (marked / "deep" / "er").mkdir(parents=True)
    (marked / ".dropbox").write_text("")
    found = synced_folder(marked / "deep" / "er" / "x.pdf", home=home, environ={})
    assert found == SyncedFolder(DROPBOX, marked)


def test_dropbox_info_file_in_windows_app_data(home: Path, tmp_path: Path) -> None:
    local = tmp_path / "AppData" / "Local"
    (local / "Dropbox").mkdir(parents=True)
    root = tmp_path / "Box of things"
    (local / "Dropbox" / "info.json").write_text(json.dumps({"personal": {"path": str(root)}}))
    found = synced_folder(root / "n", home=home, environ={"LOCALAPPDATA": str(local)})
    assert found == SyncedFolder(DROPBOX, root)


def test_a_damaged_dropbox_info_file_is_ignored(home: Path) -> None:
    (home / ".dropbox").mkdir()
    (home / ".dropbox" / "info.json").write_text("{not json")
    assert synced_folder(home / "Documents", home=home, environ={}) is None


@pytest.mark.parametrize("name", ["My Drive", "Google Drive"])
def test_google_drive_by_its_folder_names(home: Path, tmp_path: Path, name: str) -> None:
    root = tmp_path / "G" / name
    found = synced_folder(root / "notebook", home=home, environ={})
    assert found == SyncedFolder(GOOGLE_DRIVE, root)


@pytest.mark.parametrize(
    ("provider", "service"),
    [
        ("GoogleDrive-ana@example.org", GOOGLE_DRIVE),
        ("OneDrive-Personal", ONEDRIVE),
        ("Dropbox", DROPBOX),
        ("Box-Box", CLOUD_STORAGE),
    ],
)
def test_macos_cloud_storage_providers(home: Path, provider: str, service: str) -> None:
    storage = home / "Library" / "CloudStorage"
    found = synced_folder(storage / provider / "Files" / "b.pdf", home=home, environ={})
    assert found == SyncedFolder(service, storage / provider)


def test_a_symbolic_link_into_a_synced_folder_is_followed(home: Path) -> None:
    real = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Journal"
    real.mkdir(parents=True)
    link = home / "Journal"
    link.symlink_to(real, target_is_directory=True)
    found = synced_folder(link / "notebook.db", home=home, environ={})
    assert found is not None and found.service == ICLOUD

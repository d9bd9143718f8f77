"""Is a place inside a folder that a cloud service copies to the internet? (no Qt)

OneDrive often takes over Documents and Desktop on Windows ("known folder move"); iCloud Drive
takes Desktop and Documents on a Mac when "Desktop & Documents Folders" is on; Dropbox and
Google Drive keep a folder of their own. A notebook, backup or bundle saved there is uploaded,
with earlier versions kept by the service. The notebook stays encrypted, but its existence, its
size over time, and an unencrypted bundle would sit in someone else's account.

Found by known locations and markers only, so it can miss a service it does not know (or a
folder renamed by hand) and it can name a folder that merely has one of these names:

- OneDrive: the `OneDrive`, `OneDriveConsumer` and `OneDriveCommercial` environment variables
  (set by the OneDrive client on Windows), and folders called `OneDrive`, `OneDrive - <org>`
  or `OneDrive-<account>`;
- iCloud Drive: `~/Library/Mobile Documents`, and `~/Desktop`, `~/Documents` when
  `~/Library/Mobile Documents/com~apple~CloudDocs/Desktop` (or `/Documents`) exists;
- Dropbox: the folders named in Dropbox's `info.json` (`~/.dropbox`, `%APPDATA%\\Dropbox`,
  `%LOCALAPPDATA%\\Dropbox`), and any folder holding Dropbox's `.dropbox` marker file;
- Google Drive: folders called `My Drive` or `Google Drive`;
- any folder under `~/Library/CloudStorage` (macOS file providers: OneDrive, Google Drive,
  Dropbox, Box and others).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

ONEDRIVE = "OneDrive"
ICLOUD = "iCloud Drive"
DROPBOX = "Dropbox"
GOOGLE_DRIVE = "Google Drive"
CLOUD_STORAGE = ""  # a macOS cloud storage provider this module has no name for

_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
_GOOGLE_DRIVE_NAMES = ("my drive", "google drive")
_CLOUD_STORAGE_PREFIXES = (
    ("onedrive", ONEDRIVE),
    ("googledrive", GOOGLE_DRIVE),
    ("dropbox", DROPBOX),
    ("icloud", ICLOUD),
)


@dataclass(frozen=True)
class SyncedFolder:
    """The service (one of the names above, "" when unknown) and the synced folder's root."""

    service: str
    root: Path


def _absolute(path: Path) -> Path:
    """The real place: symbolic links and junctions resolved as far as the path exists."""
    try:
        return path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path.expanduser()))


def _inside(path: PurePath, root: PurePath) -> bool:
    """Case-insensitively, as on Windows and macOS (a false alarm costs only a question)."""
    parts, top = [p.casefold() for p in path.parts], [p.casefold() for p in root.parts]
    return len(parts) >= len(top) and parts[: len(top)] == top


def _onedrive_name(name: str) -> bool:
    folded = name.casefold()
    return folded == "onedrive" or folded.startswith(("onedrive - ", "onedrive-"))


def _dropbox_roots(home: Path, environ: Mapping[str, str]) -> Iterator[Path]:
    places = [home / ".dropbox"]
    places += [Path(environ[n]) / "Dropbox" for n in ("APPDATA", "LOCALAPPDATA") if environ.get(n)]
    for place in places:
        try:
            info = json.loads((place / "info.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(info, dict):
            continue
        for account in info.values():
            if isinstance(account, dict) and isinstance(account.get("path"), str):
                yield Path(account["path"])


def _has_marker(folder: Path, name: str) -> bool:
    """A marker *file* (the home's `.dropbox` settings folder is not one)."""
    try:
        return (folder / name).is_file()
    except OSError:
        return False


def synced_folder(
    path: Path, *, home: Path | None = None, environ: Mapping[str, str] | None = None
) -> SyncedFolder | None:
    """The synced folder that holds `path` (a file or folder, existing or about to be made),
    or None if none of the known services' folders does. Tests pass `home` and `environ`."""
    env = os.environ if environ is None else environ
    base = _absolute(Path.home() if home is None else home)
    place = _absolute(path)

    for name in _ONEDRIVE_VARIABLES:
        if env.get(name) and _inside(place, _absolute(Path(env[name]))):
            return SyncedFolder(ONEDRIVE, _absolute(Path(env[name])))

    mobile = base / "Library" / "Mobile Documents"
    if _inside(place, mobile):
        return SyncedFolder(ICLOUD, mobile)
    for name in ("Desktop", "Documents"):
        if (mobile / "com~apple~CloudDocs" / name).is_dir() and _inside(place, base / name):
            return SyncedFolder(ICLOUD, base / name)

    storage = base / "Library" / "CloudStorage"
    if _inside(place, storage) and len(place.parts) > len(storage.parts):
        provider = place.parts[len(storage.parts)]
        service = next(
            (s for prefix, s in _CLOUD_STORAGE_PREFIXES if provider.casefold().startswith(prefix)),
            CLOUD_STORAGE,
        )
        return SyncedFolder(service, storage / provider)

    for root in _dropbox_roots(base, env):
        if _inside(place, _absolute(root)):
            return SyncedFolder(DROPBOX, _absolute(root))

    ancestors = [place, *place.parents]
    for folder in ancestors:
        if _onedrive_name(folder.name):
            return SyncedFolder(ONEDRIVE, folder)
        if folder.name.casefold() in _GOOGLE_DRIVE_NAMES:
            return SyncedFolder(GOOGLE_DRIVE, folder)
    for folder in ancestors:
        if _has_marker(folder, ".dropbox"):
            return SyncedFolder(DROPBOX, folder)
    return None

"""App settings: a small JSON file holding an allowlist of keys and never any entry content.

SECURITY.md: settings hold window geometry, language, idle time, the chosen disguise (a short
key such as "recipes": the name and icon the app shows, nothing secret), whether the app starts
as a working notes pad (the camouflage, ui/camouflage.py) and, only if the person asks (or turns
the camouflage on), the notebook folder. Unknown keys in the file are dropped on load and never
written back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import platformdirs

from journal_app import i18n
from journal_app.core.paths import APP_DIR_NAME
from journal_app.vault.files import atomic_write

ALLOWED_KEYS = frozenset(
    {
        "window_geometry",
        "idle_minutes",
        "language",
        "remember_vault",
        "vault_path",
        "disguise",
        "camouflage",
    }
)
DEFAULT_IDLE_MINUTES = 5
# "" follows the system language; otherwise one of journal_app.i18n.LANGUAGES.
SYSTEM_LANGUAGE = ""
# The names the app can appear under (ui/disguise.py shows them with their icons).
DISGUISE_KEYS = ("notebook", "notes", "recipes", "budget", "reading")
DEFAULT_DISGUISE = "notebook"


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)) / "settings.json"


@dataclass
class Settings:
    window_geometry: str = ""
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    language: str = SYSTEM_LANGUAGE
    remember_vault: bool = False
    vault_path: str = ""
    disguise: str = DEFAULT_DISGUISE
    camouflage: bool = False

    @classmethod
    def from_json(cls, data: Any) -> Settings:
        settings = cls()
        if not isinstance(data, dict):
            return settings
        defaults = asdict(settings)
        for key in ALLOWED_KEYS & data.keys():
            # Exact types only: a bool must not pass for a number, nor a number for a bool.
            if type(data[key]) is type(defaults[key]):
                setattr(settings, key, data[key])
        settings.idle_minutes = min(240, max(1, settings.idle_minutes))
        if settings.language not in i18n.LANGUAGES:
            settings.language = SYSTEM_LANGUAGE
        if settings.disguise not in DISGUISE_KEYS:
            settings.disguise = DEFAULT_DISGUISE
        return settings

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k in ALLOWED_KEYS}
        if not self.remember_vault:
            data["vault_path"] = ""
        return data


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()

    def beside(self, name: str) -> Path:
        """A file next to the settings file (the camouflage pad keeps its notes there)."""
        return self.path.with_name(name)

    def load(self) -> Settings:
        try:
            return Settings.from_json(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return Settings()

    def save(self, settings: Settings) -> None:
        """Write atomically, readable by the owner only. Failing to save is not fatal."""
        data = json.dumps(settings.to_json(), indent=1, sort_keys=True).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, data)  # mkstemp: owner-only, fsynced, then renamed
        except OSError:
            return

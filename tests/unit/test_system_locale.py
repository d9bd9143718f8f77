"""The system language where no locale variable is set: Windows and macOS settings, faked."""

from __future__ import annotations

import locale
import plistlib
from pathlib import Path

from journal_app.i18n import system_language
from journal_app.i18n.system_locale import (
    first_supported,
    mac_languages,
    platform_languages,
    process_languages,
    windows_languages,
)

NO_VARIABLES: dict[str, str] = {}


def test_without_locale_variables_the_platform_setting_decides() -> None:
    assert system_language(NO_VARIABLES, lambda: ["es-MX"]) == "es"
    assert system_language(NO_VARIABLES, lambda: ["pt-BR", "en-US"]) == "pt_BR"
    assert system_language(NO_VARIABLES, lambda: ["de-DE", "pt-PT"]) == "pt_BR"
    assert system_language(NO_VARIABLES, lambda: ["de-DE"]) == "en"
    assert system_language(NO_VARIABLES, lambda: []) == "en"


def test_a_locale_variable_still_comes_before_the_platform_setting() -> None:
    assert system_language({"LANG": "en_GB.UTF-8"}, lambda: ["es-ES"]) == "en"
    assert system_language({"LANG": "C.UTF-8"}, lambda: ["es-ES"]) == "en"
    assert system_language({"LANGUAGE": "pt_BR"}, lambda: ["es-ES"]) == "pt_BR"


def test_english_ahead_of_spanish_in_the_list_stays_english() -> None:
    assert first_supported(["en-US", "es-ES"]) == "en"
    assert first_supported(["fr-FR", "C", "es-419"]) == "es"
    assert first_supported(["fr-FR"]) is None


def test_windows_display_language_by_its_langid() -> None:
    assert windows_languages(lambda: 0x080A) == [locale.windows_locale[0x080A]]  # es-MX
    assert windows_languages(lambda: 0x0416) == ["pt_BR"]
    assert system_language(NO_VARIABLES, lambda: windows_languages(lambda: 0x0C0A)) == "es"
    # A LANGID the table lacks falls back to its primary language's usual country.
    assert windows_languages(lambda: 0x7C0A, {0x040A: "es_ES"}) == ["es_ES"]
    assert windows_languages(lambda: 0x1234, {}) == []


def test_windows_probe_that_fails_says_nothing() -> None:
    def broken() -> int:
        raise OSError("no kernel32")

    assert windows_languages(broken) == []


def _global_preferences(home: Path, prefs: object, fmt: plistlib.PlistFormat) -> None:
    folder = home / "Library" / "Preferences"
    folder.mkdir(parents=True)
    (folder / ".GlobalPreferences.plist").write_bytes(plistlib.dumps(prefs, fmt=fmt))


def test_mac_languages_from_the_binary_global_preferences(tmp_path: Path) -> None:
    prefs = {"AppleLanguages": ["pt-BR", "en-US"], "AppleLocale": "en_US"}
    _global_preferences(tmp_path, prefs, plistlib.FMT_BINARY)
    assert mac_languages(tmp_path) == ["pt-BR", "en-US"]
    assert system_language(NO_VARIABLES, lambda: mac_languages(tmp_path)) == "pt_BR"


def test_mac_locale_when_no_language_list_was_ever_set(tmp_path: Path) -> None:
    _global_preferences(tmp_path, {"AppleLocale": "es_ES"}, plistlib.FMT_XML)
    assert mac_languages(tmp_path) == ["es_ES"]


def test_mac_missing_or_damaged_preferences_say_nothing(tmp_path: Path) -> None:
    assert mac_languages(tmp_path) == []
    folder = tmp_path / "Library" / "Preferences"
    folder.mkdir(parents=True)
    (folder / ".GlobalPreferences.plist").write_bytes(b"\x00not a plist")
    assert mac_languages(tmp_path) == []


def test_where_the_platform_api_cannot_answer_the_process_locale_is_used() -> None:
    # On this Linux machine there is no kernel32: the Windows branch falls back.
    assert platform_languages("win32") == process_languages()

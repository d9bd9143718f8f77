"""The computer's display languages, read from the platform's own settings (no Qt).

A program started from the Windows Start menu or from the macOS Finder has no `LANG`: there the
language is a setting of the system, not of the environment. Each probe returns the person's
preferred languages, most preferred first, as locale names (`es_MX`, `pt-BR`); an empty list
when the setting cannot be read. Nothing here starts a process.

Not verified on a real Windows or macOS here (only on Linux, with the inputs faked):
`GetUserDefaultUILanguage` is documented to return the user's display-language LANGID, which
`locale.windows_locale` maps to a name; `AppleLanguages` is the list System Settings writes to
the global preferences domain, whose file `~/Library/Preferences/.GlobalPreferences.plist` can
lag a change by a few seconds (cfprefsd writes it back lazily).
"""

from __future__ import annotations

import locale
import plistlib
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

# SUBLANG_DEFAULT: the primary language's usual country, for a LANGID the table lacks.
_SUBLANG_DEFAULT = 0x01


def supported(code: str) -> str | None:
    """`es`, `es-419`, `pt_PT` -> the supported language it asks for; None for others and C."""
    language = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if language == "es":
        return "es"
    if language == "pt":
        return "pt_BR"
    if language == "en":
        return "en"
    return None


def first_supported(codes: Iterable[str]) -> str | None:
    """The first language in a priority list that the app speaks (English counts)."""
    for code in codes:
        found = supported(code)
        if found is not None:
            return found
    return None


def windows_languages(
    ui_language: Callable[[], int] | None = None,
    table: Mapping[int, str] | None = None,
) -> list[str]:
    """The Windows display language (`GetUserDefaultUILanguage`) as a locale name."""
    if ui_language is None:
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return []
        ui_language = windll.kernel32.GetUserDefaultUILanguage
    names = locale.windows_locale if table is None else table
    try:
        langid = int(ui_language()) & 0xFFFF
    except (OSError, ValueError, TypeError):
        return []
    name = names.get(langid) or names.get((_SUBLANG_DEFAULT << 10) | (langid & 0x3FF))
    return [name] if name else []


def mac_languages(home: Path | None = None) -> list[str]:
    """`defaults read -g AppleLanguages`, read from the preferences file without a process."""
    base = Path.home() if home is None else home
    path = base / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with path.open("rb") as handle:
            prefs = plistlib.load(handle)
    except (OSError, ValueError, plistlib.InvalidFileException):
        return []
    if not isinstance(prefs, dict):
        return []
    found = [str(code) for code in prefs.get("AppleLanguages") or [] if isinstance(code, str)]
    apple_locale = prefs.get("AppleLocale")
    if not found and isinstance(apple_locale, str):
        found.append(apple_locale)
    return found


def process_languages() -> list[str]:
    """The process locale (the C library's, or Windows' ANSI locale name mapped by Python)."""
    messages = getattr(locale, "LC_MESSAGES", locale.LC_CTYPE)  # no LC_MESSAGES on Windows
    names: list[str] = []
    for category in (messages, locale.LC_CTYPE):
        try:
            name = locale.getlocale(category)[0]
        except (ValueError, TypeError):
            continue
        if name and name not in names:
            names.append(name)
    return names


def platform_languages(platform: str | None = None) -> list[str]:
    """The system's display languages by the platform's own API, or, when it says nothing,
    the process locale."""
    system = sys.platform if platform is None else platform
    found: list[str] = []
    if system == "win32":
        found = windows_languages()
    elif system == "darwin":
        found = mac_languages()
    return found or process_languages()

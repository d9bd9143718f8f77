"""One message catalogue for the PDF bundle and the command line (no Qt).

Messages are written in English in the code and looked up, by their exact English text, in
`catalogues/<language>.json`. Placeholders use `str.format` names: `_("Page {page} of {total}",
page=1, total=3)`. A message missing from a catalogue falls back to English, so an incomplete
translation never hides information. The GUI is translated separately, with Qt's .ts files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

from journal_app.i18n import system_locale

ENGLISH = "en"
LANGUAGES: tuple[str, ...] = ("en", "es", "pt_BR")
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)"}


class Translate(Protocol):
    def __call__(self, message: str, /, **params: Any) -> str: ...


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it yet (module-level labels)."""
    return message


@dataclass(frozen=True)
class Message:
    """A message kept untranslated until it is shown: an English template and its values."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def translated(self, translate: Translate) -> str:
        return translate(self.template, **self.params)

    def __str__(self) -> str:
        return self.english()


def normalise(code: str | None) -> str:
    """`es`, `es_ES`, `es-MX.UTF-8` -> `es`; `pt`, `pt_BR`, `pt-br` -> `pt_BR`; others -> `en`."""
    if not code:
        return ENGLISH
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    language = base.split("_")[0]
    if language == "es":
        return "es"
    if language == "pt":
        return "pt_BR"
    return ENGLISH


def _known(code: str) -> str | None:
    """The supported language a locale name asks for, or None for C/POSIX/unknown."""
    language = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if language in ("es", "pt", "en"):
        return normalise(code)
    return None


def system_language(
    environ: Mapping[str, str] | None = None,
    platform_languages: Callable[[], Sequence[str]] | None = None,
) -> str:
    """The language of the session: LANGUAGE (a priority list), LC_ALL, LC_MESSAGES, LANG,
    then, where none is set (a program started from the Windows Start menu or the macOS
    Finder), the system's display languages from the platform's own API, then the process
    locale. Only read; nothing secret ever comes from the environment.

    Tests pass `environ` and `platform_languages`; given only `environ`, no platform setting
    is read, so the answer depends on the variables alone."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        for part in value.split(":"):
            if part and part not in ("C", "POSIX") and not part.startswith("C."):
                found = _known(part)
                if found is not None:
                    return found
        if value and name != "LANGUAGE":
            return ENGLISH  # the first locale variable that is set decides, as in POSIX
    if platform_languages is None and environ is None:
        platform_languages = system_locale.platform_languages
    if platform_languages is not None:
        return system_locale.first_supported(platform_languages()) or ENGLISH
    return ENGLISH


def resolve(code: str | None) -> str:
    """An explicit choice if given, otherwise the system language."""
    return normalise(code) if code else system_language()


@cache
def catalogue(language: str) -> dict[str, str]:
    """The translations of one language, keyed by the English text ({} for English)."""
    language = normalise(language)
    if language == ENGLISH:
        return {}
    source = resources.files(__name__).joinpath("catalogues", f"{language}.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v}


def translator(language: str | None = ENGLISH) -> Translate:
    """A function that translates English messages into `language` (falling back to English)."""
    table = catalogue(normalise(language))

    def translate(message: str, /, **params: Any) -> str:
        text = table.get(message, message)
        if not params:
            return text
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return message.format(**params)

    return translate


def translate_error(error: BaseException, translate: Translate) -> str:
    """One sentence for an error: its structured key if it has one, else its exact text."""
    key = getattr(error, "key", None)
    params = getattr(error, "params", None) or {}
    if isinstance(key, str):
        return translate(key, **dict(params))
    return translate(str(error))

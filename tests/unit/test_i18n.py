"""The message catalogue of the PDF and the command line (journal_app.i18n): complete Spanish
and Brazilian Portuguese, the same placeholders as the English, no stale keys, and the fallback
and language-code rules. No Qt, no vault."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from journal_app.core import errors
from journal_app.core.errors import EntryNotFound, InvalidInput, WrongPassphrase
from journal_app.core.models import CATEGORY_LABELS, CHANNEL_LABELS
from journal_app.i18n import (
    Message,
    catalogue,
    normalise,
    system_language,
    translate_error,
    translator,
)
from tests.support.helpers import ROOT

PACKAGE = ROOT / "journal_app"
CATALOGUES = PACKAGE / "i18n" / "catalogues"
TRANSLATED = ("es", "pt_BR")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MARKUP = re.compile(r"</?b>")
_EXCEPTIONS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.JournalError)
} | {"BundlePasswordError", "IntegrityFailure"}


def _sources() -> list[Path]:
    """Every module whose text the catalogue covers (the GUI has its own Qt translations)."""
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts]


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def used_messages() -> set[str]:
    """Strings the code sends through the catalogue: `_("...")`, `self._("...")`, `N_("...")`,
    `key="..."` of a structured error, the text of a fixed-message JournalError, the default
    messages in errors.py, and the category and channel labels."""
    found: set[str] = set()
    for path in _sources():
        if path.name == "selftest.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and path.name == "errors.py":
                found |= {v for d in node.args.defaults if (v := _literal(d)) is not None}
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else None
            )
            first = _literal(node.args[0]) if node.args else None
            if first is not None and (name in ("_", "N_") or name in _EXCEPTIONS):
                found.add(first)
            for keyword in node.keywords:
                if keyword.arg == "key" and (value := _literal(keyword.value)) is not None:
                    found.add(value)
    found |= set(CATEGORY_LABELS.values()) | set(CHANNEL_LABELS.values())
    return found


def all_literals() -> set[str]:
    return {
        node.value
        for path in _sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def raw(language: str) -> dict[str, str]:
    data = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_the_code_uses_has_a_non_empty_translation(language: str) -> None:
    table = raw(language)
    missing = sorted(m for m in used_messages() if not str(table.get(m, "")).strip())
    assert not missing, f"{language} lacks: {missing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders_and_the_bold_markup(language: str) -> None:
    for english, translated in raw(language).items():
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(translated)), (
            english
        )
        assert MARKUP.findall(english) == MARKUP.findall(translated), english
        assert "&" not in translated, english  # the PDF parses these as markup


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_catalogue_key_is_unused_by_the_code(language: str) -> None:
    stale = sorted(set(raw(language)) - all_literals())
    assert not stale, f"{language} has keys no code uses: {stale}"
    assert set(raw(language)) <= used_messages() | set(all_literals())


def test_both_catalogues_have_the_same_keys() -> None:
    assert set(raw("es")) == set(raw("pt_BR"))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("es", "es"),
        ("es_ES", "es"),
        ("es-MX", "es"),
        ("es_AR.UTF-8", "es"),
        ("pt", "pt_BR"),
        ("pt_BR", "pt_BR"),
        ("pt-br", "pt_BR"),
        ("pt_PT.UTF-8", "pt_BR"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("ar", "en"),
        ("", "en"),
        (None, "en"),
        ("C", "en"),
    ],
)
def test_language_codes_are_normalised(code: str | None, expected: str) -> None:
    assert normalise(code) == expected


def test_the_system_language_comes_from_the_locale_variables() -> None:
    assert system_language({"LANG": "es_ES.UTF-8"}) == "es"
    assert system_language({"LANGUAGE": "pt_BR:en", "LANG": "en_US.UTF-8"}) == "pt_BR"
    assert system_language({"LANGUAGE": "de:es", "LANG": "en_US.UTF-8"}) == "es"
    assert system_language({"LC_ALL": "pt_BR.UTF-8", "LANG": "es_ES.UTF-8"}) == "pt_BR"
    assert system_language({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "es_ES.UTF-8"}) == "en"
    assert system_language({"LANG": "C.UTF-8"}) == "en"
    assert system_language({}) == "en"


def test_unknown_languages_and_missing_keys_fall_back_to_english() -> None:
    assert translator("fr")("Page {page} of {total}", page=2, total=9) == "Page 2 of 9"
    assert translator("es")("Page {page} of {total}", page=2, total=9) == "Página 2 de 9"
    assert translator("pt_BR")("Threats") == "Ameaças"
    assert translator("es")("Immigration-status threats") == (
        "Amenazas sobre la situación migratoria"
    )
    assert translator("es")("a sentence no catalogue has, {x}", x=1) == (
        "a sentence no catalogue has, 1"
    )
    assert catalogue("en") == {}


def test_errors_are_translated_by_exact_text_or_by_their_structured_key() -> None:
    es = translator("es")
    assert translate_error(WrongPassphrase(), es) == "Esa frase de acceso no abre este diario."
    error = EntryNotFound(key="There is no entry number {entry_id}.", params={"entry_id": 42})
    assert str(error) == "There is no entry number 42."  # the English text is unchanged
    assert translate_error(error, es) == "No existe la entrada número 42."
    assert translate_error(error, translator("pt_BR")) == "Não existe o registro número 42."
    unknown = InvalidInput("Something only English knows.")
    assert translate_error(unknown, es) == "Something only English knows."


def test_a_deferred_message_is_english_until_it_is_shown() -> None:
    reason = Message(
        "larger than {limit} MB; hand the original over separately and check it "
        "against the SHA-256 above",
        {"limit": 512},
    )
    assert str(reason).startswith("larger than 512 MB")
    assert reason.translated(translator("pt_BR")).startswith("maior que 512 MB")


def test_the_catalogues_ship_in_the_package_and_the_standalone_build() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"journal_app.i18n" = ["catalogues/*.json"]' in pyproject
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"journal_app/i18n/catalogues"' in spec

"""Entry fields from command-line options (text given inline or read from files)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from journal_app.cli.parser import LIST_OPTIONS, TEXT_OPTIONS
from journal_app.cli.status import UsageError
from journal_app.core.errors import InvalidInput
from journal_app.core.models import Category, Disclosure, EntryFields, Occurred
from journal_app.i18n import Translate, translate_error

# The two forms the README documents; Python alone would also take 20260301, 2026-W09-1
# and offsets, which a person typing a date by hand does not mean.
_OCCURRED = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?")
STDIN = "-"

ReadText = Callable[[str], str]


def _attribute(option: str) -> str:
    return option.replace("-", "_")


def stdin_readers(args: argparse.Namespace) -> list[str]:
    """The options of this command line that read standard input ('-')."""
    names = [*TEXT_OPTIONS, *LIST_OPTIONS, "passphrase"]
    return [
        f"--{name}-file"
        for name in names
        if getattr(args, f"{_attribute(name)}_file", None) == STDIN
    ]


def _texts(args: argparse.Namespace, read_text: ReadText) -> dict[str, Any]:
    """Every free-text option that was given, inline or from its file, by option name."""
    given: dict[str, Any] = {}
    for name in TEXT_OPTIONS:
        inline = getattr(args, _attribute(name))
        path = getattr(args, f"{_attribute(name)}_file")
        if path is not None:
            text = read_text(path)
            # Only the body keeps its line breaks; a one-line field loses the final newline.
            given[name] = text if name == "body" else text.rstrip("\r\n")
        elif inline is not None:
            given[name] = inline
    for name in LIST_OPTIONS:
        inline = getattr(args, _attribute(name))
        path = getattr(args, f"{_attribute(name)}_file")
        if path is not None:
            given[name] = [line.strip() for line in read_text(path).splitlines() if line.strip()]
        elif inline is not None:
            given[name] = inline
    return given


def _occurred(args: argparse.Namespace, base: EntryFields | None, _: Translate) -> Any:
    if args.occurred is None:
        if args.approximate is not None and base is not None:
            return replace(base.occurred, approximate=True)
        return None
    try:
        if not _OCCURRED.fullmatch(args.occurred):
            raise InvalidInput(
                key="'{text}' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
                params={"text": args.occurred},
            )
        return Occurred.parse(args.occurred, approximate=bool(args.approximate))
    except InvalidInput as exc:
        raise UsageError(f"--occurred: {translate_error(exc, _)}") from exc


def _require_new_entry_options(args: argparse.Namespace, _: Translate) -> None:
    missing = [
        option
        for option, given in (
            ("--occurred", args.occurred is not None),
            ("--title", args.title is not None or args.title_file is not None),
            ("--category", args.category is not None),
        )
        if not given
    ]
    if missing:
        raise UsageError(
            _("the following arguments are required: {options}", options=", ".join(missing))
        )


def fields_from_args(
    args: argparse.Namespace,
    base: EntryFields | None,
    translate: Translate,
    read_text: ReadText,
) -> EntryFields:
    _ = translate
    readers = stdin_readers(args)
    if len(readers) > 1:
        raise UsageError(
            _(
                "only one option can read standard input ('-'), but {options} all ask for it: "
                "give the others as files",
                options=", ".join(readers),
            )
        )
    if base is None:
        _require_new_entry_options(args, _)
    given = _texts(args, read_text)
    changes: dict[str, Any] = {
        TEXT_OPTIONS[name]: value for name, value in given.items() if name in TEXT_OPTIONS
    }
    for name, field_name in LIST_OPTIONS.items():
        if name in given:
            items = given[name]
            changes[field_name] = (
                tuple(Disclosure.parse(t) for t in items) if name == "told" else tuple(items)
            )
    occurred = _occurred(args, base, _)
    if occurred is not None:
        changes["occurred"] = occurred
    if args.severity is not None:
        changes["severity"] = args.severity
    if args.channel is not None:
        changes["channel"] = args.channel
    if args.category is not None:
        # Repeatable; on `edit` the categories given replace the entry's set.
        changes["categories"] = tuple(Category(c) for c in args.category)
    if base is None:
        return EntryFields(**changes)
    return replace(base, **changes)

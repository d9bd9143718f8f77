"""The argument parser: every command, its options and their help, in the user's language."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from journal_app import __version__
from journal_app.cli.status import UsageError
from journal_app.core.errors import InvalidInput
from journal_app.core.models import Category, Channel, Kind, check_year
from journal_app.i18n import N_, Translate, translator


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _add_passphrase_option(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=_("read the passphrase from the first line of PATH ('-' for standard input)"),
    )


# Free-text options and where their value goes; each also has a `--NAME-file PATH` form.
TEXT_OPTIONS: dict[str, str] = {
    "title": "title",
    "body": "body",
    "location": "location",
    "injuries": "injuries",
    "medical-care": "medical_care",
    "sender": "sender",
}
# Repeatable ones; their file form holds one item a line.
LIST_OPTIONS: dict[str, str] = {
    "person": "people",
    "witness": "witnesses",
    "told": "told",
    "tag": "tags",
}
_TEXT_HELP = {
    "title": N_("a short title"),
    "body": N_("what happened"),
    "location": N_("where it happened"),
    "injuries": N_("injuries, if any"),
    "medical-care": N_("medical care received"),
    "sender": N_("for messages: the number or handle exactly as shown"),
    "person": N_("a person involved (repeatable)"),
    "witness": N_("a witness (repeatable)"),
    "told": N_("who was told, with any reference number, as WHO[:REFERENCE] (repeatable)"),
    "tag": N_("a tag (repeatable)"),
}
TEXT_FILES_NOTE = N_(
    "Text typed as an option (--body, --title, ...) can be seen by other users of this "
    "computer in the process list and stays in your shell history. To keep it out of both, "
    "give it as --body-file, --title-file, ... PATH: a UTF-8 file, or - for standard input "
    "(one option at a time); list options (--person-file, --witness-file, --told-file, "
    "--tag-file) take one item a line."
)


def _add_text_option(
    parser: argparse.ArgumentParser, name: str, _: Translate, *, repeatable: bool
) -> None:
    """`--NAME TEXT` and `--NAME-file PATH`: one or the other, never both."""
    pair = parser.add_mutually_exclusive_group()
    pair.add_argument(
        f"--{name}",
        action="append" if repeatable else "store",
        metavar="TEXT",
        help=_(_TEXT_HELP[name]),
    )
    pair.add_argument(
        f"--{name}-file",
        metavar="PATH",
        help=_("the same, read from a UTF-8 file ('-' for standard input)"),
    )


def _add_field_options(parser: argparse.ArgumentParser, _: Translate) -> None:
    # `add` needs --occurred, --title (or --title-file) and --category; fields_from_args names
    # every one that is missing at once (argparse would stop at the first).
    parser.add_argument(
        "--occurred",
        metavar="WHEN",
        help=_("YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time)"),
    )
    parser.add_argument(
        "--approximate",
        action="store_true",
        default=None,
        help=_("the date or time is approximate"),
    )
    parser.add_argument(
        "--category",
        action="append",
        choices=[c.value for c in Category],
        help=_("give it more than once for several; on edit, the ones given replace the others"),
    )
    for name in TEXT_OPTIONS:
        _add_text_option(parser, name, _, repeatable=False)
    for name in LIST_OPTIONS:
        _add_text_option(parser, name, _, repeatable=True)
    parser.add_argument("--severity", type=int, choices=range(1, 6), metavar="1-5")
    parser.add_argument(
        "--channel", choices=[c.value for c in Channel], help=_("for messages: how it arrived")
    )
    parser.add_argument(
        "--attach", action="append", metavar="FILE", type=Path, help=_("attach a file (repeatable)")
    )


def build_parser(translate: Translate | None = None) -> argparse.ArgumentParser:
    """The argument parser; `translate` puts our help texts in the user's language."""
    _ = translate or translator()

    def parse_day(text: str) -> date:
        return _parse_day(text, _)

    def parse_redact(text: str) -> frozenset[str]:
        return _parse_redact(text, _)

    def parse_id(text: str) -> int:
        return _parse_id(text, _)

    def parse_box(text: str) -> tuple[int, Any]:
        return _parse_box(text, _)

    def parse_transcript(text: str) -> tuple[int, str]:
        return _parse_transcript(text, _)

    parser = _Parser(prog="journal-app", description=_("A private, encrypted journal."))
    parser.add_argument("--version", action="version", version=f"journal-app {__version__}")
    parser.add_argument(
        "--language",
        metavar="LANG",
        help=_("language of messages: en, es or pt_BR (default: the system language)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help=_("open the app (the default)"))
    gui.add_argument("--vault", type=Path, metavar="DIR")

    init = commands.add_parser("init", help=_("create a journal in DIR"))
    init.add_argument("vault", type=Path, metavar="DIR")
    _add_passphrase_option(init, _)

    add = commands.add_parser(
        "add",
        help=_("record an incident or message; prints its id"),
        epilog=_(TEXT_FILES_NOTE),
    )
    add.add_argument("vault", type=Path, metavar="DIR")
    add.add_argument("--kind", choices=[k.value for k in Kind], default=Kind.INCIDENT.value)
    _add_field_options(add, _)
    _add_passphrase_option(add, _)

    edit = commands.add_parser(
        "edit", help=_("save an amended version of an entry"), epilog=_(TEXT_FILES_NOTE)
    )
    edit.add_argument("vault", type=Path, metavar="DIR")
    edit.add_argument("id", type=parse_id, metavar="ID")
    _add_field_options(edit, _)
    edit.add_argument(
        "--detach",
        action="append",
        type=parse_id,
        metavar="ATTACHMENT_ID",
        help=_("leave an attachment out of the new version (repeatable)"),
    )
    edit.add_argument(
        "--transcript",
        action="append",
        type=parse_transcript,
        metavar="A17=FILE",
        help=_(
            "the typed transcript of recording A17, read from a UTF-8 file ('-': standard "
            "input); an empty file removes it (repeatable)"
        ),
    )
    _add_passphrase_option(edit, _)

    delete = commands.add_parser("delete", help=_("delete an entry, leaving a dated tombstone"))
    delete.add_argument("vault", type=Path, metavar="DIR")
    delete.add_argument("id", type=parse_id, metavar="ID")
    _add_passphrase_option(delete, _)

    for name, help_text in (("list", N_("list entries")), ("search", N_("full-text search"))):
        sub = commands.add_parser(name, help=_(help_text))
        sub.add_argument("vault", type=Path, metavar="DIR")
        if name == "search":
            sub.add_argument("query", metavar="QUERY")
        sub.add_argument("--json", action="store_true")
        sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
        sub.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
        sub.add_argument("--category", action="append", choices=[c.value for c in Category])
        sub.add_argument("--tag", action="append", metavar="X")
        sub.add_argument("--oldest-first", action="store_true")
        sub.add_argument("--include-deleted", action="store_true")
        _add_passphrase_option(sub, _)

    show = commands.add_parser("show", help=_("show an entry with its history"))
    show.add_argument("vault", type=Path, metavar="DIR")
    show.add_argument("id", type=parse_id, metavar="ID")
    show.add_argument("--json", action="store_true")
    _add_passphrase_option(show, _)

    passwd = commands.add_parser("passwd", help=_("change the passphrase"))
    passwd.add_argument("vault", type=Path, metavar="DIR")
    _add_passphrase_option(passwd, _)
    passwd.add_argument("--new-passphrase-file", metavar="PATH")
    passwd.add_argument(
        "--retune",
        action="store_true",
        help=_(
            "keep the passphrase and measure this computer again, so the journal opens "
            "in about a second or two here"
        ),
    )

    backup = commands.add_parser("backup", help=_("write an encrypted one-file backup"))
    backup.add_argument("vault", type=Path, metavar="DIR")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    _add_passphrase_option(backup, _)

    restore = commands.add_parser("restore", help=_("restore a backup into an empty folder"))
    restore.add_argument("backup", type=Path, metavar="FILE")
    restore.add_argument("--to", type=Path, required=True, metavar="DIR")
    _add_passphrase_option(restore, _)

    check = commands.add_parser("check", help=_("check integrity and the history chain"))
    check.add_argument("vault", type=Path, metavar="DIR")
    check.add_argument("--json", action="store_true")
    check.add_argument(
        "--checkpoint", metavar="CODE", help=_("also prove the history extends this checkpoint")
    )
    _add_passphrase_option(check, _)

    checkpoint = commands.add_parser(
        "checkpoint", help=_("print a checkpoint code to give to an advocate")
    )
    checkpoint.add_argument("vault", type=Path, metavar="DIR")
    checkpoint.add_argument(
        "--pdf", type=Path, metavar="FILE", help=_("also write a printable page")
    )
    _add_passphrase_option(checkpoint, _)

    duress = commands.add_parser(
        "duress", help=_("set a duress passphrase that opens a separate, ordinary journal")
    )
    duress.add_argument("vault", type=Path, metavar="DIR")
    _add_passphrase_option(duress, _)
    duress.add_argument("--new-passphrase-file", metavar="PATH")

    export = commands.add_parser("export", help=_("write an evidence bundle (PDF)"))
    export.add_argument("vault", type=Path, metavar="DIR")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    export.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
    export.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
    export.add_argument("--category", action="append", choices=[c.value for c in Category])
    export.add_argument("--tag", action="append", metavar="T")
    export.add_argument("--entry", action="append", type=parse_id, metavar="ID")
    export.add_argument(
        "--no-history", action="store_true", help=_("only the latest version of each entry")
    )
    export.add_argument(
        "--redact", type=parse_redact, default=frozenset(), metavar="locations,people"
    )
    export.add_argument(
        "--redact-attachment", action="append", type=parse_id, metavar="ID", help=_("(repeatable)")
    )
    export.add_argument(
        "--box",
        action="append",
        type=parse_box,
        metavar="A17:x,y,w,h",
        help=_(
            "black out a rectangle of a picture, in its pixels as shown: left, top, width, "
            "height (repeatable; makes the bundle a redacted copy)"
        ),
    )
    export.add_argument(
        "--include-old-versions",
        action="store_true",
        help=_(
            "in a redacted copy, keep entries written with an earlier version of the app "
            "(their withheld values could be guessed)"
        ),
    )
    export.add_argument(
        "--name", default="", metavar="TEXT", help=_("name or initials for the cover")
    )
    export.add_argument(
        "--pattern",
        action="store_true",
        help=_("add a pattern summary (counts per month and category) after the chronology"),
    )
    export.add_argument(
        "--no-transcripts",
        action="store_true",
        help=_("leave out the transcripts of imported conversations (shown by default)"),
    )
    export.add_argument("--pdf-password-file", metavar="PATH")
    _add_passphrase_option(export, _)
    export.add_argument(
        "--language",
        dest="pdf_language",
        metavar="LANG",
        help=_("language of the bundle: en, es or pt_BR (default: the language of messages)"),
    )

    exports = commands.add_parser(
        "exports", help=_("list the evidence bundles this journal exported (the export log)")
    )
    exports.add_argument("vault", type=Path, metavar="DIR")
    exports.add_argument("--json", action="store_true")
    _add_passphrase_option(exports, _)

    verify = commands.add_parser("verify", help=_("check an evidence bundle"))
    verify.add_argument("bundle", type=Path, metavar="FILE.pdf")
    verify.add_argument("--pdf-password-file", metavar="PATH")
    verify.add_argument("--json", action="store_true")
    verify.add_argument(
        "--checkpoint", metavar="CODE", help=_("also prove the bundle's history extends this code")
    )
    verify.add_argument(
        "--expect-fingerprint",
        metavar="FP",
        help=_(
            "the signing-key fingerprint the journal's keeper gave you; any other is NOT INTACT"
        ),
    )
    _add_import_command(commands, _, parse_day)
    for name, sub in commands.choices.items():
        if name not in ("export", "gui"):
            sub.add_argument(
                "--language",
                dest="sub_language",
                metavar="LANG",
                help=_("language of messages: en, es or pt_BR (default: the system language)"),
            )
    return parser


def _add_import_command(commands: Any, _: Translate, parse_day: Callable[[str], date]) -> None:
    """`import DIR FILE`: docs/importing.md."""
    sub = commands.add_parser(
        "import", help=_("import a WhatsApp, SMS backup, Telegram or e-mail export")
    )
    sub.add_argument("vault", type=Path, metavar="DIR")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--format",
        choices=["whatsapp", "sms-xml", "telegram", "email"],
        help=_("the export's format (default: recognised from its content)"),
    )
    sub.add_argument(
        "--dry-run", action="store_true", help=_("show what would be imported; write nothing")
    )
    sub.add_argument("--json", action="store_true")
    sub.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help=_("for WhatsApp files whose dates could be read either way"),
    )
    sub.add_argument(
        "--timezone",
        metavar="ZONE",
        help=_("the zone the export's times were written in (default: this computer's)"),
    )
    sub.add_argument(
        "--category", choices=[c.value for c in Category], default=Category.OTHER.value
    )
    sub.add_argument("--tag", action="append", metavar="X", help=_("(repeatable)"))
    sub.add_argument(
        "--sender", action="append", metavar="TEXT", help=_("only this sender (repeatable)")
    )
    sub.add_argument("--from", dest="date_from", type=parse_day, metavar="DATE")
    sub.add_argument("--to", dest="date_to", type=parse_day, metavar="DATE")
    _add_passphrase_option(sub, _)


_REDACTABLE = frozenset({"locations", "people"})


def _parse_redact(text: str, _: Translate | None = None) -> frozenset[str]:
    _ = _ or translator()
    chosen = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = chosen - _REDACTABLE
    if unknown:
        raise argparse.ArgumentTypeError(
            _(
                "cannot redact '{names}' (choose from locations, people)",
                names=", ".join(sorted(unknown)),
            )
        )
    return chosen


def _parse_box(text: str, _: Translate | None = None) -> tuple[int, Any]:
    from journal_app.export.boxes import parse_box  # Pillow is loaded only when it is used

    _ = _ or translator()
    try:
        return parse_box(text)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(_(exc.key or str(exc), **exc.params)) from exc


_TRANSCRIPT = re.compile(r"[Aa]?(\d{1,19})=(.+)", re.DOTALL)


def _parse_transcript(text: str, _: Translate | None = None) -> tuple[int, str]:
    """`A17=FILE` -> (attachment id 17, FILE)."""
    _ = _ or translator()
    match = _TRANSCRIPT.fullmatch(text)
    if match is None or not 1 <= int(match.group(1)) <= _LARGEST_ID:
        raise argparse.ArgumentTypeError(
            _(
                "'{text}' is not a transcript; write it as A17=FILE (the exhibit mark of the "
                "recording, then the file that holds the text).",
                text=text,
            )
        )
    return int(match.group(1)), match.group(2)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# SQLite stores ids as signed 64-bit integers; a larger number can name no entry or file.
_LARGEST_ID = 2**63 - 1


def _parse_day(text: str, _: Translate | None = None) -> date:
    """Only YYYY-MM-DD, as documented (Python would also take 20260301 and 2026-W09-1)."""
    _ = _ or translator()
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return check_year(date.fromisoformat(text))
    except (ValueError, InvalidInput) as exc:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date (YYYY-MM-DD)", text=text)
        ) from exc


def _parse_id(text: str, _: Translate | None = None) -> int:
    _ = _ or translator()
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= _LARGEST_ID:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a number the journal uses (1, 2, 3, ...)", text=text)
        )
    return number

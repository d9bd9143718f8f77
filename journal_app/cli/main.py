"""The command line's entry point: parse, dispatch, and turn every failure into one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from journal_app.cli import bundles, entries, safety
from journal_app.cli.context import Context
from journal_app.cli.parser import build_parser
from journal_app.cli.passphrases import PassphraseSource
from journal_app.cli.status import (
    EXIT_FAILURE,
    EXIT_USAGE,
    EXIT_WRONG_PASSPHRASE,
    UsageError,
)
from journal_app.core.errors import JournalError, WrongPassphrase
from journal_app.i18n import resolve, translate_error, translator

Command = Callable[[Context, argparse.Namespace], int]

COMMANDS: dict[str, Command] = {
    "init": safety.init,
    "add": entries.add,
    "edit": entries.edit,
    "delete": entries.delete,
    "list": entries.list_entries,
    "search": entries.list_entries,
    "show": entries.show,
    "passwd": safety.passwd,
    "backup": safety.backup,
    "restore": safety.restore,
    "check": safety.check,
    "checkpoint": safety.checkpoint,
    "duress": safety.duress,
    "export": bundles.export,
    "verify": bundles.verify,
}


def _requested_language(argv: Sequence[str]) -> str | None:
    """The first `--language X` / `--language=X` on the command line, before parsing."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--language" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--language="):
            return word.partition("=")[2]
    return None


def run(
    argv: Sequence[str],
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(argv)
    _ = translator(resolve(_requested_language(argv)))
    try:
        args = build_parser(_).parse_args(argv)
        chosen = args.language or getattr(args, "sub_language", None)
        language = resolve(chosen)
        _ = translator(language)
        if args.command in (None, "gui"):
            raise UsageError(_("the GUI is started by journal_app.__main__"))
        context = Context(out, err, PassphraseSource(stdin, _), language)
        return COMMANDS[args.command](context, args)
    except UsageError as exc:
        print("journal-app: " + _("usage error: {message}", message=exc), file=err)
        return EXIT_USAGE
    except WrongPassphrase as exc:
        print(f"journal-app: {translate_error(exc, _)}", file=err)
        return EXIT_WRONG_PASSPHRASE
    except JournalError as exc:
        print(f"journal-app: {translate_error(exc, _)}", file=err)
        return exc.exit_status
    except KeyboardInterrupt:
        print("journal-app: " + _("interrupted; the last completed change is saved."), file=err)
        return EXIT_FAILURE
    except Exception as exc:
        print(
            "journal-app: "
            + _(
                "unexpected error ({name}); nothing further was changed.",
                name=type(exc).__name__,
            ),
            file=err,
        )
        return EXIT_FAILURE

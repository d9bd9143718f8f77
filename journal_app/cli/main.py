"""The command line's entry point: parse, dispatch, and turn every failure into one line."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import TextIO

from journal_app.cli import bundles, entries, importing, safety
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
from journal_app.i18n import Translate, resolve, translate_error, translator

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
    "exports": bundles.list_exports,
    "verify": bundles.verify,
    "import": importing.run_import,
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


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def describe_os_error(exc: OSError) -> JournalError:
    """A file the command was given could not be read or written: one sentence that names it."""
    reason = exc.strerror or exc.__class__.__name__
    if exc.errno in _DISK_FULL:
        return JournalError(
            key="The disk is full (or the file would be too large for it); nothing further "
            "was changed. Free some space and try again."
        )
    if exc.filename is None:
        return JournalError(
            key="A file could not be read or written ({reason}); nothing further was changed.",
            params={"reason": reason},
        )
    return JournalError(
        key="Cannot use '{path}': {reason}. Nothing further was changed.",
        params={"path": exc.filename, "reason": reason},
    )


def _discard_output(out: TextIO) -> None:
    """After the reader of our output went away (`| head`), let later writes and the final
    flush at exit go nowhere instead of raising again."""
    if out is sys.stdout:
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _refuse_undecodable(argv: Sequence[str], _: Translate) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which no journal can store."""
    for word in argv:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise UsageError(
                _(
                    "'{text}' is not valid text (the terminal sent bytes that are not UTF-8)",
                    text=word.encode("utf-8", "backslashreplace").decode("ascii", "replace"),
                )
            ) from exc


def one_line(text: str) -> str:
    """An error line stays one line, and a value echoed in it cannot steer the terminal:
    line breaks, control and format characters (escape sequences, right-to-left overrides)
    are shown as escapes."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in text
    )


def _fail(err: TextIO, text: str) -> None:
    print("journal-app: " + one_line(text), file=err)


def run(
    argv: Sequence[str],
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    err = err or sys.stderr or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    argv = list(argv)
    _ = translator(resolve(_requested_language(argv)))
    out = out or sys.stdout
    if out is None:
        # Started with its output closed (`journal-app list V >&-`): what it would print (an
        # id, a list) would be lost, so it does nothing at all.
        _fail(err, _("the output is closed, so nothing was done."))
        return EXIT_FAILURE
    try:
        _refuse_undecodable(argv, _)
        args = build_parser(_).parse_args(argv)
        chosen = args.language or getattr(args, "sub_language", None)
        language = resolve(chosen)
        _ = translator(language)
        if args.command in (None, "gui"):
            raise UsageError(_("the GUI is started by journal_app.__main__"))
        context = Context(out, err, PassphraseSource(stdin, _), language, stdin)
        status = COMMANDS[args.command](context, args)
        out.flush()  # a reader that went away is found here, not at interpreter exit
        return status
    except UsageError as exc:
        _fail(err, _("usage error: {message}", message=exc))
        return EXIT_USAGE
    except WrongPassphrase as exc:
        _fail(err, translate_error(exc, _))
        return EXIT_WRONG_PASSPHRASE
    except JournalError as exc:
        _fail(err, translate_error(exc, _))
        return exc.exit_status
    except BrokenPipeError:
        _discard_output(out)
        _fail(err, _("the output was closed before all of it was written."))
        return EXIT_FAILURE
    except OSError as exc:
        _fail(err, translate_error(describe_os_error(exc), _))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        _fail(err, _("interrupted; the last completed change is saved."))
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

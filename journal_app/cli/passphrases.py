"""Passphrases from a file, standard input (one line each) or the terminal — never arguments."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from journal_app.cli.status import UsageError
from journal_app.core.errors import InvalidInput
from journal_app.core.secrets import wipe
from journal_app.i18n import Translate, translator

# Pipes are welcome (`--passphrase-file <(...)` keeps a secret off the disk), so the file is
# not required to be ordinary; reading stops after this many bytes (/dev/zero has no newline).
_LONGEST_LINE = 64 * 1024


class PassphraseSource:
    """Reads passphrases from files, standard input (one line each) or the terminal."""

    def __init__(self, stdin: TextIO | None = None, translate: Translate | None = None) -> None:
        self._stdin = stdin or sys.stdin
        self._ = translate or translator()

    def read(self, path: str | None, prompt: str, *, confirm: bool = False) -> bytearray:
        """`prompt` is shown as given (the caller translates it)."""
        _ = self._
        secret = self._read(path, prompt, confirm=confirm)
        if confirm and not secret:
            # A new passphrase that is empty is a mistake in the command, not a wrong guess.
            raise UsageError(_("the new passphrase is empty; nothing was changed"))
        return secret

    def _read(self, path: str | None, prompt: str, *, confirm: bool) -> bytearray:
        _ = self._
        if path is not None:
            return self._from_file(path)
        if not self._stdin.isatty():
            raise UsageError(
                _("no passphrase given: use --passphrase-file PATH (or - for standard input)")
            )
        first = bytearray(getpass.getpass(prompt).encode("utf-8"))
        if confirm:
            second = bytearray(getpass.getpass(_("Type it again: ")).encode("utf-8"))
            same = first == second
            wipe(second)
            if not same:
                wipe(first)
                raise InvalidInput("The two passphrases do not match; nothing was changed.")
        return first

    def _from_file(self, path: str) -> bytearray:
        if path == "-":
            line = (
                self._stdin.buffer.readline(_LONGEST_LINE)
                if hasattr(self._stdin, "buffer")
                else (self._stdin.readline(_LONGEST_LINE).encode("utf-8"))
            )
        else:
            try:
                with open(path, "rb") as handle:
                    line = handle.readline(_LONGEST_LINE)
            except OSError as exc:
                raise InvalidInput(
                    key="Cannot read the passphrase file '{path}': {reason}",
                    params={"path": path, "reason": exc.strerror},
                ) from exc
        secret = bytearray(line)
        while bytes(secret[-1:]) in (b"\n", b"\r"):
            secret.pop()
        return secret

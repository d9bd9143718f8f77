"""What every command shares: where to print, how to ask for a passphrase, the language."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from journal_app.cli.fields import STDIN
from journal_app.cli.passphrases import PassphraseSource
from journal_app.cli.status import IntegrityFailure
from journal_app.core.errors import InvalidInput
from journal_app.core.files import open_regular_file
from journal_app.core.models import MAX_TEXT_CHARS
from journal_app.core.secrets import wipe
from journal_app.evidence.checkpoint import CheckpointResult
from journal_app.i18n import normalise, translator
from journal_app.vault.vault import Vault


class Context:
    def __init__(
        self,
        out: TextIO,
        err: TextIO,
        passphrases: PassphraseSource,
        language: str = "en",
        stdin: TextIO | None = None,
    ) -> None:
        self.out = out
        self.err = err
        self.stdin = stdin or sys.stdin
        self.passphrases = passphrases
        self.language = normalise(language)
        self._ = translator(self.language)

    def say(self, text: str) -> None:
        """Progress and notes go to stderr so stdout stays machine-readable."""
        print(text, file=self.err, flush=True)

    def open_vault(self, args: argparse.Namespace) -> Vault:
        secret = self.passphrases.read(args.passphrase_file, self._("Passphrase: "))
        try:
            return self.open_vault_with(args, secret)
        finally:
            wipe(secret)

    def open_vault_with(self, args: argparse.Namespace, secret: bytearray) -> Vault:
        """Unlock with a passphrase already read; notes about the unlock go to stderr once."""
        vault = Vault.open(args.vault, secret, progress=self._open_progress())
        if vault.settings_notice:
            self.say(self._(vault.settings_notice))
        if vault.slow_unlock and not getattr(args, "retune", False):
            self.say(
                self._(
                    "This journal took a long time to open on this computer. To make it "
                    "open faster here, run: journal-app passwd {folder} --retune",
                    folder=args.vault,
                )
            )
        return vault

    def _open_progress(self) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            if total > 2 and done == 0:
                self.say(
                    self._(
                        "The settings file is missing or altered; "
                        "trying each known setting (slow)..."
                    )
                )

        return report

    def require_healthy(self, vault: Vault) -> None:
        problems = vault.integrity_problems()
        if problems:
            raise IntegrityFailure(
                key="The journal file is damaged ({problem}); nothing was changed. "
                "Run 'journal-app check', and restore from a backup if needed.",
                params={"problem": problems[0]},
            )

    def read_text(self, path: str) -> str:
        """A whole UTF-8 text from a file or ('-') standard input, for an entry's field."""
        limit = MAX_TEXT_CHARS * 4 + 1  # UTF-8 takes at most 4 bytes a character
        try:
            if path == STDIN:
                source = getattr(self.stdin, "buffer", None)
                data = source.read(limit) if source is not None else self.stdin.read().encode()
            else:
                with open_regular_file(Path(path)) as handle:
                    data = handle.read(limit)
            if len(data) >= limit:
                raise InvalidInput(key="The text in '{path}' is too long.", params={"path": path})
            return data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                key="Cannot read '{path}' as UTF-8 text.", params={"path": path}
            ) from exc

    def pdf_password(self, path: str | None) -> str | None:
        if path is None:
            return None
        secret = self.passphrases.read(path, self._("PDF password: "))
        try:
            text = bytes(secret).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput("The PDF password file is not UTF-8 text.") from exc
        finally:
            wipe(secret)
        if not text:
            raise InvalidInput("The PDF password file is empty.")
        return text

    def print_report(
        self,
        as_json: bool,
        document: dict[str, Any],
        text: str,
        checkpoint: CheckpointResult | None,
    ) -> None:
        """A `check` or `verify` report, as JSON or text, with the checkpoint's verdict."""
        if as_json:
            if checkpoint is not None:
                document["checkpoint"] = {"ok": checkpoint.ok, "message": checkpoint.message}
            self.print_json(document)
            return
        self.out.write(text)
        if checkpoint is not None:
            _ = self._
            message = checkpoint.note.translated(_)
            verdict = _("OK: {message}", message=message) if checkpoint.ok else None
            self.out.write((verdict or _("FAILED: {message}", message=message)) + "\n")

    def print_json(self, document: object) -> None:
        json.dump(document, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

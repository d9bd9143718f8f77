"""Exit statuses (the README's contract) and the two errors that carry one."""

from __future__ import annotations

from journal_app.core.errors import JournalError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_INTEGRITY = 4


class UsageError(Exception):
    """A command-line mistake: exit status 2, one line on stderr."""


class IntegrityFailure(JournalError):
    exit_status = EXIT_INTEGRITY

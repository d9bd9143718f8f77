"""The command line: parse, call the core, print. No storage logic lives here.

Exit status: 0 success; 1 failure; 2 usage error; 3 wrong passphrase; 4 integrity problem.
Passphrases never come from arguments or the environment: `--passphrase-file PATH` reads the
first line of PATH (`-` = standard input), otherwise the terminal is asked.

Language: `--language en|es|pt_BR` (before the command, or after it) chooses the language of
messages and human-readable output; otherwise LANGUAGE/LC_ALL/LC_MESSAGES/LANG are read (only
to pick a language). `export --language` chooses the bundle's language separately. JSON output,
option names and category/channel codes stay English; so does argparse's own "usage:" text.

The package's files show its shape: `parser` (every command and option), `entries`, `safety`
and `bundles` (the commands, by group), `fields` (options to entry fields), `json_output` and
`text_output` (the printing), `main` (dispatch and the one place errors become lines).
"""

from journal_app.cli.main import run
from journal_app.cli.parser import build_parser
from journal_app.cli.status import UsageError

__all__ = ["UsageError", "build_parser", "run"]

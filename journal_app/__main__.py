"""Entry point: `journal-app` (GUI by default) or `journal-app COMMAND ...` (command line)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from journal_app.core.hardening import harden_process


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--self-test"]:
        from journal_app.selftest import run_self_test

        return run_self_test(sys.stdout)
    if not args or args[0] == "gui" or args[0].startswith("--vault"):
        from journal_app.cli import UsageError, build_parser

        try:
            rest = args[1:] if args and args[0] == "gui" else args
            parsed = build_parser().parse_args(["gui", *rest])
        except UsageError as exc:
            print(f"journal-app: usage error: {exc}", file=sys.stderr)
            return 2
        from journal_app.ui.app import run_gui

        return int(run_gui(parsed.vault))
    from journal_app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

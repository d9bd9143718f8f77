"""Entry point: `journal-app` (GUI by default) or `journal-app COMMAND ...` (command line)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from journal_app.core.hardening import harden_process


def _without_language(args: list[str]) -> list[str]:
    """The arguments after a leading `--language X` (or `--language=X`)."""
    if args[:1] == ["--language"]:
        return args[2:]
    if args and args[0].startswith("--language="):
        return args[1:]
    return args


def _wants_gui(args: list[str]) -> bool:
    rest = _without_language(args)
    return not rest or rest[0] == "gui" or rest[0].startswith("--vault")


def _no_screen() -> bool:
    """On Linux and the BSDs a window needs X11 or Wayland (or a platform chosen on purpose,
    as the tests do with QT_QPA_PLATFORM=offscreen); Windows and macOS always have a screen."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _run_gui(args: list[str]) -> int:
    from journal_app.cli import UsageError, build_parser
    from journal_app.i18n import resolve, translator

    try:
        rest = _without_language(args)
        language = args[: len(args) - len(rest)]
        rest = rest[1:] if rest[:1] == ["gui"] else rest
        parsed = build_parser().parse_args([*language, "gui", *rest])
    except UsageError as exc:
        print(f"journal-app: usage error: {exc}", file=sys.stderr)
        return 2
    if _no_screen():
        _ = translator(resolve(parsed.language))
        print(
            "journal-app: "
            + _(
                "no screen was found, so the app cannot open here; to use the journal from a "
                "terminal, see 'journal-app --help'."
            ),
            file=sys.stderr,
        )
        return 1
    from journal_app.ui.app import run_gui

    return int(run_gui(parsed.vault, parsed.language))


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--self-test"]:
        from journal_app.selftest import run_self_test

        return run_self_test(sys.stdout)
    if _wants_gui(args):
        return _run_gui(args)
    from journal_app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())

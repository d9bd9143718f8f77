"""Loaded by CLI subprocesses in the tests (PYTHONPATH): records any network attempt.

SECURITY.md test 23: the app never opens a socket. Events are appended to the file named by
JOURNAL_APP_TEST_NETWORK_LOG, which the test process reads after each test.
"""

import os
import sys

_LOG = os.environ.get("JOURNAL_APP_TEST_NETWORK_LOG")
_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.sendto",
    "socket.gethostbyname",
    "urllib.Request",
}


def _hook(event, args):
    if event in _EVENTS and _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {args!r}\n")


if _LOG:
    sys.addaudithook(_hook)

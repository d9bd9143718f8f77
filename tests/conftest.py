"""Fixtures shared by every test: fast vaults in tmp_path and the no-network audit hook."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core.journal import Journal
from journal_app.vault.vault import Vault
from tests.support.helpers import FAST_KDF, NETWORK_LOG_ENV, PASSPHRASE

_network_events: list[str] = []
_WATCHED = {
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.sendto",
    "socket.gethostbyname",
    "urllib.Request",
}


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event in _WATCHED:
        _network_events.append(f"{event} {args!r}")


# SECURITY.md test 23: installed once for the whole run; audit hooks cannot be removed.
sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def no_network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Fail any test during which this process or a CLI subprocess touched the network."""
    log = tmp_path_factory.mktemp("netlog") / "network.log"
    log.touch()
    previous = os.environ.get(NETWORK_LOG_ENV)
    os.environ[NETWORK_LOG_ENV] = str(log)
    before = len(_network_events)
    yield
    if previous is None:
        os.environ.pop(NETWORK_LOG_ENV, None)
    else:
        os.environ[NETWORK_LOG_ENV] = previous
    events = _network_events[before:] + log.read_text(encoding="utf-8").splitlines()
    assert not events, f"network access attempted: {events}"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.close()


@pytest.fixture
def journal(vault: Vault) -> Journal:
    return Journal(vault)


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    """A vault folder created with the fast setting and closed again."""
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    return vault_dir

"""The vault's parameters file: format version, Argon2 settings, a key check, a `pending` slot.

Nothing here is secret. The key check (an HMAC of a fixed label under the derived key) lets the
app tell "wrong passphrase" from "right passphrase, damaged database"; anyone holding the
database can already test guesses against its first page at the same Argon2 cost.
Tampering with the file can only block unlocking: the key depends on the passphrase and the
salt stored in the database header, and altered settings simply derive a different key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.errors import ParametersInvalid
from journal_app.vault.files import atomic_write
from journal_app.vault.kdf import KdfParams

FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024
_KEY_CHECK_LABEL = b"journal_app key check v1"


def key_check(key: bytearray) -> str:
    return hmac.new(bytes(key), _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class KeySlot:
    kdf: KdfParams
    key_check: str | None

    def to_json(self) -> dict[str, object]:
        return {"kdf": self.kdf.to_json(), "key_check": self.key_check}

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        if not isinstance(data, dict):
            raise ParametersInvalid("The journal's settings file is damaged.")
        check = data.get("key_check")
        if check is not None and not _is_hex(check, 32):
            raise ParametersInvalid("The journal's settings file is damaged.")
        return cls(KdfParams.from_json(data.get("kdf")), check)

    def matches(self, key: bytearray) -> bool | None:
        """True/False when the slot has a key check, None when it cannot tell."""
        if self.key_check is None:
            return None
        return hmac.compare_digest(self.key_check, key_check(key))


@dataclass(frozen=True)
class VaultParameters:
    current: KeySlot
    pending: KeySlot | None = None
    # The database header's salt, recorded so a damaged header reads as damage, not as a
    # wrong passphrase. It is public: the header stores it unencrypted.
    salt: str | None = None

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_VERSION,
            "current": self.current.to_json(),
            "pending": None if self.pending is None else self.pending.to_json(),
            "salt": self.salt,
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> VaultParameters:
        if len(raw) > MAX_FILE_BYTES:
            raise ParametersInvalid("The journal's settings file is too large to be genuine.")
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ParametersInvalid("The journal's settings file is damaged.") from exc
        if not isinstance(document, dict):
            raise ParametersInvalid("The journal's settings file is damaged.")
        if document.get("format") != FORMAT_VERSION:
            raise ParametersInvalid("The journal's settings file has an unknown format.")
        pending = document.get("pending")
        salt = document.get("salt")
        if salt is not None and not _is_hex(salt, 32):
            raise ParametersInvalid("The journal's settings file is damaged.")
        return cls(
            current=KeySlot.from_json(document.get("current")),
            pending=None if pending is None else KeySlot.from_json(pending),
            salt=salt,
        )


def _is_hex(value: object, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )


def read_parameters(path: Path) -> VaultParameters:
    """Read and validate; raises FileNotFoundError or ParametersInvalid."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)
    return VaultParameters.from_bytes(raw)


def write_parameters(path: Path, parameters: VaultParameters) -> None:
    atomic_write(path, parameters.to_bytes())

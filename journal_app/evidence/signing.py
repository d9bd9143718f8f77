"""The vault's Ed25519 signing key.

A signature proves only that the same journal (holder of this key) produced a manifest or a
tree head; it says nothing about who typed the entries or when. The docs say so.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def new_private_key_bytes() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_key_bytes(private_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw()


def sign(private_key: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint: the first 16 bytes of SHA-256 in groups of four hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def same_fingerprint(first: str, second: str) -> bool:
    """Whether two written fingerprints are the same, whatever their spacing or letter case."""
    return "".join(first.split()).lower() == "".join(second.split()).lower()


def public_key_pem(public_key: bytes) -> bytes:
    return Ed25519PublicKey.from_public_bytes(public_key).public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo
    )

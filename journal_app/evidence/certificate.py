"""The journal's PDF-signing identity: an ECDSA P-256 key and a self-signed certificate.

PDF readers (Adobe Acrobat, Poppler's pdfsig) validate ECDSA P-256 signatures but not Ed25519,
so the bundle's standard PDF signature uses this key. It is derived from the journal's Ed25519
signing key (HKDF-SHA256), so nothing more is stored in the vault and every bundle of one
journal carries the same public key; the manifest, signed with the Ed25519 key, names that
public key's SHA-256, which binds the two. No authority vouches for the certificate: readers
say "issuer unknown", and the fingerprint is what a recipient compares.
"""

from __future__ import annotations

import datetime
import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

# The order of the P-256 group: a private scalar lies in [1, n-1].
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_INFO = b"journal-app PDF signing key v1"
_NAME = "Journal evidence bundle signing key"
_VALID_FROM = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
_VALID_UNTIL = datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC)


def _private_key(ed25519_private: bytes) -> ec.EllipticCurvePrivateKey:
    # 48 bytes reduced modulo n: a bias below 2^-128, as FIPS 186-5 A.2.1 allows.
    seed = HKDF(algorithm=hashes.SHA256(), length=48, salt=None, info=_INFO).derive(ed25519_private)
    scalar = int.from_bytes(seed, "big") % (_P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def public_key_sha256(public_key: ec.EllipticCurvePublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def fingerprint(public_key_hash: str) -> str:
    """The first 128 bits of the public key's SHA-256, in groups of four, as on the cover."""
    digest = public_key_hash[:32]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def pdf_signing_identity(ed25519_private: bytes) -> tuple[bytes, bytes, str]:
    """(PKCS#8 DER private key, DER certificate, SHA-256 of the public key) for PDF signing."""
    key = _private_key(ed25519_private)
    key_hash = public_key_sha256(key.public_key())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _NAME)])
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int(key_hash[:32], 16) >> 1 or 1)  # positive, at most 127 bits
        .not_valid_before(_VALID_FROM)
        .not_valid_after(_VALID_UNTIL)
        .add_extension(usage, critical=True)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key_der, certificate.public_bytes(serialization.Encoding.DER), key_hash


def public_key_sha256_of_der(subject_public_key_info: bytes) -> str:
    """The same hash, from a certificate's SubjectPublicKeyInfo as it appears in a PDF."""
    return hashlib.sha256(subject_public_key_info).hexdigest()

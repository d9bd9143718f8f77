"""The bundle's standard PDF signature (PAdES, with pyHanko): made over the whole file as the
last step of an export, and checked by `verify` (SECURITY.md, "The exported PDF").

The signature covers every byte of the file, pages included, so a reader such as Adobe Acrobat
or Poppler's pdfsig shows "signed, not modified since", and any change to a page, an embedded
file or the manifest, or any revision appended afterwards, is detected. It works together with
the AES-256 password: pyHanko is given the password and signs the encrypted file. Nothing is
fetched: no time-stamp authority, no revocation look-ups.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import BinaryIO

from journal_app.evidence import certificate

FIELD_NAME = "JournalSignature"


def sign_bundle(
    unsigned: BinaryIO, output: BinaryIO, ed25519_private: bytes, password: str | None = None
) -> str:
    """Write `unsigned` to `output` signed over the whole file; return the signing key's
    public-key SHA-256. Both are files: pyHanko copies and hashes them in chunks, so a large
    bundle is not held in memory."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_der, cert_der, key_hash = certificate.pdf_signing_identity(ed25519_private)
    cert = asn1_x509.Certificate.load(cert_der)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
    )
    writer = IncrementalPdfFileWriter(unsigned)
    if password is not None:
        writer.encrypt(password)  # type: ignore[no-untyped-call]
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    signers.PdfSigner(metadata, signer=signer).sign_pdf(writer, output=output)
    return key_hash


@dataclass
class SignatureCheck:
    ok: bool = False
    problems: list[str] = field(default_factory=list)
    public_key_sha256: str | None = None


def check_bundle_signature(data: bytes, password: str | None) -> SignatureCheck:
    """Is there exactly one PDF signature, valid, over the whole file, with nothing after it?"""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    result = SignatureCheck()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted and password is not None:
            reader.decrypt(password)
        signatures = reader.embedded_regular_signatures
    except Exception:  # pyHanko's many parse errors: one sentence for all of them
        result.problems.append("The PDF signature cannot be read.")
        return result
    if len(signatures) != 1:
        result.problems.append(
            "The file does not carry exactly one PDF signature (it has "
            f"{len(signatures)}): it was not signed by the app, or was signed again later."
        )
        return result
    signature = signatures[0]
    cert = signature.signer_cert
    result.public_key_sha256 = certificate.public_key_sha256_of_der(cert.public_key.dump())
    context = ValidationContext(
        trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        status = validate_pdf_signature(signature, context)
    except Exception:
        result.problems.append("The PDF signature cannot be checked: it is damaged.")
        return result
    if not (status.intact and status.valid):
        result.problems.append(
            "The PDF signature does not match the file: a page, an embedded file or the "
            "manifest was changed after it was signed."
        )
    elif status.coverage != SignatureCoverageLevel.ENTIRE_FILE or (
        status.modification_level not in (None, ModificationLevel.NONE)
    ):
        result.problems.append(
            "Something was added to the file after it was signed (a later revision)."
        )
    else:
        result.ok = True
    return result

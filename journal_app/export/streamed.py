"""An embedded original written straight from the vault into the PDF file, chunk by chunk.

pypdf keeps an attachment's bytes in memory until it writes the file, and encrypts each stream
whole. This stream object stands in for them: when pypdf writes it, the original is read from
the vault in its 1 MiB chunks, hashed as it goes, and written out, so a 400 MB video is never
held whole. With a password it is encrypted as it streams, exactly as pypdf's AES-256 handler
would (a random 16-byte IV, then AES-CBC with PKCS#7 padding, under the file key: PDF 2.0,
security handler revision 6); `encrypt_as_written` puts that in pypdf's place for these objects.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterator
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.primitives.ciphers.algorithms import AES
from cryptography.hazmat.primitives.ciphers.modes import CBC
from cryptography.hazmat.primitives.padding import PKCS7
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

from journal_app.core.errors import IntegrityError


class VaultFileStream(DecodedStreamObject):
    def __init__(
        self,
        chunks: Callable[[], Iterator[bytes]],
        size: int,
        sha256: str,
        name: str,
    ) -> None:
        super().__init__()
        self._chunks = chunks
        self._size = size
        self._sha256 = sha256
        self._name = name
        self._aes: AES | None = None

    def encrypted_with(self, aes: AES) -> VaultFileStream:
        self._aes = aes
        return self

    def write_to_stream(self, stream: Any, *args: Any, **kwargs: Any) -> None:
        # AES-CBC output: the IV, then the data padded to the next whole block (PKCS#7 always
        # adds 1 to 16 bytes).
        length = self._size if self._aes is None else 16 + (self._size // 16 + 1) * 16
        self[NameObject("/Length")] = NumberObject(length)
        DictionaryObject.write_to_stream(self, stream)
        del self[NameObject("/Length")]
        stream.write(b"\nstream\n")
        write = stream.write
        finish: Callable[[], bytes] = bytes
        if self._aes is not None:
            iv = secrets.token_bytes(16)
            stream.write(iv)
            encryptor = Cipher(self._aes, CBC(iv)).encryptor()
            padder = PKCS7(128).padder()

            def write(chunk: bytes) -> None:
                stream.write(encryptor.update(padder.update(chunk)))

            def finish() -> bytes:
                return encryptor.update(padder.finalize()) + encryptor.finalize()

        digest = hashlib.sha256()
        written = 0
        for chunk in self._chunks():
            digest.update(chunk)
            written += len(chunk)
            if written <= self._size:
                write(chunk)
        stream.write(finish())
        if digest.hexdigest() != self._sha256 or written != self._size:
            raise IntegrityError(
                key="The stored file '{name}' does not match its recorded SHA-256, so nothing "
                "was exported. Run 'journal-app check'.",
                params={"name": self._name},
            )
        stream.write(b"\nendstream")


class _StreamingEncryption:
    """pypdf's encryption, except that a VaultFileStream encrypts itself as it is written
    (pypdf would replace it with a copy holding the whole encrypted file)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def encrypt_object(self, obj: Any, idnum: int, generation: int) -> Any:
        if isinstance(obj, VaultFileStream):
            crypt = self._inner._make_crypt_filter(idnum, generation).stm_crypt
            aes = getattr(crypt, "alg", None)
            if not isinstance(aes, AES) or len(aes.key) != 32:
                raise TypeError("only AES-256 is streamed")
            return obj.encrypted_with(aes)
        return self._inner.encrypt_object(obj, idnum, generation)


def encrypt_as_written(writer: PdfWriter) -> None:
    """After `writer.encrypt(..., algorithm="AES-256")`: stream VaultFileStreams encrypted."""
    writer._encryption = _StreamingEncryption(writer._encryption)  # type: ignore[assignment]


def add_streamed_attachment(writer: PdfWriter, file_name: str, source: VaultFileStream) -> None:
    """Embed `source` under `file_name`, as `writer.add_attachment` would embed its bytes."""
    embedded = writer.add_attachment(file_name, b"")
    files = embedded.pdf_object["/EF"]
    assert isinstance(files, DictionaryObject)
    reference = files.raw_get("/F")
    source[NameObject("/Type")] = NameObject("/EmbeddedFile")
    writer._replace_object(reference, source)

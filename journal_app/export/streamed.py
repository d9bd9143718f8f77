"""An embedded original written straight from the vault into the PDF file, chunk by chunk.

pypdf keeps an attachment's bytes in memory until it writes the file. For an unencrypted bundle
this stream object stands in for them: when pypdf writes it, the original is read from the
vault in its 1 MiB chunks, hashed as it goes, and written out, so a 400 MB video is never held
whole. The bytes in the file are the same as pypdf would have written. With a password pypdf
encrypts each stream in memory, so the bundle embeds the bytes as usual (bundle.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any

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

    def write_to_stream(self, stream: Any, *args: Any, **kwargs: Any) -> None:
        self[NameObject("/Length")] = NumberObject(self._size)
        DictionaryObject.write_to_stream(self, stream)
        del self[NameObject("/Length")]
        stream.write(b"\nstream\n")
        digest = hashlib.sha256()
        written = 0
        for chunk in self._chunks():
            digest.update(chunk)
            written += len(chunk)
            if written <= self._size:
                stream.write(chunk)
        if digest.hexdigest() != self._sha256 or written != self._size:
            raise IntegrityError(
                key="The stored file '{name}' does not match its recorded SHA-256, so nothing "
                "was exported. Run 'journal-app check'.",
                params={"name": self._name},
            )
        stream.write(b"\nendstream")


def add_streamed_attachment(writer: PdfWriter, file_name: str, source: VaultFileStream) -> None:
    """Embed `source` under `file_name`, as `writer.add_attachment` would embed its bytes."""
    embedded = writer.add_attachment(file_name, b"")
    files = embedded.pdf_object["/EF"]
    assert isinstance(files, DictionaryObject)
    reference = files.raw_get("/F")
    source[NameObject("/Type")] = NameObject("/EmbeddedFile")
    writer._replace_object(reference, source)

"""Bytes to text: UTF-8 first, then a detected legacy encoding; binary and broken UTF-8 are refused."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from newsevents.errors import DocumentError, Errors

# A valid multi-byte UTF-8 sequence: its presence means the file was meant to be UTF-8.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


def looks_binary(data: bytes) -> str | None:
    """A short description of why the bytes look binary, or None."""
    sample = data[:8192]
    if sample.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")):
        return "its header is that of a PDF, image, archive or executable"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark
    if b"\x00" in sample:
        return "it contains NUL bytes"
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    if sample and controls / len(sample) > 0.05:
        return f"{controls} control characters in its first {len(sample)} bytes"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode article bytes, or raise a DocumentError that says why they are not text."""
    reason = looks_binary(data)
    if reason:
        raise DocumentError(Errors.E002, detail=reason)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if _UTF8_MULTIBYTE.search(data):
        # Meant to be UTF-8 (it has valid multi-byte sequences) but broken: refuse, do not guess.
        raise DocumentError(Errors.E003, detail=f"first bad byte at offset {first_bad}")
    matches = from_bytes(data)
    best = matches.best()
    # English news in a legacy encoding is most often Windows-1252: prefer it when it fits as well.
    for match in matches:
        if best is not None and match.encoding == "cp1252" and match.chaos <= best.chaos + 0.05:
            best = match
    if best is None or best.chaos > 0.3:
        raise DocumentError(Errors.E003, detail=f"first bad byte at offset {first_bad}")
    return str(best)

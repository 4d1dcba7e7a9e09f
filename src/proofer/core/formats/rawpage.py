"""Reading a raw page: detect its encoding, normalise line ends, refuse what is not text.

Extracted newspaper text arrives as UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16.
Detection is charset-normalizer's; this module only adds the cheap certain cases (BOMs, valid
UTF-8) in front of it and a clear one-line reason when a file cannot be a page.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

MAX_BYTES = 8 * 1024 * 1024  # a newspaper page is ~10 kB; a file this big is not one (and would take minutes)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings this material comes in; detection is limited to them so that short Chinese pages
# are not mistaken for some unrelated single-byte code page.
CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16", "utf_16_le", "utf_16_be", "big5hkscs"]


class PageError(Exception):
    """A file that cannot be read as a page; the message is one line for the user."""


@dataclass(frozen=True)
class RawText:
    text: str  # decoded, LF line ends
    encoding: str


def read_page(path: str | Path) -> RawText:
    path = Path(path)
    try:
        if path.is_dir():
            raise PageError(f"{path}: is a folder, not a page")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise too_large(path, size)
        data = path.read_bytes()
    except OSError as exc:
        raise read_error(path, exc) from None
    try:
        return decode_page(data)
    except PageError as exc:
        raise PageError(f"{path}: {exc}") from None


def too_large(path: str | Path, size: int) -> PageError:
    mb = 1024 * 1024
    return PageError(f"{path}: too large for a page ({size // mb} MB; the limit is {MAX_BYTES // mb} MB)")


def read_error(path: str | Path, exc: OSError) -> PageError:
    """The one-line reason a page file could not be read."""
    if isinstance(exc, FileNotFoundError):
        return PageError(f"{path}: no such file")
    if isinstance(exc, IsADirectoryError):
        return PageError(f"{path}: is a folder, not a page")
    if isinstance(exc, PermissionError):
        return PageError(f"{path}: permission denied")
    return PageError(f"{path}: cannot read ({exc.strerror or exc})")


def decode_page(data: bytes) -> RawText:
    if not data.strip():
        raise PageError("empty file")
    text, encoding = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PageError("empty file")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\t\f\v")
    if controls > max(2, len(text) // 100):
        raise PageError("binary file, not text")
    return RawText(text, encoding)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                raise PageError(f"not valid {name} despite its byte-order mark") from None
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    elif data.count(b"\x00") > len(data) // 4 and not _looks_utf16(data):
        raise PageError("binary file, not text")
    best = charset_normalizer.from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None or best.encoding is None:
        if b"\x00" in data:
            raise PageError("binary file, not text")
        raise PageError("cannot tell the text encoding (not UTF-8, GB18030, Big5 or UTF-16)")
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: text in the BMP has a NUL in one byte of most ASCII pairs only."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2 or 1
    return (even > half // 4) != (odd > half // 4)

"""Decode a text table the way it was written: by its byte-order mark, as UTF-8, or line by line.

A UTF-8 file that has one line pasted from a Windows (cp1252) file is not a cp1252 file: decoding it whole
as cp1252 turns every 'Nur’aini' elsewhere into 'Nurâ€™aini'. Such a file is decoded line by line, and the
lines read as cp1252 are named so the rows can say so. A line that neither encoding reads is refused by number.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.errors import InputError

TRIED = "UTF-8, UTF-16, UTF-32 dan Windows-1252 (ANSI)"
_LINES = re.compile(rb"[^\r\n]*(?:\r\n|\n|\r|$)")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass
class DecodedText:
    """How a text file decodes: a codec pandas can read the file with, or the text decoded here."""

    encoding: str  # what the messages call it
    codec: str | None  # read the file with this codec; None when ``text`` holds it already decoded
    text: str | None = None
    windows_lines: list[int] = field(default_factory=list)  # 1-based lines read as cp1252 in a UTF-8 file


def detect_codec(head: bytes) -> str | None:
    """The codec a byte-order mark or the pattern of zero bytes gives; None when the text is 8-bit."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    sample = head[:4000]
    if not sample or sample.count(0) == len(sample):
        return None  # nothing but zero bytes is no text at all
    quads = len(sample) // 4 * 4
    if quads and all(sample[i:quads:4].count(0) > quads // 8 for i in (1, 2)):
        return "utf-32-le" if sample[:1] != b"\x00" else "utf-32-be"  # three zero bytes per ASCII character
    if sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    return None


def decode_file(path: Path, head: bytes) -> DecodedText:
    """Decide how ``path`` (whose first bytes are ``head``) decodes; ``InputError`` naming the line that does
    not, and every encoding tried."""
    codec = detect_codec(head)
    if codec is not None:
        return _whole(path, codec)
    if _is_utf8(path):
        return DecodedText("UTF-8", "utf-8")
    return _line_by_line(path)


def _whole(path: Path, codec: str) -> DecodedText:
    name = {"utf-8-sig": "UTF-8"}.get(codec, codec.upper().replace("-LE", "").replace("-BE", ""))
    data = path.read_bytes()
    if codec == "utf-8-sig" and not _is_utf8(path):
        # Excel's "CSV UTF-8" with one line pasted from a Windows file: that line is cp1252, the rest UTF-8
        decoded = _line_by_line(path, skip=len(codecs.BOM_UTF8))
        decoded.encoding = "UTF-8 (sebagian baris Windows-1252)" if decoded.windows_lines else decoded.encoding
        return decoded
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") // (2 if "16" in codec else 4 if "32" in codec else 1) + 1
        raise InputError(f"{path.name}, baris {line}: isi tidak dapat dibaca sebagai {name} walaupun berkas "
                         f"menandai dirinya {name}; simpan ulang sebagai CSV UTF-8") from error
    if "32" in codec:
        return DecodedText(name, None, text.lstrip("\ufeff"))  # pandas' C parser does not read UTF-32
    return DecodedText(name, codec)


def _is_utf8(path: Path) -> bool:
    """Whether all of ``path`` is UTF-8, checked without holding it in memory."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            for block in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _line_by_line(path: Path, skip: int = 0) -> DecodedText:
    """Each line as UTF-8 where it is, else as cp1252; a pure cp1252 file says nothing about its lines.
    ``skip`` bytes (a byte-order mark) are left out."""
    data = path.read_bytes()[skip:]
    if skip:
        windows: list[int] = []
        return _lines_decoded(path, data, windows)
    if not _UTF8_SEQUENCE.search(data):  # nothing in it reads as UTF-8 beyond ASCII: a Windows (ANSI) file
        try:
            data.decode("cp1252")
            return DecodedText("Windows-1252 (ANSI)", "cp1252")
        except UnicodeDecodeError:
            pass  # the loop below names the line
    return _lines_decoded(path, data, [])


def _lines_decoded(path: Path, data: bytes, windows: list[int]) -> DecodedText:
    parts: list[str] = []
    utf8_beyond_ascii = False
    for number, match in enumerate(_LINES.finditer(data), start=1):
        raw = match.group()
        if not raw:
            continue
        try:
            parts.append(raw.decode("utf-8"))
            utf8_beyond_ascii = utf8_beyond_ascii or not raw.isascii()
        except UnicodeDecodeError:
            try:
                parts.append(raw.decode("cp1252"))
            except UnicodeDecodeError as error:
                byte = raw[error.start]
                raise InputError(f"{path.name}, baris {number}: byte 0x{byte:02X} tidak dapat dibaca sebagai {TRIED}; "
                                 "simpan ulang berkas sebagai CSV UTF-8") from error
            windows.append(number)
    text = "".join(parts)
    if not utf8_beyond_ascii:
        return DecodedText("Windows-1252 (ANSI)", None, text)
    return DecodedText("UTF-8 (sebagian baris Windows-1252)", None, text, windows)

"""The backup file format: a magic line, a JSON header, the compressed (optionally encrypted) SQLite file, a tag
and a checksum. Pure file work (no SQLAlchemy); every refusal is an ``InputError`` that says what is wrong.

Layout: ``MAGIC | header length (4 bytes, big-endian) | header JSON | payload | GCM tag (16 bytes, zeros when not
encrypted) | SHA-256 of everything before it (32 bytes)``. The payload is the zlib-compressed database, then
AES-256-GCM-encrypted with a key from scrypt when a passphrase is given; the magic, length and header are the
cipher's associated data, so a changed header is refused as surely as a changed payload.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_int

MAGIC = b"SPIBAK1\n"
FORMAT = 1
TAG_BYTES, DIGEST_BYTES, CHUNK = 16, 32, 1 << 20
MAX_HEADER = 64 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# What a reader accepts: a small range around what the writer uses, so a changed header cannot make the key
# derivation take gigabytes of memory or minutes (scrypt needs about 128 * n * r bytes).
SCRYPT_N_RANGE, SCRYPT_MAX_R, SCRYPT_MAX_P = (2**14, 2**16), 8, 2
SALT_BYTES, NONCE_BYTES = 16, 12
MIN_PASSPHRASE = 8
WRONG_PASSPHRASE = "Frasa sandi salah atau berkas cadangan telah diubah"


@dataclass(frozen=True)
class BackupHeader:
    """What a backup file says about itself (read before anything is unpacked)."""

    format: int
    created_at: str
    app_version: str
    schema_revision: str | None
    source: str
    demo: bool
    encrypted: bool
    plain_sha256: str
    plain_length: int
    payload_length: int
    compression: str = "zlib"
    kdf: dict[str, Any] | None = None
    nonce: str | None = None


def _damaged(path: Path, why: str) -> InputError:
    return InputError(f"Berkas cadangan {path.name} rusak: {why}. Tidak ada yang dipulihkan")


def _chunks(handle: BinaryIO, length: int) -> Iterator[bytes]:
    while length > 0:
        block = handle.read(min(CHUNK, length))
        if not block:
            return
        length -= len(block)
        yield block


def _key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    salt = base64.b64decode(kdf["salt"])
    return Scrypt(salt=salt, length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(passphrase.encode("utf-8"))


def _whole(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _decodes_to(value: Any, size: int) -> bool:
    try:
        return isinstance(value, str) and len(base64.b64decode(value, validate=True)) == size
    except (binascii.Error, ValueError):
        return False


def _sane_key_parameters(header: BackupHeader) -> bool:
    """Whether an encrypted backup's scrypt parameters, salt and nonce are ones this app writes (or near them)."""
    kdf = header.kdf if isinstance(header.kdf, dict) else {}
    n = kdf.get("n", 0)
    return (kdf.get("name") == "scrypt" and _whole(n, *SCRYPT_N_RANGE) and n & (n - 1) == 0
            and _whole(kdf.get("r"), 1, SCRYPT_MAX_R) and _whole(kdf.get("p"), 1, SCRYPT_MAX_P)
            and _decodes_to(kdf.get("salt"), SALT_BYTES) and _decodes_to(header.nonce, NONCE_BYTES))


def _reading_key(path: Path, passphrase: str, kdf: dict[str, Any]) -> bytes:
    try:
        return _key(passphrase, kdf)
    except Exception as error:  # noqa: BLE001 - whatever the header makes scrypt do, the file is at fault
        raise _damaged(path, "parameter kunci tidak sah") from error


def check_passphrase(passphrase: str) -> str:
    """The passphrase for a new encrypted backup; ``InputError`` when it is too short."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError(f"Frasa sandi cadangan minimal {MIN_PASSPHRASE} karakter")
    return passphrase


def write_backup(plain: Path, out: Path, created_at: str, app_version: str, schema_revision: str | None,
                 demo: bool, passphrase: str | None = None, check: Callable[[], None] | None = None) -> BackupHeader:
    """Pack the SQLite file ``plain`` into ``out``. The file appears only whole: it is written under a partial
    name beside ``out``, flushed to disk, then renamed; ``check`` may raise to cancel (the partial file goes)."""
    if passphrase is not None:
        check_passphrase(passphrase)
    digest, length = hashlib.sha256(), 0
    with plain.open("rb") as source:
        for block in iter(lambda: source.read(CHUNK), b""):
            digest.update(block)
            length += len(block)
    squeezed = out.with_name(out.name + ".z.sebagian")
    partial = out.with_name(out.name + ".sebagian")
    try:
        _compress(plain, squeezed, check)
        kdf = nonce = None
        if passphrase is not None:
            kdf = {"name": "scrypt", "salt": base64.b64encode(secrets.token_bytes(SALT_BYTES)).decode("ascii"),
                   "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
            nonce = base64.b64encode(secrets.token_bytes(NONCE_BYTES)).decode("ascii")
        header = BackupHeader(FORMAT, created_at, app_version, schema_revision, "sqlite", demo,
                              passphrase is not None, digest.hexdigest(), length, squeezed.stat().st_size,
                              kdf=kdf, nonce=nonce)
        _write_packed(squeezed, partial, header, passphrase, check)
        os.replace(partial, out)
        _sync_folder(out.parent)
    finally:
        squeezed.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return header


def _compress(plain: Path, target: Path, check: Callable[[], None] | None) -> None:
    packer = zlib.compressobj(6)
    with plain.open("rb") as source, target.open("wb") as sink:
        for block in iter(lambda: source.read(CHUNK), b""):
            sink.write(packer.compress(block))
            if check is not None:
                check()
        sink.write(packer.flush())


def _prefix(header: BackupHeader) -> bytes:
    text = json.dumps(asdict(header), sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(text)) + text


def _write_packed(squeezed: Path, partial: Path, header: BackupHeader, passphrase: str | None,
                  check: Callable[[], None] | None) -> None:
    prefix = _prefix(header)
    digest = hashlib.sha256(prefix)
    encryptor = None
    if passphrase is not None:
        assert header.kdf is not None and header.nonce is not None
        cipher = Cipher(algorithms.AES(_key(passphrase, header.kdf)), modes.GCM(base64.b64decode(header.nonce)))
        encryptor = cipher.encryptor()
        encryptor.authenticate_additional_data(prefix)
    with squeezed.open("rb") as source, partial.open("wb") as sink:
        sink.write(prefix)
        for block in iter(lambda: source.read(CHUNK), b""):
            data = encryptor.update(block) if encryptor is not None else block
            digest.update(data)
            sink.write(data)
            if check is not None:
                check()
        tag = bytes(TAG_BYTES)
        if encryptor is not None:
            encryptor.finalize()
            tag = encryptor.tag
        digest.update(tag)
        sink.write(tag + digest.digest())
        sink.flush()
        os.fsync(sink.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def read_header(path: Path) -> BackupHeader:
    """The header of the backup at ``path``, after checking it is one, whole and of a format this app reads."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(len(MAGIC) + 4)
            if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
                raise InputError(f"{path.name} bukan berkas cadangan SPI Desktop")
            if len(start) < len(MAGIC) + 4:
                raise InputError(f"Berkas cadangan {path.name} terpotong (tidak lengkap)")
            (header_length,) = struct.unpack(">I", start[len(MAGIC):])
            if header_length > MAX_HEADER:
                raise _damaged(path, "kepala berkas tidak sah")
            text = handle.read(header_length)
    except OSError as error:
        raise InputError(f"Berkas cadangan {path.name} tidak dapat dibaca: {error.strerror or error}") from error
    if len(text) < header_length:
        raise InputError(f"Berkas cadangan {path.name} terpotong (tidak lengkap)")
    header = _parse_header(path, text)
    expected = len(MAGIC) + 4 + header_length + header.payload_length + TAG_BYTES + DIGEST_BYTES
    if size < expected:
        raise InputError(f"Berkas cadangan {path.name} terpotong (tidak lengkap): {format_int(size)} dari "
                         f"{format_int(expected)} byte")
    if size > expected:
        raise _damaged(path, "ada data tambahan di ujung berkas")
    return header


def _parse_header(path: Path, text: bytes) -> BackupHeader:
    try:
        values = json.loads(text.decode("utf-8"))
        if not isinstance(values, dict):
            raise ValueError("header is not an object")
        if isinstance(values.get("format"), int) and values["format"] > FORMAT:
            raise InputError(f"Berkas cadangan {path.name} dibuat oleh versi SPI Desktop yang lebih baru (format "
                             f"{values['format']}). Perbarui aplikasi sebelum memulihkannya")
        header = BackupHeader(**values)
        if header.compression != "zlib" or header.payload_length < 0 or header.plain_length < 0:
            raise ValueError("bad sizes")
    except (ValueError, TypeError) as error:
        raise _damaged(path, "kepala berkas tidak dapat dibaca") from error
    if header.encrypted and not _sane_key_parameters(header):
        raise _damaged(path, "parameter kunci tidak sah")
    return header


def unpack_backup(path: Path, target: Path, passphrase: str | None = None) -> BackupHeader:
    """Check the backup at ``path`` completely (size, checksum, passphrase and tag, content hash) and write the
    SQLite file it holds to ``target``. ``InputError`` says what is wrong; ``target`` is then removed."""
    header = read_header(path)
    if header.encrypted and not passphrase:
        raise InputError(f"Berkas cadangan {path.name} terenkripsi: masukkan frasa sandinya")
    prefix_length = path.stat().st_size - header.payload_length - TAG_BYTES - DIGEST_BYTES
    try:
        with path.open("rb") as handle:
            prefix = handle.read(prefix_length)
            _check_digest(path, handle, prefix, header)
            key = _reading_key(path, passphrase, header.kdf or {}) if header.encrypted and passphrase else None
            if key is not None:
                _check_tag(handle, prefix, header, key)
            _unpack_payload(path, handle, prefix, header, key, target)
    except OSError as error:
        target.unlink(missing_ok=True)
        raise InputError(f"Berkas cadangan {path.name} tidak dapat dibaca: {error.strerror or error}") from error
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return header


def _check_digest(path: Path, handle: BinaryIO, prefix: bytes, header: BackupHeader) -> None:
    digest = hashlib.sha256(prefix)
    for block in _chunks(handle, header.payload_length + TAG_BYTES):
        digest.update(block)
    if handle.read(DIGEST_BYTES) != digest.digest():
        raise _damaged(path, "checksum tidak cocok (berkas rusak atau telah diubah)")


def _tag(handle: BinaryIO, prefix: bytes, header: BackupHeader) -> bytes:
    handle.seek(len(prefix) + header.payload_length)
    tag = handle.read(TAG_BYTES)
    handle.seek(len(prefix))
    return tag


def _decryptor(handle: BinaryIO, prefix: bytes, header: BackupHeader, key: bytes) -> Any:
    assert header.nonce is not None
    cipher = Cipher(algorithms.AES(key), modes.GCM(base64.b64decode(header.nonce), _tag(handle, prefix, header)))
    decryptor = cipher.decryptor()
    decryptor.authenticate_additional_data(prefix)
    return decryptor


def _check_tag(handle: BinaryIO, prefix: bytes, header: BackupHeader, key: bytes) -> None:
    """Authenticate the whole payload before a byte of it is decompressed (a wrong key yields noise)."""
    decryptor = _decryptor(handle, prefix, header, key)
    for block in _chunks(handle, header.payload_length):
        decryptor.update(block)
    try:
        decryptor.finalize()
    except InvalidTag:
        raise InputError(WRONG_PASSPHRASE) from None


def _unpack_payload(path: Path, handle: BinaryIO, prefix: bytes, header: BackupHeader, key: bytes | None,
                    target: Path) -> None:
    decryptor = _decryptor(handle, prefix, header, key) if key is not None else None
    handle.seek(len(prefix))
    unpacker = zlib.decompressobj()
    digest, length = hashlib.sha256(), 0
    with target.open("wb") as sink:
        try:
            for block in _chunks(handle, header.payload_length):
                pending = decryptor.update(block) if decryptor is not None else block
                # At most CHUNK bytes out per call: a small block of a crafted stream cannot inflate without
                # limit before the length check; what zlib has not used yet waits in unconsumed_tail.
                while pending:
                    data = unpacker.decompress(pending, CHUNK)
                    length += len(data)
                    if length > header.plain_length:
                        raise _damaged(path, "isi lebih panjang dari yang tercatat")
                    digest.update(data)
                    sink.write(data)
                    pending = unpacker.unconsumed_tail
            data = unpacker.flush()
            length += len(data)
            if length > header.plain_length:
                raise _damaged(path, "isi lebih panjang dari yang tercatat")
            digest.update(data)
            sink.write(data)
        except zlib.error as error:
            raise _damaged(path, "isi tidak dapat dibuka") from error
    if decryptor is not None:
        try:
            decryptor.finalize()
        except InvalidTag:
            raise InputError(WRONG_PASSPHRASE) from None
    if length != header.plain_length or digest.hexdigest() != header.plain_sha256 or not unpacker.eof:
        raise _damaged(path, "isi tidak cocok dengan checksum-nya")

"""Helpers shared by tests in several folders."""

from __future__ import annotations

from pathlib import Path


def all_bytes_under(root: Path) -> dict[Path, bytes]:
    """Every file under `root` with its contents: what a privacy scan looks through."""
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


def files_containing(root: Path, marker: bytes) -> list[Path]:
    return [path for path, data in all_bytes_under(root).items() if marker in data]


def decrypt_vault_pages(path: Path, key: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """Every page of a SQLCipher 4 vault decrypted with its raw key, free pages included.

    SQLCipher 4 with a raw key: AES-256-CBC per page, the IV in the page's reserved
    tail (16 bytes of IV, then a 64-byte HMAC); page 1 starts with the 16-byte salt.
    Reading pages ourselves, rather than through SQL, also sees deleted leftovers.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    plain = bytearray()
    for start in range(0, len(data) - page_size + 1, page_size):
        page = data[start : start + page_size]
        offset = 16 if start == 0 else 0
        iv = page[page_size - reserve : page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain += decryptor.update(page[offset : page_size - reserve]) + decryptor.finalize()
    return bytes(plain)

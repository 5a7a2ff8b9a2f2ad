"""Encrypted exports: our own JSON export inside a password-protected file.

Layout (version 1), all integers big-endian::

    magic "TANDEM-SEALED\\n" (14) | version (1) | Argon2id memory KiB (4) | iterations (4) | lanes (4)
    | salt (16) | nonce (12) | AES-256-GCM ciphertext of the UTF-8 JSON, with its 16-byte tag

The key is Argon2id(password, salt, params), as for passphrases. The whole header is the GCM
associated data, so a changed parameter fails to open like a wrong password.
"""

from __future__ import annotations

import os
import struct

from desktop.errors import DamagedData, InvalidInput, WrongPassphrase
from desktop.store import crypto

MAGIC = b"TANDEM-SEALED\n"
VERSION = 1
_HEADER = struct.Struct(">14sBIII16s12s")


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(plaintext: bytes, password: str, kdf: crypto.KdfParams) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = crypto.new_salt(), os.urandom(crypto.NONCE_BYTES)
    header = _HEADER.pack(MAGIC, VERSION, kdf.memory_kib, kdf.iterations, kdf.lanes, salt, nonce)
    key = crypto.derive_passphrase_key(password, salt, kdf)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def unseal(data: bytes, password: str, name: str) -> bytes:
    """The JSON inside; `WrongPassphrase` when the password (or the file) does not match."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < _HEADER.size + 16 or not is_sealed(data):
        raise InvalidInput(f"{name} is not an encrypted Tandem export, or it is cut short. Nothing was imported.")
    _magic, version, memory_kib, iterations, lanes, salt, nonce = _HEADER.unpack_from(data)
    if version != VERSION:
        raise InvalidInput(f"{name} was written by a newer version of Tandem. Please update Tandem to import it.")
    params = crypto.KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    try:
        params.check()
    except DamagedData:
        raise InvalidInput(
            f"{name} asks for unsafe key settings, so Tandem refuses it. Nothing was imported."
        ) from None
    key = crypto.derive_passphrase_key(password, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, data[_HEADER.size :], data[: _HEADER.size])
    except InvalidTag:
        raise WrongPassphrase(
            f"That password doesn't open {name}, or the file is damaged. Nothing was imported."
        ) from None

"""Key derivation, key wrapping and recovery keys.

A profile's data key is random. It is stored only wrapped (AES-256-GCM) under a key
derived from the passphrase with Argon2id, and again under the recovery key. The
associated data of every wrap names its owner and purpose, so a wrapped key copied
to another profile or purpose fails to open instead of opening the wrong thing.

Wrapped format (version 1)::

    0x01 | nonce (12) | ciphertext + GCM tag (32 + 16) | checksum (4)

The checksum (first 4 bytes of SHA-256 over what precedes it) tells a damaged record
from a wrong passphrase; GCM alone could not tell the two apart.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from desktop.errors import DamagedData, InvalidInput

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAP_VERSION = 1
WRAPPED_KEY_BYTES = 1 + NONCE_BYTES + KEY_BYTES + 16 + 4

RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, shown as 8 groups of 4
# Crockford's base32: no I, L, O or U, so a key read aloud or copied by hand survives.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored per profile so they can be raised later."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    # Bounds for values read back from the registry: anything outside them is a
    # tampered or damaged record, refused before Argon2 runs (a huge memory cost
    # would otherwise exhaust the machine).
    MIN_MEMORY_KIB = 8 * 1024
    MAX_MEMORY_KIB = 4 * 1024 * 1024
    MAX_ITERATIONS = 64
    MAX_LANES = 64

    def check(self) -> None:
        ok = (
            self.MIN_MEMORY_KIB <= self.memory_kib <= self.MAX_MEMORY_KIB
            and 1 <= self.iterations <= self.MAX_ITERATIONS
            and 1 <= self.lanes <= self.MAX_LANES
            and self.memory_kib >= 8 * self.lanes
        )
        if not ok:
            raise DamagedData(
                "This profile's key settings are outside the safe range, so Tandem refuses to use them. "
                "The registry may have been damaged or tampered with; restore it from a backup."
            )


DEFAULT_KDF = KdfParams()


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id over the UTF-8 passphrase; refuses out-of-bounds parameters first."""
    params.check()
    if len(salt) != SALT_BYTES:
        raise DamagedData("This profile's key record is damaged (its salt has the wrong length).")
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def derive_recovery_wrapping_key(recovery_secret: bytes, salt: bytes) -> bytes:
    """The recovery key is already high-entropy, so HKDF (not Argon2) stretches it to a wrapping key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"tandem recovery key v1").derive(
        recovery_secret
    )


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def associated_data(purpose: str, owner_id: str) -> bytes:
    """What binds a wrapped key to its owner and purpose."""
    return f"tandem:wrap:v{WRAP_VERSION}:{purpose}:{owner_id}".encode()


def _checksum(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()[:4]


def wrap_key(wrapping_key: bytes, key: bytes, purpose: str, owner_id: str, *, nonce: bytes | None = None) -> bytes:
    """Encrypt `key` under `wrapping_key`. `nonce` is for golden-vector tests only."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    body = bytes([WRAP_VERSION]) + nonce + AESGCM(wrapping_key).encrypt(nonce, key, associated_data(purpose, owner_id))
    return body + _checksum(body)


class UnwrapFailed(Exception):
    """The wrapping key, owner or purpose is not the one the key was wrapped with."""


def unwrap_key(wrapping_key: bytes, wrapped: bytes, purpose: str, owner_id: str) -> bytes:
    """Decrypt a wrapped key. Raises DamagedData for a corrupt record, UnwrapFailed for a wrong key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(wrapped) != WRAPPED_KEY_BYTES or not hmac.compare_digest(_checksum(wrapped[:-4]), wrapped[-4:]):
        raise DamagedData("This profile's key record is damaged. Restore the data folder from a backup.")
    if wrapped[0] != WRAP_VERSION:
        raise DamagedData("This profile's key record has a format this version of Tandem does not know.")
    nonce, ciphertext = wrapped[1 : 1 + NONCE_BYTES], wrapped[1 + NONCE_BYTES : -4]
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, associated_data(purpose, owner_id))
    except InvalidTag as exc:
        raise UnwrapFailed from exc


def new_recovery_key() -> str:
    """A fresh recovery key in its readable grouped form, e.g. ``7K3M-…``."""
    return format_recovery_key(secrets.token_bytes(RECOVERY_KEY_BYTES))


def format_recovery_key(secret: bytes) -> str:
    number = int.from_bytes(secret, "big")
    chars = []
    for _ in range(len(secret) * 8 // 5):
        chars.append(_RECOVERY_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The secret behind a recovery key as typed: case, spaces, dashes and look-alike letters forgiven."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n").translate(_RECOVERY_LOOKALIKES)
    expected = RECOVERY_KEY_BYTES * 8 // 5
    if len(cleaned) != expected or any(ch not in _RECOVERY_ALPHABET for ch in cleaned):
        raise InvalidInput(
            f"A recovery key has {expected} letters and digits in groups of four, like ABCD-EFGH-…. "
            "Check what you typed."
        )
    number = 0
    for ch in cleaned:
        number = (number << 5) | _RECOVERY_ALPHABET.index(ch)
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")

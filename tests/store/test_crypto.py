"""Key derivation, wrapping format and recovery keys."""

from __future__ import annotations

import hashlib
import re
import time

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import DamagedData, InvalidInput
from desktop.store import crypto
from desktop.store.crypto import KdfParams

WRAPPING_KEY = bytes(range(32))
DATA_KEY = bytes(range(32, 64))
NONCE = bytes(range(12))
# Golden vector of wrap format v1: change it only together with a new WRAP_VERSION.
GOLDEN_WRAPPED = bytes.fromhex(
    "01000102030405060708090a0b6723f438e1c0e43ca568bda09dc45642b3e7b507c44e694b005edfbe21543e8d"
    "d9ddaf3fb62e2593d3b4792e427f3f4adf03b1b5"
)


def test_wrap_matches_golden_vector() -> None:
    wrapped = crypto.wrap_key(WRAPPING_KEY, DATA_KEY, "data-key/passphrase", "profile-1", nonce=NONCE)
    assert wrapped == GOLDEN_WRAPPED


def test_golden_vector_is_version_nonce_gcm_and_checksum() -> None:
    """The layout spelled out independently of the module: a reader in another language can follow it."""
    aad = b"tandem:wrap:v1:data-key/passphrase:profile-1"
    body = b"\x01" + NONCE + AESGCM(WRAPPING_KEY).encrypt(NONCE, DATA_KEY, aad)
    assert GOLDEN_WRAPPED == body + hashlib.sha256(body).digest()[:4]
    assert len(GOLDEN_WRAPPED) == crypto.WRAPPED_KEY_BYTES == 65


def test_golden_vector_unwraps() -> None:
    assert crypto.unwrap_key(WRAPPING_KEY, GOLDEN_WRAPPED, "data-key/passphrase", "profile-1") == DATA_KEY


def test_argon2id_golden_vector() -> None:
    derived = crypto.derive_passphrase_key("correct horse battery", bytes(16), KdfParams(8192, 1, 1))
    assert derived.hex() == "fbffe9dad08f126d55cb17af83257dc32164a9f9fde4d9e0b8bf7705ea9a173c"


def test_default_kdf_is_64_mib_three_passes_four_lanes() -> None:
    assert crypto.DEFAULT_KDF == KdfParams(memory_kib=65536, iterations=3, lanes=4)


@pytest.mark.parametrize(
    ("purpose", "owner"),
    [("data-key/recovery", "profile-1"), ("data-key/passphrase", "profile-2"), ("couple-key/c1", "profile-1")],
)
def test_wrapped_key_is_bound_to_owner_and_purpose(purpose: str, owner: str) -> None:
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap_key(WRAPPING_KEY, GOLDEN_WRAPPED, purpose, owner)


def test_wrong_wrapping_key_fails_cleanly() -> None:
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap_key(bytes(32), GOLDEN_WRAPPED, "data-key/passphrase", "profile-1")


@pytest.mark.parametrize("position", range(len(GOLDEN_WRAPPED)))
def test_any_flipped_byte_is_reported_as_damage(position: int) -> None:
    tampered = bytearray(GOLDEN_WRAPPED)
    tampered[position] ^= 0x01
    with pytest.raises(DamagedData):
        crypto.unwrap_key(WRAPPING_KEY, bytes(tampered), "data-key/passphrase", "profile-1")


def test_truncated_record_is_damage() -> None:
    with pytest.raises(DamagedData):
        crypto.unwrap_key(WRAPPING_KEY, GOLDEN_WRAPPED[:-1], "data-key/passphrase", "profile-1")


def test_fresh_wraps_use_fresh_nonces() -> None:
    first = crypto.wrap_key(WRAPPING_KEY, DATA_KEY, "p", "o")
    second = crypto.wrap_key(WRAPPING_KEY, DATA_KEY, "p", "o")
    assert first != second
    assert crypto.unwrap_key(WRAPPING_KEY, second, "p", "o") == DATA_KEY


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=1024, iterations=3, lanes=4),
        KdfParams(memory_kib=2**31, iterations=3, lanes=4),
        KdfParams(memory_kib=65536, iterations=0, lanes=4),
        KdfParams(memory_kib=65536, iterations=10**6, lanes=4),
        KdfParams(memory_kib=65536, iterations=3, lanes=0),
        KdfParams(memory_kib=65536, iterations=3, lanes=255),
    ],
)
def test_out_of_bounds_kdf_parameters_are_refused_before_running(params: KdfParams) -> None:
    started = time.monotonic()
    with pytest.raises(DamagedData, match="outside the safe range"):
        crypto.derive_passphrase_key("correct horse battery", bytes(16), params)
    assert time.monotonic() - started < 1.0  # refused, not run (a 2 TiB Argon2 would never return)


def test_wrong_salt_length_is_damage() -> None:
    with pytest.raises(DamagedData):
        crypto.derive_passphrase_key("correct horse battery", bytes(15), KdfParams(8192, 1, 1))


def test_recovery_key_has_eight_groups_of_four() -> None:
    key = crypto.new_recovery_key()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", key)
    assert crypto.format_recovery_key(bytes(range(20))) == "000G-40R4-0M30-E209-185G-R38E-1W81-24GK"


@given(st.binary(min_size=20, max_size=20))
def test_recovery_key_round_trips(secret: bytes) -> None:
    assert crypto.parse_recovery_key(crypto.format_recovery_key(secret)) == secret


def test_recovery_key_forgives_case_spaces_and_lookalikes() -> None:
    secret = bytes(range(20))
    typed = "000g 4or4 om3o e2o9 185g r38e 1w8l 24gk"  # lower case, spaces, O for 0, l for 1
    assert crypto.parse_recovery_key(typed) == secret


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "000G-40R4-0M30-E209-185G-R38E-1W81-24GU", "🙂" * 32])
def test_malformed_recovery_key_is_refused_with_a_message(typed: str) -> None:
    with pytest.raises(InvalidInput, match="recovery key"):
        crypto.parse_recovery_key(typed)

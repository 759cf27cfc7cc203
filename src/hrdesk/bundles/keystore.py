"""Where the secret half of the office key lives: the OS keyring, or wrapped by a passphrase.

Some computers have no working keyring (no D-Bus session, a locked-down Windows account).
There the secret is kept in the profile encrypted (AES-256-GCM) under a key derived from
the officer's passphrase with scrypt, as the store key is in `keys.json`: never in
plaintext. A keyring that would itself store secrets in plaintext (keyrings.alt) counts
as no keyring.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hrdesk.domain.errors import HRDeskError, StoreError
from hrdesk.store.keyfile import WrongPassword
from hrdesk.store.options import DEFAULT_COST, ScryptCost

KEYRING_SERVICE = "HR Desk"


class PassphraseNeeded(HRDeskError):
    """The office key is (or must be) protected by a passphrase, and none was given."""


def _plaintext_backend(backend: Any) -> bool:
    """keyrings.alt writes secrets to a file in plaintext: never trust a secret to it."""
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list) and chained:
        backend = chained[0]
    return type(backend).__module__.startswith("keyrings.alt")


def keyring_put(name: str, secret: str) -> bool:
    """Store `secret` in the OS keyring; True only if it can be read back from there."""
    import keyring

    try:
        if _plaintext_backend(keyring.get_keyring()):
            return False
        keyring.set_password(KEYRING_SERVICE, name, secret)
        # An empty chain of backends "stores" nothing without complaint: read it back.
        stored = keyring.get_password(KEYRING_SERVICE, name) == secret
    except Exception:
        # Backends raise their own errors (KeyringError, D-Bus, Windows): all mean "no".
        return False
    if not stored:
        keyring_delete(name)
    return stored


def keyring_get(name: str) -> str | None:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except Exception:
        return None


def keyring_delete(name: str) -> None:
    import keyring

    with contextlib.suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, name)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=32
    )


def wrap(
    secret: bytes, passphrase: str, aad: bytes, cost: ScryptCost = DEFAULT_COST
) -> dict[str, Any]:
    """The secret encrypted under the passphrase at scrypt `cost` (kept with it, so
    `unwrap` reads it back whatever the cost); `aad` binds it to its key and profile."""
    if not passphrase:
        raise PassphraseNeeded("key.passphrase_needed")
    n, r, p = cost.n, cost.r, cost.p
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(passphrase, salt, n, r, p)).encrypt(nonce, secret, aad)
    return {
        "kdf": "scrypt",
        "n": n,
        "r": r,
        "p": p,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "sealed": _b64(sealed),
    }


def unwrap(blob: dict[str, Any], passphrase: str | None, aad: bytes) -> bytes:
    if not passphrase:
        raise PassphraseNeeded("key.passphrase_protected")
    try:
        kek = _derive(passphrase, base64.b64decode(blob["salt"]), blob["n"], blob["r"], blob["p"])
        return AESGCM(kek).decrypt(
            base64.b64decode(blob["nonce"]), base64.b64decode(blob["sealed"]), aad
        )
    except InvalidTag:
        raise WrongPassword("key.wrong_passphrase") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError("key.wrapped_unreadable", reason=str(exc)) from None

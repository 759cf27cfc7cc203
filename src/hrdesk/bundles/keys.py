"""The office's signing key: Ed25519, made on first use, replaced only on purpose.

The public half, the key id and where the secret half is kept are in the profile's
`office-key.json`; the secret half is in the OS keyring (service "HR Desk", an entry
named after the profile and the key id) or, on a computer with no working keyring,
wrapped with a passphrase in that same file (see `keystore`). Making and replacing the
key are written to the audit log.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from hrdesk.bundles import keystore, minisign
from hrdesk.bundles.keystore import PassphraseNeeded
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.sessions import profile_of
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.profile import Profile
from hrdesk.services.common import require
from hrdesk.store.audit_log import append_entry
from hrdesk.store.base import utcnow
from hrdesk.store.files import atomic_write_bytes
from hrdesk.store.keyfile import KeyFile
from hrdesk.store.options import DEFAULT_COST, ScryptCost, options_of

KEY_FILE = "office-key.json"
MIN_PASSPHRASE = 8

__all__ = [
    "OfficeKey",
    "PassphraseNeeded",
    "Signer",
    "ensure_signer",
    "export_public_key",
    "fingerprint",
    "load_signer",
    "office_key",
    "office_public_keys",
    "replace_office_key",
]


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the public key in groups of four hex digits, to read out over the phone."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True)
class OfficeKey:
    """The public half of an office key, with what the window shows about it."""

    public: PublicKey
    storage: str  # "keyring" or "passphrase" ("retired" for a replaced key)
    created_at: str

    @property
    def key_id(self) -> str:
        return self.public.key_id_text

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public.key)

    def public_key_text(self) -> str:
        return self.public.encoded()


@dataclass(frozen=True)
class Signer:
    """The office key with its secret half, able to sign."""

    key: OfficeKey
    secret: Ed25519PrivateKey

    def sign(self, data: bytes, trusted_comment: str) -> str:
        return minisign.sign(
            self.secret,
            self.key.public.key_id,
            data,
            trusted_comment,
            f"signature from HR Desk office key {self.key.key_id}",
        )


def key_file(profile: Profile) -> Path:
    return profile.root / KEY_FILE


def _read(profile: Profile) -> dict[str, Any] | None:
    path = key_file(profile)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise StoreError("key.file_unreadable", path=path, reason=exc) from exc
    if not isinstance(data, dict) or data.get("version") != 1 or "current" not in data:
        raise StoreError("key.file_not_v1", path=path)
    return data


def _write(profile: Profile, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    atomic_write_bytes(key_file(profile), text.encode("utf-8"))


def _office_key(entry: dict[str, Any], storage: str | None = None) -> OfficeKey:
    public = PublicKey(minisign.key_id_bytes(entry["key_id"]), bytes.fromhex(entry["public_key"]))
    return OfficeKey(public, storage or entry["storage"], entry["created_at"])


def office_key(profile: Profile) -> OfficeKey | None:
    """The office's current key (public half), or None before the first package."""
    data = _read(profile)
    return None if data is None else _office_key(data["current"])


def office_public_keys(profile: Profile) -> list[OfficeKey]:
    """The current key and every replaced one: this office's own packages verify with them."""
    data = _read(profile)
    if data is None:
        return []
    retired = [_office_key(e, "retired") for e in data.get("retired", [])]
    return [_office_key(data["current"]), *retired]


def _aad(key_id: str) -> bytes:
    return f"hrdesk-office-key:{key_id}".encode()


def load_signer(profile: Profile, passphrase: str | None = None) -> Signer:
    """The current key with its secret half, from the keyring or unwrapped."""
    data = _read(profile)
    if data is None:
        raise StoreError("key.none_yet")
    entry = data["current"]
    key = _office_key(entry)
    if entry["storage"] == "keyring":
        secret_hex = keystore.keyring_get(entry["keyring_name"])
        if not secret_hex:
            raise StoreError("key.secret_not_in_keyring", key_id=key.key_id)
        seed = bytes.fromhex(secret_hex)
    else:
        seed = keystore.unwrap(entry["wrapped"], passphrase, _aad(key.key_id))
    secret = Ed25519PrivateKey.from_private_bytes(seed)
    if secret.public_key().public_bytes_raw() != key.public.key:
        raise StoreError("key.halves_differ", key_id=key.key_id)
    return Signer(key, secret)


def _new_entry(
    profile: Profile,
    passphrase: str | None,
    minimum: int = MIN_PASSPHRASE,
    cost: ScryptCost = DEFAULT_COST,
) -> tuple[dict[str, Any], Signer]:
    secret = Ed25519PrivateKey.generate()
    key_id = os.urandom(8)
    public = PublicKey(key_id, secret.public_key().public_bytes_raw())
    created = utcnow().isoformat(timespec="seconds")
    entry: dict[str, Any] = {
        "key_id": public.key_id_text,
        "public_key": public.key.hex(),
        "created_at": created,
    }
    # A profile made before encryption has no keys.json: name the entry after a fresh uid.
    keys_path = profile.keys_path
    profile_uid = KeyFile.load(keys_path).profile_uid if keys_path.exists() else str(uuid.uuid4())
    name = f"office-signing-key:{profile_uid}:{public.key_id_text}"
    seed = secret.private_bytes_raw()
    if keystore.keyring_put(name, seed.hex()):
        entry.update(storage="keyring", keyring_name=name)
    else:
        if passphrase is None:
            raise PassphraseNeeded("key.no_keyring")
        if len(passphrase) < minimum:
            raise ValidationError("passphrase", "key.passphrase_too_short", minimum=minimum)
        entry.update(
            storage="passphrase",
            wrapped=keystore.wrap(seed, passphrase, _aad(public.key_id_text), cost),
        )
    return entry, Signer(_office_key(entry), secret)


def ensure_signer(
    session: Session, passphrase: str | None = None, *, minimum: int = MIN_PASSPHRASE
) -> Signer:
    """The office key, made now (and audited) if the office has none yet; a new key's
    passphrase (where there is no keyring) has at least `minimum` characters."""
    profile = profile_of(session)
    if office_key(profile) is not None:
        return load_signer(profile, passphrase)
    require(session, Permission.EDIT_RECORDS)
    entry, signer = _new_entry(profile, passphrase, minimum, options_of(session).scrypt)
    append_entry(session, "key_created", "office_key", None, {"key_id": signer.key.key_id})
    session.flush()
    _write(profile, {"version": 1, "current": entry, "retired": []})
    return signer


def replace_office_key(
    session: Session, passphrase: str | None = None
) -> tuple[OfficeKey | None, OfficeKey]:
    """A new key for the office; the old one is kept as retired (its public half only).

    The receiving offices must be sent the new public key: packages signed with it do
    not verify against the old one.
    """
    require(session, Permission.MANAGE_KEYS)
    profile = profile_of(session)
    data = _read(profile) or {"version": 1, "retired": []}
    old = data.get("current")
    entry, signer = _new_entry(profile, passphrase, cost=options_of(session).scrypt)
    append_entry(
        session,
        "key_replaced",
        "office_key",
        None,
        {"old_key_id": old["key_id"] if old else None, "new_key_id": signer.key.key_id},
    )
    session.flush()
    if old:
        retired = {k: old[k] for k in ("key_id", "public_key", "created_at")}
        retired["retired_at"] = utcnow().isoformat(timespec="seconds")
        data.setdefault("retired", []).append(retired)
    data["current"] = entry
    _write(profile, data)
    if old and old.get("keyring_name"):
        keystore.keyring_delete(old["keyring_name"])
    return (_office_key(old) if old else None), signer.key


def export_public_key(session: Session, out: Path, passphrase: str | None = None) -> OfficeKey:
    """Write the office's public key, in minisign's format, to `out` (made first if need be)."""
    key = office_key(profile_of(session)) or ensure_signer(session, passphrase).key
    atomic_write_bytes(Path(out), key.public_key_text().encode("ascii"))
    return key

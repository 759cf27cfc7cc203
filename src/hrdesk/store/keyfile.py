"""The store's key, wrapped by each officer's password, in the profile's `keys.json`.

The store is encrypted with one random 256-bit key. Each officer account has a slot:
the key encrypted (AES-256-GCM) under a key derived from that officer's password with
scrypt (N=2^17, r=8, p=1). Nothing in the file reveals the key without a password, and a
wrong password fails the GCM tag. Repeated failures are recorded so that, after five,
further tries must wait longer and longer.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hrdesk.domain.errors import HRDeskError, StoreError
from hrdesk.store.files import atomic_write_bytes
from hrdesk.store.options import DEFAULT_COST, ScryptCost

KEY_BYTES = 32
# The most a slot may ask of scrypt (a key file from a backup or a stick is not trusted
# until it opens): four times the default cost (512 MiB), so no file can make a sign-in
# or a restore take gigabytes.
MAX_SCRYPT_COST = 4 * 128 * DEFAULT_COST.n * DEFAULT_COST.r
FREE_TRIES = 5
MAX_WAIT = timedelta(minutes=15)


class WrongPassword(HRDeskError):
    """The officer or the password is not right (the message never says which)."""


class TryLater(HRDeskError):
    """Too many wrong passwords: the next try must wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__("signin.try_later", seconds=seconds)
        self.seconds = seconds


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=32
    )


def _aad(username: str) -> bytes:
    # Binds a slot to its officer: a slot copied under another name does not open.
    return f"hrdesk-key-slot:{username}".encode()


def _well_formed(data: Any) -> bool:
    """The layout `add_slot` and `_record_failure` write; anything else is refused whole."""
    if not isinstance(data, dict) or data.get("version") != 1:
        return False
    slots, attempts = data.get("slots"), data.get("attempts", {})
    if not isinstance(slots, dict) or not isinstance(attempts, dict):
        return False
    return all(_slot_ok(slot) for slot in slots.values()) and all(
        _attempt_ok(record) for record in attempts.values()
    )


def _slot_ok(slot: Any) -> bool:
    if not isinstance(slot, dict):
        return False
    if not all(isinstance(slot.get(name), str) for name in ("salt", "nonce", "wrapped")):
        return False
    cost: list[Any] = [slot.get(name) for name in ("n", "r", "p")]
    if not all(type(c) is int and c > 0 for c in cost):
        return False
    n, r, p = cost
    return bool(n > 1 and n & (n - 1) == 0 and 128 * n * r * p <= MAX_SCRYPT_COST)


def _attempt_ok(record: Any) -> bool:
    if not record:
        return True
    if not isinstance(record, dict) or type(record.get("failures")) is not int:
        return False
    try:
        datetime.fromisoformat(record["last"])
    except (KeyError, TypeError, ValueError):
        return False
    return True


@dataclass
class KeyFile:
    """The profile's key slots and sign-in attempt record. New slots are wrapped at
    `cost`; each slot is read with the n/r/p written in it."""

    path: Path
    data: dict[str, Any]
    cost: ScryptCost = field(default=DEFAULT_COST)

    @classmethod
    def load(cls, path: Path, cost: ScryptCost = DEFAULT_COST) -> KeyFile:
        if not path.exists():
            return cls(
                path,
                {"version": 1, "profile_uid": str(uuid.uuid4()), "slots": {}, "attempts": {}},
                cost,
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError("store.keyfile_unreadable", path=path, reason=str(exc)) from exc
        if not _well_formed(data):
            raise StoreError("store.keyfile_unknown", path=path)
        data.setdefault("attempts", {})
        return cls(path, data, cost)

    def save(self) -> None:
        text = json.dumps(self.data, indent=1, sort_keys=True)
        atomic_write_bytes(self.path, text.encode("utf-8"))

    @property
    def profile_uid(self) -> str:
        return str(self.data["profile_uid"])

    @property
    def usernames(self) -> list[str]:
        return sorted(self.data["slots"])

    def has_slot(self, username: str) -> bool:
        return username in self.data["slots"]

    def add_slot(self, username: str, password: str, key: bytes) -> None:
        """Wrap `key` for `username` (replacing any slot they had) and save the file."""
        salt, nonce = os.urandom(16), os.urandom(12)
        cost = self.cost
        kek = _derive(password, salt, cost.n, cost.r, cost.p)
        wrapped = AESGCM(kek).encrypt(nonce, key, _aad(username))
        self.data["slots"][username] = {
            "kdf": "scrypt",
            "n": cost.n,
            "r": cost.r,
            "p": cost.p,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
        self.save()

    def remove_slot(self, username: str) -> None:
        if self.data["slots"].pop(username, None) is not None:
            self.save()

    def unwrap(self, username: str, password: str, now: datetime | None = None) -> bytes:
        """The store key, if the password is right; records failures and enforces the wait."""
        self._check_wait(username, now or datetime.now(UTC))
        slot = self.data["slots"].get(username)
        if slot is not None:
            try:
                kek = _derive(password, _unb64(slot["salt"]), slot["n"], slot["r"], slot["p"])
                key = AESGCM(kek).decrypt(
                    _unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(username)
                )
            except InvalidTag:
                key = None
            except ValueError as exc:  # not base64, a nonce of the wrong size: not ours
                raise StoreError("store.keyfile_unknown", path=self.path) from exc
            if key is not None:
                if self.data["attempts"].pop(username, None) is not None:
                    self.save()
                return key
        # The wait runs from when the failure is known, not from when the (slow, memory-hard)
        # derivation began: on a loaded machine that alone can outlast the first wait.
        self._record_failure(username, now or datetime.now(UTC))
        raise WrongPassword("signin.wrong_password")

    def _wait(self, failures: int) -> timedelta:
        if failures < FREE_TRIES:
            return timedelta(0)
        return min(MAX_WAIT, timedelta(seconds=2 ** (failures - FREE_TRIES + 1)))

    def _check_wait(self, username: str, now: datetime) -> None:
        record = self.data["attempts"].get(username)
        if not record:
            return
        last = datetime.fromisoformat(record["last"])
        ready = last + self._wait(record["failures"])
        if now < ready:
            raise TryLater(int((ready - now).total_seconds()) + 1)

    def _record_failure(self, username: str, now: datetime) -> None:
        record = self.data["attempts"].setdefault(username, {"failures": 0})
        record["failures"] += 1
        record["last"] = now.isoformat()
        self.save()

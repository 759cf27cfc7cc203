"""The centre's own Ed25519 key, which signs receipts in minisign's format.

Made on first start and kept in the data folder's `centre-key.json`: the public half in
clear, the secret half in the OS keyring or, on a server with none, wrapped with a
passphrase (scrypt + AES-256-GCM, as the office key is; see `bundles.keystore`). Several
processes starting at once make one key: the file is linked into place only if absent.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles import keystore, minisign
from hrdesk.bundles.keys import fingerprint
from hrdesk.bundles.keystore import PassphraseNeeded
from hrdesk.bundles.minisign import PublicKey
from hrdesk.domain.errors import StoreError
from hrdesk.messages.reasons import os_reason
from hrdesk.store.base import utcnow
from hrdesk.store.files import fsync_dir
from hrdesk.store.options import DEFAULT_COST, ScryptCost

KEY_FILE = "centre-key.json"
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class CentreKey:
    public: PublicKey
    secret: Ed25519PrivateKey

    @property
    def key_id(self) -> str:
        return self.public.key_id_text

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public.key)

    def public_text(self) -> str:
        """The .pub file provinces pin (`minisign -Vm receipt.json -p centre.pub`)."""
        return self.public.encoded().replace("minisign public key", "HR Desk centre public key", 1)

    def sign(self, data: bytes, trusted_comment: str) -> str:
        return minisign.sign(
            self.secret,
            self.public.key_id,
            data,
            trusted_comment,
            f"signature from HR Desk centre key {self.key_id}",
        )


def _aad(key_id: str) -> bytes:
    return f"hrdesk-centre-key:{key_id}".encode()


def _load(path: Path, passphrase: str | None) -> CentreKey:
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        public = PublicKey(minisign.key_id_bytes(entry["key_id"]), bytes.fromhex(entry["public"]))
    except (OSError, ValueError, KeyError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise StoreError("centre.key_file_unreadable", path=path, reason=reason) from None
    if entry.get("storage") == "keyring":
        secret_hex = keystore.keyring_get(entry["keyring_name"])
        if not secret_hex:
            raise StoreError("centre.key_not_in_keyring", key=public.key_id_text)
        seed = bytes.fromhex(secret_hex)
    else:
        seed = keystore.unwrap(entry["wrapped"], passphrase, _aad(public.key_id_text))
    secret = Ed25519PrivateKey.from_private_bytes(seed)
    if secret.public_key().public_bytes_raw() != public.key:
        raise StoreError("centre.key_mismatch", key=public.key_id_text)
    return CentreKey(public, secret)


def _new_entry(
    passphrase: str | None, cost: ScryptCost = DEFAULT_COST
) -> tuple[dict[str, str], str | None]:
    secret = Ed25519PrivateKey.generate()
    public = PublicKey(os.urandom(8), secret.public_key().public_bytes_raw())
    entry: dict = {
        "version": 1,
        "key_id": public.key_id_text,
        "public": public.key.hex(),
        "created_at": utcnow().isoformat(timespec="seconds"),
    }
    name = f"centre-signing-key:{public.key_id_text}"
    seed = secret.private_bytes_raw()
    if passphrase is None and keystore.keyring_put(name, seed.hex()):
        entry.update(storage="keyring", keyring_name=name)
        return entry, name
    if passphrase is None:
        raise PassphraseNeeded("centre.no_keyring", env="HRDESK_CENTRAL_PASSPHRASE")
    if len(passphrase) < MIN_PASSPHRASE:
        raise StoreError("centre.passphrase_too_short", count=MIN_PASSPHRASE)
    entry.update(
        storage="passphrase",
        wrapped=keystore.wrap(seed, passphrase, _aad(public.key_id_text), cost),
    )
    return entry, None


def load_or_create(
    data_dir: Path, passphrase: str | None = None, cost: ScryptCost = DEFAULT_COST
) -> CentreKey:
    """The centre key in `data_dir`, made now if there is none.

    With a passphrase given, a new key is wrapped under it; without one, it goes to the
    OS keyring, and PassphraseNeeded is raised where there is no keyring.
    """
    path = Path(data_dir) / KEY_FILE
    if path.exists():
        return _load(path, passphrase)
    entry, keyring_name = _new_entry(passphrase, cost)
    write_key_once(path, entry, keyring_name)
    return _load(path, passphrase)


def write_key_once(path: Path, entry: dict[str, Any], keyring_name: str | None) -> None:
    """Write a new key's entry to `path` unless another process made one meanwhile (then
    this one's keyring secret, if any, is deleted and theirs is kept)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}")
    try:
        with open(temp, "x", encoding="utf-8") as handle:
            json.dump(entry, handle, indent=1, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)  # fails if another process made the key meanwhile
        except FileExistsError:
            if keyring_name:
                keystore.keyring_delete(keyring_name)
        else:
            fsync_dir(path.parent)
    finally:
        temp.unlink(missing_ok=True)

"""The centre's age (X25519) identity, which opens the packages sealed to it.

Provinces seal a package holding personal data to its public half, the recipient key
(`age1…`), which `hrdesk central key export` writes beside the signing key. Made on first
start with the signing key and kept as it is (`centre_key`): the data folder's
`centre-recipient.json` holds the recipient in clear and the identity in the OS keyring or
wrapped with the centre's passphrase; several processes starting at once make one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from hrdesk.bundles import keystore, sealing
from hrdesk.bundles.keystore import PassphraseNeeded
from hrdesk.central.centre_key import write_key_once
from hrdesk.domain.errors import StoreError
from hrdesk.messages.reasons import os_reason
from hrdesk.store.base import utcnow
from hrdesk.store.options import DEFAULT_COST, ScryptCost

KEY_FILE = "centre-recipient.json"


@dataclass(frozen=True)
class CentreRecipient:
    identity: str  # AGE-SECRET-KEY-1…
    recipient: str  # age1…

    def recipient_text(self) -> str:
        return sealing.recipient_file_text(self.recipient)

    def identity_text(self) -> str:
        return sealing.identity_file_text(self.identity, self.recipient)

    def unseal(self, source: Path, target: Path) -> None:
        sealing.unseal(source, target, self.identity)


def _aad(recipient: str) -> bytes:
    return f"hrdesk-centre-recipient:{recipient}".encode()


def _load(path: Path, passphrase: str | None) -> CentreRecipient:
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        recipient = entry["recipient"]
    except (OSError, ValueError, KeyError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise StoreError("centre.recipient_file_unreadable", path=path, reason=reason) from None
    if entry.get("storage") == "keyring":
        identity = keystore.keyring_get(entry["keyring_name"])
        if not identity:
            raise StoreError("centre.recipient_not_in_keyring", recipient=recipient)
    else:
        identity = keystore.unwrap(entry["wrapped"], passphrase, _aad(recipient)).decode()
    if sealing.recipient_of(identity) != recipient:
        raise StoreError("centre.recipient_mismatch", recipient=recipient)
    return CentreRecipient(identity, recipient)


def _new_entry(
    passphrase: str | None, cost: ScryptCost = DEFAULT_COST
) -> tuple[dict[str, str], str | None]:
    identity, recipient = sealing.new_identity()
    entry: dict = {
        "version": 1,
        "kind": "age-x25519",
        "recipient": recipient,
        "created_at": utcnow().isoformat(timespec="seconds"),
    }
    name = f"centre-recipient-key:{recipient}"
    if passphrase is None and keystore.keyring_put(name, identity):
        entry.update(storage="keyring", keyring_name=name)
        return entry, name
    if passphrase is None:
        raise PassphraseNeeded("centre.no_keyring", env="HRDESK_CENTRAL_PASSPHRASE")
    wrapped = keystore.wrap(identity.encode("ascii"), passphrase, _aad(recipient), cost)
    entry.update(storage="passphrase", wrapped=wrapped)
    return entry, None


def load_or_create(
    data_dir: Path, passphrase: str | None = None, cost: ScryptCost = DEFAULT_COST
) -> CentreRecipient:
    """The centre's recipient key in `data_dir`, made now if there is none (stored as the
    signing key is: the keyring, or wrapped under the passphrase)."""
    path = Path(data_dir) / KEY_FILE
    if path.exists():
        return _load(path, passphrase)
    entry, keyring_name = _new_entry(passphrase, cost)
    write_key_once(path, entry, keyring_name)
    return _load(path, passphrase)

"""Receipts: the centre's signed word that a package arrived and what it found.

A receipt is a JSON text (UTF-8, keys sorted) and its minisign signature by the centre's
key, so `minisign -Vm receipt.json -p centre.pub` checks it with stock tools. The
trusted comment repeats the package's hash, so the signature alone names the package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hrdesk.central.centre_key import CentreKey

SCHEMA = "hrdesk-receipt/1"
ACCEPTED = "accepted"


@dataclass(frozen=True)
class Receipt:
    text: str
    minisig: str

    def as_json(self) -> dict[str, str]:
        return {"receipt": self.text, "minisig": self.minisig}


def receipt_text(
    *,
    sha512: str,
    uid: str,
    office_id: int,
    province: str,
    office_name: str,
    key_id: str,
    period: str,
    sequence: int,
    audit_head: dict[str, Any] | None,
    received_at: datetime,
    warnings: list[str],
    centre_key_id: str,
) -> str:
    document = {
        "schema": SCHEMA,
        "package_sha512": sha512,
        "package_uid": uid,
        "office": {"id": office_id, "province": province, "name": office_name, "key_id": key_id},
        "period": period,
        "sequence": sequence,
        "audit_chain_head": audit_head,
        "received_at": received_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "verdict": ACCEPTED,
        "warnings": warnings,
        "centre_key_id": centre_key_id,
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def sign_receipt(key: CentreKey, text: str, sha512: str, received_at: datetime) -> Receipt:
    comment = f"hrdesk-receipt sha512:{sha512} time:{received_at.strftime('%Y-%m-%dT%H:%M:%SZ')}"
    return Receipt(text, key.sign(text.encode("utf-8"), comment))

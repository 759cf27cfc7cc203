"""The centre's receipts: verified against the pinned key, matched to one of our packages,
kept, and the package acknowledged by them.

A receipt is the centre's JSON text and its minisign signature (central/receipts.py). It
comes back with an upload, or on a stick (`hrdesk central receipts` writes
`receipt-….json` and `receipt-….json.minisig`; `hrdesk receipt import FILE` reads them).
It is refused, and nothing changes, if the signature is not by a pinned key, if it names a
package this office did not send, or if the hash it names is not the hash of the package
this office queued.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.bundles.minisign import MinisignError, PublicKey, parse_signature, verify
from hrdesk.domain.errors import HRDeskError
from hrdesk.messages.reasons import os_reason
from hrdesk.outbox import queue
from hrdesk.outbox.link import centre_link
from hrdesk.store.models import OutboxItem, Package, Receipt

SCHEMA = "hrdesk-receipt/1"
MAX_RECEIPT = 64 * 1024


class ReceiptRefused(HRDeskError):
    """A receipt that does not verify, or is not for the package it should be."""


@dataclass(frozen=True)
class CheckedReceipt:
    text: str
    minisig: str
    document: dict[str, Any]
    key_id: str

    @property
    def package_uid(self) -> str:
        return str(self.document.get("package_uid", ""))

    @property
    def package_sha512(self) -> str:
        return str(self.document.get("package_sha512", ""))

    @property
    def audit_head(self) -> tuple[int, str] | None:
        head = self.document.get("audit_chain_head") or {}
        try:
            count, chain_hash = int(head["count"]), str(head["hash"])
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        # A count no store column holds (SQLite's integers are 64-bit) is no head either.
        return (count, chain_hash) if 0 <= count < 2**63 else None


def check_receipt(text: str, minisig: str, keys: list[PublicKey]) -> CheckedReceipt:
    """The receipt, if its signature is by one of `keys` and it is a receipt of ours."""
    try:
        signature = parse_signature(minisig)
    except MinisignError as exc:
        raise ReceiptRefused("receipt.signature_unreadable", reason=exc) from None
    key = next((k for k in keys if k.key_id == signature.key_id), None)
    if key is None:
        raise ReceiptRefused(
            "receipt.other_key",
            signed=signature.key_id_text,
            pinned=", ".join(k.key_id_text for k in keys) or "-",
        )
    try:
        verify(signature, key, text.encode("utf-8"))
    except MinisignError as exc:
        raise ReceiptRefused("receipt.not_verified", reason=exc) from None
    try:
        document = json.loads(text)
    except ValueError:
        raise ReceiptRefused("receipt.not_json") from None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise ReceiptRefused("receipt.not_json")
    sha512 = str(document.get("package_sha512", ""))
    # The signed comment names the package too: a receipt text swapped under another
    # receipt's signature fails above; this catches a comment that disagrees with its text.
    if f"sha512:{sha512}" not in signature.trusted_comment.split():
        raise ReceiptRefused("receipt.comment_disagrees")
    return CheckedReceipt(text, minisig, document, key.key_id_text)


def keep(
    session: Session,
    checked: CheckedReceipt,
    came_by: str,
    expected_uid: str | None = None,
) -> Package:
    """Match the receipt to our package, keep it and acknowledge the package."""
    if expected_uid is not None and checked.package_uid != expected_uid:
        raise ReceiptRefused(
            "receipt.other_package", named=checked.package_uid, expected=expected_uid
        )
    package = session.scalars(select(Package).where(Package.uid == checked.package_uid)).first()
    if package is None:
        raise ReceiptRefused("receipt.not_ours", named=checked.package_uid or "-")
    item = session.scalars(select(OutboxItem).where(OutboxItem.package_id == package.id)).first()
    if item is not None and item.zip_sha512 != checked.package_sha512:
        raise ReceiptRefused(
            "receipt.hash_differs",
            sequence=package.sequence,
            named=checked.package_sha512[:16],
            sent=item.zip_sha512[:16],
        )
    if item is None and checked.document.get("sequence") != package.sequence:
        raise ReceiptRefused("receipt.not_ours", named=checked.package_uid)
    known = session.scalars(select(Receipt).where(Receipt.package_id == package.id)).first()
    if known is None:
        head = checked.audit_head
        session.add(
            Receipt(
                package=package,
                package_sha512=checked.package_sha512,
                text=checked.text,
                minisig=checked.minisig,
                centre_key_id=checked.key_id,
                received_at=str(checked.document.get("received_at", "")),
                audit_count=head[0] if head else None,
                audit_hash=head[1] if head else None,
                came_by=came_by,
            )
        )
    if item is not None and item.state != queue.ARRIVED:
        queue.arrived(session, package.uid)
    else:
        from hrdesk.domain.vocab import PackageStatus

        package.status = PackageStatus.ACKNOWLEDGED.value
    session.flush()
    return package


def import_receipt(session: Session, path: Path) -> Package:
    """`hrdesk receipt import FILE`: a receipt brought back on a stick (FILE and
    FILE.minisig, as `hrdesk central receipts` writes them)."""
    link = centre_link(session)
    if link is None:
        raise ReceiptRefused("receipt.no_centre")
    path = Path(path)
    signature = path.with_name(path.name + ".minisig")
    try:
        if path.stat().st_size > MAX_RECEIPT:
            raise ReceiptRefused("receipt.not_json")
        text = path.read_text(encoding="utf-8")
        minisig = signature.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ReceiptRefused("receipt.file_missing", path=exc.filename or path) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise ReceiptRefused("receipt.file_unreadable", path=path, reason=reason) from None
    checked = check_receipt(text, minisig, link.public_keys())
    return keep(session, checked, "file")


def receipt_of(session: Session, package_uid: str) -> Receipt | None:
    return session.scalars(
        select(Receipt).join(Receipt.package).where(Package.uid == package_uid)
    ).first()

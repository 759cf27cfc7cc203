"""Proof the centre holds: the head of the office's audit chain travels in each package
(bag-info `Audit-Chain-Count`, `Audit-Chain-Hash`) and comes back in the centre's signed
receipt. The store alone cannot show a history rewritten from top to bottom (every hash
recomputed); a receipt can: the entry it names must still carry the hash it names.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.store.models import AuditEntry, Package, Receipt

COUNT = "Audit-Chain-Count"
HASH = "Audit-Chain-Hash"


def audit_head(session: Session) -> tuple[int, str] | None:
    """(entry count, hash of the last entry) of the chain as this session sees it."""
    session.flush()
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (row.seq, row.hash) if row else None


@dataclass(frozen=True)
class RewrittenHistory:
    """A receipt whose audit-chain head the local chain no longer has."""

    sequence: int  # the package whose receipt shows it
    period_label: str
    count: int
    receipt_hash: str
    local_hash: str | None  # None: the entry is gone


def check_against_receipts(session: Session) -> tuple[int, list[RewrittenHistory]]:
    """How many receipts carry a head, and those the local chain contradicts."""
    rows = session.execute(
        select(Package.sequence, Package.period_label, Receipt.audit_count, Receipt.audit_hash)
        .join(Receipt.package)
        .where(Receipt.audit_count.is_not(None))
        .order_by(Package.sequence)
    ).all()
    problems = []
    for sequence, period_label, count, digest in rows:
        assert count is not None and digest is not None  # the query keeps only these
        local = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == count))
        if local != digest:
            problems.append(RewrittenHistory(sequence, period_label, count, digest, local))
    return len(rows), problems

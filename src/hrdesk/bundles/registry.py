"""The receiving office's registry of trusted office keys, and what it knows of each sender."""

from __future__ import annotations

import hashlib
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.bundles import bagcheck, bagit, zipsafety
from hrdesk.bundles.bagcheck import TrustedKey
from hrdesk.bundles.keys import fingerprint
from hrdesk.bundles.minisign import MinisignError, PublicKey, parse_public_key
from hrdesk.bundles.verify import SenderState
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.services.common import require
from hrdesk.store.models import ReceivedPackage, ReceivedPackageFile, TrustedOffice


def unnamed(key_id: str) -> str:
    """The name a key is trusted under until an officer or its first package names it."""
    return f"office with key {key_id}"


def _public(row: TrustedOffice) -> PublicKey:
    return parse_public_key(row.public_key)


def trust_key(
    session: Session, public_key_text: str, office_name: str | None = None
) -> TrustedOffice:
    """Trust a minisign public key (the text of an office's .pub file) for `office_name`.

    Trusting a key already trusted only renames its office, when a name is given. To let
    an office that replaced its key continue its chain of packages, trust the new key
    under the same office name as the old one.
    """
    require(session, Permission.MANAGE_KEYS)
    try:
        public = parse_public_key(public_key_text)
    except MinisignError as exc:
        raise ValidationError("key", exc.code, **exc.params) from None
    name = " ".join((office_name or "").split()) or None
    row = session.scalars(
        select(TrustedOffice).where(TrustedOffice.key_id == public.key_id_text)
    ).first()
    if row is not None:
        if _public(row).key != public.key:
            raise ValidationError("key", "key.id_taken", key_id=public.key_id_text)
        if name and name != row.office_name:
            row.office_name = name
            session.flush()
        return row
    row = TrustedOffice(
        office_name=name or unnamed(public.key_id_text),
        key_id=public.key_id_text,
        public_key=public.encoded().splitlines()[1],
        fingerprint=fingerprint(public.key),
    )
    session.add(row)
    session.flush()
    return row


def trusted_offices(session: Session) -> list[TrustedOffice]:
    require(session, Permission.VIEW_RECORDS)
    return list(session.scalars(select(TrustedOffice).order_by(TrustedOffice.office_name)))


def trusted_keys(session: Session) -> list[TrustedKey]:
    return [TrustedKey(_public(row), row.office_name) for row in trusted_offices(session)]


def sender_state(session: Session, key: TrustedKey) -> SenderState | None:
    """The last package received from the office this key belongs to (any of its keys),
    and every package uid received from anyone (a uid is never taken twice).

    A package's link is its row's `sha512`: the SHA-512 of its signed tag manifest (the
    zip file's, for rows kept by earlier versions). A sender whose own ledger row for it
    was written by an earlier version names the zip file's hash instead, which is also
    accepted (`older_links`)."""
    if key.office_name is None:
        return None
    seen = frozenset(session.scalars(select(ReceivedPackage.uid)))
    last = session.scalars(
        select(ReceivedPackage)
        .join(TrustedOffice, TrustedOffice.id == ReceivedPackage.trusted_office_id)
        .where(TrustedOffice.office_name == key.office_name)
        .order_by(ReceivedPackage.sequence.desc())
        .limit(1)
    ).first()
    if last is None:
        if seen:
            # Nothing from this office yet; still refuse a uid taken from another one.
            return SenderState(key.office_name, 0, "", seen)
        return None
    return SenderState(
        key.office_name, last.sequence, last.sha512, seen, lambda: _file_hashes(session, last)
    )


def _file_hashes(session: Session, package: ReceivedPackage) -> frozenset[str]:
    """Both hashes of the kept zip: the file's (what a sender's ledger row written before
    the link was the signed tag manifest names) and its signed tag manifest's (for a row
    kept by an earlier version, whose `sha512` is the file's). Asked only when the
    package's own link does not match."""
    content = session.scalars(
        select(ReceivedPackageFile.zip_bytes).where(ReceivedPackageFile.package_id == package.id)
    ).first()
    if content is None:
        return frozenset()
    hashes = {hashlib.sha512(content).hexdigest()}
    blob = io.BytesIO(content)
    try:
        bag = bagcheck.layout(zipsafety.read_archive(blob, len(content)).entries)
        tag_manifest = bagcheck.read_tag(blob, bag, bagit.TAG_MANIFEST, "signature")
    except (zipsafety.UnsafeZip, bagcheck.CheckFailed):
        return frozenset(hashes)  # kept by a laxer earlier version: its file hash only
    hashes.add(hashlib.sha512(tag_manifest).hexdigest())
    return frozenset(hashes)


def row_for(session: Session, key: TrustedKey) -> TrustedOffice:
    return session.scalars(
        select(TrustedOffice).where(TrustedOffice.key_id == key.public.key_id_text)
    ).one()

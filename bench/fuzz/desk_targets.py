"""Targets on the desktop: a package verified and imported, a receipt brought back on a
stick. Each runs against a real protected profile; what a run writes to the store is
rolled back, so every run starts from the same store."""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime
from pathlib import Path

from bench.fuzz import mutate as mu
from bench.fuzz.desks import in_rolled_back, new_desk
from bench.fuzz.harness import Files, Harness, refused
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from hrdesk.bundles import bagit, minisign
from hrdesk.domain.errors import HRDeskError

PACKAGE = "package.zip"
KEY_PASSPHRASE = "the office key passphrase"  # no OS keyring here


def _desk_package(sender_root: Path, to_dir: Path) -> tuple[bytes, str]:
    """A package built by the desktop itself from the tests' records, and its key's text."""
    from tests.bundles.records import report_files

    from hrdesk.bundles.build import build_package
    from hrdesk.bundles.keys import office_key

    sender = new_desk(sender_root, records=True)
    try:
        to_dir.mkdir(parents=True, exist_ok=True)
        path = build_package(
            sender, "2026-Q3", *report_files(to_dir / "rendered"), to_dir, passphrase=KEY_PASSPHRASE
        )
        key = office_key(sender.profile)
        assert key is not None
        return path.read_bytes(), key.public_key_text()
    finally:
        sender.close(backup=False)


class PackageTarget(Harness):
    """`verify_package` (which must never raise) and `import_package` of a received zip."""

    name = "package"
    names = (PACKAGE,)

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.bundles.signedbag import TRUSTED, genuine, zipfile_genuine

        from hrdesk.bundles.registry import trust_key

        built, sender_key = _desk_package(self.work / "sender", self.work / "stick")
        self.desk = new_desk(self.work / "receiver", "Hà Nội")
        with self.desk.store.transaction(self.desk.actor) as s:
            trust_key(s, TRUSTED.public.encoded())
            trust_key(s, sender_key)
        self.keys = [TRUSTED.public, minisign.parse_public_key(sender_key)]
        zipped = zipfile_genuine(self.work / "zipfile-genuine.zip").read_bytes()
        self.corpus = [{PACKAGE: genuine().render()}, {PACKAGE: zipped}, {PACKAGE: built}]

    def mutate(self, rng: random.Random, base: Files) -> Files:
        if rng.random() < 0.3:
            return {PACKAGE: _resigned(rng)}
        return {PACKAGE: mu.mutate_any(rng, base.get(PACKAGE, b""), self.others())}

    def run(self, folder: Path) -> str:
        from hrdesk.bundles.receive import import_package
        from hrdesk.bundles.verify import verify_package

        path = folder / PACKAGE
        report = verify_package(path, self.keys)  # documented never to raise
        try:
            result = in_rolled_back(self.desk, lambda s: import_package(s, path))
        except HRDeskError as exc:
            return refused(exc)
        failure = result.report.failure if result.report else None
        said = failure.code if failure else result.said.code
        return f"{result.outcome} ({'verified' if report.ok else 'not verified'}): {said}"

    def close(self) -> None:
        self.desk.close(backup=False)


def _resigned(rng: random.Random) -> bytes:
    """The corpus's genuine bag with a tag or payload file changed, signed anew by the
    trusted office: it passes the signature and reaches the checks behind it."""
    from tests.bundles.signedbag import TRUSTED, bag_info, payload, signed
    from tests.bundles.zipwriter import RawZip

    files: dict[str, bytes] = payload()
    choice = rng.randrange(3)
    if choice == 0:
        info = mu.mutate_text(rng, bag_info(dict(files), TRUSTED))
        members = signed(dict(files), info=info)
    elif choice == 1:
        manifest = bagit.manifest_text((n, hashlib.sha512(d).hexdigest()) for n, d in files.items())
        members = signed(dict(files), manifest=mu.mutate_text(rng, manifest))
    else:
        name = rng.choice(sorted(files))
        files[name] = (mu.mutate_json if name.endswith(".json") else mu.mutate_bytes)(
            rng, files[name]
        )
        if rng.random() < 0.2:
            files[rng.choice(["data/" + mu.STRINGS[rng.randrange(12)], "data/x/../y"])] = b"x"
        members = signed(dict(files))
    if rng.random() < 0.5:
        return RawZip.from_members(members).render()
    return mu.rezip(members)


RECEIPT = "receipt.json"
RECEIPT_UID = "f0220000-0000-4000-8000-000000000018"
MINISIG = RECEIPT + ".minisig"


class ReceiptTarget(Harness):
    """`hrdesk receipt import FILE`: the centre's receipt and its signature from a stick."""

    name = "receipt"
    names = (RECEIPT, MINISIG)

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        from tests.bundles.records import report_files

        from hrdesk.bundles.build import build_package
        from hrdesk.bundles.ledger import list_packages
        from hrdesk.central.receipts import receipt_text
        from hrdesk.outbox.link import connect
        from hrdesk.store.models import OutboxItem

        self.desk = new_desk(self.work / "office", records=True)
        stick = self.work / "stick"
        build_package(
            self.desk,
            "2026-Q3",
            *report_files(stick / "rendered"),
            stick,
            passphrase=KEY_PASSPHRASE,
        )
        # Fixed keys and names, so a saved crash is the same input to every later set-up: the
        # centre's key, and our package's uid and the hash the outbox sent it under.
        self.secret = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"fuzz: centre").digest())
        self.key_id = hashlib.sha256(b"fuzz centre").digest()[:8]
        public = minisign.PublicKey(self.key_id, self.secret.public_key().public_bytes_raw())
        uid, sha512 = RECEIPT_UID, hashlib.sha512(b"fuzz: the package sent").hexdigest()
        with self.desk.store.transaction(self.desk.actor) as s:
            connect(s, "http://127.0.0.1:9", [public.encoded()])
            package = list_packages(s)[0]
            package.uid, sequence = uid, package.sequence
            item = s.scalars(select(OutboxItem).where(OutboxItem.package_id == package.id)).first()
            if item is not None:
                item.zip_sha512 = sha512
        text = receipt_text(
            sha512=sha512,
            uid=uid,
            office_id=1,
            province="Gia Lai",
            office_name="Ban Chỉ đạo về quyền con người tỉnh Gia Lai",
            key_id="0123456789ABCDEF",
            period="2026-Q3",
            sequence=sequence,
            audit_head={"count": "12", "hash": "ab" * 32},
            received_at=datetime(2026, 10, 6, 1, 0, tzinfo=UTC),
            warnings=[],
            centre_key_id=public.key_id_text,
        )
        self.corpus = [{RECEIPT: text.encode(), MINISIG: self.sign(text.encode(), sha512)}]

    def sign(self, text: bytes, sha512: object) -> bytes:
        named = " ".join(str(sha512).split())[:200]  # a comment is one line, within its limit
        comment = f"hrdesk-receipt sha512:{named} time:2026-10-06T01:00:00Z"
        return minisign.sign(self.secret, self.key_id, text, comment).encode()

    def mutate(self, rng: random.Random, base: Files) -> Files:
        text, minisig = base.get(RECEIPT, b""), base.get(MINISIG, b"")
        choice = rng.random()
        if choice < 0.3:
            return {RECEIPT: mu.mutate_bytes(rng, text), MINISIG: minisig}
        if choice < 0.5:
            return {RECEIPT: text, MINISIG: mu.mutate_text(rng, minisig)}
        # Signed anew by the pinned key: the text reaches the checks behind the signature.
        changed = mu.mutate_json(rng, text)
        try:
            named = json.loads(changed).get("package_sha512", "")
        except (ValueError, AttributeError):
            named = ""
        return {RECEIPT: changed, MINISIG: self.sign(changed, named)}

    def run(self, folder: Path) -> str:
        from hrdesk.outbox.receipts import import_receipt

        try:
            return in_rolled_back(
                self.desk, lambda s: f"accepted: {import_receipt(s, folder / RECEIPT).status}"
            )
        except HRDeskError as exc:
            return refused(exc)

    def close(self) -> None:
        self.desk.close(backup=False)

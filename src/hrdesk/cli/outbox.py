"""`hrdesk outbox [--send]`, `hrdesk outbox connect`, `hrdesk receipt import FILE` and
`hrdesk package upload FILE`: the round trip to the central office's service.

`outbox --send` exits 0 when nothing is left waiting or refused by this sending, 1 when a
package was refused, 3 when packages still wait (the centre out of reach: they are tried
again later, by the window or the next `--send`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hrdesk.domain.errors import ValidationError

STILL_WAITING = 3


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `outbox` and `receipt` to the main parser (`commands` is its _Commands)."""
    from hrdesk.cli.parser import Parser, _Commands

    outbox = commands.add_parser("outbox", help="packages waiting for the centre; send them")
    outbox.add_argument("--send", action="store_true", help="send what waits, now")
    actions = _Commands(
        outbox.add_subparsers(dest="outbox_command", metavar="ACTION", parser_class=Parser),
        common,
    )
    connect = actions.add_parser("connect", help="pin the central office's service (admin)")
    connect.add_argument("--url", required=True, help="https://… (http only to this computer)")
    connect.add_argument(
        "--key", required=True, action="append", metavar="CENTRE.pub", help="repeatable"
    )
    connect.add_argument(
        "--ca", metavar="FILE.pem", help="trust this certificate or CA (self-signed centre)"
    )
    connect.add_argument("--proxy", metavar="URL", help="a proxy (default: the system's)")
    connect.add_argument(
        "--recipient",
        metavar="age1…|FILE",
        help="the centre's recipient key: packages with personal data are sealed to it",
    )
    receipt = commands.add_parser("receipt", help="receipts from the centre")
    receipt_actions = _Commands(
        receipt.add_subparsers(
            dest="receipt_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        common,
    )
    imported = receipt_actions.add_parser("import", help="take in a receipt from a stick")
    imported.add_argument("file", metavar="FILE")


def run_outbox(args: argparse.Namespace) -> int:
    if getattr(args, "outbox_command", None) == "connect":
        return _connect(args)
    if args.send:
        return _send(args)
    return _list(args)


def run_receipt(args: argparse.Namespace) -> int:
    from hrdesk.cli.context import writing
    from hrdesk.outbox.receipts import import_receipt

    with writing(args) as session:
        package = import_receipt(session, Path(args.file).expanduser())
        print(f"receipt kept: package {package.sequence} ({package.period_label}) acknowledged")
    return 0


def _read(path_text: str, field: str) -> str:
    from hrdesk.messages.reasons import os_reason

    path = Path(path_text).expanduser()
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise ValidationError(field, "outbox.key_unreadable", path=path, reason=reason) from None


def _connect(args: argparse.Namespace) -> int:
    from hrdesk.cli.context import writing
    from hrdesk.outbox.link import connect

    keys = [_read(name, "key") for name in args.key]
    ca = _read(args.ca, "ca") if args.ca else None
    recipient = args.recipient
    if recipient and not recipient.strip().startswith("age1"):
        recipient = _read(recipient, "recipient")
    with writing(args) as session:
        link = connect(session, args.url, keys, ca_pem=ca, proxy=args.proxy, recipient=recipient)
    print(f"connected to {link.url}; centre key(s) {', '.join(link.key_ids)}")
    if link.recipient:
        print(f"packages with personal data are sealed to {link.recipient}")
    return 0


def _line(entry: Any) -> list[str]:
    when = entry.arrived_at or entry.next_try_at
    return [
        str(entry.sequence),
        entry.period_label,
        entry.state,
        f"{entry.size:,}",
        f"{when:%Y-%m-%d %H:%M}" if when else "",
    ]


def _list(args: argparse.Namespace) -> int:
    from hrdesk.cli.context import reading
    from hrdesk.cli.output import as_table
    from hrdesk.outbox.link import centre_link
    from hrdesk.outbox.queue import entries

    lang = args.lang or "vi"
    with reading(args) as session:
        link = centre_link(session)
        rows = entries(session)
    print(f"centre: {link.url}" if link else "centre: not connected (hrdesk outbox connect)")
    if not rows:
        print("the outbox is empty")
        return 0
    as_table(["no.", "period", "state", "bytes", "arrived / next try"], [_line(e) for e in rows])
    # A problem in full, under the table: the centre's reason is worth reading whole.
    for entry in rows:
        if entry.problem_code and entry.state != "arrived":
            print(f"package {entry.sequence}: {entry.problem(lang)}")
    return 0


def _report(outcomes: list[Any], lang: str) -> int:
    from hrdesk.messages import render

    status = 0
    for outcome in outcomes:
        if outcome.state == "arrived":
            print(f"package {outcome.sequence}: arrived, receipt kept, acknowledged")
            continue
        print(f"package {outcome.sequence}: {outcome.state}: "
              f"{render(outcome.code, outcome.params or {}, lang)}")  # fmt: skip
        status = max(status, 1 if outcome.state == "refused" else STILL_WAITING)
    return status


def _send(args: argparse.Namespace) -> int:
    from hrdesk.cli.context import open_desk
    from hrdesk.outbox.sender import connected, send_waiting

    with open_desk(args) as desk:
        if connected(desk) is None:
            raise ValidationError("url", "outbox.not_connected")
        outcomes = send_waiting(desk)
    if not outcomes:
        print("nothing waits in the outbox")
    return _report(outcomes, args.lang or "vi")


def upload_file(args: argparse.Namespace) -> int:
    """`hrdesk package upload FILE`: one package of this office's ledger, sent now."""
    from hrdesk.bundles.verify import file_sha512
    from hrdesk.cli.context import open_desk
    from hrdesk.outbox.sender import connected, send_package

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise ValidationError("file", "file.missing", path=path)
    sha512 = file_sha512(path)
    with open_desk(args) as desk:
        if connected(desk) is None:
            raise ValidationError("url", "outbox.not_connected")
        uid = _queue_file(desk, path, sha512)
        outcome = send_package(desk, uid)
    if outcome is None:
        print("already acknowledged: nothing to send")
        return 0
    return _report([outcome], args.lang or "vi")


def _queue_file(desk: Any, path: Path, sha512: str) -> str:
    """The outbox's package with these bytes, queued now if the ledger has it but the
    outbox does not (built by an earlier version, or refused and built again)."""
    from sqlalchemy import select

    from hrdesk.bundles.keys import office_public_keys
    from hrdesk.bundles.verify import verify_package
    from hrdesk.outbox import queue
    from hrdesk.store.models import OutboxItem, Package

    with desk.store.transaction(desk.actor) as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.zip_sha512 == sha512)).first()
        if item is not None:
            if item.state == queue.REFUSED and item.zip_bytes is not None:
                item.state = queue.WAITING  # sent again on purpose: the officer asks
            return item.package.uid
        report = verify_package(path, [k.public for k in office_public_keys(desk.profile)])
        uid = report.info.uid if report.ok and report.info else None
        package = session.scalars(select(Package).where(Package.uid == uid)).first()
        if package is None:
            raise ValidationError("file", "outbox.not_our_package", path=path)
        old = session.scalars(select(OutboxItem).where(OutboxItem.package_id == package.id))
        for stale in old:
            session.delete(stale)
        session.flush()
        queue.enqueue(session, package, path, sha512)
        return package.uid


def check_receipts(session: Any) -> bool:
    """`hrdesk check`: the audit log against the chain heads the centre's receipts hold;
    True when history was rewritten after a package was acknowledged."""
    from hrdesk.outbox.chain import check_against_receipts

    held, rewritten = check_against_receipts(session)
    if not held:
        return False
    if not rewritten:
        print(f"receipts: {held} hold the audit log's head; the log agrees with every one")
        return False
    for problem in rewritten:
        now = f"now {problem.local_hash[:16]}…" if problem.local_hash else "now missing"
        print(
            f"receipts: history rewritten after package {problem.sequence} "
            f"({problem.period_label}) was acknowledged: the centre's receipt holds entry "
            f"{problem.count} as {problem.receipt_hash[:16]}…, the audit log {now}"
        )
    return True

"""`hrdesk central …`: the central office's service and its administration.

The grammar is added to the main parser by `add_parser`; the handlers import the service
(FastAPI, SQLAlchemy) only when run, so `hrdesk --help` stays light.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from hrdesk.domain.errors import ValidationError

PASSWORD_ENV = "HRDESK_CENTRAL_USER_PASSWORD"
DEFAULT_PORT = 8470


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `central` and its actions to the main parser (`commands` is its _Commands)."""
    from hrdesk.cli.parser import Parser, _Commands

    where = Parser(add_help=False, parents=[common])
    where.add_argument(
        "--data", metavar="DIR", help="the centre's data folder (or HRDESK_CENTRAL_DATA)"
    )
    where.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://… (or HRDESK_CENTRAL_DATABASE); SQLite by default",
    )
    central = commands.add_parser("central", help="the central office's service")
    actions = _Commands(
        central.add_subparsers(
            dest="central_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        where,
    )
    serve = actions.add_parser("serve", help="run the service (upload API and board)")
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--max-upload-mb", type=int, default=200, help="largest package accepted")
    serve.add_argument(
        "--due-days", type=int, default=15, help="days after a period a package is due"
    )
    serve.add_argument("--secure-cookies", action="store_true", help="behind a TLS proxy")

    office = actions.add_parser("office", help="the provincial offices and their keys")
    office_actions = _Commands(
        office.add_subparsers(
            dest="office_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        where,
    )
    add = office_actions.add_parser("add", help="register an office's key (a new key rotates)")
    add.add_argument("--key", required=True, metavar="FILE.pub")
    add.add_argument("--province", metavar="NAME", help="one of the 34 provinces")
    add.add_argument("--name", metavar="NAME", help="the office's name")
    office_actions.add_parser("list", help="offices and their keys")
    revoke = office_actions.add_parser("revoke", help="revoke an office, or one of its keys")
    revoke.add_argument("office_id", metavar="ID", type=int)
    revoke.add_argument("--key", metavar="KEY_ID", help="only this key")

    key = actions.add_parser("key", help="the centre's own key")
    key_actions = _Commands(
        key.add_subparsers(
            dest="key_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        where,
    )
    export = key_actions.add_parser(
        "export", help="write the centre's public key and its recipient key (age)"
    )
    export.add_argument("--out", required=True, metavar="FILE.pub")
    export.add_argument(
        "--recipient-out",
        metavar="FILE",
        help="where the recipient key goes (default: FILE-recipient.txt beside --out)",
    )
    export.add_argument(
        "--identity-out",
        metavar="FILE",
        help="also write the recipient key's SECRET half (age -d -i FILE), for the centre only",
    )

    importer = actions.add_parser("import", help="receive packages brought on a stick")
    importer.add_argument("files", nargs="+", metavar="FILE")
    receipts = actions.add_parser("receipts", help="write an office's receipts to a folder")
    receipts.add_argument("--office", required=True, type=int, metavar="ID")
    receipts.add_argument("--to", required=True, metavar="DIR")
    user = actions.add_parser("user", help="officers who sign in to the board")
    user_actions = _Commands(
        user.add_subparsers(
            dest="user_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        where,
    )
    user_add = user_actions.add_parser("add", help="add an officer (password from a prompt)")
    user_add.add_argument("name", metavar="NAME")
    user_add.add_argument("--role", required=True, choices=("administrator", "officer", "viewer"))


def _settings(args: argparse.Namespace, **overrides: Any) -> Any:
    from hrdesk.central.config import Settings
    from hrdesk.cli.context import store_options

    overrides.setdefault("scrypt", store_options(args).scrypt)
    settings = Settings.from_env(
        getattr(args, "data", None), getattr(args, "database", None), **overrides
    )
    if settings.passphrase is None and not (settings.data_dir / "centre-key.json").exists():
        from hrdesk.bundles import keystore

        if not keystore.keyring_put("hrdesk-central-probe", "probe"):
            settings = _with_passphrase(settings, new=True)
        else:
            keystore.keyring_delete("hrdesk-central-probe")
    elif settings.passphrase is None and _wrapped(settings.data_dir):
        settings = _with_passphrase(settings, new=False)
    return settings


def _wrapped(data: Path) -> bool:
    try:
        return (
            json.loads((data / "centre-key.json").read_text("utf-8")).get("storage") == "passphrase"
        )
    except (OSError, ValueError):
        return False


def _with_passphrase(settings: Any, *, new: bool) -> Any:
    from dataclasses import replace

    from hrdesk.central.config import PASSPHRASE_ENV

    if not sys.stdin.isatty():
        raise ValidationError("passphrase", "central.passphrase_needed", env=PASSPHRASE_ENV)
    first = getpass.getpass("passphrase for the centre key: ")
    if new and getpass.getpass("again: ") != first:
        raise ValidationError("passphrase", "central.passphrases_differ")
    return replace(settings, passphrase=first)


def _open(args: argparse.Namespace, **overrides: Any) -> Any:
    from hrdesk.central.service import Centre

    return Centre.open(_settings(args, **overrides))


def run_central(args: argparse.Namespace) -> int:
    import importlib.util

    from hrdesk.domain.errors import HRDeskError

    missing = [m for m in ("fastapi", "uvicorn", "argon2") if importlib.util.find_spec(m) is None]
    if missing:
        raise HRDeskError("central.extra_missing", missing=missing)
    action = args.central_command
    if action == "serve":
        return _serve(args)
    handlers = {
        "office": _office,
        "key": _key,
        "import": _import,
        "receipts": _receipts,
        "user": _user,
    }
    return handlers[action](args)


def _serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    from hrdesk.central.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    with _open(
        args,
        max_upload=args.max_upload_mb << 20,
        due_days=args.due_days,
        secure_cookies=args.secure_cookies,
    ) as centre:
        print(
            f"HR Desk central: http://{args.host}:{args.port}/ (data {centre.settings.data_dir}, "
            f"key {centre.key.key_id})",
            flush=True,
        )
        uvicorn.run(
            create_app(centre=centre),
            host=args.host,
            port=args.port,
            log_level="info",
            proxy_headers=True,
            timeout_graceful_shutdown=10,
        )
    return 0


def _office(args: argparse.Namespace) -> int:
    from hrdesk.central import offices

    with _open(args) as centre, centre.sessions.begin() as session:
        if args.office_command == "add":
            path = Path(args.key)
            if not path.is_file():
                raise ValidationError("key", "central.not_a_file", path=path)
            view, action = offices.add_office(
                session,
                path.read_text(encoding="utf-8", errors="replace"),
                args.province,
                args.name,
            )
            key = view.keys[-1] if action != "unchanged" else None
            shown = f", key {key.key_id} ({key.fingerprint})" if key else ""
            print(f"{action}: office {view.id}, {view.province}, {view.name}{shown}")
        elif args.office_command == "list":
            for view in offices.list_offices(session):
                state = f" revoked {view.revoked_at:%Y-%m-%d}" if view.revoked_at else ""
                print(f"{view.id}\t{view.province}\t{view.name}{state}")
                for key in view.keys:
                    print(f"\tkey {key.key_id}\t{key.state}\t{key.fingerprint}")
        else:
            view = offices.revoke(session, args.office_id, args.key)
            what = f"key {args.key.upper()} of" if args.key else "every key of"
            print(f"revoked {what} office {view.id}, {view.province}")
    return 0


def _key(args: argparse.Namespace) -> int:
    from hrdesk.store.files import atomic_write_bytes

    out = Path(args.out)
    recipient_out = Path(args.recipient_out or out.with_name(f"{out.stem}-recipient.txt"))
    with _open(args) as centre:
        atomic_write_bytes(out, centre.key.public_text().encode("ascii"))
        print(f"{out}: centre key {centre.key.key_id}, fingerprint {centre.key.fingerprint}")
        atomic_write_bytes(recipient_out, centre.recipient.recipient_text().encode("ascii"))
        print(f"{recipient_out}: recipient key {centre.recipient.recipient}")
        if args.identity_out:
            identity_out = Path(args.identity_out)
            # Readable by its owner only from the start; never over an existing file.
            handle = os.open(identity_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(handle, "w", encoding="ascii") as secret:
                secret.write(centre.recipient.identity_text())
            print(f"{identity_out}: the recipient key's secret half: keep it at the centre")
    return 0


def _import(args: argparse.Namespace) -> int:
    from hrdesk.central.receiving import receive
    from hrdesk.central.storage import TooLarge, copy_hashing

    status = 0
    with _open(args) as centre:
        for name in args.files:
            source = Path(name)
            if not source.is_file():
                print(f"{name}: not a file", file=sys.stderr)
                status = 2
                continue
            with centre.files.incoming_file() as path, open(source, "rb") as handle:
                try:
                    sha512, size = copy_hashing(handle, path, centre.settings.max_upload)
                except TooLarge:
                    print(f"{name}: refused: larger than the service accepts", file=sys.stderr)
                    status = max(status, 1)
                    continue
                outcome = receive(centre, path, sha512, size)
            if outcome.receipt is None:
                print(f"{name}: refused: {outcome.check}: {outcome.reason}", file=sys.stderr)
                status = max(status, 1)
            else:
                print(f"{name}: {outcome.status}, receipt for {sha512[:16]}…")
                for warning in outcome.warnings:
                    print(f"  warning: {warning}")
    return status


def _receipts(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from hrdesk.central.models import Office, Package
    from hrdesk.store.files import atomic_write_bytes

    folder = Path(args.to)
    if not folder.is_dir():
        raise ValidationError("to", "central.not_a_folder", path=folder)
    with _open(args) as centre, centre.sessions() as session:
        if session.get(Office, args.office) is None:
            raise ValidationError("office", "central.no_office", office=args.office)
        packages = session.scalars(
            select(Package).where(Package.office_id == args.office).order_by(Package.sequence)
        ).all()
        for package in packages:
            stem = folder / f"receipt-{package.sequence:04d}-{package.sha512[:16]}.json"
            atomic_write_bytes(stem, package.receipt.encode("utf-8"))
            atomic_write_bytes(
                stem.with_name(stem.name + ".minisig"), package.receipt_minisig.encode("utf-8")
            )
        print(f"{len(packages)} receipt(s) written to {folder}")
    return 0


def _user(args: argparse.Namespace) -> int:
    from hrdesk.central.users import add_user

    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError("password", "central.password_needed", env=PASSWORD_ENV)
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            raise ValidationError("password", "central.passwords_differ")
    with _open(args) as centre, centre.sessions.begin() as session:
        officer = add_user(session, args.name, args.role, password)
        print(f"added {officer.name} ({officer.role})")
    return 0

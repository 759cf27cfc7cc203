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

from hrdesk.cli.said import lang_of, said, say
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
            settings = _with_passphrase(args, settings, new=True)
        else:
            keystore.keyring_delete("hrdesk-central-probe")
    elif settings.passphrase is None and _wrapped(settings.data_dir):
        settings = _with_passphrase(args, settings, new=False)
    return settings


def _wrapped(data: Path) -> bool:
    try:
        return (
            json.loads((data / "centre-key.json").read_text("utf-8")).get("storage") == "passphrase"
        )
    except (OSError, ValueError):
        return False


def _with_passphrase(args: argparse.Namespace, settings: Any, *, new: bool) -> Any:
    from dataclasses import replace

    from hrdesk.central.config import PASSPHRASE_ENV

    if not sys.stdin.isatty():
        raise ValidationError("passphrase", "central.passphrase_needed", env=PASSPHRASE_ENV)
    first = getpass.getpass(said(args, "prompt.centre_passphrase") + " ")
    if new and getpass.getpass(said(args, "prompt.again") + " ") != first:
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
        url = f"http://{args.host}:{args.port}/"
        data, key = centre.settings.data_dir, centre.key.key_id
        print(said(args, "said.centre_serving", url=url, data=data, key=key), flush=True)
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
            _say_added(args, view, action)
        elif args.office_command == "list":
            for view in offices.list_offices(session):
                state = ""
                if view.revoked_at:
                    day = view.revoked_at.date()
                    state = " " + said(args, "said.centre_office_revoked_on", day=day)
                print(f"{view.id}\t{view.province}\t{view.name}{state}")
                for key in view.keys:
                    print(
                        f"\t{key.key_id}\t{said(args, _KEY_STATES[key.state])}\t{key.fingerprint}"
                    )
        else:
            view = offices.revoke(session, args.office_id, args.key)
            office, province = view.id, view.province
            if args.key:
                key = args.key.upper()
                say(args, "said.centre_revoked_key", key=key, office=office, province=province)
            else:
                say(args, "said.centre_revoked_office", office=office, province=province)
    return 0


_KEY_STATES = {
    "current": "said.centre_key_state_active",
    "retired": "said.centre_key_state_retired",
    "revoked": "said.centre_key_state_revoked",
}


def _say_added(args: argparse.Namespace, view: Any, action: str) -> None:
    """What `office add` did: added, rotated (a new key) or unchanged."""
    office, province, name = view.id, view.province, view.name
    if action == "unchanged":
        say(args, "said.centre_office_unchanged", office=office, province=province, name=name)
        return
    key, fingerprint = view.keys[-1].key_id, view.keys[-1].fingerprint
    # Both texts take the same parameters: the new key and its office.
    code = "said.centre_office_added" if action == "added" else "said.centre_office_rotated"
    say(args, code, office=office, province=province, name=name, key=key, fingerprint=fingerprint)


def _key(args: argparse.Namespace) -> int:
    from hrdesk.store.files import atomic_write_bytes

    out = Path(args.out)
    recipient_out = Path(args.recipient_out or out.with_name(f"{out.stem}-recipient.txt"))
    with _open(args) as centre:
        atomic_write_bytes(out, centre.key.public_text().encode("ascii"))
        key, fingerprint = centre.key.key_id, centre.key.fingerprint
        say(args, "said.centre_key_written", path=out, key=key, fingerprint=fingerprint)
        atomic_write_bytes(recipient_out, centre.recipient.recipient_text().encode("ascii"))
        recipient = centre.recipient.recipient
        say(args, "said.centre_recipient_written", path=recipient_out, recipient=recipient)
        if args.identity_out:
            identity_out = Path(args.identity_out)
            # Readable by its owner only from the start; never over an existing file.
            handle = os.open(identity_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(handle, "w", encoding="ascii") as secret:
                secret.write(centre.recipient.identity_text())
            say(args, "said.centre_identity_written", path=identity_out)
    return 0


def _import(args: argparse.Namespace) -> int:
    from hrdesk.central.receiving import ACCEPTED, receive
    from hrdesk.central.storage import TooLarge, copy_hashing

    status = 0
    with _open(args) as centre:
        for name in args.files:
            source = Path(name)
            if not source.is_file():
                say(args, "said.centre_not_a_file", out=sys.stderr, name=name)
                status = 2
                continue
            with centre.files.incoming_file() as path, open(source, "rb") as handle:
                try:
                    sha512, size = copy_hashing(handle, path, centre.settings.max_upload)
                except TooLarge:
                    say(args, "said.centre_too_large", out=sys.stderr, name=name)
                    status = max(status, 1)
                    continue
                outcome = receive(centre, path, sha512, size)
            if outcome.receipt is None:
                reason = outcome.refusal().text(lang_of(args))
                say(args, "said.centre_refused", out=sys.stderr, name=name, reason=reason)
                status = max(status, 1)
            else:
                code = (
                    "said.centre_accepted" if outcome.status == ACCEPTED else "said.centre_already"
                )
                say(args, code, name=name, sha=sha512[:16])
                for warning in outcome.warnings:
                    text = warning.text(lang_of(args))
                    print("  " + said(args, "said.centre_warning", text=text))
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
        say(args, "said.centre_receipts_written", count=len(packages), folder=folder)
    return 0


def _user(args: argparse.Namespace) -> int:
    from hrdesk.central.users import add_user

    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError("password", "central.password_needed", env=PASSWORD_ENV)
        password = getpass.getpass(said(args, "prompt.password_for", username=args.name) + " ")
        if getpass.getpass(said(args, "prompt.again") + " ") != password:
            raise ValidationError("password", "central.passwords_differ")
    with _open(args) as centre, centre.sessions.begin() as session:
        officer = add_user(session, args.name, args.role, password)
        say(args, "said.centre_user_added", name=officer.name, role=officer.role)
    return 0

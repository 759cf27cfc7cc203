"""`hrdesk account add|list|disable|role|password`: officer accounts, as Settings → Accounts.

The services hold the roles: only an administrator manages accounts; anyone may set
their own password (the old one, HRDESK_PASSPHRASE, proves it is them).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from hrdesk.cli.context import open_desk, password
from hrdesk.cli.printing import Column, records, say
from hrdesk.cli.progress import asking
from hrdesk.cli.said import said
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import OfficerRole
from hrdesk.messages import Localized
from hrdesk.signin import Desk

ENV_NEW_PASSPHRASE = "HRDESK_NEW_PASSPHRASE"
COLUMNS = (
    Column("username", Localized("Tài khoản", "Account")),
    Column("full_name", Localized("Họ và tên", "Full name")),
    Column("role", Localized("Vai trò", "Role"), OfficerRole),
    Column("active", Localized("Đang dùng", "Active")),
)


def _role(text: str) -> str:
    """The command line's "administrator" is the stored "admin"."""
    return OfficerRole.ADMIN.value if text == "administrator" else text


def new_passphrase(args: argparse.Namespace, username: str) -> str:
    """HRDESK_NEW_PASSPHRASE, or typed twice at the terminal without echo."""
    given = os.environ.get(ENV_NEW_PASSPHRASE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("password", "cli.password_needed", variable=ENV_NEW_PASSPHRASE)
    asking()
    first = getpass.getpass(said(args, "prompt.new_password_for", username=username) + " ")
    if getpass.getpass(said(args, "prompt.again") + " ") != first:
        raise ValidationError("password", "signin.passwords_differ")
    return first


def _store_key(desk: Desk) -> bytes:
    """The store key a new password's slot wraps (a signed-in store is always encrypted)."""
    assert desk.store.key is not None
    return desk.store.key


def run_account(args: argparse.Namespace) -> int:
    from hrdesk.services import accounts
    from hrdesk.services.common import require

    action = args.account_command
    with open_desk(args) as desk:
        if action == "list":
            with desk.store.reader(desk.actor) as session:
                rows = [
                    {
                        "username": o.username,
                        "full_name": o.full_name,
                        "role": o.role,
                        "active": bool(o.active),
                    }
                    for o in accounts.officers(session)
                ]
            return records(args, COLUMNS, rows)
        name = args.name.strip().lower()
        if action == "password" and name == desk.actor.username:
            # One's own password: the old one (HRDESK_PASSPHRASE) proves it is them.
            secret = new_passphrase(args, name)
            old = password(said(args, "prompt.current_password_for", username=name) + " ")
            accounts.change_own_password(desk.keyfile, name, old, secret)
            say(args, "cli19.password_set", username=name)
            return 0
        with desk.store.transaction(desk.actor) as session:
            if action == "add":
                # Refused before a password is asked for: a viewer types nothing in vain.
                require(session, Permission.MANAGE_ACCOUNTS)
                officer = accounts.add_officer(
                    session,
                    desk.keyfile,
                    _store_key(desk),
                    username=name,
                    full_name=args.full_name or name,
                    role=_role(args.role),
                    password=new_passphrase(args, name),
                )
                role = OfficerRole(officer.role)
                say(args, "cli19.account_added", username=officer.username, role=role.localized)
            elif action == "disable":
                accounts.disable_officer(session, desk.keyfile, name)
                say(args, "cli19.account_disabled", username=name)
            elif action == "role":
                officer = accounts.set_role(session, name, _role(args.role))
                role = OfficerRole(officer.role)
                say(args, "cli19.role_set", username=name, role=role.localized)
            else:
                require(session, Permission.MANAGE_ACCOUNTS)
                accounts.reset_password(
                    session, desk.keyfile, _store_key(desk), name, new_passphrase(args, name)
                )
                say(args, "cli19.password_set", username=name)
    return 0

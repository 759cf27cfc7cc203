"""Signing in on the command line, and the profile it names.

The officer comes from HRDESK_USER (or is the profile's only account), the password from
HRDESK_PASSPHRASE or a prompt at the terminal. The office key's passphrase (where the
computer has no keyring) is another secret: HRDESK_KEY_PASSPHRASE.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator

from sqlalchemy.orm import Session

from hrdesk.cli.said import said
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.domain.notice import Notice, Notify
from hrdesk.profile import Profile
from hrdesk.signin import Desk, sign_in
from hrdesk.store.options import DEFAULTS, StoreOptions

ENV_USER = "HRDESK_USER"
ENV_PASSPHRASE = "HRDESK_PASSPHRASE"
ENV_KEY_PASSPHRASE = "HRDESK_KEY_PASSPHRASE"


def profile_of(args: argparse.Namespace) -> Profile:
    return Profile.resolve(getattr(args, "profile", None))


def password(prompt: str) -> str:
    """HRDESK_PASSPHRASE, or asked at the terminal without echo."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("password", "cli.password_needed", variable=ENV_PASSPHRASE)
    from hrdesk.cli.progress import asking

    asking()
    return getpass.getpass(prompt)


def new_password(prompt: str, again: str) -> str:
    """A new password: HRDESK_PASSPHRASE, or typed twice at the terminal (`again` asks
    the second time)."""
    first = password(prompt)
    if os.environ.get(ENV_PASSPHRASE) is None and getpass.getpass(again) != first:
        raise ValidationError("password", "signin.passwords_differ")
    return first


def store_options(args: argparse.Namespace) -> StoreOptions:
    """The store options `main` was given, or the program's defaults."""
    given = getattr(args, "store_options", None)
    return given if isinstance(given, StoreOptions) else DEFAULTS


def open_desk(args: argparse.Namespace) -> Desk:
    profile = profile_of(args)
    if not profile.exists:
        raise StoreError("cli.no_profile", path=profile.root)
    username = os.environ.get(ENV_USER) or None
    asked = said(args, "prompt.password_for", username=username or "HR Desk") + " "
    desk = sign_in(profile, username, password(asked), options=store_options(args))
    from hrdesk.cli.progress import AUTO_BACKUP, current

    # The first command of a day makes the daily backup as it closes: say so on a terminal.
    desk.backup_progress = current(args).reporting(AUTO_BACKUP)
    desk.notify = _on_stderr(getattr(args, "lang", None) or "vi")
    return desk


def _on_stderr(lang: str) -> Notify:
    """Notices (the automatic backup's, on closing) printed on stderr in `lang`."""
    from hrdesk.program import command_name

    def say(notice: Notice) -> None:
        print(f"{command_name()}: {notice.text(lang)}", file=sys.stderr)

    return say


@contextlib.contextmanager
def reading(args: argparse.Namespace) -> Iterator[Session]:
    with open_desk(args) as desk, desk.store.reader(desk.actor) as session:
        yield session


@contextlib.contextmanager
def writing(args: argparse.Namespace) -> Iterator[Session]:
    with open_desk(args) as desk, desk.store.transaction(desk.actor) as session:
        yield session

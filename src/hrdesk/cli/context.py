"""Opening the profile named on the command line, and who is acting."""

from __future__ import annotations

import argparse
import getpass
import os

from hrdesk.domain.access import Actor
from hrdesk.domain.errors import StoreError
from hrdesk.domain.vocab import OfficerRole
from hrdesk.profile import Profile
from hrdesk.store.database import Store


def profile_of(args: argparse.Namespace) -> Profile:
    return Profile.resolve(args.profile)


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    profile = profile_of(args)
    if not create and not profile.exists:
        raise StoreError(
            f"there is no HR Desk profile at {profile.root}: run `hrdesk init` or `hrdesk demo`"
        )
    return Store.open(profile)


def cli_actor() -> Actor:
    username = os.environ.get("HRDESK_USER") or getpass.getuser()
    return Actor(username, OfficerRole.ADMIN, None, username)

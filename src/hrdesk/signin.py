"""Signing in to a profile: unwrap the store key with an officer's password, open the
encrypted store, and act as that officer. Also: making a new protected profile, and
converting a store from the days before encryption.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from hrdesk.domain.access import Actor
from hrdesk.domain.errors import HRDeskError, PermissionDenied, StoreError, ValidationError
from hrdesk.domain.notice import Notice, Notify
from hrdesk.domain.vocab import OfficerRole
from hrdesk.profile import Profile
from hrdesk.store.database import Store
from hrdesk.store.keyfile import KeyFile, WrongPassword, new_key
from hrdesk.store.options import DEFAULTS, StoreOptions
from hrdesk.store.restore_journal import finish_pending as finish_pending_restore

KEYRING_SERVICE = "HR Desk"
MIN_PASSWORD = 8
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
PLAINTEXT_HEADER = b"SQLite format 3\x00"


@dataclass
class Desk:
    """A signed-in officer with the open store and the profile's key slots."""

    store: Store
    actor: Actor
    keyfile: KeyFile
    # Hears how far the daily automatic backup at closing is (the command line's progress).
    backup_progress: Callable[[float, str], None] | None = None
    # Hears what the automatic backup on closing has to say (the command line prints it).
    notify: Notify | None = None

    @property
    def profile(self) -> Profile:
        return self.store.profile

    def close(self, backup: bool = True) -> None:
        """Close the store, after the daily automatic backup if one is due."""
        try:
            if backup:
                from hrdesk.store.backup_files import auto_backup

                try:
                    auto_backup(self.store, progress=self.backup_progress, notify=self.notify)
                except (OSError, HRDeskError) as exc:
                    # A failed backup must not stop the officer closing; it is logged.
                    import logging

                    logging.getLogger(__name__).warning("automatic backup failed: %s", exc)
                    if self.notify is not None:
                        self.notify(backup_failed(exc, self.profile))
        finally:
            self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def backup_failed(exc: OSError | HRDeskError, profile: Profile) -> Notice:
    """Why the automatic backup failed, as a notice in the officer's language."""
    if isinstance(exc, HRDeskError):
        return Notice(exc.code, **exc.params)
    from hrdesk.messages.reasons import os_reason

    return Notice("backup.not_written", folder=profile.backups_dir, reason=os_reason(exc))


def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not USERNAME.fullmatch(name):
        raise ValidationError("username", "signin.bad_username")
    return name


def check_password(password: str, minimum: int = MIN_PASSWORD) -> str:
    if len(password or "") < minimum:
        raise ValidationError("password", "signin.password_too_short", minimum=minimum)
    return password


def is_plaintext(profile: Profile) -> bool:
    """A store written before encryption (or by plain SQLite) starts with SQLite's header."""
    with open(profile.store_path, "rb") as handle:
        return handle.read(16) == PLAINTEXT_HEADER


def create_profile(
    profile: Profile,
    *,
    username: str,
    password: str,
    full_name: str,
    min_password: int = MIN_PASSWORD,
    options: StoreOptions = DEFAULTS,
) -> Desk:
    """A new encrypted store with one administrator account."""
    profile.ensure()
    if profile.exists:
        raise StoreError("profile.exists", path=profile.root)
    username = check_username(username)
    check_password(password, min_password)
    keyfile = KeyFile.load(profile.keys_path, options.scrypt)
    key = new_key()
    keyfile.add_slot(username, password, key)
    store = Store.open(profile, key, options=options)
    actor = _add_first_admin(store, username, full_name)
    return Desk(store, actor, keyfile)


def _add_first_admin(store: Store, username: str, full_name: str) -> Actor:
    from hrdesk.store.models import Officer

    bootstrap = Actor(username, OfficerRole.ADMIN, None, full_name)
    with store.transaction(bootstrap) as session:
        officer = Officer(
            username=username,
            full_name=full_name or username,
            role=OfficerRole.ADMIN.value,
            active=True,
        )
        session.add(officer)
        session.flush()
        return Actor(username, OfficerRole.ADMIN, officer.id, officer.full_name)


def only_account(keyfile: KeyFile) -> str:
    names = keyfile.usernames
    if len(names) == 1:
        return names[0]
    raise ValidationError("username", "signin.which_account", count=len(names))


def sign_in(
    profile: Profile,
    username: str | None,
    password: str,
    *,
    remember: bool = False,
    options: StoreOptions = DEFAULTS,
) -> Desk:
    """Open the profile as this officer. Wrong passwords are counted; after five, tries wait."""
    if not profile.exists:
        raise StoreError("profile.missing", path=profile.root)
    finish_pending_restore(profile)  # the keys read below are the restored ones
    keyfile = KeyFile.load(profile.keys_path, options.scrypt)
    if is_plaintext(profile):
        return _encrypt_and_sign_in(profile, keyfile, username, password, options)
    username = check_username(username) if username else only_account(keyfile)
    key = keyfile.unwrap(username, password)
    desk = open_with_key(profile, keyfile, username, key, options)
    if remember:
        try:
            remember_key(keyfile, username, key)
        except BaseException:
            # Not remembered: the officer is told and signs in again; the store is not
            # left open behind the message (another copy, a restore, could not use it).
            desk.close(backup=False)
            raise
    return desk


def _encrypt_and_sign_in(
    profile: Profile,
    keyfile: KeyFile,
    username: str | None,
    password: str,
    options: StoreOptions = DEFAULTS,
) -> Desk:
    """First sign-in on a store from before encryption: it is encrypted now, and the
    officer becomes its first administrator."""
    from sqlalchemy import select

    from hrdesk.store.encrypt import encrypt_plaintext_store
    from hrdesk.store.models import Officer

    name = check_username(username or "admin")
    check_password(password)
    encrypt_plaintext_store(profile, keyfile, name, password)
    store = Store.open(profile, keyfile.unwrap(name, password), options=options)
    with store.reader(Actor(name, OfficerRole.ADMIN)) as session:
        known = session.scalars(select(Officer).where(Officer.username == name)).first()
    actor = officer_actor(store, name) if known else _add_first_admin(store, name, name)
    return Desk(store, actor, keyfile)


def open_with_key(
    profile: Profile,
    keyfile: KeyFile,
    username: str,
    key: bytes,
    options: StoreOptions = DEFAULTS,
) -> Desk:
    """The desk of `username` on the store opened with `key` (read from a slot or the
    keyring), with the store's clock and costs in `options`."""
    from hrdesk.store.encrypt import wipe_plaintext_leftovers
    from hrdesk.workdir import sweep_profile

    store = Store.open(profile, key, options=options)
    wipe_plaintext_leftovers(profile)
    sweep_profile(profile.root)
    try:
        actor = officer_actor(store, username)
    except BaseException:
        store.close()
        raise
    return Desk(store, actor, keyfile)


def officer_actor(store: Store, username: str) -> Actor:
    from sqlalchemy import select

    from hrdesk.domain.access import SYSTEM
    from hrdesk.store.models import Officer

    with store.reader(SYSTEM) as session:
        officer = session.scalars(select(Officer).where(Officer.username == username)).first()
        if officer is None:
            # A slot with no account (an account being made when the program stopped).
            raise WrongPassword("signin.wrong_password")
        if not officer.active:
            raise PermissionDenied("account.disabled", username=username)
        return Actor(officer.username, OfficerRole(officer.role), officer.id, officer.full_name)


def _keyring_name(keyfile: KeyFile, username: str) -> str:
    return f"{keyfile.profile_uid}:{username}"


# Windows' Credential Manager back-end raises pywintypes.error (from pywin32, or its
# ctypes twin pywin32-ctypes), which is not a KeyringError. Recognised by name, so that
# nothing imports pywin32 where it does not exist.
_WINDOWS_ERRORS = {("pywintypes", "error"), ("win32ctypes.pywin32.pywintypes", "error")}


def is_keyring_failure(exc: BaseException) -> bool:
    """The OS keyring failed: KeyringError, or a Credential Manager error on Windows."""
    from keyring.errors import KeyringError

    if isinstance(exc, KeyringError):
        return True
    return any((cls.__module__, cls.__name__) in _WINDOWS_ERRORS for cls in type(exc).__mro__)


def remember_key(keyfile: KeyFile, username: str, key: bytes) -> None:
    """Keep the store key in the OS keyring ("remember on this computer")."""
    import keyring

    name = _keyring_name(keyfile, username)
    try:
        keyring.set_password(KEYRING_SERVICE, name, key.hex())
        # Some backends accept a secret and keep nothing: only a read-back proves it.
        kept = keyring.get_password(KEYRING_SERVICE, name) == key.hex()
    except Exception as exc:
        if not is_keyring_failure(exc):
            raise
        raise StoreError("signin.no_keyring", reason=str(exc)) from exc
    if not kept:
        raise StoreError("signin.keyring_forgot")


def sign_in_remembered(
    profile: Profile, username: str, options: StoreOptions = DEFAULTS
) -> Desk | None:
    """Open the profile with a key remembered in the OS keyring, or None if there is none."""
    import keyring

    if not profile.exists:
        return None
    finish_pending_restore(profile)
    keyfile = KeyFile.load(profile.keys_path, options.scrypt)
    try:
        secret = keyring.get_password(KEYRING_SERVICE, _keyring_name(keyfile, username))
    except Exception as exc:
        if not is_keyring_failure(exc):
            raise
        return None
    if not secret or not keyfile.has_slot(username):
        return None
    return open_with_key(profile, keyfile, username, bytes.fromhex(secret), options)


def forget(profile: Profile, username: str) -> None:
    import keyring

    keyfile = KeyFile.load(profile.keys_path)
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_name(keyfile, username))
    except Exception as exc:
        if not is_keyring_failure(exc):
            raise


def passphrase_from_env() -> str | None:
    return os.environ.get("HRDESK_PASSPHRASE")

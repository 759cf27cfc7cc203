"""`hrdesk init`, `check`, `backup` and `restore`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hrdesk.cli.context import ENV_USER, new_password, open_desk, password, profile_of
from hrdesk.domain.errors import DamagedStore, ValidationError
from hrdesk.program import name_commands


def run_init(args: argparse.Namespace) -> int:
    from hrdesk.domain.provinces import canonical_province, default_parent_body
    from hrdesk.services.office import setup_office
    from hrdesk.signin import check_username, create_profile

    province = canonical_province(args.province)
    profile = profile_of(args)
    if profile.exists:
        raise ValidationError("profile", "profile.exists", path=profile.root)
    profile.ensure()  # an unwritable folder is refused before any password is asked
    username = check_username(args.admin or os.environ.get(ENV_USER) or "admin")
    secret = new_password(f"new password for {username}: ")
    with create_profile(
        profile, username=username, password=secret, full_name=args.admin_name or username
    ) as desk:
        with desk.store.transaction(desk.actor) as session:
            office = setup_office(
                session,
                province=province,
                name=args.office,
                parent_body=args.parent_body or default_parent_body(province),
                symbol=args.symbol,
                place_name=args.place or province,
            )
            print(f"set up {office.name} ({office.province}) in {profile.root}")
        print(f"administrator: {username}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Integrity of the file, its foreign keys, the search index and the audit chain."""
    from sqlalchemy import text

    from hrdesk.domain.settings import DEADLINES_RECOMPUTED
    from hrdesk.services.settings import read_setting
    from hrdesk.store import live_counts, search_index
    from hrdesk.store.audit_log import verify_chain

    if getattr(args, "quick", False):
        from hrdesk.cli.check_quick import run_quick_check

        return run_quick_check(args)
    from hrdesk.cli.check_quick import STAGES
    from hrdesk.cli.progress import current

    progress = current()
    profile = profile_of(args)
    try:
        desk = open_desk(args)
    except DamagedStore as exc:
        print(f"store: damaged: {exc}")
        return 1
    failed = False
    with desk, desk.store.transaction(desk.actor) as session:
        connection = session.connection()
        progress.step(STAGES["integrity"], 1, 5)
        result = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        if result == "ok":
            print(f"store: ok, encrypted ({profile.store_path})")
        else:
            print(f"store: damaged: {result}")
            failed = True
        progress.step(STAGES["links"], 2, 5)
        broken_links = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken_links:
            print(f"links: {len(broken_links)} rows point to records that do not exist")
            failed = True
        progress.step(STAGES["index"], 3, 5)
        if args.reindex:
            rows = search_index.rebuild(connection)
            print(f"search index: rebuilt, {rows} records")
            progress.step(STAGES["counts"], 4, 5)
            counts = live_counts.recount(connection)
            print("record counts: recounted, " + ", ".join(f"{n} {t}" for t, n in counts.items()))
        else:
            indexed = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            print(f"search index: {indexed} records")
            progress.step(STAGES["counts"], 4, 5)
            wrong = live_counts.mismatches(connection)
            for table, (kept, real) in wrong.items():
                print(name_commands(f"record counts: {table} kept as {kept}, but {real} are "
                                    "not archived (hrdesk check --reindex recounts)"))  # fmt: skip
            failed = failed or bool(wrong)
            if not wrong:
                print("record counts: ok")
        recomputed = read_setting(session, DEADLINES_RECOMPUTED)
        if recomputed:
            print(
                f"deadlines: recomputed under the rules in force on {recomputed['on']}: "
                f"{recomputed['moved']} of {recomputed['open']} open petitions moved"
            )
            if recomputed.get("override_error"):
                print(f"deadlines: the office's rules file was not used: "
                      f"{recomputed['override_error']}")  # fmt: skip
        progress.step(STAGES["chain"], 5, 5)
        chain = verify_chain(session)
        if chain.ok:
            print(f"audit log: {chain.entries} entries, chain intact")
        else:
            print(f"audit log: broken at entry {chain.broken_seq}: {chain.reason}")
            failed = True
    return 1 if failed else 0


def run_backup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from hrdesk.cli.progress import current
    from hrdesk.domain.access import Permission
    from hrdesk.services.common import require
    from hrdesk.store.backup_files import write_backup

    with open_desk(args) as desk:
        with desk.store.reader(desk.actor) as session:
            require(session, Permission.EDIT_RECORDS)
        folder = Path(args.to) if args.to else desk.profile.backups_dir
        if not folder.is_dir():
            raise ValidationError("to", "file.no_folder", path=folder)
        name = f"hrdesk-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.hrbackup"
        target = write_backup(desk.store, folder / name, current().fraction)
    print(target)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from hrdesk.domain.formatting import format_datetime
    from hrdesk.store.backup_files import read_info
    from hrdesk.store.restore import apply_restore, prepare_restore

    profile = profile_of(args)
    backup = Path(args.file)
    info = read_info(backup)
    print(f"backup of {info.office or 'an HR Desk store'}, made {format_datetime(info.made_at)}")
    for table in ("agencies", "members", "tasks", "petitions", "training_events", "meetings"):
        print(f"  {table}: {info.counts.get(table, 0)}")
    username = os.environ.get(ENV_USER) or "admin"
    plan = prepare_restore(profile, backup, username, password(f"password for {username}: "))
    if not args.yes:
        if not sys.stdin.isatty():
            plan.discard()
            raise ValidationError("yes", "cli.restore_needs_yes")
        from hrdesk.cli.progress import asking

        asking()
        answer = input("Replace the current store with this backup? Type yes: ")
        if answer.strip().lower() != "yes":
            plan.discard()
            print("nothing was changed")
            return 2
    aside = apply_restore(profile, plan)
    if aside:
        print(f"the previous store is kept in {aside}")
    print(f"restored {backup.name}")
    return 0


def run_forget_secrets(args: argparse.Namespace) -> int:
    """The uninstaller's "delete my data": the keyring entries outside the profile folder."""
    from hrdesk.keyring_cleanup import forget_secrets

    removed = forget_secrets(profile_of(args))
    print(f"removed {len(removed)} secret(s) from the keyring")
    return 0

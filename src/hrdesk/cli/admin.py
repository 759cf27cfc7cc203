"""`hrdesk init`, `check`, `backup` and `restore`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hrdesk.cli.context import (
    ENV_USER,
    new_password,
    open_desk,
    password,
    profile_of,
    store_options,
)
from hrdesk.cli.said import said, say
from hrdesk.domain.errors import DamagedStore, ValidationError


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
    secret = new_password(
        said(args, "prompt.new_password_for", username=username) + " ",
        said(args, "prompt.again") + " ",
    )
    with create_profile(
        profile,
        username=username,
        password=secret,
        full_name=args.admin_name or username,
        options=store_options(args),
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
            say(
                args, "said.set_up", office=office.name, province=office.province, path=profile.root
            )
        say(args, "said.administrator", username=username)
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
        say(args, "said.store_damaged", reason=exc)
        return 1
    failed = False
    with desk, desk.store.transaction(desk.actor) as session:
        connection = session.connection()
        progress.step(STAGES["integrity"], 1, 5)
        result = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        if result == "ok":
            say(args, "said.store_ok", path=profile.store_path)
        else:
            say(args, "said.store_damaged", reason=result)
            failed = True
        progress.step(STAGES["links"], 2, 5)
        broken_links = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken_links:
            say(args, "said.broken_links", count=len(broken_links))
            failed = True
        progress.step(STAGES["index"], 3, 5)
        if args.reindex:
            rows = search_index.rebuild(connection)
            say(args, "said.index_rebuilt", count=rows)
            progress.step(STAGES["counts"], 4, 5)
            counts = live_counts.recount(connection)
            say(args, "said.counts_recounted", counts=[f"{n} {t}" for t, n in counts.items()])
        else:
            indexed = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            say(args, "said.index_count", count=indexed)
            progress.step(STAGES["counts"], 4, 5)
            wrong = live_counts.mismatches(connection)
            for table, (kept, real) in wrong.items():
                say(args, "said.count_wrong", table=table, kept=kept, real=real)
            failed = failed or bool(wrong)
            if not wrong:
                say(args, "said.counts_ok")
        recomputed = read_setting(session, DEADLINES_RECOMPUTED)
        if recomputed:
            on, moved, open_ = recomputed["on"], recomputed["moved"], recomputed["open"]
            say(args, "said.deadlines_recomputed", day=on, moved=moved, open=open_)
            if recomputed.get("override_error"):
                say(args, "said.override_unused", reason=recomputed["override_error"])
        progress.step(STAGES["chain"], 5, 5)
        chain = verify_chain(session)
        if chain.ok:
            say(args, "said.audit_ok", count=chain.entries)
        else:
            say(args, "said.audit_broken", number=chain.broken_seq, reason=chain.reason)
            failed = True
        from hrdesk.cli.outbox import check_receipts

        failed = check_receipts(session) or failed
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
    made = format_datetime(info.made_at)
    if info.office:
        say(args, "said.backup_of", office=info.office, made=made)
    else:
        say(args, "said.backup_of_unnamed", made=made)
    for table in ("agencies", "members", "tasks", "petitions", "training_events", "meetings"):
        print(f"  {table}: {info.counts.get(table, 0)}")
    username = os.environ.get(ENV_USER) or "admin"
    plan = prepare_restore(
        profile,
        backup,
        username,
        password(said(args, "prompt.password_for", username=username) + " "),
    )
    if not args.yes:
        if not sys.stdin.isatty():
            plan.discard()
            raise ValidationError("yes", "cli.restore_needs_yes")
        from hrdesk.cli.progress import asking

        asking()
        answer = input(said(args, "said.confirm_restore") + " ")
        if answer.strip().lower() not in ("yes", "có"):
            plan.discard()
            say(args, "said.nothing_changed")
            return 2
    aside = apply_restore(profile, plan)
    if aside:
        say(args, "said.previous_kept", path=aside)
    say(args, "said.restored", name=backup.name)
    return 0


def run_forget_secrets(args: argparse.Namespace) -> int:
    """The uninstaller's "delete my data": the keyring entries outside the profile folder."""
    from hrdesk.keyring_cleanup import forget_secrets

    removed = forget_secrets(profile_of(args))
    say(args, "said.secrets_removed", count=len(removed))
    return 0

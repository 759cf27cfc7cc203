"""`hrdesk init` and `hrdesk check`."""

from __future__ import annotations

import argparse

from hrdesk.cli.context import cli_actor, open_store, profile_of
from hrdesk.domain.errors import DamagedStore, ValidationError


def default_parent_body(province: str) -> str:
    """ỦY BAN NHÂN DÂN TỈNH … or, for the six centrally run cities, THÀNH PHỐ …"""
    from hrdesk.domain.provinces import CITIES

    body = "THÀNH PHỐ" if province in CITIES else "TỈNH"
    name = province.removeprefix("Thành phố ").removeprefix("TP ")
    return f"ỦY BAN NHÂN DÂN {body} {name.upper()}"


def run_init(args: argparse.Namespace) -> int:
    from hrdesk.domain.provinces import canonical_province
    from hrdesk.services.office import get_office, setup_office

    province = canonical_province(args.province)
    with open_store(args, create=True) as store, store.transaction(cli_actor()) as session:
        existing = get_office(session)
        if existing is not None:
            raise ValidationError(
                "profile", f"{store.profile.root} is already set up for {existing.name}"
            )
        office = setup_office(
            session,
            province=province,
            name=args.office,
            parent_body=args.parent_body or default_parent_body(province),
            symbol=args.symbol,
            place_name=args.place or province,
        )
        print(f"set up {office.name} ({office.province}) in {store.profile.root}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Integrity of the file, its foreign keys, the search index and the audit chain."""
    from sqlalchemy import text

    from hrdesk.store import search_index
    from hrdesk.store.audit_log import verify_chain

    profile = profile_of(args)
    try:
        store = open_store(args)
    except DamagedStore as exc:
        print(f"store: damaged: {exc}")
        return 1
    failed = False
    with store, store.transaction(cli_actor()) as session:
        connection = session.connection()
        result = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        if result == "ok":
            print(f"store: ok ({profile.store_path})")
        else:
            print(f"store: damaged: {result}")
            failed = True
        broken_links = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken_links:
            print(f"links: {len(broken_links)} rows point to records that do not exist")
            failed = True
        if args.reindex:
            rows = search_index.rebuild(connection)
            print(f"search index: rebuilt, {rows} records")
        else:
            indexed = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            print(f"search index: {indexed} records")
        chain = verify_chain(session)
        if chain.ok:
            print(f"audit log: {chain.entries} entries, chain intact")
        else:
            print(
                f"audit log: broken at entry {chain.broken_seq} (row {chain.broken_id}): "
                f"{chain.reason}"
            )
            failed = True
    return 1 if failed else 0

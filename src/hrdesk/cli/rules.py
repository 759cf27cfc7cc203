"""`hrdesk rules`: the petition rule sets by date, and switching an unconfirmed one."""

from __future__ import annotations

import argparse

from hrdesk.cli.context import open_desk


def run_rules(args: argparse.Namespace) -> int:
    """List the rule sets (one a line: id, from, status, basis), or switch one on or off."""
    from hrdesk.services import rules

    with open_desk(args) as desk, desk.store.transaction(desk.actor) as session:
        if args.action in ("on", "off"):
            rules.set_rule_set_enabled(session, args.id, args.action == "on")
        for row in rules.list_rule_sets(session):
            if not row.optional:
                state = "in force by date"
            else:
                state = "unconfirmed, " + ("switched on" if row.enabled else "off")
            basis = row.basis_vi if args.lang != "en" else row.basis_en
            print(f"{row.id}\t{row.effective_from:%d/%m/%Y}\t{state}\t{basis}")
    return 0

"""`hrdesk rules`: the petition rule sets by date, and switching an unconfirmed one."""

from __future__ import annotations

import argparse

from hrdesk.cli.context import open_desk
from hrdesk.cli.said import lang_of
from hrdesk.messages import Localized

IN_FORCE = Localized("có hiệu lực theo ngày", "in force by date")
UNCONFIRMED_ON = Localized("chưa xác nhận, đang bật", "unconfirmed, switched on")
UNCONFIRMED_OFF = Localized("chưa xác nhận, đang tắt", "unconfirmed, off")


def run_rules(args: argparse.Namespace) -> int:
    """List the rule sets (one a line: id, from, status, basis), or switch one on or off."""
    from hrdesk.services import rules

    with open_desk(args) as desk, desk.store.transaction(desk.actor) as session:
        if args.action in ("on", "off"):
            rules.set_rule_set_enabled(session, args.id, args.action == "on")
        lang = lang_of(args)
        for row in rules.list_rule_sets(session):
            if not row.optional:
                state = IN_FORCE
            else:
                state = UNCONFIRMED_ON if row.enabled else UNCONFIRMED_OFF
            basis = row.basis_vi if lang == "vi" else row.basis_en
            print(f"{row.id}\t{row.effective_from:%d/%m/%Y}\t{state.text(lang)}\t{basis}")
    return 0

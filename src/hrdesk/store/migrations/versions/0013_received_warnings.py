"""a received package's warnings kept as message codes, not English text

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

A received package's warnings were kept as English sentences joined by "; " in
`received_packages.warning`, and the window turned two of them back into Vietnamese with
regular expressions. They are now kept as message codes with named parameters (JSON, in
`warnings`), read in the officer's language when shown (bundles/kept_warnings.py).

Every row is converted here, once: a text made only of sentences an earlier version wrote
(a gap in the sequence, a first package of an office, an office name already taken; each
as written before and after the verifier's messages came from the catalogue) becomes
their codes; any other text is kept as written, as `{"text": …}`, and shown as written.
The sentences are written out here, as in the earlier revisions: this revision reads
what earlier versions wrote, whatever later versions write.
"""

import json
import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each sentence an earlier version wrote, with the code and parameters it now has. A gap
# was written "2 to 4" before the catalogue and "2–4" since; it is kept as "2–4".
_SENTENCES = (
    (
        re.compile(
            r"[Pp]ackage\(s\) missing before this one: "
            r"(?P<first>\d+)(?:(?:–| to )(?P<last>\d+))?"
        ),
        "check.missing_before",
    ),
    (
        re.compile(
            r"[Tt]his is package (?P<sequence>\d+); no earlier package of this office is known here"
        ),
        "check.first_known",
    ),
    (
        re.compile(
            r"[Aa]nother key is already trusted for (?P<office>.+?): if this is that office's "
            r"new key, trust it under that name \(hrdesk key trust FILE\.pub "
            r"--office '(?P=office)'\)"
        ),
        "receive.name_taken",
    ),
)
_BETWEEN = "; "

# What downgrade writes back: the English each code had when this revision was written.
_ENGLISH = {
    "check.missing_before": "Package(s) missing before this one: {gap}",
    "check.first_known": (
        "This is package {sequence}; no earlier package of this office is known here"
    ),
    "receive.name_taken": (
        "Another key is already trusted for {office}: if this is that office's new key, "
        "trust it under that name (hrdesk key trust FILE.pub --office '{office}')"
    ),
}

packages = sa.table(
    "received_packages",
    sa.column("id", sa.Integer()),
    sa.column("warning", sa.Text()),
    sa.column("warnings", sa.Text()),
)


def _params(code: str, match: re.Match[str]) -> dict[str, Any]:
    if code == "check.missing_before":
        first, last = match["first"], match["last"]
        return {"gap": first if last is None else f"{first}–{last}"}
    if code == "check.first_known":
        return {"sequence": int(match["sequence"])}
    return {"office": match["office"]}


def _entries(text: str) -> list[dict[str, Any]]:
    """The codes of a kept text made only of known sentences; else the text as written."""
    entries: list[dict[str, Any]] = []
    at = 0
    while at < len(text):
        for pattern, code in _SENTENCES:
            match = pattern.match(text, at)
            if match is None:
                continue
            end = match.end()
            if end == len(text) or text.startswith(_BETWEEN, end):
                entries.append({"code": code, "params": _params(code, match)})
                at = end + len(_BETWEEN) if end < len(text) else end
                break
        else:
            return [{"text": text}]
    return entries


def _as_json(entries: list[dict[str, Any]]) -> str:
    return json.dumps(entries, ensure_ascii=False, sort_keys=True)


def upgrade() -> None:
    # Plain ADD and DROP COLUMN, never a batch copy: dropping the table to copy it would
    # delete every kept package's bytes (received_package_files cascades).
    op.add_column("received_packages", sa.Column("warnings", sa.Text(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(packages.c.id, packages.c.warning).where(packages.c.warning.is_not(None))
    ).all()
    for row_id, text in rows:
        if not text:
            continue
        bind.execute(
            packages.update()
            .where(packages.c.id == row_id)
            .values(warnings=_as_json(_entries(text)))
        )
    op.execute("ALTER TABLE received_packages DROP COLUMN warning")


def _english(entry: dict[str, Any]) -> str:
    template = _ENGLISH.get(entry.get("code", ""))
    if template is None:
        return str(entry.get("text", ""))
    try:
        return template.format(**entry.get("params", {}))
    except (KeyError, IndexError, ValueError):
        return template


def downgrade() -> None:
    op.add_column("received_packages", sa.Column("warning", sa.Text(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(packages.c.id, packages.c.warnings).where(packages.c.warnings.is_not(None))
    ).all()
    for row_id, kept in rows:
        try:
            entries = json.loads(kept)
        except ValueError:
            entries = [{"text": kept}]
        text = _BETWEEN.join(_english(e) for e in entries if isinstance(e, dict)) or None
        bind.execute(packages.update().where(packages.c.id == row_id).values(warning=text))
    op.execute("ALTER TABLE received_packages DROP COLUMN warnings")

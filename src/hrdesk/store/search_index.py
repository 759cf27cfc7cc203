"""The full-text search index: one FTS5 row per record, over folded text.

Each record's row is rebuilt in SQL from the record itself (`hr_fold` is registered on
every connection), inside the same transaction as the change, so the index never lags.
Personal data of petitioners is indexed in its own column, searched only for officers
allowed to see it; a denouncer's identity is never indexed at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

CREATE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
    "kind UNINDEXED, uid UNINDEXED, title UNINDEXED, body, private, "
    "tokenize = 'unicode61', prefix = '2 3')"
)
DROP_SQL = "DROP TABLE IF EXISTS search_index"

# rowid = code << 40 | id keeps each kind's rows apart and makes a row easy to replace.
ROWID_SHIFT = 40


@dataclass(frozen=True)
class SearchKind:
    name: str
    code: int
    table: str
    title_sql: str
    body_sql: str
    private_sql: str = "''"


def _fold(*parts: str) -> str:
    return "hr_fold(" + " || ' ' || ".join(f"coalesce({p}, '')" for p in parts) + ")"


KINDS: dict[str, SearchKind] = {
    k.name: k
    for k in (
        SearchKind("agency", 1, "agencies", "r.name", _fold("r.name", "r.short_name", "r.address")),
        SearchKind(
            "member",
            2,
            "members",
            "r.full_name",
            _fold(
                "r.full_name",
                "r.title",
                "(SELECT a.name FROM agencies a WHERE a.id = r.agency_id)",
            ),
        ),
        SearchKind(
            "task",
            3,
            "tasks",
            "r.title",
            _fold(
                "r.title",
                "r.description",
                "r.source_ref",
                "(SELECT group_concat(n.text, ' ') FROM task_notes n WHERE n.task_id = r.id)",
            ),
        ),
        SearchKind(
            "petition",
            4,
            "petitions",
            "coalesce(r.reference || ' · ', '') || substr(r.summary, 1, 160)",
            _fold(
                "r.reference", "r.summary", "r.prior_agency", "r.transferred_to", "r.outcome_note"
            ),
            # The law keeps a denouncer's identity confidential: never in the index.
            "CASE WHEN r.kind = 'denunciation' THEN '' ELSE "
            + _fold(
                "(SELECT group_concat(p.full_name || ' ' || coalesce(p.id_number, ''), ' ') "
                "FROM petitioners p WHERE p.petition_id = r.id)"
            )
            + " END",
        ),
        SearchKind(
            "training",
            5,
            "training_events",
            "r.title",
            _fold(
                "r.title",
                "r.place",
                "r.materials",
                "(SELECT group_concat(t.title || ' ' || coalesce(t.presenter, ''), ' ') "
                "FROM training_topics t WHERE t.event_id = r.id)",
            ),
        ),
        SearchKind(
            "meeting",
            6,
            "meetings",
            "r.title",
            _fold(
                "r.title",
                "r.place",
                "r.discussion",
                "(SELECT group_concat(i.title, ' ') FROM agenda_items i WHERE i.meeting_id = r.id)",
                "(SELECT group_concat(c.text, ' ') FROM conclusions c WHERE c.meeting_id = r.id)",
            ),
        ),
    )
}

# Child tables whose change alters their parent's document: table -> (kind, parent column).
CHILD_TABLES: dict[str, tuple[str, str]] = {
    "task_notes": ("task", "task_id"),
    "petitioners": ("petition", "petition_id"),
    "training_topics": ("training", "event_id"),
    "agenda_items": ("meeting", "meeting_id"),
    "conclusions": ("meeting", "meeting_id"),
}
TABLE_KINDS = {k.table: k.name for k in KINDS.values()}


def _insert_sql(kind: SearchKind, where: str) -> str:
    return (
        "INSERT INTO search_index(rowid, kind, uid, title, body, private) "
        f"SELECT ({kind.code} << {ROWID_SHIFT}) | r.id, '{kind.name}', r.uid, "
        f"{kind.title_sql}, {kind.body_sql}, {kind.private_sql} "
        f"FROM {kind.table} r {where}"
    )


def reindex(connection: Connection, kind_name: str, ids: Iterable[int]) -> None:
    """Replace the index rows of these records (a missing record just loses its row)."""
    kind = KINDS[kind_name]
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), 500):
        chunk = id_list[start : start + 500]
        rowids = ", ".join(str((kind.code << ROWID_SHIFT) | i) for i in chunk)
        connection.exec_driver_sql(f"DELETE FROM search_index WHERE rowid IN ({rowids})")
        ids_sql = ", ".join(str(i) for i in chunk)
        connection.exec_driver_sql(_insert_sql(kind, f"WHERE r.id IN ({ids_sql})"))


def rebuild(connection: Connection) -> int:
    """Drop and rebuild the whole index; returns the number of rows indexed."""
    connection.exec_driver_sql(DROP_SQL)
    connection.exec_driver_sql(CREATE_SQL)
    for kind in KINDS.values():
        connection.exec_driver_sql(_insert_sql(kind, ""))
    connection.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
    return int(connection.execute(text("SELECT count(*) FROM search_index")).scalar_one())


def match_expression(folded_tokens: list[str], include_private: bool, prefix: bool = True) -> str:
    """An FTS5 query: every token required, the last one as a prefix (the officer may still
    be typing it) unless `prefix` is false, in the allowed columns.

    Only the last token is a prefix: FTS5 reads a prefix's every matching document before
    it returns the first one, so "nguyen"* over a million records costs a tenth of a second
    where "nguyen" costs nothing.
    """
    quoted = ['"' + t.replace('"', '""') + '"' for t in folded_tokens]
    if prefix:
        quoted[-1] += "*"
    columns = "{body private}" if include_private else "{body}"
    return f"{columns} : ({' '.join(quoted)})"

"""Search across every kind of record, without diacritics.

"nguyen van duc" finds "Nguyễn Văn Đức"; ranked by FTS5's bm25.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import fold
from hrdesk.services.common import require
from hrdesk.store import search_index

KINDS = tuple(search_index.KINDS)
_TOKEN = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class Hit:
    kind: str
    uid: str
    title: str
    rank: float


def tokens(query: str) -> list[str]:
    """The folded words of a query; punctuation separates words as it does in the index."""
    return _TOKEN.findall(fold(query or ""))


def match_query(session: Session, query: str) -> str | None:
    """The FTS5 expression for `query` in the columns this officer may search (None if empty)."""
    actor = require(session, Permission.VIEW_RECORDS)
    words = tokens(query)
    if not words:
        return None
    return search_index.match_expression(words, actor.can(Permission.VIEW_PERSONAL_DATA))


def search(session: Session, query: str, kind: str | None = None, limit: int = 50) -> list[Hit]:
    """Ranked hits, best first. Petitioners' names are searched only for officers allowed
    to see them; denouncers' names are not in the index at all."""
    if kind is not None and kind not in search_index.KINDS:
        raise ValidationError("kind", f"'{kind}' is not one of: {', '.join(KINDS)}")
    if limit < 1:
        raise ValidationError("limit", "must be at least 1")
    expression = match_query(session, query)
    if expression is None:
        return []
    sql = "SELECT kind, uid, title, rank FROM search_index WHERE search_index MATCH :q"
    params: dict[str, object] = {"q": expression, "limit": limit}
    if kind:
        sql += " AND kind = :kind"
        params["kind"] = kind
    sql += " ORDER BY rank LIMIT :limit"
    rows = session.execute(text(sql), params)
    return [Hit(r.kind, r.uid, r.title, r.rank) for r in rows]


def matching_ids_sql(kind: str) -> str:
    """SQL selecting the ids of records of `kind` matching :q (for list filters)."""
    code = search_index.KINDS[kind].code
    mask = (1 << search_index.ROWID_SHIFT) - 1
    return (
        f"SELECT rowid & {mask} FROM search_index WHERE search_index MATCH :q "
        f"AND rowid BETWEEN {code << search_index.ROWID_SHIFT} "
        f"AND {((code + 1) << search_index.ROWID_SHIFT) - 1}"
    )

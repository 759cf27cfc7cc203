"""Search across every kind of record, without diacritics.

"nguyen van duc" finds "Nguyễn Văn Đức"; "nguyen van d" finds it too, while it is typed.

Ranking reads a bounded set of candidates, so a search costs milliseconds on a national
store of a million petitions: the newest CANDIDATES matches in each of three parts of the
index, ranked by how well the record's title (the opening of its folded text) matches
the words, newest first among equals. FTS5's own bm25 was dropped for this: it reads
every matching document of every word before ranking, half a second for a common word
such as "dat" (land).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import fold
from hrdesk.services.common import require
from hrdesk.store import search_index

KINDS = tuple(search_index.KINDS)
_TOKEN = re.compile(r"[0-9a-z]+")
CANDIDATES = 200
_SHIFT = search_index.ROWID_SHIFT
_TASK, _PETITION, _TRAINING = (search_index.KINDS[k].code for k in ("task", "petition", "training"))
# Read apart, each part newest first: agencies and members; tasks; petitions; training and
# meetings. A word common in one kind's records would otherwise crowd out another's: the
# agency a thousand petitions name, the petitions whose words every meeting discusses.
PARTS = (
    (1 << _SHIFT, _TASK << _SHIFT),
    (_TASK << _SHIFT, _PETITION << _SHIFT),
    (_PETITION << _SHIFT, _TRAINING << _SHIFT),
    (_TRAINING << _SHIFT, 1 << (_SHIFT + 8)),
)
# Among hits that match equally well: the kinds an officer looks up by name first.
KIND_ORDER = {k: i for i, k in enumerate(("agency", "member", "meeting", "training", "task"))}


@dataclass(frozen=True)
class Hit:
    kind: str
    uid: str
    title: str
    rank: float  # lower is better


def tokens(query: str) -> list[str]:
    """The folded words of a query; punctuation separates words as it does in the index."""
    return _TOKEN.findall(fold(query or ""))


def match_query(session: Session, query: str, prefix: bool = True) -> str | None:
    """The FTS5 expression for `query` in the columns this officer may search (None if empty);
    the last word is a prefix unless `prefix` is false."""
    actor = require(session, Permission.VIEW_RECORDS)
    words = tokens(query)
    if not words:
        return None
    return search_index.match_expression(
        words, actor.can(Permission.VIEW_PERSONAL_DATA), prefix=prefix
    )


# `opening`: the folded title, which each kind puts at the start of its folded text.
CANDIDATES_SQL = (
    "SELECT rowid, kind, uid, title, substr(body, 1, length(title)) AS opening "
    "FROM search_index WHERE search_index MATCH :q "
    "AND rowid >= :low AND rowid < :high ORDER BY rowid DESC LIMIT :n"
)


def search(session: Session, query: str, kind: str | None = None, limit: int = 50) -> list[Hit]:
    """Ranked hits, best first. Petitioners' names are searched only for officers allowed
    to see them; denouncers' names are not in the index at all."""
    if kind is not None and kind not in search_index.KINDS:
        raise ValidationError("kind", "list.unknown_kind", kind=kind, kinds=list(KINDS))
    if limit < 1:
        raise ValidationError("limit", "list.limit_too_small")
    actor = require(session, Permission.VIEW_RECORDS)
    words = tokens(query)
    if not words:
        return []
    private = actor.can(Permission.VIEW_PERSONAL_DATA)
    if kind:
        code = search_index.KINDS[kind].code
        parts: tuple[tuple[int, int], ...] = ((code << _SHIFT, (code + 1) << _SHIFT),)
    else:
        parts = PARTS
    size = max(CANDIDATES, limit)
    # Whole words first: FTS5 reads a prefix's every document before its first hit, so the
    # last word is taken as a prefix only when whole words find too few records.
    whole = search_index.match_expression(words, private, prefix=False)
    rows = _candidates(session, whole, parts, size)
    if len(rows) < limit:
        rows = _candidates(session, search_index.match_expression(words, private), parts, size)
    score = scorer(words)
    scored = sorted(
        ((score(row.opening), row) for row in rows),
        key=lambda pair: (-pair[0], KIND_ORDER.get(pair[1].kind, 9), -pair[1].rowid),
    )
    return [Hit(row.kind, row.uid, row.title, -score) for score, row in scored[:limit]]


def _candidates(
    session: Session, expression: str, parts: tuple[tuple[int, int], ...], size: int
) -> list[Any]:
    # Straight to the driver: the statement is fixed, SQLAlchemy has nothing to compile.
    connection = session.connection()
    return [
        row
        for low, high in parts
        for row in connection.exec_driver_sql(
            CANDIDATES_SQL, {"q": expression, "low": low, "high": high, "n": size}
        )
    ]


def scorer(words: list[str]) -> Callable[[str], int]:
    """How well a record's folded opening text (its title, then the rest) matches the query's
    words, the last one possibly a prefix: one point a word found there, and as many again
    when they stand together in order."""
    edge, end = r"(?<![0-9a-z])", r"(?![0-9a-z])"
    *head, last = [re.escape(w) for w in words]
    each = [re.compile(edge + w + end) for w in head] + [re.compile(edge + last)]
    together = re.compile(edge + r"[^0-9a-z]+".join([*head, last]))

    def score(text: str) -> int:
        if together.search(text):  # the common case among candidates: one search
            return 2 * len(each)
        return sum(1 for word in each if word.search(text))

    return score


def matching_ids_sql(kind: str) -> str:
    """SQL selecting the ids of records of `kind` matching :q (for list filters)."""
    code = search_index.KINDS[kind].code
    mask = (1 << search_index.ROWID_SHIFT) - 1
    return (
        f"SELECT rowid & {mask} FROM search_index WHERE search_index MATCH :q "
        f"AND rowid BETWEEN {code << search_index.ROWID_SHIFT} "
        f"AND {((code + 1) << search_index.ROWID_SHIFT) - 1}"
    )

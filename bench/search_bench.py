"""Search over the national profile: services.search.search vs the same FTS5 queries sent
raw through the DB-API (the candidates of each part of the index, not ranked), and vs
a LIKE scan of the petitions' summaries.

Each of the 50 queries (bench/queries.txt) runs REPEAT times on each side, the two sides
taking turns; a query's time is its median, and p50/p95 are taken over the 50 queries.
The service opens a session per search, as the window does (ctx.read).
"""

from __future__ import annotations

import time
from pathlib import Path

from common import BENCH, Result, median, percentile

REPEAT = 5
LIKE_QUERIES = 10  # a scan of a million summaries takes a second or more each


def queries() -> list[str]:
    lines = (BENCH / "queries.txt").read_text(encoding="utf-8").splitlines()
    return [q.strip() for q in lines if q.strip() and not q.lstrip().startswith("#")]


def raw_connection(store_path: Path, key: bytes):
    """A plain sqlcipher3 connection on the same encrypted store: no SQLAlchemy."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(store_path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA query_only = ON")
    return connection


LIKE_SQL = "SELECT uid, summary FROM petitions WHERE summary LIKE ? LIMIT 50"


def run(desk, log=print) -> list[Result]:
    from hrdesk.services.search import CANDIDATES, CANDIDATES_SQL, PARTS, match_query, search

    store = desk.store
    texts = queries()
    with store.reader(desk.actor) as session:
        expressions = [
            (match_query(session, q, prefix=False), match_query(session, q)) for q in texts
        ]
    raw = raw_connection(store.profile.store_path, store.key)

    def service(q: str) -> float:
        started = time.perf_counter()
        with store.reader(desk.actor) as session:
            search(session, q)
        return time.perf_counter() - started

    def raw_query(expressions: tuple[str, str]) -> list:
        # As the service does: whole words, then the last word as a prefix if too few.
        rows = raw_part(expressions[0])
        return rows if len(rows) >= 50 else raw_part(expressions[1])

    def raw_part(expression: str) -> list:
        return [
            row
            for low, high in PARTS
            for row in raw.execute(
                CANDIDATES_SQL, {"q": expression, "low": low, "high": high, "n": CANDIDATES}
            ).fetchall()
        ]

    def direct(expression: tuple[str, str]) -> float:
        started = time.perf_counter()
        raw_query(expression)
        return time.perf_counter() - started

    hits: list[int] = []
    for q, expression in zip(texts, expressions, strict=True):  # warm both page caches
        with store.reader(desk.actor) as session:
            hits.append(len(search(session, q)))
        raw_query(expression)
    ours: list[float] = []
    theirs: list[float] = []
    for q, expression in zip(texts, expressions, strict=True):
        a, b = [], []
        for _ in range(REPEAT):
            a.append(service(q))
            b.append(direct(expression))
        ours.append(median(a))
        theirs.append(median(b))
    slowest = sorted(zip(ours, texts, strict=True), reverse=True)[:3]
    log("  slowest searches: " + ", ".join(f"{q!r} {t * 1000:.0f} ms" for t, q in slowest))
    like: list[float] = []
    like_service: list[float] = []
    for q in texts[:LIKE_QUERIES]:
        started = time.perf_counter()
        raw.execute(LIKE_SQL, (f"%{q}%",)).fetchall()
        like.append(time.perf_counter() - started)
        like_service.append(ours[texts.index(q)])
    raw.close()
    note = f"{len(texts)} queries × {REPEAT}, per-query median; {sum(hits)} hits in all"
    return [
        Result("search", "search p50", percentile(ours, 50), "s", "raw FTS5 p50",
               percentile(theirs, 50), "ratio <= 1.5", note),
        Result("search", "search p95", percentile(ours, 95), "s", "raw FTS5 p95",
               percentile(theirs, 95), "ratio <= 1.5", note),
        Result("search", "search p95 (absolute)", percentile(ours, 95), "s", goal="value <= 0.05",
               note="the issue's absolute goal"),
        Result("search", "LIKE scan p50 / search p50", percentile(like, 50), "s",
               "search p50 (same queries)", percentile(like_service, 50), "ratio >= 20",
               f"LIKE '%query%' over petitions.summary, first {LIKE_QUERIES} queries, once each"),
    ]  # fmt: skip

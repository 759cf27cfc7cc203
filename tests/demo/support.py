"""What the demo tests share besides fixtures."""

from __future__ import annotations

from datetime import date

from hrdesk.store.database import Store

AS_OF = date(2026, 11, 20)


def table_rows(store: Store, table: str, order: str = "id") -> list[tuple]:
    with store.engine.connect() as connection:
        return list(connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY {order}"))


def count(store: Store, table: str, where: str = "1") -> int:
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {where}").scalar()

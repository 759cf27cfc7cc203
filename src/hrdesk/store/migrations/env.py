"""Alembic environment: HR Desk always passes its own open connection in."""

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from hrdesk.store import models  # noqa: F401  (fills Base.metadata)
from hrdesk.store.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("HR Desk migrations run through hrdesk.store.migrate, with a connection")


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write HR Desk's column types as their plain SQL types: migrations must not change
    meaning when the application's Python types do."""
    if type_ == "type" and hasattr(obj, "impl"):
        return (
            repr(obj.impl)
            .replace("String(", "sa.String(")
            .replace("Text(", "sa.Text(")
            .replace("DateTime(", "sa.DateTime(")
        )
    return False


context.configure(
    connection=connection,
    render_item=render_item,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # migrate.upgrade_to runs every pending step in one transaction (all or nothing).
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()

"""Alembic environment of the centre's database: hrdesk.central.database passes its own
connection in."""

from alembic import context

from hrdesk.central.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the centre's migrations run through hrdesk.central.database.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()

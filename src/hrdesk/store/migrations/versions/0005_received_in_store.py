"""received packages kept inside the encrypted store

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Received packages were kept as files under <profile>/received/, outside the encryption
and the backups. Their bytes now live in `received_package_files`; a package kept as a
file by an earlier version is read in here (the folder can then be removed).
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "received_package_files",
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("zip_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["received_packages.id"],
            name=op.f("fk_received_package_files_package_id_received_packages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_package_files")),
        sa.UniqueConstraint("package_id", name=op.f("uq_received_package_files_package_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_received_package_files_uid")),
    )
    with op.batch_alter_table("received_packages") as batch:
        batch.alter_column("path", existing_type=sa.Text(), nullable=True)
    _read_in_kept_files()


def _read_in_kept_files() -> None:
    import uuid

    bind = op.get_bind()
    database = bind.engine.url.database
    if not database:
        return
    root = Path(database).parent
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = bind.execute(sa.text("SELECT id, path FROM received_packages")).all()
    for package_id, relative in rows:
        kept = root / (relative or "") / "package.zip"
        if relative and kept.is_file():
            bind.execute(
                sa.text(
                    "INSERT INTO received_package_files "
                    "(package_id, zip_bytes, id, uid, created_at, updated_at) "
                    "VALUES (:p, :z, NULL, :u, :t, :t)"
                ),
                {"p": package_id, "z": kept.read_bytes(), "u": str(uuid.uuid4()), "t": now},
            )


def downgrade() -> None:
    with op.batch_alter_table("received_packages") as batch:
        batch.alter_column("path", existing_type=sa.Text(), nullable=False)
    op.drop_table("received_package_files")

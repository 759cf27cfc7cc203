"""The local store: models, engine, migrations, audit log, search index and backups."""

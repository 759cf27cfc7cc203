"""The central office's service: receives, verifies, acknowledges and consolidates packages.

An ASGI application (FastAPI) with its own database (SQLAlchemy 2 + Alembic; SQLite in the
data folder by default, PostgreSQL in production) and a content-addressed package folder.
It verifies packages with `hrdesk.bundles.verify` (one verifier for desktop and centre),
signs receipts with its own Ed25519 key in minisign's format, and serves the board for
central officers. It keeps no state outside its database and data folder, so several
processes can share one PostgreSQL. Nothing here imports Qt.

    create_app(settings) -> FastAPI            hrdesk.central.app
    Centre.open(settings)                      the database, key and package folder together
    receive(centre, path) -> Outcome           one package, from upload or a stick
"""

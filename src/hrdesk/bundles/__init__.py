"""Signed report packages: build and write (sender), verify (anyone), import (receiver).

A package is one .zip holding one BagIt bag whose tag manifest is signed in minisign's
format with the office's Ed25519 key (DESIGN.md, "Packages"; records schema: SCHEMA.md).

What the window calls (plain functions, safe on a worker thread when given a Desk; long
ones take `progress(fraction, text)` and `cancelled()`):

    build_package(desk, period, report_pdf, report_xlsx, to_dir, *,
                  include_personal_data=False, passphrase=None, progress=None,
                  cancelled=None) -> Path
    verify_package(path, trusted_keys, known_sender_state=None, *, progress=None,
                   cancelled=None) -> VerifyReport
    import_package(desk, path, *, progress=None, cancelled=None) -> ImportResult
    office_key(profile) -> OfficeKey | None          key id, fingerprint, public key text
    ensure_signer / export_public_key / replace_office_key(session, passphrase=None)
    trust_key(session, public_key_text, office_name=None) -> TrustedOffice
    trusted_offices(session), received_packages(session, office_name=None),
    received_file(session, package, "data/report.pdf") -> bytes   from the store
    unpack_received(session, package, folder) -> Path             an officer's copy out
    list_packages(session), mark_uploaded(session, uid), mark_acknowledged(session, uid)

Nothing here imports Qt.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "build_package": "build",
    "verify_package": "verify",
    "VerifyReport": "verify",
    "SenderState": "verify",
    "import_package": "receive",
    "received_packages": "receive",
    "received_file": "receive",
    "unpack_received": "receive",
    "ImportResult": "receive",
    "office_key": "keys",
    "office_public_keys": "keys",
    "ensure_signer": "keys",
    "export_public_key": "keys",
    "replace_office_key": "keys",
    "OfficeKey": "keys",
    "PassphraseNeeded": "keystore",
    "trust_key": "registry",
    "trusted_offices": "registry",
    "trusted_keys": "registry",
    "list_packages": "ledger",
    "mark_uploaded": "ledger",
    "mark_acknowledged": "ledger",
    "Cancelled": "progress",
    "WriteFailed": "write",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    # Imported on first use: `hrdesk --help` and the minisign helpers stay light.
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)

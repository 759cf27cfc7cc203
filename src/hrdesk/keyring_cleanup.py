"""Removing a profile's secrets from the OS keyring, when the officer's data is deleted.

The uninstaller's "delete my data" removes the profile folder; the office key's secret
half and any remembered sign-in live outside it, in Windows' Credential Manager (or the
Secret Service on Linux). The uninstaller runs `hrdesk-cli forget-secrets` first, so they
go too. Only names this profile made are touched: another profile's secrets stay.
"""

from __future__ import annotations

import json
from pathlib import Path

from hrdesk.profile import Profile


def _office_key_names(profile: Profile) -> list[str]:
    from hrdesk.bundles.keys import key_file

    path = Path(key_file(profile))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict):
        return []
    entries = [data.get("current"), *data.get("retired", [])]
    return [e["keyring_name"] for e in entries if isinstance(e, dict) and e.get("keyring_name")]


def _sign_in_names(profile: Profile) -> list[str]:
    from hrdesk.store.keyfile import KeyFile

    if not profile.keys_path.exists():
        return []
    try:
        keyfile = KeyFile.load(profile.keys_path)
        return [f"{keyfile.profile_uid}:{name}" for name in keyfile.usernames]
    except (OSError, ValueError, KeyError):
        return []


def forget_secrets(profile: Profile) -> list[str]:
    """Delete the profile's entries from the OS keyring; the names that were there."""
    from hrdesk.bundles.keystore import keyring_delete, keyring_get

    removed = []
    for name in [*_office_key_names(profile), *_sign_in_names(profile)]:
        if keyring_get(name) is not None:
            keyring_delete(name)
            removed.append(name)
    return removed

"""Who is acting and what their role allows.

The services check these; the window only mirrors them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hrdesk.domain.vocab import OfficerRole


class Permission(StrEnum):
    VIEW_RECORDS = "view_records"
    EDIT_RECORDS = "edit_records"
    # Names, addresses and ID numbers of the people who file petitions.
    VIEW_PERSONAL_DATA = "view_personal_data"
    # A denouncer's identity in any case, not only the cases one handles.
    VIEW_ANY_DENOUNCER = "view_any_denouncer"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_KEYS = "manage_keys"


ROLE_PERMISSIONS: dict[OfficerRole, frozenset[Permission]] = {
    OfficerRole.ADMIN: frozenset(Permission),
    OfficerRole.OFFICER: frozenset(
        {Permission.VIEW_RECORDS, Permission.EDIT_RECORDS, Permission.VIEW_PERSONAL_DATA}
    ),
    OfficerRole.VIEWER: frozenset({Permission.VIEW_RECORDS}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in officer (or the system itself, for migrations and demo data)."""

    username: str
    role: OfficerRole
    officer_id: int | None = None
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def display_name(self) -> str:
        return self.full_name or self.username


SYSTEM = Actor("system", OfficerRole.ADMIN, None, "HR Desk")

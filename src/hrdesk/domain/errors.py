"""The errors every layer raises and the CLI and the window show as they are."""


class HRDeskError(Exception):
    """Base of the errors a user can act on; the message is meant to be shown."""


class ValidationError(HRDeskError):
    """Bad input for one field. `field` is the model's field name, `message` says what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(HRDeskError):
    """A record asked for by uid or name does not exist."""


class PermissionDenied(HRDeskError):
    """The signed-in officer's role does not allow this action."""


class StoreError(HRDeskError):
    """The store cannot be opened or used: damaged, from a newer version, wrong key."""


class DamagedStore(StoreError):
    """The store file is damaged or unreadable: a failed check (exit status 1)."""

"""Use cases over a Session: each checks the officer's rights, validates, and changes records.

Functions take a session (from `Store.transaction(actor)` or `Store.reader(actor)`) and
plain values, return model objects or small dataclasses, and raise
`ValidationError(field, message)` for bad input and `PermissionDenied` for a missing right.
"""

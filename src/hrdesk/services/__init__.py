"""Use cases over a Session: each checks the officer's rights, validates, and changes records.

Functions take a session (from `Store.transaction(actor)` or `Store.reader(actor)`) and
plain values, return model objects or small dataclasses, and raise
`ValidationError(field, code, **params)` for bad input (one error carrying every field's
problem when a form's values are checked) and `PermissionDenied` for a missing right; the
codes' texts are in `hrdesk.messages`.
"""

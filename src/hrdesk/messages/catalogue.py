"""Every message code with its English and Vietnamese text, gathered from the area
modules (one per part of the application, to keep each short)."""

from __future__ import annotations

from hrdesk.messages.text import Text
from hrdesk.messages.texts_agency_record import TEXTS as AGENCY_RECORD
from hrdesk.messages.texts_backup_space import TEXTS as BACKUP_SPACE
from hrdesk.messages.texts_bag import TEXTS as BAG
from hrdesk.messages.texts_central import TEXTS as CENTRAL
from hrdesk.messages.texts_centre_figures import TEXTS as CENTRE_FIGURES
from hrdesk.messages.texts_centre_refusals import TEXTS as CENTRE_REFUSALS
from hrdesk.messages.texts_cli import TEXTS as CLI
from hrdesk.messages.texts_cli_commands import TEXTS as CLI_COMMANDS
from hrdesk.messages.texts_deadline_watch import TEXTS as DEADLINE_WATCH
from hrdesk.messages.texts_documents import TEXTS as DOCUMENTS
from hrdesk.messages.texts_faults import TEXTS as FAULTS
from hrdesk.messages.texts_fields import TEXTS as FIELDS
from hrdesk.messages.texts_holidays import TEXTS as HOLIDAYS
from hrdesk.messages.texts_outbox import TEXTS as OUTBOX
from hrdesk.messages.texts_packages import TEXTS as PACKAGES
from hrdesk.messages.texts_progress import TEXTS as PROGRESS
from hrdesk.messages.texts_prompts import TEXTS as PROMPTS
from hrdesk.messages.texts_pulled import TEXTS as PULLED
from hrdesk.messages.texts_quick_check import TEXTS as QUICK_CHECK
from hrdesk.messages.texts_records import TEXTS as RECORDS
from hrdesk.messages.texts_report_stale import TEXTS as REPORT_STALE
from hrdesk.messages.texts_reports import TEXTS as REPORTS
from hrdesk.messages.texts_rules import TEXTS as RULES
from hrdesk.messages.texts_said import TEXTS as SAID
from hrdesk.messages.texts_sealing import TEXTS as SEALING
from hrdesk.messages.texts_settings import TEXTS as SETTINGS
from hrdesk.messages.texts_show import TEXTS as SHOW
from hrdesk.messages.texts_signatures import TEXTS as SIGNATURES
from hrdesk.messages.texts_signin import TEXTS as SIGNIN
from hrdesk.messages.texts_store import TEXTS as STORE
from hrdesk.messages.texts_store_faults import TEXTS as STORE_FAULTS
from hrdesk.messages.texts_store_key import TEXTS as STORE_KEY
from hrdesk.messages.texts_store_sharing import TEXTS as STORE_SHARING
from hrdesk.messages.texts_verify import TEXTS as VERIFY
from hrdesk.messages.texts_zip import TEXTS as ZIP


def _merge(*parts: dict[str, Text]) -> dict[str, Text]:
    merged: dict[str, Text] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise AssertionError(f"message codes defined twice: {sorted(twice)}")
        merged.update(part)
    return merged


CATALOGUE: dict[str, Text] = _merge(
    CLI, DOCUMENTS, FIELDS, PACKAGES, RECORDS, RULES, SIGNATURES, SIGNIN, STORE, SETTINGS
)
CATALOGUE = _merge(CATALOGUE, REPORTS)
CATALOGUE = _merge(CATALOGUE, OUTBOX)
CATALOGUE = _merge(CATALOGUE, DEADLINE_WATCH)  # a line of its own: branches add theirs
CATALOGUE = _merge(CATALOGUE, HOLIDAYS)
# The package verifier's, in a line of their own so that the one above merges easily.
CATALOGUE = _merge(CATALOGUE, BAG, VERIFY, ZIP)
# What the command line prints when it succeeds.
CATALOGUE = _merge(CATALOGUE, SAID)
# `hrdesk show`'s labels and headings.
CATALOGUE = _merge(CATALOGUE, SHOW)
CATALOGUE = _merge(CATALOGUE, CLI_COMMANDS)
CATALOGUE = _merge(CATALOGUE, STORE_KEY)
CATALOGUE = _merge(CATALOGUE, BACKUP_SPACE)
CATALOGUE = _merge(CATALOGUE, STORE_SHARING)
CATALOGUE = _merge(CATALOGUE, SEALING)
# What the command line asks at a terminal.
CATALOGUE = _merge(CATALOGUE, PROMPTS)
CATALOGUE = _merge(CATALOGUE, FAULTS)
# Why the central service refused a package (its refusals table, the board).
CATALOGUE = _merge(CATALOGUE, CENTRE_REFUSALS)
# The central service's own errors, prompts and output.
CATALOGUE = _merge(CATALOGUE, CENTRAL)
# The stages of a package's building, writing, checking and import.
CATALOGUE = _merge(CATALOGUE, PROGRESS)
# Why the centre could not count a package's figures.
CATALOGUE = _merge(CATALOGUE, CENTRE_FIGURES)
# An agency's contributions over past periods (`hrdesk show agencies UID`).
CATALOGUE = _merge(CATALOGUE, AGENCY_RECORD)
# Report sections written over a draft whose figures changed since.
CATALOGUE = _merge(CATALOGUE, REPORT_STALE)
CATALOGUE = _merge(CATALOGUE, QUICK_CHECK)
CATALOGUE = _merge(CATALOGUE, STORE_FAULTS)
# A stick pulled out in the middle of a write.
CATALOGUE = _merge(CATALOGUE, PULLED)

"""What an HR Desk bag says about itself: bag-info labels and the signed trusted comment.

Both are written by `build` and read back by `verify`; keeping them here keeps the two
sides in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from hrdesk.bundles.bagit import BagFormatError

SOURCE = "Source-Organization"
BAGGING_DATE = "Bagging-Date"
IDENTIFIER = "External-Identifier"
DESCRIPTION = "External-Description"
AGENT = "Bag-Software-Agent"
PERIOD = "Reporting-Period"
PERIOD_START = "Reporting-Period-Start"
PERIOD_END = "Reporting-Period-End"
SEQUENCE = "Package-Sequence"
PREVIOUS = "Previous-Package-SHA512"
KEY_ID = "Signing-Key-Id"
PERSONAL = "Personal-Data"
SCHEMA = "Records-Schema"
OXUM = "Payload-Oxum"

REQUIRED = (SOURCE, BAGGING_DATE, IDENTIFIER, PERIOD, SEQUENCE, PREVIOUS, KEY_ID, PERSONAL, OXUM)
NO_PREVIOUS = "none"
PERSONAL_VALUES = {"excluded": False, "included": True}

_COMMENT = re.compile(
    r"hrdesk-package uid:(?P<uid>[0-9a-f-]{36}) sequence:(?P<sequence>[1-9][0-9]{0,8}) "
    r"time:(?P<time>\S+) office:(?P<office>.+)"
)
_SHA512 = re.compile(r"[0-9a-f]{128}")
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class TrustedComment:
    uid: str
    sequence: int
    time: str
    office: str

    def text(self) -> str:
        return (
            f"hrdesk-package uid:{self.uid} sequence:{self.sequence} "
            f"time:{self.time} office:{self.office}"
        )


def parse_comment(text: str) -> TrustedComment | None:
    match = _COMMENT.fullmatch(text)
    if match is None:
        return None
    return TrustedComment(match["uid"], int(match["sequence"]), match["time"], match["office"])


@dataclass(frozen=True)
class PackageInfo:
    """What bag-info.txt says, once the signature and the tag manifest have proven it."""

    uid: str
    office: str
    sequence: int
    previous_sha512: str | None
    period_label: str
    key_id: str
    bagging_date: str
    personal_data: bool
    oxum: str


def read_info(fields: dict[str, list[str]]) -> PackageInfo:
    """Check and read the labels HR Desk needs; BagFormatError names the first one wrong."""
    for label in REQUIRED:
        values = fields.get(label, [])
        if len(values) != 1 or not values[0]:
            raise BagFormatError("bag.label_once", label=label)
    one = {label: fields[label][0] for label in REQUIRED}
    if not _UID.fullmatch(one[IDENTIFIER]):
        raise BagFormatError("bag.not_uid", label=IDENTIFIER)
    if not one[SEQUENCE].isascii() or not one[SEQUENCE].isdigit() or int(one[SEQUENCE]) < 1:
        raise BagFormatError("bag.not_sequence", label=SEQUENCE)
    previous = one[PREVIOUS]
    if previous != NO_PREVIOUS and not _SHA512.fullmatch(previous):
        raise BagFormatError("bag.not_previous", label=PREVIOUS, none=NO_PREVIOUS)
    if one[PERSONAL] not in PERSONAL_VALUES:
        raise BagFormatError("bag.not_personal", label=PERSONAL)
    try:
        datetime.strptime(one[BAGGING_DATE], "%Y-%m-%d")
    except ValueError:
        raise BagFormatError("bag.not_date", label=BAGGING_DATE) from None
    return PackageInfo(
        uid=one[IDENTIFIER],
        office=one[SOURCE],
        sequence=int(one[SEQUENCE]),
        previous_sha512=None if previous == NO_PREVIOUS else previous,
        period_label=one[PERIOD],
        key_id=one[KEY_ID],
        bagging_date=one[BAGGING_DATE],
        personal_data=PERSONAL_VALUES[one[PERSONAL]],
        oxum=one[OXUM],
    )

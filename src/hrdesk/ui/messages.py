"""The services' validation messages in the window's language.

Services speak plain English (the command line shows it as is); the window translates
the messages it knows, keeping names and numbers, and shows any other as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


# Each pattern's groups are passed into the translated text's %1, %2 …
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"is required"), QT_TRANSLATE_NOOP("Messages", "is required")),
    (
        re.compile(r"a date is required \(dd/mm/yyyy\)"),
        QT_TRANSLATE_NOOP("Messages", "a date is required (dd/mm/yyyy)"),
    ),
    (
        re.compile(r"'?(.+?)'? is not a date \(dd/mm/yyyy\)"),
        QT_TRANSLATE_NOOP("Messages", "%1 is not a date (dd/mm/yyyy)"),
    ),
    (
        re.compile(r"'(.+)' is not a date and time \(dd/mm/yyyy hh:mm\)"),
        QT_TRANSLATE_NOOP("Messages", "%1 is not a date and time (dd/mm/yyyy hh:mm)"),
    ),
    (re.compile(r"is in the future"), QT_TRANSLATE_NOOP("Messages", "is in the future")),
    (
        re.compile(r"is before the date the petition was received"),
        QT_TRANSLATE_NOOP("Messages", "is before the date the petition was received"),
    ),
    (
        re.compile(r"is before the last step on the timeline \((.+)\)"),
        QT_TRANSLATE_NOOP("Messages", "is before the last step on the timeline (%1)"),
    ),
    (re.compile(r"ends before it starts"), QT_TRANSLATE_NOOP("Messages", "ends before it starts")),
    (
        re.compile(r"the term ends before it starts"),
        QT_TRANSLATE_NOOP("Messages", "the term ends before it starts"),
    ),
    (
        re.compile(r"is longer than (\d+) characters"),
        QT_TRANSLATE_NOOP("Messages", "is longer than %1 characters"),
    ),
    (
        re.compile(r"must be at least (\d+) characters"),
        QT_TRANSLATE_NOOP("Messages", "must be at least %1 characters"),
    ),
    (re.compile(r"must be at least (\d+)"), QT_TRANSLATE_NOOP("Messages", "must be at least %1")),
    (re.compile(r"must be at most (\d+)"), QT_TRANSLATE_NOOP("Messages", "must be at most %1")),
    (
        re.compile(r"'(.+)' is not a whole number"),
        QT_TRANSLATE_NOOP("Messages", "%1 is not a whole number"),
    ),
    (
        re.compile(r"no agency '(.+)' in the list of member agencies"),
        QT_TRANSLATE_NOOP("Messages", "no agency '%1' in the list of member agencies"),
    ),
    (
        re.compile(r"an agency named '(.+)' already exists"),
        QT_TRANSLATE_NOOP("Messages", "an agency named '%1' already exists"),
    ),
    (
        re.compile(r"a task marked done needs the date it was done"),
        QT_TRANSLATE_NOOP("Messages", "a task marked done needs the date it was done"),
    ),
    (
        re.compile(r"only a task marked done has a completion date"),
        QT_TRANSLATE_NOOP("Messages", "only a task marked done has a completion date"),
    ),
    (
        re.compile(r"give the reason for the absence"),
        QT_TRANSLATE_NOOP("Messages", "give the reason for the absence"),
    ),
    (
        re.compile(r"a complaint or denunciation needs the person who filed it"),
        QT_TRANSLATE_NOOP("Messages", "a complaint or denunciation needs the person who filed it"),
    ),
    (
        re.compile(r"say what the citizen was told to do"),
        QT_TRANSLATE_NOOP("Messages", "say what the citizen was told to do"),
    ),
    (
        re.compile(r"name the agency the petition goes to"),
        QT_TRANSLATE_NOOP("Messages", "name the agency the petition goes to"),
    ),
    (
        re.compile(r"only a denunciation's deadline can be extended"),
        QT_TRANSLATE_NOOP("Messages", "only a denunciation's deadline can be extended"),
    ),
    (
        re.compile(r"only a complex case may be extended \(Art\. 30\)"),
        QT_TRANSLATE_NOOP("Messages", "only a complex case may be extended (Art. 30)"),
    ),
    (
        re.compile(r"a complex denunciation may be extended once only \(.+\)"),
        QT_TRANSLATE_NOOP("Messages", "a complex denunciation may be extended once only (Art. 30)"),
    ),
    (
        re.compile(r"an especially complex denunciation may be extended (\d+) times only \(.+\)"),
        QT_TRANSLATE_NOOP(
            "Messages", "an especially complex denunciation may be extended %1 times only (Art. 30)"
        ),
    ),
    (
        re.compile(r"the officer name or the password is not right"),
        QT_TRANSLATE_NOOP("Messages", "the officer name or the password is not right"),
    ),
    (
        re.compile(r"too many wrong passwords: try again in (\d+) seconds"),
        QT_TRANSLATE_NOOP("Messages", "too many wrong passwords: try again in %1 seconds"),
    ),
    (
        re.compile(r"the two passwords differ"),
        QT_TRANSLATE_NOOP("Messages", "the two passwords differ"),
    ),
    (
        re.compile(r"use 2 to 40 lower-case letters, digits, dots, dashes or underscores"),
        QT_TRANSLATE_NOOP(
            "Messages", "use 2 to 40 lower-case letters, digits, dots, dashes or underscores"
        ),
    ),
    (
        re.compile(r"the account '(.+)' already exists"),
        QT_TRANSLATE_NOOP("Messages", "the account '%1' already exists"),
    ),
    (
        re.compile(r"the office needs at least one administrator"),
        QT_TRANSLATE_NOOP("Messages", "the office needs at least one administrator"),
    ),
    (
        re.compile(r"you cannot disable your own account"),
        QT_TRANSLATE_NOOP("Messages", "you cannot disable your own account"),
    ),
    (
        re.compile(r"the new password is the same as the old one"),
        QT_TRANSLATE_NOOP("Messages", "the new password is the same as the old one"),
    ),
    (
        re.compile(r"(.+) is already in the office's calendar"),
        QT_TRANSLATE_NOOP("Messages", "%1 is already in the office's calendar"),
    ),
    (
        re.compile(r"'(.+)' is not yes or no"),
        QT_TRANSLATE_NOOP("Messages", "%1 is not yes or no"),
    ),
    (
        re.compile(r"an extension is 1 to (\d+) days"),
        QT_TRANSLATE_NOOP("Messages", "an extension is 1 to %1 days"),
    ),
    (
        re.compile(r"say what was verified"),
        QT_TRANSLATE_NOOP("Messages", "say what was verified"),
    ),
    (
        re.compile(r"only a complaint has a first or second round"),
        QT_TRANSLATE_NOOP("Messages", "only a complaint has a first or second round"),
    ),
    (
        re.compile(r"no committee member named '(.+)'"),
        QT_TRANSLATE_NOOP("Messages", "no committee member named '%1'"),
    ),
    (
        re.compile(r"the account '?(.+?)'? is disabled"),
        QT_TRANSLATE_NOOP("Messages", "the account %1 is disabled"),
    ),
    (
        re.compile(r"is before the start of the range"),
        QT_TRANSLATE_NOOP("Messages", "is before the start of the range"),
    ),
    (
        re.compile(r"this conclusion already has a task"),
        QT_TRANSLATE_NOOP("Messages", "this conclusion already has a task"),
    ),
    (
        re.compile(
            r"a denouncer's identity is confidential: only the officer handling the case "
            r"and administrators may see it"
        ),
        QT_TRANSLATE_NOOP(
            "Messages",
            "a denouncer's identity is confidential: only the officer handling the case "
            "and administrators may see it",
        ),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not read records"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not read records"),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not change records"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not change records"),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not see petitioners' personal data"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not see petitioners' personal data"),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not see the identity of a denouncer"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not see the identity of a denouncer"),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not manage officer accounts"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not manage officer accounts"),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not change the office's settings"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not change the office's settings"),
    ),
    (
        re.compile(r"(\S+) \(.+\) may not manage the office's signing key"),
        QT_TRANSLATE_NOOP("Messages", "%1 may not manage the office's signing key"),
    ),
]


def translate(message: str) -> str:
    for pattern, text in PATTERNS:
        match = pattern.fullmatch(message)
        if match:
            result = _t(text)
            for number, group in enumerate(match.groups(), start=1):
                result = result.replace(f"%{number}", group)
            return result
    return message

"""`hrdesk add KIND`, `edit KIND UID`, `archive KIND UID`: one record at a time, through
the services the window's forms call, so the validation is the forms' (every problem
named at once) and the field names are those of `list --format json`.

Fields are given as `--FIELD VALUE` (`--full-name` or `--full_name`), or all at once as a
JSON object in a file (`--from FILE.json`, e.g. a record of `list --format json`);
options given after the file change its values. A petition's people are --full-name,
--address, --id-number, --phone, --representative, repeated in order for each person;
`edit` replaces them all, and a denouncer's only with --reveal (logged, as in the window).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hrdesk.cli.context import writing
from hrdesk.cli.printing import Column, lang_of, records, say
from hrdesk.domain.errors import ValidationError
from hrdesk.messages import Localized

UID_COLUMN = (Column("uid", Localized("Mã định danh", "Id")),)
# Options the command itself reads among the fields.
OWN = ("from", "format", "profile", "lang")
# Options that take no value.
FLAGS = {"reveal"}
# Fields given more than once, or as "A; B", that are lists.
LISTS = {"supporting_agencies"}
PEOPLE = ("full_name", "address", "id_number", "phone", "representative")


def _split(tokens: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """`--name value` pairs into fields (a repeated one becomes a list) and the command's
    own options."""
    fields: dict[str, Any] = {}
    own: dict[str, str] = {}
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.startswith("--") or token == "--":
            raise ValidationError("fields", "cli19.not_a_field_option", token=token)
        name, equals, value = token[2:].partition("=")
        if name in FLAGS and not equals:
            fields[name] = True
            index += 1
            continue
        if not equals:
            if index + 1 >= len(tokens):
                raise ValidationError("fields", "cli19.field_needs_value", option=token)
            value = tokens[index + 1]
            index += 1
        index += 1
        name = name.replace("-", "_")
        if name in OWN:
            own[name] = value
        elif name in fields:
            previous = fields[name]
            fields[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[name] = value
    return fields, own


def _from_file(path: str) -> dict[str, Any]:
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError:
        raise ValidationError("from", "central.not_a_file", path=file) from None
    except ValueError as exc:
        raise ValidationError("from", "cli19.bad_json", path=file, reason=str(exc)) from None
    if isinstance(data, list) and len(data) == 1:
        data = data[0]  # one record of `list --format json`
    if not isinstance(data, dict):
        raise ValidationError("from", "cli19.json_not_a_record", path=file)
    return data


def _values(args: argparse.Namespace) -> tuple[dict[str, Any], set[str]]:
    """The values given, and the names that came from a file (which may carry a list's
    read-only columns)."""
    fields, own = _split(list(args.fields))
    for name in ("profile", "lang", "format"):
        if name in own:
            setattr(args, name, own[name])
    from_file: dict[str, Any] = _from_file(own["from"]) if "from" in own else {}
    return {**from_file, **fields}, set(from_file) - set(fields)


def _kind_values(
    kind: str, values: dict[str, Any], from_file: set[str], creating: bool
) -> tuple[dict[str, Any], list[ValidationError]]:
    """The service's keyword arguments, and a problem for each name it does not take."""
    from hrdesk.cli.record_kinds import editable, extras
    from hrdesk.services.listing import spec_for

    fields = editable(kind, creating)
    takes = set(fields) | extras(kind, creating)
    shown = {c.name for c in spec_for(kind).columns}
    if kind == "petitions":
        values = _people(values)  # editing, the people given replace the petition's
    out: dict[str, Any] = {}
    problems = []
    for name, value in values.items():
        if name in LISTS and isinstance(value, str):
            value = [part.strip() for part in value.split(";") if part.strip()]
        if name in takes:
            out[name] = value
        elif name == "uid" and name in from_file:
            continue  # editing: the record is the one UID names
        elif name in from_file and name in shown:
            continue  # a list's column that no form edits (a petition's status…)
        else:
            problems.append(_unknown(kind, name, creating, sorted(takes)))
    return out, problems


def _unknown(kind: str, name: str, creating: bool, known: list[str]) -> ValidationError:
    from hrdesk.services.petitions import CLASSIFICATION_FIELDS

    if kind == "petitions" and not creating and name in CLASSIFICATION_FIELDS:
        return ValidationError(name, "cli19.classify_is_a_step", field=name)
    return ValidationError(name, "cli19.unknown_field", field=name, known=known)


def _people(values: dict[str, Any]) -> dict[str, Any]:
    """A petition's people given as --full-name/--address/… (one each, or repeated in the
    same order) become its `petitioners`, as the import's columns do."""
    given = {k: values.pop(k) for k in PEOPLE if k in values}
    if not given:
        return values
    columns = {k: v if isinstance(v, list) else [v] for k, v in given.items()}
    count = max(len(v) for v in columns.values())
    people = [
        {k: v[i] for k, v in columns.items() if i < len(v) and v[i] not in ("", None)}
        for i in range(count)
    ]
    values["petitioners"] = [*values.get("petitioners", []), *people]
    return values


def _save(args: argparse.Namespace, creating: bool) -> str:
    from hrdesk.cli.record_kinds import create, update

    values, from_file = _values(args)
    kind_values, problems = _kind_values(args.kind, values, from_file, creating)
    with writing(args) as session:
        try:
            if creating:
                record = create(session, args.kind, kind_values)
            else:
                record = update(session, args.kind, args.uid, kind_values)
            uid = record.uid
        except ValidationError as exc:
            # Every problem at once: the names the command does not know and the values
            # the form refuses.
            raise ValidationError.of([*problems, exc]) from None
        if problems:
            raise ValidationError.of(problems)
    return uid


HELP = {"--help", "-h"}
FIELD_COLUMNS = (
    Column("option", Localized("Tùy chọn", "Option")),
    Column("label", Localized("Trường", "Field")),
    Column("kind", Localized("Kiểu", "Type")),
    Column("required", Localized("Bắt buộc", "Required")),
)


def print_fields(args: argparse.Namespace, creating: bool) -> int:
    """`hrdesk add KIND --help`: the fields the form has, as options."""
    from hrdesk.cli.record_kinds import editable, extras

    _fields, own = _split([t for t in args.fields if t not in HELP])
    for name in ("lang", "format"):
        if name in own:
            setattr(args, name, own[name])
    lang = lang_of(args)
    rows = [
        {
            "option": "--" + f.name.replace("_", "-"),
            "label": f.label(lang),
            "kind": f.kind,
            "required": f.required and creating,
        }
        for f in editable(args.kind, creating).values()
    ]
    if args.kind == "petitions":  # the people, repeated in the same order for each
        from hrdesk.services.petitions import PETITIONER_FIELDS

        rows += [
            {
                "option": "--" + name.replace("_", "-"),
                "label": PETITIONER_FIELDS[name].label(lang),
                "kind": PETITIONER_FIELDS[name].kind,
                "required": False,
            }
            for name in PEOPLE
            if name in PETITIONER_FIELDS
        ]
    rows += [
        {"option": "--" + name.replace("_", "-"), "label": "", "kind": "", "required": False}
        for name in sorted(extras(args.kind, creating))
    ]
    return records(args, FIELD_COLUMNS, rows)


def run_add(args: argparse.Namespace) -> int:
    if HELP & set(args.fields):
        return print_fields(args, creating=True)
    uid = _save(args, creating=True)
    if getattr(args, "format", "table") == "json":
        return records(args, UID_COLUMN, [{"uid": uid}])
    print(uid)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    if HELP & set(args.fields):
        return print_fields(args, creating=False)
    uid = _save(args, creating=False)
    if getattr(args, "format", "table") == "json":
        return records(args, UID_COLUMN, [{"uid": uid}])
    say(args, "cli19.record_changed", uid=uid)
    return 0


def run_archive(args: argparse.Namespace) -> int:
    from hrdesk.cli.record_kinds import archive

    with writing(args) as session:
        archive(session, args.kind, args.uid, not args.undo)
    say(args, "cli19.record_restored" if args.undo else "cli19.record_archived", uid=args.uid)
    return 0

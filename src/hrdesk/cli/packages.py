"""`hrdesk package export|verify|import|list|mark` and `hrdesk key export|trust|replace|show`.

`package verify FILE --key office.pub` needs no profile: any office, or anyone with the
public key, can check a package. Without --key it uses the profile's trusted keys and
what it has received, so it also checks the package's place in the sender's chain.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hrdesk.cli.context import ENV_KEY_PASSPHRASE, open_desk, profile_of, reading, writing
from hrdesk.cli.said import lang_of, said, say
from hrdesk.domain.errors import ValidationError
from hrdesk.messages import Localized, render
from hrdesk.messages.reasons import os_reason

if TYPE_CHECKING:
    from hrdesk.bundles.minisign import PublicKey
    from hrdesk.bundles.verify import SenderState, VerifyReport

T = TypeVar("T")


def run_package(args: argparse.Namespace) -> int:
    actions = {
        "export": _export,
        "verify": _verify,
        "import": _import,
        "list": _list,
        "mark": _mark,
        "upload": _upload,
    }
    return actions[args.package_command](args)


def run_key(args: argparse.Namespace) -> int:
    actions = {"export": _key_export, "trust": _key_trust, "replace": _key_replace, "show": _show}
    return actions[args.key_command](args)


def _confirm(question: str, needs_yes: ValidationError, lang: str) -> None:
    """Ask at a terminal; elsewhere the command needs --yes (`needs_yes` says so)."""
    if not sys.stdin.isatty():
        raise needs_yes
    from hrdesk.cli.progress import asking

    asking()
    asked = render("prompt.yes_no", {}, lang)
    answer = input(f"{question} {asked} ")
    if answer.strip().lower() not in (
        "y",
        "yes",
        "c",
        "có",
    ):
        raise ValidationError(needs_yes.field, "cli.not_confirmed")


def _with_passphrase(args: argparse.Namespace, act: Callable[[str | None], T]) -> T:
    """Run `act` with HRDESK_KEY_PASSPHRASE; where the office key needs one and none is
    set, ask at the terminal and run it again."""
    from hrdesk.bundles.keystore import PassphraseNeeded

    given = os.environ.get(ENV_KEY_PASSPHRASE)
    try:
        return act(given)
    except PassphraseNeeded:
        if given is not None or not sys.stdin.isatty():
            raise
        from hrdesk.cli.progress import asking

        asking()
        return act(getpass.getpass(said(args, "said.key_passphrase_prompt") + " "))


def _export(args: argparse.Namespace) -> int:
    from hrdesk.bundles.build import build_package
    from hrdesk.domain.periods import parse_period

    period = parse_period(args.period)
    to_dir = Path(args.to).expanduser()
    if not to_dir.is_dir():
        raise ValidationError("to", "package.not_a_folder", path=to_dir)
    if args.include_personal_data and not args.yes:
        _confirm(
            said(args, "said.confirm_personal_data"),
            ValidationError("yes", "cli.personal_data_needs_yes"),
            lang_of(args),
        )
    from hrdesk.cli.documents import warn_empty_sections
    from hrdesk.documents.report import build_report_pdf
    from hrdesk.documents.report_xlsx import write_report_xlsx
    from hrdesk.domain.access import Permission
    from hrdesk.services.common import require
    from hrdesk.workdir import working_folder

    # The rendered report stays inside the profile until it is in the package.
    with (
        open_desk(args) as desk,
        working_folder(desk.profile.exports_dir, ".report-") as temp,
    ):
        pdf, xlsx = Path(temp) / "report.pdf", Path(temp) / "report.xlsx"
        with desk.store.transaction(desk.actor) as session:
            # A viewer hears that packaging is not theirs before anything about the report.
            require(session, Permission.EDIT_RECORDS)
            warn_empty_sections(session, period, args)
            build_report_pdf(session, period, pdf)
            write_report_xlsx(session, period, xlsx)
        path = _with_passphrase(
            args,
            lambda secret: build_package(
                desk,
                period,
                pdf,
                xlsx,
                to_dir,
                include_personal_data=args.include_personal_data,
                passphrase=secret,
            ),
        )
    print(path)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from hrdesk.bundles.shown import shown
    from hrdesk.bundles.verify import check_name, verify_package
    from hrdesk.messages.message import Message

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise ValidationError("file", "file.missing", path=path)
    with _opened(args, path) as opened:
        if args.key:
            report = verify_package(opened, [_read_public_key(Path(args.key).expanduser())])
        else:
            report = _verify_with_profile(args, opened)
    say(args, "said.checking", path=path)
    for line in report.lines(lang_of(args)):
        print(line)
    if report.ok and report.info is not None:
        info = report.info
        say(
            args,
            "said.package_valid",
            sequence=info.sequence,
            office=shown(info.office),
            period=shown(info.period_label),
        )
        return 0
    failure = report.failure
    if failure is None:
        say(args, "said.package_not_checked")
    else:
        reason = Message(failure.code, failure.params)
        say(args, "said.package_invalid", check=check_name(failure.name), reason=reason)
    return 1


@contextlib.contextmanager
def _opened(args: argparse.Namespace, path: Path) -> Iterator[Path]:
    """The package itself; a sealed one opened with `--identity` into a private temporary
    folder, removed afterwards (it holds personal data)."""
    from hrdesk.bundles import sealing

    if not sealing.is_sealed(path):
        yield path
        return
    identity_path = getattr(args, "identity", None)
    if not identity_path:
        raise ValidationError("identity", "sealing.needs_identity", path=path)
    try:
        text = Path(identity_path).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise ValidationError(
            "identity", "sealing.identity_unreadable", path=identity_path, reason=reason
        ) from None
    identity = sealing.parse_identity(text)
    with tempfile.TemporaryDirectory(prefix="hrdesk-opened-") as folder:
        opened = Path(folder) / path.name.removesuffix(sealing.SUFFIX)
        sealing.unseal(path, opened, identity)
        yield opened


def _read_public_key(path: Path) -> PublicKey:
    from hrdesk.bundles.minisign import MinisignError, parse_public_key

    try:
        return parse_public_key(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, MinisignError) as exc:
        # An OS error's reason in both languages; a key file's fault keeps its own code.
        reason = os_reason(exc) if isinstance(exc, OSError) else exc
        raise ValidationError("key", "key.file_unreadable", path=path, reason=reason) from None


def _verify_with_profile(args: argparse.Namespace, path: Path) -> VerifyReport:
    from hrdesk.bundles import registry
    from hrdesk.bundles.bagcheck import TrustedKey
    from hrdesk.bundles.keys import office_public_keys
    from hrdesk.bundles.verify import verify_package

    if not profile_of(args).exists:
        raise ValidationError("key", "cli.verify_needs_key")
    with reading(args) as session:
        own = [TrustedKey(k.public, None) for k in office_public_keys(profile_of(args))]
        keys = registry.trusted_keys(session) + own

        def lookup(key: TrustedKey) -> SenderState | None:
            return registry.sender_state(session, key)

        return verify_package(path, keys, lookup, workdir=profile_of(args).exports_dir)


def _import(args: argparse.Namespace) -> int:
    from hrdesk.bundles.receive import import_package

    path = Path(args.file).expanduser()
    with open_desk(args) as desk:
        result = import_package(desk, path)
    if result.report is not None:
        say(args, "said.checking", path=path)
        for line in result.report.lines(lang_of(args)):
            print(line)
    print(result.text(lang_of(args)))
    return 0 if result.ok else 1


# The packages tables' column names.
_NUMBER = Localized("số", "no.")
_PERIOD = Localized("kỳ", "period")
_STATUS = Localized("trạng thái", "status")
_KEY = Localized("khóa", "key")
_PACKAGE = Localized("gói", "package")
_WRITTEN_TO = Localized("nơi ghi", "written to")
_OFFICE = Localized("văn phòng", "office")
_RECEIVED_ON = Localized("ngày nhận", "received")
_WARNING = Localized("cảnh báo", "warning")


def _list(args: argparse.Namespace) -> int:
    from hrdesk.bundles import kept_warnings
    from hrdesk.bundles.ledger import list_packages
    from hrdesk.bundles.receive import received_packages
    from hrdesk.cli.output import as_table
    from hrdesk.domain.vocab import PackageStatus

    lang = lang_of(args)
    with reading(args) as session:
        sent = list_packages(session)
        received = received_packages(session)
        if sent:
            say(args, "said.packages_sent")
            rows = [
                [
                    str(p.sequence),
                    p.period_label,
                    PackageStatus(p.status).localized.text(lang),
                    p.key_id,
                    p.uid,
                    p.written_to or "",
                ]
                for p in sent
            ]
            headers = [_NUMBER, _PERIOD, _STATUS, _KEY, _PACKAGE, _WRITTEN_TO]
            as_table([h.text(lang) for h in headers], rows, width=60)
        if received:
            say(args, "said.packages_received")
            rows = [
                [
                    r.office_name,
                    str(r.sequence),
                    r.period_label,
                    f"{r.received_at:%Y-%m-%d}",
                    r.uid,
                    kept_warnings.text(r.warnings, lang),
                ]
                for r in received
            ]
            headers = [_OFFICE, _NUMBER, _PERIOD, _RECEIVED_ON, _PACKAGE, _WARNING]
            as_table([h.text(lang) for h in headers], rows)
        if not sent and not received:
            say(args, "said.no_packages")
    return 0


def _upload(args: argparse.Namespace) -> int:
    from hrdesk.cli.outbox import upload_file

    return upload_file(args)


def _mark(args: argparse.Namespace) -> int:
    from hrdesk.bundles.ledger import mark_acknowledged, mark_uploaded
    from hrdesk.domain.vocab import PackageStatus

    with writing(args) as session:
        mark = mark_uploaded if args.status == "uploaded" else mark_acknowledged
        package = mark(session, args.uid)
        status = PackageStatus(package.status).localized
        say(
            args,
            "said.package_marked",
            sequence=package.sequence,
            period=package.period_label,
            status=status,
        )
    return 0


def _print_key(args: argparse.Namespace, key_id: str, fingerprint: str) -> None:
    say(args, "said.key_id", key_id=key_id)
    say(args, "said.fingerprint", fingerprint=fingerprint)


def _key_export(args: argparse.Namespace) -> int:
    from hrdesk.bundles.keys import export_public_key

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise ValidationError("out", "file.no_folder", path=out.parent)
    with open_desk(args) as desk, desk.store.transaction(desk.actor) as session:
        key = _with_passphrase(args, lambda secret: export_public_key(session, out, secret))
    print(out)
    _print_key(args, key.key_id, key.fingerprint)
    return 0


def _key_trust(args: argparse.Namespace) -> int:
    from hrdesk.bundles.registry import trust_key

    path = Path(args.file).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise ValidationError("file", "key.file_unreadable", path=path, reason=reason) from None
    with writing(args) as session:
        row = trust_key(session, text, args.office)
        say(args, "said.trusted", office=row.office_name)
        _print_key(args, row.key_id, row.fingerprint)
    say(args, "said.check_fingerprint")
    return 0


def _key_replace(args: argparse.Namespace) -> int:
    from hrdesk.bundles.keys import replace_office_key

    if not args.yes:
        _confirm(
            said(args, "said.confirm_replace_key"),
            ValidationError("yes", "cli.replace_key_needs_yes"),
            lang_of(args),
        )
    with open_desk(args) as desk, desk.store.transaction(desk.actor) as session:
        old, new = _with_passphrase(args, lambda secret: replace_office_key(session, secret))
    if old is not None:
        say(args, "said.key_replaced", key_id=old.key_id)
    _print_key(args, new.key_id, new.fingerprint)
    say(args, "said.send_new_key")
    return 0


def _show(args: argparse.Namespace) -> int:
    from hrdesk.bundles.keys import office_key
    from hrdesk.bundles.registry import trusted_offices

    with reading(args) as session:
        key = office_key(profile_of(args))
        if key is None:
            say(args, "said.no_office_key")
        elif key.storage == "keyring":
            say(args, "said.office_key_keyring")
            _print_key(args, key.key_id, key.fingerprint)
        else:
            say(args, "said.office_key_passphrase")
            _print_key(args, key.key_id, key.fingerprint)
        for row in trusted_offices(session):
            say(args, "said.trusted", office=row.office_name)
            key_line = said(
                args, "said.trusted_key", key_id=row.key_id, fingerprint=row.fingerprint
            )
            print(f"  {key_line}")
    return 0

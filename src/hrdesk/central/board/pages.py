"""The board's pages: a period's 34 provinces, a province, and the downloads.

Viewers see the board and the provinces; officers and administrators also download the
national tables, a province's report, packages and receipts.
"""

from __future__ import annotations

import json
import zipfile

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from hrdesk.bundles import kept_warnings
from hrdesk.central.board.auth import centre_of, signed_in, to_signin
from hrdesk.central.board.render import lang_of, page
from hrdesk.central.board.status import STATES, board_rows, default_period, due_day, periods_known
from hrdesk.central.figures import national_statistics
from hrdesk.central.models import Office, Package, Refusal
from hrdesk.central.national import national_pdf, national_tables, national_xlsx
from hrdesk.central.offices import as_utc
from hrdesk.central.refusal_reasons import reason_of
from hrdesk.central.users import SignedIn
from hrdesk.documents.report_tables import report_tables
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period

router = APIRouter(prefix="/board")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period(request: Request, text: str | None) -> Period | None:
    if not text:
        with centre_of(request).sessions() as session:
            return default_period(session)
    try:
        return parse_period(text)
    except ValidationError:
        return None


def _guard(request: Request, role: str = "viewer") -> SignedIn | Response:
    who = signed_in(request)
    if who is None:
        return to_signin(request)
    if not who.officer.can(role):
        return page(request, "error.html", who=who, message="forbidden", status=403)
    return who


@router.get("")
def board(request: Request, period: str | None = None) -> Response:
    who = _guard(request)
    if isinstance(who, Response):
        return who
    chosen = _period(request, period)
    if chosen is None:
        return page(
            request,
            "error.html",
            who=who,
            message="bad_period",
            values={"period": period},
            status=400,
        )
    centre = centre_of(request)
    with centre.sessions() as session:
        rows = board_rows(session, chosen, centre.settings.due_days)
        known = periods_known(session)
    if chosen.label not in known:
        known.insert(0, chosen.label)
    counts = {state: sum(1 for r in rows if r.state == state) for state in STATES}
    return page(
        request,
        "board.html",
        who=who,
        period=chosen,
        periods=known,
        rows=rows,
        counts=counts,
        due=due_day(chosen, centre.settings.due_days),
    )


@router.get("/provinces/{office_id}")
def province(request: Request, office_id: int, period: str | None = None) -> Response:
    who = _guard(request)
    if isinstance(who, Response):
        return who
    chosen, lang = _period(request, period), lang_of(request)
    with centre_of(request).sessions() as session:
        office = session.get(Office, office_id)
        if office is None:
            return page(request, "error.html", who=who, message="not_found", status=404)
        packages = session.scalars(
            select(Package).where(Package.office_id == office_id).order_by(Package.sequence.desc())
        ).all()
        refusals = session.scalars(
            select(Refusal)
            .where(Refusal.office_id == office_id)
            .order_by(Refusal.id.desc())
            .limit(50)
        ).all()
        listed = [
            {
                "sequence": p.sequence,
                "period": p.period_label,
                "received_at": as_utc(p.received_at),
                "sha512": p.sha512,
                "gap": p.gap,
                "warnings": kept_warnings.text(p.warnings, lang),
            }
            for p in packages
        ]
        current = next(
            (p for p in packages if chosen is not None and p.period_label == chosen.label), None
        )
        tables = None
        if current is not None and current.figures and chosen is not None:
            tables = report_tables(national_statistics(chosen, [current.figures]))
        refused = [
            {
                "received_at": as_utc(r.received_at),
                "period": r.period_label,
                "reason": reason_of(r),
            }
            for r in refusals
        ]
        name, unit = office.name, office.province
    return page(
        request,
        "province.html",
        who=who,
        office_id=office_id,
        office_name=name,
        province=unit,
        period=chosen,
        packages=listed,
        refusals=refused,
        tables=tables,
        can_download=who.officer.can("officer"),
    )


def _download(data: bytes, media: str, filename: str) -> Response:
    return Response(
        data,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/national/{label}.{kind}")
async def national(request: Request, label: str, kind: str) -> Response:
    who = _guard(request, "officer")
    if isinstance(who, Response):
        return who
    chosen = _period(request, label)
    if chosen is None or kind not in ("xlsx", "pdf"):
        return page(request, "error.html", who=who, message="not_found", status=404)
    centre = centre_of(request)
    with centre.sessions() as session:
        tables = national_tables(session, chosen)
    work = centre.settings.incoming_dir
    if kind == "xlsx":
        data = await run_in_threadpool(national_xlsx, tables, work)
        return _download(data, XLSX, f"tong-hop-toan-quoc-{chosen.label}.xlsx")
    data = await run_in_threadpool(national_pdf, tables, work)
    return _download(data, "application/pdf", f"tong-hop-toan-quoc-{chosen.label}.pdf")


def _package(request: Request, sha512: str) -> Package | None:
    with centre_of(request).sessions() as session:
        return session.scalars(select(Package).where(Package.sha512 == sha512)).first()


@router.get("/packages/{sha512}/{what}")
def package_file(request: Request, sha512: str, what: str) -> Response:
    who = _guard(request, "officer")
    if isinstance(who, Response):
        return who
    package = _package(request, sha512)
    if package is None or what not in ("zip", "receipt", "report"):
        return page(request, "error.html", who=who, message="not_found", status=404)
    stem = f"goi-{package.sequence:04d}-{package.period_label}"
    if what == "receipt":
        body = json.dumps({"receipt": package.receipt, "minisig": package.receipt_minisig})
        return _download(body.encode("utf-8"), "application/json", f"bien-nhan-{stem}.json")
    path = centre_of(request).files.path_of(sha512)
    if what == "zip":
        return _download(path.read_bytes(), "application/zip", f"{stem}.zip")
    with zipfile.ZipFile(path) as archive:
        name = next((n for n in archive.namelist() if n.endswith("/data/report.pdf")), None)
        if name is None:
            return page(request, "error.html", who=who, message="not_found", status=404)
        data = archive.read(name)
    return _download(data, "application/pdf", f"bao-cao-{stem}.pdf")


@router.get("/")
def board_slash() -> Response:
    return RedirectResponse("/board", status_code=303)


__all__ = ["router"]

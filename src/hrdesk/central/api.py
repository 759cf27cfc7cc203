"""The upload API, /api/v1: packages in, receipts out.

POST /api/v1/packages          the zip as the body; 201 with the receipt (200 if the same
                               bytes came before), 422 with the reason if refused: "error"
                               in English, "check", and "code" with "params" (the message
                               in the catalogue, for the province to say in its language)
GET  /api/v1/receipts/{sha512} the receipt again
GET  /api/v1/centre-key        the centre's public key (minisign format) provinces pin
Every error is JSON {"error": one line}; the database down is 503 with Retry-After.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from hrdesk.central.models import Package, Refusal
from hrdesk.central.receiving import ACCEPTED, Outcome, receive
from hrdesk.central.service import Centre
from hrdesk.central.storage import TooLarge, stream_hashing
from hrdesk.messages.stored import encode_params

router = APIRouter(prefix="/api/v1")
SHA512 = re.compile(r"[0-9a-f]{128}")
# curl --data-binary sends a form type by default: accept it, as the curl line does.
ZIP_TYPES = {"application/zip", "application/octet-stream", "application/x-www-form-urlencoded"}


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def centre_of(request: Request) -> Centre:
    return request.app.state.centre


def refusal_body(outcome: Outcome) -> dict[str, Any]:
    """A refusal as the API answers it: one English line in "error" (for curl and older
    provinces), and why as a message code with its parameters, for the province to say in
    its officer's language."""
    return {
        "error": f"refused: {outcome.check}: {outcome.reason}",
        "check": outcome.check,
        "code": outcome.code,
        "params": encode_params(outcome.params),
    }


def outcome_response(outcome: Outcome) -> Response:
    if outcome.receipt is None:
        return JSONResponse(refusal_body(outcome), status_code=422)
    body = outcome.receipt.as_json()
    return JSONResponse(body, status_code=201 if outcome.status == ACCEPTED else 200)


def length_problem(request: Request, limit: int) -> JSONResponse | None:
    """Refuse a body over the limit from its Content-Length, before reading a byte of it."""
    declared = request.headers.get("content-length")
    if declared is None:
        if "chunked" not in request.headers.get("transfer-encoding", "").lower():
            return error(411, "give the body's Content-Length")
        return None
    if not declared.isdigit():
        return error(400, "Content-Length is not a number")
    if int(declared) > limit:
        return error(413, f"the package is larger than this service accepts ({limit} bytes)")
    if int(declared) == 0:
        return error(400, "the body is empty: send the package's zip file as the body")
    return None


@router.post("/packages")
async def post_package(request: Request) -> Response:
    centre = centre_of(request)
    kind = request.headers.get("content-type", "application/zip").split(";")[0].strip().lower()
    if kind not in ZIP_TYPES:
        return error(
            415, f"send the zip itself as the body (Content-Type: application/zip), not {kind}"
        )
    limit = centre.settings.max_upload
    problem = length_problem(request, limit)
    if problem is not None:
        return problem
    with centre.files.incoming_file() as path:
        try:
            sha512, size = await stream_hashing(request.stream(), path, limit)
        except TooLarge:
            return error(413, f"the package is larger than this service accepts ({limit} bytes)")
        if size == 0:
            return error(400, "the body is empty: send the package's zip file as the body")
        outcome = await run_in_threadpool(receive, centre, path, sha512, size)
    return outcome_response(outcome)


@router.get("/receipts/{sha512}")
def get_receipt(sha512: str, request: Request) -> Response:
    if not SHA512.fullmatch(sha512):
        return error(400, "not a SHA-512: 128 lower-case hex digits")
    centre = centre_of(request)
    with centre.sessions() as session:
        package = session.scalars(select(Package).where(Package.sha512 == sha512)).first()
        if package is not None:
            return JSONResponse({"receipt": package.receipt, "minisig": package.receipt_minisig})
        refusal = session.scalars(
            select(Refusal).where(Refusal.sha512 == sha512).order_by(Refusal.id.desc())
        ).first()
    if refusal is not None:
        return error(
            404, f"no receipt: this package was refused: {refusal.check_name}: {refusal.reason}"
        )
    return error(404, "no package with this SHA-512 has been received")


@router.get("/centre-key")
def get_centre_key(request: Request) -> Response:
    return PlainTextResponse(centre_of(request).key.public_text())


@router.get("/centre-recipient")
def get_centre_recipient(request: Request) -> Response:
    """The recipient key packages with personal data are sealed to (an age recipients file)."""
    return PlainTextResponse(centre_of(request).recipient.recipient_text())

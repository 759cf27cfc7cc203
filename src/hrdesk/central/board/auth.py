"""Signing in and out of the board, the signed-in officer, and CSRF checks.

The session cookie is HttpOnly and SameSite=Lax (Secure behind TLS); every form that
changes something carries a CSRF token: the session's for signed-in forms, and a
double-submitted cookie for the sign-in form itself.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from hrdesk.central import users
from hrdesk.central.board.render import page
from hrdesk.central.service import Centre

SESSION_COOKIE = "hrdesk_session"
SIGNIN_CSRF_COOKIE = "hrdesk_signin_csrf"

router = APIRouter(prefix="/board")


def centre_of(request: Request) -> Centre:
    return request.app.state.centre


def signed_in(request: Request) -> users.SignedIn | None:
    centre = centre_of(request)
    with centre.sessions() as session:
        return users.session_for(session, request.cookies.get(SESSION_COOKIE))


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def to_signin(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/board/signin?next={request.url.path}", status_code=303)


@router.get("/signin")
def signin_form(request: Request, next: str = "/board") -> Response:
    token = secrets.token_urlsafe(24)
    response = page(request, "signin.html", csrf=token, next=_safe_next(next), error=None)
    _cookie(request, response, SIGNIN_CSRF_COOKIE, token, max_age=3600)
    return response


def _safe_next(target: str) -> str:
    # Only a path of this board: never an address elsewhere.
    return target if target.startswith("/board") and "//" not in target else "/board"


def _cookie(request: Request, response: Response, name: str, value: str, **kw: Any) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="lax",
        secure=centre_of(request).settings.secure_cookies,
        path="/",
        **kw,
    )


@router.post("/signin")
async def signin(request: Request) -> Response:
    form = await request.form()
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    target = _safe_next(str(form.get("next", "/board")))
    token = request.cookies.get(SIGNIN_CSRF_COOKIE)
    if not same(str(form.get("csrf", "")), token):
        return page(
            request, "signin.html", csrf=token or "", next=target, error=("csrf", {}), status=400
        )
    result = await run_in_threadpool(_check, centre_of(request), name, password)
    if result.officer is None:
        error = ("wait", {"seconds": result.wait_seconds}) if result.wait_seconds else ("wrong", {})
        status = 429 if result.wait_seconds else 401
        return page(request, "signin.html", csrf=token, next=target, error=error, status=status)
    with centre_of(request).sessions.begin() as session:
        session_token = users.open_session(session, result.officer)
    response = RedirectResponse(target, status_code=303)
    _cookie(request, response, SESSION_COOKIE, session_token, max_age=users.SESSION_HOURS * 3600)
    response.delete_cookie(SIGNIN_CSRF_COOKIE, path="/")
    return response


def _check(centre: Centre, name: str, password: str) -> users.SignIn:
    with centre.sessions.begin() as session:
        return users.check_password(session, name, password)


@router.post("/signout")
async def signout(request: Request) -> Response:
    form = await request.form()
    who = signed_in(request)
    if who is None or not same(str(form.get("csrf", "")), who.csrf_token):
        return to_signin(request)
    with centre_of(request).sessions.begin() as session:
        users.close_session(session, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/board/signin", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/lang/{lang}")
def choose_language(request: Request, lang: str, next: str = "/board") -> Response:
    response = RedirectResponse(_safe_next(next), status_code=303)
    if lang in ("vi", "en"):
        response.set_cookie("hrdesk_lang", lang, samesite="lax", path="/", max_age=365 * 86400)
    return response


__all__ = ["router", "signed_in", "to_signin"]

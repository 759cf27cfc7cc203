"""The ASGI application: `create_app(settings)`; `uvicorn --factory hrdesk.central.app:from_env`.

Errors are one JSON line, never a traceback: the database unreachable is 503 with
Retry-After (the client tries again; nothing half-stored), a malformed request 4xx.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.exceptions import HTTPException

from hrdesk import __version__
from hrdesk.central.config import RETRY_AFTER, Settings
from hrdesk.central.service import Centre

log = logging.getLogger("hrdesk.central")


def _unavailable(_request: Request, exc: Exception) -> JSONResponse:
    log.error("database unavailable: %s", str(exc).splitlines()[0] if str(exc) else exc)
    return JSONResponse(
        {"error": "the centre's database is unavailable; try again later"},
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER)},
    )


def _bad_request(request: Request, exc: Exception) -> JSONResponse:
    # Starlette types every handler as taking any Exception; this one is registered for
    # RequestValidationError only.
    if not isinstance(exc, RequestValidationError):
        return _unexpected(request, exc)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return JSONResponse({"error": f"{where}: {first.get('msg', 'bad request')}"}, status_code=400)


def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, HTTPException):  # registered for HTTPException only
        return _unexpected(request, exc)
    # A refusal's detail is its whole answer (api.refusal_body); any other, one line.
    body = exc.detail if isinstance(exc.detail, dict) else {"error": str(exc.detail)}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error", exc_info=exc)
    return JSONResponse({"error": "internal error; it has been logged"}, status_code=500)


def create_app(settings: Settings | None = None, centre: Centre | None = None) -> FastAPI:
    """The service for `settings` (or an already open `centre`, which the caller closes)."""
    where = centre.settings if centre else (settings or Settings.from_env())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = centre is None
        app.state.centre = centre or Centre.open(where)
        from hrdesk.central.resumable import recover_uploads

        # What a killed service left half done, before the first request.
        recover_uploads(app.state.centre, where.uploads_dir)
        try:
            yield
        finally:
            if own:
                app.state.centre.close()

    app = FastAPI(
        title="HR Desk central office",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    if centre is not None:
        app.state.centre = centre
    from hrdesk.central import api
    from hrdesk.central.board import auth, pages
    from hrdesk.central.resumable import add_resumable_uploads

    app.include_router(api.router)
    app.include_router(auth.router)
    app.include_router(pages.router)
    add_resumable_uploads(app, where.uploads_dir, where.max_upload)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/board", status_code=303)

    app.add_exception_handler(OperationalError, _unavailable)
    app.add_exception_handler(InterfaceError, _unavailable)
    app.add_exception_handler(RequestValidationError, _bad_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
    return app


def from_env() -> FastAPI:
    """For `uvicorn --factory hrdesk.central.app:from_env`: settings from HRDESK_CENTRAL_*."""
    return create_app(Settings.from_env())

"""Rendering the board's pages: Jinja2 templates with the officer's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from hrdesk.central.board.i18n import DEFAULT, LANGS, other, translator
from hrdesk.central.board.status import VIETNAM

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def lang_of(request: Request) -> str:
    lang = request.cookies.get("hrdesk_lang", DEFAULT)
    return lang if lang in LANGS else DEFAULT


def page(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    html = _env.get_template(template).render(
        t=translator(lang),
        lang=lang,
        other_lang=other(lang),
        path=request.url.path,
        vietnam=VIETNAM,
        query=request.url.query,
        **context,
    )
    return HTMLResponse(
        html,
        status_code=status,
        headers={
            "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'",
            "X-Frame-Options": "DENY",
            "Cache-Control": "no-store",
        },
    )

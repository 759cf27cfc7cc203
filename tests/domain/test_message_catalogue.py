"""Every error the officer can meet has a message in the catalogue, in Vietnamese and in
English: a scan of the source finds each place an error is made, and checks its code is in
the catalogue with both texts, and that the parameters given are the ones the texts use."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from pathlib import Path

import pytest

import hrdesk
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.messages import CATALOGUE, Localized, placeholders, render

SOURCE = Path(hrdesk.__file__).parent
# The layers whose errors reach the officer (the issue names the first five).
SCANNED = (
    "services", "domain", "bundles", "documents", "store", "cli", "demo", "central", "outbox", "ui"
)  # fmt: skip
SCANNED_FILES = tuple(p.name for p in SOURCE.glob("*.py"))  # signin.py, profile.py, …


def _import_everything() -> None:
    """Import every module outside the window, so every error class is known."""
    for info in pkgutil.walk_packages([str(SOURCE)], prefix="hrdesk."):
        if info.name.startswith(("hrdesk.ui", "hrdesk.central", "hrdesk.store.migrations")):
            continue
        if info.name == "hrdesk.__main__":
            continue
        importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def _error_classes() -> dict[str, type[HRDeskError]]:
    _import_everything()
    classes = {HRDeskError, *_subclasses(HRDeskError)}
    return {cls.__name__: cls for cls in classes if cls.__module__.startswith("hrdesk.")}


def _code_index(init: object) -> int | None:
    """Where `code` sits among an __init__'s positional arguments (self not counted)."""
    names = list(inspect.signature(init).parameters)[1:]  # type: ignore[arg-type]
    return names.index("code") if "code" in names else None


@dataclass
class Site:
    """One place an error is made: the class, the code given and the parameters named."""

    where: str
    cls: str
    code: ast.expr | None
    params: set[str]
    spread: bool  # **params given


def _sites(path: Path, classes: dict[str, type[HRDeskError]]) -> list[Site]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(SOURCE).as_posix()
    sites: list[Site] = []

    def site(node: ast.Call, cls_name: str, index: int | None) -> None:
        code = node.args[index] if index is not None and len(node.args) > index else None
        names = {k.arg for k in node.keywords if k.arg is not None}
        spread = any(k.arg is None for k in node.keywords)
        sites.append(Site(f"{where}:{node.lineno}", cls_name, code, names, spread))

    for klass in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        if klass.name not in classes:
            continue
        base = classes[klass.name].__mro__[1]
        for node in ast.walk(klass):
            if (
                base is not Exception
                and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "__init__"
                and isinstance(node.func.value, ast.Call)
                and getattr(node.func.value.func, "id", None) == "super"
            ):
                site(node, base.__name__, _code_index(base.__init__))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in classes:
            continue
        init = classes[name].__init__
        index = _code_index(init)
        if index is None:
            # A class that makes its own code (TryLater(seconds)): checked at its super() call.
            continue
        site(node, name, index)
    return sites


def _scanned_files() -> list[Path]:
    files = [p for d in SCANNED for p in sorted((SOURCE / d).rglob("*.py"))]
    files += [SOURCE / name for name in SCANNED_FILES]
    return [p for p in files if "migrations" not in p.parts]


@pytest.fixture(scope="module")
def sites() -> list[Site]:
    classes = _error_classes()
    found = []
    for path in _scanned_files():
        found += _sites(path, classes)
    return found


def test_the_scan_finds_the_errors_it_should(sites):
    # A scan that found nothing would pass while checking nothing.
    assert len(sites) > 150
    assert any(s.cls == "ValidationError" for s in sites)
    assert any(s.cls == "PermissionDenied" for s in sites)
    assert any(s.cls == "StoreError" for s in sites)
    assert {"field.not_date", "signin.wrong_password", "signin.try_later"} <= {
        s.code.value for s in sites if isinstance(s.code, ast.Constant)
    }


def test_every_error_raised_has_its_message_in_vietnamese_and_english(sites):
    problems = []
    for s in sites:
        if isinstance(s.code, ast.Attribute) and s.code.attr == "code":
            continue  # an error passed on under another field: its own site was checked
        if isinstance(s.code, ast.Name) and s.code.id == "code":
            continue  # a constructor handing its caller's code on: the callers are checked
        if not (isinstance(s.code, ast.Constant) and isinstance(s.code.value, str)):
            problems.append(f"{s.where}: {s.cls} without a literal message code")
            continue
        entry = CATALOGUE.get(s.code.value)
        if entry is None:
            problems.append(f"{s.where}: '{s.code.value}' is not in the catalogue")
            continue
        if s.spread:
            problems.append(f"{s.where}: parameters given as **mapping cannot be checked")
            continue
        for lang, text in (("en", entry.en), ("vi", entry.vi)):
            if placeholders(text) != s.params:
                problems.append(
                    f"{s.where}: '{s.code.value}' ({lang}) uses {sorted(placeholders(text))}, "
                    f"given {sorted(s.params)}"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_message_is_in_both_languages_with_the_same_placeholders(code):
    entry = CATALOGUE[code]
    assert entry.en.strip() and entry.vi.strip()
    assert placeholders(entry.en) == placeholders(entry.vi)
    for text in (entry.en, entry.vi):
        # Messages start with a capital letter (a field's label is written with one).
        assert text[:1].isupper() or text.startswith("{label"), text


def test_every_message_in_the_catalogue_is_used():
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in SOURCE.rglob("*.py")
        if "messages" not in p.relative_to(SOURCE).parts
    )
    unused = [code for code in CATALOGUE if f'"{code}"' not in sources]
    assert unused == []


def test_a_message_reads_in_the_officers_language():
    error = ValidationError("received_on", "field.not_date", value="31/02/2026")
    assert error.text("vi") == "Không phải là ngày: '31/02/2026' (ghi theo ngày/tháng/năm)"
    assert str(error) == "Not a date: '31/02/2026' (write dd/mm/yyyy)"
    label = Localized("Tiêu đề", "Title")
    required = ValidationError("title", "field.required", label=label)
    assert (required.text("vi"), required.text("en")) == ("Chưa nhập tiêu đề", "Title is required")


def test_several_problems_travel_as_one_error_and_keep_each_field():
    one = ValidationError("title", "field.required", label=Localized("Tiêu đề", "Title"))
    two = ValidationError("due_on", "field.not_date", value="31/02/2026")
    both = ValidationError.of([one, two])
    assert [p.field for p in both.problems] == ["title", "due_on"]
    assert both.text("vi") == "Có 2 chỗ chưa đúng:"
    assert ValidationError.of([one]) is one


def test_a_code_this_version_does_not_know_is_named_in_the_officers_language():
    # Nothing is shown as written: every code in the source is in the catalogue (the scan
    # above covers all of it); a code kept by another version is named as unknown.
    assert render("outbox.renamed_later", {"x": 1}, "vi") == (
        "Thông báo mà phiên bản HR Desk này không biết (outbox.renamed_later)"
    )
    assert render("the signature does not match", {}, "en") == (
        "A message this version of HR Desk does not know (the signature does not match)"
    )


def _said(node: ast.Call) -> tuple[ast.expr | None, set[str] | None]:
    """The code and parameter names of a `Message.of(code, **params)`, a verifier's
    `Check(name, ok, code, {params})`, the command line's `say(args, code, **params)` or
    a stage of long work, `steps.report(fraction, code)` (None for parameters not written
    out)."""
    func = node.func
    if getattr(func, "id", None) in ("say", "said") and len(node.args) >= 2:
        return node.args[1], {k.arg for k in node.keywords if k.arg and k.arg != "out"}
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "of"
        and getattr(func.value, "id", "") in ("Message",)
    ):
        return (node.args[0] if node.args else None), {k.arg for k in node.keywords if k.arg}
    if isinstance(func, ast.Attribute) and func.attr == "report" and len(node.args) == 2:
        return node.args[1], set()  # a stage of long work: `steps.report(fraction, code)`
    if getattr(func, "id", None) == "Check" and len(node.args) >= 3:
        given = node.args[3] if len(node.args) > 3 else None
        if given is None:
            return node.args[2], set()
        if isinstance(given, ast.Dict) and all(isinstance(k, ast.Constant) for k in given.keys):
            return node.args[2], {k.value for k in given.keys}  # type: ignore[union-attr]
        return node.args[2], None
    return None, None


def test_every_message_that_is_not_an_error_is_in_the_catalogue_too():
    # A check's outcome, a warning, what an import did: read in the officer's language.
    problems, found = [], 0
    for path in _scanned_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            code, params = _said(node)
            if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
                continue
            found += 1
            where = f"{path.relative_to(SOURCE).as_posix()}:{node.lineno}"
            entry = CATALOGUE.get(code.value)
            if entry is None:
                problems.append(f"{where}: '{code.value}' is not in the catalogue")
            elif params is not None and placeholders(entry.en) != params:
                problems.append(f"{where}: '{code.value}' uses {sorted(placeholders(entry.en))}")
    assert found > 15
    assert not problems, "\n".join(problems)

"""CSV files as Excel writes them on a Vietnamese Windows, and CSV written for Excel.

Excel's plain "CSV (Comma delimited)" is saved in code page 1258, where most Vietnamese
letters are a base letter followed by a combining tone mark. The files here are written
byte for byte that way (`excel_cp1258`), not through Python's UTF-8.
"""

from __future__ import annotations

import codecs
import io
import unicodedata

import pytest

from hrdesk.cli import main
from hrdesk.cli.output import csv_bom_wanted
from hrdesk.documents.csv_text import decode_csv
from hrdesk.domain.errors import ValidationError
from hrdesk.services.listing import fetch
from hrdesk.services.transfer import import_records
from tests.conftest import ADMIN
from tests.security.conftest import PASSWORD

TONES = "\u0300\u0301\u0303\u0309\u0323"
HEADER = "Tên cơ quan,Tên viết tắt,Loại cơ quan\r\n"
ROWS = [
    ("Sở Lao động – Thương binh và Xã hội", "SLĐTBXH", "Sở, ngành"),
    ("Hội Liên hiệp Phụ nữ tỉnh", "HLHPN", "Tổ chức chính trị - xã hội"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ", "Tổ chức chính trị - xã hội"),
]


def excel_cp1258(text: str) -> bytes:
    """`text` as Windows writes it in code page 1258: a letter the code page has whole is
    one byte; any other is its letter without the tone (ê, ơ, ư…), then the tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def _csv(rows=ROWS) -> str:
    return HEADER + "".join(",".join(f'"{v}"' for v in row) + "\r\n" for row in rows)


def test_the_file_really_is_code_page_1258_with_combining_tones():
    data = excel_cp1258(_csv())
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "ệ".encode("cp1258", errors="replace") == b"?"  # no whole "ệ" in the code page
    assert b"\xea\xf2" in data  # "ệ" of "Việt": ê, then the dot below (U+0323)


def test_an_excel_csv_from_vietnamese_windows_imports_with_every_letter_right(office, tmp_path):
    path = tmp_path / "co-quan.csv"
    path.write_bytes(excel_cp1258(_csv()))
    with office.transaction(ADMIN) as s:
        result = import_records(s, "agencies", path)
    assert result.created == 3
    with office.reader(ADMIN) as s:
        names = {row["name"] for row in fetch(s, "agencies")}
    for name, *_ in ROWS:
        assert name in names  # stored NFC, equal to the text as typed
    assert all(unicodedata.is_normalized("NFC", n) for n in names)


def test_utf8_utf8_with_bom_and_utf16_are_read_as_they_are():
    text = _csv()
    for data in (
        text.encode("utf-8"),
        text.encode("utf-8-sig"),
        text.encode("utf-16"),  # Excel's "Unicode Text", with its byte-order mark
        unicodedata.normalize("NFD", text).encode("utf-8"),  # a Mac's decomposed names
    ):
        assert decode_csv(data, "a.csv") == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "data",
    [
        "Name,City\r\nJürgen Groß,Köln\r\n".encode("cp1252"),  # a Western Windows
        # "Người khiếu nại" in TCVN3, the old .VnTime font encoding
        "Ten\r\nNg\xadêi khiÕu n¹i\r\n".encode("latin-1"),
    ],
    ids=["cp1252", "tcvn3"],
)
def test_a_file_in_another_encoding_is_refused_with_how_to_save_it(office, tmp_path, data):
    path = tmp_path / "khac.csv"
    path.write_bytes(data)
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        import_records(s, "agencies", path)
    message = raised.value.text("vi")
    assert message.startswith("Tệp khac.csv không phải văn bản UTF-8")  # in Vietnamese
    assert "CSV UTF-8 (*.csv)" in message and "(*.xlsx)" in message
    with office.reader(ADMIN) as s:
        assert len(fetch(s, "agencies")) == 2  # the office's own two, nothing added


def test_list_as_csv_into_a_file_starts_with_a_bom_for_excel(desk, tmp_path, monkeypatch):
    desk.close(backup=False)
    monkeypatch.setenv("HRDESK_USER", "quantri")
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    out = tmp_path / "agencies.csv"
    args = ["list", "agencies", "--format", "csv", "--out", str(out)]
    assert main([*args, "--profile", str(desk.profile.root)]) == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig").startswith("uid,")
    missing = ["list", "agencies", "--out", str(tmp_path / "no" / "a.csv")]
    assert main([*missing, "--profile", str(desk.profile.root)]) == 2


def test_csv_printed_into_a_file_on_windows_gets_a_bom_and_a_terminal_does_not():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert csv_bom_wanted(io.StringIO(), system="nt")  # `> agencies.csv`
    assert not csv_bom_wanted(Terminal(), system="nt")
    assert not csv_bom_wanted(io.StringIO(), system="posix")  # `| cut -d, -f2`

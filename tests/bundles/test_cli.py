"""`hrdesk package …` and `hrdesk key …` on real profiles: 0 success or valid, 1 invalid,
2 bad usage, with what was checked printed line by line."""

from __future__ import annotations

import sys
import types
import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from hrdesk.bundles import sealing
from hrdesk.cli import main
from tests.bundles import records
from tests.bundles.conftest import RECEIVER, SENDER
from tests.conftest import cheap

PASSPHRASE = "mật khẩu đủ dài"


@pytest.fixture
def renderers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-ins for the report renderers (hrdesk.documents), which these tests do not test."""

    def pdf(_session, _period, path: Path) -> Path:
        source, _ = records.report_files(path.parent / "made")
        path.write_bytes(source.read_bytes())
        return path

    def xlsx(_session, _period, path: Path) -> Path:
        _, source = records.report_files(path.parent / "made")
        path.write_bytes(source.read_bytes())
        return path

    fake_pdf = types.ModuleType("hrdesk.documents.report")
    fake_pdf.build_report_pdf = pdf  # type: ignore[attr-defined]
    fake_xlsx = types.ModuleType("hrdesk.documents.report_xlsx")
    fake_xlsx.write_report_xlsx = xlsx  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hrdesk.documents.report", fake_pdf)
    monkeypatch.setitem(sys.modules, "hrdesk.documents.report_xlsx", fake_xlsx)


@pytest.fixture
def offices(tmp_path, monkeypatch, renderers) -> tuple[list[str], list[str]]:
    """A sending and a receiving profile; returns the --profile options of each."""
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    monkeypatch.delenv("HRDESK_HOME", raising=False)
    sender = ["--profile", str(tmp_path / "gia-lai")]
    receiver = ["--profile", str(tmp_path / "central")]
    assert (
        main([*sender, "init", "--province", "Gia Lai", "--office", SENDER], options=cheap()) == 0
    )
    assert (
        main([*receiver, "init", "--province", "Hà Nội", "--office", RECEIVER], options=cheap())
        == 0
    )
    # The quarter's report is written (drafted from the records) before it is sent.
    drafted = tmp_path / "drafted.pdf"
    assert (
        main(
            [*sender, "report", "--period", "2026-Q3", "--draft", "--out", str(drafted)],
            options=cheap(),
        )
        == 0
    )
    return sender, receiver


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv), options=cheap())
    except SystemExit as exit_:  # argparse's own errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _export(capsys, sender, stick: Path, *extra: str) -> Path:
    code, out, err = run(
        capsys, *sender, "package", "export", "--period", "2026-Q3", "--to", str(stick), *extra
    )
    assert code == 0, err
    return Path(out.strip().splitlines()[-1])


def test_export_refuses_a_report_with_empty_sections_unless_allowed(offices, tmp_path, capsys):
    sender, _ = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    argv = (*sender, "package", "export", "--period", "2026-Q2", "--to", str(stick))
    code, out, err = run(capsys, *argv)
    assert (code, out, list(stick.iterdir())) == (2, "", [])
    assert "Báo cáo quý II năm 2026 còn 7 mục chưa có nội dung" in err
    assert "Tình hình chung; Kết quả thực hiện nhiệm vụ" in err
    assert "--allow-empty-sections" in err
    code, out, err = run(capsys, *argv, "--allow-empty-sections")
    assert code == 0, err
    assert "Cảnh báo: báo cáo quý II năm 2026 còn 7 mục chưa có nội dung" in err
    assert Path(out.strip().splitlines()[-1]).parent == stick


def test_export_verify_with_the_key_and_import(offices, tmp_path, capsys):
    sender, receiver = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _export(capsys, sender, stick)
    assert path.parent == stick and path.exists()
    code, out, _ = run(
        capsys, *sender, "--lang", "en", "key", "export", "--out", str(tmp_path / "office.pub")
    )
    assert code == 0 and "Fingerprint:" in out
    code, out, _ = run(
        capsys,
        "--lang",
        "en",
        "package",
        "verify",
        str(path),
        "--key",
        str(tmp_path / "office.pub"),
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[1].strip().startswith("ok    zip:")
    assert [line.split()[1].rstrip(":") for line in lines[1:-1]] == [
        "zip",
        "bag",
        "signature",
        "tag",
        "payload",  # complete: the entries are the manifest's, before anything is hashed
        "bag-info",
        "payload",  # every file's SHA-512, as it streams
        "chain",
    ]
    assert lines[-1] == f"Valid: package 1 of {SENDER}, period 2026-Q3"
    code, out, _ = run(
        capsys, *receiver, "key", "trust", str(tmp_path / "office.pub"), "--office", SENDER
    )
    assert code == 0 and "Mã khóa:" in out and "Dấu vân tay:" in out
    code, out, _ = run(capsys, *receiver, "--lang", "en", "package", "import", str(path))
    assert code == 0 and f"Imported package 1 of {SENDER}, 2026-Q3" in out
    code, out, _ = run(capsys, *receiver, "package", "import", str(path))
    assert code == 0 and "Đã nhập ngày" in out and "không cần làm gì" in out
    code, out, _ = run(capsys, *receiver, "package", "list")
    assert "Đã nhận:" in out and "2026-Q3" in out
    code, out, _ = run(capsys, *receiver, "key", "show")
    assert SENDER in out


def test_verify_prints_the_first_failure_and_exits_1(offices, tmp_path, capsys):
    sender, _ = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _export(capsys, sender, stick)
    run(capsys, *sender, "key", "export", "--out", str(tmp_path / "office.pub"))
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("data/report.xlsx"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            target.writestr(info, data)
    key = ["--key", str(tmp_path / "office.pub")]
    code, out, _ = run(capsys, "--lang", "en", "package", "verify", str(changed), *key)
    assert code == 1
    assert "  FAIL  payload: The file data/report.xlsx was changed (SHA-512 differs)" in out
    assert out.splitlines()[-1] == (
        "Invalid: payload: the file data/report.xlsx was changed (SHA-512 differs)"
    )
    assert "chain" not in out  # stops at the first failure
    # The officer's language by default: every line of what was checked, and why not.
    code, out, _ = run(capsys, "package", "verify", str(changed), *key)
    assert code == 1
    assert out.splitlines()[1].split(None, 1)[1].startswith("tệp zip: Đọc được đúng dạng")
    assert "  LỖI    tệp dữ liệu: Tệp data/report.xlsx đã bị thay đổi (mã SHA-512 khác)" in out
    assert out.splitlines()[-1] == (
        "Không hợp lệ: tệp dữ liệu: tệp data/report.xlsx đã bị thay đổi (mã SHA-512 khác)"
    )


def test_bad_usage_exits_2(offices, tmp_path, capsys):
    sender, _ = offices
    assert run(capsys, "package", "verify", str(tmp_path / "missing.zip"), "--key", "x.pub")[0] == 2
    assert run(capsys, *sender, "package")[0] == 2
    assert (
        run(capsys, *sender, "package", "export", "--period", "2026-Q9", "--to", str(tmp_path))[0]
        == 2
    )
    assert (
        run(
            capsys,
            *sender,
            "package",
            "export",
            "--period",
            "2026-Q3",
            "--to",
            str(tmp_path / "no"),
        )[0]
        == 2
    )
    code, _, err = run(capsys, *sender, "key", "replace")
    assert code == 2 and "--yes" in err


def test_personal_data_needs_the_option_and_yes(offices, tmp_path, capsys):
    sender, _ = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, err = run(
        capsys,
        *sender,
        "package",
        "export",
        "--period",
        "2026-Q3",
        "--to",
        str(stick),
        "--include-personal-data",
    )
    assert code == 2 and "--yes" in err and list(stick.iterdir()) == []
    # Personal data is sealed for the centre: no recipient key pinned, no package.
    personal = ("--include-personal-data", "--yes")
    code, _, err = run(
        capsys, *sender, "package", "export", "--period", "2026-Q3", "--to", str(stick), *personal
    )
    assert code == 2 and "khóa nhận của trung tâm" in err and list(stick.iterdir()) == []
    identity, recipient = sealing.new_identity()
    pub = tmp_path / "office.pub"
    assert run(capsys, *sender, "key", "export", "--out", str(pub))[0] == 0
    connect = ("outbox", "connect", "--url", "http://127.0.0.1:9", "--key", str(pub))
    code, out, err = run(capsys, *sender, *connect, "--recipient", recipient)
    assert code == 0 and recipient in out, err
    path = _export(capsys, sender, stick, *personal)
    assert path.name.endswith(".zip.age") and sealing.is_sealed(path)
    # `package verify` opens it only with the centre's secret key.
    code, _, err = run(capsys, "package", "verify", str(path), "--key", str(pub))
    assert code == 2 and "--identity" in err
    key_file = tmp_path / "centre.key"
    key_file.write_text(sealing.identity_file_text(identity, recipient), encoding="ascii")
    verify = ("package", "verify", str(path), "--key", str(pub), "--identity", str(key_file))
    code, out, err = run(capsys, *verify)
    assert code == 0 and "Hợp lệ" in out, out + err
    other = tmp_path / "other.key"
    other.write_text(sealing.new_identity()[0] + "\n", encoding="ascii")
    code, _, err = run(capsys, *verify[:-1], str(other))
    assert code == 2 and "Không mở được gói đã mã hóa" in err
    inner = tmp_path / "inner.zip"
    sealing.unseal(path, inner, identity)
    with zipfile.ZipFile(inner) as archive:
        info = next(n for n in archive.namelist() if n.endswith("bag-info.txt"))
        assert b"Personal-Data: included" in archive.read(info)


def test_list_and_mark_show_the_ledger(offices, tmp_path, capsys):
    sender, _ = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    _export(capsys, sender, stick)
    code, out, _ = run(capsys, *sender, "package", "list")
    assert code == 0 and "Đã gửi:" in out and "Đã xuất" in out
    uid = next(w for w in out.split() if len(w) == 36 and w.count("-") == 4)
    code, out, _ = run(capsys, *sender, "package", "mark", uid, "acknowledged")
    assert code == 0 and "nay ở trạng thái đã xác nhận" in out
    code, _, err = run(capsys, *sender, "package", "mark", uid, "uploaded")
    assert code == 2 and "không thể chuyển sang đã gửi" in err


def test_key_replace_with_yes_changes_the_key_id(offices, tmp_path, capsys):
    sender, _ = offices
    run(capsys, *sender, "key", "export", "--out", str(tmp_path / "old.pub"))
    code, out, _ = run(capsys, *sender, "key", "replace", "--yes")
    assert code == 0 and "Đã thay khóa" in out
    run(capsys, *sender, "key", "export", "--out", str(tmp_path / "new.pub"))
    assert (tmp_path / "old.pub").read_text() != (tmp_path / "new.pub").read_text()


def test_without_a_keyring_the_cli_uses_the_key_passphrase(offices, tmp_path, capsys, monkeypatch):
    sender, _ = offices
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        # The officer's password is not the key's passphrase: without the key's own
        # variable the export says which variable to set, in the officer's language.
        code, _, err = run(
            capsys, *sender, "package", "export", "--period", "2026-Q3", "--to", str(stick)
        )
        assert code == 2 and "HRDESK_KEY_PASSPHRASE trên dòng lệnh" in err
        assert not list(stick.iterdir())
        monkeypatch.setenv("HRDESK_KEY_PASSPHRASE", "cụm mật khẩu của khóa")
        _export(capsys, sender, stick)
        code, out, _ = run(capsys, *sender, "key", "show")
        assert code == 0 and "bảo vệ bằng cụm mật khẩu" in out
    finally:
        keyring.set_keyring(previous)


def test_export_with_the_real_report_renderers(tmp_path, capsys, monkeypatch):
    pytest.importorskip("hrdesk.documents.report")
    pytest.importorskip("hrdesk.documents.report_xlsx")
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSPHRASE)
    sender = ["--profile", str(tmp_path / "gia-lai")]
    assert (
        main([*sender, "init", "--province", "Gia Lai", "--office", SENDER], options=cheap()) == 0
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    path = _export(capsys, sender, stick, "--allow-empty-sections")
    with zipfile.ZipFile(path) as archive:
        pdf = next(n for n in archive.namelist() if n.endswith("data/report.pdf"))
        assert archive.read(pdf).startswith(b"%PDF")

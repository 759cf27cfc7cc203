"""`hrdesk demo --no-window`: a demo profile, and the documents that show it without a window."""

from __future__ import annotations

from pathlib import Path

from hrdesk.cli import main


def test_demo_without_a_window_makes_the_profile_and_its_documents(tmp_path, capsys):
    profile = tmp_path / "demo"
    assert main(["demo", "--profile", str(profile), "--no-window"]) == 0
    out, err = capsys.readouterr()
    lines = out.split()
    assert lines[0] == str(profile)
    produced = [Path(line) for line in lines[1:]]
    names = {p.name for p in produced}
    assert {"minutes.pdf", "office.pub"} <= names
    assert any(n.startswith("report-") and n.endswith(".pdf") for n in names)
    assert any(n.endswith(".zip") for n in names)
    assert all(p.exists() and p.stat().st_size > 0 for p in produced)
    assert "Đăng nhập bằng tài khoản 'demo', mật khẩu 'demo'" in err

    package = next(p for p in produced if p.suffix == ".zip")
    key = next(p for p in produced if p.suffix == ".pub")
    assert main(["package", "verify", str(package), "--key", str(key)]) == 0

    # Run again: the profile is reused, not rebuilt.
    assert main(["demo", "--profile", str(profile), "--no-window", "--lang", "en"]) == 0
    assert "Reusing the demo profile" in capsys.readouterr().err

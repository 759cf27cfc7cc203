"""`hrdesk rules`: the rule sets by date, and an unconfirmed one switched on by hand."""

from __future__ import annotations


def test_hrdesk_rules_lists_the_sets_and_switches_an_unconfirmed_one(tmp_path, monkeypatch, capsys):
    from hrdesk.cli import main

    monkeypatch.setenv("HRDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu đủ dài")
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    capsys.readouterr()
    assert main(["rules", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "136-2025\t01/07/2026\tin force by date\tLaw No. 136/2025/QH15" in lines
    assert any(line.startswith("nd155-2026\t01/07/2026\tunconfirmed, off") for line in lines)
    # The officer's language by default: the state and the legal basis in Vietnamese.
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "136-2025\t01/07/2026\tcó hiệu lực theo ngày\tLuật số 136/2025/QH15" in lines
    assert any(line.startswith("nd155-2026\t01/07/2026\tchưa xác nhận, đang tắt") for line in lines)
    assert main(["rules", "on", "nd155-2026"]) == 0
    assert "chưa xác nhận, đang bật" in capsys.readouterr().out
    assert main(["rules", "--lang", "en", "off", "nd155-2026"]) == 0
    assert "unconfirmed, off" in capsys.readouterr().out
    assert main(["rules", "on", "136-2025"]) == 2
    assert "không thể bật hoặc tắt" in capsys.readouterr().err

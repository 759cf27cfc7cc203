"""Search across every kind of record: without diacritics, as it is typed, kept in step with
every change, ranked by the title, and no kind crowded out by another."""

from __future__ import annotations

import pytest

from hrdesk.domain.errors import ValidationError
from hrdesk.services import members, search
from hrdesk.services.search import scorer
from tests.conftest import ADMIN
from tests.factories import petition


def _titles(store, query: str, **kw) -> list[str]:
    with store.reader(ADMIN) as s:
        return [hit.title for hit in search.search(s, query, **kw)]


def test_finds_without_diacritics_and_while_the_last_word_is_typed(office):
    with office.transaction(ADMIN) as s:
        members.create_member(s, full_name="Nguyễn Văn Đức", role="member")
    for query in ("nguyen van duc", "NGUYEN van Đuc", "nguyen van d", "nguyễn văn"):
        assert _titles(office, query, kind="member") == ["Nguyễn Văn Đức"], query
    assert _titles(office, "nguyen van dung", kind="member") == []


def test_the_index_follows_a_change_in_the_same_transaction_and_a_rollback(office):
    with office.transaction(ADMIN) as s:
        uid = members.create_member(s, full_name="Lê Thị Mai", role="member").uid
        # Inside the transaction, before it is committed, the search already sees it.
        assert [h.uid for h in search.search(s, "le thi mai")] == [uid]
    with office.transaction(ADMIN) as s:
        members.update_member(s, uid, full_name="Phạm Hồng Nhung")
    assert _titles(office, "pham hong nhung") == ["Phạm Hồng Nhung"]
    assert _titles(office, "le thi mai") == []
    with pytest.raises(RuntimeError), office.transaction(ADMIN) as s:
        members.update_member(s, uid, full_name="Trần Văn Bình")
        raise RuntimeError("power cut")
    assert _titles(office, "tran van binh") == []
    assert _titles(office, "hong nhung") == ["Phạm Hồng Nhung"]


def test_an_agency_is_found_among_many_petitions_that_name_it(office, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 3)  # as a national store's thousands would
    with office.transaction(ADMIN) as s:
        for n in range(6):
            petition(s, summary=f"Đề nghị Sở Tư pháp trả lời đơn lần {n}")
    with office.reader(ADMIN) as s:
        hits = search.search(s, "so tu phap", limit=4)
    assert hits[0].kind == "agency" and hits[0].title == "Sở Tư pháp"
    assert {h.kind for h in hits[1:]} == {"petition"}


def test_a_title_with_the_words_together_ranks_before_one_with_them_apart(office):
    with office.transaction(ADMIN) as s:
        apart = petition(s, summary="Đất ở bị thu, không có quyết định hồi đáp").uid
        together = petition(s, summary="Khiếu nại quyết định thu hồi đất").uid
        older_together = petition(s, summary="Thu hồi đất làm đường").uid
    with office.reader(ADMIN) as s:
        hits = search.search(s, "thu hoi dat", kind="petition")
    # Together first, newest first among equals; words apart last.
    assert [h.uid for h in hits] == [older_together, together, apart]


def test_scores_count_words_and_reward_them_together():
    score = scorer(["thu", "hoi", "dat"])
    assert score("khieu nai thu hoi dat") == 6
    assert score("dat thu hoi") == 3
    assert score("thu hoi datum") == 6  # the last word may be a prefix
    assert score("thuhoi dat") == 1  # "thu" and "hoi" are not whole words there
    assert scorer(["so", "tu", "phap"])("so tu phap tinh gia lai") == 6


def test_bad_input_is_refused_with_the_field_named(office):
    with office.reader(ADMIN) as s:
        with pytest.raises(ValidationError) as raised:
            search.search(s, "dat", kind="people")
        assert raised.value.field == "kind"
        with pytest.raises(ValidationError) as raised:
            search.search(s, "dat", limit=0)
        assert raised.value.field == "limit"
        assert search.search(s, " ,.; ") == []

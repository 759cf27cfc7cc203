"""Member agencies, committee members and their appointing decisions, per province.

Each committee is set up by one decision of the provincial People's Committee shortly
before the demo's window opens; over the years some members are replaced (their term
ends, a successor is appointed by a new decision) and a few are promoted to deputy head.
"""

from __future__ import annotations

from datetime import date, timedelta

from hrdesk.demo.bulk import columns, iso
from hrdesk.demo.context import AgencyRef, Committee, Demo, MemberRef, pick
from hrdesk.demo.words import Place
from hrdesk.domain.vocab import MemberRole

AGENCY_COLUMNS = columns(
    "id uid created_at updated_at archived_at name name_key short_name kind address "
    "phone email notes"
)
MEMBER_COLUMNS = columns(
    "id uid created_at updated_at archived_at full_name name_key title agency_id role "
    "active phone email"
)
APPOINTMENT_COLUMNS = columns(
    "id uid created_at updated_at member_id role decision_number decision_date "
    "term_start term_end note"
)

# Each year about this share of seats changes hands.
TURNOVER_PER_YEAR = 0.12


def _deputy_of(head: str) -> str:
    return head if head.startswith("Phó ") else f"Phó {head}"


def _position(head: str, agency: str) -> str:
    """ "Chánh Thanh tra" of "Thanh tra tỉnh Gia Lai" is "Chánh Thanh tra tỉnh Gia Lai"."""
    words = head.split(" ")
    for n in (2, 1):
        tail = " ".join(words[-n:])
        if agency.startswith(tail + " "):
            return head + agency[len(tail) :]
    return f"{head} {agency}"


class _Seat:
    """One place on the committee and the people who held it, in order."""

    def __init__(self, agency: AgencyRef, role: str, title: str, female: bool | None) -> None:
        self.agency, self.role, self.title, self.female = agency, role, title, female


class CommitteeBuilder:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.rng = demo.rng("committee")
        writer = demo.writer
        self.agency_id = writer.next_id("agencies")
        self.member_id = writer.next_id("members")
        self.appointment_id = writer.next_id("appointments")
        self.agencies: list[tuple] = []
        self.members: list[tuple] = []
        self.appointments: list[tuple] = []

    def build(self) -> None:
        demo = self.demo
        for place in demo.places[: demo.spec.provinces]:
            demo.committees.append(self._committee(place))
        demo.writer.insert("agencies", AGENCY_COLUMNS, self.agencies)
        demo.writer.insert("members", MEMBER_COLUMNS, self.members)
        demo.writer.insert("appointments", APPOINTMENT_COLUMNS, self.appointments)

    def _decision(self) -> str:
        return f"{self.rng.randrange(40, 3500)}/QĐ-UBND"

    def _committee(self, place: Place) -> Committee:
        demo, rng = self.demo, self.rng
        committee = Committee(place)
        established = demo.start - timedelta(days=rng.randrange(30, 90))
        templates = [t for t in demo.words["agencies"] if place.border or not t.get("border")]
        for template in templates[: demo.spec.agencies]:
            agency = self._agency(place, template, established)
            committee.agencies.append(agency)
            committee.by_code[agency.code] = agency
        decision = self._decision()
        for seat in self._seats(place, committee):
            self._fill(committee, seat, decision, established)
        return committee

    def _agency(self, place: Place, template: dict, established: date) -> AgencyRef:
        demo, rng = self.demo, self.rng
        name = place.fill(template["name"])
        ref = AgencyRef(self.agency_id, template["code"], name, template["short"])
        self.agency_id += 1
        street = pick(rng, demo.words["streets"])
        commune = pick(rng, demo.people.wards)
        address = f"Số {rng.randrange(1, 200)} đường {street}, {commune.label}, {place.unit}"
        stamp = demo.stamps.any(established - timedelta(days=1))
        self.agencies.append(
            (
                ref.id,
                demo.uid(),
                stamp,
                stamp,
                None,
                name,
                demo.keys.text(name),
                template["short"],
                template["kind"],
                address,
                demo.people.landline(rng, place),
                None,
                None,
            )
        )
        return ref

    def _seats(self, place: Place, committee: Committee) -> list[_Seat]:
        demo, rng, words = self.demo, self.rng, self.demo.words
        templates = {t["code"]: t for t in words["agencies"]}
        by_code = committee.by_code

        def title(code: str, deputy: bool) -> str:
            template = templates[code]
            position = _position(
                _deputy_of(template["head"]) if deputy else template["head"], by_code[code].name
            )
            if template.get("rank"):
                return f"{pick(rng, words['ranks']['deputy' if deputy else 'head'])}, {position}"
            return position

        seats = [
            _Seat(
                by_code["vpubnd"],
                MemberRole.HEAD,
                place.fill(pick(rng, words["head_titles"])),
                None,
            ),
            _Seat(by_code["police"], MemberRole.STANDING_DEPUTY, title("police", False), False),
        ]
        deputies = [c for c in words["deputy_agencies"] if c in by_code][: demo.spec.deputies]
        seats += [_Seat(by_code[c], MemberRole.DEPUTY, title(c, False), None) for c in deputies]
        for agency in committee.agencies:
            if agency.code in deputies or agency.code == "police":
                continue
            female = True if templates[agency.code].get("female") else None
            deputy = rng.random() < 0.5
            seats.append(_Seat(agency, MemberRole.MEMBER, title(agency.code, deputy), female))
        seats.append(
            _Seat(
                by_code["police"],
                MemberRole.SECRETARY,
                place.fill(pick(rng, words["secretary_titles"])),
                None,
            )
        )
        return seats

    def _fill(self, committee: Committee, seat: _Seat, decision: str, established: date) -> None:
        """Appoint the seat's first holder, then any successor, or promote the holder."""
        demo, rng = self.demo, self.rng
        first = (seat.role, decision, established, established)
        turnover = min(0.6, TURNOVER_PER_YEAR * demo.spec.years)
        span = (demo.as_of - timedelta(days=14) - demo.start).days
        change = None
        if span > 60:
            change = demo.working_day_on_or_after(
                demo.start + timedelta(days=rng.randrange(60, span))
            )
        if change is not None and rng.random() < turnover:
            self._member(committee, seat, [(*first, change - timedelta(days=1), None)])
            predecessor = committee.members[-1].full_name
            decided = change - timedelta(days=rng.randrange(0, 6))
            successor = (seat.role, self._decision(), decided, change, None, f"Thay {predecessor}")
            self._member(committee, seat, [successor])
        elif change is not None and seat.role == MemberRole.MEMBER and rng.random() < 0.05:
            promotion = (
                MemberRole.DEPUTY.value,
                self._decision(),
                change,
                change,
                None,
                "Điều chỉnh từ Ủy viên lên Phó Trưởng ban",
            )
            self._member(committee, seat, [(*first, change - timedelta(days=1), None), promotion])
        else:
            self._member(committee, seat, [(*first, None, None)])

    def _member(
        self,
        committee: Committee,
        seat: _Seat,
        appointments: list[tuple[str, str, date, date, date | None, str | None]],
    ) -> None:
        """One person on the seat, with their appointments: (role, decision number,
        decision date, term start, term end, note), oldest first."""
        demo, rng = self.demo, self.rng
        female = seat.female if seat.female is not None else rng.random() < 0.35
        name = demo.people.name(rng, female)
        member_id = self.member_id
        self.member_id += 1
        for role, number, decided, start, end, note in appointments:
            stamp = demo.stamps.any(decided)
            self.appointments.append(
                (
                    self.appointment_id,
                    demo.uid(),
                    stamp,
                    stamp,
                    member_id,
                    str(role),
                    number,
                    iso[decided],
                    iso[start],
                    iso[end],
                    note,
                )
            )
            self.appointment_id += 1
        role, start, end = str(appointments[-1][0]), appointments[0][3], appointments[-1][4]
        created = demo.stamps.any(appointments[0][2])
        updated = demo.stamps.any(appointments[-1][2]) if len(appointments) > 1 else created
        self.members.append(
            (
                member_id,
                demo.uid(),
                created,
                updated,
                None,
                name,
                demo.keys.name(name),
                seat.title,
                seat.agency.id,
                role,
                1 if end is None else 0,
                demo.people.mobile(rng),
                None,
            )
        )
        committee.members.append(
            MemberRef(member_id, name, seat.title, seat.agency, role, start, end)
        )


def build_committees(demo: Demo) -> None:
    """Write every province's agencies, members and appointments; fill `demo.committees`."""
    CommitteeBuilder(demo).build()

"""Occasion merging: reports of one occasion merge, different occasions stay apart."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime

from transforms.occasions.occasions import (
    Report,
    assign,
    evidence,
    occasion_id,
    same_person,
    shared_officials,
    summarise,
)

DAY = date(2024, 9, 16)
BUPATI = ("Pj Bupati Lembah Hijau", "Rudi Hartawan")
BAWASLU = ("Ketua Bawaslu Lembah Hijau", "Sari Wulandari")
KAPOLRES = ("Kapolres Lembah Hijau", "Agus Priyono")
SEKDA = ("Sekda Tanjung Permai", "Made Suarta")


def report(event_id: str, article: str, *, day: date | None = DAY, regency: str = "91.05",
           activities: tuple[str, ...] = ("apel", "ikrar"), officials=(BUPATI,),
           published: datetime | None = None, cluster: str | None = None,
           outlet: str = "a", count: int | None = None) -> Report:
    return Report(event_id=event_id, article=article, outlet=outlet, published_at=published,
                  published_day=published.date() if published else None, event_date=day,
                  regency_code=regency, province_code=regency[:2],
                  regency=f"KABUPATEN {regency}", province=f"PROVINSI {regency[:2]}",
                  activities=frozenset(activities), officials=tuple(officials),
                  participants_count=count, cluster=cluster)


def groups(reports: list[Report]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for event_id, oid in assign(reports).items():
        by.setdefault(oid, set()).add(event_id)
    return {frozenset(g) for g in by.values()}


def test_three_outlets_reporting_one_apel_are_one_occasion():
    reports = [report("e1", "u1", outlet="langgam"),
               report("e2", "u2", outlet="antara", officials=(BUPATI, BAWASLU)),
               report("e3", "u3", outlet="infopublik", activities=("apel",))]
    assert groups(reports) == {frozenset({"e1", "e2", "e3"})}


def test_two_occasions_on_one_day_in_one_regency_stay_apart():
    morning = report("e1", "u1", activities=("apel", "ikrar"), officials=(BUPATI,))
    afternoon = report("e2", "u2", activities=("sosialisasi",), officials=(KAPOLRES,))
    assert groups([morning, afternoon]) == {frozenset({"e1"}), frozenset({"e2"})}


def test_same_activity_but_different_officials_on_both_sides_stays_apart():
    a = report("e1", "u1", activities=("sosialisasi",), officials=(BUPATI,))
    b = report("e2", "u2", activities=("sosialisasi",), officials=(KAPOLRES,))
    assert evidence(a, b) is None


def test_a_report_naming_no_official_joins_by_a_shared_gathering():
    a = report("e1", "u1", activities=("pakta_integritas",))
    b = report("e2", "u2", activities=("pakta_integritas", "imbauan"), officials=())
    assert groups([a, b]) == {frozenset({"e1", "e2"})}


def test_an_appeal_alone_without_officials_does_not_merge():
    a = report("e1", "u1", activities=("imbauan",), officials=())
    b = report("e2", "u2", activities=("imbauan",), officials=())
    assert evidence(a, b) is None


def test_other_regency_or_days_apart_stay_apart():
    base = report("e1", "u1")
    assert evidence(base, report("e2", "u2", regency="91.06")) is None
    assert evidence(base, report("e3", "u3", day=date(2024, 9, 18))) is None


def test_adjacent_day_needs_an_official_and_an_activity():
    base = report("e1", "u1")
    assert evidence(base, report("e2", "u2", day=date(2024, 9, 17))) == 2
    assert evidence(base, report("e3", "u3", day=date(2024, 9, 17),
                                 activities=("sosialisasi",))) is None


def test_a_chain_of_adjacent_days_does_not_grow_past_one_day():
    reports = [report(f"e{i}", f"u{i}", day=date(2024, 9, 16 + i)) for i in range(4)]
    for g in groups(reports):
        days = {r.event_date for r in reports if r.event_id in g}
        assert (max(days) - min(days)).days <= 1


def test_events_of_one_article_never_merge():
    a = report("e1", "u1")
    b = report("e2", "u1", day=date(2024, 9, 17))
    c = report("e3", "u2", day=date(2024, 9, 17))
    found = groups([a, b, c])
    assert not any({"e1", "e2"} <= g for g in found)


def test_syndicated_copies_merge_whatever_their_place_reads():
    a = report("e1", "u1", cluster="c1")
    b = report("e2", "u2", cluster="c1", regency="72.01", officials=(), day=None)
    assert groups([a, b]) == {frozenset({"e1", "e2"})}


def test_copies_of_a_two_event_article_pair_their_events_by_date():
    other = date(2024, 9, 19)
    reports = [report("a0", "u1", cluster="c"), report("a1", "u1", cluster="c", day=other,
                                                       activities=("sosialisasi",)),
               report("b0", "u2", cluster="c"), report("b1", "u2", cluster="c", day=other,
                                                       activities=("sosialisasi",))]
    assert groups(reports) == {frozenset({"a0", "b0"}), frozenset({"a1", "b1"})}


def test_an_undated_gathering_report_joins_its_dated_occasion():
    dated = report("e1", "u1", activities=("pakta_integritas",))
    undated = report("e2", "u2", day=None, activities=("pakta_integritas",),
                     published=datetime(2024, 9, 17, 3, tzinfo=UTC))
    assert groups([dated, undated]) == {frozenset({"e1", "e2"})}


def test_an_undated_report_published_before_the_date_or_long_after_stays_apart():
    dated = report("e1", "u1")
    for published in (datetime(2024, 9, 10, tzinfo=UTC), datetime(2024, 10, 20, tzinfo=UTC)):
        undated = report("e2", "u2", day=None, published=published)
        assert len(groups([dated, undated])) == 2


def test_an_undated_case_report_does_not_join():
    dated = report("e1", "u1", activities=("pelanggaran", "imbauan"), officials=(BAWASLU,))
    undated = report("e2", "u2", day=None, activities=("pelanggaran",), officials=(BAWASLU,))
    assert len(groups([dated, undated])) == 2


def test_an_undated_report_matching_two_occasions_joins_none():
    first = report("e1", "u1")
    second = report("e2", "u2", day=date(2024, 9, 20))
    undated = report("e3", "u3", day=None)
    assert frozenset({"e3"}) in groups([first, second, undated])


def test_two_undated_reports_merge_only_with_publication_days_close():
    p = datetime(2024, 9, 16, 8, tzinfo=UTC)
    a = report("e1", "u1", day=None, published=p)
    b = report("e2", "u2", day=None, published=datetime(2024, 9, 17, 1, tzinfo=UTC))
    assert groups([a, b]) == {frozenset({"e1", "e2"})}
    assert len(groups([replace(a, published_day=None), replace(b, published_day=None)])) == 2


def test_a_misspelt_name_is_the_same_person():
    assert same_person("Rahmat Sudarja", "Rahmad Sudarja")
    assert same_person("Rudi Hartawan,", "RUDI  HARTAWAN")
    assert not same_person("Rudi Hartawan", "Rudi Hartono Wijaya")
    assert not same_person("Ani", "Ana")


def _misspelt(name: str, rng: random.Random) -> str:
    """The name with one slip: a letter changed, dropped or doubled, its case or a comma."""
    i = rng.randrange(len(name))
    return rng.choice([
        name[:i] + rng.choice("aiueokrst") + name[i + 1:], name[:i] + name[i + 1:],
        name[:i] + name[i] * 2 + name[i + 1:], name.upper() + ",", name])


def test_the_cheap_test_before_comparing_names_never_hides_a_shared_official():
    """shared_officials skips pairs with no name and no three-letter piece in common; on
    names and their slips it counts exactly what comparing every pair of names counts."""
    rng = random.Random(7)
    syllables = ["ra", "di", "an", "su", "har", "to", "wan", "ti", "ni", "mad", "ja", "ri"]
    pool = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))).title()
            + " " + "".join(rng.choice(syllables) for _ in range(rng.randint(0, 3))).title()
            for _ in range(60)]
    shared = 0
    for _ in range(3000):
        a = tuple(("Bupati", rng.choice(pool).strip()) for _ in range(rng.randint(0, 3)))
        b = tuple(("Sekda", _misspelt(rng.choice([n for _, n in a] or pool), rng))
                  for _ in range(rng.randint(0, 3)))
        every_pair = sum(1 for _, x in a if any(same_person(x, y) for _, y in b))
        found = shared_officials(report("e1", "u1", officials=a), report("e2", "u2", officials=b))
        assert found == every_pair, (a, b)
        shared += every_pair > 0
    assert shared > 300  # the slips are matched often enough for the check to mean something


def test_ids_come_from_the_earliest_report_and_survive_a_later_report():
    early = report("e9", "u1", published=datetime(2024, 9, 16, 4, tzinfo=UTC))
    later = report("e1", "u2", published=datetime(2024, 9, 16, 9, tzinfo=UTC))
    assert set(assign([early]).values()) == {occasion_id("e9")}
    assert set(assign([early, later]).values()) == {occasion_id("e9")}
    assert assign([later, early]) == assign([early, later])


def test_summary_merges_officials_activities_outlets_and_counts():
    a = report("e1", "u1", outlet="langgam", count=600,
               published=datetime(2024, 9, 16, 4, tzinfo=UTC))
    b = report("e2", "u2", outlet="antara", officials=(("Ketua Bawaslu", "Sari Wulandari"),
                                                       ("Bupati", "Rudi  Hartawan")),
               activities=("apel", "pakta_integritas"), count=650,
               published=datetime(2024, 9, 16, 6, tzinfo=UTC))
    reports = [a, b]
    [occ] = summarise(reports, assign(reports))
    assert occ.reports == 2 and occ.outlets == ("langgam", "antara")
    assert occ.urls == ("u1", "u2") and occ.first_url == "u1"
    assert [n for _, n in occ.officials] == ["Rudi Hartawan", "Sari Wulandari"]
    assert set(occ.activities) == {"apel", "ikrar", "pakta_integritas"}
    assert occ.participants_count == 600 and occ.participants_reported == (600, 650)
    assert occ.event_date == DAY and occ.regency_code == "91.05"


def test_different_regency_sekda_same_day_stays_apart():
    a = report("e1", "u1")
    b = report("e2", "u2", regency="91.07", officials=(SEKDA,))
    assert len(groups([a, b])) == 2

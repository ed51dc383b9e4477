"""transforms.events.assemble.extract_events: one event per occurrence, each with its own fields.

Real-shaped article bodies (invented, not the fixture pages): a report of two occasions on
different days, one occasion with several activities, election-calendar dates, and texts
that must give no event.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from transforms.events.assemble import extract_events

WIB = timezone(timedelta(hours=7))
URL = "https://padangkita.com/contoh/"

TWO_OCCASIONS = (
    "Lubuk Sikaping, Padangkita.com - Pemerintah Kabupaten Pasaman memperkuat netralitas "
    "aparatur sipil negara (ASN) menjelang Pilkada 2024.\n"
    "Senin lalu, Sekretaris Daerah Kabupaten Pasaman memimpin apel gabungan yang diikuti 700 "
    "ASN di halaman Kantor Bupati Pasaman. Ia mengingatkan ASN agar tidak berkampanye.\n"
    "Kamis (3/10/2024), sebanyak 120 kepala sekolah mengikuti bimbingan teknis netralitas ASN "
    "di Aula Kantor Kecamatan Rao, Kabupaten Pasaman, dengan narasumber dari Bawaslu Pasaman.\n"
    "\"Kami sudah memantau akun media sosial ASN,\" kata Ketua Bawaslu Kabupaten Pasaman.\n"
)
ONE_OCCASION = (
    "Painan (ANTARA) - Pemerintah Kabupaten Pesisir Selatan menggelar apel gabungan yang "
    "dirangkai pembacaan ikrar netralitas ASN bertempat di halaman Kantor Bupati Pesisir "
    "Selatan, Senin "
    "(14/10/2024).\n"
    "Usai apel, 900 ASN menandatangani pakta integritas netralitas. Pada hari ini juga "
    "dilakukan pembacaan ikrar oleh para camat, Senin.\n"
    "Sekda Pesisir Selatan mengingatkan ASN menjelang Pilkada pada 27 November 2024.\n"
    "Sosialisasi netralitas akan dilanjutkan hingga hari pemungutan suara pada 27 November "
    "2024.\n"
)


def events(text, published, title="Netralitas ASN jelang Pilkada", dateline=None):
    return extract_events(canonical_url=URL, title=title, text=text, dateline=dateline,
                          published_at=published, timezone="Asia/Jakarta")


def test_two_occasions_on_different_days_are_two_events():
    first, second = events(TWO_OCCASIONS, datetime(2024, 10, 4, 10, tzinfo=WIB),
                           dateline="Lubuk Sikaping")
    assert (first.event_date, first.event_date_raw) == ("2024-09-30", "Senin lalu")
    assert (second.event_date, second.event_date_raw) == ("2024-10-03", "Kamis (3/10/2024)")
    assert first.activities == ["apel", "imbauan"]
    assert second.activities == ["bimtek", "pengawasan"]
    assert (first.venue, second.venue) == ("halaman Kantor Bupati Pasaman",
                                           "Aula Kantor Kecamatan Rao")
    assert first.regency_code == second.regency_code == "13.08"  # Kabupaten Pasaman
    assert (first.participants_count, first.participants_group) == (700, "ASN")
    assert (second.participants_count, second.participants_group) == (120, "kepala sekolah")
    # named without a person: offices, each kept with its own occasion
    assert first.officials == second.officials == []
    assert [o["title"] for o in first.offices] == ["Sekretaris Daerah"]
    assert [o["title"] for o in second.offices] == ["Ketua Bawaslu"]
    assert (first.organisations, second.organisations) == ([], ["Bawaslu"])


def test_event_ids_are_per_occurrence_and_the_first_keeps_the_single_event_id():
    found = events(TWO_OCCASIONS, datetime(2024, 10, 4, 10, tzinfo=WIB))
    assert [e.event_id for e in found] == [
        hashlib.sha1(f"{URL}#{i}".encode()).hexdigest()[:16] for i in range(2)]
    (single,) = events(ONE_OCCASION, datetime(2024, 10, 14, 15, tzinfo=WIB))
    assert single.event_id == found[0].event_id


def test_one_occasion_with_several_activities_and_calendar_dates_stays_one_event():
    (event,) = events(ONE_OCCASION, datetime(2024, 10, 14, 15, tzinfo=WIB), dateline="Painan")
    assert event.event_date == "2024-10-14" and not event.announced
    assert event.activities == ["apel", "ikrar", "pakta_integritas", "imbauan", "sosialisasi"]
    assert event.venue == "halaman Kantor Bupati Pesisir Selatan"
    assert event.participants_count == 900


def test_an_announced_occasion_is_an_event_of_its_own():
    text = ONE_OCCASION + ("Pemkab juga menjadwalkan sosialisasi netralitas ASN di Gedung "
                           "Painan Convention Center pada 21 Oktober mendatang.\n")
    first, announced = events(text, datetime(2024, 10, 14, 15, tzinfo=WIB), dateline="Painan")
    assert (first.event_date, first.announced) == ("2024-10-14", False)
    assert (announced.event_date, announced.announced) == ("2024-10-21", True)
    assert announced.activities == ["sosialisasi"]
    assert announced.venue == "Gedung Painan Convention Center"
    assert announced.regency_code == "13.01"  # from the dateline: Painan, Pesisir Selatan


def test_lead_activities_no_occasion_names_go_to_the_first_event():
    text = ("Bupati Pasaman mengimbau ASN menjaga netralitas.\n"
            + TWO_OCCASIONS.split("\n", 1)[1].replace("Ia mengingatkan ASN agar tidak "
                                                      "berkampanye.", ""))
    first, second = events(text, datetime(2024, 10, 4, 10, tzinfo=WIB))
    assert first.activities == ["apel", "imbauan"] and "imbauan" not in second.activities
    assert [o["title"] for o in second.offices] == ["Bupati", "Ketua Bawaslu"]  # lead shared


def test_without_a_publication_date_the_article_is_one_event():
    (event,) = events(TWO_OCCASIONS, None)
    # "Senin lalu" cannot be resolved without one; the fully written date still can
    assert event.event_date == "2024-10-03"
    assert set(event.activities) == {"apel", "imbauan", "bimtek", "pengawasan"}


def test_no_event_without_relevance_or_activity():
    published = datetime(2024, 10, 4, 10, tzinfo=WIB)
    assert events("Harga apel malang naik menjadi Rp40.000 per kilogram, Senin (30/9).",
                  published, title="Harga buah naik") == []
    assert events("ASN harus netral dalam Pilkada 2024, kata pengamat. Netralitas ASN penting.",
                  published) == []


def test_a_finding_without_a_gathering_counts_no_attendees():
    text = ("Bawaslu Kabupaten Sukamaju memproses 16 orang ASN yang mengomentari unggahan calon "
            "bupati di media sosial. Berkas 16 ASN itu akan diteruskan ke KASN, kata Ketua "
            "Bawaslu Rina Wati, Senin (30/9).\n")
    (event,) = events(text, datetime(2024, 10, 4, 10, tzinfo=WIB),
                      title="Bawaslu Proses 16 ASN Tak Netral di Pilkada")
    assert "pelanggaran" in event.activities
    assert (event.participants_count, event.participants_group) == (None, None)


def test_to_dict_is_dataclasses_asdict():
    from dataclasses import asdict

    found = events(TWO_OCCASIONS, datetime(2024, 10, 4, 10, tzinfo=WIB),
                   dateline="Lubuk Sikaping") + events(ONE_OCCASION, None)
    assert found
    for event in found:
        plain = event.to_dict()
        assert plain == asdict(event) and repr(plain) == repr(asdict(event))

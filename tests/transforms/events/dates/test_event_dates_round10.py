"""Round 10 of the event-date reader: shapes a fresh corpus showed left undated. "Up to today"
("hingga hari ini, Selasa, ...") names today, not a span's end; a rule named before a saying's
date ("aturan yang berlaku, Rabu ...") is no term's start; a campaign team that reports a breach
("dilaporkan oleh tim pemenangan ...") is no breach's scene; "Demikian ..." ties a later date to
an undated lead; a teaser before the dateline's paragraph is not the lead; a time word set off
by a comma ("sore nanti, Selasa (27/10)") still announces its date."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.events.dates.find import EventDate, Rejected, event_date_of, find_event_dates
from transforms.events.dates.occasion import lead_span

JKT = "Asia/Jakarta"
URL = "https://contoh.id/berita/netralitas-asn"  # no date in the address


def chosen(text: str, url: str = URL) -> EventDate | Rejected | None:
    return event_date_of("", text, find_event_dates(text, None, JKT, url), None, JKT, url)


@pytest.mark.parametrize("as_of", ["Hingga hari ini", "Sampai hari ini", "Sampai saat ini",
                                   "Hingga saat ini", "Sampai dengan hari ini"])
def test_up_to_today_names_the_day_of_the_report(as_of):
    text = (f"BATU PUTIH, warta - Bawaslu Kabupaten Batu Putih mencatat pelanggaran netralitas "
            f"ASN. {as_of}, Kamis, 12 September 2024, tercatat 9 ASN dilaporkan ke Komisi ASN.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 12)


def test_a_deadline_still_closes_a_span():
    text = ("Pemkab Batu Putih menggelar sosialisasi netralitas ASN, Senin (2/9/2024). ASN "
            "diminta melapor hingga Kamis, 12 September 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 2)


@pytest.mark.parametrize("rule", ["mematuhi aturan yang berlaku", "taat pada regulasi yang berlaku",
                                  "menjalankan ketentuan yang efektif"])
def test_a_rule_named_before_a_sayings_date_does_not_recall_it(rule):
    text = (f"SUKAMAJU - Kapolres Sukamaju mengingatkan seluruh ASN untuk {rule}, "
            "Rabu (15/07/2020).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2020, 7, 15)


def test_a_term_start_linked_to_its_date_is_still_recalled():
    text = ("Bupati Sukamaju meneken pakta integritas soal netralitas ASN, Senin (6/1/2020). "
            "Aturan baru itu berlaku mulai 1 Januari 2020.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2020, 1, 6)


@pytest.mark.parametrize("team", ["tim pemenangan paslon nomor 1", "tim sukses calon bupati",
                                  "tim kampanye pasangan AB"])
def test_a_campaign_team_reporting_a_breach_is_no_scene(team):
    text = (f"Kepala Desa Sukaraja dilaporkan ke Bawaslu Sukamaju oleh {team} pada Sabtu "
            "(12/10/2024) karena mengunggah foto kampanye.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 12)


def test_a_campaign_teams_gathering_is_still_a_scene():
    text = ("Bawaslu Sukamaju menemukan dua ASN hadir di kegiatan tim pemenangan paslon nomor 2 "
            "pada Sabtu (12/10/2024).")
    assert chosen(text) is None


@pytest.mark.parametrize("formula", ["Demikian penegasan", "Demikian dikatakan",
                                     "Demikian pesan"])
def test_demikian_ties_a_later_date_to_an_undated_lead(formula):
    text = ("TELUK INDAH - Gubernur Teluk Indah meminta seluruh ASN menjaga netralitas dalam "
            "Pilkada 2018.\n"
            f"{formula} Gubernur Teluk Indah, Markus Wenda pada apel gabungan di halaman kantor "
            "gubernur, Senin, (9/4/2018).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2018, 4, 9)


@pytest.mark.parametrize("dateline", ["LEMBAH HIJAU, WARTAKU - ", "Lembah Hijau - ",
                                      "Lembah Hijau, situs.com \u2013 "])
def test_the_dateline_paragraph_is_the_lead_after_a_teaser(dateline):
    teaser = ("Pengawasan netralitas ASN menjadi perhatian Bawaslu menjelang pendaftaran calon "
              "bupati di KPU setempat.")
    lead = (f"{dateline}Bawaslu Lembah Hijau mencatat pelanggaran netralitas ASN dalam "
            "tahapan Pilkada 2024 yang sedang berjalan.")
    text = f"{teaser}\n{lead}\nParagraf berikutnya."
    span = lead_span(text)
    assert span is not None and text[span[0]:span[1]] == lead


def test_a_plain_first_paragraph_stays_the_lead():
    first = ("Bawaslu Lembah Hijau mencatat tiga kasus ketidaknetralan ASN selama tahapan Pilkada "
             "2024 yang sedang berjalan di daerah itu.")
    text = f"{first}\nLEMBAH HIJAU - Ketua Bawaslu menyampaikan hal itu kepada wartawan hari ini."
    span = lead_span(text)
    assert span is not None and text[span[0]:span[1]] == first


def test_a_time_word_set_off_by_a_comma_announces_its_date():
    text = ("Tim hukum paslon melapor ke Bawaslu Sukamaju, Senin (26/10). Hasil rapat pleno "
            "rencana disampaikan ke pelapor sore nanti, Selasa (27/10).")
    found = chosen(text, "https://contoh.id/2020/10/laporan-asn.html")
    assert isinstance(found, EventDate) and found.value == date(2020, 10, 26)

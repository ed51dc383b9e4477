"""A statement's date and the gathering it was made at (transforms/events/dates/choice.py): an
undated lead takes the date of the gathering a later sentence reports held or names, by any
saying word, gathering or tie ("Hal itu disampaikan ... saat apel", "Demikian ..."), unless
that sentence adds another occasion; with no gathering a later statement date still wins.
Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import LEAD, chosen

from transforms.events.dates.find import (
    EventDate,
    Rejected,
)


@pytest.mark.parametrize("formula", ["Demikian penegasan", "Demikian dikatakan",
                                     "Demikian pesan"])
def test_demikian_ties_a_later_date_to_an_undated_lead(formula):
    text = ("TELUK INDAH - Gubernur Teluk Indah meminta seluruh ASN menjaga netralitas dalam "
            "Pilkada 2018.\n"
            f"{formula} Gubernur Teluk Indah, Markus Wenda pada apel gabungan di halaman kantor "
            "gubernur, Senin, (9/4/2018).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2018, 4, 9)


@pytest.mark.parametrize("tie", [
    "Hal tersebut diungkapkannya dalam rakor evaluasi yang diadakan BKN di Lombok",
    "Hal itu disampaikan Ani saat apel pagi di halaman kantor bupati",
    "Pernyataan ini ditegaskan Kepala BKPSDM Sukamaju di sela-sela sosialisasi netralitas",
    "Imbauan tersebut disampaikan dalam acara silaturahmi bersama para camat",
])
def test_a_statement_tied_to_its_gathering_takes_the_gatherings_date(tie):
    text = ("Bawaslu mendata 9 jenis pelanggaran sikap netral ASN selama Pemilu 2024. \"Yang "
            "paling sering ikut acara partai,\" ujarnya dikutip dari keterangan resminya, "
            f"Kamis (8/2/2024).\n{tie}, Selasa (6/2/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 2, 6)


def test_a_later_statement_date_without_a_gathering_still_wins():
    text = ("Bawaslu menggelar rapat koordinasi netralitas ASN, Selasa (6/2/2024). \"Yang "
            "terbanyak menghadiri kegiatan partai,\" ujar Ketua Bawaslu Sukamaju Andi Rahman "
            "kepada wartawan, Kamis (8/2/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 2, 8)


@pytest.mark.parametrize("tie", [
    "Penjelasan itu dikemukakan Kepala BKD dalam rapat koordinasi",
    "Peringatan tersebut ditekankan Bupati saat apel gabungan",
    "Harapan ini dinyatakan Sekda pada acara sosialisasi",
])
def test_more_ways_to_tie_a_statement_to_its_gathering(tie):
    text = ("\"ASN harus netral,\" ujarnya dikutip dari keterangan resminya, Kamis (8/2/2024). "
            f"Pemilu 2024 kian dekat.\n{tie} netralitas ASN, Selasa (6/2/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 2, 6)


@pytest.mark.parametrize("sentence", [
    "Bawaslu Sukamaju menggelar sosialisasi bagi para kades pada tanggal 7 Oktober 2024.",
    "Untuk itu Bawaslu melaksanakan rapat koordinasi di aula kantor bupati, Senin (7/10/2024).",
    "Pj Bupati Andi Saputra membuka Rapat Koordinasi Forkopimda di Hotel Mawar, Senin (7/10/24).",
    "Pesan itu disampaikan oleh Pj. Bupati Sukamaju Andi Saputra, S.E., M.Si. pada acara "
    "Sosialisasi Netralitas di aula kecamatan, Senin (7/10/2024).",
    "Penandatanganan pakta integritas itu bertempat di Aula Setda Sukamaju. Pada Senin, "
    "(07/10/2024).",
])
def test_an_undated_lead_takes_the_date_of_the_gathering_reported_after_it(sentence):
    found = chosen(LEAD + sentence)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


@pytest.mark.parametrize("sentence", [
    "Pemkab juga menggelar apel gabungan pada Senin (7/10/2024).",
    "Selain itu, Bawaslu mengadakan rapat koordinasi pada Senin (7/10/2024).",
    "Sementara itu, Bawaslu menggelar patroli pengawasan pada Senin (7/10/2024).",
    "Sebelumnya, Bawaslu melaksanakan sosialisasi pada Senin (7/10/2024).",
])
def test_a_gathering_added_as_another_occasion_does_not_date_the_lead(sentence):
    assert chosen(LEAD + sentence) is None


@pytest.mark.parametrize("said", ["lanjutnya", "bebernya", "tukasnya", "sambungnya", "cetusnya",
                                  "urainya", "tutupnya"])
def test_every_saying_word_makes_a_weekday_the_statements_day(said):
    text = ("Badan Pengawas Pemilu Kabupaten Sukamaju terus mengawasi netralitas aparatur sipil "
            "negara selama tahapan kampanye Pilkada 2024 di seluruh kecamatan.\n\"Kami tidak "
            f"akan ragu memproses setiap laporan,\" {said} di Sukamaju, Selasa.\nPatroli "
            "pengawasan digelar di tiga kecamatan pada Senin (2/9/2024).")
    found = chosen(text)
    assert isinstance(found, Rejected) and found.raw == "Selasa"


@pytest.mark.parametrize("gathering", ["Sarasehan", "Penandatanganan pakta", "Webinar", "Raker",
                                       "Audiensi", "Pengarahan", "Penyuluhan", "Halal bihalal",
                                       "Rembuk", "Talkshow", "Forum"])
def test_every_kind_of_gathering_dates_an_undated_lead(gathering):
    found = chosen(LEAD + f"{gathering} netralitas ASN bersama para camat di aula kantor bupati, "
                          "Senin (7/10/2024).")
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


@pytest.mark.parametrize("reached", ["kepada jurnalis", "kepada reporter",
                                     "melalui sambungan telepon", "melalui pesan WhatsApp"])
def test_a_speaker_reached_by_the_outlet_dates_the_undated_lead(reached):
    text = (LEAD + f"Hal serupa diungkap Kepala BKPSDM Sukamaju Andi Rahman {reached}, "
            "Senin (7/10/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


def test_opening_something_other_than_a_gathering_does_not_date_the_lead():
    text = (LEAD + "Pemkab Sukamaju membuka kanal pengaduan netralitas ASN sejak Senin "
            "(7/10/2024).")
    assert chosen(text) is None


@pytest.mark.parametrize("verb", ["urai", "beber", "tukas", "cetus"])
def test_a_bare_saying_word_before_the_speaker_ties_his_date_to_the_lead(verb):
    # the undated lead's speaker dated at the end of a later quote; an earlier meeting is
    # recalled "kemarin" in between
    text = (LEAD + "\"Kami membahasnya dalam rapat di ibu kota bulan lalu kemarin,\" kata Rudi.\n"
            f"\"ASN dilarang ikut berkampanye di media sosial,\" {verb} Rudi, Kamis (3/10/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 3)


def test_a_tie_broken_over_two_lines_dates_the_undated_lead():
    # a stored copy that breaks a sentence after its comma: the tie is on the line before
    lead = ("Ketua PMII Sukamaju, Rudi Hartono, menegaskan bahwa ASN yang terlibat politik "
            "praktis dalam Pilkada 2020 harus ditindak tegas.\n")
    broken = lead + ("Pernyataan tersebut disampaikannya,\nSaat bertemu Pjs Bupati "
                     "Sukamaju di ruang kerjanya, Rabu (04/11/2020).")
    found = chosen(broken)
    assert isinstance(found, EventDate) and found.value == date(2020, 11, 4)
    # (a line that closes its own sentence ties nothing to the next)
    apart = lead + ("Pernyataan tersebut disampaikannya pekan lalu.\nSaat ini Pjs Bupati "
                    "Sukamaju sedang berada di Jakarta, Rabu (04/11/2020).")
    assert not isinstance(chosen(apart), EventDate)
    # (nor a related article's line after a comma)
    linked = lead + ("Hal itu ditegaskannya di Agam, ujarnya,\nBaca juga: Bawaslu gelar rapat, "
                     "Rabu (4/11/2020).")
    assert not isinstance(chosen(linked), EventDate)


@pytest.mark.parametrize(("closing", "expected"), [
    # "aku Rudi", "akunya": the quote's speaker admitting it, a saying word like "ujar"
    ("\"Dua yang sudah ada sanksi dari KASN,\" aku Rudi, Kamis (1/2/2024).", date(2024, 2, 1)),
    ("\"Dua yang sudah ada sanksi dari KASN,\" akunya, Kamis (1/2/2024).", date(2024, 2, 1)),
    # an earlier occasion told after the undated lead keeps its date to itself
    ("Sebelumnya, Rudi menjadi saksi pada sidang di Sukamaju, Kamis (1/2/2024).", None),
])
def test_aku_ties_a_quotes_date_to_an_undated_lead(closing, expected):
    text = ("SUKAMAJU - Badan Kepegawaian Kota Sukamaju menyebutkan ada dua ASN di Kota Sukamaju "
            "yang telah menerima sanksi akibat melanggar netralitas Pemilu.\n"
            "Kepala BKPSDM Kota Sukamaju Rudi Hartono mengatakan dua ASN sudah diproses.\n"
            + closing)
    found = chosen(text)
    assert (found.value if isinstance(found, EventDate) else None) == expected

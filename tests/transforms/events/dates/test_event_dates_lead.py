"""The occasion's date is the one the article leads with (transforms/events/dates/choice.py).

A statement dated by a weekday alone ("..., kata Ani di Padang, Selasa.") is the occasion: a
fuller date of the same day completes it, a date of another day is another occasion mentioned
in passing. Sentences are invented.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import (
    NO_PUBLICATION,
    EventDate,
    Rejected,
    choose_event_date,
    find_event_dates,
)


def choose(text: str, published: datetime | None = None, url: str | None = None):
    return choose_event_date(text, find_event_dates(text, published, JKT, url))


def test_a_statement_dated_by_weekday_alone_does_not_take_another_occasions_date():
    text = ("Ketua Bawaslu Kabupaten Tanah Datar, Rini Oktavia, meminta ASN tidak ikut "
            "berkampanye, kata dia di Batusangkar, Selasa.\n"
            "Bawaslu telah menggelar sosialisasi netralitas bagi wali nagari pada Kamis "
            "(12/9/2024) di Aula Kantor Bupati.")
    chosen = choose(text)
    assert isinstance(chosen, Rejected) and chosen.reason == NO_PUBLICATION
    assert chosen.raw.startswith("Selasa")


def test_a_statement_weekday_takes_a_fuller_date_of_the_same_day():
    text = ("Pj Wali Kota Bukittinggi mengingatkan ASN menjaga netralitas, ujarnya, Kamis.\n"
            "Imbauan itu disampaikan dalam apel pagi di halaman Balai Kota, Kamis (10/10/2024).")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 10)


def test_a_resolved_statement_weekday_beats_an_earlier_explicit_date():
    published = datetime(2024, 9, 18, 15, tzinfo=ZoneInfo(JKT))
    text = ("Sekda Kabupaten Sijunjung menegaskan ASN wajib netral, katanya di Muaro Sijunjung, "
            "Rabu.\n"
            "Menurut dia, pemkab sudah menyebarkan surat edaran netralitas kepada 4.000 ASN "
            "pada 2 September 2024.")
    chosen = choose(text, published)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 9, 18)


def test_a_weekday_in_a_later_gathering_sentence_leaves_the_fuller_date():
    # not in the lead and not a statement: the fully written date of the other occasion stays
    text = ("Pemkab Pasaman memperkuat netralitas ASN menjelang Pilkada.\n"
            "Senin lalu, Sekda memimpin apel gabungan di halaman kantor bupati.\n"
            "Jumat (4/10/2024), 80 camat mengikuti bimtek netralitas ASN.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 4)


def test_an_explicit_lead_date_is_kept_over_a_later_statement_weekday():
    text = ("Bawaslu Kota Payakumbuh menggelar sosialisasi netralitas ASN, Senin (7/10/2024).\n"
            "\"ASN harus netral,\" kata Ketua Bawaslu di Payakumbuh, Selasa.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 7)


def test_earlier_occasions_recalled_in_a_clause_are_not_the_event_date():
    text = ("Pj Bupati Sijunjung mengingatkan ASN agar netral dalam Pilkada.\n"
            "Bawaslu pernah memanggil seorang camat pada 3 Oktober 2024 karena unggahan di "
            "media sosial.\n"
            "Surat edaran netralitas yang diterbitkan pada 12 Oktober 2024 juga dibacakan.")
    assert choose(text) is None


def test_a_clause_without_a_recall_word_keeps_its_date():
    text = ("Pj Bupati Sijunjung mengingatkan ASN agar netral dalam Pilkada.\n"
            "Imbauan itu disampaikan saat apel pagi pada 14 Oktober 2024.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 14)


UNDATED_LEAD = ("Penjabat Bupati Sukamaju mengimbau seluruh pegawai ASN di daerahnya "
                "supaya tidak terlibat kampanye dan tetap netral menjelang pemilihan kepala "
                "daerah.\n")


def test_an_undated_lead_statement_does_not_take_another_occasions_date():
    text = UNDATED_LEAD + ("Pada Senin (12/8/2024), pemkab juga menggelar penandatanganan pakta "
                           "integritas bersama para camat.")
    assert choose(text) is None


def test_an_undated_lead_statement_takes_a_date_tied_back_to_it():
    for later in ("Hal itu disampaikannya saat apel pagi, Kamis (15/8/2024).",
                  "\"ASN harus netral,\" ujarnya, Kamis (15/8/2024).",
                  "Apel berlangsung di halaman kantor bupati, Kamis (15/8/2024)."):
        chosen = choose(UNDATED_LEAD + later)
        assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 15), later


def test_a_dated_lead_keeps_the_usual_choice():
    text = ("Penjabat Bupati Sukamaju mengimbau seluruh pegawai ASN di daerahnya agar "
            "tidak berkampanye saat apel pagi di halaman kantor bupati, Senin (19/8/2024).\n"
            "Sebelumnya pemkab menggelar sosialisasi pada Kamis (15/8/2024).")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 19)


def test_without_a_dated_lead_paragraph_the_latest_date_is_kept():
    text = ("Netralitas aparatur sipil negara menjadi perhatian utama Bawaslu Kabupaten Pasaman "
            "Barat menjelang pemilihan kepala daerah.\n"
            "Bawaslu menggelar sosialisasi, Senin (5/8/2024).\n"
            "Bawaslu lalu menggelar apel pengawasan, Rabu (7/8/2024).")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 7)


def test_an_undated_lead_statement_at_a_gathering_takes_that_gatherings_date():
    text = ("Sekda Kabupaten Sukamaju mengingatkan para pegawai negeri agar tidak ikut "
            "berkampanye saat memimpin apel pagi di halaman kantor bupati.\n"
            "Dalam apel yang diikuti 300 ASN, Kamis (15/8/2024), hadir pula unsur Forkopimda.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 15)
    other = text.replace("Dalam apel yang", "Dalam rapat yang")  # another occasion
    assert choose(other) is None


def test_more_calendar_steps_and_recall_words_are_not_the_event_date():
    lead = ("Netralitas aparatur sipil negara di Kota Sawahlunto terus menjadi sorotan "
            "menjelang pemilihan kepala daerah serentak.\n")
    for later in ("Pleno penghitungan suara digelar 5 Desember 2024.",
                  "Pada waktu itu, tepatnya 3 Oktober 2024, Bawaslu memanggil seorang camat."):
        assert choose(lead + later) is None, later
    chosen = choose(lead + "Bawaslu memanggil seorang camat, 3 Oktober 2024.")
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 3)


_UNDATED_LEAD = ("Bupati Tanah Datar Eka Saputra mengingatkan seluruh ASN agar menjaga netralitas "
                 "pada Pilkada 2024 dan tidak terlibat politik praktis dalam bentuk apa pun.\n")


@pytest.mark.parametrize("later", [
    "Menurut Eka, Senin (7/10/2024), ASN yang melanggar akan disanksi.",
    "Eka berbicara di hadapan ratusan ASN, Senin (7/10/2024).",
    "Ditemui di ruang kerjanya, Senin (7/10/2024), Eka menyebut ASN harus netral.",
    "Kepada wartawan, Senin (7/10/2024), Eka menyebut sanksi menanti.",
    "Dalam keterangan tertulis yang diterima Senin (7/10/2024), Pemkab menyebut hal serupa.",
    "Berikut wawancara khusus bersama Eka di Batusangkar, Senin sore (7/10/2024).",
])
def test_an_undated_statement_takes_the_date_of_a_sentence_that_meets_its_speaker(later):
    chosen = choose(_UNDATED_LEAD + later, datetime(2024, 10, 10, 10, 0, tzinfo=ZoneInfo(JKT)))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 7)


def test_an_undated_statement_does_not_take_another_bodys_occasion():
    text = _UNDATED_LEAD + "Sementara itu, Bawaslu menggelar patroli pada Kamis (3/10/2024)."
    assert choose(text, datetime(2024, 10, 10, 10, 0, tzinfo=ZoneInfo(JKT))) is None


@pytest.mark.parametrize("asked", ["klarifikasi", "keterangan", "penjelasan"])
def test_asking_for_clarification_is_no_statement_the_lead_is_an_action(asked):
    text = (f"Setelah meminta {asked} dari saksi dan kepala desa yang dilaporkan, Bawaslu "
            "Kabupaten Sigi meneruskan hasil kajian dugaan pelanggaran netralitas ke KASN.\n"
            "Selasa, (12/9/2023), Bawaslu Sigi membawa berkas kajian itu ke kantor KASN di "
            "Jakarta.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2023, 9, 12)


def test_asking_someone_to_stay_neutral_is_still_a_statement():
    text = ("Bupati Sigi meminta seluruh ASN menjaga netralitas pada Pilkada 2024 dan tidak "
            "mengunggah dukungan kepada calon di media sosial.\n"
            "Pada Senin (12/8/2024), pemkab juga menggelar penandatanganan pakta integritas.")
    assert choose(text) is None


@pytest.mark.parametrize("scene", [
    "rapat tertutup tim pemenangan calon nomor urut 3 di Sukamaju pada Senin, "
    "7 Oktober 2024",
    "acara timses calon bupati di sebuah rumah makan pada Senin, 7 Oktober 2024",
    "pelanggaran itu terjadi di rumah makan pada Senin, 7 Oktober 2024",
    "dugaan pelanggaran itu dilakukan pada Senin, 7 Oktober 2024",
    "acara Partai Gerindra di Sukamaju pada Senin, 7 Oktober 2024",
    "acara PDI-P di gedung serbaguna pada 7 Oktober 2024",
    "kegiatan salah satu partai pada 7 Oktober 2024",
    "kunjungan calon legislatif ke sekolah pada 7 Oktober 2024 lalu",
])
def test_the_date_of_a_breachs_scene_is_not_the_statements(scene):
    text = (f"\"Camat itu hadir pada {scene},\" kata Ketua Bawaslu Kabupaten Sigi Andi "
            "Lamaruka di Sigi, Kamis.\nBawaslu meneruskan kasus itu ke BKN.")
    chosen = choose(text)
    assert isinstance(chosen, Rejected) and chosen.reason == NO_PUBLICATION


def test_a_finding_date_is_kept():
    text = ("Bawaslu Kabupaten Sukamaju menemukan dugaan pelanggaran netralitas ASN pada Senin, "
            "7 Oktober 2024, saat patroli pengawasan.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 7)


def test_a_meeting_about_those_who_breached_keeps_its_date():
    text = ("Rapat penetapan hukuman disiplin bagi pegawai yang melanggar kode etik itu "
            "berlangsung di kantor gubernur pada Kamis (13/3/2025).\n"
            "Undangan rapat dikirim pada 10 Maret 2025.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2025, 3, 13)


def test_a_neutrality_gathering_for_candidates_keeps_its_date():
    text = ("Pemkab Sigi menggelar rapat koordinasi netralitas ASN bersama partai politik "
            "pada Senin, 7 Oktober 2024.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 7)


@pytest.mark.parametrize("vote", [
    "pada pemungutan suara Pemilu Legislatif dan Presiden, 14 Februari 2024",
    "pada Pemilihan Gubernur dan Wakil Gubernur Sukamaju tanggal 27 November 2024",
])
def test_a_named_elections_voting_day_is_not_the_occasion(vote):
    text = (f"ASN Pemkab Sigi diminta tetap netral {vote}.\n"
            "Imbauan itu disampaikan Sekda Sigi saat apel pagi, Senin (11/11/2024).")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 11), vote


def test_a_meeting_about_an_elections_steps_keeps_its_weekday_date():
    text = ("Mendagri meminta ASN yang melanggar ditindak tegas dalam rapat kerja membahas "
            "evaluasi tahapan Pilkada, Rabu (20/11/2024).")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 20)


@pytest.mark.parametrize("text", [
    "Bupati Sigi meminta ASN netral selama Pilkada Bupati dan Wakil Bupati Sigi pada Rabu, "
    "27 November 2024.\n\"Jaga integritas,\" ujar Bupati di Sigi, Senin (25/11).",
    "Bupati Sigi meminta ASN netral.\n\"Pilkada sudah dekat. 27 November 2024 tinggal "
    "sepekan lagi,\" ujar Bupati di Sigi, Senin (25/11/2024).",
])
def test_the_voting_day_named_with_its_election_is_not_the_occasion(text):
    chosen = choose(text, url="https://contoh.id/2024/11/25/asn-netral/")
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 25)


def test_a_finding_on_voting_day_without_the_election_named_keeps_its_date():
    text = ("Bawaslu Sigi menemukan seorang lurah membagikan uang kepada warga pada Rabu "
            "(27/11/2024) pagi.")
    chosen = choose(text, url="https://contoh.id/2024/11/28/lurah-diperiksa/")
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 27)


@pytest.mark.parametrize("caption", [
    "Bupati Lima Puluh Kota Yoserizal Tanjung memberi arahan kepada ASN di Sarilamak, "
    "Rabu (7/8/2024). ANTARA/HO-Humas",
    "Foto: Suasana pengarahan Bupati kepada ASN di aula kantor bupati, Rabu (7/8/2024).",
])
def test_a_weekday_alone_takes_the_date_a_caption_writes_for_the_same_weekday(caption):
    text = ("Bupati Lima Puluh Kota mengingatkan ASN agar tidak ikut politik praktis menjelang "
            "Pilkada 2024.\n"
            "\"ASN harus netral,\" kata Yoserizal saat memberikan pengarahan kepada ASN, Rabu.\n"
            f"{caption}")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 7)


def test_a_weekday_alone_does_not_take_the_end_of_a_span_on_that_weekday():
    text = ("Ketua Bawaslu Kota Pariaman menekankan netralitas ASN, kata dia di Pariaman, Sabtu.\n"
            "Ia mengatakan sejak masa kampanye dimulai hingga 10 Februari 2024 belum ada "
            "laporan pelanggaran netralitas ASN.")
    chosen = choose(text)
    assert isinstance(chosen, Rejected) and chosen.raw.startswith("Sabtu")


@pytest.mark.parametrize("opening", ["\"Oleh karena itu", "Oleh sebab itu", "\u201cOleh karenanya"])
def test_a_paragraph_opening_with_oleh_karena_is_no_byline(opening):
    text = ("Pj Gubernur Jambi meminta seluruh ASN di lingkungan Pemprov Jambi bersikap netral "
            "dalam Pilkada Serentak 2024 sesuai surat edaran Menpan-RB.\n"
            f"{opening}, saya mengimbau semua pihak menjaga netralitas ASN,\" ujar Pj Gubernur "
            "melalui siaran persnya, Kamis (19/9/2024).\n"
            "Pesan tersebut disampaikannya saat mengikuti rapat koordinasi netralitas ASN "
            "bersama para camat, Kamis.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 9, 19)


def test_a_byline_opening_with_oleh_is_still_furniture():
    text = ("Oleh Humas Kota Solok, Kamis (19/9/2024)\n"
            "Pj Wali Kota Solok mengingatkan ASN menjaga netralitas saat apel pagi di halaman "
            "Balai Kota Solok, Senin (16/9/2024), menjelang Pilkada 2024.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 9, 16)


@pytest.mark.parametrize("cut_off", [
    "hingga 12 Oktober 2024 terdapat 41 laporan",
    "sampai Jumat (11/10/2024), tercatat 41 laporan",
    "per 12 Oktober 2024 sebanyak 41 laporan",
    "hingga Sabtu (12/10/2024) pukul 16.00 WIB terhimpun 41 laporan",
    "sampai dengan 12 Oktober 2024 sudah ada 41 laporan",
])
def test_a_tallys_cut_off_is_no_occasions_date(cut_off):
    text = (f"Bawaslu Provinsi Lampung mencatat, {cut_off} dugaan pelanggaran netralitas ASN "
            "masuk selama Pilkada 2024.\n"
            "\"Paling banyak kepala desa,\" kata anggota Bawaslu Lampung, Dedi Kurnia.")
    assert choose(text) is None


def test_a_deadline_without_a_tally_still_counts_when_nothing_else_is_left():
    text = ("Pj Bupati Pesisir Selatan meminta ASN melaporkan kegiatan politik di lingkungannya "
            "paling lambat 12 Oktober 2024 kepada Inspektorat.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 12)


@pytest.mark.parametrize("dated", [
    "SE Bupati Tanah Datar Nomor: 800/1234/BKPSDM/2024 tertanggal 3 Oktober 2024 itu",
    "Surat edaran bernomor 100.3/456/2024 tanggal 3 Oktober 2024 tersebut",
    "Surat edaran tertanggal 3 Oktober 2024 itu",
])
def test_the_issued_documents_date_is_the_occasion_when_the_lead_reports_the_issuing(dated):
    text = ("Penjabat Bupati Tanah Datar Hendri Susanto telah menerbitkan surat edaran bagi "
            "seluruh ASN di lingkungan Pemkab Tanah Datar agar menjaga netralitas dalam Pilkada "
            f"2024.\n{dated} memuat sejumlah larangan bagi pegawai.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 3)


def test_a_recommendation_the_lead_reports_issued_is_dated_by_its_letter():
    # the breach has a day of its own, before the letter
    text = ("KASN telah mengeluarkan rekomendasi terkait pelanggaran netralitas ASN oleh "
            "sejumlah pejabat Pemkab Agam.\nDalam surat rekomendasi yang diterbitkan pada 4 "
            "Maret 2024, KASN menyatakan Rudi Hartono terbukti melanggar netralitas. Ia memakai "
            "kaos bergambar seorang calon dalam acara lari pada 28 Januari 2024.")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 3, 4)


def test_the_rule_a_recommendation_says_was_broken_does_not_date_it():
    # (review) the circular broken is the rule cited, not the letter the lead reports
    text = ("Bawaslu Kabupaten Agam mengeluarkan rekomendasi kepada KASN atas dugaan pelanggaran "
            "netralitas seorang camat dalam Pilkada 2024.\nHal itu melanggar Surat Edaran Menpan "
            "RB Nomor 1 tahun 2024 tanggal 10 Januari 2024 tentang netralitas ASN.")
    chosen = choose(text)
    assert not (isinstance(chosen, EventDate) and chosen.value == date(2024, 1, 10))


@pytest.mark.parametrize("lead", [
    # the lead reports no issuing: a document's date is a document's
    "Penjabat Bupati Tanah Datar mengingatkan seluruh ASN agar menjaga netralitas dalam "
    "Pilkada 2024 dan tidak ikut berkampanye.",
    # the issuing is reported, the dated document is its basis
    "Penjabat Bupati Tanah Datar telah menerbitkan surat edaran netralitas ASN berdasarkan "
    "SE Menteri PANRB Nomor 18 Tahun 2024 tertanggal 3 Oktober 2024.",
])
def test_a_documents_date_is_no_occasion_otherwise(lead):
    text = (f"{lead}\nSurat Edaran Nomor 800/1234/2024 tertanggal 3 Oktober 2024 memuat "
            "larangan bagi pegawai." if "berdasarkan" not in lead else lead)
    assert choose(text) is None


def test_a_weekday_alone_does_not_take_a_date_of_an_earlier_election():
    text = ("Ketua Bawaslu Kabupaten Pasaman meminta ASN netral dalam Pilkada 2024, kata dia di "
            "Lubuk Sikaping, Senin.\n"
            "Pada Pilkada 2020, Senin (12/10/2020), Bawaslu juga menemukan ASN yang tidak "
            "netral.")
    chosen = choose(text)
    assert isinstance(chosen, Rejected) and chosen.raw.startswith("Senin")


def test_a_weekday_alone_takes_a_date_of_the_run_up_year():
    text = ("Wali Kota Tomohon mengingatkan ASN agar tidak terlibat politik pada Pemilu 2024.\n"
            "\"ASN harus netral,\" kata dia saat memberi pengarahan kepada ASN, Selasa.\n"
            "Foto: Wali Kota memberi arahan kepada ASN di Tomohon, Selasa (4/7/2023).")
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2023, 7, 4)


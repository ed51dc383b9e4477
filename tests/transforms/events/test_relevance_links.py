"""An article's links to other articles are no part of its own report (relevance scored on
page_links.without_links), on invented pages: campaign news that names civil servants and
carries a related headline on neutrality is a look-alike, not a report. So is an article that
names ASN and neutrality once each, as an item of a list, neither in its title."""

import pytest

from transforms.events.relevance import relevance
from transforms.page_links import without_links

TITLE = "Calon Wali Kota Lembah Hijau Janji Naikkan Tunjangan ASN"
LEAD = ("Calon Wali Kota Lembah Hijau, Rudi Hartawan, menyebut aparatur sipil negara (ASN) "
        "sebagai kunci pelayanan publik dalam debat kedua pasangan calon, Jumat malam.\n")
STORY = ("\"ASN kita harus sejahtera agar pelayanan makin cepat,\" ujarnya di hadapan pendukung "
         "saat kampanye di Lapangan Merdeka.\n"
         "Ia berjanji menaikkan tunjangan pegawai dan mempercepat pengangkatan tenaga honorer "
         "bila terpilih dalam Pilkada 2024.\n")
HEADLINES = [
    "Netralitas ASN dan Kades Disorot Kemendagri, Pj Gubernur Klaim Sudah Tegas",
    "Baca juga: Bawaslu Minta ASN Jaga Netralitas Selama Kampanye",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_campaign_news_with_a_related_headline_on_neutrality_is_no_report(headline):
    text = LEAD + headline + "\n" + STORY
    assert relevance(TITLE, LEAD + STORY).about_asn_neutrality is False
    assert relevance(TITLE, text).about_asn_neutrality is False


def test_a_report_keeps_its_verdict_with_a_related_headline():
    title = "Pemkab Lembah Hijau Gelar Sosialisasi Netralitas ASN"
    lead = ("Pemerintah Kabupaten Lembah Hijau menggelar sosialisasi netralitas ASN jelang "
            "Pilkada 2024 di aula kantor bupati, Senin (7/10/2024).\n")
    more = ("Sekda Rudi Hartawan meminta seluruh ASN menjaga netralitas dan tidak ikut "
            "kampanye pasangan calon.\n")
    text = lead + HEADLINES[0] + "\n" + more
    assert relevance(title, text).about_asn_neutrality


def test_the_links_are_blanked_and_offsets_hold():
    text = LEAD + HEADLINES[0] + "\n" + STORY
    story = without_links(text, TITLE)
    assert len(story) == len(text) and story.count("\n") == text.count("\n")
    assert "Netralitas" not in story and story.startswith(LEAD) and story.endswith(STORY)


def test_the_pages_own_title_after_the_first_paragraph_stays():
    title = "Pemkab Lembah Hijau Ajak ASN Jaga Sikap Netral Selama Pilkada Serentak 2024"
    text = LEAD + title + "\n" + STORY
    assert without_links(text, title) == text


def test_a_text_with_no_links_is_returned_as_it_is():
    text = LEAD + STORY
    assert without_links(text, TITLE) is text


def test_neutrality_once_as_an_item_of_a_list_is_a_passing_mention():
    title = "Pemilu Berjalan Lancar, Bawaslu Ajak Warga Ikut Mengawasi"
    text = ("Ketua Bawaslu Provinsi Sumbar menyebut warga antusias menyambut Pemilu 2024 saat "
            "diwawancarai di Padang, Rabu (14/2).\n"
            "Upaya pencegahan antara lain koordinasi dengan KPU, menerbitkan surat imbauan kepada "
            "peserta pemilu dan Pemda (netralitas ASN), pemetaan kerawanan, serta patroli "
            "pengawasan kampanye.\n")
    assert relevance(title, text).about_asn_neutrality is False


def test_neutrality_said_twice_of_civil_servants_is_a_report():
    title = "Bawaslu Ajak Warga Ikut Mengawasi Pemilu"
    text = ("Ketua Bawaslu Sumbar mengingatkan ASN agar menjaga netralitas selama Pemilu 2024, "
            "Rabu (14/2).\nIa menegaskan ASN yang tidak netral akan dilaporkan ke KASN.\n")
    assert relevance(title, text).about_asn_neutrality


@pytest.mark.parametrize("title, text", [
    ("Apel Pagi, Bupati Lembah Hijau Ingatkan Pegawai Jelang Pilkada 2024",
     "Bupati Lembah Hijau Rudi Hartawan meminta seluruh ASN menjaga netralitas dalam Pilkada "
     "2024 saat memimpin apel pagi di halaman kantor bupati, Senin (7/10/2024).\nIa mengatakan "
     "Pilkada serentak digelar 27 November dan pegawai diminta ikut menyukseskannya.\n"),
    ("Wali Kota Bukit Indah Minta Pegawai Jaga Sikap Jelang Pemilu",
     "Wali Kota Bukit Indah Sari Wulandari mengingatkan para ASN di lingkungan pemkot untuk "
     "bersikap netral menjelang Pemilu 2024, Rabu (10/1/2024).\nHal itu disampaikannya saat "
     "rapat koordinasi persiapan Pemilu bersama kepala dinas.\n"),
    ("Apel Pagi, Bupati Lembah Hijau Sampaikan Sejumlah Pesan Jelang Pilkada 2024",
     "Dalam apel pagi di halaman kantor bupati, Senin (7/10/2024), Bupati Lembah Hijau Rudi "
     "Hartawan menyampaikan sejumlah pesan, antara lain agar seluruh ASN menjaga netralitas "
     "dalam Pilkada 2024.\nIa juga meminta pegawai disiplin dan menyukseskan Pilkada serentak "
     "27 November.\n"),
])
def test_a_short_appeal_naming_asn_and_neutrality_once_each_is_a_report(title, text):
    # the appeal itself ties them, not an item of a list: what the article reports
    assert relevance(title, text).about_asn_neutrality


@pytest.mark.parametrize("subheading", [
    "Bawaslu Ingatkan ASN Tidak Netral Bisa Dikenai Sanksi Disiplin",
    "Pegawai Yang Ikut Kampanye Bisa Dikenai Sanksi Disiplin Berat",
])
def test_a_reports_own_subheading_after_its_first_paragraph_keeps_its_verdict(subheading):
    title = "Ratusan Pegawai Pemkab Lembah Hijau Ikuti Sosialisasi Jelang Pilkada"
    text = ("Ratusan pegawai Pemkab Lembah Hijau mengikuti sosialisasi yang digelar Bawaslu di "
            "aula kantor bupati, Senin (7/10/2024).\n" + subheading + "\n"
            "Ketua Bawaslu Lembah Hijau Andi Saputra mengingatkan aparatur sipil negara wajib "
            "menjaga netralitas selama tahapan Pilkada 2024 berlangsung.\n"
            "Ia juga meminta pegawai melapor kepada pengawas bila menemukan dugaan pelanggaran.\n")
    assert relevance(title, text).about_asn_neutrality

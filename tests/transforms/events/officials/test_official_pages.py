"""Officials and the furniture of a page, on invented sentences: photo captions, related
headlines run into the text, headlines and title-case lines, datelines glued to the body, a
repeated paragraph and the spelling the article repeats."""

from __future__ import annotations

import pytest
from official_checks import found, names, pairs

from transforms.events.officials.lines import title_case


def test_repeated_paragraph_is_no_evidence_of_a_place():
    line = ("Bawaslu mencatat 128 pelanggaran netralitas ASN, ujar anggota Bawaslu Ratna Sari "
            "Wulandari di kantor Bawaslu, Jakarta, Jumat.")
    assert found(f'"{line}"\n{line}') == [("Anggota Bawaslu", "Ratna Sari Wulandari")]


def test_related_headline_run_into_a_paragraph():
    text = ("Kepala BKD Agam Rudi Hartawan mengatakan ASN harus netral. Baca juga: Wali Kota "
            "Padang Gunadi Purnama Ajak ASN Netral \"Kami minta semua netral,\" katanya.")
    assert found(text) == [("Kepala BKD", "Rudi Hartawan")]


def test_related_headline_in_a_long_text():
    # a long text is searched for such a line only when it holds one of its words
    body = ("Apel netralitas ASN digelar di halaman kantor bupati pada Senin pagi dengan "
            "diikuti ratusan pegawai dari berbagai organisasi perangkat daerah setempat. ") * 3
    text = (body + "Kepala BKD Agam Rudi Hartawan mengatakan ASN harus netral.\nBERITA TERKAIT"
            ": Wali Kota Padang Gunadi Purnama Ajak ASN Netral\n" + body)
    assert len(text) > 300
    assert found(text) == [("Kepala BKD", "Rudi Hartawan")]
    assert ("Wali Kota", "Gunadi Purnama") in found(text.replace("BERITA TERKAIT:", "Hadir"))


def test_a_lead_sentence_is_no_title_case_headline() -> None:
    lead = ("PADANG – Menjelang Pilkada Padang, Pj Wali Kota Padang Hendra Saputra "
            "mengimbau semua ASN di lingkungan Pemko agar tetap netral.")
    assert not title_case(lead)
    assert title_case("Pj Wali Kota Padang Hendra Saputra Imbau ASN Jaga Netralitas")
    assert names("Menurutnya ASN dituntut netral.", lead) == ["Hendra Saputra"]


@pytest.mark.parametrize("text, name", [
    # a dateline glued to the lead's title by a dash
    ("KENDARI--Kepala BKD Sultra Rahmat Saleh mengingatkan ASN agar netral.", "Rahmat Saleh"),
    ("PADANG-Kapolda Sumbar, Irjen Pol Budi Santoso, menegaskan personel netral.", "Budi Santoso"),
    ("Antara, BANDUNG--Penjabat Gubernur Jawa Barat Asep Suhendar meminta ASN netral.",
     "Asep Suhendar"),
])
def test_title_after_a_glued_dateline(text: str, name: str) -> None:
    assert name in names(text)


def test_spelling_the_article_repeats() -> None:
    """A slip in a (repeated) caption gives way to the spelling the article's sentences use."""
    text = ("Bupati Sukamaju, Rahmatulah Hasibuan saat membuka rapat\n"
            "Bupati Sukamaju, Rahmatulah Hasibuan saat membuka rapat\n"
            "SUKAMAJU - Bupati Sukamaju, Rahmatullah Hasibuan mengingatkan ASN netral.\n"
            '"Jangan sampai kena sanksi," ujar Rahmatullah, Kamis.')
    assert names(text) == ["Rahmatullah Hasibuan"]
    text = ("Pjs Bupati Sukamulya, Syamsul Wahidin ingatkan ASN.\n"
            "Pjs Bupati Sukamulya, Samsul Wahidin, menyatakan akan menindak ASN.\n"
            "Samsul menegaskan ASN wajib netral. Samsul juga meminta lurah mengawasi.")
    assert names(text) == ["Samsul Wahidin"]


def test_a_name_in_a_caption_and_a_sentence_is_the_sentence_name() -> None:
    text = ("Plt Sekda Kabupaten Agam Rudi L Hamzah saat menandatangani pakta integritas. "
            "(Foto: Humas)\n"
            "Plt Sekda Kabupaten Agam Rudi L Hamzah yang bertindak sebagai pembina apel "
            "mengingatkan ASN.\n"
            "Oleh karena itu, Plt Sekda Hamzah mengimbau seluruh ASN menjaga netralitas.")
    assert names(text) == ["Rudi L Hamzah"]


@pytest.mark.parametrize("text", [
    # a headline the copy repeats as its first line: its capitals name no one before a title
    "Panwaslih Selidiki Dugaan Kades Berkampanye Sampai Camat Tidak Netral\nKasus itu diproses.",
    "Polemik Mutasi Camat Jelang Pilkada Serentak\nBupati belum memberi tanggapan.",
])
def test_a_title_case_line_names_no_one_before_a_title(text: str) -> None:
    assert names(text) == []


def test_a_short_sentence_still_names_the_person_before_a_title() -> None:
    assert names("Rahmat Ali S.Sos, Kepala BKD Agam, menyampaikan materi.") == ["Rahmat Ali"]


def test_the_line_after_a_related_headline_is_the_articles_own() -> None:
    text = ("ASN Kabupaten Agam harus netral menjelang Pemilu.\n"
            "Baca Juga : Jika ASN Langgar Netralitas, Siap-siap Kena Sanksi\n"
            "Penjabat Bupati Agam, Rudi Hamzah mengungkapkan hal tersebut saat rapat koordinasi.")
    assert names(text) == ["Rudi Hamzah"]


def test_a_related_headline_names_no_one() -> None:
    text = ("ASN Kabupaten Agam harus netral.\nBaca juga: Bupati Agam Rudi Hamzah Ajak ASN Netral\n"
            "Apel digelar di halaman kantor.")
    assert names(text) == []


@pytest.mark.parametrize("title", [
    # a headline's passive verb after a village head is no name
    "Bawaslu Ungkap Belasan Kades Diproses karena Tak Netral",
    "Camat Dicopot Usai Hadiri Kampanye Paslon",
    "Lurah Dipanggil Bawaslu soal Dukungan ke Calon",
])
def test_headline_passive_no_name(title: str) -> None:
    body = "Bawaslu menyebut kasus itu ditangani sesuai aturan yang berlaku."
    assert names(body, title) == []


def test_headline_verb_after_name() -> None:
    title = "Jelang Pilkada, Sekda Agam Meminta ASN Jaga Netralitas"
    body = "Sekda Agam Rahmat Hidayat mengingatkan ASN agar netral dalam Pilkada."
    assert names(body, title) == ["Rahmat Hidayat"]


@pytest.mark.parametrize("text, title", [
    # a nickname after the name: the headline that uses it names the same person
    ("Gubernur Jateng Bambang Wirawan atau Bambang W mengingatkan PNS netral.",
     "Gubernur Bambang W Ancam Pecat PNS"),
    ("Gubernur Jateng Bambang Wirawan atau Bewe mengingatkan PNS netral.",
     "Gubernur Bewe Ancam Pecat PNS"),
    ("Bupati Tebo Rahmat Hidayat yang akrab disapa Memet meminta ASN netral.",
     "Bupati Memet Minta ASN Netral"),
])
def test_nickname_in_headline(text: str, title: str) -> None:
    assert len(pairs(text, title)) == 1


@pytest.mark.parametrize("text", [
    # a dateline naming the election body in full, then a dash: the lead's official follows
    "Muara Tebo, Badan Pengawas Pemilihan Umum - Ketua Bawaslu Joko Susilo meminta para lurah "
    "menjaga jarak dari semua kandidat.",
    "Tebo, Komisi Pemilihan Umum - Ketua KPU Joko Susilo mengingatkan ASN harus netral.",
])
def test_body_dateline_dash(text: str) -> None:
    assert names(text) == ["Joko Susilo"]


@pytest.mark.parametrize("text", [
    # an election's name before the dash still names no one in office
    "Pasangan calon Bupati - Wakil Bupati Joko Susilo dan Budi Hartono berkampanye.",
    "Pemilihan Bupati/Wakil Bupati Joko Susilo digelar ulang.",
])
def test_election_name_dash_still_skipped(text: str) -> None:
    assert names(text) == []


def test_meeting_short_form_in_headline_no_name() -> None:
    body = "Bupati Tebo Rahmat Hidayat membuka Rakorda pengawasan pemilu di aula kantor bupati."
    assert names(body, "Bupati Tebo Rakorda Bersama Bawaslu") == ["Rahmat Hidayat"]

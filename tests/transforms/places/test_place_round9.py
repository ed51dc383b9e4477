"""Round 9 of the place reader, on invented paragraphs: a national body's lead sentence about one
regency (the story is that regency's), and bulleted headlines of other articles standing alone in
the body (their regions are the other articles')."""

import pytest

from transforms.events.page_links import link_at
from transforms.places.organiser import organiser_of
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("Badan Kepegawaian Negara (BKN) memutuskan dua kepala desa di Kabupaten Agam "
     "terbukti tidak netral dalam Pilkada 2024.\nBKN meminta bupati menjatuhkan "
     "sanksi.", "Kabupaten Agam"),
    ("Komisi Aparatur Sipil Negara (KASN) menyurati Bawaslu Kota Padang "
     "agar memanggil tiga ASN untuk klarifikasi.\nKetua Bawaslu membenarkan surat itu.",
     "Kota Padang"),
    ("Kemendagri menegur Bupati Agam karena belum menindaklanjuti rekomendasi "
     "sanksi bagi ASN yang tidak netral.", "Kabupaten Agam"),
])
def test_a_national_body_about_one_regency_places_the_story_there(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize("text", [
    "Badan Kepegawaian Negara (BKN) mencatat 1.005 ASN dilaporkan melanggar netralitas selama "
    "Pilkada 2020.\nLaporan terbanyak datang dari Kabupaten Agam.",
    # a national tally naming several regencies in its lead sentence
    "KASN mencatat pelanggaran netralitas ASN di Kabupaten Agam, Kota Padang dan Kabupaten "
    "Solok selama Pilkada 2024.",
])
def test_a_national_body_with_no_one_regency_stays_national(text):
    place = place_of(None, text)
    assert place.region is None and place.province_name == "DKI Jakarta"


def test_a_bulleted_headline_alone_in_the_body_is_another_articles():
    text = ("Bawaslu Agam memanggil lima ASN untuk klarifikasi dugaan pelanggaran netralitas.\n"
            "- Pilkada Damai Digaungkan di Kota Padang\n"
            "\"Kami panggil mereka hari ini,\" kata Ketua Bawaslu.")
    assert link_at(text, text.index("Kota Padang"))
    assert not link_at(text, text.index("Agam"))
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_a_bulleted_sentence_is_the_articles_own():
    text = "Hasil pengawasan:\n- tiga ASN di Kota Padang mengunggah dukungan ke media sosial."
    assert not link_at(text, text.index("Kota Padang"))


@pytest.mark.parametrize(("body", "organiser"), [
    ("KPU Solok", None),  # the bare name the place shares with the kota: the place's own body
    ("Bawaslu Solok", None),
    ("Pemkot Solok", "Kota Solok"),  # the kind written: the kota's, another region
    ("KPU Kota Solok", "Kota Solok"),
])
def test_a_bare_name_shared_by_a_kota_and_a_kabupaten_means_the_places(body, organiser):
    text = (f"Rapat koordinasi {body} tentang netralitas ASN digelar di Aula Kantor Bupati "
            "Solok, Kabupaten Solok, Selasa (22/7/2025).")
    place = place_of(None, text)
    assert place.region.regency == "Kabupaten Solok"
    found = organiser_of(text, [(0, len(text))], place.region, place.source)
    assert (found.region.regency if found else None) == organiser


@pytest.mark.parametrize(("said", "regency"), [
    ("saat membuka Musrenbang Kabupaten Agam, Senin.", "Kabupaten Agam"),
    ("dalam rapat koordinasi netralitas ASN Kota Solok, Rabu (4/9).", "Kota Solok"),
    ("usai apel gabungan Kab. Agam, Senin (5/8/2024).", "Kabupaten Agam"),
    # people of a regency, or no gathering: the dateline's city stands
    ("saat memberi arahan kepada ASN Kabupaten Agam, Senin.", "Kota Padang"),
    ("kata Kepala Bappeda Kabupaten Agam, Senin.", "Kota Padang"),
])
def test_a_gathering_named_with_its_regency_before_its_day_was_held_there(said, regency):
    text = ("PADANG (Antara) - Gubernur Sumatera Barat meminta ASN menjaga netralitas pada "
            f"Pilkada 2024, {said}\nIa mengingatkan sanksi bagi ASN yang melanggar.")
    assert place_of("PADANG", text).region.regency == regency

"""Regions named as the items of a list ("tersebar di Kabupaten Malang, Blitar, Kediri dan
Jombang") say where cases or people are, and a person's home town ("pria asal X") where that
person comes from, not where the occasion was: invented paragraphs."""

import pytest

from transforms.places.mentions import origin, region_mentions, unlisted
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "province"), [
    # a province body's statement; its cases listed by regency, the first one with a kind
    ("Sebanyak 40 ASN di Jawa Timur terbukti tidak netral pada Pilkada 2024.\nHal itu "
     "diungkapkan Koordinator Divisi Penanganan Pelanggaran Bawaslu Provinsi Jawa Timur Ahmad "
     "Fauzi, Kamis.\nPara ASN itu tersebar di Kabupaten Malang, Blitar, Kediri dan Jombang.",
     "Jawa Timur"),
    # bare names with their short forms in brackets, then one of them again
    ("Bawaslu Sumatera Selatan menerima 12 aduan dugaan pelanggaran netralitas ASN.\n"
     "Laporan itu datang dari Ogan Ilir, Musi Rawas (Mura), Lahat dan Empat Lawang.\n"
     "Di Lahat laporan terbanyak berupa kepala desa yang tidak netral.", "Sumatera Selatan"),
    ("Bawaslu Provinsi Kalimantan Barat mencatat 9 dugaan pelanggaran netralitas ASN.\n"
     "Kasus itu ada di Kabupaten Sambas, Kabupaten Bengkayang serta Kabupaten Landak.",
     "Kalimantan Barat"),
])
def test_listed_regencies_are_where_cases_are(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, province)


@pytest.mark.parametrize(("text", "regency"), [
    ("Pemkab Lahat menggelar apel netralitas ASN, Senin.\nApel diikuti camat se-Kabupaten "
     "Lahat.", "Kabupaten Lahat"),
    ("Bawaslu Kabupaten Sambas menggelar sosialisasi netralitas ASN di aula kantornya, Rabu.",
     "Kabupaten Sambas"),
])
def test_a_region_named_alone_stays(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_short_form_in_brackets_belongs_to_its_item():
    text = "Kasus ada di Musi Rawas (Mura), Lahat dan Kabupaten Empat Lawang."
    mentions = list(region_mentions(text, None))
    assert mentions and unlisted(text, mentions) == []


def test_names_apart_are_no_list():
    text = "Bupati Lahat hadir.\nSementara itu di Kota Pagar Alam tidak ada laporan."
    mentions = list(region_mentions(text, None))
    assert len(unlisted(text, mentions)) == len(mentions) == 2


@pytest.mark.parametrize(("text", "province"), [
    # cases of a regency named with its kind: the province body speaking is the occasion
    ("Seorang guru di Lahat diperiksa pengawas pemilu.\nAnggota Bawaslu Sumsel "
     "Rudi Hartono mengatakan 12 ASN diduga melanggar netralitas di Kabupaten Ogan Ilir dan "
     "satu orang di Kabupaten Lahat, Senin (12/10/2020).", "Sumatera Selatan"),
    ("Sejumlah pejabat di Kabupaten Kampar dilaporkan tidak netral.\nKetua Bawaslu Riau "
     "Andi Saputra menyebut laporan itu masih dikaji.", "Riau"),
    # a tally's bare count: the people counted are left out after the first item
    ("Kepala Bawaslu Riau Andi Saputra menyebut pengawasan berjalan seperti biasa.\nSejauh ini "
     "terdata 4 pegawai di daerah Siak dan 2 di Kabupaten Kampar yang diduga berpihak.", "Riau"),
])
def test_a_regency_named_as_where_people_or_cases_are_is_not_the_place(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, province)


@pytest.mark.parametrize(("text", "regency"), [
    # the regency's own body holds it: its name stands apart from the people of the place
    ("Bupati Kampar mengingatkan seluruh ASN di Kabupaten Kampar agar netral, Senin.",
     "Kabupaten Kampar"),
    ("Bawaslu Kabupaten Lahat mengimbau pejabat di Kabupaten Lahat menjaga netralitas.",
     "Kabupaten Lahat"),
    # no province body: a region of the people is still the best place there is
    ("Sebanyak 20 ASN di Kabupaten Lahat dilaporkan tidak netral pada Pilkada 2024.",
     "Kabupaten Lahat"),
])
def test_a_regency_whose_own_body_or_head_acts_stays(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize(("text", "province"), [
    # the regency's head or body a case is sent to does not hold the occasion
    ("\"Rekomendasi sudah kami kirim kepada Bupati Kebumen,\" kata Komisioner Bawaslu Jateng "
     "Rudi Hartono.", "Jawa Tengah"),
    ("Bawaslu Jatim meneruskan temuan itu ke Bawaslu Kabupaten Jember untuk ditindaklanjuti.",
     "Jawa Timur"),
    ("Temuan diteruskan kepada Pj Bupati Sampang, ujar anggota Bawaslu Provinsi Jawa Timur.",
     "Jawa Timur"),
    # a national body and only the regencies where its cases are
    ("Komisi ASN menjatuhkan rekomendasi sanksi kepada 15 ASN di Kabupaten Bone, Kabupaten Gowa "
     "dan Kota Makassar.", "DKI Jakarta"),
])
def test_a_body_a_case_is_sent_to_or_its_cases_are_not_the_place(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, province)


def test_a_regency_body_sending_a_case_on_keeps_its_place():
    text = "Bawaslu Kabupaten Jember meneruskan temuan itu kepada KASN, Senin."
    assert place_of(None, text).region.regency == "Kabupaten Jember"


@pytest.mark.parametrize(("text", "regency"), [
    # a region one goes to is where the occasion was, not a recipient
    ("Pj Gubernur Sumbar mengingatkan ASN netral saat kunjungan kerja ke Kabupaten Agam, Senin.",
     "Kabupaten Agam"),
    # a national body's regional office is its town's
    ("Kanreg XII BKN Pekanbaru menggelar sosialisasi netralitas ASN, Senin.", "Kota Pekanbaru"),
])
def test_a_destination_or_a_regional_office_is_the_place(text, regency):
    assert place_of(None, text).region.regency == regency


def test_cases_told_region_by_region_are_the_province_bodys_tally():
    text = ("Bawaslu Sumbar mencatat 12 pelanggaran netralitas ASN. Di Agam ada tiga kasus, di "
            "Pasaman dua kasus, dan di Solok satu kasus.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Sumatera Barat")


def test_a_regency_occasion_naming_where_its_guests_come_from_stays():
    text = ("Sosialisasi netralitas ASN digelar Senin (7/10/2024).\nKegiatan dibuka Sekda Agam "
            "Rudi. Narasumber dari Bawaslu Sumbar, BKD Sumbar dan Inspektorat.\nPeserta datang "
            "dari Padang, Pariaman dan Solok.")
    assert place_of(None, text).region.regency == "Kabupaten Agam"


@pytest.mark.parametrize("text", [
    # a pact handed to the regent is his occasion
    "Para kepala OPD menyerahkan pakta integritas netralitas kepada Pj Bupati Agam, disaksikan "
    "perwakilan Bawaslu Sumbar, Senin.",
    "Penghargaan diserahkan kepada Bupati Agam oleh Pj Gubernur Sumbar, Senin.",
])
def test_a_head_handed_something_at_his_occasion_is_no_recipient(text):
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_an_appeal_addressed_to_a_regent_is_the_speakers_occasion():
    text = "Pj Gubernur Jateng mengingatkan kepada Bupati Karanganyar, agar ASN tetap netral."
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Jawa Tengah")


LEAD = ("Para pegawai ASN lingkup Kanwil Kemenag Jateng mengucapkan ikrar untuk bersikap netral "
        "selama pemilu 2029. Pembacaan ikrar disaksikan Ketua Badan Pengawas Pemilu Jawa "
        "Tengah Budi Hartono.\nKegiatan ikrar itu digelar pagi ini di Aula Merapi Kanwil "
        "Kemenag Jateng.\n")


def test_a_speakers_home_town_is_not_the_place():
    text = LEAD + "Menurut pria asal Wonogiri itu, baru Kanwil Kemenag yang berikrar netral."
    place = place_of(None, text)
    assert place is None or place.region is None


def test_a_region_named_as_an_occasions_still_places_it():
    text = LEAD + "Menurut Budi, ikrar serupa juga digelar di Wonogiri."
    assert place_of(None, text).region.regency == "Kabupaten Wonogiri"


def test_origin_reads_the_words_before_the_name():
    text = "Ia putra asli Wonogiri, sedangkan rapat itu digelar di Wonogiri."
    first, second = region_mentions(text, None)
    assert origin(text, first) and not origin(text, second)

"""Province-level occasions without a dateline, on invented paragraphs: the governor or a
provincial body leads and the regencies come later in passing, or are named only as where
cases were found (not where the occasion was)."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "province"), [
    ("Penjabat Gubernur Sumatera Barat Hendra Wijaya mengingatkan seluruh ASN di Sumbar untuk "
     "menjaga netralitas pada Pilkada 2024.\nIa menyebut Pemkab Agam telah menggelar apel "
     "serupa.", "Sumatera Barat"),
    ("Pj Gubernur Sulsel mengingatkan ASN netral saat apel pagi di halaman kantor gubernur, "
     "Senin (7/10/2024).\nBupati Gowa turut hadir dalam apel tersebut.", "Sulawesi Selatan"),
    ("Wakil Gubernur Jawa Timur meminta ASN tidak mengunggah dukungan kepada calon di media "
     "sosial.\nBawaslu Kabupaten Sidoarjo sebelumnya menerima laporan.", "Jawa Timur"),
    ("Badan Pengawas Pemilu (Bawaslu) Provinsi Jawa Tengah menerima 95 laporan dugaan "
     "pelanggaran netralitas ASN.\nKasus terbanyak di Kabupaten Brebes.", "Jawa Tengah"),
    ("Bawaslu Sumatera Barat mencatat 12 dugaan pelanggaran netralitas ASN.\nPelanggaran "
     "tercatat di Kabupaten Agam dan Kota Padang.", "Sumatera Barat"),
])
def test_a_province_leads_the_regencies_come_in_passing(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, province)


@pytest.mark.parametrize(("text", "regency"), [
    # the governor attends a regency's occasion the lead names
    ("Gubernur Sumatera Barat menghadiri apel netralitas ASN yang digelar Pemkab Agam, Senin "
     "(7/10/2024).\nApel diikuti 500 ASN.", "Kabupaten Agam"),
    ("Pj Gubernur Sumbar membuka sosialisasi netralitas ASN di Kota Bukittinggi, Senin.",
     "Kota Bukittinggi"),
    # a city named as where something happened
    ("Pj Gubernur Sumbar menyampaikan hal itu di Padang, Senin (7/10/2024).\nBupati Agam turut "
     "hadir.", "Kota Padang"),
])
def test_a_regency_the_lead_names_or_a_city_where_it_was_stands(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize("lead", [
    "Mendagri Tito Santoso mengingatkan ASN di daerah agar netral pada Pilkada 2024.",
    "Menteri Dalam Negeri mengingatkan ASN di daerah agar netral.",
    "Menteri PANRB Abdul Rahman mengingatkan ASN agar netral.",
    "MenPAN-RB mengingatkan ASN agar netral.",
    "Kemenpan RB mengingatkan ASN agar netral.",
    "Ombudsman RI menerima laporan pelanggaran netralitas ASN.",
    "DKPP memberhentikan seorang anggota KPU karena tidak netral.",
    "Presiden Joko Santoso mengingatkan ASN agar netral.",
])
def test_a_national_office_leading_is_the_capitals_occasion(lead):
    place = place_of(None, lead + "\nBupati Agam diminta menindak ASN yang melanggar.")
    assert (place.region, place.province_name) == (None, "DKI Jakarta")


@pytest.mark.parametrize("lead", [
    "Ombudsman RI Perwakilan Sumatera Barat menerima laporan netralitas ASN.",
    "Calon Presiden Budi Santoso mengingatkan ASN.",
    "Presiden Direktur PT Semen Andalas mengingatkan ASN.",
])
def test_no_national_office(lead):
    place = place_of(None, lead + "\nBupati Agam diminta menindak ASN yang melanggar.")
    assert place.region.regency == "Kabupaten Agam"

"""A tally of cases by region or by province says where the cases are, not where the occasion
was; a province's secretary and Aceh's election bodies name the province."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize("text", [
    ("Sepanjang Pilkada lalu tercatat 41 ASN dilaporkan tidak netral.\nKasus terbanyak di "
     "Kabupaten Garut sebanyak 9 kasus, Kabupaten Tasikmalaya 7, Kota Bandung 5 dan Cianjur 3."),
    ("Kasus netralitas ASN paling banyak tercatat di Kota Bandung (6 ASN), Kabupaten "
     "Garut (4 ASN) dan Kabupaten Bogor (2 ASN).\nSemua kasus sudah diteruskan ke BKN."),
    ("Data pelanggaran netralitas ASN: Kabupaten Garut 12 orang, Kota Bandung 8 orang, "
     "Kabupaten Bekasi 3 orang.\nSebagian sudah dijatuhi sanksi."),
])
def test_a_tally_of_cases_by_regency_of_one_province_is_the_provinces(text):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Jawa Barat")


def test_a_list_without_counts_keeps_its_first_regency():
    text = ("Bawaslu menerima aduan pelanggaran netralitas ASN.\nAduan datang dari Kabupaten "
            "Garut, Kabupaten Tasikmalaya dan Kota Bandung.")
    assert place_of(None, text).region.regency == "Kabupaten Garut"


@pytest.mark.parametrize("text", [
    ("Koalisi pemantau menemukan lima dugaan pelanggaran netralitas ASN.\n\"Dua di Provinsi "
     "Maluku, dua di Provinsi Maluku Utara dan satu di Provinsi Papua Barat,\" katanya."),
    ("Tim pemantau mencatat dugaan ASN tidak netral di Provinsi Sulawesi Tengah dan Provinsi "
     "Gorontalo selama masa kampanye."),
])
def test_a_breakdown_by_province_names_no_province(text):
    place = place_of(None, text)
    assert place is None or (place.region, place.province_name) == (None, None)


@pytest.mark.parametrize(("text", "province"), [
    ("Sekretaris Daerah Aceh Rahmat Fajri meminta ASN menjaga netralitas dalam rapat "
     "koordinasi Pilkada, Senin (4/11/2024).", "Aceh"),
    ("Plt Sekda Jambi Sudirman mengingatkan ASN agar netral pada Pilkada 2024.", "Jambi"),
    ("Komisi Independen Pemilihan (KIP) Aceh menggelar sosialisasi netralitas ASN bersama "
     "Panwaslih Aceh.", "Aceh"),
    ("Wakil Gubernur Bengkulu Rahmat Hidayat meminta ASN tidak berpihak di Pilkada.", "Bengkulu"),
])
def test_a_province_secretary_or_aceh_body_names_the_province(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, province)


@pytest.mark.parametrize("links", [
    "Baca juga: Bawaslu Kabupaten Lebak Temukan ASN Tak Netral",
    "Baca:\n- Pemkab Pandeglang Gelar Apel Netralitas\n- Bupati Lebak Ingatkan ASN Netral",
    "Simak juga:\n• Bawaslu Kabupaten Lebak Awasi Kampanye",
])
def test_regions_in_links_to_other_articles_are_not_the_place(links):
    text = ("Bawaslu Provinsi Banten mengingatkan ASN agar netral selama Pilkada 2024.\n"
            f"{links}\n\"ASN harus menjaga netralitas,\" ujar Ketua Bawaslu Banten Ali Faisal.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Banten")


def test_a_dash_list_without_a_link_heading_still_names_regions():
    text = ("Bawaslu menemukan pelanggaran netralitas ASN di sejumlah daerah:\n- Kabupaten Lebak, "
            "tiga kepala desa.\nSemuanya diteruskan ke KASN.")
    assert place_of(None, text).region.regency == "Kabupaten Lebak"


@pytest.mark.parametrize("links", [
    "Baca juga: Bawaslu Kabupaten Lebak Temukan ASN Tak Netral",
    "Baca:\n- Pemkab Pandeglang Gelar Apel Netralitas\n- Bawaslu Kabupaten Lebak Ingatkan ASN",
])
def test_a_link_is_not_the_place_of_a_story_naming_none(links):
    text = ("Netralitas ASN menjadi perhatian Bawaslu selama Pilkada 2024.\n"
            f"{links}\n\"ASN harus menjaga netralitas,\" ujar seorang komisioner.")
    place = place_of(None, text)
    assert place is None or place.region is None

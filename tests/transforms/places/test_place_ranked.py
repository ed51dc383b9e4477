"""A region after a ranking or a happening that a held-at verb runs into ("dari daerah yang
menggelar pilkada, pelanggaran terbanyak terjadi di X"): where cases were most or took place,
not where a gathering was held, so the dateline's city stands. A gathering held at a region,
with a ranking elsewhere in the text, keeps that region. Invented texts."""

import pytest

from transforms.places.resolve import place_of


def _where(place):
    return (place.region.regency if place and place.region else None,
            place.province_name if place else None)


@pytest.mark.parametrize("text", [
    ("Bawaslu Jawa Barat sudah menangani 96 dugaan pelanggaran, Selasa (24/11/2020).\n"
     "Dari tujuh daerah yang menggelar pilkada tahun ini, pelanggaran terbanyak terjadi di "
     "Kabupaten Garut."),
    ("Komisioner Bawaslu Jawa Barat Dedi Kurnia memaparkan rekap penanganan pelanggaran.\n"
     "Di antara wilayah yang menyelenggarakan coblosan itu, kasus ASN tertinggi di "
     "Kota Depok, disusul Kabupaten Bekasi."),
    ("Pengawas pemilu provinsi merilis data aduan masyarakat pekan ini.\nSejak tahapan "
     "berlangsung, aduan paling banyak di Kabupaten Karawang dengan 14 aduan."),
    ("Bawaslu Jawa Barat menggelar evaluasi pengawasan bersama jajaran, dugaan pelanggaran "
     "ASN ditemukan di Kabupaten Cianjur dan Kabupaten Sukabumi."),
    # a linking word between the ranking and "di"
    ("Pengawas provinsi menggelar rapat pleno, sebaran kasus terbanyak masih berada di Kota "
     "Bekasi."),
    # those involved where the case took place, after a candidate's gathering
    ("Ketua Bawaslu Jawa Barat mengatakan ditemukan ASN saat deklarasi ada juga kepala desa "
     "yang terlibat di Kabupaten Garut maupun di Kabupaten Cianjur."),
])
def test_a_ranking_after_a_held_verb_is_no_place(text):
    assert _where(place_of("SUBANG", text)) == ("Kabupaten Subang", "Jawa Barat")


@pytest.mark.parametrize(("text", "regency"), [
    # the gathering's own place, a ranking after it in another sentence
    ("Bawaslu Jawa Barat menggelar rapat evaluasi di Kota Cirebon, Selasa (24/11/2020).\n"
     "Pelanggaran terbanyak terjadi di Kabupaten Garut.", "Kota Cirebon"),
    # a case word before "di" that is a gathering's topic, not a ranking
    ("Bawaslu Jawa Barat menggelar sosialisasi pencegahan pelanggaran di Kabupaten "
     "Purwakarta, Rabu (25/11/2020).", "Kabupaten Purwakarta"),
])
def test_a_gathering_held_at_a_region_keeps_it(text, regency):
    assert _where(place_of("SUBANG", text))[0] == regency


# The same with the day written after the region: the ranked region is not where it was said.
_LEAD = "Pengawas pemilu Jawa Barat merekap 88 dugaan pelanggaran sepanjang tahapan tahun ini.\n"


@pytest.mark.parametrize("text", [
    "Menurut Dedi, aduan tertinggi di Kabupaten Garut, Selasa (24/11/2020).",
    "Dedi menyebut pelanggaran paling banyak di Kota Depok, Selasa (24/11/2020).",
    "Dedi menuturkan kasus paling banyak ditemukan di Kota Depok pada Selasa (24/11/2020).",
    "Dedi menambahkan, aduan terendah di Kota Banjar, Selasa (24/11/2020).",
])
def test_a_ranked_region_with_the_day_is_no_place(text):
    assert _where(place_of("SUBANG", _LEAD + text)) == ("Kabupaten Subang", "Jawa Barat")


@pytest.mark.parametrize("text", [
    "Rekap itu disampaikan Dedi di Kota Depok, Selasa (24/11/2020).",
    "Dedi memaparkannya dalam rapat evaluasi di Kota Depok, Selasa (24/11/2020).",
])
def test_where_the_ranking_was_told_with_the_day_stays(text):
    assert _where(place_of("SUBANG", _LEAD + text))[0] == "Kota Depok"

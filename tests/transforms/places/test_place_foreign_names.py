"""A bare place name read with no outlet province, on invented paragraphs: a city of a province
the text never names, while it names another province's regions with a kind, title or body,
is not the place (a name said with the day that is a city elsewhere and the text's regency
here; a dateline's later part that is an outlet's name a city shares); not when the text names
that city again, gives the outlet's province, or the dateline's first part is a place."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("Pemerintah Daerah Kabupaten Banjar mengingatkan pegawai agar tidak memihak.\n\"Sanksi "
     "menanti,\" kata Rahmadi, Banjar, Selasa (10/11).", "Kabupaten Banjar"),
    ("Seluruh pegawai di Kabupaten Banjar diminta tidak memihak.\nKetua pengawas itu, Yusran, "
     "menyampaikan imbauan tersebut di Banjar, Kamis.", "Kabupaten Banjar"),
    ("Imbauan bagi ASN di Kabupaten Banjar disebar lewat spanduk di setiap desa. \"Kami pantau "
     "terus,\" ujar Hasanah, Banjar, Rabu (18/11/2020).", "Kabupaten Banjar"),
    ("JALAN MERDEKA, METRO - Penjabat Wali Kota Padang mengingatkan pegawai Pemko Padang agar "
     "tidak ikut berkampanye.", "Kota Padang"),
    ("Lapangan Bundar, Metro \u2013 Bupati Agam memimpin apel pagi dan menyerukan sikap netral "
     "bagi pegawai.", "Kabupaten Agam"),
])
def test_a_bare_name_of_a_province_the_text_never_names_is_not_the_place(text, regency):
    place = place_of(None, text)
    assert place.region.regency == regency


@pytest.mark.parametrize(("text", "province", "regency"), [
    # the city is named again with its kind
    ("Kota Banjar menggelar apel netralitas.\n\"Kami siap,\" kata Wali Kota Banjar, Budi, di "
     "Banjar, Senin.", None, "Kota Banjar"),
    # the outlet's province says which
    ("Pemerintah Daerah Kabupaten Banjar mengingatkan pegawai agar tidak memihak.\n\"Sanksi "
     "menanti,\" kata Rahmadi, Banjar, Selasa (10/11).", "Jawa Barat", "Kota Banjar"),
    # the dateline's first part is a place
    ("PADANG, METRO - Penjabat Wali Kota Padang mengingatkan pegawai agar tidak ikut "
     "berkampanye.", None, "Kota Padang"),
    # the dateline's city is named again in the body
    ("JALAN MERDEKA, METRO - Pemkot Metro menggelar apel pagi bagi pegawainya.", None,
     "Kota Metro"),
])
def test_a_bare_name_the_text_backs_stays(text, province, regency):
    place = place_of(None, text, province)
    assert place.region.regency == regency

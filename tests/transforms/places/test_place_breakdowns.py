"""A tally of cases by region or by province, or a region it ranks, says where the cases are,
not where the occasion was; a province's secretary and Aceh's election bodies name the
province; links to other articles (a list under a link heading, a bulleted headline, a
read-also line) are not the story's place."""

import pytest

from transforms.page_links import link_at
from transforms.places.resolve import place_of


@pytest.mark.parametrize("text", [
    ("Sepanjang Pilkada lalu tercatat 41 ASN dilaporkan tidak netral.\nKasus terbanyak di "
     "Kabupaten Garut sebanyak 9 kasus, Kabupaten Tasikmalaya 7, Kota Bandung 5 dan Cianjur 3."),
    ("Kasus netralitas ASN paling banyak tercatat di Kota Bandung (6 ASN), Kabupaten "
     "Garut (4 ASN) dan Kabupaten Bogor (2 ASN).\nSemua kasus sudah diteruskan ke BKN."),
    ("Data pelanggaran netralitas ASN: Kabupaten Garut 12 orang, Kota Bandung 8 orang, "
     "Kabupaten Bekasi 3 orang.\nSebagian sudah dijatuhi sanksi."),
    # bare names tallied first, then one region named alone ("... masih nihil")
    ("Puluhan pegawai sudah diadukan ke pengawas pemilu.\nRinciannya Garut 12 orang, "
     "Tasikmalaya 7 orang dan Cianjur 3 orang.\nAdapun Sumedang sejauh ini masih nihil."),
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


@pytest.mark.parametrize("later", [
    "Baca juga: Pemprov Sumbar: Rakor netralitas ASN digelar pekan depan",
    "- Sapa Warga Agam, Budi: Kami Akan Bangun Jalan Desa",
])
def test_a_read_also_line_or_list_item_does_not_start_the_story(later):
    text = ("Rapat koordinasi netralitas ASN digelar di Kota Bandung, Senin (18/3/2019), "
            f"dihadiri para kepala perangkat daerah.\n{later}\nKegiatan berlangsung tertib.")
    place = place_of(None, text)
    assert place.region.regency == "Kota Bandung"


@pytest.mark.parametrize("ranking", [
    "terbanyak pengawasan di Sijunjung 140 kali",
    "paling banyak di Sijunjung dengan 140 kegiatan",
    "tertinggi di Sijunjung, disusul Solok Selatan",
])
def test_a_region_ranked_in_a_province_bodys_tally_is_not_the_place(ranking):
    text = ("Bawaslu Provinsi Sumatera Barat mencatat 400 kegiatan pengawasan selama masa kampanye "
            "Pilkada serentak 2024 di seluruh kabupaten dan kota.\n"
            f"\"Pengawasan {ranking},\" kata anggota Bawaslu Sumbar Rina Marlina. Di Dharmasraya "
            "dan Pasaman Barat masing-masing 60 kali.")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "Sumatera Barat"


@pytest.mark.parametrize("text", [
    ("Menteri Dalam Negeri membuka rapat kerja pembinaan pegawai pada Kamis (8/5/2025).\n"
     "Dalam rapat itu hadir pula Gubernur Maluku, Rahman Latuconsina, serta para sekda "
     "kabupaten dan kota se-Indonesia."),
    ("Kepala BKN meminta pegawai menjaga netralitas dalam forum evaluasi kepegawaian, Rabu (3/9).\n"
     "Forum itu dihadiri Pj. Gubernur Jambi, Irwan Sitompul; dan wakil pemerintah daerah dari "
     "seluruh Indonesia."),
    ("Rakornas pengawasan ASN berlangsung sehari penuh, Senin (12/8).\nTurut hadir Sekda "
     "Provinsi Gorontalo beserta kepala BKD dari seluruh Indonesia."),
])
def test_a_province_head_among_attendees_from_all_over_the_country_names_no_province(text):
    place = place_of(None, text)
    assert place is None or place.province_name is None

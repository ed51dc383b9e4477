"""Province-level occasions without a dateline, on invented paragraphs: the governor or a
provincial body leads and the regencies come later in passing, or are named only as where
cases were found (not where the occasion was)."""

import pytest

from transforms.places.resolve import place_in, place_of


@pytest.mark.parametrize(("text", "province"), [
    ("Penjabat Gubernur Sumatera Barat Hendra Wijaya mengingatkan seluruh ASN di Sumbar untuk "
     "menjaga netralitas pada Pilkada 2024.\nIa menyebut Pemkab Agam telah menggelar apel "
     "serupa.", "Sumatera Barat"),
    ("Pj Gubernur Sulsel mengingatkan ASN netral saat apel pagi di halaman kantor gubernur, "
     "Senin (7/10/2024).\nBupati Gowa turut hadir dalam apel tersebut.", "Sulawesi Selatan"),
    ("Wakil Gubernur Jawa Timur meminta ASN tidak mengunggah dukungan kepada calon di media "
     "sosial.\nBawaslu Kabupaten Sidoarjo sebelumnya menerima laporan.", "Jawa Timur"),
    # the province an election is held in, no regency's government named after it, the
    # governor speaking: the province's
    ("Pilkada serentak 2020 di Provinsi Sumatera Barat bakal digelar pada 9 Desember 2020.\n"
     "Gubernur Sumbar Rudi Hartono mengingatkan agar ASN tetap netral.\nSumbar akan menggelar "
     "Pemilihan Wali Kota dan Wakil Wali Kota Padang serta pemilihan gubernur.", "Sumatera Barat"),
    # (the governor acting first, a regency following it up later in the sentence)
    ("Jelang Pilkada serentak 2024 di Provinsi Sumatera Barat, Gubernur Sumatera Barat "
     "mengeluarkan surat edaran netralitas ASN, dan Pemerintah Kabupaten Agam "
     "menindaklanjutinya.", "Sumatera Barat"),
    ("Badan Pengawas Pemilu (Bawaslu) Provinsi Jawa Tengah sudah menerima 57 laporan soal "
     "pegawai yang tidak netral.\nKasus terbanyak di Kabupaten Pemalang.", "Jawa Tengah"),
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
    # the province an election is held in is no province body leading the story
    ("Jelang Pilkada Serentak 2024 di Provinsi Sumatera Barat, termasuk Pilkada Bupati Agam, "
     "Pemerintah Kabupaten Agam mengeluarkan surat edaran netralitas ASN.", "Kabupaten Agam"),
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


@pytest.mark.parametrize("lead", [
    "Laporan dugaan pelanggaran netralitas lima kepala desa saat Pilgub Jambi diteruskan ke "
    "Mendagri oleh pengawas pemilu pekan ini.",
    "Pengawas pemilu meneruskan berkas dugaan pelanggaran netralitas seorang camat kepada "
    "KASN agar segera diproses.",
    "Hasil kajian dugaan pelanggaran netralitas ASN dilaporkan ke Badan Kepegawaian Negara.",
])
def test_a_national_body_a_case_is_sent_to_does_not_hold_the_occasion(lead):
    place = place_of(None, lead + "\nKetua Bawaslu Provinsi Jambi Andi Saputra mengatakan "
                                  "laporan itu telah dikaji.")
    assert (place.region, place.province_name) == (None, "Jambi")


def test_a_list_of_case_regencies_after_the_lead_is_the_provinces_occasion():
    text = ("Pengawas pemilu mendapat aduan dugaan pelanggaran netralitas kepala desa menjelang "
            "Pilgub Jambi 2024 dan meneruskannya kepada Gubernur Jambi.\nBerikut desa yang "
            "dilaporkan:\n1. Desa Sungai Rambai, Kabupaten Merangin\n2. Desa Talang Kawo, "
            "Kabupaten Bungo\n3. Desa Pulau Tengah, Kabupaten Kerinci")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Jambi")


def test_a_province_body_tallying_cases_by_regency_is_the_provinces_occasion():
    text = ("Badan Pengawas Pemilu (Bawaslu) Provinsi Banten mencatat Kabupaten Lebak dan "
            "Kabupaten Serang rawan pelanggaran netralitas ASN pada Pilkada 2024.\n\"Di Lebak ada "
            "empat pelanggaran, dua sudah diputus KASN,\" ujar Ketua Bawaslu Banten Rudi Hartono."
            "\nSelain itu, di Kota Cilegon ditemukan satu kasus dan di Kota Serang dua kasus.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Banten")


@pytest.mark.parametrize(("text", "regency"), [
    # no province body: the first regency named
    ("Bawaslu mendapat aduan dugaan pelanggaran netralitas pegawai.\nLaporan datang dari "
     "Kabupaten Lebak, Kabupaten Serang dan Kota Cilegon.", "Kabupaten Lebak"),
    # many regencies, but the city is named as where something stands, not with a tally
    ("Bawaslu Provinsi NTB melaporkan sejumlah ASN ke KASN.\nBaliho bergambar Pj Gubernur "
     "terpasang di Kota Mataram.\nKepala dinas di Lombok Barat, Kabupaten Lombok Timur dan "
     "Kabupaten Sumbawa juga dilaporkan.", "Kota Mataram"),
])
def test_no_province_body_or_no_tally_keeps_the_regency(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_region_named_as_where_the_cases_are_is_not_where_the_province_body_spoke():
    text = ("Bawaslu Sulawesi Tengah menerima laporan tiga kepala desa yang diduga tidak netral "
            "pada Pilkada 2024.\n\"Ada dua kades di Kabupaten Sigi dan satu kades di Kabupaten "
            "Poso,\" ujar Ketua Bawaslu Sulteng Nasrun Lamarauna.\nSedangkan di Poso, laporan "
            "masih diproses.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Sulawesi Tengah")


def test_a_city_named_only_as_where_the_province_body_spoke_stays():
    text = ("Bawaslu Sulawesi Tengah menerima laporan tiga kepala desa yang diduga tidak netral "
            "pada Pilkada 2024.\nHal itu disampaikan Ketua Bawaslu Sulteng di Palu kepada "
            "wartawan.")
    assert place_of(None, text).region.regency == "Kota Palu"


def test_an_occasion_whose_sentences_name_no_place_takes_the_province_body_named_elsewhere():
    text = ("Bawaslu Sulawesi Tengah menerima laporan kepala desa yang tidak netral.\n"
            "\"Jaga netralitas,\" ujarnya, Selasa (12/11/2024).")
    second = text.index("\"Jaga")
    place = place_in(text, [(second, len(text))])
    assert (place.region, place.province_name) == (None, "Sulawesi Tengah")


@pytest.mark.parametrize(("dateline", "text", "regency"), [
    # a province body speaks at its seat; the regency of the same name is where cases are
    (None, "Koordinator Divisi Hukum Bawaslu Jawa Barat, Rina Marlina, menyebut ada 40 dugaan "
     "pelanggaran netralitas ASN, kata dia di Bandung, Rabu (9/10/2024).\nSebagian besar "
     "laporan datang dari Pemkab Bandung.", "Kota Bandung"),
    (None, "Pj Gubernur Nusa Tenggara Timur mengingatkan ASN menjaga netralitas saat apel di "
     "Kupang, Senin (7/10/2024).\nBupati Kupang turut hadir.", "Kota Kupang"),
    ("SERANG", "Bawaslu Provinsi Banten mencatat 25 laporan pelanggaran netralitas ASN.\n"
     "Laporan terbanyak datang dari Kabupaten Serang.", "Kota Serang"),
    ("GORONTALO", "Pemprov Gorontalo menggelar apel netralitas ASN di halaman kantor, Senin "
     "(7/10/2024).\nASN Kabupaten Gorontalo juga diminta netral.", "Kota Gorontalo"),
    # a regency body leads: its own regency
    (None, "SERANG - Bawaslu Kabupaten Serang menerima tiga laporan pelanggaran netralitas kepala "
     "desa di Kabupaten Serang.", "Kabupaten Serang"),
    # a capital's own name is its regency's ("Sentani": Kabupaten Jayapura)
    ("JAYAPURA", "Pemprov Papua menggelar apel netralitas ASN di Stadion Barnabas Youwe, "
     "Sentani, Senin (15/1/2024).", "Kabupaten Jayapura"),
])
def test_a_twin_name_in_a_province_bodys_article_is_its_seat(dateline, text, regency):
    assert place_of(dateline, text).region.regency == regency


def test_a_long_venue_phrase_before_the_city_and_the_day():
    text = ("Pj Gubernur Jawa Tengah memberi pengarahan kepada Penjabat Bupati Kendal di Gedung "
            "Serbaguna Bhakti Karya, Kompleks Perkantoran Pemprov, Semarang, Selasa (5/3/2024).\n"
            "Penjabat Bupati Kendal diminta menjaga agar ASN tidak berpihak.")
    assert place_of(None, text).region.regency == "Kota Semarang"


@pytest.mark.parametrize(("title", "want"), [
    ("Bawaslu Jatim: Tiga Kepala Sekolah di Kediri Terbukti Tidak Netral", (None, "Jawa Timur")),
    ("KASN: Lima ASN di Kediri Dijatuhi Sanksi Moral", (None, "DKI Jakarta")),
    # no speaker, or a regency's own body speaking
    ("Tiga Kepala Sekolah di Kediri Terbukti Tidak Netral", ("Kabupaten Kediri", "Jawa Timur")),
    ("Bawaslu Kediri: Tiga Kepala Sekolah Terbukti Tidak Netral",
     ("Kabupaten Kediri", "Jawa Timur")),
])
def test_a_headline_naming_its_speaker_leads_a_story_that_opens_mid_quote(title, want):
    text = ("\"Kami rekomendasikan sanksi moral berupa pernyataan terbuka,\" tegas Rina.\n"
            "Ia menambahkan, sebanyak 12 ASN di Kediri sudah direkomendasikan KASN.\n"
            "Bawaslu Kabupaten Kediri kemudian meneruskan fakta persidangan itu ke KASN.")
    place = place_of(None, text, title=title)
    assert (place.region.regency if place.region else None, place.province_name) == want


def test_a_regency_body_in_the_lead_beats_the_headline_speaker():
    title = "Bawaslu Jatim: ASN Harus Netral"
    text = ("Bawaslu Kabupaten Kediri menggelar sosialisasi netralitas ASN di aula kantornya, "
            "Senin (7/10/2024), yang dihadiri ratusan kepala sekolah dan guru.")
    assert place_of(None, text, title=title).region.regency == "Kabupaten Kediri"

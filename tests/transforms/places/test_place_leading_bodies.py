"""Which body leads the story, on invented paragraphs: a national body about one regency places
it there and about none stays national, a desk's Jakarta dateline over another province's body
is that province's, a document's issuers lead nothing; a province body before a regency means
its seat, a province after a regency is its locator (a regency body opening the lead under
another city's dateline: test_place_lead_holder.py); a province after "di" is a province-level
occasion, a tally's is not; a regency's staff in a province body's story are not the place."""

import pytest

from transforms.places.province_level import lead_national, province_mention
from transforms.places.resolve import place_of

ISSUERS = ("Rabu, 5 Juni 2029, sesuai dengan Keputusan Bersama Menteri Dalam Negeri, Kepala Badan "
           "Kepegawaian Negara dan Ketua Bawaslu tentang pedoman netralitas pegawai, Pemkab "
           "Sukamaju menggelar pembacaan ikrar bagi para pegawai.")
SPEAKER = ("Rabu, 5 Juni 2029, Kepala Badan Kepegawaian Negara mengingatkan seluruh pegawai agar "
           "menjaga netralitas dalam Pilkada dan tidak ikut berkampanye.")


@pytest.mark.parametrize(("text", "regency"), [
    ("Badan Kepegawaian Negara (BKN) memutuskan dua kepala desa di Kabupaten Agam "
     "terbukti tidak netral dalam Pilkada 2024.\nBKN meminta bupati menjatuhkan "
     "sanksi.", "Kabupaten Agam"),
    ("Komisi Aparatur Sipil Negara (KASN) menyurati Bawaslu Kota Padang "
     "agar memanggil tiga ASN untuk klarifikasi.\nKetua Bawaslu membenarkan surat itu.",
     "Kota Padang"),
    ("Kemendagri menegur Bupati Agam karena belum menindaklanjuti rekomendasi "
     "sanksi bagi ASN yang tidak netral.", "Kabupaten Agam"),
    # the lead sentence names none; the rest names one regency only, by its own officials
    ("Badan Kepegawaian Negara (BKN) menjatuhkan hukuman disiplin kepada dua pegawai yang "
     "berpihak.\nKeduanya staf Dinas Pertanian Agam dan guru di Agam.\nKepala BKPSDM Agam "
     "Rudi Hartono membenarkan surat keputusan itu sudah diterima.", "Kabupaten Agam"),
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


@pytest.mark.parametrize(("text", "province"), [
    ("\"Sejauh ini di Jatim semua putusan sudah dijalankan,\" kata Budi.", "Jawa Timur"),
    ("Rapat koordinasi itu digelar di Sulawesi Tengah dan diikuti para camat.", "Sulawesi Tengah"),
    ("Menurut Rina, di Provinsi Sumatera Barat ikrar itu dibacakan bersama.", "Sumatera Barat"),
    ("\"Kami ingatkan lagi di Kalbar, jangan ada yang ikut kampanye,\" ujar Hendra.",
     "Kalimantan Barat"),
])
def test_a_province_named_after_di_is_a_province_level_occasion(text, province):
    place = place_of(None, text)
    assert place.region is None
    assert place.province_name == province


@pytest.mark.parametrize("text", [
    # where the cases were found: a tally, not the occasion
    "Dugaan pelanggaran terbanyak ditemukan di Sulawesi Tenggara dengan 37 kasus.",
    "Yang paling sedikit ada di Bali dengan satu kasus, lalu Riau dua kasus.",
    # where the civil servants are
    "Ratusan ASN di Jawa Tengah diminta menjaga netralitas.",
    # two provinces in one sentence: neither is the occasion's
    "Sosialisasi serupa digelar di Jawa Barat dan di Jawa Tengah.",
])
def test_a_tallys_province_is_not_the_occasions(text):
    place = place_of(None, text)
    assert place is None or place.province is None


@pytest.mark.parametrize("lead", [
    # people named with their regency, the province's body reporting on them
    "Mataram, Koran - Sebanyak 80 ASN Kabupaten Bima yang melanggar netralitas sudah "
    "direkomendasikan Bawaslu NTB ke BKN.",
    # the province's body leads
    "Padang, Warta - Bawaslu Sumbar meminta Bupati Agam menindak camat yang berkampanye.",
    # the regency is where the cases are
    "Palu, Koran - Pelanggaran netralitas ditemukan di Kabupaten Donggala, kata Ketua Bawaslu "
    "Sulteng.",
    # a dateline that is not the province's seat
    "Bukittinggi, Warta - Bawaslu Kabupaten Agam menggelar sosialisasi netralitas ASN.",
])
def test_other_leads_keep_the_dateline(lead):
    place = place_of(None, f"{lead}\nKegiatan itu diikuti puluhan peserta.")
    head = lead.split(",")[0].split(" (")[0].title()
    assert place.region is not None and head in place.region.regency


@pytest.mark.parametrize("lead", [
    "Padang, Warta - ASN yang bertugas di Kabupaten Agam diminta netral.",
    "Padang, Warta - Sebelumnya sosialisasi serupa digelar Bawaslu di Kabupaten Agam.",
    "Padang, Warta - Pemkab Agam hadir dalam rapat itu.",
])
def test_a_regency_not_opening_the_lead_or_doing_nothing_keeps_the_dateline(lead):
    place = place_of(None, f"{lead}\nKegiatan itu diikuti puluhan peserta.")
    assert place.region is not None and place.region.regency == "Kota Padang"


@pytest.mark.parametrize("text", [
    "Bawaslu Gorontalo Utara mengimbau ASN menjaga netralitas.",
    "KPU Bengkulu Selatan menggelar rapat netralitas.",
])
def test_a_regency_named_on_from_the_provinces_name_is_no_province_body(text):
    assert province_mention(text, [(0, len(text))]) is None


def test_a_province_body_is_still_one():
    text = "Bawaslu Gorontalo mengimbau ASN menjaga netralitas."
    assert province_mention(text, [(0, len(text))])[2][1] == "Gorontalo"


@pytest.mark.parametrize("staff", [
    "dua ASN lingkup Pemerintah Kabupaten Mamasa",
    "dua pegawai di lingkungan Pemkab Mamasa",
    "dua PNS jajaran Pemkab Mamasa",
    "dua Aparatur Sipil Negara (ASN) di lingkup Pemerintah Kabupaten Mamasa",
])
def test_staff_of_a_regency_named_in_a_province_bodys_story_is_not_the_place(staff):
    text = (f"Diduga tidak netral, {staff} direkomendasikan ke KASN.\n"
            "Anggota Bawaslu Provinsi Sulawesi Barat Yusuf Tahir menjelaskan keputusan itu diambil "
            "setelah pemeriksaan, saat dikonfirmasi melalui telepon, Sabtu (5/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "Sulawesi Barat"


def test_a_regency_government_holding_the_occasion_is_still_its_place():
    text = ("Pemerintah Kabupaten Mamasa menggelar apel netralitas ASN lingkup Pemkab Mamasa, "
            "Senin (7/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region.regency == "Kabupaten Mamasa"


@pytest.mark.parametrize(("lead", "province"), [
    ("Badan Pengawas Pemilu (Bawaslu) Sulawesi Tenggara menyelidiki laporan dugaan ASN tidak "
     "netral di Dinas Pendidikan.", "Sulawesi Tenggara"),
    ("Pemprov Kalimantan Selatan memeriksa dua pejabat yang diduga mendukung calon.",
     "Kalimantan Selatan"),
])
def test_a_desks_jakarta_dateline_over_another_provinces_body(lead, province):
    text = (f"KABARNASIONAL.COM, Jakarta - {lead} \"Sedang kami dalami,\" kata ketuanya saat "
            "dihubungi, Rabu (9/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is None and place.province_name == province


def test_a_jakarta_dateline_over_a_national_body_stays_the_capital():
    text = ("KABARNASIONAL.COM, Jakarta - Bawaslu RI menerima 120 laporan dugaan ASN tidak netral. "
            "\"Sedang kami dalami,\" kata anggota Bawaslu RI Lolly Suhenty, Rabu (9/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.province_name == "DKI Jakarta"


@pytest.mark.parametrize(("text", "regency"), [
    # "Provinsi Jawa Tengah" says where the regency lies: no province body leads the article
    ("Semarang (ANTARA) - Bawaslu Kabupaten Semarang, Provinsi Jawa Tengah, mengumpulkan para "
     "kepala desa untuk sosialisasi netralitas.", "Kabupaten Semarang"),
    ("Kupang (ANTARA) - Bawaslu Kabupaten Kupang, Provinsi Nusa Tenggara Timur, mengumpulkan "
     "para kepala desa untuk sosialisasi netralitas.", "Kabupaten Kupang"),
    ("Semarang (ANTARA) - Pemerintah Kabupaten Semarang, Provinsi Jawa Tengah, mengumpulkan "
     "para camat untuk sosialisasi netralitas ASN di Ungaran.", "Kabupaten Semarang"),
])
def test_a_province_named_after_the_regency_is_its_locator(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_province_body_before_the_regency_still_means_the_seat():
    text = ("Serang (ANTARA) - Bawaslu Provinsi Banten mencatat laporan pelanggaran netralitas "
            "ASN dari Kabupaten Serang dan Kabupaten Lebak.")
    assert place_of(None, text).region.regency == "Kota Serang"


def test_a_documents_issuer_does_not_lead_the_story():
    assert lead_national(ISSUERS, [(0, len(ISSUERS))], len(ISSUERS)) is None


def test_a_national_body_speaking_still_leads_it():
    found = lead_national(SPEAKER, [(0, len(SPEAKER))], len(SPEAKER))
    assert found is not None and found[2][1] == "DKI Jakarta"

"""Officials' titles as pages write them, on invented sentences: written short, with a dot,
misspelled, spelled out with their acronym or in one word, in lower case, glued to their
office or inside a longer word, with a hyphen or a slash; a lower-case body with no name
names no one."""

from __future__ import annotations

import pytest
from official_checks import found, names, pairs

from transforms.events.officials.office_words import is_office_word


def test_directorate_head_written_short():
    assert found("Dir Intelkam Polda Sumbar Kombes Pol Rudi Hartawan mengatakan ASN netral.") == [
        ("Direktur Intelkam Polda", "Rudi Hartawan")]


@pytest.mark.parametrize(("text", "title"), [
    ("Sekretatis Daerah Agam Rudi Hartawan hadir.", "Sekretaris Daerah"),
    ("Gubenur Sumbar Rudi Hartawan hadir.", "Gubernur"),
    ("Wakil Gubenur Sumbar Rudi Hartawan hadir.", "Wakil Gubernur"),
    ("Guberur Sumbar Rudi Hartawan hadir.", "Gubernur"),
    ("Wakil Guberur Sumbar Rudi Hartawan hadir.", "Wakil Gubernur"),
    ("Kordinator Divisi Hukum Bawaslu Agam Rudi Hartawan hadir.",
     "Koordinator Divisi Hukum Bawaslu"),
    ("Komisoner KPU Agam Rudi Hartawan hadir.", "Komisioner KPU"),
    ("Komisiner Bawaslu Agam Rudi Hartawan hadir.", "Komisioner Bawaslu"),
    ("Sementara, Komisiner Bawalsu Jambi, Rudi Hartawan menyampaikan salam.",
     "Komisioner Bawaslu"),
])
def test_common_misspellings_of_titles(text, title):
    assert found(text) == [(title, "Rudi Hartawan")]


def test_hyphenated_office_words() -> None:
    assert is_office_word("BK-Diklat") and is_office_word("Kesbang-Linmas")
    assert not is_office_word("Abdul-Aziz") and not is_office_word("Siti-Nur")


def test_a_division_coordinator_by_kodiv() -> None:
    assert names("jelas Kodiv Penindakan Bawaslu Provinsi Bali, I Made Sudarta, Kamis (17/1).") \
        == ["I Made Sudarta"]


@pytest.mark.parametrize("text, name", [
    # two offices joined by a slash, the second a forum of village heads
    ("Menanggapi hal itu, Rudi Hamzah, Ketua Apdesi/ Forum Keuchik Kecamatan Lamjruen, "
     "menyampaikan bahwa seluruh keuchik netral.", "Rudi Hamzah"),
    ("Ketua Forum Keuchik Kecamatan Darul Imarah, Yusuf Hakim, menyampaikan sikap netral.",
     "Yusuf Hakim"),
    ("Kepala BKPSDM/Sekretaris Korpri Agam, Rudi Hamzah, menyampaikan aturan.", "Rudi Hamzah"),
])
def test_slash_titles(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # "Antara" for "Antar" inside a division's name, at every level and word order
    ("Koordinator Divisi Pencegahan dan Hubungan Antara Lembaga Bawaslu Provinsi Jawa Tengah "
     "Rudi Hartono mengatakan ASN harus netral.", "Rudi Hartono"),
    ('"ASN wajib netral," kata Kordiv Pencegahan, Parmas dan Hubungan Antara Lembaga Bawaslu '
     "Kabupaten Garut, Siti Aminah, Senin.", "Siti Aminah"),
    ("Anggota Bawaslu Kota Depok Divisi Hubungan Antara Lembaga, Dedi Kurnia, membuka acara.",
     "Dedi Kurnia"),
    # initials in capitals closing a name
    ('"Sudah kami panggil," kata Ketua Bawaslu Lombok Timur Rahmat HAZ kepada wartawan.',
     "Rahmat HAZ"),
    ("Kepala BKD Agam, Yusuf HMS, mengingatkan ASN agar netral.", "Yusuf HMS"),
])
def test_antara_in_a_divisions_name_and_capital_initials(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # a short-form head written with its dot, the office after it
    ("ujar Rudi Hartono, Kordiv. Penyelesaian Sengketa Bawaslu Magelang, kepada wartawan.",
     "Rudi Hartono"),
    ("kata Kabid. Mutasi BKD Garut, Rudi Hartono, kepada wartawan.", "Rudi Hartono"),
    ("Kadis. Pendidikan Kabupaten Garut Siti Aminah membuka sosialisasi netralitas ASN.",
     "Siti Aminah"),
    ("kata Kasubbag. Umum Bawaslu Garut, Dedi Kurnia, kepada wartawan.", "Dedi Kurnia"),
])
def test_short_form_heads_written_with_a_dot(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # the election body, and the district marker, written in lower case
    ("Kegiatan itu dibuka oleh ketua panwaslu kecamatan Sukamaju, Heri Susanto, S.Pd.",
     "Heri Susanto"),
    ("Menurut ketua bawaslu Garut, Rudi Hartono, ASN wajib netral.", "Rudi Hartono"),
    ("Acara dibuka kepala bkpsdm Kota Depok Siti Aminah di aula kantor.", "Siti Aminah"),
])
def test_election_bodies_in_lower_case(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Para ketua kpu se-Jawa Barat hadir dalam rapat itu.",
    "Surat itu dikirim ke ketua bawaslu untuk ditindaklanjuti.",
])
def test_lower_case_bodies_with_no_name_name_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    # "Devisi": a common slip for "Divisi", at the head and inside a coordinator's title
    ("Hal itu disampaikan Koordinator Devisi Hukum Bawaslu Jateng, Rina Wulandari, kemarin.",
     "Rina Wulandari"),
    ("Anggota merangkap Koordinator Devisi Penanganan Pelanggaran Bawaslu Kabupaten Sukamaju, "
     "Hendra Gunawan mengatakan kasus itu diproses.", "Hendra Gunawan"),
])
def test_division_slip(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # an election body spelled out, its acronym in parentheses, for its official
    ("Badan Pengawas Pemilihan Umum (Bawaslu) RI Nurul Hidayah mengatakan pelanggaran naik.",
     "Nurul Hidayah"),
    ("Badan Pengawas Pemilu Kabupaten Solok, Yudi Pratama, menjelaskan aturan kampanye.",
     "Yudi Pratama"),
    ("Komisi Pemilihan Umum (KPU) Kota Padang Andi Saputra menyampaikan jadwal tahapan.",
     "Andi Saputra"),
    # a body's name spelled out in lower case before its acronym
    ("Ketua panitia pengawas pemilihan umum (Panwaslu) Kabupaten Serang, Eko Prasetyo "
     "mengatakan belum ada laporan.", "Eko Prasetyo"),
    ("Menurut kepala badan kepegawaian daerah (BKD) Kota Mekarjaya, Rahmi Yuliani, ASN wajib "
     "netral.", "Rahmi Yuliani"),
])
def test_spelled_out_bodies(text: str, name: str) -> None:
    assert names(text) == [name]


def test_spelled_out_in_lower_case_takes_the_acronym() -> None:
    text = ("Ketua panitia pengawas pemilu (Panwaslu) Kabupaten Serang, Eko Prasetyo, "
            "mengatakan itu.")
    assert pairs(text) == [("Ketua Panwaslu", "Eko Prasetyo")]


@pytest.mark.parametrize("text, name", [
    # a long office word mistyped by one letter stays an office word, not a name
    ("Ia diterima Kepala Bagian Kesekretaritan Bawaslu Agam, Rahmat Hidayat, kemarin.",
     "Rahmat Hidayat"),
    ("Hadir Kepala Kanwil Kementrian Agama Provinsi Jambi, Syamsul Bahri, dalam apel itu.",
     "Syamsul Bahri"),
    ("Ketua Panitia Penyelenggaran Pemilu Kecamatan, Dodi Saputra, membuka rapat itu.",
     "Dodi Saputra"),
])
def test_office_word_slips(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    # a division written in lower case, joined by "dan", its acronym in parentheses
    ("Rina Sari, koordinator divisi penanganan pelanggaran dan penyelesaian sengketa Bawaslu "
     "Kota Mekarjaya, mengatakan kasus itu diproses.", "Rina Sari"),
    ("Rina Sari, koordinator divisi penanganan pelanggaran (P3S) Bawaslu Kota Mekarjaya, "
     "mengatakan kasus itu diproses.", "Rina Sari"),
    # "Kodip": the coordinator of a division, its v written p
    ('"Kami tangani," ujar Kodip Penindakan Bawaslu Provinsi Sukamaju, I Made Suarta, Kamis.',
     "I Made Suarta"),
])
def test_lower_case_division(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, expected", [
    # the anti-corruption commission spelled out, its name mistyped by one letter too
    ("Hadir Wakil Ketua Komisi Pemberantasan Korupsi (KPK) Rudi Hartono di Medan.",
     [("Wakil Ketua KPK", "Rudi Hartono")]),
    ("Hadir Wakil Ketua Komisi Pemerantasan Korupsi (KPK) Rudi Hartono di Medan.",
     [("Wakil Ketua KPK", "Rudi Hartono")]),
    # a national body has no regency branch: a regency's name after it opens the name
    ('"Itu," ujar Kepala BKN Bima Sakti Wibowo kepada wartawan. Bima mendesak PPK bertindak.',
     [("Kepala BKN", "Bima Sakti Wibowo")]),
    # a dinas's secretary in one word
    ("Sosialisasi dipandu Sekdisdikpora Kabupaten Buleleng, I Made Sudira, S.Pd.",
     [("Sekretaris Dinas", "I Made Sudira")]),
    ("Sekdinkes Agam Rahmat Hidayat mengatakan puskesmas tetap buka.",
     [("Sekretaris Dinas", "Rahmat Hidayat")]),
])
def test_bodies_spelled_out_or_in_one_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("text, title", [
    # a division's name in lower case, closed by the comma before its holder's name
    ("Komisioner Bawaslu Tebo, Kordiv pencegahan dan partisipasi masyarakat, Yulianti meminta "
     "PPK bertindak.", "Koordinator pencegahan dan partisipasi masyarakat"),
    ("Koordinator divisi hukum dan penyelesaian sengketa, Yulianti meminta PPK bertindak.",
     "Koordinator divisi hukum dan penyelesaian sengketa"),
])
def test_lower_case_division_then_name(text: str, title: str) -> None:
    assert pairs(text) == [(title, "Yulianti")]


def test_lower_case_body_without_acronym_names_no_one() -> None:
    assert names("Ketua panitia pengawas, Yulianti meminta PPK bertindak.") == []


def test_official_of_a_body_in_lower_case() -> None:
    text = "Rapat itu turut dihadiri pejabat Dinas Kominfo Tebo, Rina Sulastri, dan para lurah."
    assert pairs(text) == [("Pejabat Dinas Kominfo", "Rina Sulastri")]


@pytest.mark.parametrize("text, pair", [
    # a space lost between a title's head and its office: the capital tells the word apart
    ('"Surat sudah kami kirim," kata anggotaBawaslu Jambi, Rudi Hartono di Jambi, Rabu.',
     ("Anggota Bawaslu", "Rudi Hartono")),
    ("Rapat dipimpin KetuaKPU Jambi Rudi Hartono.", ("Ketua KPU", "Rudi Hartono")),
])
def test_head_glued_to_its_office(text: str, pair: tuple[str, str]) -> None:
    assert pairs(text) == [pair]


def test_head_inside_a_longer_word_still_no_title() -> None:
    assert names("Para kepalaan desa Sukamaju Rudi Hartono hadir.") == []


@pytest.mark.parametrize("text", [
    # a region written all in lower case after its marker, the name before the title
    "Rudi Hartanto, koordinator divisi pencegahan dan hubungan masyarakat Bawaslu kota "
    "tanah merah mengatakan, pihaknya menerima empat laporan.",
    "Rudi Hartanto, Ketua Bawaslu kabupaten agam menegaskan, tiga kasus masih diperiksa.",
    # and the title before the name
    "Anggota Bawaslu kota padang panjang, Rudi Hartanto, mengatakan laporan itu diproses.",
])
def test_lower_case_region(text: str) -> None:
    assert [name for _, name in pairs(text)] == ["Rudi Hartanto"]


@pytest.mark.parametrize(("text", "title"), [
    ("Ketua Bawaslu Agam didampingi Koordinator Divisi Penindakan dan Sangketa Rudi Hartawan.",
     "Koordinator Divisi Penindakan dan Sangketa"),  # "Sengketa" with an "a"
    ("Sosialisasi diterima Kepala Bidang Kepegawaia Rudi Hartawan di aula.",
     "Kepala Bidang Kepegawaia"),  # a long office word with its last letter lost
])
def test_misspelled_office_words_leave_the_name_whole(text, title):
    assert found(text) == [(title, "Rudi Hartawan")]


@pytest.mark.parametrize(("text", "name"), [
    # "Negri" for "Negeri": a word of the office, not the holder's name
    ("Warga diajak memilih oleh Kepala Kejaksaan Negri Pasaman (Kajari), Lestari Wulandari, "
     "SH.", "Lestari Wulandari"),
    ("Menurut Kepala Pengadilan Negri Solok Bambang Sutejo, sidang ditunda.", "Bambang Sutejo"),
    # "Personel" (or "Personil") names a unit of staff
    ("Kepala Subbagian Personel Sekretariat KPU Pasaman Rendra Saputra membuka acara.",
     "Rendra Saputra"),
    ("Kabag Personel Setda Solok, Dimas Arya, mengatakan hal itu.", "Dimas Arya"),
    ("Kepala Seksi Personil Rutan Bukittinggi Yogi Pranata menegaskan hal itu.", "Yogi Pranata"),
])
def test_office_words_misspelt_or_of_staff(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # a division's title in lower case after "selaku"/"sebagai", the name before it
    ("Dalam sosialisasi itu, Yusra Hamdani selaku divisi Hukum Bawaslu Solok mengingatkan "
     "ASN agar netral.", [("Divisi Hukum Bawaslu", "Yusra Hamdani")]),
    ("Gita sebagai devisi SDM yang juga mewakili Ketua KPU Pasaman membuka acara.",
     [("Divisi SDM", "Gita")]),
])
def test_a_lower_case_division_after_selaku(text, expected):
    assert pairs(text) == expected


def test_a_lower_case_division_set_off_by_commas_before_the_name():
    # "anggota Bawaslu X, divisi ..., Nama": the division an aside between title and name
    text = ("Menurut anggota Bawaslu Agam, divisi penanganan pelanggaran, Rudi Hartawan "
            "mengatakan bahwa laporan yang masuk telah diteruskan ke BKN.")
    assert names(text) == ["Rudi Hartawan"]
    # (a division with no name after it names no one)
    assert names("Laporan itu diteruskan ke BKN, divisi hukum Bawaslu Agam menyebut ada 12 "
                 "laporan.") == []


def test_a_lower_case_division_elsewhere_names_no_one():
    assert pairs("Rapat itu membahas kerja divisi Hukum Bawaslu Solok bersama warga.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Turut hadir Deputi Pelksana Teknis Bawaslu Hendra Lubis, para kepala biro.",
     ("Deputi Pelksana Teknis Bawaslu", "Hendra Lubis")),
    ("Kepala Bidang Pembnaan Pegawai BKD Tebo, Amri Yunus membuka acara.",
     ("Kepala Bidang Pembnaan Pegawai BKD", "Amri Yunus")),
    ("Kepala Seksi Pengwasan Pemilu Bawaslu Bungo, Wati Sari menjelaskan aturan.",
     ("Kepala Seksi Pengwasan Pemilu Bawaslu", "Wati Sari")),
])
def test_a_long_office_word_with_an_inner_vowel_lost_stays_in_the_title(text, expected):
    assert found(text) == [expected]


# An aide of the governor with the governor's title misspelt ("Gubenur") before the field.
@pytest.mark.parametrize("text, name", [
    ("Amanat itu dibacakan Staf Ahli Gubenur Bidang Kemasyarakatan, Sosial dan Budaya Hasnah"
     " Yusuf di aula.", "Hasnah Yusuf"),
    ("Turut hadir Staf Khusus Gubenur Riau Bidang Politik, Darman Saleh.", "Darman Saleh"),
    ("Staf Ahli Gubenur Jambi Bidang Hukum, Indra Kusuma, membuka rapat.", "Indra Kusuma"),
    ("Kata sambutan disampaikan Tenaga Ahli Gubenur, Maya Sari, pagi itu.", "Maya Sari"),
])
def test_an_aide_of_a_misspelt_governor(text: str, name: str) -> None:
    assert name in names(text)


def test_the_misspelt_governor_alone_stays_the_governor() -> None:
    assert pairs("Hadir Wakil Gubenur Riau Edi Natar.") == [("Wakil Gubernur", "Edi Natar")]


def test_an_election_of_a_misspelt_governor_names_no_one() -> None:
    assert names("Tahapan Pemilihan Gubenur Riau dimulai pekan depan.") == []


def test_a_division_joined_in_mixed_case_before_its_body():
    # "Koordinator Divisi Pengawasan dan sosialisasi Bawaslu X Nama": one field capitalised,
    # the other not, the body right after
    text = ("Koordinator Devisi Pengawasan dan sosialisasi Bawaslu Provinsi Sumbar Rudi Hartawan "
            "menyambangi kantor redaksi, Rabu (28/2/2024).")
    assert names(text) == ["Rudi Hartawan"]


@pytest.mark.parametrize("head", ["Sekda", "Kasatpol PP", "Kasat Pol PP"])
def test_the_regional_government_as_pemda_after_a_short_title(head):
    # "Kasat Pol PP Pemda X, Nama": the government written "Pemda" as it is "Pemkab"
    assert names(f"Kegiatan itu dihadiri {head} Pemda Agam, Rudi Hartawan, S. Sos.") == [
        "Rudi Hartawan"]

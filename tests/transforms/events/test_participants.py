import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events.participants import Participants, attendance, participants

AUDIENCE = ("Panwaslu Kabupaten Sukamaju menggelar sosialisasi tata cara dan pedoman pengawasan "
            "tahapan pemilihan kepada 46 orang pengawas desa se-Kabupaten Sukamaju yang "
            "diadakan di sebuah hotel pada Rabu 8 Mei 2029.")


# (sentence, [(count, group)]); the first ones are invented in the shapes of the seeds
CASES = [
    ("Kepala Badan Kesatuan Bangsa dan Politik (Kabankesbangpol) Kota Pekanbaru Syafrizal "
     "menyebut sosialisasi itu diikuti oleh 212 ASN, dari kepala dinas, Camat sampai Lurah "
     "se-Kota Pekanbaru.", [(212, "ASN")]),
    ("Sukamaju, kabarsukamaju.com-Sebanyak 1.274 Pegawai Pemerintah dengan Perjanjian Kerja "
     "(P3K) di lingkungan Pemkab Sukamaju, pekan lalu menandatangani pakta integritas",
     [(1274, "P3K")]),
    ("Apel diikuti ratusan ASN di halaman Kantor Wali Kota.", [(None, "ASN")]),
    # the count spelled out again in brackets, as official texts write it
    ("Peserta sosialisasi ini sebanyak 50 (lima puluh) orang dari perwakilan OPD.",
     [(50, "orang")]),
    ("Apel diikuti 120 (seratus dua puluh) ASN di halaman kantor bupati.", [(120, "ASN")]),
    ("Sosialisasi diikuti 250 pegawai dari 12 OPD.", [(250, "pegawai")]),
    ("Bimtek diikuti 1.500 peserta dari seluruh kabupaten.", [(1500, "peserta")]),
    ("Rapat dihadiri puluhan kepala OPD.", [(None, "kepala OPD")]),
    ("Ikrar dibacakan oleh 1,5 ribu peserta.", [(1500, "peserta")]),
    ("Sebanyak 2 ribu guru menandatangani pakta integritas.", [(2000, "guru")]),
    ("Sosialisasi diikuti seratus pegawai.", [(100, "pegawai")]),
    ("Apel diikuti dua ratus lima puluh orang ASN.", [(250, "ASN")]),
    ("Ikrar diikuti ASN sebanyak 212 orang.", [(212, "ASN")]),
    ("Diikuti 500 Aparatur Sipil Negara (ASN) dan 45 tenaga honorer.",
     [(500, "ASN"), (45, "tenaga honorer")]),
    ("Sebanyak 320 Pegawai Negeri Sipil mengikuti apel.", [(320, "PNS")]),
    ("Ribuan PPPK dan 12 camat serta 30 lurah hadir.",
     [(None, "PPPK"), (12, "camat"), (30, "lurah")]),
    ("Kegiatan diikuti 80 orang.", [(80, "orang")]),
    ("Sebanyak 60 personel Satpol PP dan 15 pejabat eselon hadir.",
     [(60, "personel"), (15, "pejabat")]),
    ("2.024 ASN menandatangani pakta integritas.", [(2024, "ASN")]),
    ("Payakumbuh (ANTARA) - 300 ASN mengikuti apel bersama.", [(300, "ASN")]),
]

# numbers that are not headcounts (years, laws, dates, money, percentages, points, ages, ...)
NEGATIVE = [
    "Menuju hari pencoblosan Pilkada 2024, Pj Wali Kota Pekanbaru Darmawan Effendi "
    "mengajak para ASN",
    "sejak berlakunya Undang-Undang Nomor 5 Tahun 2014 tentang ASN",
    "Kamis (18/7/2024) kemaren, ketika mengisi sesi Bintek",
    "Penandatanganan pakta integritas didahului pengucapan 5 butir ikrar tentang netralitas",
    "Dana sebesar Rp1.500 pegawai tidak boleh diterima.",
    "Sebanyak 85 persen ASN sudah menandatangani pakta integritas.",
    "Partisipasi ASN mencapai 90% peserta pemilu.",
    "Pilkada 2024 ASN harus netral.",
    "Syafrizal, 52 tahun, pegawai teladan.",
    "sesuai Pasal 9 PNS wajib netral",
    "Wako Pekanbaru Serahkan Seragam Sekolah Gratis untuk 6.120 Siswa Baru",
    "Oleh MC KOTA SINGKAWANG, Selasa, 8 Oktober 2024 | 16:20 WIB - Redaktur: Santi M - 238",
    "Seluruh ASN dan salah satu calon hadir.",
    "Hal itu diungkapkan salah satu pegawai Pemko Pekanbaru.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_participants(text, expected):
    assert [(p.count, p.group) for p in participants(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_participants(text):
    assert participants(text) == []


def test_phrase_is_kept_for_vague_counts():
    assert participants("diikuti ratusan ASN") == [Participants(None, "ASN", "ratusan ASN")]


def test_phrase_with_abbreviation():
    (found,) = participants("Sebanyak 862 Pegawai Pemerintah dengan Perjanjian Kerja (P3K)")
    assert found.phrase == "862 Pegawai Pemerintah dengan Perjanjian Kerja (P3K)"


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    for found in participants(text):
        assert found.count is None or found.count > 0
        assert found.phrase in text


# --- attendance: the headcount of the occasion -------------------------------------------------
# Invented sentences in the shapes of regional news.

ATTENDED = [
    ("Sebanyak 12 camat dan 140 kepala desa mengikuti sosialisasi netralitas ASN.", 152),
    ("Ikrar netralitas dibacakan 25 camat, 60 lurah serta 300 ASN di halaman kantor.", 385),
    ("Apel gabungan diikuti 1.108 P3K dan tenaga honorer.", 1108),
    ("Sebanyak 212 ASN hadir dalam sosialisasi yang digelar Bawaslu Kota Sawahlunto.", 212),
    ("Kegiatan yang dihadiri 80 peserta itu membahas larangan berpolitik praktis.", 80),
]

NOT_ATTENDED = [
    "Bawaslu mencatat 41 ASN diduga melanggar netralitas sepanjang tahapan kampanye.",
    "Sebanyak 7 ASN telah dijatuhi sanksi disiplin oleh BKPSDM.",
    "Bawaslu merekomendasikan sanksi terhadap dua orang ASN kepada BKN.",
    "Ada 16 orang ASN yang kami proses karena memberi komentar di akun bakal calon.",
    "Pengawasan dilakukan di 909 TPS dengan 210.000 pemilih terdaftar.",
    "Artikel ini telah dibaca 1.532 kali.",
    "Anggaran sosialisasi sebesar Rp250 juta untuk tahun 2024.",
    "Jumlah ASN di Kabupaten Lebong mencapai 3.200 orang.",
]


@pytest.mark.parametrize(("text", "count"), ATTENDED)
def test_attendance_counts_who_attended_adding_up_groups(text, count):
    found = attendance(text)
    assert found is not None and found.count == count
    assert text[found.start: found.end] == found.phrase and found.sentence


@pytest.mark.parametrize("text", NOT_ATTENDED)
def test_attendance_skips_violators_voters_and_other_numbers(text):
    found = attendance(text)
    assert found is None or found.count is None


def test_attendance_keeps_a_vague_phrase_without_a_number():
    found = attendance("Apel pagi diikuti ratusan ASN Pemkab Solok Selatan.")
    assert (found.count, found.group, found.phrase) == (None, "ASN", "ratusan ASN")


def test_attendance_a_total_beats_an_item_of_its_breakdown_even_in_the_title():
    text = ("Pejabat yang menandatangani pakta integritas mencakup bupati, tiga asisten, "
            "30 kepala OPD dan 15 camat.")
    assert attendance(text).count == 45  # the breakdown alone, added up
    found = attendance(text, "Sebanyak 50 Pejabat Teken Pakta Integritas Netralitas")
    assert (found.count, found.start) == (50, -1)


def test_attendance_of_one_event_reads_only_its_spans():
    text = "Apel diikuti 300 ASN.\nSosialisasi diikuti 40 camat."
    assert attendance(text, spans=[(22, len(text))]).count == 40


def test_attendance_at_a_campaign_is_a_violation_and_a_briefing_on_campaigns_is_not():
    assert attendance("Sebanyak 5 ASN menghadiri kampanye salah satu paslon.") is None
    found = attendance("Sosialisasi larangan kampanye diikuti 300 ASN Pemkab Pasaman.")
    assert found.count == 300


def test_attendance_at_a_candidates_gathering_is_a_violation():
    assert attendance("Pada Pilkada lalu tercatat enam kasus: empat ASN ikut sosialisasi bakal "
                      "calon wali kota dan dua ASN mengunggah dukungan.") is None
    assert attendance("Tiga kepala dusun menghadiri silaturahmi calon bupati di rumah "
                      "makan.") is None
    found = attendance("Sosialisasi netralitas bagi calon kepala sekolah diikuti 90 guru.")
    assert found.count == 90


def test_attendance_counted_after_the_group():
    found = attendance("Apel gabungan digelar pagi ini. ASN yang hadir sebanyak 420 orang.")
    assert (found.count, found.group) == (420, "ASN")


@given(st.text(), st.one_of(st.none(), st.text()))
@settings(max_examples=200, deadline=None)
def test_attendance_never_raises(text, title):
    found = attendance(text, title)
    if found is not None:
        assert found.count is None or found.count > 0
        assert found.start == -1 or text[found.start: found.end] == found.phrase


@pytest.mark.parametrize(("text", "count", "group"), [
    ("Sebanyak 12 camat dan 140 kepala desa berikrar netral.", 152, "camat dan kepala desa"),
    ("Apel diikuti 75 wali nagari dan 300 perangkat nagari.", 375,
     "wali nagari dan perangkat nagari"),
])
def test_attendance_of_village_heads(text, count, group):
    found = attendance(text)
    assert (found.count, found.group) == (count, group)


def test_a_headline_about_violators_is_no_attendance():
    assert attendance("Isi berita.", "Bawaslu Temukan 12 ASN Tak Netral") is None


def test_a_population_named_far_from_the_occasion_is_no_attendance():
    text = ("Kegiatan ini dibagi dalam dua gelombang agar dapat menjangkau seluruh organisasi "
            "perangkat daerah serta 74 wali nagari se-Kabupaten Pasaman.")
    assert attendance(text) is None


def test_the_base_of_a_share_is_no_attendance():
    text = "Dari jumlah 1.850 pegawai, sebanyak 40 orang tidak mengikuti apel pagi."
    found = attendance(text)
    assert found is None or found.count != 1850


@pytest.mark.parametrize("bound", ["sedikitnya", "tak kurang dari", "tidak kurang dari",
                                   "lebih dari"])
def test_a_count_given_as_a_bound_is_the_count(bound):
    # "lebih dari"/"kurang dari" compare, they take no share of a base ("dari 1.850 pegawai")
    found = attendance(f"Apel netralitas itu diikuti {bound} 150 ASN di halaman kantor bupati.")
    assert found is not None and found.count == 150


def test_the_base_of_a_share_written_with_a_bound_is_no_attendance():
    text = "Dari lebih dari 1.850 pegawai, sebanyak 40 orang tidak mengikuti apel pagi."
    found = attendance(text)
    assert found is None or found.count != 1850


def test_those_who_did_not_sign_are_no_attendance():
    text = ("Sebanyak 60 pejabat menandatangani pakta integritas. Namun tiga kepala OPD belum "
            "menandatangani pakta tersebut.")
    assert attendance(text).count == 60


@pytest.mark.parametrize(("text", "count"), [
    ("Rapat koordinasi itu diikuti seluruh wali nagari (74 nagari) se-Kabupaten Solok.", 74),
    ("Sosialisasi dihadiri para kepala desa (129 desa) di Kabupaten Bantul.", 129),
    ("Ikrar netralitas dibacakan oleh kepala OPD (32 OPD) di halaman kantor bupati.", 32),
])
def test_a_group_counted_by_its_units_in_brackets(text, count):
    assert attendance(text).count == count


def test_officials_sworn_in_are_the_attendance():
    text = ("Bupati Agam melantik 58 pejabat administrator di Aula Kantor Bupati, Senin, yang "
            "terdiri atas 20 pejabat eselon III dan 38 pejabat eselon IV.")
    assert attendance(text).count == 58


def test_the_headline_count_beats_a_caption_of_another_occasion():
    text = ("Bupati Agam melantik 120 pejabat di Aula Kantor Bupati pada Rabu, 2 Oktober 2024/"
            "Dok. Humas.\n"
            "Kemarin Bupati melantik 58 pejabat administrator dan pengawas untuk jajaran Pemkab "
            "Agam.")
    assert attendance(text, "Lantik 58 Pejabat, Bupati Agam Ingatkan Netralitas ASN").count == 58


# people-nouns beyond ASN/pegawai: village heads by their regional names, acting heads, staff,
# contract and health staff, the parties to a signing (invented sentences)
@pytest.mark.parametrize(("group", "canonical"), [
    ("staf", "staf"), ("perwakilan OPD", "perwakilan"), ("pihak", "pihak"),
    ("kepala dusun", "kepala dusun"), ("kepala lingkungan", "kepala lingkungan"),
    ("kepala pekon", "kepala pekon"), ("kepala puskesmas", "kepala puskesmas"),
    ("Pj kepala desa", "pj kepala desa"), ("Pj. Kades", "pj. kades"), ("perbekel", "perbekel"),
    ("keuchik", "keuchik"), ("geuchik", "geuchik"), ("peratin", "peratin"), ("kuwu", "kuwu"),
    ("sekdes", "sekdes"), ("sekretaris desa", "sekretaris desa"),
    ("pegawai kontrak", "pegawai kontrak"), ("tenaga harian lepas", None),
    ("tenaga kesehatan", "tenaga kesehatan"), ("pendamping desa", "pendamping desa"),
    ("penyuluh", "penyuluh"), ("bidan", "bidan"), ("PTT", "PTT"),
    ("kepala daerah", "kepala daerah"), ("bupati dan wali kota", "bupati"),
    ("Pj bupati", "pj bupati"), ("sekda", "sekda"), ("kepala badan", "kepala badan"),
    ("kepala distrik", "kepala distrik"), ("kepala kecamatan", "kepala kecamatan"),
])
def test_attendance_reads_more_people_nouns(group, canonical):
    text = f"Sosialisasi netralitas ASN di aula kantor bupati diikuti 45 {group} se-Kabupaten Agam."
    found = attendance(text)
    assert found is not None and found.count == 45
    if canonical is not None:
        assert found.group == canonical


def test_the_parties_to_a_signing_are_counted():
    text = ("Tercatat 12 pihak meneken pakta integritas tentang netralitas pegawai dalam rapat "
            "koordinasi Panwaslih Kabupaten Sukamaju.")
    found = attendance(text)
    assert found is not None and found.count == 12


@pytest.mark.parametrize("text", [
    "Bawaslu mencatat 14 kepala dusun diduga melanggar netralitas sepanjang tahapan kampanye.",
    "Sebanyak 3 perbekel telah dijatuhi sanksi oleh bupati karena tidak netral.",
    "Kedua pihak sepakat menjaga netralitas ASN selama Pilkada 2024.",
    "Kemendagri memberikan teguran kepada 9 kepala daerah yang tidak netral.",
])
def test_new_people_nouns_are_no_attendance_when_violators(text):
    found = attendance(text)
    assert found is None or found.count is None


# --- round 10: a group joined after an aside; the related-headline tail --------------------

@pytest.mark.parametrize("join", [", serta", ", beserta", ", ditambah", ", dan juga"])
def test_a_group_joined_after_an_aside_is_added(join):
    text = ("Sosialisasi netralitas ASN diikuti 40 pejabat yang membidangi kepegawaian pada 30 "
            f"dinas dan badan milik Pemkab Sukamaju{join} 12 orang dari koordinator "
            "wilayah kecamatan.")
    found = attendance(text)
    assert found is not None and found.count == 52


def test_a_later_group_with_its_own_verb_is_not_added():
    text = ("Sosialisasi diikuti 40 pejabat dari 30 perangkat daerah, serta dihadiri 3 orang "
            "narasumber dari Bawaslu.")
    found = attendance(text)
    assert found is not None and found.count == 40


def test_a_violators_group_after_an_aside_is_not_added():
    text = ("Apel diikuti 200 ASN di halaman kantor bupati, serta 5 orang yang dilaporkan "
            "melanggar netralitas.")
    found = attendance(text)
    assert found is not None and found.count == 200


@pytest.mark.parametrize("heading", ["News Feed", "Related Posts", "Latest News",
                                     "Berita Terkait"])
def test_a_count_in_the_related_headline_tail_is_not_the_attendance(heading):
    text = ("Panwaslih Sukamaju mengadakan rapat koordinasi pemantauan sikap netral pegawai, Senin "
            f"(5/8/2024).\n{heading}\n1.250 PPPK Dilantik, Bupati Minta Jaga Netralitas\n"
            "5 Agustus 2024 10:15")
    assert attendance(text) is None


def test_a_break_between_the_verb_and_the_count() -> None:
    text = ("Sekretariat DPRD Sukamaju menggelar ikrar netralitas di aula gedung dewan, Rabu "
            "(9/10/2024). Ikrar itu diikuti\n80 Aparatur Sipil Negara (ASN) dan 45 tenaga "
            "honorer.\nSekretaris DPRD meminta semua pegawai netral.")
    found = attendance(text)
    assert found is not None and found.count == 125


def test_a_break_after_a_violation_sentence_is_no_attendance() -> None:
    text = ("Bawaslu Sukamaju menemukan pelanggaran netralitas yang dilakukan\n12 ASN di "
            "lingkungan Pemkab Sukamaju.")
    assert attendance(text) is None


def test_also_attended_by_another_group_adds_up() -> None:
    text = ("Sebanyak 60 ASN Dinas Pendidikan Sukamaju berikrar netral dan meneken pakta "
            "integritas, Senin.\nIkrar tersebut juga dihadiri 40 tenaga honorer dinas itu.")
    found = attendance(text)
    assert found is not None and found.count == 100


def test_a_second_occasion_attended_by_others_is_not_added() -> None:
    text = ("Sebanyak 60 ASN Pemkab Sukamaju mengikuti apel netralitas, Senin.\nSosialisasi di "
            "kecamatan diikuti 40 kepala desa.")
    found = attendance(text)
    assert found is not None and found.count in (60, 40)


def test_a_briefings_audience_is_its_attendance():
    found = attendance(AUDIENCE)
    assert found is not None and found.count == 46


@pytest.mark.parametrize("text", [
    # no briefing named: a count given something
    "Pemkab Sukamaju menyerahkan bantuan beras kepada 46 orang warga di balai desa, Rabu.",
    # a sanction given: the people sanctioned
    "Usai sosialisasi, Bupati mengumumkan sanksi kepada 46 orang pegawai yang tidak netral.",
])
def test_a_count_after_kepada_alone_is_no_attendance(text):
    assert attendance(text) is None

"""Officials named in lists, on invented sentences: members introduced or set apart, names
before or after their titles, paired heads, two posts of one person, "dan" joining two people
or naming one region; suspects counted or listed are no officials."""

from __future__ import annotations

import pytest
from official_checks import found, names, pairs

from transforms.events.officials.find import officials


def test_another_post_of_the_person_named():
    text = ("Pj Gubernur Jawa Barat Hendra Wijaya Kusuma melantik pejabat. Hendra yang juga "
            "menjabat sebagai Kepala Biro Umum Sekretariat Daerah itu meminta ASN netral.")
    assert found(text) == [("Pj Gubernur", "Hendra Wijaya Kusuma")]


@pytest.mark.parametrize(("text", "expected"), [
    # a list of suspects closed by the verb: each of them is accused
    ("ASN di Jateng yakni Sekretaris Daerah (Sekda) Pemerintah Kabupaten Klaten, Bambang "
     "Sutrisno dan Sekda Pemerintah Kabupaten (Pemkab) Boyolali, Dedi Kurniawan dijatuhi "
     "hukuman disiplin. Koordinator Divisi Humas Bawaslu Jateng, Slamet Riyadi menyebut itu.",
     [("Koordinator Divisi Humas Bawaslu", "Slamet Riyadi")]),
    ("Bawaslu berencana melaporkan Kepala Dinas Pertanian Irawan Saputro (HB), Kepala Dinas "
     "Perindustrian dan Perdagangan Wahyu Hidayat (WH) dan Kasubag TU Syamsuddin (SY) ke KASN.",
     []),
    # "yang diduga" ties the suspicion to the last one alone
    ("Bupati Agam Irawan Saputro dan Camat Tanjung Raya Budi Santosa yang diduga tidak netral "
     "hadir.", [("Bupati", "Irawan Saputro")]),
    ("Sekda Pemerintah Kota Padang Yusuf Efendi membuka acara.",
     [("Sekretaris Daerah", "Yusuf Efendi")]),
])
def test_lists_of_suspects(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Hadir Komisioner KPU Agam, Budi Santosa, Siti Aminah, M. Rudi Hartawan dan Joni.",
     ["Budi Santosa", "Siti Aminah", "M. Rudi Hartawan", "Joni"]),
    ("Hadir anggota serta koordinator Sekretariat Bawaslu Agam yakni Budi Santosa, Yusri, "
     "M.Rudi Hartawan dan Joni Iskandar.",
     ["Budi Santosa", "Yusri", "M. Rudi Hartawan", "Joni Iskandar"]),
])
def test_members_listed_with_initials_and_after_yakni(text, names):
    assert [name for _, name in found(text)] == names


def test_members_introduced_and_closed_by_the_clause():
    text = ("Hadir anggota Bawaslu Agam yakni Budi Santosa, Yusri, M.Rudi Hartawan, kemudian "
            "Koordinator Sekretariat Bawaslu, M. Suprapto.")
    assert [name for _, name in found(text)] == ["Budi Santosa", "Yusri", "M. Rudi Hartawan",
                                                 "M. Suprapto"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hadir Ketua Bawaslu Agam Rudi Hartawan beserta anggota, Budi Santosa dan Siti Aminah.",
     [("Ketua Bawaslu", "Rudi Hartawan"), ("Anggota Bawaslu", "Budi Santosa"),
      ("Anggota Bawaslu", "Siti Aminah")]),
    ("Hadir Ketua KPU Agam Rudi Hartawan serta dua komisioner, Budi Santosa dan Siti Aminah.",
     [("Ketua KPU", "Rudi Hartawan"), ("Komisioner KPU", "Budi Santosa"),
      ("Komisioner KPU", "Siti Aminah")]),
    # a member of no body named in the sentence is no one in office
    ("Ketua Bawaslu Agam Rudi Hartawan hadir. Seorang anggota, Budi Santosa, mengatakan itu.",
     [("Ketua Bawaslu", "Rudi Hartawan")]),
])
def test_members_of_the_body_named_before(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "title", "region"), [
    ("Sekda Agam yang juga Ketua Korpri Agam, Rahmat Hidayat, membuka acara.",
     "Sekretaris Daerah", "Agam"),
    ("Sekda Agam sekaligus Ketua Korpri Agam, Rahmat Hidayat, membuka acara.",
     "Sekretaris Daerah", "Agam"),
    ("Kepala Kesbangpol Solok yang juga menjabat Ketua Satgas Netralitas ASN Rahmat Hidayat "
     "mengatakan ASN wajib netral.", "Kepala Kesbangpol", "Solok"),
])
def test_two_posts_of_one_person(text, title, region):
    assert [(o.title, o.name, o.region) for o in officials(text)] == [
        (title, "Rahmat Hidayat", region)]


def test_two_titles_in_a_list_stay_two():
    found = [(o.title, o.name) for o in officials(
        "Hadir Bupati Agam dan Ketua Korpri Agam, Rahmat Hidayat.")]
    assert ("Ketua Korpri", "Rahmat Hidayat") in found
    assert ("Bupati", "Rahmat Hidayat") not in found


def test_suspect_list_runs_past_listed_villages() -> None:
    text = ("Lurah yang terbukti melanggar adalah Lurah Mekarsari, Lurah Sukajaya dan Lurah Bukit "
            "Indah, jelasnya.")
    assert names(text) == []


def test_local_heads_with_names_are_no_list() -> None:
    assert names("Hadir Camat Ciawi, Rahmat dan Lurah Bojong, Budi.") == ["Rahmat", "Budi"]


def test_a_capitalised_dan_between_two_titles_joins_no_office() -> None:
    found = {o.title for o in officials("Ketua Bawaslu Dan Ketua KPU Agam hadir dalam apel.")}
    assert not any("Dan" in t for t in found)


@pytest.mark.parametrize("text, expected", [
    # members listed after one title, set apart by semicolons
    ("Turut hadir komisioner Bawaslu Provinsi Jambi Junaidi; Rudi Hamzah; Andi Saputra; dan "
     "Syamsul Bahri.", ["Junaidi", "Rudi Hamzah", "Andi Saputra", "Syamsul Bahri"]),
    ("Hadir pula Anggota KPU Agam, Yusuf Hakim; Rina Wati; dan Andi Saputra.",
     ["Yusuf Hakim", "Rina Wati", "Andi Saputra"]),
])
def test_members_set_apart_by_semicolons(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Bupati Pangkajene dan Kepulauan, Rudi Hamzah, mengingatkan ASN netral.",
    "Bupati Pangkajene dan Kepulauan Rudi Hamzah mengingatkan ASN netral.",
    "Ketua Bawaslu Kabupaten Pangkajene dan Kepulauan, Rudi Hamzah, mengingatkan ASN netral.",
])
def test_a_regency_named_with_dan(text: str) -> None:
    assert names(text) == ["Rudi Hamzah"]


def test_dan_after_a_region_still_joins_two_people() -> None:
    assert names("Bupati Agam dan Rudi Hamzah hadir.") == []


@pytest.mark.parametrize("text, expected", [
    # two office heads sharing one office, their names in the same order
    ("Senam itu diikuti Kepala dan Sekretaris Dinas Pendidikan, Yusuf Hamdani dan Lina Marlina, "
     "serta staf.", [("Kepala Dinas Pendidikan", "Yusuf Hamdani"),
                     ("Sekretaris Dinas Pendidikan", "Lina Marlina")]),
    ("Hadir Ketua dan Anggota Bawaslu Agam, Rahmat Hidayat dan Siti Rahma.",
     [("Ketua Bawaslu", "Rahmat Hidayat"), ("Anggota Bawaslu", "Siti Rahma")]),
    # a members' list of three stays a list
    ("Hadir para Anggota Bawaslu Agam, Rahmat Hidayat, Dedi Putra dan Siti Rahma.",
     [("Anggota Bawaslu", "Rahmat Hidayat"), ("Anggota Bawaslu", "Dedi Putra"),
      ("Anggota Bawaslu", "Siti Rahma")]),
    # regional heads paired as before
    ("Acara dibuka Bupati dan Wakil Bupati Agam, Andri Warman dan Irwan Fikri.",
     [("Bupati", "Andri Warman"), ("Wakil Bupati", "Irwan Fikri")]),
])
def test_paired_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_list_written_name_first() -> None:
    # each item gives the rank and name, then the post: the name after a post's comma is the
    # next post's
    text = ("Tampak pula Kolonel Inf Joko Susilo, Dandim 0416/Bute, Kompol Dedi Saputra, Kabag "
            "Ops Polres Tebo, dan sejumlah camat.")
    assert pairs(text) == [("Dandim", "Joko Susilo"), ("Kabag Ops Polres", "Dedi Saputra")]


def test_list_written_title_first_unchanged() -> None:
    text = ("Hadir juga Kapolres Agam, AKBP Rahmat Hidayat, Dandim 0304/Agam, Letkol Budi "
            "Santoso, Kajari Agam, Sutrisno.")
    assert pairs(text) == [("Kapolres", "Rahmat Hidayat"), ("Dandim", "Budi Santoso"),
                           ("Kajari", "Sutrisno")]


def test_title_first_after_a_named_head() -> None:
    text = ("Rapat dibuka Bupati Agam Rahmat Hidayat, Ketua Bawaslu Agam, Budi, Kepala BKD, "
            "Sutrisno.")
    assert names(text) == ["Rahmat Hidayat", "Budi", "Sutrisno"]


def test_list_written_name_first_with_an_honorific() -> None:
    text = ("Turut hadir Ny. Rina Wati, Ketua TP PKK Agam, Budi Santoso, Kepala BKD Agam, dan "
            "para camat.")
    assert pairs(text) == [("Ketua TP PKK", "Rina Wati"), ("Kepala BKD", "Budi Santoso")]


@pytest.mark.parametrize("text", [
    "Dua pejabat Dinas Pendidikan Tebo, Rina Sulastri dan Budi Santoso, diduga melanggar.",
    "Seorang pejabat Pemprov Jambi, Rina Sulastri, terekam dalam video kampanye.",
    "Sejumlah pejabat Pemkab Tebo hadir dalam acara itu.",
])
def test_officials_counted_or_suspected_not_listed(text: str) -> None:
    assert names(text) == []


def test_list_of_names_each_before_its_title() -> None:
    # "A sebagai X, B sebagai Y dan C sebagai Z": the name after X's comma is B's, not X's
    text = ("Gubernur melantik tiga penjabat, yakni Rudi Hartanto sebagai Penjabat Wali Kota "
            "Tidore, Joko Susilo sebagai Penjabat Bupati Kabupaten Halmahera Barat dan Andi "
            "Wijaya sebagai Penjabat Bupati Kabupaten Pulau Morotai.")
    assert sorted(pairs(text)) == [("Pj Bupati", "Andi Wijaya"), ("Pj Bupati", "Joko Susilo"),
                                   ("Pj Wali Kota", "Rudi Hartanto")]


@pytest.mark.parametrize("text", [
    # the body written for its people after a shared role, the region and the first name run
    # together, the list closed by the next title in lower case
    "Hadir Kepala Dinas Sosial Rina Lestari, sebagai narasumber Bawaslu Pulau Taliabu Rudi "
    "Hartono, Sinta Dewi, Amir H. Salam dan asisten I Joni Putra.",
    "Materi disampaikan narasumber dari Bawaslu Agam, Rudi Hartono, Sinta Dewi dan Amir H. Salam.",
])
def test_people_listed_after_an_election_body(text: str) -> None:
    assert {"Rudi Hartono", "Sinta Dewi", "Amir H. Salam"} <= set(names(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ikrar dibacakan wakil ASN, yakni Kadis Perkimtan, Yohanes Tumbel, Kaban Kesbangpol, Sari "
     "Lestari dan Kadis KB, Markus Lele.",
     [("Kadis Perkimtan", "Yohanes Tumbel"), ("Kaban Kesbangpol", "Sari Lestari"),
      ("Kadis KB", "Markus Lele")]),
])
def test_a_short_head_then_an_unlisted_agency_short_form(text, expected):
    # "Kadis" names the kind of body itself: the capitalised word after it is the agency
    assert found(text) == expected


def test_an_attendance_list_one_title_a_line_the_name_below():
    text = ("Tamu undangan:\n-Bupati diwakili Asisten Perekonomian\nRosmaini Tanjung, S.E\n"
            "-Kasat Lantas Polres Agam\nIptu Gani Pasaribu\n-Camat se-Kabupaten Agam\n"
            "-Kabag Umum Setdakab Agam\nLinda Marpaung, S.Sos, M.Si\n")
    assert names(text) == ["Rosmaini Tanjung", "Gani Pasaribu", "Linda Marpaung"]


def test_a_bulleted_line_closed_by_a_full_stop_keeps_its_own_name():
    text = "Catatan:\n- Acara dibuka oleh Bupati Agam.\nRosmaini Tanjung hadir kemudian.\n"
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Bawaslu melaporkan Kepala Dinas Sosial Bonar Siregar (BS), Kepala Dinas Koperasi dan UKM "
    "Lisa Hutapea (LH) dan Kepala Dinas Pendidikan Agam Tigor Nainggolan (TN) ke KASN.",
    "Bawaslu melaporkan Kepala Dinas Sosial Bonar Siregar (BS) dan seorang Kabid Pendidikan "
    "Agam Tigor Nainggolan (TN) ke KASN.",
])
def test_reported_heads_listed_across_an_office_with_dan_or_seorang(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Hadir pula Kasubbag KPU Jambi, Rudi Hartono dan Sigit Pramana, Ketua Bawaslu Tebo, "
     "Yusri Adam.",
     [("Kasubbag KPU", "Rudi Hartono"), ("Kasubbag KPU", "Sigit Pramana"),
      ("Ketua Bawaslu", "Yusri Adam")]),
    ("Narasumber lain Kepala BKD Bungo, Hendra Lubis dan Wati Sari, anggota DPRD Bungo, "
     "Amri Yunus.",
     [("Kepala BKD", "Hendra Lubis"), ("Kepala BKD", "Wati Sari"),
      ("Anggota DPRD", "Amri Yunus")]),
])
def test_two_names_after_one_title_inside_a_list_of_titles(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kepala BKD Bungo, Hendra Lubis dan Wati Sari, warga Muara Bungo, hadir.",
     [("Kepala BKD", "Hendra Lubis")]),
    ("Hadir Camat Pelepat, Rudi Hartono dan Ketua KPU Bungo, Amri Yunus.",
     [("Camat", "Rudi Hartono"), ("Ketua KPU", "Amri Yunus")]),
])
def test_a_name_after_dan_with_no_title_list_going_on_is_no_holder(text, expected):
    assert found(text) == expected


# Local heads listed by their places alone, the last one after "dan": its place is no name.
@pytest.mark.parametrize("text", [
    "Turut hadir Kades Pasir Putih, Kades Lubuk Sikaping dan Kades Tanjung Gadang.",
    "Rapat diikuti Lurah Air Tawar, Lurah Ulak Karang serta Lurah Lolong.",
    "Yang hadir Kepala Desa Simpang, Kepala Desa Sungai Jariang dan Kepala Desa Bayur.",
    "Sementara Wali Nagari Sungai Puar dan Wali Nagari Kubang tak tampak.",
])
def test_the_last_place_of_a_heads_list_is_no_name(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # each head with a name: both stay
    ("Hadir Kades Pasir Putih, Rahmat dan Kades Tanjung Gadang, Sari Dewi.",
     ["Rahmat", "Sari Dewi"]),
    # one head alone keeps the one-word name after the place
    ("Kades Tanjung Gadang Rahmat membuka rapat.", ["Rahmat"]),
])
def test_named_heads_of_a_list_stay(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a comma before a title's head ends the office before it: two people, not one title
    ("Hadir Kepala Dinas Pendidikan, Sekretaris Daerah Rina Wati dan lainnya.",
     [("Sekretaris Daerah", "Rina Wati")]),
    ("Narasumber adalah Dr. Rudi Hartono, S.H., M.H., Kepala Badan Kepegawaian Negara (BKN) "
     "Wilayah XI, Sekretaris Daerah Rina Wati dan Ketua Bawaslu Agam Munawar.",
     [("Kepala BKN", "Rudi Hartono"), ("Sekretaris Daerah", "Rina Wati"),
      ("Ketua Bawaslu", "Munawar")]),
    # a comma between fields of one office still joins them
    ("Hadir Kepala Dinas Koperasi, UKM dan Perdagangan Rina Wati.",
     [("Kepala Dinas Koperasi, UKM dan Perdagangan", "Rina Wati")]),
])
def test_a_comma_before_a_head_parts_two_titles(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Ketua Satgas Netralitas ASN/Non ASN, I Wayan Sudarma, menegaskan pentingnya netralitas.",
    "Ketua Satgas Netralitas ASN dan Non ASN, I Wayan Sudarma, menegaskan hal itu.",
    "Ketua Satgas Netralitas ASN / Non ASN Provinsi Bali, I Wayan Sudarma, menegaskan hal itu.",
])
def test_a_task_force_for_staff_and_non_staff(text):
    assert names(text) == ["I Wayan Sudarma"]

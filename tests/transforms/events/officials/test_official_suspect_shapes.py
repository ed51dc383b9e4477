"""Officials named as the subject of a reported case are no officials of the occasion.

Shapes: the case named after the holder ("perkara Camat X", "kasus Kepala Dinas Y"); the
holders a body summoned or examined, listed after "adalah"/"yakni" ("yang dipanggil ialah
Kadis A dan Kadis B"); a list of suspects whose first title carries an acronym in parentheses;
a titled person whose full name is later the subject of "diduga" ("Rahmat Hidayat diduga
mengarahkan ..."). Near-misses keep the officials who act on the case: the Bawaslu member who
summons, the head who hands out the sanction, a case merely handled by the speaker.
"""

from __future__ import annotations

import pytest

from tests.fixtures.official_checks import names

_SUSPECTS = [
    # the case named after the holder
    ("Bawaslu menangani dua perkara. Pertama perkara Lurah Sukaraja Amir Hamzah yang berfoto"
     " bersama calon. \"Kami tuntaskan,\" kata Ketua Bawaslu Agam Yusnidar.",
     "Amir Hamzah", "Yusnidar"),
    ("Bawaslu masih mendalami kasus Kepala Dinas Pendidikan Agam Sofyan Hadi. Anggota Bawaslu"
     " Agam Rini Astuti mengatakan klarifikasi digelar pekan depan.",
     "Sofyan Hadi", "Rini Astuti"),
    # the summoned holders listed after "adalah" / "yakni"
    ("Bawaslu memanggil dua pejabat. Mereka yang dipanggil itu adalah Kadis Perikanan Joni"
     " Iskandar dan Kadis Pertanian Marlina Sari. Hal itu dikatakan Ketua Bawaslu Tanah Datar"
     " Andika Putra.",
     "Marlina Sari", "Andika Putra"),
    ("Pejabat yang diperiksa yakni Camat Lubuk Alung Hendri Yusuf dan Camat Batang Anai Syahrul"
     " Amri, ujar Anggota Bawaslu Padang Pariaman Yasmen.",
     "Syahrul Amri", "Yasmen"),
    # the first title of the list carries an acronym in parentheses
    ("Bupati Agam Andri Warman menonaktifkan dua pejabat yaitu Kepala Badan Kepegawaian dan"
     " Pengembangan SDM (BKPSDM) Agam, Edi Saputra dan Camat Palupuh, Rusdi.",
     "Rusdi", "Andri Warman"),
    # the titled person's full name later the subject of "diduga"
    ("Laporan itu terkait rapat yang digelar Kepala Kantor Kemenag Agam, Zulkifli Anwar, bersama"
     " guru. Dalam rapat itu Zulkifli Anwar diduga mengarahkan guru memilih satu pasangan."
     " Ketua Bawaslu Agam Yusnidar meminta semua pihak tenang.",
     "Zulkifli Anwar", "Yusnidar"),
]


@pytest.mark.parametrize(("text", "suspect", "official"), _SUSPECTS)
def test_the_suspect_is_no_official(text: str, suspect: str, official: str) -> None:
    got = names(text)
    assert suspect not in got, got
    assert official in got, got


_KEPT = [
    # "kasus" before a body, not a holder: the speaker stays
    ("Dalam kasus itu, Ketua Bawaslu Agam Yusnidar mengatakan pemeriksaan selesai.",
     "Yusnidar"),
    # the holder after "adalah" with no summons or examination: a speaker introduced
    ("Narasumber kegiatan adalah Kepala BKD Agam Rahmat Hidayat dan Kadis Kominfo Joni Arman.",
     "Joni Arman"),
    # a passive verb with its agent right after: the one who examines
    ("Berkas laporan itu diperiksa Ketua Bawaslu Agam Yusnidar bersama staf.", "Yusnidar"),
    # "diduga" about someone else after the official's name
    ("Ketua Bawaslu Agam Yusnidar hadir. Yusnidar mengatakan ada ASN yang diduga tidak netral.",
     "Yusnidar"),
]


@pytest.mark.parametrize(("text", "official"), _KEPT)
def test_the_official_acting_on_a_case_stays(text: str, official: str) -> None:
    assert official in names(text)


# The holders a sentence lists after naming their wrong: "ASN yang <diduga / melanggar /
# terlibat / dijatuhi sanksi> ... yaitu|yakni|adalah|di antaranya <Title Name>, <Title Name>".
_LISTED = [
    ("Ada tiga pegawai yang diduga ikut berkampanye, di antaranya, Kepala Dinas Pertanian"
     " Solok Rudi Hartono dan Camat Kubung Sari Dewi. Ketua Bawaslu Solok Yusnidar menyebut"
     " klarifikasi selesai.", ["Rudi Hartono", "Sari Dewi"], "Yusnidar"),
    ("Pejabat yang terlibat dalam deklarasi itu adalah Sekretaris Dinas PUPR Agam Anton Wijaya,"
     " kata Anggota Bawaslu Agam Rini Astuti.", ["Anton Wijaya"], "Rini Astuti"),
    ("Sejauh ini pegawai yang dijatuhi sanksi oleh KASN ialah Kepala Bappeda Pasaman"
     " Hendra Jaya. Hal itu disampaikan Ketua Bawaslu Pasaman Andi Saputra.", ["Hendra Jaya"],
     "Andi Saputra"),
    ("Dua kepala dinas yang melanggar netralitas yaitu: Kadis Sosial Tanah Datar Joni Arman dan"
     " Kadis Perikanan Tanah Datar Marlina Sari. Bupati Tanah Datar Eka Putra meminta semua"
     " pihak menunggu.", ["Joni Arman", "Marlina Sari"], "Eka Putra"),
    # items parted by semicolons, each title with its name after a comma
    ("Tiga pegawai yang terlibat adalah Kepala Bappeda Solok, Yuda Pratama; Kepala BPKAD"
     " Solok, Irfan; dan Sekretaris DPRD Solok, Dewi Anggraini. Hal itu disampaikan Ketua"
     " Bawaslu Solok Andika Putra.", ["Yuda Pratama", "Irfan", "Dewi Anggraini"],
     "Andika Putra"),
]


@pytest.mark.parametrize(("text", "suspects", "official"), _LISTED)
def test_holders_listed_after_their_wrong(text: str, suspects: list[str], official: str) -> None:
    got = names(text)
    assert not set(suspects) & set(got), got
    assert official in got, got


_LISTED_KEPT = [
    # a wrong named, then a comma and a speaker: no list
    ("Terkait pegawai yang melanggar, Kepala BKD Agam Rahmat Hidayat menegaskan sanksi menanti.",
     "Rahmat Hidayat"),
    # "yang" with no wrong before "adalah": the speakers introduced
    ("Narasumber yang hadir adalah Kepala BKD Agam Rahmat Hidayat dan Ketua Bawaslu Agam"
     " Yusnidar.", "Yusnidar"),
    # the list's intro word in a later sentence: that sentence lists no suspects
    ("Ada pegawai yang diduga melanggar. Pemateri kegiatan yakni Kepala BKD Agam Rahmat"
     " Hidayat.", "Rahmat Hidayat"),
]


@pytest.mark.parametrize(("text", "official"), _LISTED_KEPT)
def test_a_list_with_no_wrong_keeps_its_officials(text: str, official: str) -> None:
    assert official in names(text)


def test_a_list_parted_by_semicolons_keeps_its_attendees() -> None:
    got = names("Hadir Kepala BKD Solok, Yuda Pratama; Kepala BPKAD Solok, Irfan; dan Sekretaris"
                " DPRD Solok, Dewi Anggraini.")
    assert got == ["Yuda Pratama", "Irfan", "Dewi Anggraini"]


# A sanction imposed on the holder in the passive ("dijatuhkan kepada"); its agent right after
# the passive verb stays an official.
@pytest.mark.parametrize("text", [
    "Hukuman disiplin ringan dijatuhkan kepada Rudi Hartono (Kadis Pertanian Agam) bulan lalu.",
    "Teguran tertulis dijatuhkan kepada Camat Palupuh Rusdi Effendi karena unggahannya.",
    "Sanksi sedang itu dijatuhkan terhadap Kepala Dinas PUPR Solok, Anton Wijaya.",
    "Penundaan gaji berkala dijatuhkan kepada Lurah Koto Baru, Sari Dewi Lestari.",
])
def test_a_sanction_imposed_on_the_holder(text: str) -> None:
    assert names(text) == []


def test_the_agent_of_an_imposed_sanction_stays() -> None:
    assert names("Sanksi itu dijatuhkan Bupati Solok Budi Kurnia pekan lalu.") == [
        "Budi Kurnia"]


def test_a_recommendation_sent_to_a_head_keeps_the_head() -> None:
    assert "Budi Kurnia" in names("Bawaslu mengirim rekomendasi kepada Bupati Solok Budi"
                                   " Kurnia untuk ditindaklanjuti.")


# Long suspects' lists: an office of many words with its acronym, a head in lower case after
# its prefix; every item stays a suspect to the list's end.
@pytest.mark.parametrize(("text", "suspects"), [
    ("Dua pejabat yang diduga mendukung paslon yakni: Plt kepala Dinas Pariwisata (Dispar) Solok"
     " Rudi Hartono, dan Kepala Dinas Lingkungan Hidup dan Kehutanan (DLHK) Solok Sari Dewi"
     " Lestari. Ketua Bawaslu Solok Andika Putra menjelaskan.",
     ["Rudi Hartono", "Sari Dewi Lestari"]),
    ("Lima pegawai yang diduga diperiksa antara lain Kepala Dinas Perhubungan Provinsi Jambi"
     " Rudi, Kepala Dinas Kelautan dan Perikanan (DKP) Provinsi Jambi Sari Dewi, Kepala Dinas"
     " Pertanian Provinsi Jambi Joni Arman. Ketua Bawaslu Jambi Andika Putra menjelaskan.",
     ["Rudi", "Sari Dewi", "Joni Arman"]),
    ("Tiga pegawai yang terlibat adalah Plt kepala Badan Pendapatan Daerah (Bapenda) Agam"
     " Hendri, Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Agam Yusuf dan Camat"
     " Palupuh Rusdi. Ketua Bawaslu Agam Andika Putra menjelaskan.",
     ["Hendri", "Yusuf", "Rusdi"]),
    ("Pegawai yang dilaporkan yakni Sekretaris Dinas Komunikasi Informatika Statistik dan"
     " Persandian (Diskominfosp) Kabupaten Solok Rina, serta Camat Kubung Irfan."
     " Ketua Bawaslu Solok Andika Putra menjelaskan.", ["Rina", "Irfan"]),
])
def test_every_item_of_a_long_suspects_list(text: str, suspects: list[str]) -> None:
    got = names(text)
    assert not set(suspects) & set(got), got
    assert "Andika Putra" in got


def test_a_long_attendance_list_keeps_every_item() -> None:
    got = names("Hadir Plt kepala Dinas Pariwisata (Dispar) Solok Rudi Hartono, dan Kepala Dinas"
                " Lingkungan Hidup dan Kehutanan (DLHK) Solok Sari Dewi Lestari.")
    assert got == ["Rudi Hartono", "Sari Dewi Lestari"]

"""A speaker whose post only the headline gives: "Kepala BKD Sukamaju Minta ASN ..." atop a
body that quotes one untitled person by name ("kata Rahmat Hidayat").

The headline's title, followed by a verb of saying (or a colon), is the post of the one person
the body quotes without any title; when the body quotes two untitled people, or the quoted
name is titled elsewhere, or the headline's verb is no verb of saying, nothing is added.
"""

from __future__ import annotations

import pytest

from tests.fixtures.official_checks import pairs

_CASES = [
    # headline title + region + verb; the body names the speaker once, after the quote
    ("Sekda Tanjung Makmur Ingatkan ASN Jaga Jarak dari Politik Praktis",
     "Sekretaris daerah meminta pegawai tidak memihak. \"Jangan ikut kampanye,\" kata Darwis"
     " Situmeang di aula kantor bupati.\nDarwis juga meminta camat mengawasi stafnya.",
     ("Sekretaris Daerah", "Darwis Situmeang")),
    # the title after a clause and comma, the verb "Tegaskan"; the speaker in a quote tag
    ("Soal Laporan Kepala Sekolah, Ketua Bawaslu Tegaskan Tak Ada Tebang Pilih",
     "Laporan itu kini diperiksa. Perbuatan itu, ujar Nurlela, tidak patut dilakukan pegawai"
     " negeri.\nNurlela menegaskan semua laporan ditangani sama.",
     ("Ketua Bawaslu", "Nurlela")),
    # a prefixed head, the verb "Imbau"; the speaker as a sentence's subject
    ("Pj Bupati Lembah Hijau Imbau Pegawai Tidak Unggah Dukungan",
     "Imbauan itu disampaikan pada apel pagi, Senin (4/3/2024).\nHendra Kusuma menegaskan"
     " pegawai yang melanggar akan diperiksa inspektorat.",
     ("Pj Bupati", "Hendra Kusuma")),
    # a colon after the title; the speaker introduced by "menurut"
    ("Kepala BKD Kota Baru: Pegawai Wajib Netral Sampai Pelantikan",
     "Pegawai diminta menjaga sikap di media sosial. Menurut Yusuf Rangkuti, aturan itu berlaku"
     " bagi semua pegawai, \"tanpa kecuali,\" ucap Yusuf Rangkuti.",
     ("Kepala BKD", "Yusuf Rangkuti")),
    # the body names the post too, without a name: the speaker fills it
    ("Wali Kota Binjai Larang ASN Hadiri Kampanye",
     "Larangan itu menjadi perhatian Wali Kota Binjai. \"Kami awasi semua dinas,\" tutur"
     " Maria Tambunan, Selasa.",
     ("Wali Kota", "Maria Tambunan")),
]


@pytest.mark.parametrize(("title", "text", "want"), _CASES)
def test_the_headline_title_is_the_untitled_speakers(title: str, text: str,
                                                     want: tuple[str, str]) -> None:
    assert want in pairs(text, title)


_NEAR = [
    # two untitled speakers: no telling which one holds the headline's post
    ("Bupati Padang Jaya Minta ASN Netral",
     "\"Jaga sikap,\" kata Rudi Hartono. Di tempat lain, Sinta Maharani menegaskan hal serupa."),
    # the headline's title with no verb of saying: the page is about that official, not his words
    ("Camat Sukamaju Dilaporkan ke Bawaslu karena Unggah Foto Calon",
     "Laporan diterima Senin. \"Kami periksa dulu,\" kata Wahyudi Saputra."),
    # the speaker has a title of his own in the body: he is not the headline's official
    ("Sekda Teluk Indah Ingatkan ASN Tak Berpolitik",
     "Kepala BKD Teluk Indah Anton Wijaya hadir. \"Netral itu wajib,\" kata Anton Wijaya."),
    # the speaker set off with a role that is no office: a resident, not the official
    ("Ketua Bawaslu Tegaskan Pengawasan Diperketat",
     "\"Kami sudah melapor,\" kata Joko Susilo, warga setempat."),
]


@pytest.mark.parametrize(("title", "text"), _NEAR)
def test_no_speaker_is_read_into_the_headline_title(title: str, text: str) -> None:
    got = pairs(text, title)
    assert not any(t in ("Bupati", "Sekretaris Daerah", "Ketua Bawaslu", "Camat") and n in (
        "Rudi Hartono", "Sinta Maharani", "Wahyudi Saputra", "Anton Wijaya", "Joko Susilo")
                   for t, n in got), got


def test_a_headline_that_names_its_speaker_lends_no_post() -> None:
    # the headline's own name is the speaker; the body's untitled speaker is someone else
    got = pairs("Kepala BPKAD Lembah Hijau, Rina Oktaviani membenarkan laporan itu. \"Berkas"
                " diproses,\" kata Rina. Sulaiman Hadi hadir.",
                "Wagub Sulaiman Hadi Tekankan ASN Netral")
    assert ("Wakil Gubernur", "Rina") not in got and ("Wakil Gubernur", "Rina Oktaviani") not in got


def test_a_post_the_body_names_lends_nothing() -> None:
    # the body names the holder of the headline's post: the untitled speaker is someone else
    got = pairs("Bupati Lembah Hijau Amir Syarif hadir. \"Tidak boleh,\" kata Dedi Prasetyo.",
                "Bupati Lembah Hijau Ingatkan ASN")
    assert ("Bupati", "Dedi Prasetyo") not in got


# The title after a word of saying, at the headline's end or before its topic.
_SAID_BY = [
    ("Pegawai Wajib Jaga Jarak dari Kampanye, Kata Kepala BKD Lembah Hijau",
     "\"Ini aturan lama,\" ujar Rosmaini Siregar di kantornya, Rabu.",
     ("Kepala BKD", "Rosmaini Siregar")),
    ("Ini Pesan Bupati Tanjung Makmur untuk Pegawai Jelang Pencoblosan",
     "Rapat digelar di aula. Syamsir Alam menegaskan sanksi bagi yang melanggar.",
     ("Bupati", "Syamsir Alam")),
    ("Netral Itu Harga Mati, Tegas Ketua Bawaslu Kota Baru",
     "\"Kami awasi media sosial pegawai,\" kata Lestari Handayani.",
     ("Ketua Bawaslu", "Lestari Handayani")),
    ("Menurut Sekda Padang Jaya, Pegawai Tak Boleh Ikut Deklarasi",
     "Hal itu disampaikan dalam apel. Irwandi Lubis mengatakan aturan berlaku bagi semua.",
     ("Sekretaris Daerah", "Irwandi Lubis")),
]


@pytest.mark.parametrize(("title", "text", "want"), _SAID_BY)
def test_a_title_after_a_word_of_saying(title: str, text: str, want: tuple[str, str]) -> None:
    assert want in pairs(text, title)


def test_a_title_after_a_word_of_saying_with_two_speakers_lends_nothing() -> None:
    got = pairs("\"Aturan jelas,\" kata Rudi Hartono. Sinta Maharani menegaskan hal serupa.",
                "Pegawai Wajib Netral, Kata Bupati Padang Jaya")
    assert not any(t == "Bupati" for t, _ in got), got

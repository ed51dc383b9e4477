"""Round 13 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


def pairs(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text, title) if o.name]


def names(text: str, title: str = "") -> list[str]:
    return [name for _, name in pairs(text, title)]


@pytest.mark.parametrize("text", [
    # a dateline naming the election body in full, then a dash: the lead's official follows
    "Muara Tebo, Badan Pengawas Pemilihan Umum - Ketua Bawaslu Joko Susilo meminta para lurah "
    "menjaga jarak dari semua kandidat.",
    "Tebo, Komisi Pemilihan Umum - Ketua KPU Joko Susilo mengingatkan ASN harus netral.",
])
def test_body_dateline_dash(text: str) -> None:
    assert names(text) == ["Joko Susilo"]


@pytest.mark.parametrize("text", [
    # an election's name before the dash still names no one in office
    "Pasangan calon Bupati - Wakil Bupati Joko Susilo dan Budi Hartono berkampanye.",
    "Pemilihan Bupati/Wakil Bupati Joko Susilo digelar ulang.",
])
def test_election_name_dash_still_skipped(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text", [
    # a degree (or "St.", Sutan) written before the name is kept apart from it
    "Rapat diikuti pula Kepala Dinas PUPR ST. Hendrawan.",
    "Rapat diikuti pula Kepala Dinas PUPR St. Hendrawan.",
])
def test_degree_before_name(text: str) -> None:
    assert names(text) == ["Hendrawan"]


def test_meeting_short_form_in_headline_no_name() -> None:
    body = "Bupati Tebo Rahmat Hidayat membuka Rakorda pengawasan pemilu di aula kantor bupati."
    assert names(body, "Bupati Tebo Rakorda Bersama Bawaslu") == ["Rahmat Hidayat"]


@pytest.mark.parametrize("text, title, name", [
    # the regional head of the state intelligence agency, the name before him with his rank
    ("Upacara itu disaksikan Kolonel Inf Budi Santoso, Kabinda Jambi.", "Kabinda",
     "Budi Santoso"),
    # a police unit's operations-guidance section head
    ("Rapat itu juga dihadiri Kompol Dedi Saputra, Kabag Binops Polres Tebo.",
     "Kabag Binops Polres", "Dedi Saputra"),
])
def test_security_posts(text: str, title: str, name: str) -> None:
    assert pairs(text) == [(title, name)]


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


def test_extension_officer_named_before() -> None:
    text = ("Pemateri kegiatan itu, Sari Wulandari, Penyuluh Hukum Ahli Muda Kanwil Kemenkumham "
            "Jambi, menjelaskan aturan kampanye.")
    assert names(text) == ["Sari Wulandari"]


def test_official_of_a_body_in_lower_case() -> None:
    text = "Rapat itu turut dihadiri pejabat Dinas Kominfo Tebo, Rina Sulastri, dan para lurah."
    assert pairs(text) == [("Pejabat Dinas Kominfo", "Rina Sulastri")]


@pytest.mark.parametrize("text", [
    "Dua pejabat Dinas Pendidikan Tebo, Rina Sulastri dan Budi Santoso, diduga melanggar.",
    "Seorang pejabat Pemprov Jambi, Rina Sulastri, terekam dalam video kampanye.",
    "Sejumlah pejabat Pemkab Tebo hadir dalam acara itu.",
])
def test_officials_counted_or_suspected_not_listed(text: str) -> None:
    assert names(text) == []


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

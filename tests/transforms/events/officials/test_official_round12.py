"""Round 12 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


def pairs(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text, title) if o.name]


def names(text: str, title: str = "") -> list[str]:
    return [name for _, name in pairs(text, title)]


@pytest.mark.parametrize("text", [
    # agriculture and science degrees, apart or run together without their spaces
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono S.P.M.Si saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono S.P.M.S.i saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono, S.P., M.P. saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono, S.P., M.S. saat dikonfirmasi membenarkan hal itu.",
    "Ketua Bawaslu Provinsi Jambi Rudi Hartono S.S mengatakan ASN wajib netral.",
])
def test_degrees_cut(text: str) -> None:
    assert names(text) == ["Rudi Hartono"]


def test_initials_ms_without_dots_kept() -> None:
    text = "Ketua Bawaslu Jambi Abdul Rahman MS mengatakan ASN wajib netral."
    assert names(text) == ["Abdul Rahman MS"]


@pytest.mark.parametrize("text, title, name", [
    # a prosecutor's office's sub-section heads, a police unit's affairs head
    ("Rapat dihadiri Kasubsi Pidum Kejari Tebo Andi Saputra.", "Kasubsi Pidum Kejari",
     "Andi Saputra"),
    ("Rapat dihadiri Kasubsi Pra Penuntutan Tindak Pidana Umum Budi Wirawan.",
     "Kasubsi Pra Penuntutan Tindak Pidana Umum", "Budi Wirawan"),
    ("Rapat dihadiri Kasi Penuntutan Kejari Tebo Andi Saputra.", "Kasi Penuntutan Kejari",
     "Andi Saputra"),
    ("Rapat dihadiri Kaurbin Ops Satreskrim Polres Tebo Iptu Dedi Siregar.",
     "Kaurbin Ops Satreskrim Polres", "Dedi Siregar"),
])
def test_sub_unit_heads(text: str, title: str, name: str) -> None:
    assert pairs(text) == [(title, name)]


def test_village_affairs_head_not_read_as_title() -> None:
    assert names("Kaur Keuangan Desa Sukamaju Budi Hartono ikut hadir.") == []


@pytest.mark.parametrize("text", [
    # a verb of saying capitalised after the closing quote, the title after the name
    '"Semua sudah kami teruskan," Kata Joko Susilo, Ketua Bawaslu Tebo, Senin (6/9/2020).',
    '"Semua sudah kami teruskan." Ujar Joko Susilo, Ketua Bawaslu Tebo, kepada wartawan.',
    '"Semua sudah kami teruskan," kata Joko Susilo, Ketua Bawaslu Tebo, Ahad (6/9/2020).',
])
def test_speaker_before_title(text: str) -> None:
    assert pairs(text) == [("Ketua Bawaslu", "Joko Susilo")]


def test_kata_sambutan_names_nobody() -> None:
    assert names("Kata Sambutan Ketua Bawaslu Tebo disampaikan pagi itu.") == []


@pytest.mark.parametrize("text", [
    "Acara itu digagas Kapolda Jambi, Pihaknya berharap seluruh ASN netral.",
    "Pria yang juga menjabat sebagai Sekda Tebo itu meminta ASN netral.",
    "Wanita yang juga menjabat sebagai Camat Tebo Ilir itu meminta ASN netral.",
])
def test_pronouns_and_nouns_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, title, name", [
    # the acting head by the prefix alone
    ("Di hadapan peserta apel, Pj Bahrudin mengingatkan ASN agar netral.", "Pj", "Bahrudin"),
    ("Usai meninjau pasar.Pj Bahrudin melanjutkan rapat koordinasi.", "Pj", "Bahrudin"),
    ("Pjs Bahrudin membuka rapat koordinasi netralitas ASN.", "Pj", "Bahrudin"),
])
def test_bare_acting_prefix(text: str, title: str, name: str) -> None:
    assert pairs(text) == [(title, name)]


@pytest.mark.parametrize("text", [
    "Pj Bupati Tebo Rahmat Hidayat mengingatkan ASN. Pj Rahmat juga meminta camat netral.",
    "Pj Rahmat membuka rapat. Pj Bupati Tebo Rahmat Hidayat mengingatkan ASN.",
])
def test_bare_acting_prefix_is_the_same_person(text: str) -> None:
    assert pairs(text) == [("Pj Bupati", "Rahmat Hidayat")]


def test_person_in_charge_is_no_acting_head() -> None:
    assert names("PJ Posko Budi Santoso hadir dalam rapat.") == []


@pytest.mark.parametrize("text, title", [
    # a nickname after the name: the headline that uses it names the same person
    ("Gubernur Jateng Bambang Wirawan atau Bambang W mengingatkan PNS netral.",
     "Gubernur Bambang W Ancam Pecat PNS"),
    ("Gubernur Jateng Bambang Wirawan atau Bewe mengingatkan PNS netral.",
     "Gubernur Bewe Ancam Pecat PNS"),
    ("Bupati Tebo Rahmat Hidayat yang akrab disapa Memet meminta ASN netral.",
     "Bupati Memet Minta ASN Netral"),
])
def test_nickname_in_headline(text: str, title: str) -> None:
    assert len(pairs(text, title)) == 1


@pytest.mark.parametrize("text, region", [
    # the village head under its regional names: Simalungun, Sangihe and Talaud, Kei
    ("Pangulu Nagori Sukamaju Budi Santoso mengikuti ikrar netralitas.", "Sukamaju"),
    ("Kepala Nagori Dolok Budi Santoso mengikuti ikrar netralitas.", "Dolok"),
    ("Kapitalaung Lenganeng Budi Santoso mengikuti ikrar netralitas.", "Lenganeng"),
    ("Kepala Ohoi Langgur Budi Santoso mengikuti ikrar netralitas.", "Langgur"),
])
def test_village_heads_regional_names(text: str, region: str) -> None:
    found = [(o.title, o.name, o.region) for o in officials(text)]
    assert found == [("Kepala Desa", "Budi Santoso", region)]


def test_branch_office_head() -> None:
    text = "Kacabdin Pendidikan Wilayah III Budi Santoso mengingatkan guru ASN netral."
    assert names(text) == ["Budi Santoso"]


def test_banjar_head() -> None:
    text = "Kelian Banjar Dinas Tegal, Budi Santoso, mengikuti ikrar netralitas."
    assert pairs(text) == [("Kepala Dusun", "Budi Santoso")]


@pytest.mark.parametrize("text, region", [
    # a village's name ends where an honorific opens the name, dotted or not
    ("Lurah Sukamaju Dr. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Kades Sukamaju Drs. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Lurah Sukamaju Ir. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Lurah Sukamaju Prof. Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    ("Lurah Sukamaju H Budi Santoso mengingatkan ASN netral.", "Sukamaju"),
    # a compass word or "Raya" closing a village's name is part of it
    ("Lurah Tanjung Raya Budi Santoso mengingatkan ASN netral.", "Tanjung Raya"),
    ("Lurah Tanjung Raya Dr Budi Santoso mengingatkan ASN netral.", "Tanjung Raya"),
    ("Wali Nagari Koto Baru Utara Budi Santoso mengingatkan ASN netral.", "Koto Baru Utara"),
])
def test_village_then_honorific_name(text: str, region: str) -> None:
    assert [(o.name, o.region) for o in officials(text)] == [("Budi Santoso", region)]

"""Round 7 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials
from transforms.events.officials.tokens import title_case


def names(text: str, title: str = "") -> list[str]:
    return [o.name for o in officials(text, title) if o.name]


@pytest.mark.parametrize("text, name", [
    # a name set off by commas may end in a word that is also a province's name
    ("Penjabat Bupati Sikka, Yohanes Rewo Bali, S.STP, membuka sosialisasi.", "Yohanes Rewo Bali"),
    ("Kepala BKPSDM Flores Timur, Maria Yuliana Jambi, menyampaikan materi.",
     "Maria Yuliana Jambi"),
    # a paragraph ending in "pilkada" (or "tim", "calon") says nothing of the next one's title
    ("Ikrar netralitas ASN dalam pilkada\nPenjabat Sementara (Pjs) Gubernur Jambi Rudi Hartono "
     "menandatangani petisi.", "Rudi Hartono"),
    ("Warga diminta ikut mengawasi calon\nKetua Bawaslu Agam Rina Sari mengingatkan ASN.",
     "Rina Sari"),
    # a unit word in lower case inside the title
    ("Anggota komisi I DPRD Provinsi Maluku Yonas Latuheru berharap ASN netral.", "Yonas Latuheru"),
    ("Kepala seksi Pemerintahan Kecamatan Lubuk Begalung Andi Saputra hadir.", "Andi Saputra"),
    # a first name before a name used alone by a regional head's title is no region
    ("Hadir Wakil Bupati Frans Wonda. Kata Wonda, ASN dilarang berpolitik praktis.", "Frans Wonda"),
    # the interim council chair
    ("Apel dihadiri Ketua DPRD sementara Kabupaten Solok H. Dodi Hendra, S.E., dan Forkopimda.",
     "Dodi Hendra"),
    ("Hadir Ketua DPRK sementara Aceh Besar Zulfikar Arif dalam deklarasi.", "Zulfikar Arif"),
    # members named after a plural title: "seperti", "antara lain", "di antaranya"
    ("Hadir beberapa Komisioner Bawaslu Solok, seperti Yesi Marlina, S.Sos dan Riko Putra.",
     "Riko Putra"),
    ("Turut hadir para Anggota KPU Agam, antara lain Hendra Saputra dan Nurul Aini.",
     "Hendra Saputra"),
    ("Sejumlah Anggota Bawaslu Pasaman, di antaranya Ayu Lestari dan Rudi Hartono, hadir.",
     "Ayu Lestari"),
])
def test_read_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    # a quote's tag capitalised after the closing quote is no part of the name
    ("Ketua Bawaslu Solok, Hendri mengatakan ASN harus netral. “Kami awasi,” Ujar Hendri.",
     "Ujar Hendri"),
    ("Ketua KPU Agam, Sutrisno menjelaskan tahapan. “Semua diawasi,” Tutur Sutrisno.",
     "Tutur Sutrisno"),
    # a title inside a rule's name ("SE ... tentang Pengunduran Diri Pj Bupati")
    ("Ia mengacu pada SE Nomor 100 tentang Pengunduran Diri Pj Bupati yang mencalonkan diri.",
     "Pengunduran Diri"),
    # a former deputy is a former holder too
    ("Hal itu disebut mantan Wakil Ketua Pengurus Wilayah organisasi itu, Budi Santoso.",
     "Budi Santoso"),
])
def test_no_wrong_name(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_field_named_after_a_province_is_still_no_person() -> None:
    assert not names("Pejabat itu menjabat Staf Ahli Gubernur Aceh Bidang Keistimewaan Aceh, "
                     "Pemerintahan dan Politik.")


def test_a_lead_sentence_is_no_title_case_headline() -> None:
    lead = ("PADANG – Menjelang Pilkada Padang, Pj Wali Kota Padang Hendra Saputra "
            "mengimbau semua ASN di lingkungan Pemko agar tetap netral.")
    assert not title_case(lead)
    assert title_case("Pj Wali Kota Padang Hendra Saputra Imbau ASN Jaga Netralitas")
    assert names("Menurutnya ASN dituntut netral.", lead) == ["Hendra Saputra"]


@pytest.mark.parametrize("text, name", [
    # a dateline glued to the lead's title by a dash
    ("KENDARI--Kepala BKD Sultra Rahmat Saleh mengingatkan ASN agar netral.", "Rahmat Saleh"),
    ("PADANG-Kapolda Sumbar, Irjen Pol Budi Santoso, menegaskan personel netral.", "Budi Santoso"),
    ("Antara, BANDUNG--Penjabat Gubernur Jawa Barat Asep Suhendar meminta ASN netral.",
     "Asep Suhendar"),
])
def test_title_after_a_glued_dateline(text: str, name: str) -> None:
    assert name in names(text)


def test_a_hyphened_word_is_no_title_start() -> None:
    assert not names("Warga se-Kabupaten Agam hadir, juga non-Kepala Dinas Rahmat Saleh.")

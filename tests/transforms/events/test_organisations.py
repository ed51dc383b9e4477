import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events.organisations import (
    CANONICAL,
    canonical_organisation,
    organisation_mentions,
)


def organisations(text: str) -> tuple[str, ...]:
    """Distinct canonical names in order of first mention, as events carry them."""
    return tuple(dict.fromkeys(m.name for m in organisation_mentions(text)))

# (sentence, expected canonical names in order of first mention); the first ones are invented in
# the shapes of the seed articles
CASES = [
    ("Di tempat yang sama, Kepala Badan Kesatuan Kebangsaan dan Politik (Kabankesbangpol) Kota "
     "Pekanbaru Syafrizal menyebut kegiatan itu diikuti 212 pegawai",
     ("Kesbangpol",)),
    ("Unsur Forkopimda Kota Pekanbaru, serta Bawaslu Kota Pekanbaru turut menyaksikan.",
     ("Forkopimda", "Bawaslu")),
    ("Pelatihan bagi pejabat eselon Pemko Padang Panjang itu diadakan di PPSDM "
     "Kemendagri Regional Sumatera, Kabupaten Tanah Datar.", ("PPSDM Kemendagri",)),
    ("Gerak-gerik ASN diawasi Bawaslu, Komisi Aparatur Sipil Negara (KASN), serta warga "
     "sendiri.", ("Bawaslu", "KASN")),
    ("KPU Kubu Raya Kirim Logistik Pilkada ke Desa Terpencil", ("KPU",)),
    ("Kementerian PANRB Dorong Daerah Bangun Mal Pelayanan Publik Digital",
     ("KemenPANRB",)),
    ("Surat edaran Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi, "
     "Kementerian Dalam Negeri, BKN, KASN dan Bawaslu", ("KemenPANRB", "Kemendagri", "BKN",
                                                         "KASN", "Bawaslu")),
    ("Laporan diteruskan ke Badan Pengawas Pemilu dan Badan Kepegawaian Negara",
     ("Bawaslu", "BKN")),
    ("BKPSDM dan BKD bersama Inspektorat memeriksa ASN", ("BKPSDM", "BKD", "Inspektorat")),
    ("Satpol PP, Ombudsman RI dan DKPP ikut memantau", ("Satpol PP", "Ombudsman", "DKPP")),
    ("Panwascam dan Sentra Gakkumdu menerima laporan", ("Panwascam", "Gakkumdu")),
    ("Satuan Polisi Pamong Praja dan Komisi Pemilihan Umum daerah", ("Satpol PP", "KPU")),
    ("Kesbangpol, Bakesbangpol dan Kabankesbangpol", ("Kesbangpol",)),
    ("Forum Koordinasi Pimpinan Daerah (Forkopimda) hadir", ("Forkopimda",)),
    ("Penyelenggara KPUD dan Bawaslu kabupaten", ("KPU", "Bawaslu")),
    ("Kemendagri menggelar pelatihan di PPSDM", ("Kemendagri", "PPSDM Kemendagri")),
]

NEGATIVE = [
    "Kunjungan wisatawan ke Istano Basa Pagaruyung meningkat.",
    "Harga cabai merah di Pasar Raya Padang naik menjadi Rp60.000 per kilogram.",
    "itu bkn urusan saya, kpu katanya",  # chat slang, lowercase acronyms
    "Pegawai Pemko Padang Ikut Senam Pagi Bersama di Lapangan Imam Bonjol",
    "Pengawas TPS dan petugas KPPS dilantik di kantor camat.",
    "Pemko Pekanbaru Adakan Lomba Sepeda Mengenang Pahlawan Sutan Rajo Alam",
    "",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organisations(text, expected):
    assert organisations(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_organisation(text):
    assert organisations(text) == ()


def test_bkpsdmd_kept_as_written():
    assert organisations("BKPSDMD Kabupaten Agam") == ("BKPSDMD",)


def test_canonical_organisation_of_office_name():
    assert canonical_organisation("Badan Kesatuan Kebangsaan dan Politik") == "Kesbangpol"
    assert canonical_organisation("Dinas Pariwisata") is None


def test_mentions_carry_offsets():
    text = "diawasi Komisi Aparatur Sipil Negara (KASN) serta Bawaslu"
    found = organisation_mentions(text)
    assert [(m.name, m.phrase) for m in found] == [
        ("KASN", "Komisi Aparatur Sipil Negara"), ("KASN", "KASN"), ("Bawaslu", "Bawaslu")]
    assert all(text[m.start:m.end] == m.phrase for m in found)


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    found = organisations(text)
    assert len(found) == len(set(found))
    assert all(name in CANONICAL or name.startswith("BKPSDM") for name in found)


def _fixture_texts() -> list[str]:
    from gold import gold_pages
    from lxml import html

    return [html.fromstring(p.html).text_content() for p in gold_pages()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Bawaslu", "bawaslu", "BKN", "bkn", "KPUD", "Komisi Pemilihan Umum", "Kesbangpol",
    "Bakesbangpol", "kesbangpol", "PPSDM Kemendagri", "Satpol PP", "SatpolPP", "Forkompinda",
    "Sentra Gakkumdu", "Panwaslu Kecamatan", "KemenPAN-RB", "Inspektorat", "DKPP", "xBKN",
    "BKNx", "di", "ASN", "Padang", ".", ",", "(", ")", "\n", " ", "-", "Ombudsman", "é",
]), max_size=40).map("".join))
def test_org_prefilter_finds_exactly_what_a_full_scan_finds(text):
    from transforms.events.organisations import ORG_RE, org_matches

    assert [m.span() for m in org_matches(text)] == [m.span() for m in ORG_RE.finditer(text)
                                                      if m.end() > m.start()]


def test_org_prefilter_matches_a_full_scan_on_the_fixture_pages():
    from transforms.events.organisations import ORG_RE, org_matches

    texts = _fixture_texts()
    assert len(texts) >= 16
    for text in texts:
        assert [m.span() for m in org_matches(text)] == [m.span() for m in
                                                          ORG_RE.finditer(text)]

"""A regency's own body or head opening the lead under a dateline naming another city, on
invented leads: with no place of its own stated, the occasion is the regency's (a desk at a
province's seat, or an outlet based in another province, files the story); not when the
holder attends another's occasion, the lead names a venue or another region after "di", the
body names the dateline's city as a place, the dateline is a neighbouring town of the same
province, or the words opening the lead name an election or people rather than a holder."""

import pytest

from transforms.places.resolve import place_of

TAIL = "\nKegiatan itu diikuti puluhan peserta."


@pytest.mark.parametrize(("lead", "regency"), [
    ("PALU, Koran Teluk - Badan Pengawas Pemilu (Bawaslu) Kabupaten Donggala, Sulawesi Tengah, "
     "berencana berkoordinasi dengan pemkab soal sikap netral ASN.", "Kabupaten Donggala"),
    ("Padang, Warta - Bupati Agam memimpin ikrar sikap netral ASN "
     "bersama para kepala OPD.", "Kabupaten Agam"),
    ("KENDARI, KORAN - KPU Kabupaten Konawe Selatan menggelar bimtek bagi PPK menjelang "
     "pemungutan suara.", "Kabupaten Konawe Selatan"),
    ("MAKASSAR | Penjabat Sementara (Pjs) Bupati Gowa, Sulawesi Selatan, Andi Rahman "
     "mengingatkan seluruh pegawai agar tidak berpihak.", "Kabupaten Gowa"),
    ("Manado, Kabarku.id \u2013 Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten "
     "Minahasa mengumpulkan para camat untuk membahas sikap netral pegawai.",
     "Kabupaten Minahasa"),
    # the election body by its full name, which ends on the election's word
    ("Mataram (ANTARA) - Badan Pengawas Pemilu Kabupaten Lombok Timur, Nusa Tenggara Barat, "
     "menggelar sosialisasi netralitas bagi pegawai.", "Kabupaten Lombok Timur"),
    ("PADANG, Warta - Komisi Pemilihan Umum Kabupaten Agam menggelar bimtek bagi PPK.",
     "Kabupaten Agam"),
    # an outlet based in another province
    ("Bukittinggi, Warta - Pemkab Kampar, Riau, mencatat dua laporan pegawai yang ikut "
     "berkampanye.", "Kabupaten Kampar"),
])
def test_a_regency_holder_opening_the_lead_is_the_occasions_place(lead, regency):
    place = place_of(None, lead + TAIL)
    assert place.region.regency == regency


@pytest.mark.parametrize(("lead", "regency"), [
    # the holder attends another's occasion
    ("Padang, Warta - Bupati Agam menghadiri rapat koordinasi netralitas ASN bersama "
     "gubernur.", "Kota Padang"),
    # the lead names a venue
    ("Padang, Warta - Bawaslu Kabupaten Agam mengadakan pertemuan soal sikap netral pegawai "
     "di Hotel Mutiara Biru.", "Kota Padang"),
    # the body names the dateline's city as a place
    ("KENDARI, KORAN - KPU Kabupaten Konawe Selatan menggelar bimtek bagi PPK.\nKetua KPU "
     "Konawe Selatan ditemui di Kota Kendari mengatakan bimtek itu penting.", "Kota Kendari"),
    # a neighbouring town of the same province
    ("Bukittinggi, Warta - Bawaslu Kabupaten Agam menggelar sosialisasi netralitas ASN.",
     "Kota Bukittinggi"),
    # an election's name, not a holder
    ("PADANG - Pemilihan Bupati Agam tahun ini diwarnai laporan pegawai yang tidak netral.",
     "Kota Padang"),
    # people of the regency, not a holder
    ("Padang, Warta - Pegawai Pemkab Agam diminta tidak memihak.", "Kota Padang"),
])
def test_other_leads_under_another_citys_dateline_keep_it(lead, regency):
    place = place_of(None, lead + TAIL)
    assert place.region.regency == regency

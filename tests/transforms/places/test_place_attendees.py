"""A province's head or body named as one attendee of a national body's gathering ("Rapat itu
diikuti Pj Gubernur X", "Turut hadir Sekda Provinsi Y", "narasumber ..."), in a text naming no
place: the gathering is not that province's, and its place stays unknown. A province body
holding the gathering ("apel Pemprov X yang diikuti ribuan ASN") keeps its province.
Invented texts."""

import pytest

from transforms.places.resolve import place_of


def _where(text):
    place = place_of(None, text)
    return (place.region.regency if place and place.region else None,
            place.province_name if place else None)


@pytest.mark.parametrize("text", [
    ("Kementerian Dalam Negeri menggelar rapat koordinasi netralitas pegawai secara daring.\n"
     "Rapat itu diikuti Pj Gubernur Bali bersama sejumlah kepala daerah lain."),
    ("Bawaslu RI menggelar rakornas pengawasan netralitas aparatur menjelang pemungutan suara.\n"
     "Turut hadir Penjabat Gubernur Sulawesi Selatan yang menyatakan komitmen daerahnya."),
    ("KASN menggelar seminar daring tentang netralitas pegawai bagi para pejabat pembina.\n"
     "Salah satu narasumber, Sekda Provinsi Riau, membagikan cara daerahnya mengawasi pegawai."),
    ("Menteri PANRB membuka forum evaluasi netralitas aparatur tahun ini.\nForum tersebut "
     "dihadiri Wakil Gubernur Jawa Timur dan perwakilan kementerian."),
])
def test_a_province_attending_a_national_gathering_is_not_its_place(text):
    assert _where(text) == (None, None)


@pytest.mark.parametrize("text", [
    # the province body holds the gathering the people attend
    ("Bawaslu RI memantau apel Pemprov Jambi yang diikuti ribuan pegawai di halaman kantor "
     "gubernur."),
    # no national body leads: the governor attending is the province's occasion
    ("Rapat koordinasi netralitas pegawai digelar pekan ini.\nRapat itu diikuti Gubernur Bali "
     "beserta para bupati dan wali kota."),
])
def test_a_province_holding_or_with_no_national_lead_keeps_it(text):
    assert _where(text)[1] in ("Jambi", "Bali")

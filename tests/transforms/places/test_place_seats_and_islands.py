"""A seat named alike in two provinces, an island wholly in one regency, a statement closed by
where it was said, and a dash a stored copy mis-decoded. Invented sentences."""

from transforms.places.dateline import find_dateline
from transforms.places.regions import resolve_region
from transforms.places.resolve import place_of


def test_a_shared_seat_is_the_regency_the_text_names() -> None:
    text = ('"Kami minta ASN di Kabupaten OKU Timur menjaga netralitas," tegas Pj Bupati OKU '
            "Timur Hendra Saputra di Martapura, Senin.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Ogan Komering Ulu Timur"


def test_a_shared_seat_alone_keeps_the_tables_regency() -> None:
    text = '"ASN wajib netral," tegas Pj Bupati Hendra Saputra di Martapura, Senin.'
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Banjar"


def test_an_island_names_its_regency() -> None:
    assert resolve_region("Tagulandang").regency == "Kabupaten Kepulauan Siau Tagulandang Biaro"
    assert resolve_region("Bawean").regency == "Kabupaten Gresik"


def test_a_statement_closed_by_where_it_was_said_beats_the_bureau_dateline() -> None:
    text = ("Manado (ANTARA) - Bawaslu Kabupaten Kepulauan Sangihe, Sulawesi Utara, menggelar "
            "rapat pengawasan kampanye bersama pengawas kecamatan.\n"
            '"Rapat ini untuk menyamakan langkah," kata Ketua Bawaslu Sangihe, Rudi '
            "Makaminan, S.H., di Tahuna.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Kepulauan Sangihe"


def test_people_where_a_statement_places_them_do_not_count() -> None:
    text = ("Manado (ANTARA) - Bawaslu Sulawesi Utara mencatat tiga ASN tidak netral.\n"
            "Ketiganya kata Rudi yakni dua camat dan seorang guru di Tahuna.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Manado"


def test_a_misdecoded_dash_ends_a_dateline() -> None:
    for dash in ("\u03b2\u20ac\u201d", "\u00e2\u20ac\u201d"):
        text = (f"FOTO: petugas di Kabupaten Sanggau\nPONTIANAK, KOMPAS {dash} Bawaslu Kalimantan "
                "Barat mencatat belasan dugaan pelanggaran netralitas.")
        line = find_dateline(text)
        assert line is not None and line.region is not None, dash
        assert line.region.regency == "Kota Pontianak"

"""Headcount cues beside the attendance and violation words (headcount_cues.py): the audience
a speaker faced counts as attendance, an item of a breakdown of counted cases does not (its
people are violators), nor does the size of a workforce ("dengan jumlah ASN sekitar ...").
Invented sentences."""

import pytest

from transforms.events.participants import attendance

# the people a speaker spoke before were there
FACED = [
    ('"Setiap kelurahan butuh 2 orang staf tambahan," ujarnya di hadapan sekitar 80 orang '
     "perwakilan lurah dan perangkat kelurahan di Gresik tersebut.", 80),
    ("Bupati Ramlan berbicara di depan 250 ASN Pemkab Tebo soal larangan berpolitik praktis.",
     250),
]

# a tally of cases broken down: the items count violators, not attendees
CASE_ITEMS = [
    '"Ada 14 dugaan kasus yang menyeret pegawai di 9 kabupaten tercatat di kami, 5 di '
    "antaranya soal netralitas guru, 6 kepala desa dan 3 perangkat desa,\" kata Hendra dalam "
    "sambutan di acara Sosialisasi Netralitas ASN di Aula Kantor Gubernur, Kamis (18/1/2024).",
]

# a coordination meeting named by its short form, its people counted after "bersama"
MEETINGS = [
    ("Kami minta semua kepala kampung menjaga jarak dari calon, ucap Rudi dalam rakor "
     "pengawasan bersama 64 kepala kampung se Mappi, di Hotel Cendana, Kamis 7 November 2024.",
     64),
    ("Rakorda netralitas itu digelar Bawaslu Sikka bersama 45 camat dan lurah di aula kantor "
     "bupati.", 45),
]

# a breakdown of the attendees themselves still counts
ATTENDEES = [
    ("Sosialisasi itu diikuti 120 orang yang terdiri dari 70 ASN dan 50 honorer Dinas Sosial.",
     120),
]


def test_the_audience_faced_is_counted() -> None:
    for text, count in FACED:
        found = attendance(text)
        assert found is not None and found.count == count, text


def test_breakdown_of_cases_counts_no_attendees() -> None:
    for text in CASE_ITEMS:
        assert attendance(text) is None, text


def test_breakdown_of_attendees_still_counts() -> None:
    for text, count in ATTENDEES:
        found = attendance(text)
        assert found is not None and found.count == count, text


def test_coordination_meeting_short_forms_name_the_occasion() -> None:
    for text, count in MEETINGS:
        found = attendance(text)
        assert found is not None and found.count == count, text


# the size of a workforce, its noun before the number: no one counted as present
SIZES = [
    "Dengan jumlah ASN sekitar 12.000 orang, Sekda Agam memberikan sosialisasi netralitas "
    "secara intensif pada Jumat (25/10/2024).",
    "Jumlah pegawai di Pemkab Agam mencapai 8.000 orang, kata Sekda saat sosialisasi "
    "netralitas, Jumat (25/10/2024).",
]
# (the number of participants is the attendance)
PARTICIPANTS = [("Jumlah peserta sosialisasi netralitas itu sekitar 150 orang ASN.", 150)]


def test_the_size_of_a_workforce_is_no_attendance() -> None:
    for text in SIZES:
        assert attendance(text) is None, text
    for text, count in PARTICIPANTS:
        found = attendance(text)
        assert found is not None and found.count == count, text


# those who refused to sign or come are not attendees; those who signed are
REFUSED = [
    ("Dua Kades di Agam Tolak Tandatangani Ikrar Netralitas",
     "Bawaslu Agam menggelar sosialisasi dengan para kepala desa di Sukamaju. Dua kades yang "
     "tak mau menandatangani ikrar itu tidak dipaksa, kata Rudi."),
    ("Ikrar Netralitas di Agam", "Tiga camat menolak hadir dalam ikrar netralitas di Sukamaju."),
]


def test_those_who_refused_are_no_attendance() -> None:
    for title, text in REFUSED:
        assert attendance(text, title) is None, title
    found = attendance("Sebanyak 120 kades menandatangani ikrar netralitas di Sukamaju, Senin.")
    assert found is not None and found.count == 120


def test_an_abbreviated_title_in_the_group_ends_no_sentence() -> None:
    # "Pj." inside the group: the attendance verb after it is still the headcount's sentence
    text = ("Ikrar netralitas dibacakan di aula kantor camat. Dari 60 desa, hanya 41 Kepala "
            "Desa/Pj. Kepala Desa yang hadir dan menandatangani ikrar itu.")
    found = attendance(text)
    assert found is not None and found.count == 41


def test_acting_heads_sworn_in_by_their_interim_title_are_counted() -> None:
    text = "Gubernur Rudi Hartono melantik tiga Pjs Bupati di aula kantor gubernur, Senin."
    found = attendance(text)
    assert found is not None and found.count == 3


def test_civil_servants_examined_on_the_record_are_no_attendance() -> None:
    text = ("Rapat koordinasi Pokja netralitas ASN digelar di aula Bawaslu Agam. BKD telah "
            "melakukan Berita Acara Pemeriksaan (BAP) terhadap 4 ASN dan menunggu arahan BKN.")
    assert attendance(text) is None


def test_a_pledges_signed_record_keeps_its_signers() -> None:
    # (review) a record of the pledge signed, no examination
    text = ("AGAM - Pemkab Agam menggelar ikrar netralitas ASN di Lapangan Sukamaju. Ikrar "
            "ditutup dengan penandatanganan berita acara oleh 120 kepala desa se-Kabupaten Agam.")
    found = attendance(text)
    assert found is not None and found.count == 120


def test_the_people_a_case_involves_are_no_attendance() -> None:
    text = ("AGAM - Bawaslu Agam menangani kasus pelanggaran Pemilu yang melibatkan sembilan "
            "ASN di lingkup Pemkab Agam.")
    assert attendance(text) is None
    # (limit) a briefing that involves its audience counts it
    found = attendance("Sosialisasi netralitas ASN melibatkan 120 kepala desa se-Kabupaten Agam.")
    assert found is not None and found.count == 120


@pytest.mark.parametrize(("text", "count"), [
    # (review) a gathering on violations involves its attendees
    ("Bawaslu Kabupaten Agam menggelar sosialisasi pencegahan pelanggaran netralitas yang "
     "melibatkan 150 ASN di aula kantor bupati.", 150),
    ("Deklarasi yang digelar untuk mencegah dugaan pelanggaran itu melibatkan 250 ASN Pemkab "
     "Agam.", 250),
])
def test_a_gathering_on_violations_still_counts_who_it_involves(text: str, count: int) -> None:
    found = attendance(text)
    assert found is not None and found.count == count


def test_people_rumoured_not_neutral_are_no_attendance() -> None:
    text = ("Ketua Bawaslu Agam merespons isu tidak netralnya 16 camat dan 177 lurah dalam "
            "deklarasi netralitas ASN yang digelar di aula kantor wali kota.")
    assert attendance(text) is None
    assert attendance("Deklarasi netralitas ASN diikuti 16 camat dan 177 lurah di aula kantor "
                      "wali kota.").count == 193


def test_belas_alone_is_no_number() -> None:
    # "Kelima belas ASN tersebut": the fifteen told of before, not ten people
    assert attendance("Kelima belas ASN tersebut hadir dalam apel di halaman kantor.") is None
    assert attendance("Apel diikuti lima belas ASN di halaman kantor.").count == 15

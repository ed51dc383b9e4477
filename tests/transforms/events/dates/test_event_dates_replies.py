"""A reported person's reply to the case, dated later, does not lead: the report, the summons
or the finding is the occasion; an official's word that no civil servant was involved stays
one, and a reply is dated when nothing else is. Invented texts."""

from datetime import date

import pytest

from tests.fixtures.event_date_checks import JKT, URL, EventDate, day_of, find_event_dates
from transforms.events.dates.replies import reply_date


# 5 September 2024 was a Thursday, 9 September a Monday, 10 September a Tuesday,
# 11 September a Wednesday.
@pytest.mark.parametrize(("text", "day"), [
    ("Bawaslu Kabupaten Lembata memanggil Kepala Desa Watuwawer, Simon Lagadoni, Kamis "
     "(5/9/2024), karena diduga melanggar aturan netralitas pegawai.\n"
     "Simon mengaku dirinya tidak ikut dalam acara calon tersebut.\n"
     '"Saya hanya datang sebagai warga," kata Simon, Senin (9/9/2024).', date(2024, 9, 5)),
    ("Warga melaporkan Lurah Kampung Baru ke Bawaslu Kota Palu, Selasa (10/9/2024), karena "
     "diduga tidak netral dalam Pilkada.\n"
     "Menanggapi aduan itu, Lurah Kampung Baru, Rahmat, mengaku siap memberi penjelasan.\n"
     '"Saya akan datang bila dipanggil," ujar Rahmat lewat telepon, Rabu (11/9/2024).',
     date(2024, 9, 10)),
    # the quote closed by the date runs over several sentences
    ("Seorang warga mengadukan Camat Lore Utara ke Panwaslu atas dugaan tidak netral, Selasa "
     "(10/9/2024).\nMenanggapi laporan tersebut, Camat Lore Utara, Yohanis, mengaku heran.\n"
     '"Saya tidak tahu soal itu. Nanti saya jelaskan semuanya," ujar Yohanis, Rabu '
     "(11/9/2024).", date(2024, 9, 10)),
    ("Panwaslu Kecamatan Wera memeriksa seorang guru PNS, Selasa (10/9/2024), atas dugaan "
     "pelanggaran netralitas. Guru itu membantah telah mendukung salah satu calon. \"Saya "
     'tidak pernah berkampanye," katanya, Rabu (11/9/2024).', date(2024, 9, 10)),
])
def test_a_reply_to_the_case_does_not_lead(text: str, day: date) -> None:
    assert day_of(text) == day


def test_an_officials_word_that_no_civil_servant_was_involved_stays_an_occasion() -> None:
    text = ("Bawaslu Kabupaten Dompu menerima laporan dugaan ASN hadir di acara calon, Selasa "
            "(10/9/2024).\nSekda Dompu, Anton Wijaya, membantah ada ASN yang terlibat.\n"
            '"Tidak ada pegawai kami di acara itu," kata Anton, Rabu (11/9/2024).')
    assert day_of(text) == date(2024, 9, 11)


def test_a_reply_alone_keeps_its_date() -> None:
    text = ("Kepala Desa Sumberjo membantah ikut berkampanye untuk salah satu calon bupati. "
            '"Saya tidak ikut," kata dia, Jumat (6/9/2024).')
    assert day_of(text) == date(2024, 9, 6)


@pytest.mark.parametrize(("text", "reply"), [
    ("Kades itu menampik dirinya pernah mengajak perangkat desa berpihak, Selasa "
     "(10/9/2024).", True),
    ('Ia diperiksa pekan lalu. "Aku nggak terlibat apa-apa," ujarnya, Selasa (10/9/2024).',
     True),
    ("Ketua Bawaslu mengaku tidak menemukan pelanggaran, Selasa (10/9/2024).", False),
    ("Bawaslu membantah ada ASN yang terbukti melanggar, Selasa (10/9/2024).", False),
])
def test_the_reply_shapes(text: str, reply: bool) -> None:
    found = find_event_dates(text, None, JKT, URL)[-1]
    assert isinstance(found, EventDate)
    assert reply_date(text, found) is reply

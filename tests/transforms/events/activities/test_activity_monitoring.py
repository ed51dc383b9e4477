"""Activities: `pengawasan`, monitoring done at this occasion (a patrol, a raid, a visit, a team
or post set up, monitoring stepped up), against a body's standing work described, monitoring
asked for, usual or asserted, and a headline's monitoring the body only announces. Invented
sentences; each pattern paired with a negative or a positive."""

import pytest

# the shared table checks, run over ORDERED, CASES and KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activities, test_activities_exactly, test_activity_kinds  # noqa: F401

from transforms.events.activities.classify import (
    activity_mentions,
    headline_mentions,
)

_APEL = (" Komitmen netralitas itu dideklarasikan dalam sebuah apel di lapangan upacara Setda, "
         "pada Kamis, 10 Oktober 2024.")

# the values exactly, in their order
ORDERED = [
    # monitoring stepped up, told in a lead beside a gathering: the body's work, unless a day
    # is told with it; a dateline's date is the report's, not a day of the monitoring
    ("Sukamaju, 10 Oktober 2024 - Bawaslu Kabupaten Sukamaju meningkatkan pengawasan atas "
     "sikap netral pegawai jelang Pilkada 2024." + _APEL, ("ikrar", "apel")),
    ("SUKAMAJU, Kamis (10/10/2024) - Bawaslu Kabupaten Sukamaju meningkatkan pengawasan atas "
     "sikap netral pegawai jelang Pilkada 2024." + _APEL, ("ikrar", "apel")),
    ("SUKAMAJU - Bawaslu Kabupaten Sukamaju meningkatkan pengawasan atas sikap netral pegawai, "
     "Kamis (10/10/2024)." + _APEL, ("pengawasan", "ikrar", "apel")),
    # a monitoring team asked for and told as set up already
    ("Setiap kecamatan harus membentuk satgas netralitas ASN, dan itu sudah terbentuk, kata "
     "Sekda.", ("imbauan", "pengawasan")),
    ("Tiap kecamatan harus membentuk satgas netralitas ASN sebelum masa kampanye dimulai.",
     ("imbauan",)),
    # monitoring by a headline's bare verb, a raid or a close eye; asked for, an appeal
    ("Bawaslu Awasi Ketat Akun Media Sosial ASN Jelang Pilkada", ("pengawasan",)),
    ("Panwaslu Kecamatan Pantau Kegiatan Kepala Desa Selama Masa Kampanye", ("pengawasan",)),
    ("Mari awasi bersama netralitas ASN di lingkungan kita.", ("imbauan",)),
    ("Tim gabungan menggelar razia ke kantor dinas untuk memastikan ASN netral, Selasa (8/10).",
     ("pengawasan",)),
    ("Satpol PP merazia pedagang kaki lima di trotoar pasar.", ()),
]

# the values as a set
CASES = [
    # a working group of monitors set up
    ("Bawaslu Kota Sukamaju membentuk kelompok kerja (Pokja) pemantau netralitas pegawai "
     "bersama BKPSDM.", {"pengawasan"}),
    ("Bawaslu Kota Sukamaju membentuk kelompok kerja pemantau netralitas ASN.", {"pengawasan"}),
    # a body's standing task told: not monitoring done
    ("Bawaslu Provinsi Sukamaju tetap menjalankan tugasnya dalam melakukan pengawasan "
     "setiap tahapan pemilihan.", set()),
    ("Bawaslu Kabupaten Kaur melakukan pengawasan ke kantor Dinas Pendidikan, Selasa (3/9).",
     {"pengawasan"}),
    # monitoring of the election's course is not on neutrality; a headline's purpose; asked for
    ("Tim Pemprov Sukamaju sudah melakukan monitoring serta pemantauan persiapan pilkada ke "
     "lima kabupaten.", set()),
    ("Pemprov Sukamaju telah melakukan pemantauan terhadap akun media sosial ASN.",
     {"pengawasan"}),
    ("Awasi Netralitas ASN, Pemkot Sukamaju Bentuk Posko Aduan", {"pengawasan"}),
    ("Awasi Netralitas ASN, Pemkot Sukamaju Siapkan Tempat Aduan", set()),
    ("Bawaslu Awasi Akun Media Sosial ASN", {"pengawasan"}),
    ("Menurutnya, pengawasan netralitas ASN juga harus terus dilakukan.", {"imbauan"}),
    ("Pemprov Sukamaju memantau persiapan pilkada dan netralitas ASN di kabupaten, Senin "
     "(4/11/2024).", {"pengawasan"}),
    # a monitoring team still to be set up
    ("Tim pengawas netralitas ASN akan dibentuk pekan depan.", set()),
    ("Tim pengawas netralitas ASN sudah dibentuk oleh Bupati.", {"pengawasan"}),
    # word spread on social media; monitoring as a meeting's topic or of the election itself
    ("Bawaslu juga melakukan sosialisasi di media sosial tentang larangan ASN berkampanye.",
     {"imbauan"}),
    ("Bawaslu menggelar coffee morning bersama insan pers membahas pengawasan pilkada.", set()),
    ("Bawaslu Sukamaju telah melakukan pengawasan kampanye di lapangan kota.", set()),
    # monitoring sent out today is an act of the occasion, also beside a gathering; the body's
    # standing monitoring is not
    ("Pemkab Sukamaju menggelar apel netralitas ASN di halaman kantor bupati, Senin (7/10). "
     "\"Hari ini tim satgas netralitas turun ke beberapa dinas untuk melakukan pengawasan,\" kata "
     "Sekda. Bawaslu juga melakukan pengawasan terhadap aktivitas ASN di media sosial.",
     {"apel", "pengawasan"}),
    ("Pemkab Sukamaju menggelar apel netralitas ASN di halaman kantor bupati, Senin (7/10). "
     "Bawaslu juga melakukan pengawasan terhadap aktivitas ASN di media sosial.", {"apel"}),
    # (a gathering pointed at, then monitoring done at it)
    ("Pada acara itu pengawasan netralitas ASN dilakukan langsung oleh Panwascam Baso, Senin "
     "(7/10/2024).", {"pengawasan"}),
    # the escort unit's name ("patroli dan pengawalan (Patwal)") is no patrol of neutrality
    ("Pjs Bupati meninjau kantor kecamatan. Sebanyak 10 anggota Satpol PP, terdiri dari 7 "
     "anggota dan 3 patroli dan pengawalan (Patwal), dikerahkan dalam kunjungan ini.", set()),
    # a gathering's aim: no monitoring done
    ("Bawaslu menggelar rapat koordinasi bersama kepala desa, Rabu (28/8/2024), dengan tujuan "
     "utama mengawasi netralitas para kepala desa.", {"sosialisasi"}),
    # monitoring only described: the body's work
    ("Inspektorat Kota Sukamaju memantau secara khusus netralitas ASN menjelang Pilkada 2024.",
     set()),
    ("Tim kami sedang melakukan pengawasan atas netralitas ASN menjelang pemungutan suara.",
     set()),
    ("Pengawasan ini dilakukan oleh Bawaslu yang akan meneruskannya ke BKN.", set()),
    # ... unlike monitoring with a day, an object, a visit, a team set up, or stepped up
    ("Inspektorat memantau akun media sosial ASN menjelang Pilkada 2024.", {"pengawasan"}),
    ("Bawaslu melakukan pengawasan netralitas ASN ke kantor kecamatan, Senin (4/11/2024).",
     {"pengawasan"}),
    ("Tim gabungan memantau netralitas ASN di 15 kecamatan.", {"pengawasan"}),
    ("Pemkot membentuk satgas pengawasan netralitas ASN untuk Pilkada 2024.", {"pengawasan"}),
    ("Pemkab Sukamaju membentuk pokja pengawasan netralitas ASN di tiap kecamatan.",
     {"pengawasan"}),
    ("Bawaslu terus meningkatkan pengawasan netralitas ASN menjelang Pilkada 2024.",
     {"pengawasan"}),
    ("Bawaslu telah melakukan pengawasan netralitas ASN di seluruh kecamatan.",
     {"pengawasan"}),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # monitoring told as what is usually done: the body's standing work
    ("Menurut Ketua Panwaslih, ketidaknetralan pegawai sering ditemukan lewat pengawasan "
     "di lapangan dan patroli media sosial.", set()),
    ("Bawaslu Sukamaju kerap melakukan patroli siber terhadap akun media sosial ASN.", set()),
    ("Bawaslu Sukamaju melakukan patroli siber terhadap akun media sosial ASN, Senin "
     "(4/3/2024).", {"pengawasan"}),
    # a patrol named in English
    ("Bawaslu Kota Sukamaju membentuk tim cyber patrol untuk memantau netralitas ASN di media "
     "sosial.", {"pengawasan"}),
    ("Panwascam menggelar siber patrol terhadap akun ASN selama masa kampanye.", {"pengawasan"}),
    # an outlet named by its domain
    ("Lembah Hijau – Warta SIDAK.ID – Asisten I mengingatkan pegawai agar tetap netral.",
     {"imbauan"}),
    ("Panwascam menggelar patroli netralitas pegawai ke kantor camat, Rabu (4/9).",
     {"pengawasan"}),
    # monitoring carried out on social media
    ("Panwaslu Lembah Hijau pun melakukan pengawasan sampai ke media sosial para pegawai.",
     {"pengawasan"}),
    ("Panwaslu Lembah Hijau berwenang melakukan pengawasan di media sosial.", set()),
    # monitoring stepped up, said after the verb
    ("Jelang pemungutan suara, Pemkot Tanjung Permai kini mengawasi secara ketat netralitas "
     "para pegawainya.", {"pengawasan"}),
    ("Pemkot Tanjung Permai mengawasi netralitas para pegawainya.", set()),
    # monitoring of neutrality kept up
    ("Panwaslu Lembah Hijau mengaku terus melakukan pengawasan atas netralitas pegawai "
     "pemerintah daerah.", {"pengawasan"}),
    ("Panwaslu Lembah Hijau mengaku terus melakukan pengawasan atas pemasangan alat peraga.",
     set()),
    # a team set up, listed among the body's efforts: no monitoring of this occasion
    ("Rina Wati berujar, Pemprov dan pemkab bersama-sama melakukan upaya menjaga netralitas. "
     "Beberapa upayanya seperti penandatanganan pakta integritas dan membentuk tim pengawas "
     "netralitas ASN.", set()),
    ("Pemkab Sukamaju membentuk tim pengawas netralitas ASN, Senin (4/3).", {"pengawasan"}),
    # a body assigned to watch, after the public asked to watch in an earlier clause
    ("Ketua Bawaslu Agam, Rina Wati, menjelaskan selain mengajak masyarakat ikut mengawasi, "
     "pihaknya juga menugaskan panitia pengawas pemilihan kecamatan (Panwascam) untuk mengawasi "
     "pemasangan APK di rumah ASN.", {"pengawasan", "imbauan"}),
    ("Ketua Bawaslu Agam, Rina Wati, mengajak masyarakat ikut mengawasi pemasangan APK di rumah "
     "ASN.", {"imbauan"}),
]


HEADLINE = "Panwaslu Sukamaju Bentuk Posko Pengaduan Netralitas Pegawai"
ANNOUNCED = ("Panwaslu Sukamaju akan membentuk posko pengaduan menjelang pemungutan suara "
             "Pilkada.")
OPENED = "Panwaslu Sukamaju membuka posko pengaduan netralitas pegawai, Senin (4/3)."


@pytest.mark.parametrize(("body", "kept"), [(ANNOUNCED, False), (OPENED, True)])
def test_a_headlines_phrase_is_the_bodys_announcement(body, kept):
    title = activity_mentions(HEADLINE)
    assert "pengawasan" in {m.value for m in title}
    values = {m.value for m in headline_mentions(title, activity_mentions(body))}
    assert ("pengawasan" in values) is kept

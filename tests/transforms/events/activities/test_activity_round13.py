"""Activity rules of round 13. A phrase a site's domain goes on from ("SIDAK.ID") names an
outlet, no activity. A sanction prepared ("telah disiapkan sanksi untuk pegawai yang ...") or a
rule of sanctions ("ketentuan sanksinya berjenjang") is a threat, not one decided, and so is a
passive penalty listed after penalty nouns ("teguran tertulis, penurunan jabatan, hingga
diberhentikan") in a sentence that spells out the threat before it. Monitoring carried out on
social media ("pengawasan sampai ke media sosial") is done at a place visited, as one at an
office is; monitoring done "secara ketat" is stepped up, as "memperketat pengawasan" is, and so
is monitoring of neutrality kept up ("terus melakukan pengawasan atas netralitas pegawai"): the
body's standing work, kept in an article of no gathering. A finding is also told by
"ditemukannya" (the noun of the verb), by a watchdog's decision on a person ("menetapkan kepala
seksi berinisial T melanggar ..."), by a headline's "Dinilai Langgar", and by cases counted as
found ("kami mencatat sebanyak 9 kasus"); a case pointed back at a time told before ("diproses oleh
pengawas pemilu kala itu") is background, and so is a report told as the time another step was
taken at ("direncanakan sebelum muncul laporan adanya pegawai ..."). Invented sentences; each
pattern paired with a negative."""

import pytest

from transforms.events.activities.classify import VALUES, activities

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

CASES = [
    # an outlet named by its domain
    ("Lembah Hijau – Warta SIDAK.ID – Asisten I mengingatkan pegawai agar tetap netral.",
     {"imbauan"}),
    ("Panwascam menggelar patroli netralitas pegawai ke kantor camat, Rabu (4/9).",
     {"pengawasan"}),
    # a sanction prepared for whoever breaks the rule
    ("Wali Kota Tanjung Permai mengaku telah siapkan sanksi untuk pegawai pemkot yang "
     "berpihak menjelang pemungutan suara 2024.", {"imbauan"}),
    ("Gubernur memastikan jajarannya sudah menyiapkan sanksi terhadap pegawai yang berpihak.",
     {"imbauan"}),
    ("Wali kota telah menjatuhkan sanksi kepada dua lurah yang tidak netral.", {"sanksi"}),
    # a rule of sanctions
    ("\"Aturannya terang. Ketentuan sanksinya berjenjang, dari teguran hingga "
     "diberhentikan,\" ujar Kepala BKD di Tanjung Permai, Kamis (29/8).", {"imbauan"}),
    ("Aturannya terang. Lurah tersebut diberhentikan dari jabatannya, ujar Kepala BKD, "
     "Kamis (29/8).", {"sanksi"}),
    # penalties listed after a threat
    ("Asisten I menyebut pegawai akan dikenai sanksi ringan bila terbukti berpihak. \"Kemudian "
     "teguran tertulis, penurunan jabatan, hingga diberhentikan,\" tuturnya.", {"imbauan"}),
    ("Asisten I menyebut pegawai akan dikenai sanksi ringan bila terbukti berpihak. Tiga lurah "
     "yang berpihak telah diberi teguran tertulis dan diberhentikan dari jabatan.", {"sanksi"}),
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
    # a finding by the noun of the verb
    ("Klarifikasi digelar menyusul ditemukannya video yang memperlihatkan seorang guru PNS "
     "berpihak pada calon.", {"pelanggaran"}),
    ("Pemkot berharap tidak ditemukannya pegawai yang berpihak pada calon.", set()),
    # a watchdog's decision on a person
    ("Bawaslu Kota Tanjung Permai menetapkan kepala seksi berinisial T melanggar aturan "
     "netralitas pegawai.", {"pelanggaran"}),
    ("KPU menetapkan lokasi kampanye, sementara pegawai dilarang melanggar netralitas.",
     {"imbauan"}),
    # a headline's "Dinilai Langgar"
    ("Camat Lembah Hijau Dinilai Langgar Aturan Netralitas", {"pelanggaran"}),
    ("Pegawai Langgar Netralitas Akan Dinilai Ulang Jabatannya", set()),
    # cases counted as found
    ("Menurutnya banyak pegawai membagikan konten calon. \"Sampai kini kami mencatat sebanyak "
     "9 kasus,\" katanya.", {"pelanggaran"}),
    ("Menurutnya banyak pegawai membagikan konten calon. \"Jangan sampai kami mencatat "
     "sebanyak 9 kasus lagi,\" katanya.", set()),
    # a case pointed back at a time told before
    ("\"Dulu juga pernah terjadi, bahkan diproses oleh Panwaslu kala itu, seorang guru PNS "
     "ikut menyusun materi kampanye calon,\" katanya.", set()),
    ("\"Seorang guru PNS ikut menyusun materi kampanye calon dan kini diproses oleh Bawaslu,\" "
     "katanya, Selasa (23/7).", {"pelanggaran"}),
    # a report told as the time of another step
    ("Ia menuturkan, apel itu sudah direncanakan sejak awal bulan sebelum muncul laporan "
     "adanya seorang ASN kelurahan yang terindikasi tidak netral.", set()),
    ("Ia menuturkan, Panwaslu menerima laporan adanya seorang ASN kelurahan yang terindikasi "
     "tidak netral, Rabu (7/8).", {"pelanggaran"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round13_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)

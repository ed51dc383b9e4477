"""The words a gathering's name is read with (transforms/events/activities/topics.py): those
that say when, how or which kind it is, so that no topic (``NOT_A_TOPIC``), and those that end
the name (``NAME_ENDS``). Split from topics.py, whose rules they serve. Also the other
purposes a briefing may have in election news (``OTHER_TOPIC``, for activities/briefings.py).
"""

from __future__ import annotations

import re

__all__ = ["NAME_ENDS", "NOT_A_TOPIC", "OTHER_TOPIC", "PEACEFUL_ELECTION"]

# the words of a name that say when, how or which kind it is, or name the election, its
# civil servants or the pledge held: no topic ("apel gabungan perdana", "rakor Pilkada 2024")
NOT_A_TOPIC = frozenset({
    "koordinasi", "pagi", "siang", "sore", "malam", "gabungan", "akbar", "besar", "rutin",
    "perdana", "khusus", "istimewa", "luar", "biasa", "bulanan", "mingguan", "tahunan",
    "virtual", "daring", "online", "luring", "offline", "internal", "lanjutan", "lengkap",
    "staf", "teknis", "nasional", "daerah", "wilayah", "regional", "tingkat", "umum", "awal",
    "akhir", "pertama", "kedua", "ketiga", "keempat", "terakhir", "kesadaran", "hari", "pekan",
    "bulan", "tahun", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
    "harian", "setiap", "tiap", "tanggal", "depan", "mendatang", "semester", "triwulan",
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember",
    "lintas", "sektor", "sektoral", "instansi", "stakeholder", "pemangku", "kepentingan",
    # its form: a discussion, a hearing, a face-to-face meeting
    "group", "discussion", "diskusi", "dialog", "dengar", "pendapat", "tatap", "muka",
    "silaturahmi", "silaturahim", "komunikasi", "pleno", "paripurna", "singkat", "darurat",
    "resmi", "penting", "morning", "briefing", "via", "zoom", "meeting", "video", "conference",
    "vicon", "vidcon", "hybrid", "hibrid",
    # whose, a topic may follow ("rakor tim percepatan ...", "rakor Desk Pilkada")
    "tim", "desk", "pokja", "satgas", "gugus", "tugas",
    "i", "ii", "iii", "iv", "v", "vi",
    # how many gathered ("apel akbar ribuan ASN")
    "ribuan", "ratusan", "puluhan", "belasan", "sejumlah", "seratus", "seribu",
    "pilkada", "pemilu", "pemilihan", "pilgub", "pilbup", "pilwalkot", "pilwako", "pileg",
    "pilpres", "serentak", "ikrar", "deklarasi", "komitmen", "pakta", "fakta", "integritas"})
# the words that end a name: what follows says where, when, whose, to whom or what was done
NAME_ENDS = frozenset({
    "di", "ke", "dari", "pada", "dalam", "dengan", "bersama", "oleh", "untuk", "bagi", "kepada",
    "guna", "demi", "dan", "serta", "atau", "maupun", "sekaligus", "yang", "ini", "itu",
    "tersebut", "saat", "ketika", "usai", "seusai", "sebelum", "setelah", "sesudah", "selepas",
    "sejak", "selama", "hingga", "sampai", "menjelang", "jelang", "pasca", "antara", "kali",
    "sekitar", "pukul", "jam", "tadi", "kemarin", "lalu", "nanti", "sudah", "telah", "akan",
    "sedang", "masih", "juga", "pun", "hanya", "baru", "sempat", "kembali", "langsung",
    "tetap", "tidak", "tak", "belum", "bukan", "sangat", "lebih", "mulai", "segera", "adalah",
    "ialah", "yaitu", "yakni", "secara", "sebagai", "seperti", "agar", "supaya", "karena",
    "namun", "tetapi", "tapi", "masuk",
    # a government, an election body, an office, a place
    "pemkab", "pemkot", "pemko", "pemprov", "pemda", "pemdes", "pemerintah", "kabupaten",
    "kab", "kota", "provinsi", "prov", "kecamatan", "kelurahan", "nagari", "lingkup",
    "lingkungan", "jajaran", "bawaslu", "kpu", "panwaslu", "panwascam", "panwas", "dprd",
    "opd", "skpd", "dinas", "badan", "bkpsdm", "bkd", "bkn", "kasn", "inspektorat", "tni",
    "polri", "tni-polri", "polres", "polresta", "polda", "polsek", "kodim", "koramil", "satpol",
    "sekretariat", "setda", "kantor", "balai", "gedung", "aula", "ruang", "halaman",
    "lapangan", "lantai", "pendopo", "pendapa", "forkopimda", "forkompimda", "forkopimcam",
    "forkompimcam", "muspida", "muspika", "kesbangpol", "bakesbangpol", "kementerian",
    "kemendagri", "kejaksaan", "kejari", "kejati", "korem", "kodam",
    # the election's ad hoc bodies and its organisers
    "ppk", "pps", "kpps", "pkd", "ptps", "pantarlih", "panitia", "penyelenggara", "pengawas",
    "peserta", "partai", "parpol",
    # an official, or the people gathered
    "bupati", "wabup", "wali", "walikota", "wawali", "wakil", "gubernur", "wagub", "sekda",
    "pj", "plt", "penjabat", "ketua", "kepala", "sekretaris", "direktur", "menteri",
    "komisioner", "anggota", "kapolres", "kapolresta", "kapolda", "kapolsek", "dandim",
    "danramil", "kajari", "camat", "lurah", "kades", "asn", "pns", "pppk", "p3k", "aparatur",
    "pegawai", "korpri", "guru", "para", "seluruh", "semua", "pak", "bapak", "ibu", "bu",
    "plh", "pjs", "asisten", "kabag", "kadis", "kabid", "kasat", "sekcam", "inspektur",
    "danrem", "pangdam", "personel", "personil", "karyawan", "honorer", "tenaga", "linmas",
    "satlinmas", "perangkat", "non", "non-asn", "phl", "thl", "ptt",
    # the election's law-enforcement centre: whose, no topic
    "gakkumdu", "sentra"})


# a peaceful or successful election ("Pilkada Damai", "Pemilu 2024 bermartabat"): what a
# briefing, a talk show or the public's declaration is for, not the civil servants' neutrality
PEACEFUL_ELECTION = (r"(?:pilkada|pemilu|pemilihan|pilgub|pilbup|pilwalkot|kampanye)\s+"
                     r"(?:serentak\s+)?(?:\d{4}\s+)?(?:damai|aman|sejuk|kondusif|sukses"
                     r"|berkualitas|bermartabat|riang\s+gembira)")
# what else a briefing or a violation may be about in election news (not ASN neutrality)
# (also named after a preposition, "sosialisasi mengenai bahaya politik uang")
OTHER_TOPIC = re.compile(r"^\s*(?:(?:tentang|mengenai|soal|terkait|perihal|seputar)\s+"
                         r"(?:\w+\s+){0,1}?|(?:\w+\s+){0,1}?)"
                         r"(?:tahapan|pemilih|pendidikan\s+pemilih|pencoblosan"
                         r"|pemungutan|coklit|pendaftaran|pencalonan|logistik|daftar\s+pemilih|dpt"
                         r"|pajak|stunting|narkoba|perda|pengamanan|keamanan|anggaran|distribusi"
                         # "pengarahan dukungan/massa": directing votes, an offence
                         r"|dukungan|massa|suara"
                         # the watchdog's other briefings: vulnerability index, vote buying
                         r"|indeks\s+kerawanan|ikp|politik\s+uang|money\s+politic"
                         r"|pendidikan\s+politik|persiapan|kesiapan"
                         # the watchdog's other campaign work, and a government's other agenda
                         r"|kampanye\s+(?:negatif|hitam)|hoaks|hoax|berita\s+bohong"
                         r"|ujaran\s+kebencian|sara|radikalisme|terorisme|covid\S*|pandemi|gugus\s+tugas"
                         r"|vaksinasi|inflasi|kemiskinan|bencana|karhutla|ketahanan\s+pangan"
                         # a peaceful or successful election: "talkshow Sukses Pilkada Damai"
                         rf"|{PEACEFUL_ELECTION})\b",
                         re.IGNORECASE)

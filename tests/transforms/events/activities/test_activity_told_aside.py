"""Activities: a gathering or a finding told aside from the occasion at hand (LABELS.md: an
activity counts only when done at this occasion): a habit ("selalu", "kerap kali"), what a
rule lets civil servants do ("hanya diperbolehkan ... sosialisasi"), a gathering dropped
before and told again ("Sosialisasi tersebut", "Selain sosialisasi, ..."), a list of steps
taken so far, the assembly a sanction's form names, the settings of reminders listed ("baik
secara lisan maupun tertulis dalam apel maupun rapat"), a forecast of cases, and a rule
explained with the bare class of civil servants as its subject. Invented sentences; each
pattern paired with a positive."""

# the shared table checks, run over KIND_CASES below
from activity_tables import (
    LEAD,
    test_activity_kinds,  # noqa: F401
)
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # an earlier occasion told after the gathering's word: "pernah" (once) or "serupa" (a
    # similar one, held elsewhere or before), not this occasion's
    ("Bupati Tanjung Sari mengingatkan ASN agar netral dalam Pilkada 2024, Rabu (6/3/2024). "
     "Ikrar serupa pernah dibacakan para pegawai menjelang Pemilu 2014.", set()),
    ("Bupati Tanjung Sari mengingatkan ASN agar netral dalam Pilkada 2024, Rabu (6/3/2024). "
     "Ikrar netralitas pernah dibacakan seluruh camat.", set()),
    ("Bupati Tanjung Sari mengingatkan ASN agar netral dalam Pilkada 2024, Rabu (6/3/2024). "
     "Apel serupa juga digelar di Kabupaten Sukamaju.", set()),
    ("Bupati Tanjung Sari mengingatkan ASN agar netral dalam Pilkada 2024, Rabu (6/3/2024). "
     "Sosialisasi sejenis akan digelar bagi para kepala desa.", set()),
    # "belum pernah", "tidak pernah": never held before, so this occasion is the first: kept
    ("Deklarasi netralitas ASN belum pernah digelar di Sukamaju sebelum Rabu (6/3/2024) itu, "
     "kata Bupati.", {"ikrar"}),
    ("Menurut Bupati Sukamaju, ikrar netralitas belum pernah dibacakan para camat sebelum Rabu "
     "(6/3/2024).", {"ikrar"}),
    # (the occasion itself, its words before "pernah": kept)
    ("Seluruh camat membacakan ikrar netralitas di aula kantor bupati, Rabu (6/3/2024), "
     "sesuatu yang belum pernah dilakukan sebelumnya.", {"ikrar"}),
    ("Ikrar netralitas dibacakan seluruh camat di aula kantor bupati, Rabu (6/3/2024).",
     {"ikrar"}),
    # a habit: the body's standing practice, not this occasion's gathering
    ("Pemkab Tanjung Sari menggelar ikrar netralitas ASN di lapangan upacara Setda, Rabu "
     "(6/3/2024). Wakil Bupati mengatakan pemerintah daerahnya selalu menggelar sosialisasi "
     "dan pembinaan bagi pegawai.", {"ikrar"}),
    ("Pemkab Tanjung Sari menggelar ikrar netralitas ASN di lapangan upacara Setda, Rabu "
     "(6/3/2024). Pegawai di sana juga kerap kali mengikuti sosialisasi soal larangan berpolitik.",
     {"ikrar"}),
    # (the habit word of another verb, far from the gathering's word)
    ("Bupati yang sering turun ke desa itu menggelar sosialisasi netralitas bagi para camat di "
     "pendopo, Rabu (6/3/2024).", {"sosialisasi"}),
    # what a rule allows: no gathering held
    ("Pegawai negeri hanya diperbolehkan melakukan sosialisasi ajakan datang ke TPS pada 27 "
     "November 2024, asalkan tidak menyebut nama calon.", set()),
    ("Sebanyak 50 ASN boleh pulang setelah sosialisasi netralitas di aula kantor bupati, Rabu "
     "(6/3/2024).", {"sosialisasi"}),
    # steps taken so far, listed (a long subject before "di antaranya"), then the gathering
    # pointed back at and set beside another step: the one listed, not this occasion
    ("Langkah pencegahan yang sudah kami tempuh di antaranya sosialisasi dengan Kesbangpol, kata "
     "Kepala BKD Sukamaju, Kamis. Sosialisasi tersebut menjelaskan larangan bagi pegawai. Selain "
     "sosialisasi, BKD juga telah menerbitkan surat edaran soal netralitas ASN.", {"imbauan"}),
    ("Dinas Pendidikan Sukamaju selalu mengadakan sosialisasi bagi guru. Sosialisasi itu "
     "membahas larangan berkampanye. Selain sosialisasi, dinas juga telah memasang spanduk "
     "netralitas ASN.", {"imbauan"}),
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati, Senin "
     "(4/3/2024). Sosialisasi tersebut diikuti 90 kepala desa.", {"sosialisasi"}),
    # the form a moral sanction takes, read out at an assembly: no assembly told
    ("Hukuman bagi kedua lurah itu berupa pernyataan terbuka di dalam apel pegawai oleh Sekda "
     "Sukamaju.", set()),
    (LEAD + "Bupati Sukamaju mengumumkan sanksi moral secara terbuka dalam apel pagi, Senin "
     "(4/3/2024).", {"apel"}),
    # a forecast of cases: no case found
    ("Kemendagri merilis proyeksi pelanggaran netralitas pegawai pada Pilkada 2024 yang "
     "diperkirakan menembus 5.000 kasus.", set()),
    ("Bawaslu merilis temuan pelanggaran netralitas ASN yang mencapai 12 kasus di Sukamaju.",
     {"pelanggaran"}),
    # a rule explained ("Artinya/Berarti, pegawai melanggar ..."): the bare class its subject
    ("Berarti pegawai melanggar namun lolos dari hukuman, lalu malah dikenai rotasi ke posisi "
     "tertentu, dan itu yang bisa kami bekukan, ujar Darto.", set()),
    ("Artinya, pegawai melanggar tanpa dihukum, lalu malah dikenai promosi ke jabatan itu, "
     "sehingga datanya dibekukan, kata Darto.", set()),
    ("Artinya, Camat Sukamaju Budi Hartono yang melanggar netralitas itu sudah diproses "
     "Bawaslu.", {"pelanggaran"}),
    # the settings of reminders given along the way, after the manner listed ("baik secara
    # lisan maupun tertulis dalam apel maupun rapat"): no assembly of this occasion
    ("\u201cSaya sudah tegaskan kepada para kepala dinas baik secara lisan maupun tertulis "
     "dalam apel maupun rapat staf,\u201d kata Sekda.", set()),
    ("Sekda mengaku telah mengingatkan para guru baik secara lisan ataupun tertulis saat apel "
     "pagi maupun rapat sekolah.", set()),
    (LEAD
     + "Bupati Sukamaju memimpin apel gabungan yang diikuti baik pegawai negeri maupun honorer di "
     "halaman kantor bupati, Senin (4/3).", {"apel"}),
]

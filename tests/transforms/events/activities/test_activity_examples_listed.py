"""Gatherings named but not held at this occasion, by the shape of their sentence: a sentence
opening on "for example" that lists a body's efforts, a gathering the offenders attended as
the form of a violation, a briefing open to the public on another matter, and a directive
("memberi arahan") given at an assembly the article reports; and a signing required of those
at a gathering the sentence points at, done there. Invented sentences; each pattern paired
with a positive."""

# the shared table checks, run over KIND_CASES below
from activity_tables import (
    LEAD,
    test_activity_kinds,  # noqa: F401
)
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # efforts listed as examples: none of them this occasion
    ("Pemkot Sukamaju, kata Sekda, terus berusaha menjaga netralitas pegawai. Contohnya, "
     "menggelar sosialisasi bagi semua pegawai honorer soal larangan berpolitik, menandatangani "
     "pakta integritas pegawai, serta menyebarkan surat edaran Wali Kota.", {"imbauan"}),
    ("Misalkan saja, memberikan sosialisasi kepada para guru tentang netralitas pegawai dan "
     "meneken pakta integritas di tiap sekolah.", set()),
    # (an example with its day told is one occasion)
    ("Misalnya, Rabu (6/3/2024) kami menggelar sosialisasi netralitas bagi para camat di "
     "pendopo kabupaten.", {"sosialisasi"}),
    # (a sentence not opened on an example)
    ("Dinas Kominfo Sukamaju menggelar sosialisasi netralitas bagi para camat, misalnya soal "
     "larangan berfoto dengan calon, di aula kantor bupati.", {"sosialisasi"}),
    # what an offence consisted of: the gathering attended, none held
    ("Bentuk pelanggaran netralitas yang ditemukan yakni pegawai ikut menghadiri acara "
     "silaturahmi, sehingga banyak pegawai dinilai tidak netral.", {"pelanggaran"}),
    ("Para lurah kedapatan tidak netral dengan cara menghadiri sosialisasi di rumah seorang "
     "pengusaha.", {"pelanggaran"}),
    # (attending a briefing on neutrality, no offence told)
    ("Sebanyak 80 lurah menghadiri sosialisasi netralitas ASN di aula kantor wali kota, Senin "
     "(4/3/2024).", {"sosialisasi"}),
    # a briefing open to the public on another matter
    ("Di samping itu, KPU juga menggelar sosialisasi umum mengenai jadwal pencoblosan dan "
     "daftar pemilih.", set()),
    ("Di samping itu, Bawaslu juga menggelar sosialisasi publik tentang netralitas pegawai "
     "negeri.", {"sosialisasi"}),
    # a directive at the assembly reported: part of it, no briefing of its own
    (LEAD
     + "Pemkab Tanjung Sari menggelar apel gabungan di halaman kantor bupati, Senin (4/11/2024). "
     "Bupati Hasan Basri memberi arahan kepada seluruh kepala dinas.", {"apel"}),
    # (a directive on neutrality with no other gathering named: the briefing itself)
    ("Bupati Hasan Basri memberi arahan tentang netralitas kepada seluruh camat di ruang rapat "
     "bupati, Senin (4/11/2024).", {"sosialisasi"}),
    # a signing required of those at the gathering pointed at: done there
    ("Deklarasi netralitas pegawai digelar di lapangan kantor gubernur, Kamis (9/11/2023). "
     "Semua peserta diwajibkan meneken pakta integritas yang meneguhkan tekad mereka untuk "
     "memegang deklarasi tersebut.",
     {"ikrar", "pakta_integritas"}),
    # a pledge asked of those at the gathering pointed at: made there
    ("Bawaslu Sukamaju menggelar rapat koordinasi netralitas bersama kepala desa, Rabu "
     "(28/8/2024). Dalam acara tersebut, kepala desa diminta untuk mengikrarkan netralitas "
     "mereka.", {"sosialisasi", "ikrar"}),
    # (required with no gathering pointed at, or still to come: owed)
    ("Seluruh kepala desa diminta untuk mengikrarkan netralitas mereka.", {"imbauan"}),
    ("Seluruh kepala OPD diminta mengikuti sosialisasi netralitas ASN yang digelar di aula "
     "kantor bupati.", {"imbauan", "sosialisasi"}),
    ("Semua kepala sekolah diwajibkan meneken pakta integritas netralitas guru.", {"imbauan"}),
    ("Dalam apel ini disampaikan bahwa semua pegawai diwajibkan meneken pakta integritas pada "
     "bulan depan.", {"apel", "imbauan"}),
]

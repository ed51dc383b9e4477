"""A sentence that opens by naming a procedure or a rule ("Mekanismenya, ...", "Prosedurnya,
...", "Dalam aturan, ...", "Sesuai ketentuan, ...") tells how cases are handled in general:
what it says is found, reported or recommended is no case (`pelanggaran`). A sentence about
particular cases after the same opener (counted, dated, pointed at), or after a rule pointed
at ("Berdasarkan aturan itu, ..."), still reports one. Invented sentences; each shape paired
with its look-alike (activities.violations.procedure)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # a procedure or a rule described: no case
    ("Mekanismenya, setelah Panwaslu menemukan pelanggaran, rekomendasi dikirim ke KASN.",
     set()),
    ("Dalam aturan, pegawai yang terbukti melanggar dilaporkan ke Komisi ASN.", set()),
    ("Alurnya, Panwascam mendapati pelanggaran lalu meneruskannya ke Panwaslu kabupaten.",
     set()),
    ("Prosedurnya, Panwaslu yang menemukan ASN tidak netral meneruskannya ke KASN.", set()),
    ("Skemanya, temuan Panwaslu atas pegawai yang berpihak diteruskan ke Komisi ASN.", set()),
    ("Sesuai ketentuan, dugaan pelanggaran netralitas pegawai diteruskan ke BKN untuk "
     "diputuskan.", set()),
    ("Tahapannya, laporan warga dikaji dulu sebelum temuan pelanggaran direkomendasikan ke "
     "KASN.", set()),
    # a body said to have a procedure, its own "temuan tersebut" the findings it names
    ("Bawaslu, lanjutnya, memiliki mekanisme untuk menindaklanjuti laporan atau temuan "
     "pelanggaran yang dilakukan ASN, dengan menyerahkan temuan tersebut kepada BKN.", set()),
    ("Bawaslu, lanjutnya, telah menyerahkan dua temuan pelanggaran yang dilakukan ASN kepada "
     "BKN.", {"pelanggaran"}),
    # after a linking word
    ("Sedangkan mekanisme penindakan terhadap ASN yang tidak netral diawali laporan temuan "
     "Panwaslu kepada Komisi ASN.", set()),
    ("Untuk prosedurnya, pegawai yang tidak netral dilaporkan Panwaslu ke KASN.", set()),
    # an election's stage after a linking word is no procedure: what was found in it a case
    ("Untuk tahapan kampanye, Panwaslu menemukan pegawai yang tidak netral dan melaporkannya "
     "ke KASN.", {"pelanggaran"}),
    ("Terkait tahapan pencalonan, Bawaslu menemukan pegawai yang berpihak kepada bakal calon "
     "dan meneruskannya ke Komisi ASN.", {"pelanggaran"}),
    # particular cases after the same opener, or a rule pointed at: a case
    ("Sesuai mekanisme, Panwaslu telah meneruskan kasus dua ASN itu ke KASN, Senin (2/9).",
     {"pelanggaran"}),
    ("Berdasarkan aturan itu, Panwaslu menemukan tiga camat melanggar netralitas.",
     {"pelanggaran"}),
]

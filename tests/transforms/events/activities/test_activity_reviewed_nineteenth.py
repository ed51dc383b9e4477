"""Look-alikes of the nineteenth stop's rules that a reviewer ran through the stop's start and
its end, each once wrongly caught: a staff noun before a removal verb (no body wound up), a
pact signed "apabila dilanggar", a paragraph opening on a connective that ends in "itu", a
role named before a briefing held, a talk to come, a next step "pekan depan", a pledged
anthem of another clause, a rumour clarified that turned into a finding, today's signing after
the efforts named. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # people who work in a secretariat or a task force, removed: a sanction decided
    ("Dua staf sekretariat diberhentikan karena terbukti tidak netral dalam Pilkada 2024.",
     {"sanksi", "pelanggaran"}),
    ("Seorang pegawai honorer di satgas telah dipecat karena terbukti mengkampanyekan salah "
     "satu calon pada Pilkada 2024.", {"sanksi", "pelanggaran"}),
    # a pact signed today with its condition, not one breached
    ("Seluruh ASN Pemkab Agam menandatangani pakta integritas netralitas dan siap menerima "
     "sanksi apabila dilanggar, Senin (9/9/2024).", {"pakta_integritas", "imbauan"}),
    ("Sebanyak 82 kepala desa membacakan ikrar netralitas yang apabila dilanggar akan dikenai "
     "sanksi tegas, di aula kantor bupati Agam, Senin (9/9/2024).", {"ikrar", "imbauan"}),
    # a connective ending in "itu" points back at nothing
    ("Sebelumnya, Bawaslu Agam menggelar sosialisasi netralitas ASN pada Agustus lalu.\n"
     "Sementara itu, Pemkab Agam menggelar apel netralitas ASN di halaman kantor bupati, Senin "
     "(9/9/2024).", {"apel"}),
    ("Sebelumnya, Bawaslu Agam menggelar sosialisasi netralitas ASN pada Agustus lalu.\n"
     "Selain itu, seluruh kepala desa menandatangani pakta integritas netralitas di aula, "
     "Senin (9/9/2024).", {"pakta_integritas"}),
    # a role named before a briefing held
    ("Bupati menekankan peran kepala desa dalam sosialisasi netralitas yang digelar di aula "
     "kantor camat, Senin (9/9/2024).", {"sosialisasi", "imbauan"}),
    ("Bawaslu Agam mengapresiasi peran Pemkab dalam menggelar sosialisasi netralitas ASN di "
     "Aula Kantor Bupati, Senin (9/9/2024).", {"sosialisasi"}),
    # a talk to come at a gathering on another matter
    ("Bawaslu Agam menggelar sosialisasi pengawasan Pilkada 2024 di Aula Kantor Bupati Agam, "
     "Senin (9/9/2024). Pekan depan, Kadis Kominfo Agam Rudi Hartono akan menjadi narasumber "
     "soal netralitas ASN.", set()),
    # the next step of a sequence still to come
    ("Setelah rapat koordinasi rampung, selanjutnya digelar apel netralitas ASN pada pekan "
     "depan.", set()),
    # a pledge of another clause ("yang diikrarkan pada 1928")
    ("Ia mengingatkan bahwa Sumpah Pemuda yang diikrarkan pada 1928 itu harus menjadi semangat "
     "ASN menjaga netralitas dalam Pilkada 2024.", {"imbauan"}),
    # a rumour looked into, then a finding made
    ("Bawaslu Agam mengklarifikasi isu tersebut dan menemukan pelanggaran netralitas oleh dua "
     "ASN dalam Pilkada 2024.", {"pelanggaran"}),
    # today's signing after the efforts named
    ("Bawaslu melakukan berbagai upaya pencegahan, dan kegiatan hari ini ditandai dengan "
     "penandatanganan pakta integritas netralitas oleh 100 kepala desa.", {"pakta_integritas"}),
]

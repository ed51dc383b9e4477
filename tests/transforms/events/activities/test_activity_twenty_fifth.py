"""Activities: causes read at the twenty-fifth stop, each with its limit. A case not known
yet ("belum diketahui ... atau tidak") or found only whenever one is ("sanksi bagi ASN ketika
ditemukan ...") is none told; the national watchdog's tally by its own verb ("Bawaslu RI ...
mencatat") is national statistics, a regional watchdog's is not. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # not known yet whether any was reported
    ("Bupati Sukamaju menerangkan sementara ini belum diketahui secara jelas ada ASN yang sudah "
     "dilaporkan atau tidak atas pelanggaran netralitas.", set()),
    # (limit) what the report was not known for
    ("Bawaslu Agam menerima laporan dugaan pelanggaran netralitas camat yang identitas "
     "pelapornya belum diketahui, Senin (2/9/2024).", {"pelanggaran"}),
    # whenever one is found: a rule asked for, no case
    ("Warga menilai perlu adanya ketegasan Bawaslu Agam terkait sanksi bagi ASN ketika "
     "ditemukan melakukan pelanggaran netralitas.", set()),
    # (limit) a case found then, told done
    ("Ketika ditemukan Panwascam pada Senin (2/9/2024), camat itu sedang berkampanye untuk "
     "salah satu paslon dan langsung dilaporkan ke Bawaslu.", {"pelanggaran"}),
    # the national watchdog's tally by its own verb
    ("Panwaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Bawaslu RI "
     "sendiri sebenarnya sudah mencatat adanya 805 kasus netralitas ASN yang ditangani.",
     {"sosialisasi"}),
    # (limit) the region's own watchdog
    ("Panwaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Bawaslu "
     "Sukamaju sendiri sudah mencatat adanya 5 kasus netralitas ASN yang ditangani.",
     {"sosialisasi", "pelanggaran"}),
]

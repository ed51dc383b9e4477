"""Activities: look-alikes a reviewer found for the twenty-first stop's rules, each kept as the
rule's limit: two bodies joined by a hyphen are no candidate pair; a briefing told with its
venue is held though it is kept up, praised as a body's part or pointed back at; "dilaporkan
hadir" reports attendance, not a case; civil servants caught in a raid on another matter are
no neutrality finding. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

_VENUE = " di Aula Kantor Camat Sukamaju yang dihadiri 150 ASN."

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    ("Sosialisasi Bawaslu-Kesbangpol tentang netralitas ASN digelar di Aula Kantor Bupati Agam, "
     "Senin (7/10/2024), diikuti 150 ASN.", {"sosialisasi"}),
    ("Sosialisasi Antar-Instansi tentang netralitas ASN digelar di Aula Kantor Bupati Agam.",
     {"sosialisasi"}),
    ("Bawaslu Agam secara intens melakukan sosialisasi netralitas ASN" + _VENUE,
     {"sosialisasi"}),
    ("Camat Sukamaju Rina Wati mengapresiasi peran Bawaslu dalam menggelar sosialisasi "
     "netralitas ASN" + _VENUE, {"sosialisasi"}),
    ("Bawaslu Agam berperan dalam melakukan sosialisasi netralitas ASN" + _VENUE,
     {"sosialisasi"}),
    ("Bawaslu terus melakukan sosialisasi netralitas ASN tersebut" + _VENUE, {"sosialisasi"}),
    ("Sebanyak 500 ASN Pemkab Agam dilaporkan hadir dalam apel netralitas di halaman kantor "
     "bupati, Senin (7/10/2024).", {"apel"}),
    ("Ratusan kepala desa dilaporkan ikut menandatangani pakta integritas netralitas di aula "
     "kantor bupati.", {"pakta_integritas"}),
    ("Bawaslu mengimbau ASN menjaga netralitas. Bawaslu mencatat ASN yang terciduk pada razia "
     "narkoba bulan lalu tidak terkait Pilkada.", {"imbauan"}),
]

"""Activities: a wish that no one be sanctioned ("tidak mau ada ASN ... terkena sanksi", "tidak
menginginkan ... dikenai sanksi"), or a prohibition ("Jangan sampai ..., tapi berujung
sanksi", its contrast inside it): no sanction given, a warning (`imbauan`), as a sanction
only threatened is (LABELS.md: `sanksi` is a sanction given); so is a rule or a power told
("Dalam hal ... diberhentikan, sebagaimana diatur dalam Pasal ...", "pemberian sanksi ...
adalah kepala daerah"). Whom a sanction was given to
("ASN yang tidak mau ... telah dijatuhi sanksi") or a refusal in another clause keeps the
sanction. Invented sentences."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a wish against a sanction: a warning
    ("Saya tidak mau ada pegawai di Lembah Hijau ini terkena sanksi karena tidak paham "
     "aturan.", {"imbauan"}),
    ("Kepala BKD tak mau ada guru honorer di Sukamaju dijatuhi sanksi gara-gara unggahan di "
     "media sosial.", {"imbauan"}),
    ("Bupati tidak menginginkan satu pun camat dikenai sanksi hanya karena berswafoto dengan "
     "calon.", {"imbauan"}),
    ("\u201cKami tidak mau lurah-lurah kami mendapatkan sanksi,\u201d ujar Wali Kota Sukaraja "
     "di hadapan para lurah.", {"imbauan"}),
    # a prohibition with a contrast inside it: what must not happen
    ("\"Netralitas itu penting. Jangan sampai tergiur jabatan dari calon yang didukung, tapi "
     "berujung dengan sanksi,\" ujar Kepala BKD Sukamaju.", {"imbauan"}),
    # a contrast inside a prohibition that tells a sanction done keeps it
    ("\"Jangan sampai ada yang mengira kami diam, namun tiga ASN itu telah dijatuhi sanksi "
     "disiplin oleh BKN,\" kata Kepala BKPSDM Sukamaju.", {"imbauan", "sanksi", "pelanggaran"}),
    # a rule or a power told, no sanction given: the law's "in the event that", the article
    # a sanction is laid down in, whose power a sanction is
    ("Dalam hal ASN menjadi anggota partai politik, ia diberhentikan tidak dengan hormat, "
     "sebagaimana diatur dalam undang-undang.", {"imbauan"}),
    ("Pegawai yang menjadi pengurus partai diberhentikan tidak dengan hormat sebagaimana "
     "diatur dalam Pasal 52.", {"imbauan"}),
    ("Menurut Ketua Bawaslu Sukamaju, pemberian sanksi terhadap ASN tersebut adalah kepala "
     "daerah langsung.", {"imbauan"}),
    # ("sudah diatur": a rule laid down before, no step done)
    ("Ia menjelaskan aturan netralitas ASN sudah diatur dalam undang-undang dan untuk sanksi "
     "sudah diatur dalam PP Nomor 94 tentang Disiplin PNS.", {"imbauan"}),
    # near misses: the sanction given, with the rule it follows or after "dalam hal ini"
    ("Bupati Sukamaju telah memberikan sanksi teguran kepada camat itu sebagaimana diatur "
     "dalam PP 94 Tahun 2021.", {"sanksi", "pelanggaran"}),
    ("Dalam hal ini, Bupati Sukamaju telah menjatuhkan sanksi kepada camat tersebut karena "
     "tidak netral.", {"sanksi", "pelanggaran"}),
    # near misses: the sanction given to someone described by a refusal, or after a refusal in
    # another clause; a sanction given plainly
    ("Dua ASN yang tidak mau mencopot baliho calon itu telah dijatuhi sanksi teguran tertulis "
     "oleh Bupati Sukamaju.", {"sanksi", "pelanggaran"}),
    ("Meski ia tidak mau berkomentar, Camat Sukaraja telah dijatuhi sanksi penurunan pangkat "
     "oleh Bupati.", {"sanksi", "pelanggaran"}),
    ("Meski ia menolak, tapi camat itu berujung dengan sanksi pencopotan karena tidak netral.",
     {"sanksi", "pelanggaran"}),
    ("Bupati Sukamaju menjatuhkan sanksi penundaan kenaikan pangkat kepada Kepala Desa Sukaraja, "
     "Senin (4/3/2024).", {"sanksi", "pelanggaran"}),
]

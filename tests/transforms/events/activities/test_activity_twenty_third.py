"""Activities: causes read at the twenty-third stop, each with its limit: an assembly whose
title-case name goes on as a list to neutrality ("Apel Siaga Satlinmas, TNI, Polri, dan
Netralitas ASN") is held on it, as one named for a security purpose alone is not. Invented
sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # the name's list reaches neutrality
    ("Bupati Agam Rudi Hartono memimpin Upacara Apel Siaga Satlinmas TNI, Polri, dan "
     "Netralitas ASN di Lapangan Sukamaju, Senin (15/4).", {"apel"}),
    # (limit) a security assembly alone, neutrality stressed at it: an appeal
    ("Bupati Agam Rudi Hartono memimpin Apel Siaga Pengamanan Pemilu di Lapangan Sukamaju, "
     "Senin (15/4). Ia mengingatkan ASN agar netral.", {"imbauan"}),
    # (review) a headline in title case: the list runs over the people and the verb
    ("Usai Apel Siaga Bencana, Bupati Agam Rudi Hartono dan Kapolres Ingatkan Netralitas ASN",
     {"imbauan"}),
    ("Gelar Upacara HUT Korpri, Pj Bupati Agam dan Sekda Minta ASN Jaga Netralitas",
     {"imbauan"}),
    # every morning assembly, "di" glued to "setiap": a routine, no occasion
    ("“Disetiap apel pagi, selalu saya katakan agar ASN tidak terlibat politik praktis,” "
     "ungkap Sekda Agam Rudi Hartono.", {"imbauan"}),
    # (limit) a list of other purposes, neutrality only in a later clause
    ("Bupati Agam memimpin Apel Siaga Satlinmas, Banjir, dan Kebakaran di Lapangan Sukamaju, "
     "lalu mengingatkan ASN agar netral.", {"imbauan"}),
]

"""Words of address between a title and a name, on invented sentences: a kinship word ("kak",
"bang", "bu", "Mbak"), often lower-case in captions and quotes, is no part of the name and does
not keep the name from being read."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ketua KPU Bone kak Andi Rahmawati. Sebanyak lima ASN dilaporkan.",
     ("Ketua KPU", "Andi Rahmawati")),
    ("Kepala Dinas Sosial Maros bang Rudi Hartawan saat ditemui wartawan.",
     ("Kepala Dinas Sosial", "Rudi Hartawan")),
    ("Ketua Bawaslu Gowa bu Nurhayati Syam mengatakan laporan itu diteruskan.",
     ("Ketua Bawaslu", "Nurhayati Syam")),
    ("Kapolres Sinjai Mbak Sri Wulandari hadir di aula.", ("Kapolres", "Sri Wulandari")),
    ("Anggota Bawaslu Wajo, kak Yusran Hakim, memaparkan temuan.",
     ("Anggota Bawaslu", "Yusran Hakim")),
])
def test_a_kinship_word_before_the_name_is_no_part_of_it(text, expected):
    assert found(text) == [expected]

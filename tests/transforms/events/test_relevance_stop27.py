"""Relevance cases read off the twenty-seventh stop's corpora, on invented sentences: civil
servants told not to be seen at a campaign ("agar tidak terlihat di dalam kampanye") is
partisanship, as "ikut dalam kampanye" is; a contestant seen at a campaign is not."""

import pytest

from transforms.events.relevance import relevance

CASES = [  # (title, body, about ASN neutrality)
    # a supervisors' apel whose speaker warns civil servants off the campaign
    ("Bawaslu Agam Gelar Apel Siaga Pengawasan Kampanye",
     "Agam - Bupati Agam menggelar apel siaga pengawasan kampanye bersama Panwascam, Senin (4/12)."
     "\nKetua Bawaslu Agam mengingatkan ASN dan kepala desa agar tidak terlihat di dalam "
     "kampanye.", True),
    ("Bawaslu Agam Gelar Apel Siaga Pengawasan Kampanye",
     "Agam - Bupati Agam menggelar apel siaga pengawasan kampanye bersama Panwascam, Senin (4/12)."
     "\nPara calon bupati tampak hadir dalam kampanye akbar di Lapangan Sukamaju.", False),
]


@pytest.mark.parametrize(("title", "body", "about"), CASES)
def test_relevance_cases_of_the_twenty_seventh_stop(title: str, body: str, about: bool) -> None:
    assert relevance(title, body).about_asn_neutrality is about

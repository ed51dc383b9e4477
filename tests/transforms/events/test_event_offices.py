"""Offices named without a person are kept apart from officials (transforms/events/record.py).

Officials are persons, each with a title and a name; an office the text names without its
holder goes to the event's ``offices`` (title and region), with its own evidence. Invented
sentences of the shape news reports use.
"""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.events.assemble import extract_events

TITLE = "Pemkab Solok Gelar Sosialisasi Netralitas ASN"
OPENING = ("AROSUKA - Pemerintah Kabupaten Solok menggelar sosialisasi netralitas ASN menjelang "
           "Pilkada 2024 di aula kantor bupati, Senin (23/9/2024).\n")
OFFICE = ("Kepala Kesbangpol Kabupaten Solok menyampaikan materi tentang larangan ASN "
          "berpolitik praktis.\n")
PERSON = "Bupati Solok, Arman Saputra, mengingatkan seluruh ASN agar menjaga netralitas.\n"
PERSON_AGAIN = "Menurut Bupati Solok, ASN yang melanggar akan dikenai sanksi.\n"


def event(text: str):
    (found,) = extract_events(canonical_url="https://contoh.test/sosialisasi/", title=TITLE,
                              text=text, dateline=None,
                              published_at=datetime(2024, 9, 23, 3, tzinfo=UTC),
                              timezone="Asia/Jakarta")
    return found


def test_an_office_alone_is_an_office_not_an_official():
    found = event(OPENING + OFFICE)
    assert found.officials == []
    assert found.offices == [{"title": "Kepala Kesbangpol", "region": "Kabupaten Solok"}]
    assert "officials" not in found.evidence  # no person, no evidence of one


def test_an_office_with_a_name_is_an_official():
    found = event(OPENING + PERSON + PERSON_AGAIN)  # the title again, without the name
    assert [(o["title"], o["name"]) for o in found.officials] == [("Bupati", "Arman Saputra")]
    assert found.offices == []
    assert "offices" not in found.evidence


def test_an_office_and_an_official_in_one_text_are_told_apart_with_their_evidence():
    text = OPENING + OFFICE + PERSON
    found = event(text)
    assert [o["name"] for o in found.officials] == ["Arman Saputra"]
    assert [o["title"] for o in found.offices] == ["Kepala Kesbangpol"]
    (person,) = found.evidence["officials"]
    (office,) = found.evidence["offices"]
    assert person["name"] == "Arman Saputra" and office["title"] == "Kepala Kesbangpol"
    for entry in (person, office):
        assert text[entry["start"]:entry["end"]] == entry["quote"]
        assert entry["quote"] in entry["sentence"]
    assert office["quote"] == "Kepala Kesbangpol Kabupaten Solok"


def test_the_record_carries_both_lists():
    plain = event(OPENING + OFFICE + PERSON).to_dict()
    assert [o["name"] for o in plain["officials"]] == ["Arman Saputra"]
    assert plain["offices"] == [{"title": "Kepala Kesbangpol", "region": "Kabupaten Solok"}]
    assert all(o["name"] for o in plain["officials"])

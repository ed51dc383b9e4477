"""Every event carries where its fields were read: the words, their span and their sentence."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.events.assemble import extract_events

TITLE = "Pemkot Sawahlunto Gelar Apel dan Ikrar Netralitas ASN"
TEXT = (
    "SAWAHLUNTO, LANGGAM.ID - Pemerintah Kota Sawahlunto menggelar apel gabungan dan ikrar "
    "netralitas ASN di halaman Balai Kota Sawahlunto, Senin (9/9/2024).\n"
    "Apel diikuti sebanyak 320 ASN dari seluruh organisasi perangkat daerah.\n"
    "Sekretaris Daerah Kota Sawahlunto, Hendra Gunawan, mengingatkan ASN agar tetap netral "
    "menjelang Pilkada 2024 dan tidak berpolitik praktis."
)


def events():
    return extract_events(canonical_url="https://langgam.id/apel-netralitas/", title=TITLE,
                          text=TEXT, dateline=None,
                          published_at=datetime(2024, 9, 9, 8, 0, tzinfo=UTC),
                          timezone="Asia/Jakarta")


def entries(evidence):
    for value in evidence.values():
        yield from (value if isinstance(value, list) else [value])


def test_every_field_has_evidence_with_a_true_span():
    (event,) = events()
    evidence = event.evidence
    assert {"event_date", "activities", "place", "participants", "officials"} <= set(evidence)
    for entry in entries(evidence):
        if "start" in entry and entry.get("in") != "title":
            assert TEXT[entry["start"]:entry["end"]] == entry["quote"], entry
            assert entry["quote"] in entry["sentence"]
    assert evidence["event_date"]["quote"] == "Senin (9/9/2024)"
    assert evidence["participants"]["quote"].endswith("320 ASN")
    assert {a["value"] for a in evidence["activities"]} >= {"apel", "ikrar"}
    (official,) = evidence["officials"]
    assert official["name"] == "Hendra Gunawan" and "Hendra Gunawan" in official["quote"]


def test_evidence_travels_with_the_event_record():
    (event,) = events()
    assert event.to_dict()["evidence"] == event.evidence


def test_a_date_read_from_the_photo_caption_says_so():
    text = TEXT.replace("Senin (9/9/2024)", "Senin")
    caption = "Apel gabungan ASN di Balai Kota Sawahlunto, Senin (9/9/2024)."
    (event,) = extract_events(canonical_url="https://langgam.id/apel-netralitas/", title=TITLE,
                              text=text, dateline=None, published_at=None,
                              timezone="Asia/Jakarta", caption=caption)
    assert event.event_date == "2024-09-09"
    assert event.evidence["event_date"] == {
        "quote": "Senin (9/9/2024)", "in": "caption",
        "sentence": "Apel gabungan ASN di Balai Kota Sawahlunto, Senin (9/9/2024)."}

"""A learned veto on the activities the hand rules give an event (recorded experiment, not in
the pipeline: bench/README.md, "A learned veto on extra activities").

The rules name an event's activities; most of their extra values recur for a few reasons
(an activity of an earlier occasion or of the background, a threatened sanction, a meeting on
another topic) whose wordings vary. The veto keeps the rules and learns only whether to drop
one of their values, from features that describe *how* it is told rather than its words: time
and aspect words in its evidence sentence and near the cue, a date in that sentence other than
the event's, where in the article it is named (title, lead, paragraph), how often its phrase
recurs, how far it is from the event's date sentence, and the value itself.

Pure: an event's activities and evidence, the stored text and title in; features or the values
to drop out. The weights (weights.json, a logistic model) are trained by train.py.
``imbauan`` is never vetoed (an extra appeal is free in the scoring and the labels' catch-all).

How it was wired for the judge run: ``extract_events`` (transforms/events/assemble.py) called
the rules' reading, then for the k-th of n events dropped ``vetoed_values(event.activities,
event.evidence, text, title, k, n, veto_model())`` from its activities and their entries from
``evidence["activities"]`` (``dataclasses.replace``); nothing else of the event changed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

VALUES = ("sosialisasi", "ikrar", "pakta_integritas", "apel", "bimtek", "pengawasan",
          "pelanggaran", "sanksi")
NEVER_VETOED = "imbauan"
GATHERING_VALUES = frozenset(VALUES[:5])

_MONTHS = ("januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
           "desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des")
_DATE = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b"
    r"|\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)"
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})\b", re.IGNORECASE)


def _words(*items: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(items) + r")\b", re.IGNORECASE)


# Word groups whose presence tells the time or mode of what a sentence reports.
GROUPS: dict[str, re.Pattern[str]] = {
    "past": _words("telah", "sudah", "pernah", "sebelumnya", "lalu", "silam", "kemarin",
                   "terdahulu", "sempat"),
    "future": _words("akan", "bakal", "mendatang", "nanti", "rencana", "rencananya",
                     "segera", "direncanakan", "dijadwalkan"),
    "modal": _words("dapat", "bisa", "harus", "wajib", "jika", "apabila", "bila", "jangan",
                    "agar", "supaya", "diancam", "terancam", "ancaman", "kalau", "bilamana"),
    "said": _words("kata", "ujar", "ujarnya", "katanya", "ungkap", "ungkapnya", "jelas",
                   "jelasnya", "tegas", "tegasnya", "sebut", "tutur", "tuturnya", "imbuh",
                   "menurut", "menambahkan"),
    "negated": _words("tidak", "belum", "bukan", "tanpa", "tak"),
    "old_election": _words("2014", "2017", "2018", "2019", "2020", "2022"),
    "meeting": _words("rapat", "membahas", "pembahasan", "rakor", "bahas"),
    "counted": re.compile(r"\b\d+\s+(?:orang|asn|pns|kasus|laporan|temuan|pegawai)\b",
                          re.IGNORECASE),
    "each": _words("setiap", "seluruh", "semua", "selalu", "rutin"),
}

# The plain name of each value: a cue without it ("memberikan arahan" for a briefing, "memimpin
# upacara" for an assembly) is an indirect one.
_NAMES: dict[str, re.Pattern[str]] = {
    "sosialisasi": _words("sosialisasi", "mensosialisasikan", "disosialisasikan"),
    "ikrar": _words("ikrar", "deklarasi", "ikrarkan", "mendeklarasikan"),
    "pakta_integritas": _words("pakta"),
    "apel": _words("apel"),
    "bimtek": _words("bimtek", "bintek", "bimbingan teknis", "pelatihan", "diklat"),
    "pengawasan": _words("pengawasan", "patroli", "mengawasi", "diawasi"),
    "pelanggaran": _words("pelanggaran", "melanggar", "temuan"),
    "sanksi": _words("sanksi", "disanksi", "hukuman", "dijatuhi"),
}
# a photo caption: a capitalised label and a dash ("APEL - ..."), or a credit ("/ NAME")
_CAPTION = re.compile(r"^[A-Z][A-Z ]{2,}\s[-\u2013\u2014]|[-/]\s*[A-Z]{3,}[A-Z ]*\s*[-/]?\s*$")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")

# features whose weight may differ for a gathering (crossed with "the value is a gathering")
_CROSSED = ("s_negated", "w_each", "s_modal", "s_said", "plain_name", "perfect_elsewhere",
            "first_paragraph", "title_names")

FEATURES: tuple[str, ...] = (
    *(f"is_{v}" for v in VALUES),
    "in_title", "title_names", "position", "first_paragraph", "paragraph",
    "repeats", "other_values", "later_event", "events",
    "has_date", "date_sentence", "distance", "other_date",
    *(f"s_{g}" for g in GROUPS), *(f"w_{g}" for g in GROUPS),
    "sanksi_threat", "gathering_past",
    "plain_name", "title_has_name", "caption", "in_speech", "perfect_elsewhere",
    *(f"g_{name}" for name in _CROSSED),
)
_AT = {name: i for i, name in enumerate(FEATURES)}
_WINDOW = 60  # characters each side of the cue for the w_* groups


def _sentence_offsets(text: str, sentence: str, start: int) -> tuple[int, int]:
    at = text.rfind(sentence, 0, start + len(sentence)) if sentence else -1
    return (at, at + len(sentence)) if at >= 0 else (start, start)


def value_features(value: str, evidence: dict[str, Any], activities: Sequence[str],
                   text: str, title: str, index: int, events: int) -> list[float]:
    """The features of one value the rules gave an event (``FEATURES``, in order): from its
    evidence entry (quote, span, sentence), the event's date evidence and the text."""
    entry = next((a for a in evidence.get("activities") or [] if a.get("value") == value), {})
    quote = (entry.get("quote") or "").lower()
    sentence = entry.get("sentence") or ""
    in_title = entry.get("in") == "title" or entry.get("start") is None
    start = 0 if in_title else int(entry["start"])
    end = start if in_title else int(entry["end"])
    length = max(len(text), 1)
    lower = text.lower()
    when = evidence.get("event_date") or {}
    when_start = when.get("start") if when.get("in") != "title" else None
    when_sentence = when.get("sentence") or ""
    sent_span = (0, 0) if in_title else _sentence_offsets(text, sentence, start)
    same = bool(when_start is not None and sent_span[0] <= when_start < max(sent_span[1], 1))
    window = title if in_title else text[max(0, start - _WINDOW):end + _WINDOW]
    other_date = bool(_DATE.search(sentence)) and not same and sentence != when_sentence
    others = [a for a in activities if a != value and a != NEVER_VETOED]
    s_groups = [1.0 if pattern.search(sentence) else 0.0 for pattern in GROUPS.values()]
    w_groups = [1.0 if pattern.search(window) else 0.0 for pattern in GROUPS.values()]
    threat = s_groups[list(GROUPS).index("modal")] or s_groups[list(GROUPS).index("future")]
    past = s_groups[list(GROUPS).index("past")] or s_groups[list(GROUPS).index("old_election")]
    out = [
        *(1.0 if value == v else 0.0 for v in VALUES),
        1.0 if in_title else 0.0,
        1.0 if quote and quote in title.lower() else 0.0,
        0.0 if in_title else start / length,
        1.0 if in_title or "\n" not in text[:start] else 0.0,
        math.log1p(text.count("\n", 0, start)),
        math.log1p(lower.count(quote)) if quote else 0.0,
        float(len(others)),
        1.0 if index else 0.0,
        math.log(max(events, 1)),
        1.0 if when else 0.0,
        1.0 if same else 0.0,
        0.0 if in_title or when_start is None else min(abs(start - when_start) / length, 1.0),
        1.0 if other_date else 0.0,
        *s_groups, *w_groups,
        1.0 if value == "sanksi" and threat else 0.0,
        1.0 if value in GATHERING_VALUES and past else 0.0,
        1.0 if _NAMES[value].search(quote) else 0.0,
        1.0 if _NAMES[value].search(title) else 0.0,
        1.0 if _CAPTION.search(sentence) else 0.0,
        1.0 if not in_title and len(_QUOTE_MARKS.findall(
            text, text.rfind("\n", 0, start) + 1, start)) % 2 else 0.0,
        1.0 if not same and re.search(r"\b(?:telah|sudah)\b", sentence, re.I) else 0.0,
    ]
    gathering = 1.0 if value in GATHERING_VALUES else 0.0
    return out + [gathering * out[_AT[name]] for name in _CROSSED]


def vetoed_values(activities: Sequence[str], evidence: dict[str, Any], text: str, title: str,
                  index: int, events: int, model: dict[str, Any]) -> list[str]:
    """The values of ``activities`` the model drops: log-odds that the value is the event's
    below ``model["threshold"]`` (a value with no weights, or ``imbauan``, is kept)."""
    weights, bias = model["weights"], model["intercept"]
    mean, scale = model["mean"], model["scale"]
    out = []
    for value in activities:
        if value not in VALUES:
            continue
        x = value_features(value, evidence, activities, text, title, index, events)
        z = bias + sum(w * (xi - m) / s for w, xi, m, s in zip(weights, x, mean, scale,
                                                             strict=True))
        if z < model["threshold"]:
            out.append(value)
    return out


@lru_cache(maxsize=1)
def veto_model() -> dict[str, Any]:
    """The trained weights shipped beside this module (read once)."""
    path = Path(__file__).with_name("weights.json")
    model = json.loads(path.read_text(encoding="utf-8"))
    assert tuple(model["features"]) == FEATURES, "retrain: the features changed"
    return model

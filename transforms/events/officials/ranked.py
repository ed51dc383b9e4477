"""Police and army officers named by their rank alone, speaking for the unit the sentence names:
"Senada, AKP Rahmat Hidayat mengatakan anggotanya di Polsek Sukamaju siap mengawal pilkada".

No title stands before the name, so officials/parse.py reads nothing; the rank says the speaker
holds a post in the force, and the unit named in the same sentence ("Polsek Sukamaju", "Kodim
0304/Agam") is the office they speak for. Without such a unit the rank alone names no post
(a retired officer, a candidate's supporter), and nothing is read.
"""

from __future__ import annotations

import re

from transforms.events.officials.before import CAP_WORD
from transforms.events.officials.parse import Mention
from transforms.events.officials.words import NOT_NAME
from transforms.prefilter import finditer, scanner

__all__ = ["ranked_speakers"]

# Ranks of officers and non-commissioned officers, with an optional force or corps after them.
_RANK = (r"(?:AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Brigjen|Irjen|Letkol"
         r"|Kolonel|Mayor|Kapten|Lettu|Letda|Peltu|Pelda|Serma|Serka|Sertu|Serda)")
_CORPS = r"(?:[ \t]+(?:Pol|TNI|Inf|Kav|Arh|Czi|Cpl|Chb|Ckm|Caj|Arm|Mar)\.?)*"
_NAME = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}"
_SAYS = (r"(?:mengatakan|menyatakan|menegaskan|menyampaikan|menjelaskan|mengimbau|menghimbau"
         r"|meminta|mengingatkan|memastikan|menuturkan|mengungkapkan|menambahkan)")
_SPEAKER = re.compile(rf"(?<![\w-]){_RANK}\.?{_CORPS}[ \t]+(?P<name>{_NAME})[ \t]*,?[ \t]+"
                      rf"(?:(?:juga|pun|turut|kembali)[ \t]+)?{_SAYS}\b")
# The unit the officer serves in, with its place: "Polsek Sukamaju", "Kodim 0304/Agam".
_UNIT = re.compile(r"(?<![\w-])(?P<unit>Polsek(?:ta)?|Polres(?:ta|tabes)?|Polda|Koramil|Kodim"
                   r"|Korem|Kodam)(?:[ \t]+\d+[ \t]*/[ \t]*|[ \t]+)"
                   r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
_END = re.compile(r"[.!?](?=\s)|\n")
_SPEAKER_SCAN = scanner(_SPEAKER)  # tried only where a rank stands


def ranked_speakers(text: str) -> list[Mention]:
    """One mention per officer named by rank before a verb of saying, titled by the police or
    army unit the same sentence names; in order."""
    found: list[Mention] = []
    for m in finditer(_SPEAKER_SCAN, text):
        name = m.group("name").split()
        while name and name[-1] in NOT_NAME:
            name.pop()
        if not name or name[0] in NOT_NAME:
            continue
        starts = [e.end() for e in _END.finditer(text, max(0, m.start() - 300), m.start())]
        after = _END.search(text, m.end())
        unit = _UNIT.search(text, starts[-1] if starts else max(0, m.start() - 300),
                            after.start() if after else len(text))
        if unit is None:
            continue
        found.append(Mention("", unit["unit"], " ".join(name), (), unit["place"],
                             text[m.start():m.end("name")], m.start(), m.end("name")))
    return found

"""Find the officials an ASN-neutrality article names: title, region, name, honorifics.

Watchdogs track *who* told civil servants to stay neutral, so one person is one entry even when
an article spells them three ways ("Deni Arpianto Lubis", "Deni Arfianto Lubis", "Arfianto").
Each title occurrence is read by officials/parse.py; this module merges the mentions into
persons (officials/persons.py), adds the speaker-only mentions ("kata Darmawan", "Yulianto
menuturkan": officials/speakers.py), the officials only the headline names (and the body's one
untitled speaker under a headline's speaking title: officials/headline.py), the resource
persons named by their body with no post (officials/resource.py) and the officers named by rank
alone (officials/ranked.py). A title with a demonstrative names the person named before it
("Menurut Kepala BKD Agam itu"), and a one-word name takes the longer form the article writes
it in elsewhere (officials/names.py).

Skipped: candidates ("calon Wali Kota"), former holders ("mantan", "menjadi Pj Bupati", "Bupati
sebelumnya"; a term ended before the page's year, "yang kini menjabat <another post>",
"purnatugas": officials/former.py), election names ("Pemilihan Gubernur dan Wakil Gubernur"),
documents ("Surat Edaran Bupati"), relatives and aides ("istri Wali Kota", "ajudan Bupati"),
buildings, streets, programmes and prizes named after an office ("Kantor Bupati Agam", "Jalan
Bupati ...", "Piala Wali Kota"), officials who sent someone ("yang diwakili", "mewakili Bupati
X") or whom an appeal is addressed to ("mengingatkan Bupati X": officials/context.py), party
officers, and related-headline lines ("Baca juga:"); a title in lower case among lower-case
words ("para kepala OPD") is not parsed at all.

Limits: a past holder named without "mantan" ("dicopot oleh Pj Gubernur X") is listed; a village
head's one-word name after a two-word village ("Kepala Desa Suka Maju Ujang") is not told apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain, takewhile

from transforms.events.officials.before import LEAD
from transforms.events.officials.context import no_holder_here
from transforms.events.officials.former import former_holder, latest_year, now_holds
from transforms.events.officials.headline import headline_speaker
from transforms.events.officials.lines import cased_line, may_name, title_case
from transforms.events.officials.lists import bulleted, paired
from transforms.events.officials.names import (
    ANAPHORA,
    antecedent,
    contains_name,
    full_form,
    next_speaker,
    unnamed_speakers,
)
from transforms.events.officials.parse import TITLE, Mention, parse_title
from transforms.events.officials.persons import Person, add, fullest
from transforms.events.officials.places import place_read_as_name, region_key
from transforms.events.officials.ranked import ranked_speakers
from transforms.events.officials.regions import MARKERS
from transforms.events.officials.repairs import repaired
from transforms.events.officials.resource import body_appositives, resource_persons
from transforms.events.officials.speakers import CAPW, speaker_names
from transforms.events.officials.suspects import (
    accused,
    accused_later,
    list_goes_on,
    listed_before,
    sentence_end,
)
from transforms.events.officials.words import NOT_NAME
from transforms.prefilter import finditer, scanner


@dataclass(frozen=True)
class Official:
    """One person: canonical title, fullest name seen, the other spellings in `aliases`.

    ``start``/``end``: the first titled mention's span in the text, ``sentence`` the sentence
    it stands in (the evidence a reader checks)."""

    title: str
    name: str
    honorifics: tuple[str, ...]
    raw: str
    region: str | None = None
    aliases: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()  # offsets of every mention (titled or as a speaker)
    start: int = 0
    end: int = 0
    sentence: str = ""
    in_title: bool = False  # named in the headline only: start/end are offsets in the title


_PLACE = re.compile(r"\b(?:Kota|Kabupaten|Kab\.|Provinsi|Pemko|Pemkot|Pemkab|Pemprov|Kecamatan"
                    r"|Kelurahan|Kalurahan|Kapanewon|Nagari|Desa|Gampong|Pekon|Kampung|Distrik"
                    r"|se-Kota|se-Kabupaten|Bawaslu|KPU|Panwaslu"
                    rf"|Panwaslih|Polres|Kodim|Kejari)\s+(?=(?P<seq>{CAPW}"
                    rf"(?:\s+{CAPW}){{0,3}}))|(?m:^[ \t]*(?P<line>{CAPW}(?:\s+{CAPW}){{0,2}})"
                    r"[ \t]*[,(](?![ \t]*[a-z]))")  # "Sri Utami, menjelaskan": a name, no dateline
# "di (daerah) Padang": apart from _PLACE, so re's own search for the literal "di" finds it (the
# prefilter would try every "di" inside a word); the word boundary before it is checked after.
_AT_PLACE = re.compile(rf"di\s+(?:(?:daerah|wilayah|kawasan)\s+)?"
                       rf"(?=(?P<seq>{CAPW}(?:\s+{CAPW}){{0,3}}))")
_CAP_WORD = re.compile(r"\b[A-Z][\w'’-]*")
# A nickname after the name: "Ahmad Heryawan atau Aher", "Rahmat, yang akrab disapa Memet".
_ALIAS = re.compile(rf"[ \t]*,?[ \t]*(?:atau|alias|(?:yang[ \t]+)?(?:akrab|biasa|karib)[ \t]+"
                    rf"(?:disapa|dipanggil))[ \t]+(?P<alias>{CAPW}(?:[ \t]+{CAPW})?)\b")
_WORD_CHAR = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")

# Tried only where a title, speech verb or place can start (transforms/prefilter.py). The
# ~270 heads' prefixes in full (8 characters): cut to 4 ("pemi", "peng", "bupa"), they stood
# in "pemilihan", "pengawasan", "kabupaten", and TITLE was tried there in vain.
_TITLE_SCAN = scanner(TITLE, most=500)
_PLACE_SCAN = scanner(_PLACE)


def _places(text: str) -> dict[str, list[int]]:
    """Word sequences the article uses as places ("Kota Padang", "Kendari, ..." datelines),
    each with the offsets where that use starts: the evidence for reading a token as region."""
    places: dict[str, list[int]] = {}
    at = (m for m in _AT_PLACE.finditer(text)
          if not (m.start() and _WORD_CHAR.match(text, m.start() - 1)))
    for m in chain(finditer(_PLACE_SCAN, text), at):
        if m.group("seq") and text.endswith("Wali ", 0, m.start()):
            continue  # "Wali Kota Darmawan" is a title, not a place called Darmawan
        words = (m.group("seq") or m.group("line")).split()
        for j in range(1 if m.group("seq") else len(words), len(words) + 1):
            places.setdefault(" ".join(words[:j]), []).append(m.start())
    return places


def _elsewhere(places: dict[str, list[int]], text: str, words: str, at: int) -> bool:
    """The article uses words as a place other than right here ("Kota Padang Syafrizal"
    itself is no evidence that "Padang Syafrizal" is a place), nor after the same words as
    here ("anggota Bawaslu Ratna ..." twice: a stored page that repeats a paragraph)."""
    uses = places.get(words, ())
    here = {text[max(0, p - 12):p] for p in uses if at - 14 <= p <= at}
    return any(not at - 14 <= p <= at and text[max(0, p - 12):p] not in here for p in uses)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else max(0, start - 400):
                after.end() if after else len(text)].strip()


def officials(text: str, title: str = "", year: int = 0) -> list[Official]:
    """One Official per distinct person, in order of first mention; with the headline, those
    only the headline names come first (``in_title``, position 0: the article's lead). A copy
    wrapped at a fixed width comes unwrapped (wrapping.py, done once for the event step).
    ``year``: the page's year, before which a term of office is past (0: the latest year the
    text names)."""
    year = year or latest_year(text)
    said_names = speaker_names(text)
    said = {w for name, _ in said_names for w in name.split()}
    places = partial(_elsewhere, _places(text), text)
    suspects: list[Mention] = []
    people = _people(bulleted(repaired(text)), said, places, suspects=suspects,  # offsets kept
                     year=year)
    # "Rahmat, S.H. dari Kejari Agam" as a speaker; "AKP Rahmat mengatakan ... Polsek Agam"
    for mention in chain(resource_persons(text), body_appositives(text), ranked_speakers(text)):
        if not any(contains_name(n, mention.name) or contains_name(mention.name, n)
                   for p in people for n in p.names):
            add(people, suspects, mention, text)
    for name, pos in said_names:
        owners = [p for p in people if any(contains_name(n, name) for n in p.names)]
        before = [p for p in owners if p.first.pos <= pos]
        if owners:
            owner = before[-1] if before else owners[0]
            owner.said[name] = None
            owner.positions.append(pos)
    _names_from_elsewhere(text, people, said_names)
    for person in [p for p in people if any(accused_later(text, n) for n in p.names)]:
        people.remove(person)  # "rapat yang digelar Kepala X, Nama ... Nama diduga mengarahkan"
        suspects += [replace(m, suspect=True) for m in person.names.values()]
    for person in people:  # "Ahmad Heryawan atau Aher": the short name the headline may use
        person.said.update(dict.fromkeys(
            m["alias"] for end in person.ends if person.names and (m := _ALIAS.match(text, end))
            and not any(w in NOT_NAME or w in MARKERS for w in m["alias"].split())))
    people = [p for p in people if p.names or p.region]  # "Camat tersebut": no one named before
    taken = {n.lower() for p in people for n in (*p.names, *p.said)}
    for mention in unnamed_speakers(text, said_names, {p.first.base for p in people}, taken):
        add(people, suspects, mention, text)  # "disampaikan bupati ... Menurut Darto"
    found = _one_per_name([_official(text, p) for p in people])
    if not title:
        return found
    named = [n for o in found if o.name for n in (o.name, *o.aliases)]
    named += [m.name for m in suspects if m.name]
    regions = {w for o in (*found, *suspects) for w in (o.region or "").split()}
    cased = title_case(title)
    capitalised: set[str] | None = None  # the body's capitalised words, read when needed
    heading = []
    for person in _people(title, said, places, cased):
        official = _official(title, person)
        words = official.name.split()
        if cased and not title[official.end:].lstrip().startswith(":"):
            # a name goes as far as the body confirms it, unless a colon closes it ("Sekda X: ")
            capitalised = set(_CAP_WORD.findall(text)) if capitalised is None else capitalised
            words = list(takewhile(capitalised.__contains__, words))
        name = " ".join(words)
        if not name or regions.intersection(words):
            continue
        if not any(contains_name(n, name) or contains_name(name, n) for n in named):
            nameless = [i for i, body in enumerate(found)
                        if not body.name and (body.title == official.title or official.title
                                              == "Pj" and body.title.startswith(("Pj ", "Pjs ")))]
            same = next((i for i in nameless if official.region
                         and region_key(found[i].region) == region_key(official.region)),
                        nameless[0] if len(nameless) == 1 and not official.region else None)
            if same is not None:  # "Ketua Bawaslu Malut" (or the only one) in the body
                found[same] = replace(found[same], name=name, in_title=False)
            else:
                heading.append(replace(official, name=name, positions=(0,), in_title=True))
            continue
        # the headline's fuller name: "Sekda Gede Made Wirawan" atop "Sekda Gede Wirawan",
        # "Ketua Bawaslu Hendrizal" atop "Ketua Bawaslu Hendri"
        for i, body in enumerate(found):
            if (body.title == official.title and body.name and contains_name(name, body.name)
                    and (len(words), len(name)) > (len(body.name.split()), len(body.name))):
                found[i] = replace(body, name=name, aliases=(body.name, *body.aliases))
    return _speaker_titled(title, text, said_names, said, places, named, heading, found) + found


def _speaker_titled(title: str, text: str, said_names: list[tuple[str, int]], said: set[str],
                    places: Callable[[str, int], bool], named: list[str],
                    heading: list[Official], found: list[Official]) -> list[Official]:
    """``heading`` (the officials only the headline names) with the headline's speaking title
    ("Sekda Agam Ingatkan ...") given to the body's one untitled speaker (officials/headline.py):
    as the name of that title found nameless in the body (``found``, changed in place), else as
    a headline official."""
    if heading or not (spoken := headline_speaker(title, text, said_names, named)):
        return heading
    start, end, name, positions = spoken
    capitalised = set(_CAP_WORD.findall(text))  # a headline name goes as far as the body has it
    if any(n.split()[0] in capitalised for p in _people(title[start:end], said, places, True)
           for n in p.names):
        return heading  # "Wagub Edy Pratowo Tekankan ...": the headline names its speaker
    parsed = _people(f"{title[start:end].rstrip()} {name}", said, places, True)
    if not parsed:
        return heading
    official = replace(_official(title, parsed[0]), name=name, start=start, end=end,
                       positions=(0, *positions), in_title=True, aliases=(), honorifics=(),
                       sentence=title)
    if any(o.name and o.title == official.title for o in found):
        return heading  # the body names the holder of that post
    same = next((i for i, o in enumerate(found) if not o.name and o.title == official.title
                 and region_key(o.region) == region_key(official.region)), None)
    if same is not None:  # "... menjadi perhatian Sekda Agam": that mention names them
        found[same] = replace(found[same], name=name,
                              positions=tuple(sorted({*found[same].positions, *positions})))
        return heading
    return [official]


def _names_from_elsewhere(text: str, people: list[Person],
                          said_names: list[tuple[str, int]]) -> None:
    """A nameless title read back to the speaker named before it ("Menurut Kepala BKD Agam
    itu"), and a one-word name completed by its longer form elsewhere ("Rahmat yang merupakan
    Kepala BKD" after "dibuka Rahmat Hidayat")."""
    taken = {n.lower() for p in people for n in p.names}
    for person in people:
        if not person.names and ((ANAPHORA.match(text, person.first.end) and (
                name := antecedent(text, said_names, person.first.pos, taken))) or (
                name := next((n for end in person.ends or [person.first.end] if (
                    n := next_speaker(text, said_names, person.first.base, end, taken))),
                    None))):  # any mention may speak: the headline's first one seldom does
            person.names[name] = person.first
            taken.add(name.lower())
    titled = [(m.pos, m.end) for p in people for m in (p.first, *p.names.values())]
    for person in people:
        name = fullest(person)
        region = {*(person.region or "").split(), *(person.first.region_alias or "").split()}
        if name and " " not in name and (full := full_form(
                text, name, taken - {name.lower()}, titled, region)):
            person.names[full] = person.names[name]
            taken.add(full.lower())


def _one_per_name(found: list[Official]) -> list[Official]:
    """The first of the officials written with one name: the person under a second post the
    merge could not join ("Ketua Desk X" atop the page, "Sekda X, Nama, selaku Ketua Desk X")."""
    seen: set[str] = set()
    kept = []
    for official in found:
        key = official.name.lower()
        if not key or key not in seen:
            kept.append(official)
            seen.add(key)
    return kept


def _people(text: str, said: set[str], places: Callable[[str, int], bool],
            headline: bool = False, suspects: list[Mention] | None = None,
            year: int = 0) -> list[Person]:
    """Every titled mention of text, merged into persons; the mentions of suspects ("ASN yang
    diduga melanggar meliputi Camat X", and in the sentences that go on with that list:
    "Selain itu, Lurah Y, Nama") go to ``suspects`` instead, and so do the later mentions of
    their names; a post held before ``year`` or left since is no one's (officials/former.py)."""
    people: list[Person] = []
    suspects = [] if suspects is None else suspects
    listed_from: int | None = None  # where the last suspect's title starts
    list_end: int | None = None  # where the last sentence naming a suspect ends
    going_on = False  # that sentence goes on with a list of suspects before it
    moved: Mention | None = None  # the last title read, when its holder has left it
    read_to = 0  # where the last parsed title's name ends
    previous: tuple[Mention, Person] | None = None  # the last named mention, and its person
    for m in finditer(_TITLE_SCAN, text):
        if m.start() < read_to:  # "Ketua Bawaslu Agam Fitri": "Bawaslu" is read already
            continue
        if m.group(0).islower() and not may_name(text, m.start(), m.end()):
            continue  # "kepala", "bupati" among lower-case words: no name or office near
        lead = text[max(0, m.start() - LEAD):m.start()]
        if no_holder_here(text, m.start(), lead):
            continue
        cased = headline or cased_line(text, m.start(), m.end()) is not None
        found = parse_title(text, m, said, places, lead, cased, m.start() - read_to)
        if found and found.name and place_read_as_name(text, found.base, found.end):
            found = replace(found, name="", region=found.region or found.name)
        read_to = found.end if found is not None and found.name else read_to
        if found and former_holder(text, found.pos, found.end, year):
            moved = found if found.name else None
            continue  # "Rahmat, Ketua KPU Agam periode 2013-2018, kini menjabat ...": before
        if found and moved and not found.name and now_holds(text, moved.end, found.pos,
                                                            found.end):
            found = replace(found, name=moved.name, honorifics=moved.honorifics)  # "Camat X
            #  Rahmat, yang kini menjabat Kepala Dinas Y, ikut hadir": the post he acts under
        moved = None
        if found and list_end is not None and found.pos >= list_end:  # a later sentence
            going_on = list_goes_on(text, list_end, found.pos)
            list_end = sentence_end(text, found.pos) if going_on else None
        if found and going_on:
            found = replace(found, suspect=True)  # "... diduga berkampanye. Selain itu, Camat X"
        listed = listed_from is not None and _LISTED.fullmatch(text, listed_from, m.start())
        if listed:
            found = found and replace(found, suspect=True)  # "melanggar adalah Lurah A, Lurah B"
        listed_from = m.start() if (found.suspect if found else listed or _LISTED.match(
            text, m.start()) and accused(text, m.start())) else None
        if found and found.suspect and previous and listed_before(
                text, previous[0].end, found.pos, found.end) and previous[1].positions == [
                previous[0].pos] and previous[1] in people:
            people.remove(previous[1])  # "Sekda A dan Sekda B dikenai sanksi": both accused
            suspects.append(replace(previous[0], suspect=True))
        if found and found.suspect and (list_end is None or found.pos >= list_end):
            list_end, going_on = sentence_end(text, found.end - 1), False
        elif found is None and (list_end is None or m.start() >= list_end) and accused(
                text, m.start()):  # "... oleh salah satu kepala desa. Yaitu Kades X, Nama."
            list_end, going_on = sentence_end(text, m.end() - 1), False
        for mention in paired(text, found, lead) if found is not None else ():
            add(people, suspects, mention, text)
            owner = next((p for p in people if mention.pos in p.positions), None)
            previous = (mention, owner) if mention.name and owner else previous
    return people


# Between two titles of one list: the next one shares the first one's part in the sentence.
# The office may hold "dan" ("Kepala Dinas Koperasi dan UKM Nama (N), ...") and its acronym
# ("Kepala Badan Kepegawaian (BKPSDM) Agam"), the name may follow a comma before "dan"
# ("Kepala BKD Agam, Nama dan Camat X, Nama"); a semicolon may part the items; the head may
# follow its prefix in lower case ("Plt kepala Dinas X").
_LISTED = re.compile(r"[A-Z][\w'’.-]*(?:[^\S\n]+(?:(?:dan|serta)[^\S\n]+)?"
                     r"(?:[A-Z][\w'’.-]*|\([A-Z][A-Za-z]{1,12}\)|kepala|ketua)){0,10}"
                     r"(?:[^\S\n]*\([A-Z]{1,5}\))?"  # "Hasan Rifai (HR), "
                     r"(?:[^\S\n]*,[^\S\n]*[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,3}"
                     r"(?=[^\S\n]*;|[^\S\n]+(?:dan|serta)[^\S\n]))?[^\S\n]*"
                     r"(?:[,;][^\S\n]*(?:(?:dan|serta)[^\S\n]+)?|(?:dan|serta)[^\S\n]+)"
                     r"(?:(?:satu|seorang)[^\S\n]+)?")  # "..., dan seorang Kasubag X, Nama"


def _official(text: str, person: Person) -> Official:
    name = fullest(person, text)
    shown = person.names.get(name, person.first)
    return Official(
        title=f"{person.prefix} {person.first.base}".strip(), name=name,
        honorifics=tuple(person.honorifics), raw=shown.raw, region=person.region,
        aliases=tuple(dict.fromkeys(n for n in (*person.names, *person.said)
                                    if n.lower() != name.lower())),
        positions=tuple(sorted(set(person.positions))), start=shown.pos, end=shown.end,
        sentence=_sentence(text, shown.pos, shown.end))

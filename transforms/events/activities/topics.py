"""Whether a gathering is about neutrality: the one condition under which an assembly or a
meeting gives `apel` or `sosialisasi` (:func:`about_neutrality`).

The labelling guide lists a gathering as an activity when it is held on ASN neutrality. An
assembly or a meeting held for another purpose, where an official only stresses neutrality,
reports an appeal (`imbauan`, found by its own words), not a neutrality gathering. So a
gathering kept by its judge (``activities.context.assembly``, ``activities.briefings``) is
about neutrality when

* it is named for neutrality or the civil servants' election conduct ("apel netralitas",
  "sosialisasi larangan ASN berpolitik praktis"),
* it is held to sign or declare it: a pledge or a pact in its sentence or in the article's lead,
* its stated purpose, theme or agenda names it ("rapat koordinasi untuk menekankan
  netralitas", "bertajuk ...", "membahas ..."),
* or it is a briefing given to civil servants ("sosialisasi kepada ASN").

Otherwise, one named for another purpose is not: a meeting, an assembly, a ceremony or a
forum whose own name goes on with any topic that is not the election, its civil servants or
neutrality ("rakor penanganan stunting", "apel kesiapsiagaan bencana", "upacara HUT ...":
:func:`named_for_a_topic`, an open class read from the name's words), or a gathering whose
name holds a word of the few purposes named in briefings too (a security or troop assembly,
an anniversary, a flag ceremony, a launching, a work or leaders' meeting, the election's
preparation or supervision: ``_OTHER_PURPOSE``). One named for no purpose ("apel pagi", "rapat
ini", "rakor Pemkab ...") is as the last one of its kind the article named for a purpose was
("apel tersebut" after "apel gelar pasukan"), else when the article's lead (``lead``: its
opening paragraphs) names neutrality.

A gathering that is not stays a gathering for the record (``classify.Mention.on_topic``):
it still has attendees and still tells occasions apart, it is only not shown as an activity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.events.activities.briefings import general_forum
from transforms.events.activities.context import Context, words
from transforms.events.activities.lead import lead_of
from transforms.events.activities.topic_words import NAME_ENDS, NOT_A_TOPIC, PEACEFUL_ELECTION
from transforms.events.activities.words import may_say
from transforms.events.officials.bodies_lexicon import ORG_WORDS
from transforms.places.regions import province_code, resolve_region

TOPICAL = frozenset({"apel", "sosialisasi"})
"""The values a gathering gives only when it is about neutrality."""


# neutrality, or the civil servants' conduct in the election by its other names
_CONDUCT = re.compile(r"\b(?:ketidak)?netral|\b(?:politik\s+praktis|keterlibatan|keberpihakan"
                      r"|kode\s+etik|larangan\s+(?:bagi\s+)?(?:asn|pns|pegawai|aparatur)"
                      # the civil servants supervised in the election ("sosialisasi
                      # pengawasan ASN pada tahapan pencalonan")
                      r"|pengawasan\s+(?:terhadap\s+)?(?:asn|pns|pppk|aparatur)\s+(?:\w+\s+){0,2}?"
                      r"(?:pada|dalam|selama|jelang|menjelang)\s+(?:\w+\s+)?(?:pemilu|pilkada"
                      r"|pemilihan|tahapan|kampanye))\b",
                      re.IGNORECASE)
# a statement made at the gathering ends its name ("apel pagi Bupati menegaskan netralitas")
_STATEMENT = (r"\b(?:kata|ujar|mengatakan|menegaskan|mengingatkan|meminta|mengimbau|menghimbau"
              r"|menekankan|menyampaikan|berpesan|menjelaskan|mengajak|dia|ia|beliau|bupati"
              r"|wali\s*kota|gubernur|sekda|kapolres|kapolda|dandim)\b")
# the end of its name: a clause mark or a statement; of a purpose stated: a clause's end
_NAME_END = re.compile(r"[,.;:(\"“”]|" + _STATEMENT, re.IGNORECASE)
_STATED_END = re.compile(r"[.;]|" + _STATEMENT, re.IGNORECASE)
# the pledge or the pact a gathering is held for (and the words one of its matches holds)
PLEDGE = words(r"ikrar", r"berikrar", r"(?:meng|di)ikrarkan", r"deklarasi",
               r"(?:men|di)deklarasikan", r"pakta", r"fakta\s+integritas", r"penandatanganan")
_PLEDGE_WORDS = frozenset({"ikrar", "berikrar", "mengikrarkan", "diikrarkan", "deklarasi",
                           "mendeklarasikan", "dideklarasikan", "pakta", "fakta",
                           "penandatanganan"})
# the words one of which every match of _CONDUCT holds (besides those holding "netral")
_CONDUCT_WORDS = frozenset({"politik", "keterlibatan", "keberpihakan", "kode", "larangan",
                            "pengawasan"})
# a purpose, a theme or an agenda stated right after the gathering ("... digelar untuk ...")
_PURPOSE = re.compile(r"\b(?:dalam\s+rangka|untuk|guna|demi|(?:ber)?tujuan(?:nya)?"
                      r"|bertema(?:kan)?|bertajuk|berjudul|tema(?:nya)?|mengusung|agenda(?:nya)?"
                      r"|membahas|dibahas|terkait|tentang|mengenai|perihal|seputar)\b",
                      re.IGNORECASE)
# a purpose told before it ("Dalam rangka menjaga netralitas ASN, Pemkab menggelar apel")
_PURPOSE_BEFORE = re.compile(r"^\W*(?:dalam\s+rangka|untuk|guna|demi)\s[^,;]{0,100}?\bnetral"
                             r"\w*[^,;]{0,40},", re.IGNORECASE)
# the words of a briefing (not of a meeting), and its audience of civil servants
_BRIEFING = re.compile(r"(?:(?:men|di|ter)?sosiali|menyosiali|penyosiali|penyuluhan|pengarahan"
                       r"|pembekalan|briefing|brifing|(?:memberikan|memberi|berikan|menyampaikan)"
                       r"\s+(?:arahan|materi)|arahan|bimbingan|edukasi|ceramah|kuliah|pembinaan"
                       # a speaker's talk ("menjadi pemateri")
                       r"|(?:menjadi|sebagai|menghadirkan)\s+(?:narasumber|pemateri|pembicara))",
                       re.IGNORECASE)
_TO_CIVIL_SERVANTS = re.compile(r"\b(?:kepada|bagi|untuk|di\s+hadapan|di\s+depan|mengundang"
                                r"|diikuti(?:\s+oleh)?|dihadiri(?:\s+oleh)?|peserta(?:nya)?)\s+"
                                r"(?:\w+\s+){0,4}?(?:asn|pns|pppk|p3k|aparatur|pegawai|camat"
                                r"|lurah|kepala\s+desa|kades|perangkat\s+desa|wali\s+nagari"
                                r"|kepala\s+(?:opd|dinas|sekolah)|guru)\b", re.IGNORECASE)
# the civil servants named as a briefing's own ("pembinaan pegawai", "sosialisasi ASN")
_OF_CIVIL_SERVANTS = re.compile(r"^\s+(?:para\s+|seluruh\s+)?(?:asn|pns|pppk|aparatur|pegawai)\b",
                                re.IGNORECASE)
# neutrality in the lead, also by its other word ("agar pegawai tidak berpihak")
_LEAD_NEUTRALITY = re.compile(r"(?:ketidak)?netral|\bberpihak|\bketerlibatan\s+(?:para\s+)?"
                              r"(?:asn|pns|pegawai)|\bpolitik\s+praktis", re.IGNORECASE)
# its proper name: the few words right after its word, before a pointer, a place or a clause
_SHORT_NAME = re.compile(r"^(?:\s+(?!(?:ini|itu|tersebut|yang|di|ke|pada|dalam|dengan|bersama"
                         r"|oleh|dan|serta|sekaligus|saat|ketika|usai|sebelum|setelah|kali"
                         r"|digelar|diadakan|dilaksanakan|berlangsung|dipimpin|diikuti"
                         r"|dihadiri)\b)[\w-]+(?:['’]\w+)*){0,5}", re.IGNORECASE)
# named for another purpose: its words in the phrase or its name
_OTHER_PURPOSE = re.compile(
    r"\b(?:gelar\s+pasukan|siaga|pengamanan|keamanan|kesiapan|kesiapsiagaan|persiapan|operasi"
    # anniversaries, national days and flag ceremonies
    r"|hut|(?:hari\s+)?ulang\s+tahun|hari\s+jadi|peringatan|memperingati|upacara\s+bendera"
    r"|17\s+agustus(?:an)?"
    r"|pengibaran|bendera|hari\s+(?:kemerdekaan|pahlawan|sumpah|pendidikan|kesaktian"
    r"|kebangkitan|lahir|bela|santri|ibu|guru|bhayangkara|amal|otonomi|korpri|kesadaran)"
    # launchings, work and leaders' meetings
    r"|launching|peluncuran|kerja|rapat\s+pimpinan|rapim|raker\w*|evaluasi"
    # the press's or a social gathering ("coffee morning", "jumpa pers", "halal bihalal")
    r"|coffee?\s+morning|ngopi\s+bareng|jumpa\s+pers|konferensi\s+pers|media\s+gathering"
    r"|halal\s*bi\s*halal|buka\s+(?:puasa\s+)?bersama"
    # the election's preparation or supervision
    r"|pengawasan|pemantauan|tahapan|sukses)\b", re.IGNORECASE)

# the gatherings whose name says what they are for (a briefing's topic: activities.briefings)
_GATHERING_HEAD = re.compile(r"\b(?:rapat|rakor\w*|raker\w*|rapim|apel|upacara|pertemuan"
                             r"|forum)\b", re.IGNORECASE)
# a briefing by its own name ("Sosialisasi Produk Hukum Pemilihan"), not a talk given at one
_BRIEFING_HEAD = re.compile(r"sosialisasi|penyuluhan", re.IGNORECASE)
# a briefing named for the election itself, nothing after it that names its conduct (read
# before): the election made known to the public, not a briefing on neutrality
_ELECTION_BRIEFING = re.compile(r"(?:(?:men|di)?sosialisasi(?:kan)?|menyosialisasikan|penyuluhan)",
                                re.IGNORECASE)
_ELECTION_NAMED = re.compile(r"\s+(?:pemilihan|pemilu|pilkada|pilgub|pilbup|pilwalkot|pilwako"
                             r"|pileg|pilpres)\b", re.IGNORECASE)
# verbs start a clause after a name ("apel berlangsung", "upacara mengapresiasi"); not these
_VERB_PREFIXES = ("me", "di", "ber", "ter")
_NOUNS = frozenset({"dirgahayu", "merdeka"})
# an ordinal written as one word ("rapat kelima")
_ORDINAL = re.compile(r"ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sekian)")


class Gatherings:
    """The gatherings of one text as its judge meets them, in text order: whether each is on
    neutrality (:func:`about_neutrality`), the lead read once, and a gathering named for no
    purpose decided as the last one of its kind named for one."""

    def __init__(self, text: str, title: str = "") -> None:
        self._text = text
        self._title = title
        self._lead: str | None = None
        self._named: dict[str, bool] = {}  # value -> as the last one named for a purpose

    def on_topic(self, value: str, ctx: Context) -> bool:
        """Whether the gathering (or any other value: True) judged ``value`` in ``ctx`` is
        shown as an activity."""
        if value not in TOPICAL:
            return True
        named = purpose(ctx, self.lead)
        if named is not None:
            self._named[value] = named
            return named
        return unnamed(self.lead, self._named.get(value))

    @property
    def lead(self) -> str:
        """The article's title and the text's opening paragraphs (``lead_of``), read once."""
        if self._lead is None:
            self._lead = f"{self._title}\n{lead_of(self._text)}" if self._title else lead_of(
                self._text)
        return self._lead

    def passed_over(self, value: str, ctx: Context) -> None:
        """A gathering its judge left out (a meeting whose sentence names no neutrality,
        "Pemkab menggelar rakor penanganan stunting"): when named for another topic, held for
        another stated purpose or a general forum ("rapat koordinasi Desk Pemilu"), it is what
        a later one named for no purpose ("Dalam rakor tersebut, ...") points back at."""
        own_name = ctx.phrase + _SHORT_NAME.match(ctx.after).group()
        if value in TOPICAL and _GATHERING_HEAD.search(ctx.phrase) and (
                named_for_a_topic(own_name) or _other_stated(ctx) or general_forum(ctx.after)):
            self._named[value] = False
        elif value in TOPICAL and _BRIEFING_HEAD.fullmatch(ctx.phrase) and named_for_a_topic(
                own_name, len(ctx.phrase)):
            # "Penyuluhan Produk Hukum Pemilihan ...": a briefing on another matter, which a
            # talk at it ("narasumber ... menekankan netralitas") is part of
            self._named[value] = False


def about_neutrality(ctx: Context, lead: str, named: bool | None = None) -> bool:
    """Whether a gathering judged `apel` or `sosialisasi` in ``ctx`` is about neutrality
    (module notes); ``lead`` is the article's opening paragraphs (:func:`lead_of`), ``named``
    what :func:`purpose` told of the last gathering of its kind the article named for one (a
    gathering named for no purpose, "apel tersebut", is most often that one told again)."""
    told = purpose(ctx, lead)
    return told if told is not None else unnamed(lead, named)


def unnamed(lead: str, named: bool | None = None) -> bool:
    """A gathering named for no purpose: as the last one named for one was (``named``), else
    on neutrality when the article's lead names it."""
    return named if named is not None else _lead_neutral(lead)


def purpose(ctx: Context, lead: str) -> bool | None:
    """True for a gathering named for neutrality, held to sign or declare it, stating it as
    its purpose or briefing civil servants; False for one named for another purpose; None for
    one named for no purpose (module notes)."""
    sentence = ctx.sentence
    if (may_say(sentence, _CONDUCT_WORDS)
            or "netral" in sentence or "Netral" in sentence or "NETRAL" in sentence):
        if _CONDUCT.search(_name(ctx.phrase, ctx.after, 90)) or _stated_purpose(ctx):
            return True
    if may_say(sentence, _PLEDGE_WORDS) and _pledged(sentence):
        return True
    if "tersebut" in ctx.after or "itu" in ctx.after or "ini" in ctx.after:
        stated = _stated(ctx)
        if stated is not None and _POINTED_TOPIC.match(stated) and _lead_neutral(lead):
            return True  # "sosialisasi pengawasan tentang isu tersebut": the lead's issue
    if _BRIEFING.match(ctx.phrase) and (
            _OF_CIVIL_SERVANTS.match(ctx.after)
            or _TO_CIVIL_SERVANTS.search(ctx.after[:120] if not ctx.paragraph
                                         else ctx.paragraph)):
        return True  # a briefing or a talk given to civil servants
    if _lead_pledge(lead):
        return True  # the article's occasion is a pledge or a signing: held for it
    if _ELECTION_BRIEFING.fullmatch(ctx.phrase) and _ELECTION_NAMED.match(ctx.after):
        return False  # "Sosialisasi Pilkada Serentak 2024": the election's own, to its voters
    own_name = ctx.phrase + _SHORT_NAME.match(ctx.after).group()
    if _OTHER_PURPOSE.search(own_name) or named_for_a_topic(own_name) or _other_stated(ctx):
        return False
    if (held_for := _HELD_FOR.match(ctx.after)) and _OTHER_PURPOSE.match(ctx.after, held_for.end()):
        return False  # "Upacara pada peringatan HUT ke-60 Provinsi": held for an anniversary
    # held with a declaration for a peaceful election ("dialog publik dan deklarasi Pilkada
    # damai") or with another purpose's occasion ("rapat koordinasi bersama stakeholder dan
    # launching pemetaan kerawanan"): neutrality only stressed at it
    name = _name(ctx.phrase, ctx.after, 90)
    return False if _PEACE_DECLARED.search(name) or any(
        _OTHER_PURPOSE.match(name, joined.end()) for joined in _JOINED.finditer(name)) else None


def named_for_a_topic(name: str, head_end: int | None = None) -> bool:
    """A meeting, an assembly, a ceremony or a forum whose name goes on with a topic: a word
    that does not say when, how, where or whose it is, nor the election, its civil servants
    or neutrality ("rakor penanganan stunting", "apel penertiban pedagang", not "apel pagi
    Senin", "rapat koordinasi Pemkab ...", "rakor Pilkada 2024"). Any topic is another
    purpose: neutrality named in it was read before (:func:`purpose`). The name ends at a word
    that starts what follows it: a preposition, an adverb, a verb, a body (a public body's
    one-word name too: "rakor Bappeda"), an office, a place (a region's or a province's name
    too) or the people gathered. ``head_end``: where the gathering's head word ends, when the
    name is a briefing's ("Sosialisasi Produk Hukum ...") rather than a meeting's."""
    if head_end is None:
        head = _GATHERING_HEAD.search(name)
        if head is None:
            return False
        head_end = head.end()
    written_words = name[head_end:].split()
    for at, written in enumerate(written_words):
        word = written.lower().replace("'", "").replace("’", "")  # "Jum'at"
        if (word in NAME_ENDS or word in ORG_WORDS or word.startswith(("se-", "pasca"))
                or word.startswith(_VERB_PREFIXES) and len(word) > 4 and word not in _NOUNS
                or written[:1].isupper() and _place_at(written_words, at)
                or _branch_at(written_words, at)):
            return False  # (a region: "rakor Agam", whose meeting, no topic)
        if not (word in NOT_A_TOPIC or word[0].isdigit() or word.startswith(("netral", "ke-"))
                or _ORDINAL.fullmatch(word)):
            return True
    return False


def _branch_at(written: list[str], at: int) -> bool:
    """A body's acronym, then its region ("rakor FORKADES Agam", "rapat APDESI Sumbar"): a
    forum's or an association's branch, whose the meeting is, not its topic."""
    word = written[at].strip(",.")
    return (len(word) >= 4 and word.isalpha() and word.isupper() and at + 1 < len(written)
            and written[at + 1][:1].isupper() and _place_at(written, at + 1))


def _place_at(written: list[str], at: int) -> bool:
    """A region or a province named from ``written[at]`` on, in one to three words ("Agam",
    "Muara Enim", "Lima Puluh Kota", "Sumbar")."""
    return any(resolve_region(place) is not None or province_code(place) is not None
               for place in (" ".join(written[at:at + n]) for n in (1, 2, 3)
                             if at + n <= len(written)))


# a title-case name going on as a list ("Apel Siaga Satlinmas TNI, Polri, dan Netralitas ASN")
_TITLE_WORDS = r"[A-Z][\w/-]*(?:[^\S\n]+[A-Z][\w/-]*)*"
_NAME_LIST = re.compile(rf"(?:,[^\S\n]*{_TITLE_WORDS})*,?[^\S\n]*(?:dan|serta|&)[^\S\n]+"
                        + _TITLE_WORDS
                        # closed where the sentence goes on in lower case (not a headline's
                        # title case running over its people and verb)
                        + r"(?=[^\S\n]*[,.;]|[^\S\n]+(?:di|yang|pada|dalam|ini|itu|tersebut)\b)")


def _name(phrase: str, after: str, limit: int) -> str:
    """The phrase with the words after it up to a clause mark or a statement (a list of
    title-case words and its "dan" go on with the name)."""
    near = after[:limit]
    end = _NAME_END.search(near)
    if end is None:
        return phrase + near
    listed = _NAME_LIST.match(near, end.start()) if near[end.start()] == "," else None
    return phrase + near[:listed.end() if listed else end.start()]


def _stated_purpose(ctx: Context) -> bool:
    """A purpose, theme or agenda on neutrality stated right after the gathering (or a purpose
    opening its sentence: "Dalam rangka menjaga netralitas ASN, Pemkab menggelar apel")."""
    if _PURPOSE_BEFORE.match(ctx.before):
        return True
    stated = _stated(ctx)
    return stated is not None and bool(_CONDUCT.search(stated))


def _stated(ctx: Context) -> str | None:
    """The purpose, theme or agenda stated right after the gathering, up to its clause's end
    (None when none is)."""
    near = ctx.after[:100]
    stop = near.find(".")
    marker = _PURPOSE.search(near if stop < 0 else near[:stop])
    if marker is None:
        return None
    rest = ctx.after[marker.end():marker.end() + 100].lstrip()
    end = _STATED_END.search(rest, 1)  # (the purpose's own verb: "untuk mengingatkan ...")
    return rest if end is None else rest[:end.start()]


# a declaration for a peaceful election ("deklarasi Pilkada damai"): the public's, no pledge
# of the civil servants' neutrality
_PEACEFUL = re.compile(rf"\s+(?:\w+\s+)?{PEACEFUL_ELECTION}\b", re.IGNORECASE)


# a purpose that points back at the issue told before ("tentang isu tersebut")
_POINTED_TOPIC = re.compile(r"(?:isu|hal|masalah|persoalan|permasalahan|topik)\s+"
                            r"(?:tersebut|itu|ini)\b", re.IGNORECASE)
# the occasion a gathering is held on or for, right after it ("upacara pada peringatan ...")
_HELD_FOR = re.compile(r"\s+(?:pada|dalam(?:\s+rangka)?|untuk)\s+(?:acara\s+)?", re.IGNORECASE)
# another occasion held with the gathering, joined to its name
_JOINED = re.compile(r"\b(?:dan|serta|sekaligus)\s+(?:acara\s+|kegiatan\s+)?", re.IGNORECASE)
_PEACE_DECLARED = re.compile(r"\b(?:deklarasi|ikrar)" + _PEACEFUL.pattern, re.IGNORECASE)


def _pledged(sentence: str) -> bool:
    """A pledge or a pact in the sentence, not a declaration for a peaceful election."""
    return any(not _PEACEFUL.match(sentence, m.end()) for m in PLEDGE.finditer(sentence))


def _other_stated(ctx: Context) -> bool:
    """A purpose stated right after the gathering names one of the other purposes and not
    neutrality ("rakor daring untuk membahas tahapan Pilkada")."""
    stated = _stated(ctx)
    return stated is not None and bool(_OTHER_PURPOSE.search(stated)) and not (
        _CONDUCT.search(stated))


@lru_cache(maxsize=64)
def _lead_pledge(lead: str) -> bool:
    return _pledged(lead)


@lru_cache(maxsize=64)
def _lead_neutral(lead: str) -> bool:
    return bool(_LEAD_NEUTRALITY.search(lead))

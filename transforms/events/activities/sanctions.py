"""Sanctions: the judge of `sanksi` for ``transforms.events.activities.classify``: a sanction
decided, threatened (`imbauan`), handed on as a case (`pelanggaran`) or still open (none). Its
words and patterns are in ``transforms.events.activities.sanction_cues``, the cues of none,
denial and condition it shares with the judge of `pelanggaran` in
``transforms.events.activities.finding_cues``.

`sanksi` only for a sanction decided: a word close before it in its clause ("telah dijatuhi
sanksi", "sudah kami beri sanksi", "dikenai sanksi"), or given to particular people
("pemberian sanksi terhadap tiga lurah itu"), and no modal or rule word before it (akan,
dapat, jika, bagi, setiap, jenis, berupa ...). One recommended ("merekomendasikan ...
sanksi") is a case handed on: `pelanggaran` when done, else an appeal. One threatened,
described or conditional ("akan ditindak", "dapat dikenakan sanksi", "jenis sanksi", "ASN
yang melanggar ...") is `imbauan`, also when a sentence spells it out ("Artinya, ...
diberhentikan"), or of whoever got one ("ASN yang sudah diberi sanksi"). One still open
("diberi sanksi atau tidak", "belum menjatuhkan", "masih menunggu keputusan") is none; one a
report is for ("diteruskan ke KASN untuk penjatuhan sanksi") a case handed on, as is a
watchdog's "ditindak" forwarded ("ditindak dan diteruskan ke BKN"). A court's sentence
("divonis", "dipidana") is one decided. "diproses" is a case handled (`pelanggaran`), or a
threat (`imbauan`) with a modal word.

Decided also by its own verb ("telah disanksi", "KASN memutuskan ... mendapatkan hukuman",
"vonis ... sudah diputuskan"), not another predicate's ("telah mengaturnya dan ada sanksi
menanti"); one named as a recommendation ("sanksi rekomendasi") is recommended, one after a
recommendation acted on ("menindaklanjuti rekomendasi KASN dengan menjatuhkan sanksi")
decided; one for whoever breaks the rule named after it ("sanksi bagi ASN yang tidak netral")
is a rule unless told done, counted, pointed at or dated; a watchdog's "menindak" is its
handling of a case. One told on average over the cases ("rata-rata memberikan sanksi ...",
"sanksi yang diberikan rata-rata ringan") was given in them; a passive one at the end of a
sanction's range ("Sanksi potong tunjangan hingga dipecat") is the scale threatened.
"""

from __future__ import annotations

import re

from transforms.events.activities.background import CONTRAST, background
from transforms.events.activities.cases import particular
from transforms.events.activities.context import WHEN, Context, in_name, last_clause
from transforms.events.activities.finding_cues import DUTY, HYPOTHETICAL, NEGATED, NONE_YET
from transforms.events.activities.sanction_cues import (
    ACTED_ON,
    ACTING_HEAD,
    ASKED_FOR,
    ASKED_FOR_WORDS,
    AVERAGED,
    AVERAGED_AFTER,
    AVERAGED_WORDS,
    BESIDES,
    BODY_DONE,
    CAMPAIGN_SIDE,
    CASE_STOPPED,
    CASES_ENDED,
    CASES_ENDED_WORDS,
    CONDITION_AFTER,
    COUNTED_AFTER,
    COUNTED_PEOPLE,
    DECIDED,
    DECIDED_AFTER,
    DECIDED_LATER,
    DECIDING_WORDS,
    DECISION_IS,
    DEMANDED,
    DONE,
    DONE_CLAUSE,
    DONE_TO,
    DONE_TO_THEM,
    ESCAPED,
    EXPLAINS,
    FOLLOWED,
    FOR_WHOEVER_BROKE,
    FORWARDED,
    GIVEN_THEM,
    GIVEN_TO,
    GIVING,
    HANDLING,
    JOINED,
    JUDGED_TO_BREAK,
    LEST,
    LETTER,
    LISTED,
    MODAL,
    MODAL_GIVEN,
    NAMED_RECOMMENDED,
    PENALTY_NAMED,
    PERSONNEL_DATA,
    POINTED,
    QUOTES,
    RANGE,
    RECOMMEND,
    REPEATED,
    RULE_AFTER,
    RULES_SANKSI,
    THE_PERSON,
    THIS_THAT,
    WATCHDOG,
    WHETHER,
    WHETHER_BEFORE,
    WHETHER_BEFORE_WORDS,
    WHETHER_WORDS,
    WHOEVER_BROKE,
    WHOEVER_GIVEN,
    WISHED_AWAY,
    WISHED_AWAY_WORDS,
    WITH_APPEAL_AFTER,
    WITH_APPEAL_BEFORE,
)
from transforms.events.activities.words import (
    NEXT_STEP,
    TWO_TO_TEN,
    after_last,
    may_say,
    on_neutrality,
    says,
)


def _decided_before(before: str) -> bool:
    """A deciding word close before the sanction in its clause ("telah dijatuhi sanksi"),
    its own verb, not another one's joined after it ("telah mengaturnya dan ada sanksi"), nor
    one before the procedure's next step (``NEXT_STEP``: what follows it is still to come)."""
    window = after_last(NEXT_STEP, last_clause(before))[-45:]
    last = max(DECIDED.finditer(window), key=re.Match.start, default=None)
    return last is not None and not JOINED.search(window, last.end())


def _for_whoever(after: str) -> bool:
    """The handling's object is whoever breaks the rule: "ASN yang tidak netral", a restrictive
    "yang" with no comma before it (not "camat itu, Budi, yang tidak netral": one person)."""
    broke = WHOEVER_BROKE.search(after[:80])
    return broke is not None and "," not in after[:broke.start()]


# "sanksi terberatnya dipecat", "sanksi paling berat bisa berupa pemberhentian": the scale of
# penalties the rule allows, told of the kind (a warning), not a sanction decided
_HEAVIEST = re.compile(r"\bsanksi\s+(?:yang\s+)?(?:paling\s+berat|terberat|beratnya|terberatnya"
                       r"|maksimal(?:nya)?|tertinggi(?:nya)?)\s*(?:,\s*)?(?:(?:adalah|yakni|yaitu"
                       r"|berupa|bisa|dapat|hingga|sampai|ialah)\s+){0,2}$", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:dijatuhi|menjatuhkan|diberi|memberi(?:kan)?|dikenai|dikenakan"
                    r"|mengenakan|mendapat(?:kan)?|menerima|diganjar|telah|sudah)\b[^.;]*$",
                    re.IGNORECASE)


# the bounds the law sets a penalty ("sanksi pidana paling lama 6 bulan penjara")
_STATUTORY = re.compile(r"(?:\s+\w+){0,3}?\s+(?:paling\s+(?:lama|singkat|banyak|sedikit)|maksimal"
                        r"|minimal)\s+(?:\d|satu|dua|tiga|empat|lima|enam)", re.IGNORECASE)
_GIVEN_ONE = re.compile(r"\b(?:diberi|dijatuhi|dikenai|dikenakan|diganjar)\s+$", re.IGNORECASE)
# a reason stated for what was done (neutrality's would have named it: ``about_neutrality``)
_REASON = re.compile(r"\b(?:karena|akibat|lantaran|sebab)\b", re.IGNORECASE)
_LAW_NAMED = re.compile(r"\b(?:pasal|ayat|undang-undang|uu|ketentuan)\b", re.IGNORECASE)
# a law's article cited before what it lays down ("berdasarkan pasal 87 ayat (4), PNS ...")
# (the law's words right after its reference: not "berdasarkan pasal 87, Bupati memutuskan
# bahwa ...", a decision made under it)
_LAW_CITED = re.compile(r"\b(?:berdasarkan|sesuai(?:\s+dengan)?|menurut|merujuk(?:\s+pada)?)\s+"
                        r"(?:ketentuan\s+)?(?:pasal|uu|undang-undang|pp|peraturan)\b[^;,]{0,80}?"
                        r",?\s+bahwa\s", re.IGNORECASE)


# a grade of sanction right before its penalty ("sanksi berat diberhentikan dari ASN")
_GRADE = re.compile(r"\bsanksi\s+(?:disiplin\s+)?(?:ringan|sedang|berat)(?:nya)?\s*(?:[:,]\s*)?"
                    r"(?:(?:berupa|yaitu|yakni|adalah|ialah)\s+)?$", re.IGNORECASE)
# a sanction said to exist ("sudah terdapat sanksi bagi ASN yang melanggar"), not for people
# counted ("sanksi bagi dua ASN yang terbukti ...": given them)
_EXISTS = re.compile(r"\b(?:terdapat|ada|tersedia)\s+$", re.IGNORECASE)
_COUNTED_FOR = re.compile(r"\s+(?:bagi|kepada|untuk|terhadap)\s+(?:\d+|" + TWO_TO_TEN
                          + r"|seorang|\w+belas|puluhan)\b", re.IGNORECASE)


# a sanction decided for someone: "sudah diputuskan untuk mendapat sanksi ..." (the perfective
# right before the decision: not "sudah diperiksa, namun belum diputuskan untuk ...")
_DECIDED_FOR = re.compile(r"\b(?:sudah|telah)\s+(?:di|me|ter)?putuskan\s+untuk\s+(?:\w+\s+)?$",
                          re.IGNORECASE)


def sanction(ctx: Context) -> str | None:
    """The value a sanction phrase stands for in its sentence (module notes). Action taken
    with no sanction named ("kepala desa itu kemudian ditindak", "telah ditindak sesuai
    aturan") is a case handled, not a sanction decided: no corpus labels one `sanksi`."""
    value = _sanction(ctx)
    if (value == "sanksi" and ctx.phrase.lower() in HANDLING
            and not PENALTY_NAMED.search(ctx.sentence)):
        return "pelanggaran" if particular(ctx.sentence) else None
    return value


def _sanction(ctx: Context) -> str | None:
    if in_name(ctx) or background(ctx):
        return None
    before, phrase = ctx.before, ctx.phrase.lower()
    if says(ctx.sentence, CASES_ENDED_WORDS):
        ended = CASES_ENDED.search(before)
        if ended and not particular(ended.group()):
            return None  # what such cases end in, told of the kind: no sanction given here
    if phrase == "teguran" and (WITH_APPEAL_BEFORE.search(before[-30:])
                                or WITH_APPEAL_AFTER.match(ctx.after)):
        return "imbauan"  # "surat imbauan dan teguran", "teguran dan himbauan": warnings
    if phrase.startswith(("divonis", "dinyatakan")) and JUDGED_TO_BREAK.match(ctx.after):
        return "pelanggaran" if particular(ctx.sentence) else None
    if "blokir" in phrase:  # threatened: an appeal; done: a measure pending the sanction
        personnel = (PERSONNEL_DATA.search(before[-40:]) or PERSONNEL_DATA.search(ctx.after[:40]))
        return "imbauan" if personnel and MODAL.search(before) else None
    if ESCAPED.search(before[-25:]):
        return None  # "lolos dari sanksi": none given, none threatened
    if phrase == "diberhentikan" and CASE_STOPPED.search(before[-60:]):
        return "pelanggaran" if particular(ctx.sentence) else None  # "kasus ini diberhentikan":
        #                                        a case handled and stopped, no one dismissed
    heaviest = _HEAVIEST.search(before[-60:])
    if heaviest and not _GIVEN.search(before[-60:][:heaviest.start()][-30:]):
        return "imbauan"  # the heaviest penalty the rule allows, of whoever: a warning (not
        # "dijatuhi sanksi terberat, yakni dipecat": given)
    if (may_say(ctx.sentence, WHETHER_WORDS) and WHETHER.search(ctx.after[:80])
            or may_say(ctx.sentence, WHETHER_BEFORE_WORDS)
            and WHETHER_BEFORE.search(last_clause(before))):
        return None  # whether a sanction is given is still open: none decided, no threat
    if phrase in HANDLING and (FORWARDED.search(ctx.sentence)
                               or WATCHDOG.search(last_clause(before))
                               or WATCHDOG.match(ctx.after, 1, 12)):  # "ditindak Bawaslu"
        # a watchdog's handling ("Bawaslu sudah menindak ..."): it decides no sanction; one
        # to come is a threat ("Bawaslu akan menindak ...")
        if (MODAL.search(before) or HYPOTHETICAL.search(before)
                or may_say(ctx.sentence, ASKED_FOR_WORDS) and ASKED_FOR.search(before[-30:])
                and _for_whoever(ctx.after)):
            # (a step backed "untuk menindak ASN yang tidak netral": aimed at whoever breaks
            # the rule, a warning, no case)
            return "imbauan"
        if DUTY.search(last_clause(before)[-50:]):
            return None  # "Bawaslu bertugas melakukan penindakan ...": its duty, no case
        return "pelanggaran" if particular(ctx.sentence) else None
    if may_say(ctx.sentence, ASKED_FOR_WORDS) and ASKED_FOR.search(before[-30:]):
        if _DECIDED_FOR.search(before[-50:]) and not (HYPOTHETICAL.search(before)
                                                      or MODAL.search(before)):
            return "sanksi"  # "sudah diputuskan untuk mendapat sanksi": the decision made
        # a sanction a report or request is for: the case handed on when told as done
        return ("pelanggaran" if DONE.search(before) and not HYPOTHETICAL.search(before)
                and not REPEATED.search(before) else "imbauan")
    if phrase.endswith("roses"):  # (me)proses: a case handled, or a threat to handle one
        if not ((RULES_SANKSI.search(ctx.sentence) or WATCHDOG.search(ctx.sentence))
                and ctx.about_neutrality()):
            return None  # a procedure of another kind, or a candidate's case
        if MODAL.search(before):
            return "imbauan"
        if NONE_YET.search(last_clause(before)):
            return None  # "belum ada ASN yang diproses": no case
        return "pelanggaran" if particular(ctx.sentence) else None  # or a procedure told
    passive = phrase in DONE_TO
    if passive and BODY_DONE.search(last_clause(before)[-45:]):
        return None  # "proses KASN sudah dinonaktifkan": a body wound up, no one sanctioned
    if not (passive or says(ctx.sentence, DECIDING_WORDS)):
        return "imbauan"  # nothing decides, gives or recommends it: a sanction named
    if not (ctx.about_neutrality() or (THE_PERSON.search(ctx.sentence)
                                       or (passive or _GIVEN_ONE.search(before[-15:]))
                                       and ACTING_HEAD.search(before)
                                       and not _REASON.search(ctx.sentence)
                                       and bool(ctx.lead) and on_neutrality(ctx.lead))
            and not CAMPAIGN_SIDE.search(ctx.sentence)):
        return "imbauan"  # a sanction of a candidate or a campaign: not the taxonomy's
    asked = DEMANDED.search(before)  # "meminta Pemkab menindaklanjuti rekomendasi ...": asked
    recommended = [m.end() for m in RECOMMEND.finditer(before)
                   if asked or not FOLLOWED.search(before, max(0, m.start() - 30), m.start())]
    if NAMED_RECOMMENDED.match(ctx.after):
        recommended.append(len(before))  # "sanksi rekomendasi": the sanction recommended
    if recommended and ACTED_ON.search(ctx.after[:80]):
        return "sanksi"
    if recommended and not DECIDED_LATER.search(before, recommended[-1]):
        # a recommendation made ("telah merekomendasikan", "... bagi camat tersebut"): a case
        done = DONE.search(before) or GIVEN_TO.search(ctx.after[:100])
        return ("pelanggaran" if done and not HYPOTHETICAL.search(before)
                and not REPEATED.search(before) and not MODAL_GIVEN.search(ctx.after)
                and not FOR_WHOEVER_BROKE.search(ctx.after[:80]) else "imbauan")
    if NONE_YET.search(last_clause(before)):
        return None  # "belum ada ASN yang dijatuhi sanksi": none decided, no appeal either
    if (DEMANDED.search(before[-40:]) or CONDITION_AFTER.search(ctx.after[:60])
            or BESIDES.match(before) and MODAL.search(ctx.after)):
        return "imbauan"  # "warga mendesak camat itu dicopot", "dicopot jika terbukti ..."
    if (FOR_WHOEVER_BROKE.search(ctx.after[:80]) and not DONE.search(before)
            and not COUNTED_AFTER.match(ctx.after) and not POINTED.search(ctx.after[:100])
            and not LETTER.search(before) and not WHEN.search(ctx.sentence)):
        # "(Pemda yang) jatuhkan sanksi bagi ASN yang tidak netral": a rule; not a decision
        # letter handed over or an act dated ("menyerahkan SK ... kepada kades yang ..., Senin")
        return "imbauan"
    if (WHOEVER_GIVEN.search(before[-60:]) and not COUNTED_PEOPLE.search(last_clause(before))
            # (the count before a bracket in the clause: "tujuh PNS di Kota X (Kox) yang ...")
            and not ("(" in before and COUNTED_PEOPLE.search(before[before.rfind(",") + 1:]))
            and not THIS_THAT.match(ctx.after)):
        return "imbauan"  # "ASN yang sudah diberi sanksi (tidak boleh ...)": whoever it was
    if ((EXPLAINS.match(ctx.sentence) or not before.strip(QUOTES)
         or passive and LISTED.search(before) and not says(ctx.sentence, DECIDING_WORDS))
            and MODAL.search(ctx.previous)):
        # "Artinya, ia diberhentikan", "Dicopot.", "Kemudian teguran ... hingga diberhentikan":
        # what a threat before means, or the penalties it lists
        return "imbauan"
    # "ASN yang terbukti melanggar ..." is whoever it is; not "tiga ASN yang ...", nor "ASN yang
    # terbukti ... telah dijatuhi sanksi": those it was given to
    # (the sanction's own clause after a contrast: "Meski ... berupa ..., namun kami telah ...")
    contrast = (max(CONTRAST.finditer(before), key=re.Match.start, default=None)
                if "n" in before else None)
    # (not inside a prohibition: "Jangan sampai tergiur jabatan, tapi berujung sanksi" is
    # what must not happen, its contrast too, unless the contrast tells one done: "Jangan
    # sampai ada yang mengira kami diam, namun tiga ASN telah dijatuhi sanksi")
    own = before[contrast.start():] if contrast and not (
        LEST.match(before) and not DONE.search(before, contrast.start())) else before
    if (_STATUTORY.match(ctx.after) and not phrase.startswith(("di", "me"))
            and _LAW_NAMED.search(ctx.sentence) and not DONE.search(before)):
        return "imbauan"  # "dikenakan sanksi pidana paling lama 6 bulan": the law's penalty
    if DECISION_IS.search(own[-70:]) and not NEGATED.search(own):
        return "sanksi"  # "Putusan KASN itu berupa sanksi teguran": the decision made
    if MODAL.search(own) or NEGATED.search(own) or (
            RULE_AFTER.match(ctx.after) and not DONE.search(before)) or (
            says(ctx.sentence, WISHED_AWAY_WORDS) and WISHED_AWAY.search(own[-90:])) or (
            WHOEVER_BROKE.search(own) and not COUNTED_PEOPLE.search(own)
            and not DONE_TO_THEM.search(own[-40:])):
        return "imbauan"
    if _EXISTS.search(before[-25:]) and _for_whoever(ctx.after) and not _COUNTED_FOR.match(
            ctx.after):
        return "imbauan"  # "sudah terdapat sanksi bagi ASN yang melanggar": in the rules
    # decided: said of this sanction, close before it in its clause ("telah dijatuhi sanksi")
    if (_decided_before(before) or (DECIDED_AFTER.search(ctx.after)
                                    and not WHOEVER_BROKE.search(ctx.after))
            or GIVEN_THEM.search(ctx.after[:80])
            or (GIVING.search(before[-15:]) and DONE_CLAUSE.search(
                after_last(NEXT_STEP, last_clause(before))))):
        return "sanksi"
    if passive and (RANGE.search(last_clause(before)[-80:]) or _GRADE.search(before[-30:])
                    and not _GIVEN.search(before[-40:])):
        return "imbauan"  # "Sanksi potong tunjangan hingga dipecat": the scale of what awaits
        #                   ("sanksi berat diberhentikan": what each grade brings)
    if passive and _LAW_CITED.search(before) and not (DONE.search(before)
                                                      or WHEN.search(ctx.sentence)):
        return "imbauan"  # "berdasarkan pasal 87 ..., bahwa PNS diberhentikan ...": the law's
    if passive:
        return "sanksi"  # "camat itu dicopot dari jabatannya": done to someone, no modal
    if may_say(ctx.sentence, AVERAGED_WORDS) and (AVERAGED.search(before[-50:])
                                                  or AVERAGED_AFTER.match(ctx.after)):
        return "sanksi"  # "rata-rata memberikan sanksi teguran": given over the cases told
    # "(membenarkan) pemberian sanksi kepada tiga ASN itu", "memberikan teguran kepada
    # camat itu": given to particular people
    if (GIVING.search(before[-15:]) and GIVEN_TO.search(ctx.after[:100])
            and not MODAL_GIVEN.search(ctx.after)):
        return "sanksi"
    return "imbauan"


_ANY_CASE = frozenset({"sanksi", "imbauan", "pelanggaran"})
_APPEAL = frozenset({"imbauan"})


def outcomes(phrase: str, sentence: str) -> frozenset[str]:
    """The values :func:`sanction` may judge the lower-cased ``phrase`` in ``sentence`` to
    stand for (None aside), from the phrase and the sentence's words alone: a phrase that is
    no court's verdict, watchdog's handling, procedure or sanction done to someone ("dicopot"),
    in a sentence with no word of a purpose (``ASKED_FOR_WORDS``) or of deciding
    (``DECIDING_WORDS``), is at most an appeal (each return of :func:`_sanction` that gives
    more follows such a word). ``classify.judged`` leaves out a phrase that can tell nothing
    new."""
    if (phrase.startswith(("divonis", "dinyatakan")) or phrase in HANDLING
            or phrase in DONE_TO or phrase.endswith("roses")
            or may_say(sentence, ASKED_FOR_WORDS) or says(sentence, DECIDING_WORDS)):
        return _ANY_CASE
    return _APPEAL

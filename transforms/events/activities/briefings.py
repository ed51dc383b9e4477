"""Briefings: a briefing, meeting or talk on ASN neutrality, held, as its sentence says.

The judge of ``transforms.events.activities.classify`` for `sosialisasi` (the sentence context of
``transforms.events.activities.context``; whether it is this occasion is told by
``activities.this_occasion.aside``). LABELS.md's `sosialisasi` is a gathering: a briefing,
socialisation, seminar, dialogue or coordination meeting on neutrality. So it is not an office's
name ("Divisi Sosialisasi"), the election's own briefing ("sosialisasi tahapan"), "pembinaan" of a
rule's title or of an offender, a meeting on something else (a region's leaders' forum, an
association's national work meeting or congress, the supervision of the campaign), a speaker's
talk whose sentence names neither neutrality nor civil servants as its audience, a standing
function or a room ("pembinaan ASN", "ruang pertemuan"); nor informing where no one gathered: a
verb of spreading word with no audience, place or time ("surat edaran itu disosialisasikan ke
seluruh OPD"), word spread through media ("melalui media sosial", "lewat spanduk"), a state
("tersosialisasi"), or the briefing as a topic ("pentingnya sosialisasi").
"""

from __future__ import annotations

import re

from transforms.events.activities.context import AT_OCCASION, WHEN, Context, implied, words
from transforms.events.activities.cues import ALLEGED, SAID_AT
from transforms.events.activities.topic_words import OTHER_TOPIC
from transforms.events.activities.words import NEUTRAL, on_neutrality

_COACHING_OF = re.compile(r"\b(?:pedoman|tentang|fungsi|tugas|pejabat|kewenangan)\s+$"
                          r"|^\s*(?:dan|&)\s+pengawasan\b", re.IGNORECASE)
_OFFENCE = words(r"melanggar", r"pelanggaran", r"terbukti", r"sanksi", r"kedapatan",
                  r"(?:tidak|tak)\s+netral", r"diduga", r"hukuman")
# an office named after the work it does: "Divisi Sosialisasi", "Bidang Penyuluhan dan ..."
_UNIT = re.compile(r"\b(?:Divisi|Bidang|Bagian|Seksi|Subbagian|Subbag|Kasubag|Kabid|Kasi|Kordiv"
                   r"|Koordinator|Direktorat|Direktur|Deputi|Biro)\s+(?:[A-Z]\w*,?\s+(?:dan\s+)?)"
                   r"{0,3}$")
# a talk given facing civil servants ("menjadi pemateri di hadapan ratusan ASN")
_FACING_CIVIL_SERVANTS = re.compile(r"\b(?:di\s+hadapan|di\s+depan|dengan)\s+(?:\w+\s+){0,3}?"
                                    r"(?:asn|pns|pppk|p3k|pegawai|aparatur|kepala\s+desa|kades"
                                    r"|lurah|camat|perangkat\s+desa|guru)\b", re.IGNORECASE)
# a briefing for the voters or the public ("sosialisasi turut menyasar pemilih muda",
# "menyosialisasikan kepada masyarakat"): voter education, unless its sentence names
# neutrality or the civil servants
_PUBLIC_AUDIENCE = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:menyasar|sasar|kepada|bagi|untuk|ke"
                              r"|di\s+kalangan)\s+(?:para\s+|kalangan\s+|seluruh\s+)?(?:pemilih"
                              r"|pelajar|siswa|mahasiswa|pemuda|warga|masyarakat|publik|ormas|okp"
                              r"|media|wartawan|jurnalis|kaum|penyandang|disabilitas)\b"
                              # "sosialisasi publik": a briefing open to the public
                              r"|^\s*(?:publik|umum)\b",
                              re.IGNORECASE)

# the public's part in the election's supervision and the election's rules ("sosialisasi
# pengawasan partisipatif", "bagi pemantau", "sosialisasi Perbawaslu", the election law): on
# neutrality only when civil servants or village heads are named after it or as its audience
# in its paragraph (a briefing on supervising the election itself often is on them: judged as
# any other)
_SUPERVISION = re.compile(r"^\s*(?:\w+\s+){0,1}?(?:pengawasan\s+partisipa\w*|partisipa\w*"
                          # the supervision of the campaign or of another stage
                          r"|pengawasan\s+(?:kampanye|tahapan|pemungutan|logistik|dana)"
                          r"|pemantau|perbawaslu|pkpu"
                          r"|peraturan\s+(?:kpu|bawaslu)|produk\s+hukum"
                          # the election law itself: "sosialisasi UU Nomor 10 Tahun 2016 tentang
                          # Pilkada", "sosialisasi Undang-Undang Pemilu"
                          r"|(?:undang[\s-]+undang|uu)\s+(?:(?:nomor|no\.?)\s*[\d/]+\s+)?"
                          r"(?:tahun\s+\d{4}\s+)?(?:tentang\s+)?(?:pilkada|pemilu|pemilihan))\b",
                          re.IGNORECASE)
_FOR_CIVIL_SERVANTS = re.compile(r"\b(?:mengundang|diikuti|dihadiri|menghadirkan|peserta\w*"
                                 r"|bagi|kepada|untuk|sasaran\w*)\s+(?:\w+\s+){0,5}?(?:asn|pns"
                                 r"|pppk|aparatur|pegawai|kepala\s+desa|kades|lurah|camat"
                                 r"|perangkat\s+desa|wali\s+nagari)\b", re.IGNORECASE)


# a meeting is a briefing on neutrality when its sentence says so (or it is where the
# article's statement was made: "kata dia dalam rapat koordinasi ...")
_MEETING = re.compile(r"(?:menggelar\s+|mengadakan\s+|melaksanakan\s+|menyelenggarakan\s+"
                      r"|menghelat\s+|helat\s+)?"
                      r"(?:rapat|rakor|koordinasi|seminar|webinar|dialog|diskusi|forum|audiensi|sarasehan"
                      r"|talk\s?show|coffe|focus|fgd|pembinaan|ceramah|kuliah|pertemuan|temu"
                      r"|(?:ber)?tatap|bincang|ngobrol|gelar|edukasi|konsolidasi|coaching|ngopi"
                      r"|dengar|curah|mengumpulkan|road|silaturah|beraudiensi|zoom|video|vicon"
                      r"|vidcon|tele"
                      r"|menerima\s+kunjungan)", re.IGNORECASE)
# meetings of any kind: a briefing only when its sentence names what the briefing is on
_PLAIN_MEETING = re.compile(r"(?:pertemuan|temu|(?:ber)?tatap|konsolidasi|mengumpulkan|ngopi"
                            r"|ngobrol|bincang|silaturah)", re.IGNORECASE)
# words also of a standing function or a room ("pembinaan ASN", "ruang pertemuan"): a
# gathering only when told as held ("menggelar pembinaan", "pertemuan ... digelar")
_HELD_ONLY = re.compile(r"(?:pembinaan|pertemuan|edukasi|konsolidasi|temu|tatap|silaturah)",
                        re.IGNORECASE)
# ("dalam rangka pembinaan": the purpose of another gathering, none held: not "dalam")
_HOLDING = re.compile(r"\b(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|memberikan|memberi"
                      r"|kegiatan|acara|mengikuti|menghadiri|membuka|dalam(?!\s+rangka\b)|saat"
                      r"|ketika|pada"
                      r"|usai|seusai|setelah|selepas|di\s+sela(?:-sela)?)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)
_POINTED = re.compile(r"\s+(?:ini|itu|tersebut)\b", re.IGNORECASE)
# an item of an occasion's name, in capitals, after the occasion ("menghadiri kegiatan
# Penyampaian Hasil Evaluasi ..., Pembinaan Netralitas ASN dan ...")
_NAMED_ITEM = re.compile(r"\b(?:kegiatan|acara)\s+[A-Z][^.;\n]*,\s+(?:dan\s+)?$")
_NAMED_NEUTRALITY = re.compile(r"\s+Netralitas\b")
# "dalam rapat koordinasi kali ini": the meeting pointed at as the occasion being reported
_THIS_TIME = re.compile(r"\s+kali\s+ini\b", re.IGNORECASE)
# an official's visit told as the occasion ("saat melakukan kunjungan kerja ke ...")
_VISIT = re.compile(r"\b(?:melakukan|dalam|saat|ketika|pada)\s+kunjungan\b", re.IGNORECASE)
_HOLDING_AFTER = re.compile(r"^[^.;]*?\b(?:digelar|diadakan|dilaksanakan|diselenggarakan"
                            r"|berlangsung|diikuti|dihadiri|dibuka)\b", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:netral\w*|larangan|aturan|regulasi|ketentuan|kode\s+etik|disiplin"
                    r"|sosialisasi|membahas)\b", re.IGNORECASE)


# the forums of a region's leaders (regent, council, police, army, prosecutors) or its council
# plenary and planning sessions: meetings on all a region's affairs, a briefing only when named on
# neutrality ("rakor Forkopimda untuk mengingatkan netralitas ASN")
_GENERAL_FORUM = re.compile(r"^[^.;]*?\b(?:forkopimda|forkompinda|forkopimcam|forkopimka"
                            r"|forkopincam|muspida|muspika|forum\s+koordinasi\s+pimpinan|paripurna"
                            r"|musrenbang"
                            # an association's or an organisation's national or regional work
                            # meeting or congress ("Rapat Kerja Nasional ... Asosiasi ...")
                            r"|rakernas|rakerda|rakerwil|(?:rapat\s+kerja|musyawarah)\s+"
                            r"(?:nasional|daerah|wilayah)|munas|musda|muswil|kongres"
                            # the government's election desk and the security forces' election
                            # tour: the election's whole course ("Rakor Desk Pilkada", "safari
                            # Pemilu TNI, Polri, Pemda")
                            r"|desk|safari\s+(?:pemilu|pilkada|pemilihan|politik|kamtibmas)"
                            # a hearing of parliament ("rapat bersama ... Komisi II DPR RI")
                            r"|komisi\s+[ivx]+\s+dpr\w*|dpr\s+ri"
                            # an inauguration ("arahan di acara pelantikan ... pejabat")
                            r"|pelantikan|pengukuhan|pengambilan\s+sumpah|serah\s+terima\s+jabatan"
                            r"|sertijab)\b", re.IGNORECASE)


def general_forum(after: str) -> bool:
    """The words after a meeting's word name a forum of the region's leaders, an association's
    congress, the election desk or a hearing (``_GENERAL_FORUM``): a meeting on all its
    affairs, where neutrality is at most one matter."""
    return _GENERAL_FORUM.search(after[:80]) is not None


# a watchdog's or an election body's own deciding session (plenary, case review)
_DECIDING = re.compile(r"\s*(?:\w+\s+)?(?:pleno|gelar\s+perkara|pembahasan"
                       r"\s+(?:kasus|temuan|laporan|perkara))\b", re.IGNORECASE)
# a gathering's theme, quoted right after it ("seminar bertajuk 'Netralitas ASN ...'")
_THEME = re.compile(r"\s*(?:[\w()]+\s+){0,3}?(?:bertema(?:kan)?|bertajuk|berjudul|dengan\s+tema"
                    r"|tema)?\s*[“\"']([^”\"']{5,150})[”\"']", re.IGNORECASE)
# what a meeting discussed, as its sentence states it
# (with the list it opens: "membahas dua hal, yaitu netralitas ASN dan ...")
_DISCUSSED = re.compile(r"\b(?:membahas|dibahas|bahas)\s+((?:[\w-]+\s+){0,5}[\w-]+"
                        r"(?:,?\s+(?:yaitu|yakni|antara\s+lain|di\s*antaranya|termasuk)"
                        r"\s+[^.;]{0,80})?)", re.IGNORECASE)


def off_topic(after: str) -> bool:
    """The meeting is said to discuss something that names neither neutrality nor the civil
    servants ("membahas evaluasi tahapan Pilkada")."""
    if "bahas" not in after.lower():
        return False
    topic = _DISCUSSED.search(after)
    return bool(topic) and not on_neutrality(topic.group(1))


# a candidate's side: a meeting of civil servants with one is an offence told, not a briefing
_CANDIDATE_SIDE = words(r"paslon", r"pasangan\s+calon", r"calon", r"kandidat", r"caleg",
                        r"partai\w*", r"parpol", r"tim\s+(?:sukses|pemenangan|kampanye)",
                        r"timses", r"petahana", r"kampanye", r"berkampanye")
_ELECTION = words(r"pilkada", r"pemilu", r"pemilihan", r"pilgub", r"pilbup", r"pilwalkot",
                  r"pilwako", r"pileg", r"pilpres", r"politik\s+praktis")
# a gathering held to win votes for a candidate ("memberikan pengarahan kepada guru untuk
# mendukung salah satu paslon"): an offence told, not a briefing on neutrality
_FOR_CANDIDATE = re.compile(r"^[^.;]{0,150}?\b(?:untuk|agar|supaya|guna)\s+"
                            r"(?:(?!tidak|tak|jangan|bukan)\w+\s+)?(?:mendukung"
                            r"|memilih|memenangkan|mencoblos|mengarahkan)\s+(?:\w+\s+){0,3}?"
                            r"(?:paslon|pasangan|calon|kandidat|caleg|partai|nomor\s+urut)\b",
                            re.IGNORECASE)


# a campaign under a briefing's guise ("kampanye berkedok sosialisasi"; not "dalam bingkai
# sosialisasi": within a briefing's frame)
_GUISE = re.compile(r"\b(?:kedok|berkedok|dalih|berdalih|kamuflase)\s+(?:\w+\s+)?$", re.I)


# what a candidate promotes himself with ("media sosialisasi luar ruang", "baliho sosialisasi"),
# or campaigning named with it ("kampanye atau sosialisasi di media sosial"): no gathering
_MATERIAL = re.compile(r"\b(?:media|alat|alat\s+peraga|baliho|spanduk|banner|reklame|stiker"
                       r"|(?:ber)?kampanye\s+(?:atau|maupun|dan)"
                       # the candidates' time to introduce themselves ("di tahap sosialisasi")
                       r"|tahap(?:an)?|masa)\s+$", re.IGNORECASE)


# a gathering that is the offence itself, not a briefing held: one attended in office hours
# ("ikut serta sosialisasi pada jam kerja"), or the one a report or a case is about ("laporan
# terkait pertemuan yang diadakan kepala dinas ...")
_OFFICE_HOURS = re.compile(r"^[^.;]{0,40}?\b(?:pada|saat|di|dalam|selama)\s+(?:jam|waktu)\s+"
                           r"(?:dinas|kerja|kantor)\b", re.IGNORECASE)
_REPORTED_ABOUT = re.compile(r"\b(?:laporan|aduan|pengaduan|kasus|perkara|temuan)\s+"
                             r"(?:\w+\s+){0,2}?(?:terkait|soal|tentang|atas|mengenai|menyangkut"
                             r"|perihal)\s+(?:adanya\s+|sebuah\s+|acara\s+|kegiatan\s+)?$",
                             re.IGNORECASE)


# a candidate brought to the gathering ("menghadirkan calon anggota DPR ... yang diundang di
# kegiatan penyuluhan"): the setting of the offence
_CANDIDATE_BROUGHT = re.compile(r"\b(?:menghadirkan|mengundang|mendatangkan)\s+(?:\w+\s+){0,3}?"
                                r"(?:calon|caleg|paslon|kandidat|capres|cawapres|cagub|cabup)\b"
                                r"[^.;]{0,100}?\b(?:di|dalam|pada|ke)\s+(?:acara\s+|kegiatan\s+)?$",
                                re.IGNORECASE)


def offence_told(ctx: Context) -> bool:
    """The gathering is the offence told (module notes), its name not on neutrality."""
    return bool((_OFFICE_HOURS.search(ctx.after) or _REPORTED_ABOUT.search(ctx.before[-60:])
                 or _CANDIDATE_BROUGHT.search(ctx.before[-180:]))
                and not NEUTRAL.search(ctx.after[:60]))


# neutrality by another name: preventing or supervising the civil servants' (or village heads')
# involvement or siding ("rakor ... terkait pengawasan keterlibatan ASN dalam Pilkada")
_INVOLVEMENT = re.compile(r"\b(?:pencegahan|mencegah|cegah|pengawasan|mengawasi|antisipasi"
                          r"|mengantisipasi|meminimalisir|menekan|larangan)\s+(?:\w+\s+){0,2}?"
                          r"(?:keterlibatan|keberpihakan)\s+(?:para\s+)?(?:asn|pns|pppk|pegawai"
                          r"|aparatur|kepala\s+desa|kades|perangkat\s+desa)\b", re.IGNORECASE)


def on_topic(sentence: str) -> bool:
    """A meeting's sentence names neutrality, or it by another name (``_INVOLVEMENT``)."""
    if NEUTRAL.search(sentence):
        return True
    low = sentence.lower()
    return ("libat" in low or "pihak" in low) and bool(_INVOLVEMENT.search(sentence))


def briefing(ctx: Context) -> str | None:
    """A briefing, seminar, dialogue or coordination meeting, unless a name's word ("Divisi
    Sosialisasi") or "pembinaan" that is not a briefing: a rule's title ("pedoman pembinaan dan
    pengawasan") or the correction of an offender ("pembinaan bagi ASN yang melanggar")."""
    if ctx.phrase[:1].isupper() and _UNIT.search(ctx.before[-40:]):
        return None
    if (ALLEGED.search(ctx.before[-40:]) or _GUISE.search(ctx.before[-25:])
            or _FOR_CANDIDATE.search(ctx.after)
            or ctx.before[-9:].lower() in ("kampanye ", "kampanye/")
            or _MATERIAL.search(ctx.before[-25:])):
        return None  # an alleged gathering, or one to win votes ("kampanye sosialisasi"): an
        # offence told
    if offence_told(ctx):
        return None  # attended in office hours, or what a report is about: the offence
    if OTHER_TOPIC.search(ctx.after[:50]) and not NEUTRAL.search(ctx.after[:80]):
        return None  # "sosialisasi tahapan pemilihan": the election's own, not neutrality
    if _PUBLIC_AUDIENCE.search(ctx.after[:70]) and not on_neutrality(ctx.sentence):
        return None  # "sosialisasi ke pemilih pemula": voter education, not neutrality
    if (_SUPERVISION.search(ctx.after[:50]) and not on_neutrality(ctx.after[:80])
            and not _FOR_CIVIL_SERVANTS.search(ctx.paragraph or ctx.sentence)):
        return None  # "sosialisasi pengawasan partisipatif bagi wartawan": the public's part
    if ctx.phrase.lower() == "pembinaan" and (
            _COACHING_OF.search(ctx.before[-20:]) or _OFFENCE.search(ctx.sentence)
            or _COACHING_OF.search(ctx.after[:20]) and not _HOLDING.search(ctx.before[-40:])):
        return None
    if (_MEETING.match(ctx.phrase) and not on_neutrality(ctx.sentence)
            and not AT_OCCASION.search(ctx.before[-40:])):
        return None  # a meeting on something else ("rapat koordinasi persiapan kampanye")
    if (_MEETING.match(ctx.phrase) and general_forum(ctx.after)
            and not NEUTRAL.search(ctx.after[:100])):
        return None  # "rakor bersama Forkopimda": the region's leaders on all its affairs
    if ctx.phrase.lower() == "koordinasi" and not NEUTRAL.search(ctx.sentence):
        return None  # "dalam koordinasi itu" (pointed at): a briefing only when on neutrality
    if _MEETING.match(ctx.phrase) and off_topic(ctx.after[:120]):
        return None  # "rapat kerja ... membahas evaluasi tahapan": a meeting on another matter
    theme = _THEME.match(ctx.after)
    if theme and not on_neutrality(theme.group(1)):
        return None  # "seminar bertajuk 'Merajut Kebhinekaan'": on what its theme names
    if "rapat" in ctx.phrase.lower() and (_DECIDING.match(ctx.after)
                                          or "pleno" in ctx.phrase.lower()):
        return None  # "rapat pleno": a body deciding its cases, not a briefing
    if (ctx.phrase.lower().startswith(("rapat", "rapim", "rakor"))
            and not on_topic(ctx.sentence) and not SAID_AT.search(ctx.before[-100:])
            and not (_THIS_TIME.match(ctx.after) and NEUTRAL.search(ctx.paragraph))):
        return None  # a meeting of any kind (the civil servants' own): a briefing only when its
        # sentence names neutrality, it is where the statement was made, or it is pointed at
        # as this occasion ("kali ini") in a paragraph on neutrality
    if _PLAIN_MEETING.match(ctx.phrase) and not _TOPIC.search(ctx.sentence) and (
            _CANDIDATE_SIDE.search(ctx.paragraph or ctx.sentence)
            or not (on_neutrality(ctx.sentence) and _ELECTION.search(ctx.sentence))) and not (
            # where the statement on the civil servants in the election was made ("kata Sekda
            # saat bertatap muka dengan para camat"), the meeting not with a candidate's side
            SAID_AT.search(ctx.before[-100:]) and on_neutrality(ctx.sentence)
            and _ELECTION.search(ctx.sentence) and not _CANDIDATE_SIDE.search(ctx.after[:80])):
        return None  # "pertemuan para kepala desa" with a candidate: no briefing named (one on
        # the civil servants in the election, no candidate in sight, is on their neutrality)
    if (_PLAIN_MEETING.match(ctx.phrase) and _POINTED.match(ctx.after)
            and "kunjungan" in ctx.paragraph.lower() and _VISIT.search(ctx.paragraph)):
        return None  # "... saat melakukan kunjungan ke ... Dalam pertemuan tersebut, ...": the
        # meeting of an official's visit, pointed back at, not a briefing held
    if _HELD_ONLY.match(ctx.phrase) and not (_HOLDING.search(ctx.before[-40:])
                                             or _HOLDING_AFTER.search(ctx.after[:60])
                                             # "Pertemuan ini untuk ... netralitas": the one
                                             # held, pointed at
                                             or _POINTED.match(ctx.after)
                                             and on_neutrality(ctx.sentence)
                                             or _NAMED_ITEM.search(ctx.before[-120:])
                                             and _NAMED_NEUTRALITY.match(ctx.after)):
        return None  # "bagian dari pembinaan", "ruang pertemuan": no gathering held
    if (implied(ctx.phrase) and _AT_GATHERING.match(ctx.after)
            and general_forum(ctx.after) and not NEUTRAL.search(ctx.after[:100])):
        return None  # "dalam arahannya di acara safari Pemilu": a talk at a general forum
    if (implied(ctx.phrase) and (at := _AT_GATHERING.match(ctx.after))
            and (OTHER_TOPIC.search(ctx.after[at.end():at.end() + 50])
                 or _SUPERVISION.search(ctx.after[at.end():at.end() + 50])
                 and not _FOR_CIVIL_SERVANTS.search(ctx.paragraph or ctx.sentence))
            and not NEUTRAL.search(ctx.after[:100])):
        return None  # "menjadi narasumber pada Sosialisasi Pendidikan Politik", "memaparkan
        # materi pada sosialisasi pengawasan partisipatif": a talk at a briefing on another
        # matter (the public's part in supervision, not one for civil servants)
    if (implied(ctx.phrase) and not (NEUTRAL.search(ctx.sentence)
                                     or _FOR_CIVIL_SERVANTS.search(ctx.sentence)
                                     or _FACING_CIVIL_SERVANTS.search(ctx.sentence))
            and not SAID_AT.search(ctx.before[-100:]) and not _AT_GATHERING.match(ctx.after)):
        return None  # "mendapat pengarahan dari Presiden": a talk on the government's affairs
        # (an official named in the audience, "dihadiri ... Kepala Dinas X", is no briefing
        # of the civil servants)
    if ctx.phrase.lower() in _TALK and not (_AUDIENCE.search(ctx.sentence)
                                            and on_neutrality(ctx.sentence)):
        return None  # "memaparkan data pelanggaran": a talk to no audience named
    return None if informing(ctx) else "sosialisasi"


_TALK = frozenset({"memaparkan", "pemaparan", "paparan"})
# "menjadi narasumber pada rapat koordinasi itu": the talk given at a gathering named
_AT_GATHERING = re.compile(r"\s*(?:dalam|pada|di|saat)\s+(?:acara|kegiatan|rapat|rakor\w*"
                           r"|sosialisasi|seminar|webinar|diskusi|dialog|forum|pertemuan|bimtek"
                           r"|pelatihan|apel)\b", re.IGNORECASE)


# word spread through media or in writing, not at a gathering
_MEDIA = re.compile(r"\b(?:melalui|lewat|via|menggunakan|memanfaatkan|dengan)\s+(?:\w+\s+){0,2}?"
                    r"(?:media|medsos|surat|spanduk|baliho|banner|radio|televisi|tv|website|situs"
                    r"|laman|grup|whatsapp|wa|akun|pamflet|brosur|leaflet|videotron|video|poster"
                    r"|stiker|selebaran|edaran|se|iklan|siaran|podcast|instagram|facebook"
                    r"|tiktok|youtube)\b"
                    r"|\bdi\s+(?:media|medsos|radio|televisi|website|situs|laman|grup|akun"
                    r"|instagram|facebook|tiktok|youtube)\b", re.IGNORECASE)
# the briefing as a topic: "pentingnya sosialisasi", "sosialisasi (sangat) penting"
# ("Sebagai bagian dari upaya sosialisasi, ...": the effort a gathering told after is part of)
_AS_TOPIC = re.compile(r"\b(?:pentingnya|perlunya|kurangnya|minimnya|perlu|butuh|membutuhkan"
                       r"|memerlukan|diperlukan|efektivitas|efektifitas|bagian\s+dari\s+upaya)"
                       r"\s+$", re.IGNORECASE)
_AS_TOPIC_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:sangat\s+|amat\s+)?(?:penting|diperlukan"
                             r"|dibutuhkan|efektif)\b"
                             # judged as a whole: "sosialisasi ... dinilai belum maksimal"
                             r"|^[^.;,]{0,60}?\b(?:dinilai|dianggap|(?:belum|kurang|tidak)\s+"
                             r"(?:maksimal|optimal|efektif|masif|merata))\b", re.IGNORECASE)
# an audience of people, a place, or the occasion: what makes spreading word a briefing
_AUDIENCE = re.compile(r"\b(?:kepada|bagi|untuk|di\s+hadapan|di\s+depan|dengan)\s+(?:para\s+"
                       r"|seluruh\s+|semua\s+|ratusan\s+|puluhan\s+|\d+\s+)?(?:asn|pns|pppk|p3k"
                       r"|pegawai|aparatur|camat|lurah|kepala|kades|perangkat|pejabat|guru"
                       r"|peserta|jajaran|ketua|anggota|pengurus|perwakilan|tokoh)\b"
                       r"|\b(?:di|ke)\s+(?:aula|gedung|ruang|balai|hotel|pendopo|pendapa|kantor"
                       r"|auditorium|masjid|lapangan|halaman|rumah\s+dinas)\b"
                       r"|\b(?:acara|kegiatan|peserta|diikuti|dihadiri|digelar)\b",
                       re.IGNORECASE)


# a verb of spreading word asked of others ("meminta para camat untuk menyosialisasikan"): a
# directive cascaded to subordinates, an appeal, not a briefing held
_ASKED_TO_SPREAD = re.compile(r"\b(?:meminta|minta|mengimbau|menghimbau|menginstruksikan"
                              r"|menginstruksi|memerintahkan|menugaskan|menekankan)\s+"
                              r"(?:[\w-]+\s+){0,8}?(?:untuk|agar|supaya)\s+(?:\w+\s+)?$",
                              re.IGNORECASE)


def informing(ctx: Context) -> bool:
    """Word spread where no one gathered: through media or in writing, a state
    ("tersosialisasi"), the briefing as a topic ("pentingnya sosialisasi"), or a verb of
    spreading word ("disosialisasikan", "menyosialisasikan") with no audience, place, time or
    occasion named."""
    low = ctx.phrase.lower()
    if not low.startswith(("sosiali", "tersosiali", "mensosiali", "disosiali", "menyosiali")):
        return False
    if low.startswith("tersosiali") or _MEDIA.search(ctx.after[:80]):
        return True
    if _AS_TOPIC.search(ctx.before[-25:]) or _AS_TOPIC_AFTER.search(ctx.after[:80]):
        return True
    if low.startswith("sosiali"):
        return False  # the noun names a briefing
    if _ASKED_TO_SPREAD.search(ctx.before[-100:]):
        return True  # "meminta kepala OPD untuk mensosialisasikan ...": asked, not done
    return not (_AUDIENCE.search(ctx.sentence) or WHEN.search(ctx.sentence)
                or AT_OCCASION.search(ctx.before[-40:]))

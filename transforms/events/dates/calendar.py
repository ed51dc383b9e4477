"""The election calendar in an article's dates: a nationwide voting day and a step of the
calendar (campaign, vote, count). Such dates are the election's, not an occasion's (see
``transforms.events.dates.occasion``)."""

from __future__ import annotations

import re
from datetime import date

from transforms.events.dates.results import EventDate
from transforms.events.elections import ELECTIONS, VOTING_DAYS

__all__ = ["CALENDAR", "CALENDAR_STEP", "DAY_SPAN", "ELECTION_WORD", "HELD_ON", "SPAN_ENDS",
           "SPAN_GOES_ON", "STEP_WORD", "WEEKDAY_SPAN", "is_voting_day", "voting_day"]

# The vote itself (a re-vote too: "pemungutan suara ulang (PSU)"), then the other steps (the
# campaign by its verb too: "dalam berkampanye Pemilu 2024 yang dimulai ...").
_VOTE = r"pemungutan|pencoblosan|coblosan|psu"
_STEPS = (rf"{_VOTE}|(?:ber)?kampanye|masa\s+tenang|tahapan|hari\s+h|pendaftaran"
          r"|penetapan|rekapitulasi|debat|penghitungan|pengundian|pleno|pelantikan"
          r"|hak\s+(?:pilih|suara)(?:nya)?")  # the vote cast: "warga memakai hak pilih pada"
# Linking words ("secara serentak", "secara langsung", "yang esok tanggal" too), and the words
# an election's name is made of when written in lower case ("pemilihan gubernur dan wakil
# gubernur", "pemungutan suara ulang", "pemilu legislatif").
_LINKS = (r"serentak|yang|akan|dilaksanakan|digelar|dilangsungkan|diselenggarakan|berlangsung"
          r"|jatuh|pada|tanggal|tgl|hari|suara|paslon|calon|pasangan|kepala|daerah|dari|mulai"
          r"|nanti|ini|tersebut|itu|dimulai|dijadwal(?:kan)?|tepatnya|yakni|yaitu|h|secara"
          r"|langsung|esok|besok"
          r"|sudah|telah|sejak|berjalan|bergulir"  # "tahapan ... yang sudah bergulir sejak"
          r"|adalah|ialah"  # "penetapan calon bupati adalah tanggal ..."
          r"|gubernur|bupati|wali\s*kota|walkot|wakil|presiden|legislatif|umum|anggota|dprd?|dpd"
          r"|ulang|lanjutan|susulan"
          r"|hingga|sampai"  # a step's last day: "rekapitulasi suara hingga 16 Desember"
          r"|bakal")  # a prospective candidate: "pendaftaran bakal calon bupati"
# An election word, then linking words only, up to the date (the text just before it). After
# an election's name alone, a date written with its weekday is taken for an occasion's
# ("sosialisasi netralitas jelang Pilkada pada Senin (5/8)"); after a step of the calendar
# ("pemungutan suara pada Rabu (27/11)") it is not. A date without weekday may follow a comma
# ("menjelang Pilkada serentak, 27 November 2024 mendatang").
# The election's name may run on in capitalised words ("pemungutan suara Pemilu Presiden dan
# Legislatif, 17 April 2019", "Pilkada Kabupaten Sigi pada ..."); not before a weekday, which
# dates a meeting about the election as often ("evaluasi tahapan Pilkada, Rabu (18/11)").
# After a step, the election's year too ("masa kampanye Pemilu 2024 pada tanggal 28
# November 2023"); not after the election's name alone ("sosialisasi netralitas Pilkada
# 2024, 3 Juli").
# The vote named ahead of a weekday date is the vote's too, with the election's name after it
# ("pemungutan suara Pilkada Agam pada Rabu (27/11)", "PSU Pilkada Papua pada Rabu 6 Agustus").
_NAMED = r"(?-i:[A-Z][\w-]*)|dan|&|\((?-i:[A-Z]{2,})\)"
# A step's dates set off by a comma ("selama masa kampanye, mulai dari 3 Mei hingga ...").
_SET_OFF = r"(?:\s*,(?=\s*(?:mulai|dari|yakni|yaitu|tepatnya)(?!\w)))?"
_LINKED = rf"\)?(?:\s+(?:{_LINKS}))*\s*\(?$"
# The election after a step in brackets too ("kampanye Pemilihan Umum (Pemilu) yang ...").
# A step's body named after it ("penetapan pasangan calon oleh KPU Kabupaten Garut pada ...").
# The election the step belongs to too ("pendaftaran calon untuk Pilkada 2024 dari ...").
_RUN_ON = rf"\)?(?:\s+(?:{_LINKS}|oleh|untuk|{_NAMED}|\(?(?:{ELECTIONS})\)?|(?:19|20)\d\d))*"
# The election to come named with its year and held on the date ("Pilkada 2020 yang akan
# digelar 23 September 2020", "akan menggelar Pilkada 2020 itu pada 9 Desember"): a
# schedule's date, whatever the day (a postponed vote, a re-vote, a village election).
_TO_BE_HELD = (r"akan(?:\s+(?:digelar|dilaksanakan|diselenggarakan|dilangsungkan|berlangsung"
               r"|menggelar|melaksanakan|menyelenggarakan))")
CALENDAR = re.compile(rf"(?<!\w)(?:(?:{ELECTIONS})\)?(?:\s+(?:{_LINKS}|{_NAMED}))*"
                      rf"|(?:{_STEPS}){_SET_OFF}{_RUN_ON}"
                      rf"|(?:{ELECTIONS}){_RUN_ON}\s+yang\s+{_TO_BE_HELD}(?:\s+(?:{_LINKS}))*"
                      rf"|{_TO_BE_HELD}\s+(?:{ELECTIONS}){_RUN_ON})\s*,?"
                      r"\s*\(?$", re.IGNORECASE)
# An election or a step told as to be held on the date, other words between them that the
# run above does not take, no clause break ("Pilkada serentak di tujuh kabupaten akan digelar
# pada tanggal ..."): the calendar's date (read on the text just before the date, when it
# holds "akan"; occasion.py keeps it when a gathering is named in the sentence).
HELD_ON = re.compile(rf"(?<!\w)(?:{ELECTIONS}|{_STEPS})(?!\w)[^,;:.!?\n]{{0,80}}?(?<!\w)akan\s+"
                     r"(?:digelar|dilaksanakan|diselenggarakan|dilangsungkan|berlangsung"
                     r"|dilakukan)(?:\s+(?:pada|tanggal|tgl\.?|hari))*\s*$", re.IGNORECASE)
CALENDAR_STEP = re.compile(rf"(?<!\w)(?:(?:{_STEPS}){_LINKED}|(?:{_VOTE}){_RUN_ON}\s*,?\s*\(?$)",
                           re.IGNORECASE)
# A span of days written with its weekdays ("Minggu-Selasa (11-13/2/2024)", "Senin s/d Rabu"):
# after a step of the calendar, with the election's name and year between ("masa tenang Pemilu
# 2024, Minggu-Selasa (11-13/2)"), it is the step's schedule, as a date without a weekday is
# (``CALENDAR``); a one-day weekday date there dates a meeting about the step as often.
WEEKDAY_SPAN = re.compile(r"^\s*\w+\s*(?:[-\u2013]|s/d|s\.d\.?|hingga|sampai)", re.IGNORECASE)
# A step of the calendar named anywhere before a span of days in its sentence, the step's
# schedule however many words stand between ("tahapan pencalonan bupati di Kabupaten Lembah
# Hijau, Provinsi Timur Raya, yang berjalan dari 4 hingga 6 September 2024", "masa kampanye
# berlangsung 50 hari, sejak dibukanya pada 1 Oktober sampai dengan 19 November 2024");
# occasion.step_span keeps the span when a gathering is named before it in the sentence (a
# three-day bimtek on the campaign is the bimtek's).
STEP_WORD = re.compile(rf"(?<!\w)(?:{_STEPS})(?!\w)", re.IGNORECASE)
# A span of days as a date's raw words write it: two day numbers joined by a dash or an
# "until" word, a month's name or a slash after the second ("27 hingga 29 Agustus", "4-6/9",
# "1 Oktober sampai dengan 19 November"); not a one-day numeric date ("4-9-2024").
DAY_SPAN = re.compile(r"\d(?:\s+[a-z]+\.?)?\s*(?:[-\u2013]|s/d|s\.\s?d\.?|hingga"
                      r"|sampai(?:\s+dengan)?)\s*\d{1,2}(?:\s*/|\s+[a-z])", re.IGNORECASE)
# A span's first day written as a date of its own, its last day following ("dari Rabu
# (4/9/2024) hingga Jumat (6/9/2024)", "4 September 2024 sampai 6 September 2024"): the words
# right after the first date (read with ``match`` at its end).
# (the "until" words joining a span's days, read here and by SPAN_ENDS)
_UNTIL = r"hingga|sampai(?:[^\S\n]+dengan)?|s/d|s\.[^\S\n]?d\.?"
SPAN_GOES_ON = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:{_UNTIL}"
                          r"|[-\u2013])[^\S\n]*(?:(?:tanggal|tgl\.?)[^\S\n]*)?"
                          r"(?=\d|(?:senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad))",
                          re.IGNORECASE)
_MONTHS = ("", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
           "september", "oktober", "november", "desember")
# A span's last day written as a date of its own after its first ("sejak 28 November 2023
# sampai 10 Februari 2024"): the words right before the last date (read with ``search`` on the
# text up to it), a written day and month before an "until" word. Not a dash (a year's dash
# opens no span: "capres 2024- Rabu"), nor a year alone ("selama tahapan Pilkada 2024 hingga
# Senin (4/11/2024)": how far a count has got).
SPAN_ENDS = re.compile(rf"(?:\d{{1,2}}[^\S\n]+(?:{'|'.join(_MONTHS[1:])})(?:[^\S\n]+\d{{4}})?"
                       r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?)"
                       rf"[^\S\n]*,?[^\S\n]*(?:{_UNTIL})[^\S\n]+(?:(?:tanggal|tgl\.?)[^\S\n]*)?$",
                       re.IGNORECASE)


def voting_day(found: EventDate) -> bool:
    """An announced date that is a nationwide voting day ("hingga 27 November 2024")."""
    return found.announced and is_voting_day(found.value)


def is_voting_day(value: date) -> bool:
    """A nationwide voting day of its year (27 November 2024, 14 Februari 2024 ...)."""
    return value.year in VOTING_DAYS.get((value.day, _MONTHS[value.month]), ())


# A nationwide voting day is the vote's date, not an occasion's, when the election or the vote
# is named with it (before it or in its sentence): "Pilkada Gubernur ... pada Rabu, 27 November
# 2024", "Pilkada makin dekat. 27 November 2024 tinggal sepekan lagi"; also the vote named
# by its verb ("warga akan memilih bupati pada 27 November 2024", "mencoblos", "nyoblos") or by
# the vote cast ("menggunakan hak pilih pada tanggal 27 Juni 2018", "hak suaranya"); or by
# the epithet the press gives an election ("menuju pesta demokrasi bupati pada 27 November 2024",
# "hajatan demokrasi lima tahunan"), written with no election word of its own.
ELECTION_WORD = re.compile(rf"(?<!\w)(?:{ELECTIONS}|pemungutan|pencoblosan|memilih|dipilih"
                           r"|mencoblos|dicoblos|nyoblos|coblosan|hari\s+pencoblosan"
                           r"|hak\s+(?:pilih|suara)|(?:pesta|hajat(?:an)?)\s+demokrasi)",
                           re.IGNORECASE)

"""transforms/prefilter.py: a prefiltered scan finds exactly what ``pattern.finditer`` finds."""

import re
import string
import sys
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events import (
    activities,
    assemble,
    officials,
    organisations,
    participants,
    relevance,
)
from transforms.events.dates import shapes as event_date_shapes
from transforms.places import venues as places
from transforms.prefilter import (
    Scanner,
    candidate_starts,
    finditer,
    first_matches,
    fold,
    prefiltered,
    registered_scanners,
    scanner,
    sub,
)

# Every scanner the extractors run over whole articles. Each module registers its own when
# imported; `assemble` is the event step production runs and imports every extractor module,
# so the count does not depend on which other test files ran first.
EXTRACTORS = (activities, assemble, event_date_shapes, officials, organisations, participants,
              places, relevance)
SCANS: dict[str, Scanner] = {f"{i}:{scan.pattern.pattern[:40]}": scan
                             for i, scan in enumerate(registered_scanners())}
ALL_CODEPOINTS = [chr(code) for code in range(sys.maxunicode + 1)
                  if not 0xD800 <= code <= 0xDFFF]


def _found(matches):
    return [(m.span(), m.groups()) for m in matches]


def _fixture_texts() -> list[str]:
    from gold import gold_pages
    from lxml import html

    return [html.fromstring(p.html).text_content() for p in gold_pages()]


# --- folding -----------------------------------------------------------------------------------


def test_fold_keeps_every_offset_and_maps_what_ignorecase_equates_with_ascii():
    ascii_alnum = re.compile(r"[a-z0-9]", re.IGNORECASE)
    for char in ALL_CODEPOINTS:
        folded = fold(char)
        assert len(folded) == 1, hex(ord(char))
        if ascii_alnum.fullmatch(char):
            same = [c for c in string.ascii_lowercase + string.digits
                    if re.fullmatch(c, char, re.IGNORECASE)]
            assert same == [folded], hex(ord(char))


def test_fold_of_a_text_is_the_fold_of_each_character_where_it_matters():
    text = "İSTANBUL ıſK Σ ΟΔΟΣ. Bupati MENGİMBAU"
    assert len(fold(text)) == len(text)
    # lower() reads a final sigma in context; ASCII comes out as for each character alone
    pairs = list(zip(fold(text), (fold(c) for c in text), strict=True))
    assert all(a == b for a, b in pairs if a.isascii() or b.isascii())
    assert "".join(c for c in fold(text) if c.isascii()) == "istanbul isk  . bupati mengimbau"


def test_folding_changes_no_characters_being_a_word_character():
    # _words lists the words of the folded text as the words of the text itself
    word = re.compile(r"\w")
    for char in ALL_CODEPOINTS:
        assert bool(word.match(char)) == bool(word.match(fold(char))), hex(ord(char))


# --- the prefixes of a pattern -------------------------------------------------------------------


def test_prefixes_of_optional_groups_and_sets():
    scan = scanner(re.compile(r"\b(?:(?:men|di)?sosiali[sz]?asi|pengarahan)\b", re.IGNORECASE))
    assert set(scan.literals) == {"mensosia", "disosial", "sosialis", "sosializ", "sosialia",
                                  "pengarah"}
    assert all(word == literal for literal, word in zip(scan.literals, scan.words, strict=True))
    assert scan.digits == "" and not scan.lines


def test_a_literal_not_at_a_word_start_is_always_looked_for():
    scan = scanner(re.compile(r"(?:\(|tgl)\s*\d"))
    assert dict(zip(scan.literals, scan.words, strict=True)) == {"(": "", "tgl": ""}


def test_a_scanner_may_keep_more_prefixes_than_two_hundred_at_full_length():
    # 250 invented words "kepalaXY" (Y up to "y"): by default cut to "kepalaX", which also
    # stands in "kepalaaz"; with ``most`` each is looked for in full, and the scan finds the same
    letters = string.ascii_lowercase
    pattern = re.compile(r"\b(?:" + "|".join(
        f"kepala{a}{b}" for a in letters[:10] for b in letters[:25]) + r")\b", re.IGNORECASE)
    short, full = scanner(pattern), scanner(pattern, most=500)
    assert max(map(len, short.literals)) < 8 and set(map(len, full.literals)) == {8}
    text = "Kepala bagian itu kepalaaz tanggung, kata KepalaAB Rahmat; kepalajy hadir. " * 5
    assert len(candidate_starts(full, text)) == 2 * 5 < len(candidate_starts(short, text))
    assert _found(finditer(full, text)) == _found(pattern.finditer(text))


def test_digits_lines_and_unusable_patterns():
    assert scanner(re.compile(r"(?<![\w.])\d+ orang")).digits == "run"
    assert scanner(re.compile(r"\d+ orang")).digits == "any"
    assert scanner(re.compile(r"(?m:^Kota)|di\s")).lines
    assert scanner(re.compile(r"\w+ala")).literals is None  # may start with anything
    assert scanner(re.compile(r"(?:abc)?")).literals is None  # may match the empty string
    assert scanner(re.compile(r"[^,]+")).literals is None


@pytest.mark.parametrize("name", sorted(SCANS))
def test_every_extractor_scan_has_a_prefilter(name):
    # a Python whose re parser changed would silently scan everything: fail here instead
    assert SCANS[name].literals is not None


# --- exactly what finditer finds ------------------------------------------------------------------


PIECES = sorted({
    *(literal for scan in SCANS.values() for literal in scan.literals or ()),
    *(literal.upper() for scan in SCANS.values() for literal in scan.literals or ()),
    *(literal.title() for scan in SCANS.values() for literal in scan.literals or ()),
    "asi", "kan", "an", "integritas", "netral", "netralitas", "ASN", "PNS", "orang", "pegawai",
    "Kota", "Padang", "Andi", "mengatakan", "Kamis", "(26/9)", "27 November 2024", "2024-07-04",
    "12", "1.246", "٣", "İ", "ı", "ſ", "K", "é", "’", "'", "-", "–", "/", ".", ",", "(", ")",
    ":", " ", "  ", "\n", "\t", "\u00a0", "x", "_", "3",
})


def _assert_same(text: str) -> None:
    folded = fold(text)
    for name, scan in SCANS.items():
        expected = _found(scan.pattern.finditer(text))
        assert _found(prefiltered(scan, text, None)) == expected, name
        assert _found(prefiltered(scan, text, folded)) == expected, name
        assert _found(finditer(scan, text)) == expected, name
        assert _found(first_matches(scan, text, 2)) == expected[:2], name
        starts = set(candidate_starts(scan, text))
        assert {span[0] for span, _ in expected} <= starts, name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120).map("".join))
def test_prefiltered_scans_find_exactly_what_finditer_finds(text):
    _assert_same(text)


def test_prefiltered_scans_find_exactly_what_finditer_finds_in_the_fixture_pages():
    texts = _fixture_texts()
    assert len(texts) >= 16
    for text in texts:
        _assert_same(text)
        _assert_same(text.upper())
        _assert_same(text.replace("i", "İ"))


def test_words_beside_curly_quotes_dashes_and_other_scripts_are_looked_for():
    # a long text lists its words once (ASCII punctuation to spaces, then split; pieces with
    # other non-ASCII characters split at their non-word runs): none may be lost
    text = ("“Netralitas ASN—kata Bupati—wajib,” ujar Kepala BKD di Padang… Pemilu ’24: "
            "PNS/PPPK di café naïve İstanbul ٣ ſemua\u00a0honorer\u2028kades_x (26/9) ") * 4
    assert len(text) >= 300
    _assert_same(text)
    _assert_same(text.encode("ascii", "replace").decode())  # and the all-ASCII way


def test_every_extractor_registers_its_scanners():
    assert len(SCANS) >= 30
    modules = {scan.pattern.pattern for scan in SCANS.values()}
    assert len(modules) >= 20  # distinct patterns, from every extractor module


def test_first_matches_stops_where_finditer_would():
    text = "ASN, ASN dan PNS. " * 40
    scan = next(s for s in registered_scanners() if "ASN" in s.pattern.pattern
                and s.pattern.search("ASN, ASN"))
    assert _found(first_matches(scan, text, 3)) == _found(islice(scan.pattern.finditer(text), 3))


def test_without_cpythons_parser_every_scan_is_a_plain_finditer(monkeypatch):
    from transforms import prefilter, prefix_literals

    monkeypatch.setattr(prefix_literals, "_p", None)  # as on a Python without re._parser
    pattern = re.compile(r"\b(?:sosialisasi|apel\s+pagi)\b", re.IGNORECASE)
    scan = prefilter.scanner(pattern)
    assert scan.literals is None
    text = "Apel pagi dan SOSIALISASI netralitas. " * 20
    assert ([m.span() for m in prefilter.finditer(scan, text)]
            == [m.span() for m in pattern.finditer(text)])


@pytest.mark.parametrize("text", [
    "MEDAN-Kepala BKD Kota Medan, Budi Santoso, meminta ASN netral. " * 8,
    "KENDARI--Sekda Rudi Hartono dan TIM-Pemenangan hadir. " * 8,
    "Tanpa tanda hubung sama sekali di sini.",
    "SAMARINDA-Wali Kota " + "x" * 400 + " ABC-Def", "a-B", "",
])
def test_sub_is_pattern_sub(text: str) -> None:
    glued = re.compile(r"(?<=\w-)-(?=[A-Z])|(?<=[A-Z]{3})-(?=[A-Z][a-z])")
    assert sub(scanner(glued), " ", text) == glued.sub(" ", text)
    paired = re.compile(r"(?<=\w)-(\w)")  # a group reference: pattern.sub itself
    assert sub(scanner(paired), r"+\1", text) == paired.sub(r"+\1", text)

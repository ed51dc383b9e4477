"""Coverage audit of the place gazetteer: every regency and city in every shape outlets write.

    .venv/bin/python bench/places_audit.py [--failures N] [--json]

The place rules were tuned on the misses of a few real corpora, so regions nobody has tested may
fail. This audit does not read any corpus: for EVERY regency and city in warta's tables
(transforms/places/data/regencies.csv, all provinces) it builds short invented article texts in
the common shapes and runs the public place function the pipeline uses
(``transforms.places.resolve.place_of``, as transforms/events/assemble.py calls it), then
compares the region (and province) found with the expected one.

Shapes (NAME is the region's short name, e.g. "Padang Panjang", "Aceh Selatan"):

* ``dl_upper`` / ``dl_title``: "NAME, Warta -" / "Name, Warta -" opening the text;
* ``dl_antara``: "Name (ANTARA) -";  ``dl_outlet``: "KABARKITA.COM, NAME -";
* ``body_kind``: "... digelar di Aula Serbaguna, Kabupaten/Kota Name, Senin (7/10/2024)";
* ``body_kab_dot``: the same with "Kab." for a kabupaten;
* ``pemkab``: "Pemkab/Pemkot Name menggelar ...";
* ``head``: "Bupati/Wali Kota Name Ahmad Santoso membuka ... di Aula Serbaguna";
* ``variant``: spellings Indonesians write for some names (hand list below, with the region
  each means), in a dateline and after a kind;
* ``province``: "Pemprov <province> menggelar ... di Kantor Gubernur": regency None; and with
  the province's full name, its short forms, a governor;
* more datelines: plain ("Name -"), with a date, an en dash, a province or its short form, the
  kind ("KAB. NAME"); "Bawaslu Name", "Wabup/Wawali Name", "di Aula Kantor Bupati Name";
* ``day_first``: "... Senin (7/10/2024) di Name."; ``said_lower``: "kata ... di kantor
  Bawaslu, Name, Senin (7/10/2024)" (a venue in lower case before the city and the day);
* ``dl_other_body``: a story datelined in another city of the province naming the regency
  where it was held ("... digelar di Aula Serbaguna, Kabupaten Name");
* ``spelled_*``: a dropped "Kepulauan"/"Pulau" ("Kab. Mentawai"), "Kep.", "Toli-Toli".

A kecamatan's name as a dateline (``dl_district``) is tried only when it is unique in the
country and no region's name or short form. A bare dateline name shared by a kota and a
kabupaten ("SOLOK", "BOGOR") means the kota; for the kabupaten of such a name the dateline
shapes are skipped (they cannot tell it). Prints accuracy per shape and per province, and the
failures (written, expected, got).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from transforms.places.regions import (  # noqa: E402
    district_region,
    province_name,
    region_data,
    resolve_region,
)
from transforms.places.resolve import place_of  # noqa: E402

_LEAD = ("Pemerintah daerah setempat menggelar sosialisasi netralitas aparatur sipil negara "
         "menjelang Pilkada 2024, Senin (7/10/2024).")
_BODY = ("Sosialisasi netralitas aparatur sipil negara digelar di Aula Serbaguna, {where}, "
         "Senin (7/10/2024).\nKegiatan diikuti para pegawai.")
_BODY_ORG = ("{who} menggelar sosialisasi netralitas aparatur sipil negara di Aula Serbaguna, "
             "Senin (7/10/2024).\nKegiatan diikuti para pegawai.")
_BODY_OFFICE = ("Sosialisasi netralitas aparatur sipil negara digelar di Aula {office} {name}, "
                "Senin (7/10/2024).\nKegiatan diikuti para pegawai.")
_AT_DAY = ("Sosialisasi netralitas aparatur sipil negara digelar di {name}, Senin (7/10/2024).\n"
           "Kegiatan diikuti para pegawai.")
_DAY_FIRST = ("Hal itu disampaikan Kepala Badan Kepegawaian Rina Susanti, Senin (7/10/2024) di "
              "{name}.\nKegiatan diikuti para pegawai.")
_SAID_LOWER = ("\"ASN wajib netral,\" kata Rina Susanti di kantor Bawaslu, {name}, Senin "
               "(7/10/2024).\nKegiatan diikuti para pegawai.")
_HEAD = ("{title} {name} Ahmad Santoso membuka sosialisasi netralitas aparatur sipil negara di "
         "Aula Serbaguna, Senin (7/10/2024).\nKegiatan diikuti para pegawai.")
_PROVINCE = ("Pemprov {name} menggelar sosialisasi netralitas aparatur sipil negara di Kantor "
             "Gubernur, Senin (7/10/2024).\nKegiatan diikuti para pegawai.")

_GOVERNOR = ("Gubernur {name} Ahmad Santoso membuka sosialisasi netralitas aparatur sipil negara "
             "di Kantor Gubernur, Senin (7/10/2024).\nKegiatan diikuti para pegawai.")
PROVINCE_ALIASES = {  # the short forms outlets write, beyond transforms/places/tables.py's
    "Sumut": "12", "Sumbar": "13", "Sumsel": "16", "Babel": "19", "Kepri": "21", "DKI": "31",
    "DKI Jakarta": "31", "Jabar": "32", "Jateng": "33", "DIY": "34", "Jatim": "35",
    "NTB": "52", "NTT": "53", "Kalbar": "61", "Kalteng": "62", "Kalsel": "63", "Kaltim": "64",
    "Kaltara": "65", "Sulut": "71", "Sulteng": "72", "Sulsel": "73", "Sultra": "74",
    "Sulbar": "76", "Malut": "82", "Pabar": "92", "PBD": "96", "Sumatra Utara": "12",
    "Sumatra Barat": "13", "Sumatra Selatan": "16", "Bangka Belitung": "19",
    "Kepulauan Babel": "19", "DI Yogyakarta": "34", "Yogyakarta": "34", "Jogja": "34",
    "Papua Barat Daya": "96", "Papua Tengah": "94", "Papua Selatan": "93",
    "Papua Pegunungan": "95", "Aceh": "11", "Jambi": "15", "Bengkulu": "17", "Gorontalo": "75",
}

# Spellings outlets write beside the official short names: (as written, official regency).
VARIANTS: tuple[tuple[str, str], ...] = (
    ("Padangpanjang", "Kota Padang Panjang"), ("Padang Panjang", "Kota Padang Panjang"),
    ("Tanjungpinang", "Kota Tanjungpinang"), ("Tanjung Pinang", "Kota Tanjungpinang"),
    ("Palangkaraya", "Kota Palangka Raya"), ("Palangka Raya", "Kota Palangka Raya"),
    ("Pangkalpinang", "Kota Pangkalpinang"), ("Pangkal Pinang", "Kota Pangkalpinang"),
    ("Bau-Bau", "Kota Baubau"), ("Baubau", "Kota Baubau"), ("Tidore", "Kota Tidore Kepulauan"),
    ("Toli-Toli", "Kabupaten Toli-Toli"), ("Tolitoli", "Kabupaten Toli-Toli"),
    ("Pematangsiantar", "Kota Pematangsiantar"), ("Pematang Siantar", "Kota Pematangsiantar"),
    ("Siantar", "Kota Pematangsiantar"),
    ("Labuhanbatu", "Kabupaten Labuhanbatu"), ("Labuhan Batu", "Kabupaten Labuhanbatu"),
    ("Banyuasin", "Kabupaten Banyuasin"), ("Banyu Asin", "Kabupaten Banyuasin"),
    ("Jakpus", "Kota Administrasi Jakarta Pusat"), ("Jaksel", "Kota Administrasi Jakarta Selatan"),
    ("Jaktim", "Kota Administrasi Jakarta Timur"), ("Jakbar", "Kota Administrasi Jakarta Barat"),
    ("Jakut", "Kota Administrasi Jakarta Utara"),
    ("Bukit Tinggi", "Kota Bukittinggi"), ("Sawah Lunto", "Kota Sawahlunto"),
    ("Lubuklinggau", "Kota Lubuklinggau"), ("Lubuk Linggau", "Kota Lubuklinggau"),
    ("Padangsidimpuan", "Kota Padangsidimpuan"), ("Tanjungbalai", "Kota Tanjungbalai"),
    ("Tebingtinggi", "Kota Tebing Tinggi"), ("Pagaralam", "Kota Pagar Alam"),
    ("Prabumulih", "Kota Prabumulih"), ("Banjarbaru", "Kota Banjarbaru"),
    ("Banjar Baru", "Kota Banjarbaru"), ("Pare-Pare", "Kota Parepare"),
    ("Parepare", "Kota Parepare"), ("Kotamobagu", "Kota Kotamobagu"),
    ("Mukomuko", "Kabupaten Mukomuko"), ("Muko-Muko", "Kabupaten Mukomuko"),
    ("Fakfak", "Kabupaten Fakfak"), ("Tojo Una-Una", "Kabupaten Tojo Una-Una"),
    ("Pangandaran", "Kabupaten Pangandaran"), ("Kepulauan Selayar", "Kabupaten Kepulauan Selayar"),
    ("Kota Baru", "Kabupaten Kotabaru"), ("Tanjung Jabung Barat",
                                          "Kabupaten Tanjung Jabung Barat"),
    ("Sumba Barat Daya", "Kabupaten Sumba Barat Daya"), ("Gunung Kidul", "Kabupaten Gunungkidul"),
    ("Kulonprogo", "Kabupaten Kulon Progo"), ("Tulungagung", "Kabupaten Tulungagung"),
    ("Tulung Agung", "Kabupaten Tulungagung"), ("Sidoarjo", "Kabupaten Sidoarjo"),
    ("Kab. Sidoarjo", "Kabupaten Sidoarjo"), ("Kab Sidoarjo", "Kabupaten Sidoarjo"),
    ("Kota Adm. Jakarta Pusat", "Kota Administrasi Jakarta Pusat"),
    ("Jakarta Pusat", "Kota Administrasi Jakarta Pusat"),
    ("Kepulauan Seribu", "Kabupaten Administrasi Kepulauan Seribu"),
    ("Tanah Laut", "Kabupaten Tanah Laut"), ("Hulu Sungai Selatan",
                                             "Kabupaten Hulu Sungai Selatan"),
    ("Bolaang Mongondow", "Kabupaten Bolaang Mongondow"), ("Gunungsitoli", "Kota Gunungsitoli"),
    ("Gunung Sitoli", "Kota Gunungsitoli"), ("Sungai Penuh", "Kota Sungai Penuh"),
    ("Sungaipenuh", "Kota Sungai Penuh"), ("Pekan Baru", "Kota Pekanbaru"),
    ("Pekanbaru", "Kota Pekanbaru"), ("Bandarlampung", "Kota Bandar Lampung"),
    ("Bandar Lampung", "Kota Bandar Lampung"), ("Banda Aceh", "Kota Banda Aceh"),
    ("Bandaaceh", "Kota Banda Aceh"), ("Lhokseumawe", "Kota Lhokseumawe"),
    ("Mamuju Tengah", "Kabupaten Mamuju Tengah"), ("Morowali", "Kabupaten Morowali"),
    ("Tual", "Kota Tual"), ("Ternate", "Kota Ternate"), ("Manokwari", "Kabupaten Manokwari"),
    ("Kota Jayapura", "Kota Jayapura"), ("Kabupaten Jayapura", "Kabupaten Jayapura"),
    # short forms of the regions' names in everyday use
    ("Tanjab Barat", "Kabupaten Tanjung Jabung Barat"), ("Tanjabtim",
                                                         "Kabupaten Tanjung Jabung Timur"),
    ("Pultab", "Kabupaten Pulau Taliabu"), ("Tikep", "Kota Tidore Kepulauan"),
    ("Bonbol", "Kabupaten Bone Bolango"), ("Sitaro", "Kabupaten Kepulauan Siau Tagulandang Biaro"),
    ("Bolmut", "Kabupaten Bolaang Mongondow Utara"), ("Halbar", "Kabupaten Halmahera Barat"),
    ("Halsel", "Kabupaten Halmahera Selatan"), ("Malteng", "Kabupaten Maluku Tengah"),
    ("Bursel", "Kabupaten Buru Selatan"), ("Tanbu", "Kabupaten Tanah Bumbu"),
    ("Gumas", "Kabupaten Gunung Mas"), ("Pulpis", "Kabupaten Pulang Pisau"),
    ("Mahulu", "Kabupaten Mahakam Ulu"), ("Flotim", "Kabupaten Flores Timur"),
    ("Tangsel", "Kota Tangerang Selatan"), ("Lamsel", "Kabupaten Lampung Selatan"),
    ("Pesibar", "Kabupaten Pesisir Barat"), ("Paluta", "Kabupaten Padang Lawas Utara"),
    ("Tobasa", "Kabupaten Toba"), ("Meranti", "Kabupaten Kepulauan Meranti"),
    ("Beltim", "Kabupaten Belitung Timur"), ("Agara", "Kabupaten Aceh Tenggara"),
    ("Tator", "Kabupaten Tana Toraja"), ("Torut", "Kabupaten Toraja Utara"),
    ("Parimo", "Kabupaten Parigi Moutong"), ("Touna", "Kabupaten Tojo Una-Una"),
    ("Morut", "Kabupaten Morowali Utara"), ("Bangkep", "Kabupaten Banggai Kepulauan"),
    ("Gorut", "Kabupaten Gorontalo Utara"), ("Polman", "Kabupaten Polewali Mandar"),
    ("Mamuju Utara", "Kabupaten Pasangkayu"), ("Mansel", "Kabupaten Manokwari Selatan"),
    ("Pegaf", "Kabupaten Pegunungan Arfak"), ("Sorsel", "Kabupaten Sorong Selatan"),
    ("Maluku Tenggara Barat", "Kabupaten Kepulauan Tanimbar"),
)


def _key(name: str) -> str:
    return "".join(c for c in name.upper() if c.isalnum())


def _cases() -> list[tuple[str, str, str, str | None, str]]:
    """(shape, text, province code, expected regency or None, written name)."""
    data = region_data()
    rows = list(data.regions.values())
    with (ROOT / "transforms" / "places" / "data" / "regencies.csv").open(encoding="utf-8") as f:
        names = {row["code"]: row["short"] for row in csv.DictReader(f)}
    shared = collections.Counter(_key(n) for n in names.values())
    cases = []
    for region in rows:
        name, kab = names[region.regency_code], region.kind == "kabupaten"
        prov, want = region.province_code, region.regency
        ambiguous = shared[_key(name)] > 1 and kab
        if not ambiguous:
            cases += [
                ("dl_upper", f"{name.upper()}, Warta - {_LEAD}", prov, want, name),
                ("dl_title", f"{name}, Warta - {_LEAD}", prov, want, name),
                ("dl_antara", f"{name} (ANTARA) - {_LEAD}", prov, want, name),
                ("dl_outlet", f"KABARKITA.COM, {name.upper()} - {_LEAD}", prov, want, name),
                ("dl_dash", f"{name.upper()} – {_LEAD}", prov, want, name),
                ("dl_province", f"{name}, {region.province} (ANTARA) - {_LEAD}", prov, want,
                 name),
                ("dl_plain", f"{name} - {_LEAD}", prov, want, name),
                ("dl_date", f"{name.upper()}, 7/10 (ANTARA) - {_LEAD}", prov, want, name),
                ("dl_outlet_title", f"Kabarkita.com, {name} - {_LEAD}", prov, want, name),
                ("office_venue", _BODY_OFFICE.format(
                    office="Kantor Bupati" if kab else "Balai Kota", name=name), prov, want,
                 name)]
            cases += [
                ("at_day", _AT_DAY.format(name=name), prov, want, name),
                ("day_first", _DAY_FIRST.format(name=name), prov, want, name),
                ("said_lower", _SAID_LOWER.format(name=name), prov, want, name),
                ("dl_outlet_lower", f"{name}, kabarkita.com - {_LEAD}", prov, want, name),
                ("dl_after_byline", f"Oleh Redaksi Warta\n{name.upper()} (ANTARA) - {_LEAD}",
                 prov, want, name),
                ("title_only", f"{'Pemkab' if kab else 'Pemkot'} {name} Gelar Sosialisasi "
                 f"Netralitas ASN\n{_LEAD}", prov, want, name)]
            if province_name(name) is None:  # "Bawaslu Jambi": the province's
                cases.append(("sekda_bare", _BODY_ORG.format(who=f"Sekda {name}"), prov, want,
                              name))
                cases.append(("kpu_bare", _BODY_ORG.format(who=f"KPU {name}"), prov, want,
                              name))
                cases.append(("bawaslu_bare", _BODY_ORG.format(who=f"Bawaslu {name}"), prov,
                              want, name))
        cases.append(("deputy", _HEAD.format(title="Wabup" if kab else "Wawali", name=name),
                      prov, want, name))
        kind = "Kabupaten" if kab else "Kota"
        cases.append(("body_kind", _BODY.format(where=f"{kind} {name}"), prov, want, name))
        if kab:
            cases.append(("body_kab_dot", _BODY.format(where=f"Kab. {name}"), prov, want, name))
        cases.append(("pemkab", _BODY_ORG.format(who=f"{'Pemkab' if kab else 'Pemkot'} {name}"),
                      prov, want, name))
        cases.append(("head", _HEAD.format(title="Bupati" if kab else "Wali Kota", name=name),
                      prov, want, name))
        cases.append(("dl_kind", f"{kind.upper()} {name.upper()}, Warta - {_LEAD}", prov, want,
                      name))
        cases.append(("head_comma", _HEAD.replace(" Ahmad Santoso ", ", Ahmad Santoso, ").format(
            title="Bupati" if kab else "Wali Kota", name=name), prov, want, name))
        cases.append(("head_pj", _HEAD.format(title="Pj Bupati" if kab else "Pj. Walikota",
                                              name=name), prov, want, name))
        cases.append(("pemko", _BODY_ORG.format(
            who=f"{'Pemerintah Kabupaten' if kab else 'Pemko'} {name}"), prov, want, name))
        cases.append(("bawaslu", _BODY_ORG.format(who=f"Bawaslu {kind} {name}"), prov, want,
                      name))
    # a story datelined in another city of the province, naming where it was held
    capital = {}
    for region in rows:
        if region.kind == "kota":
            capital.setdefault(region.province_code, region)
    for region in rows:
        other = capital.get(region.province_code)
        if other is None or other == region:
            continue
        name, kab = names[region.regency_code], region.kind == "kabupaten"
        line = f"{names[other.regency_code].upper()} (ANTARA) - "
        where = f"{'Kabupaten' if kab else 'Kota'} {name}"
        cases.append(("dl_other_body", line + _BODY.format(where=where), region.province_code,
                      region.regency, name))
    for region in rows:  # systematic spellings: "Kep.", a dropped "Kepulauan", "Una-Una"
        name, kab = names[region.regency_code], region.kind == "kabupaten"
        words = name.split()
        spelled = set()
        if words[0] in ("Kepulauan", "Pulau") and len(words) > 1:
            spelled |= {" ".join(words[1:]), ("Kep. " if words[0] == "Kepulauan" else "P. ")
                        + " ".join(words[1:])}
        if any(a == b for a, b in zip(words, words[1:], strict=False)):
            spelled.add(re.sub(r"\b(\w+) \1\b", r"\1-\1", name))
        for written in sorted(spelled):
            where = f"{'Kab.' if kab else 'Kota'} {written}"
            cases.append(("spelled_body", _BODY.format(where=where), region.province_code,
                          region.regency, written))
            cases.append(("spelled_dl", f"{written.upper()}, Warta - {_LEAD}",
                          region.province_code, region.regency, written))
        if kab:
            cases.append(("dl_kab_dot", f"KAB. {name.upper()}, Warta - {_LEAD}",
                          region.province_code, region.regency, name))
    # a kecamatan's name as a dateline ("TAPAKTUAN -"), when no other kecamatan or region
    # has it: its regency (the capital of many a kabupaten is named so)
    with (ROOT / "transforms" / "places" / "data" / "districts.csv").open(encoding="utf-8") as f:
        districts = [(row["name"].title(), row["regency_code"]) for row in csv.DictReader(f)]
    seen = collections.Counter(_key(n) for n, _ in districts)
    taken = {_key(n) for n in names.values()}
    for dname, code in districts:
        if seen[_key(dname)] == 1 and _key(dname) not in taken and province_name(dname) is None \
                and dname.replace(" ", "").isalpha() and resolve_region(dname) is None \
                and dname not in ("Kota", "Barat", "Negara"):  # a region's other name, words
            region = data.regions[code]
            cases.append(("dl_district", f"{dname.upper()}, Warta - {_LEAD}",
                          region.province_code, region.regency, dname))
    # a kecamatan's office then its regency, and a kind written in lower case
    first = {}
    for dname, code in districts:
        first.setdefault(code, dname)
    for code, dname in first.items():
        region = data.regions[code]
        kind = "Kabupaten" if region.kind == "kabupaten" else "Kota"
        where = f"Kantor Camat {dname}, {kind} {names[code]}"
        cases.append(("district_body", _BODY.replace("Aula Serbaguna, ", "Aula ").format(
            where=where), region.province_code, region.regency, f"{dname}, {names[code]}"))
        cases.append(("body_lower_kind", _BODY.format(where=f"{kind.lower()} {names[code]}"),
                      region.province_code, region.regency, names[code]))
    # ... and every kecamatan named like another region ("Kecamatan Tebing Tinggi")
    for dname, code in districts:
        other = resolve_region(dname)
        if other is None or other.regency_code == code:
            continue
        region = data.regions[code]
        kind = "Kabupaten" if region.kind == "kabupaten" else "Kota"
        if district_region(dname) is not None:  # unique: alone it names its regency
            cases.append(("district_alone", _AT_DAY.format(name=f"Kantor Camat {dname.title()}"),
                          region.province_code, region.regency, dname.title()))
        for office in ("Kantor Camat", "Kantor Kecamatan"):
            where = f"{office} {dname.title()}, {kind} {names[code]}"
            cases.append(("district_clash", _BODY.replace("Aula Serbaguna, ", "Aula ").format(
                where=where), region.province_code, region.regency,
                f"{office} {dname.title()}, {names[code]}"))
    by_name = {r.regency: r for r in rows}
    for written, want in VARIANTS:
        region = by_name.get(want)
        if region is None:
            print(f"variant target unknown: {want}", file=sys.stderr)
            continue
        prov = region.province_code
        cases.append(("variant_dl", f"{written.upper()}, Warta - {_LEAD}", prov, want, written))
        kind = "" if written.split()[0] in ("Kab.", "Kab", "Kota", "Kabupaten") else (
            "Kabupaten " if region.kind == "kabupaten" else "Kota ")
        cases.append(("variant_body", _BODY.format(where=f"{kind}{written}"), prov, want,
                      written))
    for code, pname in data.provinces.items():
        cases.append(("province", _PROVINCE.format(name=pname), code, None, pname))
        cases.append(("province_full", _PROVINCE.replace("Pemprov", "Pemerintah Provinsi").format(
            name=pname), code, None, pname))
        for alias in (a for a, c in PROVINCE_ALIASES.items() if c == code):
            cases.append(("province_alias", _PROVINCE.format(name=alias), code, None, alias))
            city = capital.get(code)
            if city is not None:
                short = names[city.regency_code]
                cases.append(("dl_alias", f"{short}, {alias} (ANTARA) - {_LEAD}", code,
                              city.regency, f"{short}, {alias}"))
        cases.append(("governor", _GOVERNOR.format(name=pname), code, None, pname))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", type=int, default=60, help="failures printed (0: none)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    provinces = region_data().provinces
    shape_n, shape_ok = collections.Counter(), collections.Counter()
    prov_n, prov_ok = collections.Counter(), collections.Counter()
    failures = []
    for shape, text, prov, want, written in _cases():
        place = place_of(None, text)
        got_reg = place.region.regency if place and place.region else None
        got_prov = place.province_code if place else None
        ok = got_reg == want and got_prov == prov
        shape_n[shape] += 1
        prov_n[prov] += 1
        shape_ok[shape] += ok
        prov_ok[prov] += ok
        if not ok:
            failures.append((shape, written, want or provinces[prov], got_reg or got_prov))
    total = sum(shape_n.values())
    result = {"total": round(sum(shape_ok.values()) / total, 4), "cases": total,
              "shapes": {s: round(shape_ok[s] / n, 4) for s, n in shape_n.items()},
              "provinces": {provinces[p]: round(prov_ok[p] / n, 4)
                            for p, n in sorted(prov_n.items())}}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"all: {result['total']:.3f} of {total} cases")
        for shape, acc in result["shapes"].items():
            print(f"  {shape:13} {acc:.3f}  ({shape_n[shape]})")
        for name, acc in result["provinces"].items():
            if acc < 1:
                print(f"  {name:28} {acc:.3f}")
    for row in failures[: args.failures]:
        print("FAIL", *row, sep=" | ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Regenerate transforms/places/data/{provinces,regencies,districts}.csv from the npm package
``idn-area-data``.

The region tables that ``transforms.places.resolve`` reads are derived, never typed by hand.
To refresh
them, fetch and unpack the package with npm's ordinary client, then point this script at the
unpacked ``package/`` directory (from the repository root)::

    REPO="$PWD"
    cd "$(mktemp -d)" && npm pack idn-area-data@3.1.2 && tar xzf idn-area-data-3.1.2.tgz
    "$REPO/.venv/bin/python" "$REPO/scripts/update_regions.py" "$PWD/package"

The version is pinned on purpose: a bare ``npm pack idn-area-data`` picks the newest version
whose ``engines`` the local Node accepts (3.1.2 under Node 20, 4.x under Node >= 22), and 4.x
changes the spelling and case of names (see transforms/places/data/README.md). After a version
change, update the version, counts and notes in transforms/places/data/README.md and the expected
counts in tests/transforms/places/test_places.py.

Licences: the package's code is MIT ("Copyright (c) 2023 Fityan"); its data/ directory, which
is all this script reads, is under the Open Database License 1.0. The derived CSVs are a
Derivative Database under the ODbL, so this script also copies the package's ODbL text next to
them. This script is the record of every alteration made (ODbL 4.6 b):

* provinces.csv: ``code,name`` as given (names upper-cased and whitespace-collapsed: a no-op
  for 3.x, whose names are already upper case);
* regencies.csv: ``code,province_code,name`` as given (same normalisation), plus ``kind``
  (``kabupaten`` for a name starting "KABUPATEN", ``kota`` for "KOTA") and ``short``, the name
  without that prefix (and without "ADMINISTRASI" for Jakarta's administrative units) in title
  case, e.g. "Padang Pariaman";
* districts.csv (kecamatan): ``code,regency_code,name`` as given (same normalisation), only
  for regencies of regencies.csv;
* rows sorted by code; no row is added, dropped or merged.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
from pathlib import Path

PACKAGE = "idn-area-data"
OUT = Path(__file__).resolve().parent.parent / "transforms" / "places" / "data"
LICENSE_COPY = "LICENSE-ODbL-1.0.md"

_PROVINCE_CODE = re.compile(r"\d{2}")
_REGENCY_CODE = re.compile(r"(\d{2})\.\d{2}")
_DISTRICT_CODE = re.compile(r"(\d{2}\.\d{2})\.\d{2,3}")
_KIND = re.compile(r"(?P<prefix>KABUPATEN|KOTA)(?: ADMINISTRASI)? (?P<short>\S.*)")
_LOWER_WORDS = frozenset({"DAN"})


def _clean(name: str) -> str:
    return " ".join(name.split()).upper()


def _title(short: str) -> str:
    return " ".join(
        word.lower() if word in _LOWER_WORDS else "-".join(p.capitalize() for p in word.split("-"))
        for word in short.split()
    )


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def derive(package_dir: Path) -> tuple[dict, list[list[str]], list[list[str]], list[list[str]]]:
    """Read the unpacked package: (package.json, province, regency and district rows); raise on
    drift."""
    meta = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
    if meta.get("name") != PACKAGE:
        raise SystemExit(f"{package_dir} holds {meta.get('name')!r}, not {PACKAGE!r}")
    data = package_dir / "data"

    provinces: list[list[str]] = []
    for row in _read(data / "provinces.csv"):
        code, name = row["code"].strip(), _clean(row["name"])
        if not _PROVINCE_CODE.fullmatch(code) or not name:
            raise SystemExit(f"unexpected province row: {row}")
        provinces.append([code, name])
    provinces.sort()
    province_codes = {code for code, _ in provinces}
    if len(province_codes) != len(provinces):
        raise SystemExit("duplicate province codes")

    regencies: list[list[str]] = []
    for row in _read(data / "regencies.csv"):
        code, province, name = row["code"].strip(), row["province_code"].strip(), row["name"]
        name = _clean(name)
        code_match = _REGENCY_CODE.fullmatch(code)
        kind_match = _KIND.fullmatch(name)
        if not code_match or code_match.group(1) != province or province not in province_codes:
            raise SystemExit(f"unexpected regency code or province: {row}")
        if not kind_match:
            raise SystemExit(f"regency name is neither KABUPATEN nor KOTA: {row}")
        kind = "kabupaten" if kind_match.group("prefix") == "KABUPATEN" else "kota"
        regencies.append([code, province, name, kind, _title(kind_match.group("short"))])
    regencies.sort()
    if len({row[0] for row in regencies}) != len(regencies):
        raise SystemExit("duplicate regency codes")
    regency_codes = {row[0] for row in regencies}
    districts: list[list[str]] = []
    for row in _read(data / "districts.csv"):
        code, regency, name = row["code"].strip(), row["regency_code"].strip(), _clean(row["name"])
        code_match = _DISTRICT_CODE.fullmatch(code)
        if not code_match or code_match.group(1) != regency or regency not in regency_codes:
            raise SystemExit(f"unexpected district code or regency: {row}")
        districts.append([code, regency, name])
    districts.sort()
    return meta, provinces, regencies, districts


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package_dir", type=Path, help="the unpacked npm package (its package/)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    args = parser.parse_args(argv)

    meta, provinces, regencies, districts = derive(args.package_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    _write(args.out / "provinces.csv", ["code", "name"], provinces)
    _write(args.out / "regencies.csv", ["code", "province_code", "name", "kind", "short"],
           regencies)
    _write(args.out / "districts.csv", ["code", "regency_code", "name"], districts)
    shutil.copyfile(args.package_dir / "data" / "LICENSE.md", args.out / LICENSE_COPY)
    print(f"{PACKAGE} {meta.get('version')} (code licence {meta.get('license')}, data ODbL): "
          f"{len(provinces)} provinces, {len(regencies)} regencies, {len(districts)} districts"
          f" -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Systematic coverage audit of the officials extraction on invented sentences.

    .venv/bin/python bench/officials_audit.py [--failures] [--family F] [--shape S]

The real corpora show misses only for the titles and prose shapes they happen to contain; the
rules written from them fit those texts. This script builds invented Indonesian sentences for
a grid instead: every office a report on ASN neutrality in a regional election names (regional
heads and their acting forms, Sekda and aides, OPD heads, sub-district and village heads,
election bodies at each level, central agencies, DPRD, police, army, prosecutors and courts)
crossed with the usual prose shapes (title then name, "<title>, <name>,", "<name>, <title>,",
an abbreviation in parentheses, degrees and honorifics, a Pj/Plt prefix spelled out, a quote
attribution, a dateline start, a name in the next quote). Names rotate through 1-4 word
patterns of several regions (Javanese, Balinese, Batak, Minang, Bugis, Papuan, Chinese-
Indonesian; initials; apostrophes). Every sentence is invented here; no corpus text is used.

Each positive case expects its person among ``officials(text)`` (the function the pipeline's
event assembly calls), compared by the harness's name normalisation. Negative cases
(candidates, former holders, streets, party officers, the accused, unnamed titles, relatives)
expect that name (or, for unnamed titles, any name) to stay out. ``SPOT`` adds one sentence
each for further titles, degree strings and shapes. It prints recall by office family and by
shape, the spot checks and negatives that fail, and with ``--failures`` every failing case.
A Minang title of custom after a name ("Dt Bandaro") is accepted with or without it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from officials_audit_grid import (  # noqa: E402
    NAMES,
    NEGATIVES,
    OFFICES,
    SHAPES,
    SPELLED,
)
from officials_audit_spot import SPOT  # noqa: E402
from real_eval import norm_name  # noqa: E402

from transforms.events.officials.find import officials  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One invented sentence and the person it must (or must not) yield."""

    family: str
    shape: str
    text: str
    name: str


def _full(name: str, hon: str, deg: str) -> str:
    return " ".join(p for p in (hon, name) if p) + (f", {deg}" if deg else "")


def cases() -> list[Case]:
    """The positive grid: every office in every shape that applies to it."""
    out = []
    for i, (family, title, region, rank, expanded) in enumerate(OFFICES):
        for j, (shape, template) in enumerate(SHAPES):
            name, hon, deg = NAMES[(i * 7 + j * 3) % len(NAMES)]
            prefix = title.split()[0]
            if shape == "(abbr)" and not expanded:
                continue
            if shape == "spelled-out acting" and prefix not in SPELLED:
                continue
            if shape == "degrees" and rank:
                hon = ""
            # a "(abbr)" office: the long form with the short in parentheses, or the reverse
            short = title.split()[-1]
            abbr = (f"{expanded} ({short})" if len(expanded.split()) > 1 and short.isupper()
                    else f"{title} ({expanded})") if expanded else title
            if expanded and title.split()[0] in {"Kepala", "Ketua"} and len(
                    expanded.split()) > 1 and not title.startswith(("Kepala Dinas",
                                                                    "Kepala Badan")):
                abbr = f"{title.split()[0]} {expanded} ({short})"
            spelled = SPELLED.get(prefix, prefix) + title[len(prefix):]
            ranked = f"{rank} {name}".strip()
            text = template.format(
                t=title, r=region, n=ranked, full=(f"{rank} " if rank else "") + _full(
                    name, hon, deg), abbr=abbr, spelled=spelled,
                last=name.split()[-1] if len(name.split()) > 1 else name)
            out.append(Case(family, shape, " ".join(text.replace(" ,", ",").split()), name))
    return out


def found(text: str) -> set[str]:
    """The names read (an unnamed title's empty name is dropped by the event assembly)."""
    return {norm_name(o.name) for o in officials(text) if o.name}


def _wanted(name: str) -> set[str]:
    """The name, or without a Minang title of custom ("Dt Bandaro"): warta keeps that apart
    like a degree, while a corpus label writes it inside the name; either is accepted."""
    return {norm_name(name), norm_name(name.split(" Dt ")[0])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--family")
    ap.add_argument("--shape")
    args = ap.parse_args()
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for case in cases():
        if args.family and case.family != args.family or args.shape and case.shape != args.shape:
            continue
        got = officials(case.text)
        ok = bool(_wanted(case.name) & {norm_name(o.name) for o in got})
        for table, key in ((by_family, case.family), (by_shape, case.shape)):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            fails.append((case, [f"{o.title} | {o.name}" for o in got]))
    total = sum(v[1] for v in by_family.values())
    hit = sum(v[0] for v in by_family.values())
    print(f"positives: {hit}/{total} = {hit / max(total, 1):.3f}")
    for label, table in (("family", by_family), ("shape", by_shape)):
        print(f"by {label}:")
        for key, (ok, n) in sorted(table.items()):
            print(f"  {key:22} {ok:4}/{n:<4} {ok / n:.3f}")
    spot = [(text, name) for text, name in SPOT if not _wanted(name) & found(text)]
    print(f"spot checks: {len(SPOT) - len(spot)}/{len(SPOT)}")
    for text, name in spot:
        print(f"  SPOT MISS {text}  want {name!r}")
    leaked = []
    for kind, text, name in NEGATIVES:
        names = found(text)
        if (norm_name(name) in names) if name else names:
            leaked.append((kind, text, sorted(names)))
    print(f"negatives kept out: {len(NEGATIVES) - len(leaked)}/{len(NEGATIVES)}")
    for kind, text, names in leaked:
        print(f"  LEAK [{kind}] {text}  -> {names}")
    if args.failures:
        for case, got in fails:
            print(f"  FAIL [{case.family} / {case.shape}] {case.text}\n"
                  f"       want {case.name!r} got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

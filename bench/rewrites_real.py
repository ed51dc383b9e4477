"""Do the event fields hold when a real text is written another way? Meaning-keeping rewrites
(tests/fixtures/rewrites.py) over the tuned part of a labelled corpus.

    .venv/bin/python bench/rewrites_real.py [FOLDER] [--rewrite NAME ...] [--json]

FOLDER is a labelled corpus (labels.jsonl + texts/); the default is the project's real corpus,
kept beside the checkout, not in it. Each text of the tuned part is scored as
bench/eval_real.py scores it, then rewritten (typography, abbreviations, date formats,
datelines, degrees around names, page furniture) and scored again. Prints, per rewrite, how
many texts it changed and each field verdict that flipped (item, field, right -> wrong or
wrong -> right). Only the tuned part is read: the held-out part's texts stay unread.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import FIELDS, Item, load_corpus, run_item, score_item  # noqa: E402
from rewrites import REWRITES  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-corpus"


def flips(items: list[Item], names: list[str]) -> dict[str, dict]:
    """Per rewrite: the texts it changed and the verdicts that flipped, as (id, field, now)."""
    base = {item.id: score_item(item, run_item(item)) for item in items}
    out = {}
    for name in names:
        rewrite, changed, flipped = REWRITES[name], 0, []
        for item in items:
            text = rewrite(item.text, item.label)
            if text == item.text:
                continue
            changed += 1
            other = replace(item, text=text)
            now = score_item(other, run_item(other))
            flipped += [(item.id, f, now[f]) for f in FIELDS
                        if now.get(f) is not None and now.get(f) != base[item.id].get(f)]
        out[name] = {"changed": changed, "flips": flipped}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rewrite", action="append", choices=list(REWRITES), metavar="NAME",
                    help="only these rewrites (default: all)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (args.folder / "labels.jsonl").exists():
        print(f"no labels.jsonl in {args.folder}", file=sys.stderr)
        return 2
    items = [i for i in load_corpus(args.folder) if not i.held_out]
    result = flips(items, args.rewrite or list(REWRITES))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    lost = won = 0
    for name, found in result.items():
        told = ", ".join(f"{i} {f} {'right' if now else 'wrong'}" for i, f, now in found["flips"])
        print(f"{name:<32} {found['changed']:>3} texts changed  " + (told or "no flip"))
        lost += sum(1 for *_, now in found["flips"] if not now)
        won += sum(1 for *_, now in found["flips"] if now)
    print(f"\n{len(result)} rewrites of {len(items)} tuned texts: {lost} verdicts lost, {won} won")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

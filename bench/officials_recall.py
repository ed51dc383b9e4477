"""Officials recall beyond the first event, and the extra names to read for junk (tuned part).

    .venv/bin/python bench/officials_recall.py [FOLDER] [--misses] [--extras]

bench/eval_real.py scores only the first labelled event against warta's first event, and the
rules were tuned on exactly that. Here every labelled event of a tuned-part article counts:

* first events: the harness's figure (every labelled name among warta's first event);
* all events, matched: labelled event i against warta's event i (the first event when warta has
  fewer), the same test;
* all events, article: every labelled name among the names of all warta's events (the
  extractor's recall, whatever event the assembly put the person in);
* names: the same per name rather than per event.

With ``--extras`` it lists the names warta emits that no labelled event of the article has
(precision is judged by reading them: a street, a programme, a province glued to a name is junk).
Only the tuned part is read; the held-out third is never touched here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import load_corpus, norm_name, run_item  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-corpus"


def _names(event: dict) -> set[str]:
    return {norm_name(o.get("name")) for o in event.get("officials") or [] if o.get("name")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--extras", action="store_true")
    args = ap.parse_args()
    items = [i for i in load_corpus(args.folder) if not i.held_out and i.label["events"]]
    first = matched = article = events = names_ok = names = 0
    misses, extras = [], []
    for item in items:
        got = run_item(item)
        mine = got.get("events") or []
        every = set().union(*(_names(e) for e in mine)) if mine else set()
        labelled: set[str] = set()
        for i, gold in enumerate(item.label["events"]):
            want = [norm_name(o["name"]) for o in gold.get("officials") or []]
            labelled.update(want)
            own = _names(mine[i] if i < len(mine) else mine[0]) if mine else set()
            events += 1
            matched += all(w in own for w in want)
            article += all(w in every for w in want)
            if i == 0:
                first += all(w in _names(mine[0]) for w in want) if mine else not want
            names += len(want)
            names_ok += sum(w in every for w in want)
            misses += [(item.id, i, w, sorted(every)) for w in want if w not in every]
        for e in mine:
            for o in e.get("officials") or []:
                if o.get("name") and norm_name(o["name"]) not in labelled:
                    extras.append((item.id, f"{o.get('title')} | {o.get('name')}"))
    print(f"tuned: {len(items)} articles with events, {events} labelled events, {names} names")
    print(f"  first events          {first / len(items):.3f}")
    print(f"  all events, matched   {matched / events:.3f}")
    print(f"  all events, article   {article / events:.3f}")
    print(f"  names found (article) {names_ok / names:.3f}  ({names - names_ok} missed)")
    print(f"  extra names emitted   {len(set(extras))}")
    if args.misses:
        for item_id, i, name, got in misses:
            print(f"  MISS {item_id} event {i}: {name!r}  got {got}")
    if args.extras:
        for item_id, shown in sorted(set(extras)):
            print(f"  EXTRA {item_id}: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

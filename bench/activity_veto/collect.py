"""Run warta on the training corpora and cache each item's row and label (not committed data).

    python -m bench.activity_veto.collect OUT_DIR NAME=FOLDER [NAME=FOLDER ...] [--tuned-only NAME]

One JSON lines file per corpus: {"id", "label", "row"}. Only the training corpora are run
here (dev13-dev24 and the tuned part of the user corpus); the judges are never cached.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.fixtures.real_eval import load_corpus, run_item


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    tuned_only = {argv[i + 1] for i, a in enumerate(argv) if a == "--tuned-only"}
    pairs = [a.split("=", 1) for a in argv[1:] if "=" in a]
    for name, folder in pairs:
        items = load_corpus(Path(folder))
        if name in tuned_only:
            items = [i for i in items if not i.held_out]
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for item in items:
                row = run_item(item)
                row.pop("published_at", None)
                fh.write(json.dumps({"id": item.id, "label": item.label, "row": row},
                                    ensure_ascii=False, default=str) + "\n")
        print(name, len(items), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

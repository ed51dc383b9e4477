"""Would a small learned model read the activities better than the rules? Leave one corpus out.

    .venv/bin/python bench/activity_model_cv.py FOLDER FOLDER ... [--paragraphs 4]

Each FOLDER is a labelled corpus (labels.jsonl + texts/, the format of bench/eval_real.py).
For every folder in turn, a logistic regression per activity value is trained on the first
events of the other folders (TF-IDF of the words and word pairs of the title and the first
``--paragraphs`` lines) and scored on this folder's first events with the harness's rule
(every labelled value, nothing extra but an appeal); the rules' own figure on the same
events is printed beside it. The rules run the production page step (``run_item``).

It needs scikit-learn, which warta does not depend on: ``pip install scikit-learn`` into a
scratch environment of its own. The twenty-first stop ran it over the twelve calibrated
corpora dev37-dev48: 0.578 for the model against 0.852 for the rules (bench/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import _event, activities_right, load_corpus, run_item  # noqa: E402


def _document(text: str, paragraphs: int) -> str:
    """The title and the first paragraphs, lower-cased."""
    return " ".join([line for line in text.split("\n") if line.strip()][:paragraphs]).lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--paragraphs", type=int, default=4)
    args = parser.parse_args(argv)
    try:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("needs scikit-learn (pip install scikit-learn), which warta does not depend on",
              file=sys.stderr)
        return 2
    if len(args.folders) < 2:
        print("needs two folders or more: one is held out in turn", file=sys.stderr)
        return 2
    rows = []  # (folder, document, gold values, the rules' values)
    for folder in args.folders:
        for item in load_corpus(folder):
            events = item.label.get("events") or []
            if not events:
                continue
            event = _event(run_item(item))
            rules = set(event.get("activities") or []) if event else set()
            rows.append((folder, _document(item.text, args.paragraphs),
                         set(events[0].get("activities") or []), rules))
    values = sorted({value for _, _, gold, _ in rows for value in gold})
    model_right = rules_right = 0
    for folder in args.folders:
        train = [row for row in rows if row[0] != folder]
        test = [row for row in rows if row[0] == folder]
        if not test:
            continue
        vectors = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x_train = vectors.fit_transform([row[1] for row in train])
        x_test = vectors.transform([row[1] for row in test])
        predicted: list[set[str]] = [set() for _ in test]
        for value in values:
            y = np.array([value in row[2] for row in train])
            if y.sum() < 3 or y.all():
                continue
            model = LogisticRegression(C=4, max_iter=2000).fit(x_train, y)
            for guess, p in zip(predicted, model.predict_proba(x_test)[:, 1], strict=True):
                if p > 0.5:
                    guess.add(value)
        right = sum(activities_right(row[2], guess) for row, guess in zip(test, predicted,
                                                                          strict=True))
        by_rules = sum(activities_right(row[2], row[3]) for row in test)
        model_right += right
        rules_right += by_rules
        print(f"{folder}: {len(test)} first events  model {right / len(test):.3f}"
              f"  rules {by_rules / len(test):.3f}")
    print(f"all: {len(rows)} first events  model {model_right / len(rows):.3f}"
          f"  rules {rules_right / len(rows):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

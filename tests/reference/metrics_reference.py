#!/usr/bin/python3
"""Reference values for NewsLens.Evaluation from scikit-learn and SciPy.

Writes tests/NewsLens.Tests/Fixtures/Evaluation/metrics_reference.json: fixed label and score lists (drawn
with a seeded RNG) and what scikit-learn / SciPy compute for them. The C# tests read the lists from the
fixture, compute the same measures and compare within 1e-12.

Run from the repository root (Debian packages: apt-get install -y python3-sklearn python3-scipy):
    /usr/bin/python3 tests/reference/metrics_reference.py
"""
import json
import os
import random

import scipy
import sklearn
from scipy.stats import pearsonr
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "NewsLens.Tests", "Fixtures", "Evaluation", "metrics_reference.json")


def classification_case(name, gold, pred, labels=None):
    labels_used = labels if labels is not None else sorted(set(gold) | set(pred))
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels_used, zero_division=0)
    return {
        "name": name,
        "gold": gold,
        "predicted": pred,
        "labels": labels,  # null: the union of both lists
        "per_class": [
            {"label": l, "precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
            for i, l in enumerate(labels_used)
        ],
        "macro_f1": float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0)),
        "weighted_f1": float(f1_score(gold, pred, labels=labels, average="weighted", zero_division=0)),
        "accuracy": float(accuracy_score(gold, pred)),
    }


def main():
    rng = random.Random(20140516)  # fixed seed: same fixture every run
    three = ["negative", "neutral", "positive"]
    gold = [rng.choice(three) for _ in range(60)]
    # a noisy classifier: right about 70% of the time
    pred = [g if rng.random() < 0.7 else rng.choice(three) for g in gold]

    stance = ["favor", "against", "none"]
    sg = [rng.choice(stance) for _ in range(40)]
    sp = [g if rng.random() < 0.6 else rng.choice(stance) for g in sg]

    never_predicted_gold = ["a", "a", "b", "b", "c", "c", "c"]
    never_predicted_pred = ["a", "b", "b", "b", "a", "b", "a"]  # "c" is never predicted

    cases = [
        classification_case("three_class_random", gold, pred),
        classification_case("never_predicted_class", never_predicted_gold, never_predicted_pred),
        # a listed label that occurs in neither list: F1 0 enters the macro mean
        classification_case("label_absent_from_both", ["x", "y", "x", "y"], ["x", "x", "x", "y"], labels=["x", "y", "z"]),
    ]

    semeval = {
        "gold": sg,
        "predicted": sp,
        # SemEval-2016 Task 6 F-avg: mean F1 of favor and against
        "f_avg": float(f1_score(sg, sp, labels=["favor", "against"], average="macro", zero_division=0)),
    }

    x = [round(rng.uniform(-4, 4), 6) for _ in range(50)]
    y = [round(0.2 * xi / 4 + rng.gauss(0, 0.3), 6) for xi in x]
    pearson = {"x": x, "y": y, "r": float(pearsonr(x, y)[0])}

    fixture = {
        "generator": "tests/reference/metrics_reference.py",
        "sklearn": sklearn.__version__,
        "scipy": scipy.__version__,
        "classification": cases,
        "semeval": semeval,
        "pearson": pearson,
    }
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(fixture, fh, indent=1)
        fh.write("\n")
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()

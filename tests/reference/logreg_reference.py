#!/usr/bin/python3
"""Reference fits for NewsLens.Learning.MultinomialLogisticRegression from scikit-learn.

Writes tests/NewsLens.Tests/Fixtures/Learning/logreg_reference.json: a small fixed dataset (60 rows,
5 features, 3 imbalanced classes, drawn with a seeded NumPy RNG) and, for each case, what
scikit-learn's LogisticRegression(multi_class="multinomial", solver="lbfgs", fit_intercept=True) learns
on it: coefficients, intercepts and the predicted probabilities of every row. Its objective is
sum_i s_i * log-loss_i + ||W||^2 / (2C), the intercepts unpenalised, as the C# model's.

Run from the repository root (Debian packages: apt-get install -y python3-sklearn):
    /usr/bin/python3 tests/reference/logreg_reference.py
"""
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "NewsLens.Tests", "Fixtures", "Learning", "logreg_reference.json")

rng = np.random.RandomState(20261122)
n, d = 60, 5
counts = {"a": 30, "b": 20, "c": 10}
labels = [lab for lab, c in counts.items() for _ in range(c)]
centres = {"a": [1.0, 0.0, 0.5, 0.0, -0.5], "b": [0.0, 1.0, -0.5, 0.5, 0.0], "c": [-0.5, -0.5, 0.0, 1.0, 0.5]}
X = np.array([np.array(centres[lab]) + rng.normal(scale=1.0, size=d) for lab in labels])
X = np.round(X, 4)
# a few exact zeros so the sparse path is exercised
X[rng.rand(n, d) < 0.15] = 0.0
order = rng.permutation(n)
X = X[order]
labels = [labels[i] for i in order]

def gradient_max_abs(m, X, labels, C, class_weight):
    """Largest absolute component of the objective's gradient at the fitted parameters."""
    classes = list(m.classes_)
    Y = np.array([[1.0 if lab == c else 0.0 for c in classes] for lab in labels])
    s = np.ones(len(labels))
    if class_weight == "balanced":
        s = (len(labels) / (len(classes) * Y.sum(axis=0)))[Y.argmax(axis=1)]
    R = s[:, None] * (m.predict_proba(X) - Y)
    return float(max(np.abs(R.T @ X + m.coef_ / C).max(), np.abs(R.sum(axis=0)).max()))


cases = []
for name, C, class_weight in [("C1", 1.0, None), ("C0.2-balanced", 0.2, "balanced"), ("C10", 10.0, None)]:
    m = LogisticRegression(multi_class="multinomial", solver="lbfgs", C=C, tol=1e-12, max_iter=100000,
                           fit_intercept=True, class_weight=class_weight, warm_start=True)
    # scikit-learn 1.2 stops L-BFGS on a relative decrease of 64 machine epsilons, which can leave a
    # gradient of ~1e-4; refitting from the previous solution (warm_start) continues the descent
    # until the solution no longer moves (the final gradient is recorded as gradient_max_abs).
    iterations = 0
    for _ in range(50):
        before = np.concatenate([m.coef_.ravel(), m.intercept_]) if hasattr(m, "coef_") else None
        m.fit(X, labels)
        iterations += int(m.n_iter_[0])
        after = np.concatenate([m.coef_.ravel(), m.intercept_])
        if before is not None and np.max(np.abs(after - before)) < 1e-11:
            break
    cases.append({
        "name": name,
        "C": C,
        "class_weight": class_weight,
        "classes": [str(c) for c in m.classes_],
        "coef": m.coef_.tolist(),
        "intercept": m.intercept_.tolist(),
        "probabilities": m.predict_proba(X).tolist(),
        "n_iter": iterations,
        "gradient_max_abs": gradient_max_abs(m, X, labels, C, class_weight),
    })

with open(OUT, "w") as f:
    json.dump({
        "generator": "tests/reference/logreg_reference.py",
        "sklearn_version": sklearn.__version__,
        "X": X.tolist(),
        "y": labels,
        "cases": cases,
    }, f, indent=1)
print("wrote", OUT)

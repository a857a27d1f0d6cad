#!/usr/bin/python3
"""Reference values for the NewsLens.Terms tests, computed with peer tools.

Input: tests/NewsLens.Tests/Fixtures/terms/docs.txt, one document a line, "outlet<TAB>tokens",
the tokens separated by single spaces (sentences from the s400 sample corpus).

Output (JSON, next to the input):
  tfidf.json        scikit-learn CountVectorizer counts and TfidfVectorizer weights (all variants)
  collocations.json NLTK bigram/trigram collocation scores (pmi, likelihood_ratio, student_t)
  keyness.json      scipy.stats.chi2_contingency on each feature's 2x2 target/reference table
  erfc.json         scipy.special.erfc and scipy.stats.chi2.sf(x, 1) at fixed points

Run with Debian's packages (python3-sklearn 1.2, python3-nltk 3.8, python3-scipy 1.10):
  /usr/bin/python3 tests/reference/terms_reference.py
"""
import json
import os
import unicodedata

import nltk
import scipy
import sklearn
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures
from scipy.special import erfc
from scipy.stats import chi2, chi2_contingency
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "NewsLens.Tests", "Fixtures", "terms")
TARGET_OUTLET = "blog"


def read_docs():
    docs = []
    with open(os.path.join(FIXTURES, "docs.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            outlet, text = line.split("\t")
            docs.append((outlet, text.split(" ")))
    return docs


def is_punctuation(token):
    # The C# test helper marks a token as punctuation when every character is Unicode
    # punctuation or a symbol (general categories P* and S*); same rule here.
    return all(unicodedata.category(ch)[0] in "PS" for ch in token)


def segments(tokens):
    """Split at punctuation tokens, dropping them (NewsLens CrossPunctuation = false)."""
    out, current = [], []
    for t in tokens:
        if is_punctuation(t):
            if current:
                out.append(current)
            current = []
        else:
            current.append(t)
    if current:
        out.append(current)
    return out


def identity(tokens):
    return tokens


def tfidf(docs):
    token_lists = [t for _, t in docs]
    counts = CountVectorizer(analyzer=identity, lowercase=False)
    x = counts.fit_transform(token_lists).tocoo()
    vocab = [str(v) for v in counts.get_feature_names_out()]
    result = {
        "counts": [[int(i), vocab[j], float(v)] for i, j, v in zip(x.row, x.col, x.data)],
        "variants": [],
    }
    for smooth in (True, False):
        for norm in ("l2", "l1", None):
            for sublinear in (False, True):
                vec = TfidfVectorizer(analyzer=identity, lowercase=False, smooth_idf=smooth,
                                      norm=norm, sublinear_tf=sublinear)
                m = vec.fit_transform(token_lists).tocoo()
                names = [str(v) for v in vec.get_feature_names_out()]
                result["variants"].append({
                    "smooth": smooth,
                    "norm": norm or "none",
                    "sublinear": sublinear,
                    "idf": {names[j]: float(v) for j, v in enumerate(vec.idf_)},
                    "entries": [[int(i), names[j], float(v)] for i, j, v in zip(m.row, m.col, m.data)],
                })
    return result


def collocations(docs):
    def score(finder, measures, ngram):
        return {
            "ngram": list(ngram),
            "count": int(finder.ngram_fd[ngram]),
            "pmi": finder.score_ngram(measures.pmi, *ngram),
            "likelihood_ratio": finder.score_ngram(measures.likelihood_ratio, *ngram),
            "student_t": finder.score_ngram(measures.student_t, *ngram),
        }

    out = {}
    split = [s for _, t in docs for s in segments(t)]
    whole = [t for _, t in docs]
    for name, documents in (("split_at_punctuation", split), ("cross_punctuation", whole)):
        bigrams = BigramCollocationFinder.from_documents(documents)
        trigrams = TrigramCollocationFinder.from_documents(documents)
        out[name] = {
            "bigrams": [score(bigrams, BigramAssocMeasures, g) for g in bigrams.ngram_fd],
            "trigrams": [score(trigrams, TrigramAssocMeasures, g) for g in trigrams.ngram_fd],
        }
    return out


def keyness(docs):
    target, reference = {}, {}
    order = []
    for outlet, tokens in docs:
        side = target if outlet == TARGET_OUTLET else reference
        for t in tokens:
            if t not in target and t not in reference:
                order.append(t)
            side[t] = side.get(t, 0) + 1
    n_target = sum(target.values())
    n_reference = sum(reference.values())
    rows = []
    for f in order:
        a, c = target.get(f, 0), reference.get(f, 0)
        table = [[a, n_target - a], [c, n_reference - c]]
        chi2_yates, p_yates, _, expected = chi2_contingency(table, correction=True)
        chi2_plain, p_plain, _, _ = chi2_contingency(table, correction=False)
        g2, p_g2, _, _ = chi2_contingency(table, correction=False, lambda_="log-likelihood")
        rows.append({
            "feature": f, "a": a, "b": n_target - a, "c": c, "d": n_reference - c,
            "expected_a": float(expected[0][0]),
            "chi2_yates": float(chi2_yates), "p_yates": float(p_yates),
            "chi2": float(chi2_plain), "p": float(p_plain),
            "g2": float(g2), "p_g2": float(p_g2),
        })
    return {"target_outlet": TARGET_OUTLET, "n_target": n_target, "n_reference": n_reference, "rows": rows}


def erfc_values():
    xs = [0.0, 1e-8, 0.1, 0.3, 0.4999, 0.5, 0.7, 0.9, 1.0, 1.5, 1.9, 1.999, 2.0, 2.001, 2.5, 3.0, 4.0, 5.0, 6.0,
          8.0, 10.0, 15.0, 20.0, 26.0, -0.5, -2.5]
    chis = [0.0, 0.001, 0.5, 1.0, 3.841458820694124, 6.0, 10.0, 20.0, 50.0, 100.0, 500.0]
    return {
        "erfc": [[x, float(erfc(x))] for x in xs],
        "chi2_sf_1df": [[x, float(chi2.sf(x, 1))] for x in chis],
    }


def write(name, data):
    data = {"generator": "tests/reference/terms_reference.py",
            "versions": {"sklearn": sklearn.__version__, "nltk": nltk.__version__, "scipy": scipy.__version__},
            **data}
    with open(os.path.join(FIXTURES, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main():
    docs = read_docs()
    write("tfidf.json", tfidf(docs))
    write("collocations.json", collocations(docs))
    write("keyness.json", keyness(docs))
    write("erfc.json", erfc_values())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Peers for the document-feature-matrix benchmark (docs/benchmarks.md).

Reads every .txt file under a folder (sorted, as the C# benchmark does) and counts lower-cased tokens with
the same token rule as `NewsLens.Benchmarks dfm --tokenizer regex` ([letters/digits]+ with inner - and '),
twice: scikit-learn's CountVectorizer, and a plain re.findall + Counter loop. Prints documents, tokens,
features, seconds and process CPU seconds (counting only: files are read before the clock starts, as in the C# 'count' mode, and
in a second line including the reads), tokens/s and peak RSS.

Run with Debian's python: /usr/bin/python3 benchmarks/dfm_peers.py ../shared/corpus/ungdc
"""
import collections
import pathlib
import re
import resource
import sys
import time

from sklearn.feature_extraction.text import CountVectorizer

TOKEN = r"[^\W_]+(?:['’\-][^\W_]+)*"


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(folder):
    files = sorted(str(p) for p in pathlib.Path(folder).rglob("*.txt"))
    t0 = time.perf_counter()
    texts = [pathlib.Path(f).read_text(encoding="utf-8") for f in files]
    read = time.perf_counter() - t0
    print(f"{'peer':>16} {'documents':>9} {'tokens':>11} {'features':>9} {'seconds':>8} {'cpu s':>6} {'tokens/s':>11} {'+read s':>8} {'peak MB':>8}")

    vectorizer = CountVectorizer(token_pattern=TOKEN, lowercase=True)
    t0, c0 = time.perf_counter(), time.process_time()
    matrix = vectorizer.fit_transform(texts)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    tokens = int(matrix.sum())
    print(f"{'CountVectorizer':>16} {len(texts):>9} {tokens:>11} {matrix.shape[1]:>9} {secs:>8.3f} {cpu:>6.2f} {tokens / secs:>11.0f} {secs + read:>8.3f} {peak_mb():>8.1f}")

    pattern = re.compile(TOKEN)
    t0, c0 = time.perf_counter(), time.process_time()
    rows = [collections.Counter(pattern.findall(t.lower())) for t in texts]
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    tokens = sum(sum(r.values()) for r in rows)
    features = len(set().union(*rows))
    print(f"{'findall+Counter':>16} {len(texts):>9} {tokens:>11} {features:>9} {secs:>8.3f} {cpu:>6.2f} {tokens / secs:>11.0f} {secs + read:>8.3f} {peak_mb():>8.1f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: dfm_peers.py <folder of .txt files>")
    main(sys.argv[1])

#!/usr/bin/python3
"""LDA peers on the same input as `NewsLens.Benchmarks lda --export DIR`.

Reads DIR/tokens.txt (one document a line, tokens separated by spaces, exported by the C# side so that every
tool sees identical token lists) and every DIR/newslens_*.txt (our top-10 terms per topic, one file per fit,
e.g. newslens_t1_s3.txt = 1 thread, seed 3). For each seed of --seeds, fits
  - scikit-learn's LatentDirichletAllocation (batch variational Bayes, Hoffman, Blei & Bach 2010) with the same K,
    doc_topic_prior = alpha, topic_word_prior = eta, max_iter iterations and random_state = seed;
  - gensim's LdaModel (online variational Bayes, one chunk = the whole corpus, so each pass is a batch update)
    with the same K, alpha, eta, the given number of passes and random_state = seed;
and prints each fit's wall time, process CPU time (user + sys of this process, all its threads) and the NPMI
coherence (gensim CoherenceModel 'c_npmi', top 10 terms, the same texts and dictionary). Then mean +- sd (sample
sd) over the seeds for each peer, and the NPMI of every exported newslens topic file with mean +- sd per group
(the file name without its _s<seed> part). The load average is printed with every fit: the machine may be shared.

BLAS/OpenMP pools are limited to one thread (set before numpy is imported) and sklearn runs with n_jobs=1, so the
peers run on one core like our one-thread fit.

Usage: /usr/bin/python3 benchmarks/lda_peers.py DIR [--k 20] [--alpha 0.1] [--eta 0.01] [--max-iter 50]
       [--passes 20] [--seeds 1,2,3,4,5] [--models sklearn,gensim,newslens]
Needs the Debian packages python3-sklearn and python3-gensim.
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import glob  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
from gensim.corpora import Dictionary  # noqa: E402
from gensim.models import CoherenceModel, LdaModel  # noqa: E402
from sklearn.decomposition import LatentDirichletAllocation  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402


def npmi(topics, texts, dictionary):
    model = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence="c_npmi", topn=10, processes=1)
    return model.get_coherence()


def mean_sd(values, digits):
    mean = statistics.fmean(values)
    if len(values) < 2:
        return f"{mean:.{digits}f}"
    return f"{mean:.{digits}f} +- {statistics.stdev(values):.{digits}f}"


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(fit):
    """Runs fit(); returns its result, wall seconds and process CPU seconds (user + sys)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fit()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def over_seeds(name, description, seeds, fit, texts, dictionary):
    """Fits once per seed (fit(seed) returns a function giving the top-10 terms per topic, called after the clock
    stops), prints each fit and returns the summary line: mean +- sd of wall time, CPU time and NPMI."""
    walls, cpus, scores = [], [], []
    for seed in seeds:
        before = load()
        top_terms, wall, cpu = timed(lambda: fit(seed))
        score = npmi(top_terms(), texts, dictionary)
        walls.append(wall), cpus.append(cpu), scores.append(score)
        print(f"{description} seed={seed}: fit {wall:.1f} s wall, {cpu:.1f} s CPU; NPMI top-10 mean {score:.4f}; "
              f"load average {before} -> {load()}", flush=True)
    return f"summary {name} over {len(seeds)} seeds: fit {mean_sd(walls, 1)} s wall, {mean_sd(cpus, 1)} s CPU; NPMI {mean_sd(scores, 4)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--alpha", type=float, default=0.1)
    parser.add_argument("--eta", type=float, default=0.01)
    parser.add_argument("--max-iter", type=int, default=50)
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--seeds", default="1", help="comma-separated random_state values, e.g. 1,2,3,4,5")
    parser.add_argument("--models", default="sklearn,gensim,newslens", help="subset of sklearn,gensim,newslens")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    models = {m.strip() for m in args.models.split(",") if m.strip()}
    unknown = models - {"sklearn", "gensim", "newslens"}
    if unknown:
        parser.error(f"unknown --models {sorted(unknown)}; valid: sklearn, gensim, newslens")

    with open(os.path.join(args.dir, "tokens.txt"), encoding="utf-8") as f:
        texts = [line.split() for line in f]
    dictionary = Dictionary(texts)  # the vocabulary was already trimmed on the C# side: no further filtering
    print(f"input: {len(texts)} documents, {len(dictionary)} terms, {sum(len(t) for t in texts)} tokens; load average {load()}",
          flush=True)
    summary = []

    if "sklearn" in models:
        vectorizer = CountVectorizer(analyzer=str.split)
        x = vectorizer.fit_transform(" ".join(t) for t in texts)
        vocabulary = vectorizer.get_feature_names_out()

        def sklearn_fit(seed):
            sk = LatentDirichletAllocation(
                n_components=args.k, doc_topic_prior=args.alpha, topic_word_prior=args.eta, learning_method="batch",
                max_iter=args.max_iter, random_state=seed, n_jobs=1).fit(x)
            return lambda: [[vocabulary[i] for i in np.argsort(-row)[:10]] for row in sk.components_]

        summary.append(over_seeds("sklearn", f"sklearn LatentDirichletAllocation (batch VB): K={args.k} max_iter={args.max_iter} "
                                  f"alpha={args.alpha} eta={args.eta}", seeds, sklearn_fit, texts, dictionary))

    if "gensim" in models:
        bow = [dictionary.doc2bow(t) for t in texts]

        def gensim_fit(seed):
            gs = LdaModel(corpus=bow, id2word=dictionary, num_topics=args.k, alpha=np.full(args.k, args.alpha), eta=args.eta,
                          passes=args.passes, chunksize=len(bow), iterations=100, eval_every=None, random_state=seed)
            return lambda: [[dictionary[i] for i, _ in gs.get_topic_terms(t, topn=10)] for t in range(args.k)]

        summary.append(over_seeds("gensim", f"gensim LdaModel (online VB, one chunk): K={args.k} passes={args.passes} "
                                  f"alpha={args.alpha} eta={args.eta}", seeds, gensim_fit, texts, dictionary))

    if "newslens" in models:
        groups = {}
        for path in sorted(glob.glob(os.path.join(args.dir, "newslens_*.txt"))):
            with open(path, encoding="utf-8") as f:
                topics = [line.split() for line in f if line.strip()]
            score = npmi(topics, texts, dictionary)
            name = os.path.basename(path)[:-4]
            print(f"newslens Lda (collapsed Gibbs), topics from {name}.txt: NPMI top-10 mean {score:.4f}", flush=True)
            groups.setdefault(re.sub(r"_s\d+", "", name), []).append(score)
        for group, scores in groups.items():
            summary.append(f"summary {group} over {len(scores)} files: NPMI {mean_sd(scores, 4)}")

    for line in summary:
        print(line)


if __name__ == "__main__":
    main()

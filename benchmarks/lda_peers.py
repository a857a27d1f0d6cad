#!/usr/bin/python3
"""LDA peers on the same input as `NewsLens.Benchmarks lda --export DIR`.

Reads DIR/tokens.txt (one document a line, tokens separated by spaces, exported by the C# side so that every
tool sees identical token lists) and DIR/newslens_topics.txt (our top-10 terms per topic). Fits
  - scikit-learn's LatentDirichletAllocation (batch variational Bayes, Hoffman, Blei & Bach 2010) with the same K,
    doc_topic_prior = alpha, topic_word_prior = eta and max_iter iterations;
  - gensim's LdaModel (online variational Bayes, one chunk = the whole corpus, so each pass is a batch update)
    with the same K, alpha, eta and the given number of passes;
prints each fit's wall time, and the NPMI coherence (gensim CoherenceModel 'c_npmi', top 10 terms, the same
texts and dictionary) of all three models' topics.

Usage: /usr/bin/python3 benchmarks/lda_peers.py DIR [--k 20] [--alpha 0.1] [--eta 0.01] [--max-iter 50]
       [--passes 20] [--seed 1]
Needs the Debian packages python3-sklearn and python3-gensim.
"""
import argparse
import os
import time

import numpy as np
from gensim.corpora import Dictionary
from gensim.models import CoherenceModel, LdaModel
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer


def npmi(topics, texts, dictionary):
    model = CoherenceModel(topics=topics, texts=texts, dictionary=dictionary, coherence="c_npmi", topn=10, processes=1)
    return model.get_coherence()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--alpha", type=float, default=0.1)
    parser.add_argument("--eta", type=float, default=0.01)
    parser.add_argument("--max-iter", type=int, default=50)
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with open(os.path.join(args.dir, "tokens.txt"), encoding="utf-8") as f:
        texts = [line.split() for line in f]
    with open(os.path.join(args.dir, "newslens_topics.txt"), encoding="utf-8") as f:
        ours = [line.split() for line in f if line.strip()]
    dictionary = Dictionary(texts)  # the vocabulary was already trimmed on the C# side: no further filtering
    print(f"input: {len(texts)} documents, {len(dictionary)} terms, {sum(len(t) for t in texts)} tokens")

    # scikit-learn, batch variational Bayes
    vectorizer = CountVectorizer(analyzer=str.split)
    x = vectorizer.fit_transform(" ".join(t) for t in texts)
    vocabulary = vectorizer.get_feature_names_out()
    start = time.perf_counter()
    sk = LatentDirichletAllocation(n_components=args.k, doc_topic_prior=args.alpha, topic_word_prior=args.eta,
                                   learning_method="batch", max_iter=args.max_iter, random_state=args.seed, n_jobs=1)
    sk.fit(x)
    sk_time = time.perf_counter() - start
    sk_topics = [[vocabulary[i] for i in np.argsort(-row)[:10]] for row in sk.components_]

    # gensim, online variational Bayes with the whole corpus as one chunk
    bow = [dictionary.doc2bow(t) for t in texts]
    start = time.perf_counter()
    gs = LdaModel(corpus=bow, id2word=dictionary, num_topics=args.k, alpha=np.full(args.k, args.alpha), eta=args.eta,
                  passes=args.passes, chunksize=len(bow), iterations=100, eval_every=None, random_state=args.seed)
    gs_time = time.perf_counter() - start
    gs_topics = [[dictionary[i] for i, _ in gs.get_topic_terms(t, topn=10)] for t in range(args.k)]

    print(f"sklearn LatentDirichletAllocation (batch VB): K={args.k} max_iter={args.max_iter} alpha={args.alpha} eta={args.eta}: "
          f"fit {sk_time:.1f} s wall; NPMI top-10 mean {npmi(sk_topics, texts, dictionary):.4f}")
    print(f"gensim LdaModel (online VB, one chunk): K={args.k} passes={args.passes} alpha={args.alpha} eta={args.eta}: "
          f"fit {gs_time:.1f} s wall; NPMI top-10 mean {npmi(gs_topics, texts, dictionary):.4f}")
    print(f"newslens Lda (collapsed Gibbs), topics from newslens_topics.txt: NPMI top-10 mean {npmi(ours, texts, dictionary):.4f}")


if __name__ == "__main__":
    main()

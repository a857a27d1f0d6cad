#!/usr/bin/python3
"""Reference stems for NewsLens's Porter2 stemmer.

Stems a word list with NLTK's Snowball English stemmer (Debian package python3-nltk; no nltk_data
needed) and writes tests/NewsLens.Tests/Fixtures/text/porter2.tsv (word TAB stem).

The word list: a deterministic spread of ~3000 distinct lower-cased words from the sample corpora
in ../shared/corpus/s400 (all of its words) and ../shared/corpus/state-dept (every k-th word of the
sorted vocabulary), plus a hand list of words that exercise the special cases of the algorithm.

Run from the repository root:  /usr/bin/python3 tests/reference/porter2_reference.py
"""
import json
import os
import re
import sys

import nltk
from nltk.stem.snowball import SnowballStemmer

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(REPO), "shared", "corpus")
OUT = os.path.join(REPO, "tests", "NewsLens.Tests", "Fixtures", "text", "porter2.tsv")
TARGET = 3000

HAND = """
generously generous general generate generation communication communism community commune arsenal arsenic
skis skies sky dying lying tying idly gently ugly early only singly news howe atlas cosmos bias andes
cannot succeeding succeeded succeeds proceed proceeds proceeding exceeded exceeding exceed inning innings outing
canning herring earring earrings emergency emergencies emerge emerged organize organization organic organs
university universe universal past pasture pastime later lateral laterally
sayings saying enjoying enjoyed toys boys yes yesterday buy buying ies dies ties cries lies flies pies
caresses ponies cats gas this gaps kiwis agreed feed plastered bled motoring sing hopping tanned falling
hissing fizzed failing filing hoping conflated troubled sized luxuriously crying replying youth
relational conditional rational valency hesitancy digitizer conformably radically differently vilely analogously
vietnamization predication operator feudalism decisiveness hopefulness callousness formality sensitivity
sensibility electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible
irritant replacement adjustment dependent adoption homologous effective bowdlerize probate rate cease controll roll
fluently lovely happily sadly fully helplessly hopelessly ruthlessly analogy archaeology
""".split()


def corpus_words():
    s400 = set()
    d = os.path.join(SHARED, "s400")
    for name in sorted(os.listdir(d)):
        if name.endswith(".txt"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                s400.update(w.lower() for w in re.findall(r"[A-Za-z]+", f.read()))
    state = set()
    with open(os.path.join(SHARED, "state-dept", "press_releases_2021-05_2022-08.jsonl"), encoding="utf-8") as f:
        for line in f:
            state.update(w.lower() for w in re.findall(r"[A-Za-z]+", json.loads(line)["text"]))
    return s400, state


def main():
    stemmer = SnowballStemmer("english", ignore_stopwords=False)
    assert not stemmer.stopwords, "stopwords must be off so that every word is stemmed"
    s400, state = corpus_words()
    words = set(HAND) | s400
    rest = sorted(state - words)
    step = max(1, len(rest) // max(1, TARGET - len(words)))
    words.update(rest[::step])
    words = sorted(words)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# word\tstem by nltk %s SnowballStemmer('english'); written by tests/reference/porter2_reference.py\n" % nltk.__version__)
        for w in words:
            f.write("%s\t%s\n" % (w, stemmer.stem(w)))
    print("wrote %d words to %s" % (len(words), OUT), file=sys.stderr)


if __name__ == "__main__":
    main()

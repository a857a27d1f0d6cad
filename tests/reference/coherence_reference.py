#!/usr/bin/python3
"""Reference values for NewsLens.Topics.Coherence, from gensim's CoherenceModel.

Builds a small reference corpus (30 token lists) from ../shared/corpus/state-dept (US State Department
press releases, US government work, public domain): 24 single sentences and 6 longer passages (so that
both the 10-token NPMI windows and the 110-token C_v windows slide), tokenised as lowercase alphabetic
words without a small stopword list. Writes
  tests/NewsLens.Tests/Fixtures/topics/coherence_texts.json  (the token lists)
  tests/NewsLens.Tests/Fixtures/topics/coherence.json        (topics and expected values)

Expected values:
  gensim: CoherenceModel(topics, texts, dictionary, coherence=..., processes=1) for u_mass, c_npmi and c_v
          with gensim's default window sizes (c_npmi 10, c_v 110), per topic and mean.
  exact:  the same measures with boolean sliding windows counted by their definition (a word is in a
          window when one of the window's tokens is that word; Roeder, Both & Hinneburg 2015). gensim's
          incremental window bookkeeping (text_analysis.WordOccurrenceAccumulator._slide_window) drops a
          word from the window set when an earlier copy of it leaves the window even though a later copy
          is still inside, so its counts can differ; the "exact" values are computed here by brute force.

Run: apt-get install -y python3-gensim; /usr/bin/python3 tests/reference/coherence_reference.py
"""
import json
import math
import os
import re

from gensim.corpora import Dictionary
from gensim.models.coherencemodel import CoherenceModel

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SOURCE = os.path.join(REPO, '..', 'shared', 'corpus', 'state-dept', 'press_releases_2021-05_2022-08.jsonl')
FIXTURES = os.path.join(REPO, 'tests', 'NewsLens.Tests', 'Fixtures', 'topics')

STOP = set("""a about after all also an and any are as at be been but by can could did do does for from had has
have he her his how i if in into is it its may more most my no not of on one or other our out over said she so
some than that the their them then there these they this those through to up us was we were what when which
who will with would you your""".split())


def tokenise(text):
    return [w for w in re.findall(r'[a-z]+', text.lower()) if w not in STOP and len(w) > 1]


def build_texts():
    sentences, passages = [], []
    with open(SOURCE, encoding='utf-8') as f:
        for line in f:
            doc = json.loads(line)
            text = doc['text']
            if 'ukrain' not in text.lower():
                continue
            if len(passages) < 6:
                tokens = tokenise(text)
                if len(tokens) >= 180:
                    passages.append(tokens[:150])
                    continue
            for sentence in re.split(r'(?<=[.!?])\s+', text):
                tokens = tokenise(sentence)
                if 8 <= len(tokens) <= 30 and len(sentences) < 24 and (
                        'ukraine' in tokens or 'russia' in tokens or 'security' in tokens):
                    sentences.append(tokens)
            if len(sentences) >= 24 and len(passages) >= 6:
                break
    return sentences + passages


TOPICS = [
    ['russia', 'ukraine', 'security', 'sovereignty', 'territorial', 'integrity', 'military', 'people'],
    ['secretary', 'blinken', 'antony', 'deputy', 'spokesperson', 'discussed', 'department'],
    ['united', 'states', 'allies', 'partners', 'support', 'countries', 'cooperation', 'international', 'commitment', 'together'],
    ['climate', 'change', 'health', 'covid', 'global', 'human', 'rights'],
]

def windows(text, size):
    if len(text) < size:
        return [set(text)]
    return [set(text[i:i + size]) for i in range(len(text) - size + 1)]


def exact_counts(texts, size):
    """Window counts by the definition: every window as the set of its tokens."""
    occ, co, n = {}, {}, 0
    for text in texts:
        for win in windows(text, size):
            n += 1
            for w in win:
                occ[w] = occ.get(w, 0) + 1
            for a in win:
                for b in win:
                    co[(a, b)] = co.get((a, b), 0) + 1
    return occ, co, n


EPS = 1e-12


def npmi(a, b, occ, co, n):
    joint = co.get((a, b), 0) / n
    pmi = math.log((joint + EPS) / ((occ.get(a, 0) / n) * (occ.get(b, 0) / n)))
    return pmi / -math.log(joint + EPS)


def exact_npmi(topic, texts):
    occ, co, n = exact_counts(texts, 10)
    sims = [npmi(a, b, occ, co, n) for i, a in enumerate(topic) for j, b in enumerate(topic) if i != j]
    return sum(sims) / len(sims)


def exact_cv(topic, texts):
    occ, co, n = exact_counts(texts, 110)
    vec = {w: [npmi(w, x, occ, co, n) for x in topic] for w in topic}
    total = [sum(vec[w][j] for w in topic) for j in range(len(topic))]

    def cos(u, v):
        return sum(a * b for a, b in zip(u, v)) / (math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v)))
    sims = [cos(vec[w], total) for w in topic]
    return sum(sims) / len(sims)


def main():
    texts = build_texts()
    assert len(texts) == 30, len(texts)
    vocab = set(w for t in texts for w in t)
    for topic in TOPICS:
        missing = [w for w in topic if w not in vocab]
        assert not missing, missing
    dictionary = Dictionary(texts)
    result = {'topics': TOPICS, 'gensim_version': __import__('gensim').__version__, 'gensim': {}, 'exact': {}}
    for measure in ['u_mass', 'c_npmi', 'c_v']:
        cm = CoherenceModel(topics=TOPICS, texts=texts, dictionary=dictionary, coherence=measure, processes=1)
        per_topic = [float(x) for x in cm.get_coherence_per_topic()]
        result['gensim'][measure] = {'window_size': cm.window_size, 'per_topic': per_topic,
                                     'mean': float(cm.aggregate_measures(per_topic))}
    for measure, fn in [('c_npmi', exact_npmi), ('c_v', exact_cv)]:
        per_topic = [fn(t, texts) for t in TOPICS]
        result['exact'][measure] = {'per_topic': per_topic, 'mean': sum(per_topic) / len(per_topic)}
    os.makedirs(FIXTURES, exist_ok=True)
    with open(os.path.join(FIXTURES, 'coherence_texts.json'), 'w', encoding='utf-8') as f:
        json.dump({'source': 'US State Department press releases (public domain), see tests/reference/coherence_reference.py',
                   'texts': [' '.join(t) for t in texts]}, f, indent=0)
    with open(os.path.join(FIXTURES, 'coherence.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result, indent=1))


if __name__ == '__main__':
    main()

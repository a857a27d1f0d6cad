#!/usr/bin/python3
"""Peer reference for NewsLens.Sentiment: NLTK's port of VADER (Debian python3-nltk) on fixed sentences.

Scores each sentence with nltk.sentiment.vader.SentimentIntensityAnalyzer using the same lexicon file the
library embeds (src/NewsLens/Resources/lexicons/vader/vader_lexicon.txt) and writes
tests/NewsLens.Tests/Fixtures/Sentiment/vader_nltk_reference.json. The C# test compares compound scores
(NLTK rounds them to 4 decimals).

The sentences exercise the heuristics NLTK's port and NewsLens share (lexicon lookup, boosters and
dampeners with decay, negation and "n't", ALL-CAPS, '!' and '?', "but", "least", "kind of", emoticons).
They avoid the points where NLTK's older port differs by design or by bug: the ×1.5 "never so" factor
(current release 1.25), its idiom check, the "no" determiner rule, and words repeated in one sentence
(NLTK scores every repetition at the position of the first), and runs of several punctuation marks stuck to a
word ("good????"), which NLTK's tokeniser leaves on the word.

Run from the repository root (apt-get install -y python3-nltk):
    /usr/bin/python3 tests/reference/vader_reference.py
"""
import json
import os
import tempfile

import nltk
from nltk.sentiment.vader import SentimentIntensityAnalyzer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LEXICON = os.path.join(ROOT, "src", "NewsLens", "Resources", "lexicons", "vader", "vader_lexicon.txt")
OUT = os.path.join(ROOT, "tests", "NewsLens.Tests", "Fixtures", "Sentiment", "vader_nltk_reference.json")

SENTENCES = [
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "The book was good.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Not bad at all",
    "The food is good",
    "The food is not good",
    "The food isn't good",
    "The food is very good",
    "The food is VERY GOOD!!!",
    "The food is good, but the service is bad",
    "The food is slightly bad",
    "The food is extremely awful!!",
    "Is the food good??",
    "The least good food",
    "At least it works",
    "I really do not like this phone at all",
    "The movie was not that great, but the ending was wonderful",
    "Absolutely terrible service, never coming back",
    "She was kind of helpful and somewhat friendly",
    "WOW this is AMAZING",
    "The hotel was dirty and the staff were rude :(",
    "Meh. It was okay I guess.",
    "Stocks fell sharply after the disappointing report",
    # two negators in the tri-gram before a word: each flips it (heuristic 5 applied per negator)
    "The film is neither bitter nor sweet",
    "It is nothing if not sincere",
]


def main():
    # NLTK's loader splits on "\n" and fails on the file's final empty line, so give it a trimmed copy.
    with open(LEXICON, encoding="utf-8") as fh:
        text = fh.read().strip("\n")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.write(text)
    try:
        sia = SentimentIntensityAnalyzer(lexicon_file="file:" + tmp.name)
        rows = [{"text": s, **sia.polarity_scores(s)} for s in SENTENCES]
    finally:
        os.unlink(tmp.name)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump({"generator": "tests/reference/vader_reference.py", "nltk": nltk.__version__, "sentences": rows},
                  fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()

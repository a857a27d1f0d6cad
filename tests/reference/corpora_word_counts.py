#!/usr/bin/env python3
"""Reference word counts for the sample corpus (data/s400), independent of the C# loader.

For each article: drop the title (first non-empty line) and the boilerplate lines listed BY HAND
below (read off the files), then count words as runs of letters/digits that may contain an internal
'-', '’', "'" or '.' between two letters/digits (the definition of WordCounter.Count).
Writes tests/NewsLens.Tests/Fixtures/corpora/s400-word-counts.json.
Run from the repository root: python3 tests/reference/corpora_word_counts.py
"""
import json, os, re

# Boilerplate lines per file, as the start of the line (hand-listed from reading the five files).
BOILERPLATE = {
    "000_40ae18fe69cda734": ["READ MORE:", "source: express.co.uk"],
    "001_e5a66e069e38f3c4": ["Click Here:", "Leave a Reply", "Your email address will not be published."],
    "002_7a2e542821ed9fae": ["Support The Duran", "The post NATO member Turkey", "Source"],
    "003_dfa5f23d99226258": [
        "For further information, see the following articles:",
        "US combat units on", "TURKEY TO U.S.:", "Reports Turkish troops have sealed off",
        "Erdogan locks US airmen", "Ankara threatens to ground", "U.S. Nukes at Turkish Airbase",
        "Turkey could choose China", "Ankara\u2019s move to Chinese air systems",
        "Full article:", "Comments are closed.",
    ],
    "004_c00ba329ed1b645e": [
        "Check Also", "Iraqi PM addresses negligence", "The Iraqi Prime Minister Mohammad Shia Al-Sudani",
        "Leave a Reply", "Your email address will not be published.",
    ],
}

WORD = re.compile(r"[^\W_]+(?:[-\u2019'.][^\W_]+)*")

def main():
    folder = os.path.join("data", "s400")
    counts = {}
    for doc_id, prefixes in BOILERPLATE.items():
        with open(os.path.join(folder, doc_id + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        first = next(i for i, l in enumerate(lines) if l.strip())
        body = [l for l in lines[first + 1:]
                if not any(l.replace("\u00a0", " ").strip().startswith(p) for p in prefixes)]
        counts[doc_id] = sum(len(WORD.findall(l)) for l in body)
    out = os.path.join("tests", "NewsLens.Tests", "Fixtures", "corpora", "s400-word-counts.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(counts, f, indent=2, sort_keys=True)
        f.write("\n")
    print(counts)

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Convert the Phoenix/PETRARCH2 actor dictionaries (TABARI .actors format, MIT licence) into the
compact resource bundled with NewsLens: src/NewsLens/Resources/actors/phoenix-actors.tsv.gz.

Usage (from the repository root, with ../shared beside it):
    python3 tools/petrarch2-to-actors.py [../shared/gazetteers/petrarch2] [src/NewsLens/Resources/actors/phoenix-actors.tsv.gz]

The output is deterministic (sorted rows, gzip mtime 0), so re-running it gives the same bytes.

TABARI format as read here (see the file headers):
  NAME_WITH_UNDERSCORES_ [CODE]      starts an actor; the code may instead follow on indented lines
  +ALIAS_                            adds an alias to the current actor
  \t[CODE 140101-150101] [CODE >140101] [CODE <140101]
                                     affiliation codes, optionally restricted to a date range
                                     (YYMMDD or YYYYMMDD; '>' from, '<' until)
  # ...                              comment (a "# CountryInfo.txt" or "# IGOrulers.txt" comment marks a person)
An entry with no code of its own is an alias of the previous entry of the same block (blocks are
separated by blank lines), or else of the next coded entry of the block.

Output columns (tab-separated, one actor a line, UTF-8):
  kind (country|person|organisation), canonical name, ISO3/CAMEO country code of the affiliation
  (for a country: its own code), roles ("CODE:yyyymmdd-yyyymmdd" joined by ';', open ends empty),
  aliases joined by '|' (underscores turned into spaces, upper case as in the source).
Single-word aliases that are English function words (stopwords-iso list in ../shared/stopwords,
used only here, not shipped) are dropped; so are aliases shared by several people except for the
person whose roles are the most recent.
"""
import gzip
import io
import os
import re
import sys
from collections import defaultdict

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/gazetteers/petrarch2"
OUT = sys.argv[2] if len(sys.argv) > 2 else "src/NewsLens/Resources/actors/phoenix-actors.tsv.gz"
STOPWORDS = os.path.join(os.path.dirname(os.path.abspath(SRC)), "..", "stopwords", "stopwords-en.txt")
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]

# Short English names where the dictionary's first name for a code is a long or odd form.
COUNTRY_NAMES = {
    "RUS": "Russia", "USA": "United States", "GBR": "United Kingdom", "ZAF": "South Africa",
    "TZA": "Tanzania", "BRN": "Brunei", "MDG": "Madagascar", "SUN": "Soviet Union", "DDR": "East Germany",
    "CSK": "Czechoslovakia", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "MDA": "Moldova", "CIV": "Ivory Coast", "PSE": "Palestine", "KNA": "Saint Kitts and Nevis",
    "ARM": "Armenia", "AZE": "Azerbaijan", "BLR": "Belarus", "BIH": "Bosnia and Herzegovina",
    "HRV": "Croatia", "ERI": "Eritrea", "EST": "Estonia", "GEO": "Georgia", "KAZ": "Kazakhstan",
    "KGZ": "Kyrgyzstan", "LVA": "Latvia", "LTU": "Lithuania", "MKD": "North Macedonia", "TJK": "Tajikistan",
    "TKM": "Turkmenistan", "UKR": "Ukraine", "UZB": "Uzbekistan", "YUG": "Yugoslavia", "PRK": "North Korea",
    "KOR": "South Korea", "IRQ": "Iraq", "SSD": "South Sudan", "TLS": "East Timor", "CZE": "Czech Republic",
    "GNB": "Guinea-Bissau", "KNT": None, "DEU": "Germany", "SCG": "Serbia and Montenegro", "SWZ": "Eswatini", "HKG": "Hong Kong", "VNM": "Vietnam",
}
ORG_WORDS = set("""PARTY ORGANIZATION ORGANISATION FRONT ARMY FORCES FORCE COUNCIL COMMITTEE MINISTRY MINISTRIES
AGENCY BANK UNION ASSOCIATION INSTITUTE FOUNDATION COMMISSION DEPARTMENT OFFICE SERVICE SERVICES COURT
PARLIAMENT ASSEMBLY CONGRESS SENATE HOUSE GOVERNMENT REGIME MILITARY POLICE BRIGADE BRIGADES MOVEMENT
GROUP GROUPS LEAGUE FEDERATION CORPORATION COMPANY CORP INC LTD NEWS TIMES POST JOURNAL RADIO TELEVISION
TV PRESS BROADCASTER NETWORK CENTER CENTRE UNIVERSITY SCHOOL COLLEGE ALLIANCE COALITION AUTHORITY
BUREAU ADMINISTRATION CABINET EMBASSY MISSION PROGRAM PROGRAMME FUND COMMAND GUARD GUARDS NAVY AIR
REBELS MILITIA MILITIAS COUNCILS DIRECTORATE TRIBUNAL PARLIAMENTARY OF FOR AND THE JUNTA STATE
ISLAMIC COMMUNIST DEMOCRATIC NATIONAL REPUBLICAN CHURCH INTERNATIONAL COMMUNITY PROJECT""".split())
# Words of titles and roles: an alias or entry made only of these and country words ("US VICE PRESIDENT",
# "THE US SECRETARY OF STATE") names an office, not a person or organisation, and its holder changes; dropped.
ROLE_WORDS = set("""PRESIDENT VICE PRIME MINISTER MINISTERS SECRETARY STATE DEFENSE DEFENCE FOREIGN GENERAL
SECRETARY-GENERAL AMBASSADOR AMBASSADORS CHIEF SPOKESMAN SPOKESWOMAN SPOKESPERSON THE OF TO FOR AND AT IN
DEPUTY ASSISTANT UNDER UNDERSECRETARY ENVOY SPECIAL HEAD LEADER KING QUEEN PREMIER CHANCELLOR SEC. SECY GEN
GEN. OFFICIAL OFFICIALS NATIONAL SECURITY ADVISER ADVISOR CHAIRMAN FIRST LADY FORMER ACTING TOP SENIOR
US U.S. UN U.N. UNITED NATIONS STATES AMERICAN SENATOR CONGRESSMAN GOVERNOR MAYOR PRESS OFFICE""".split())
GROUP_WORDS = set("""REGIME GOVERNMENT ADMINISTRATION FORCES ARMY PARTY MILITIA MILITIAS SUPPORTERS LOYALISTS
CAMP CABINET FOUNDATION MINISTRY OFFICE TROOPS FAMILY CLAN""".split())
PERSON_COMMENT = re.compile(r"CountryInfo\.txt|IGOrulers\.txt", re.I)
CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_date(s, end=False):
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("19" if yy >= 30 else "20") + s
    if len(s) != 8:
        return None
    return s


def parse_code(text):
    """'TURGOV 021118-030314' -> ('TURGOV', '20021118', '20030314'); '---' or agent codes -> None."""
    parts = text.split()
    if not parts:
        return None
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    start = end = ""
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = parse_date(rng[1:]) or ""
        elif rng.startswith("<"):
            end = parse_date(rng[1:]) or ""
        elif "-" in rng:
            a, b = rng.split("-", 1)
            start, end = parse_date(a) or "", parse_date(b) or ""
    return (code, start, end)


def clean_name(raw):
    name = raw.replace("_", " ").strip()
    name = re.sub(r"\s+", " ", name)
    return name.strip(" ,;")


class Entry:
    def __init__(self, name, file, person_hint):
        self.name = name
        self.file = file
        self.person_hint = person_hint
        self.aliases = [name]
        self.codes = []


def read_file(path, fname):
    entries = []
    block = []          # entries of the current block, in order
    pending = []        # code-less entries waiting for the next coded entry
    current = None

    def close_current():
        nonlocal current
        if current is None:
            return
        if not current.codes:
            prev = next((e for e in reversed(block) if e is not current and e.codes), None)
            if prev is not None:
                prev.aliases.extend(current.aliases)
            else:
                pending.append(current)
        else:
            for p in pending:
                current.aliases.extend(p.aliases)
            pending.clear()
            entries.append(current)
        current = None

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            comment = ""
            if "#" in line:
                line, comment = line.split("#", 1)
            if not line.strip():
                if not comment:  # a blank line ends the block
                    close_current()
                    block.clear()
                    pending.clear()
                continue
            stripped = line.strip()
            if stripped.startswith("+"):
                if current is not None:
                    alias = clean_name(CODE_RE.sub("", stripped[1:]))
                    if alias:
                        current.aliases.append(alias)
                    current.codes.extend(c for c in (parse_code(m) for m in CODE_RE.findall(stripped)) if c)
                continue
            if line[:1] in (" ", "\t") or stripped.startswith("["):
                if current is not None:
                    current.codes.extend(c for c in (parse_code(m) for m in CODE_RE.findall(stripped)) if c)
                continue
            if stripped.startswith("!"):
                continue
            close_current()
            name = clean_name(CODE_RE.sub("", stripped))
            if not name:
                continue
            current = Entry(name, fname, bool(PERSON_COMMENT.search(comment)))
            current.codes.extend(c for c in (parse_code(m) for m in CODE_RE.findall(stripped)) if c)
            block.append(current)
    close_current()
    return entries


def title_case(name, kind):
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        if kind == "organisation" and len(words) == 1 and (len(w) <= 4 or not re.search(r"[AEIOU]", w)):
            out.append(w)
            continue
        t = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), w)
        if i > 0 and t.lower() in ("of", "the", "and", "for", "al", "el", "de", "bin", "ibn", "van", "von", "da"):
            t = t.lower()
        if i > 0 and re.match(r"^(Al|El)-", t):
            t = t[:2].lower() + t[2:]
        out.append(t)
    return " ".join(out)


def key(name):
    return re.sub(r"[^A-Z0-9]", "", name.upper())


def main():
    if not os.path.exists(STOPWORDS):
        sys.exit(f"stopword list not found: {STOPWORDS} (expected ../shared/stopwords beside the dictionaries)")
    with open(STOPWORDS, encoding="utf-8") as f:
        stop = {w.strip().upper() for w in f if w.strip()}
    entries = []
    for fname in FILES:
        entries.extend(read_file(os.path.join(SRC, fname), fname))

    # Countries: entries whose only code is a bare three-letter code.
    country_name = {}
    country_aliases = defaultdict(list)
    people_orgs = []
    for e in entries:
        codes = {c for c, _, _ in e.codes}
        # Post-Soviet and post-Yugoslav states carry dated codes: [USRBLR <910825] [BLRUNR ...] [BLR >911221].
        current = [c for c, s, t in e.codes if len(c) == 3 and not t]
        transitional = all(len(c) == 3 or (len(c) == 6 and (c[:3] in ("USR", "SUN", "YUG", "CSK") or c.endswith("UNR")))
                           for c in codes)
        if e.file.startswith("Phoenix.Countries") and codes and (all(len(c) == 3 for c in codes) or (current and transitional)):
            for c in (current if current and not all(len(c) == 3 for c in codes) else codes):
                if c not in country_name:
                    country_name[c] = e.name
                country_aliases[c].extend(e.aliases)
        else:
            people_orgs.append(e)
    for c in list(country_name):
        if c in COUNTRY_NAMES:
            if COUNTRY_NAMES[c] is None:
                del country_name[c]
                continue
            country_name[c] = COUNTRY_NAMES[c]
        else:
            country_name[c] = title_case(country_name[c], "country")

    rows = {}
    def add_row(kind, name, aff, roles, aliases):
        k = (kind, key(name))
        if k in rows:
            r = rows[k]
            r[3].extend(x for x in roles if x not in r[3])
            r[4].extend(aliases)
            if r[2] is None:
                r[2] = aff
        else:
            rows[k] = [kind, name, aff, list(roles), list(aliases)]

    for c, name in country_name.items():
        add_row("country", name, c, [], country_aliases[c] + [name.upper()])

    country_words = {w for c in country_aliases.values() for a in c for w in a.upper().split(" ")}
    def role_only(name):
        return all(w in ROLE_WORDS or w in country_words for w in re.split(r"[ _-]", name.upper()) if w)
    place_names = {a.upper() for c in country_aliases.values() for a in c}
    for e in people_orgs:
        if role_only(e.name) or e.name.upper() in place_names:
            continue
        e.aliases = [a for a in e.aliases if not role_only(a)]
        if not any(w in ORG_WORDS for w in e.name.upper().split(" ")):
            # "ASSAD REGIME", "OBAMA ADMINISTRATION", "SYRIA'S GOVERNMENT" name an organisation, not the person.
            e.aliases = [a for a in e.aliases if not any(w in GROUP_WORDS for w in re.split(r"[ _-]", a.upper()))]
        words = e.name.upper().split(" ")
        has_org_word = any(w.strip(".,()") in ORG_WORDS for w in words)
        dated = any(s or t for _, s, t in e.codes)
        if e.person_hint and not has_org_word:
            kind = "person"
        elif len(words) == 1:
            kind = "organisation"
        elif has_org_word or len(words) == 1 or len(words) > 4:
            kind = "person" if (dated and len(words) == 1 and not has_org_word) else "organisation"
        elif e.file.startswith("Phoenix.MilNonState"):
            kind = "organisation"
        else:
            kind = "person"
        counts = defaultdict(int)
        for c, _, _ in e.codes:
            if c[:3] in country_name:
                counts[c[:3]] += 1
        aff = max(counts, key=lambda x: (counts[x], -list(counts).index(x))) if counts else None
        roles = [f"{c}:{s}-{t}" for c, s, t in e.codes if s or t]
        add_row(kind, title_case(e.name, kind), aff, roles, e.aliases)

    # Alias hygiene.
    def latest(row):
        ends = [r.split(":")[1] for r in row[3]]
        return max((max(x.split("-")[0], x.split("-")[1] or "99999999") for x in ends), default="")
    owners = defaultdict(list)
    for k, r in rows.items():
        seen = []
        for a in r[4]:
            a = a.upper().strip()
            toks = a.split(" ")
            if not a or (len(toks) == 1 and a.strip(".") in stop) or len(a) < 2:
                continue
            if re.search(r"[\[\]|\t]", a):
                continue
            if a not in seen:
                seen.append(a)
        r[4] = seen
        for a in seen:
            owners[a].append(k)
    for a, ks in owners.items():
        if len(ks) < 2:
            continue
        # Country names win; then the person with the most recent role; organisations keep shared names.
        ks_sorted = sorted(ks, key=lambda k: (rows[k][0] != "country", rows[k][0] != "person", latest(rows[k])), reverse=False)
        countries = [k for k in ks if rows[k][0] == "country"]
        if countries:
            keep = countries[0]
        else:
            people = [k for k in ks if rows[k][0] == "person"]
            keep = max(people, key=lambda k: latest(rows[k])) if people else ks_sorted[0]
        for k in ks:
            if k != keep:
                rows[k][4] = [x for x in rows[k][4] if x != a]

    # Plural demonyms derived from adjectival country aliases (RUSSIAN -> RUSSIANS, IRAQI -> IRAQIS, TURK -> TURKS).
    for k, r in rows.items():
        if r[0] != "country":
            continue
        extra = []
        for a in r[4]:
            if " " in a or len(a) < 4 or a.endswith("STAN") or not re.fullmatch(r"[A-Z]+", a):
                continue
            if a.endswith("AN") or a.endswith("I") or a == "TURK":
                extra.append(a + "S")
        r[4].extend(x for x in extra if x not in owners)

    buf = io.StringIO()
    for k in sorted(rows, key=lambda k: (rows[k][0], rows[k][1])):
        kind, name, aff, roles, aliases = rows[k]
        if not aliases:
            continue
        buf.write("\t".join([kind, name, aff or "", ";".join(roles), "|".join(aliases)]) + "\n")
    data = buf.getvalue().encode("utf-8")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f"{len(rows)} actors, {len(country_name)} countries, {len(data)} bytes -> {os.path.getsize(OUT)} bytes gzip: {OUT}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate src/main/resources/org/incidex/extract/group/groups.tsv.

    python3 scripts/build_groups.py          # write groups.tsv, print counts
    python3 scripts/build_groups.py --check  # only verify that groups.tsv is up to date

Inputs (read-only, ../shared/data):
  groups/designated-groups-wikipedia.csv   one group name per line
  groups/groups-wikipedia-infoboxes.csv    name, aka, active years, operates_in_country
  wikipedia-incidents/*.csv                Perpetrator column ("X (suspected)", "X and Y", "X / Y")
Committed curated data (scripts/data):
  groups-curated.tsv   hand-written canonical entries: name, aliases, countries, active
  groups-sources.tsv   how a source name that is not a curated name/alias maps: canonical name,
                       "-" to skip it (descriptors, individuals, state bodies), alias yes/no

Every source name resolves to one canonical entry (curated name or alias, normalised), to the
mapping file, or, for designated/infobox names only, becomes a new entry of its own. A perpetrator
that resolves nowhere is an error, so each one is decided by hand. Curated fields win; infobox
countries/active fill only what the curated entry leaves empty. No alias may belong to two entries.
"""
import csv
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("INCIDEX_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
DATA = os.path.join(SHARED, "data")
CURATED = os.path.join(ROOT, "scripts", "data", "groups-curated.tsv")
SOURCES = os.path.join(ROOT, "scripts", "data", "groups-sources.tsv")
OUT = os.path.join(ROOT, "src", "main", "resources", "org", "incidex", "extract", "group", "groups.tsv")
HEADER = ["name", "aliases", "countries", "active"]

# Short all-caps aliases are matched case-sensitively by the extractor, so "JI" or "IS" is safe in
# upper case; a short alias that is also a common English word is refused, except the established "IS".
SHORT_ALLOWED = {"IS"}
SHORT_WORDS = {"AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY",
               "NO", "OF", "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE"}
# Generic words that infoboxes give as "aka" but that name no group on their own.
GENERIC = {"paramilitaries", "paras", "paracos", "militants", "insurgents", "rebels", "pcp",
           "the organization", "the movement", "the group"}
# Country spellings in the infobox data that world-countries does not list.
COUNTRY_EXTRA = {"united states of america": "US", "united stated of america": "US",
                 "great britain": "GB", "uae": "AE", "turkey": "TR"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def key(s):
    """Identity of a name for merging and uniqueness: accents, case, spacing, punctuation ignored."""
    return re.sub(r"[^0-9a-z]+", "", fold(s))


def spelling(s):
    """Identity of a spelling: accents, case and dash kind ignored, punctuation kept."""
    return re.sub(r"\s+", " ", re.sub(r"[\u2010-\u2015-]", "-", fold(s))).strip()


def fix_mojibake(s):
    """Some infobox names are UTF-8 read as Mac Roman ("Fianna √âireann")."""
    if "√" in s:
        try:
            return s.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s
    return s


def tidy(s):
    s = fix_mojibake(s).replace("\u2019", "'").strip().strip('"').strip()
    return re.sub(r"\s+", " ", s)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def split_list(s, seps=r"\|"):
    return [x.strip() for x in re.split(seps, s or "") if x.strip()]


def country_codes():
    with open(os.path.join(DATA, "gazetteer", "world-countries.json"), encoding="utf-8") as f:
        data = json.load(f)
    codes, by_name = set(), dict(COUNTRY_EXTRA)
    for c in data:
        codes.add(c["cca2"])
        for n in [c["name"]["common"], c["name"]["official"], *c["altSpellings"]]:
            by_name[fold(n)] = c["cca2"]
    return codes, by_name


def perpetrator_names():
    """Distinct perpetrator names from the incident lists, qualifiers stripped, joint ones split."""
    names = Counter()
    for path in sorted(glob.glob(os.path.join(DATA, "wikipedia-incidents", "*.csv"))):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                raw = re.sub(r"\((?:suspected|claimed|right-wing extremist)\)", "",
                             row.get("Perpetrator") or "", flags=re.I)
                for part in re.split(r"\s+(?:and(?! the Levant)|or)\s+|\s*/\s*", raw):
                    part = tidy(part)
                    if part:
                        names[part] += 1
    return names


class Groups:
    def __init__(self):
        self.entries = {}      # canonical name -> dict(aliases=list, countries=list, active=str, origin=str)
        self.index = {}        # key -> canonical name
        self.errors, self.warnings = [], []

    def add_entry(self, name, origin, aliases=(), countries=(), active=""):
        if key(name) in self.index:
            self.errors.append(f"{origin}: entry {name!r} clashes with {self.index[key(name)]!r}")
            return
        self.entries[name] = {"aliases": [], "countries": list(countries), "active": active,
                              "origin": origin}
        self.index[key(name)] = name
        for a in aliases:
            self.add_alias(name, a, curated=(origin == "curated"))

    def add_alias(self, name, alias, curated=False):
        alias = tidy(alias)
        k = key(alias)
        entry = self.entries[name]
        if not k or "(disambiguation)" in alias:
            return
        short = len(alias) <= 2 and (not alias.isupper() or alias in SHORT_WORDS)
        if k in GENERIC or (short and alias not in SHORT_ALLOWED):
            (self.errors if curated else self.warnings).append(f"{name}: alias {alias!r} too generic")
            return
        owner = self.index.get(k)
        if owner == name:
            # same identity as a name this entry has: keep it only as a distinct spelling
            # ("Al Mourabitoun" next to "Al-Mourabitoun"), not as a case/accent/dash duplicate
            if all(spelling(alias) != spelling(n) for n in [name, *entry["aliases"]]):
                entry["aliases"].append(alias)
            return
        if owner is not None:
            (self.errors if curated else self.warnings).append(
                f"alias {alias!r} of {name!r} already names {owner!r}; dropped")
            return
        entry["aliases"].append(alias)
        self.index[k] = name

    def resolve(self, source, mapping):
        m = mapping.get(key(source))
        if m is not None:
            return m
        c = self.index.get(key(source))
        return (c, True) if c else None


def build():
    codes, by_name = country_codes()
    g = Groups()
    for r in read_tsv(CURATED):
        countries = split_list(r["countries"])
        for c in countries:
            if c not in codes:
                g.errors.append(f"curated {r['name']}: unknown country code {c}")
        g.add_entry(r["name"], "curated", split_list(r["aliases"]), countries, r["active"] or "")
    mapping = {}
    for r in read_tsv(SOURCES):
        mapping[key(r["source"])] = (r["canonical"], r["alias"] == "yes")

    def take(source, origin, may_create):
        hit = g.resolve(source, mapping)
        if hit is None:
            if not may_create:
                return None
            g.add_entry(source, origin)
            return source
        canonical, as_alias = hit
        if canonical == "-":
            return "-"
        if canonical not in g.entries:
            g.add_entry(canonical, origin)
        if as_alias:
            g.add_alias(canonical, source)
        return canonical

    with open(os.path.join(DATA, "groups", "designated-groups-wikipedia.csv"), encoding="utf-8-sig") as f:
        designated = [tidy(line) for line in f if line.strip()]
    for name in designated:
        take(name, "designated", True)

    with open(os.path.join(DATA, "groups", "groups-wikipedia-infoboxes.csv"), encoding="utf-8-sig",
              newline="") as f:
        infoboxes = list(csv.DictReader(f))
    for r in infoboxes:
        name = tidy(r["name"])
        canonical = take(name, "infobox", True)
        if canonical in (None, "-"):
            continue
        entry = g.entries[canonical]
        for a in split_list(r["aka"], r"[;,]"):
            g.add_alias(canonical, a)
        if not entry["countries"]:
            for c in split_list(r["operates_in_country"], ";"):
                code = by_name.get(fold(c))
                if code is None:
                    g.warnings.append(f"{canonical}: unknown infobox country {c!r}")
                elif code not in entry["countries"]:
                    entry["countries"].append(code)
        if not entry["active"] and r["active_start"]:
            start, end = r["active_start"], r["active_end"]
            entry["active"] = start if end == start else f"{start}–{end}"

    perps = perpetrator_names()
    unresolved = [p for p in perps if take(p, "perpetrator", False) is None]
    for p in sorted(unresolved):
        g.errors.append(f"perpetrator {p!r} ({perps[p]} rows) resolves to no entry: "
                        f"add it to groups-curated.tsv or groups-sources.tsv")
    return g, designated, infoboxes, perps


def rows(g):
    out = []
    for name, e in g.entries.items():
        out.append([name, "|".join(e["aliases"]), "|".join(e["countries"]), e["active"]])
    out.sort(key=lambda r: (fold(r[0]), r[0]))
    return out


def render(table):
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in table]
    return "\n".join(lines) + "\n"


def main():
    g, designated, infoboxes, perps = build()
    for w in g.warnings:
        print("warning:", w)
    for e in g.errors:
        print("ERROR", e)
    table = rows(g)
    text = render(table)
    for r in table:
        if any("\t" in c or "\n" in c for c in r):
            g.errors.append(f"{r[0]}: tab or newline in a field")
    origins = Counter(e["origin"] for e in g.entries.values())
    n_alias = sum(len(e["aliases"]) for e in g.entries.values())
    print(f"groups: {len(table)} ({', '.join(f'{k} {v}' for k, v in sorted(origins.items()))})")
    print(f"aliases: {n_alias}  with countries: {sum(1 for r in table if r[2])}  "
          f"with active: {sum(1 for r in table if r[3])}")
    print(f"sources: designated {len(designated)}, infobox rows {len(infoboxes)}, "
          f"distinct perpetrator names {len(perps)}")
    if g.errors:
        print(f"{len(g.errors)} error(s); {OUT} not written")
        return 1
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("groups.tsv is up to date" if same else "groups.tsv is stale: run scripts/build_groups.py")
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check the demo facts table against the shared gazetteer and the curated group list.

    python3 scripts/check_facts.py           # check, exit 1 on any error
    python3 scripts/check_facts.py --fill    # first fill empty country/region columns, then check

Checks: header, unique ids, valid dates (1970-2025), numbers are non-negative integers,
country_code is a world-countries cca2 and country its name.common, every city resolves
(GeoNames cities1000 `name`, case/accent-insensitive, same country, or places-additions.tsv),
region (when given) is the admin1 region of a matching place, groups are canonical names
in groups.tsv, group_role is consistent, attack/target types are GTD categories.
"""
import csv
import datetime
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("INCIDEX_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
GAZ = os.path.join(SHARED, "data", "gazetteer")
RES = os.path.join(ROOT, "src", "main", "resources", "org", "incidex")
FACTS = os.path.join(RES, "demo", "facts.tsv")
ADDITIONS = os.path.join(RES, "extract", "gazetteer", "places-additions.tsv")
GROUPS = os.path.join(RES, "extract", "group", "groups.tsv")

HEADER = ["id", "date", "city", "region", "country", "country_code", "groups", "group_role",
          "killed", "injured", "hostages", "attack_type", "target_type", "target", "name"]
ADDITIONS_HEADER = ["name", "country_code", "region", "population", "lat", "lon", "source_note"]
ROLES = {"claimed", "suspected", "blamed"}
ATTACK_TYPES = {
    "Bombing/Explosion", "Armed Assault", "Assassination", "Hostage Taking (Kidnapping)",
    "Hostage Taking (Barricade Incident)", "Hijacking", "Facility/Infrastructure Attack",
    "Unarmed Assault",
}
TARGET_TYPES = {
    "Business", "Government (General)", "Government (Diplomatic)", "Police", "Military",
    "Private Citizens & Property", "Religious Figures/Institutions", "Educational Institution",
    "Transportation", "Tourists", "Journalists & Media", "Airports & Aircraft", "Utilities", "NGO",
    "Maritime", "Telecommunication", "Food or Water Supply", "Violent Political Party",
    "Terrorists/Non-State Militia", "Other",
}
# world-countries "region"/"subregion" -> continent, for the summary only
CONTINENT = {"Africa": "Africa", "Asia": "Asia", "Europe": "Europe", "Oceania": "Oceania"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar=None)
        w.writerow(header)
        w.writerows(rows)


def load_countries():
    with open(os.path.join(GAZ, "world-countries.json"), encoding="utf-8") as f:
        data = json.load(f)
    names, continents = {}, {}
    for c in data:
        names[c["cca2"]] = c["name"]["common"]
        if c["region"] == "Americas":
            continents[c["cca2"]] = "South America" if c["subregion"] == "South America" else "North America"
        else:
            continents[c["cca2"]] = CONTINENT.get(c["region"], c["region"])
    return names, continents


def load_places():
    """(cc, norm(name)) -> list of admin1 region names ('' when unknown), most populous first."""
    with open(os.path.join(GAZ, "geonames-admin1.json"), encoding="utf-8") as f:
        admin1 = {a["code"]: a["name"] for a in json.load(f)}
    found = defaultdict(list)
    with open(os.path.join(GAZ, "geonames-cities1000.tsv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            pop = int(r["population"] or 0)
            found[(r["country"], norm(r["name"]))].append(
                (pop, admin1.get(r["country"] + "." + r["adminCode"], "")))
    places = {k: [reg for _, reg in sorted(v, key=lambda t: -t[0])] for k, v in found.items()}
    additions = {}
    header, rows = read_tsv(ADDITIONS)
    if header != ADDITIONS_HEADER:
        raise SystemExit(f"{ADDITIONS}: header must be {ADDITIONS_HEADER}")
    for r in rows:
        additions[(r[1], norm(r[0]))] = [r[2]]
    return places, additions


def load_group_names():
    header, rows = read_tsv(GROUPS)
    return {r[0] for r in rows}


def fill(rows, countries, places, additions):
    """Fill empty country and region columns from country_code and the gazetteer."""
    ambiguous = []
    for r in rows:
        cc = r[5]
        if not r[4] and cc in countries:
            r[4] = countries[cc]
        if not r[3]:
            regions = places.get((cc, norm(r[2]))) or additions.get((cc, norm(r[2]))) or []
            distinct = [x for x in dict.fromkeys(regions) if x]
            if distinct:
                r[3] = distinct[0]
                if len(distinct) > 1:
                    ambiguous.append(f"{r[0]}: {r[2]} ({cc}) in {distinct} -> {distinct[0]}")
    for a in ambiguous:
        print("check region:", a)


def check(header, rows, countries, places, additions, groups):
    errors = []
    if header != HEADER:
        errors.append(f"header must be: {' '.join(HEADER)}")
    ids = Counter(r[0] for r in rows)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for n, r in enumerate(rows, start=2):
        where = f"line {n} ({r[0] if r else ''})"
        if len(r) != len(HEADER):
            errors.append(f"{where}: {len(r)} columns, expected {len(HEADER)}")
            continue
        (id_, date, city, region, country, cc, grp, role, killed, injured, hostages,
         atype, ttype, target, name) = r
        if not id_ or id_ != id_.strip() or " " in id_:
            errors.append(f"{where}: bad id")
        try:
            d = datetime.date.fromisoformat(date)
            if not (1970 <= d.year <= 2025):
                errors.append(f"{where}: date {date} outside 1970-2025")
        except ValueError:
            errors.append(f"{where}: bad date {date!r}")
        if cc not in countries:
            errors.append(f"{where}: unknown country_code {cc!r}")
        elif country != countries[cc]:
            errors.append(f"{where}: country {country!r} should be {countries[cc]!r}")
        regions = places.get((cc, norm(city))) or additions.get((cc, norm(city)))
        if not city or regions is None:
            errors.append(f"{where}: city {city!r} ({cc}) not in cities1000 nor places-additions")
        elif region and region not in regions:
            errors.append(f"{where}: region {region!r} not a region of {city} ({sorted(set(regions))})")
        names = [g for g in grp.split(";")] if grp else []
        for g in names:
            if g not in groups:
                errors.append(f"{where}: group {g!r} not a canonical name in groups.tsv")
        if names and role not in ROLES:
            errors.append(f"{where}: group_role must be one of {sorted(ROLES)}")
        if not names and role:
            errors.append(f"{where}: group_role without groups")
        for col, v in (("killed", killed), ("injured", injured), ("hostages", hostages)):
            if v and not v.isdigit():
                errors.append(f"{where}: {col} {v!r} is not a non-negative integer")
        if atype not in ATTACK_TYPES:
            errors.append(f"{where}: attack_type {atype!r}")
        if ttype not in TARGET_TYPES:
            errors.append(f"{where}: target_type {ttype!r}")
        if not target or not name:
            errors.append(f"{where}: target and name are required")
        for v in r:
            if v != v.strip():
                errors.append(f"{where}: stray whitespace in {v!r}")
    return errors


def main():
    countries, continents = load_countries()
    places, additions = load_places()
    groups = load_group_names()
    header, rows = read_tsv(FACTS)
    if "--fill" in sys.argv[1:]:
        fill(rows, countries, places, additions)
        write_tsv(FACTS, header, rows)
    errors = check(header, rows, countries, places, additions, groups)
    for e in errors:
        print("ERROR", e)
    ccs = Counter(r[5] for r in rows if len(r) == len(HEADER))
    conts = Counter(continents.get(cc, "?") for cc in ccs.elements())
    used = Counter(g for r in rows if len(r) == len(HEADER) for g in r[6].split(";") if g)
    years = sorted(r[1][:4] for r in rows if len(r) == len(HEADER))
    print(f"rows: {len(rows)}  countries: {len(ccs)}  continents: {len(conts)} "
          + " ".join(f"{k}={v}" for k, v in sorted(conts.items())))
    print(f"years: {years[0]}-{years[-1]}  groups used: {len(used)}  rows without group: "
          f"{sum(1 for r in rows if len(r) == len(HEADER) and not r[6])}")
    print(f"attack types: {dict(Counter(r[11] for r in rows if len(r) == len(HEADER)))}")
    unresolved_from_additions = sum(1 for r in rows if len(r) == len(HEADER)
                                    and (r[5], norm(r[2])) not in places)
    print(f"cities from places-additions: {unresolved_from_additions}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

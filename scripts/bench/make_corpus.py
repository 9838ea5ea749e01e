#!/usr/bin/env python3
"""Writes a synthetic news corpus for `make bench`: N articles of about 600 words each.

Every article is built from templates and from the project's lexicons (given names, surnames,
countries, cities, titles, portfolios, commodities), read at run time, never copied. People are
invented: a given name and a surname drawn from the lexicons (never a full name that occurs in
seeds/). The corpus is a small "world" of people, agencies, countries, cities and policies that
many articles share, with a few popular entities and a long tail (Zipf-like draws), so the
corpus resolver sees the same entities across articles, under spelling variants and surnames
alone, as it would over a season of coverage.

The output depends only on N and --seed: the same arguments give the same bytes.

    scripts/bench/make_corpus.py 1000 --out .build/bench-corpus/1000 [--seed 6]
"""

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LEXICONS = ROOT / "Sources/NewsGraphExtraction/Resources/lexicons"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WIRES = ["Reuters", "AP", "AFP", "Bloomberg"]
TITLES = [  # (title before a name, portfolio needed)
    ("President", False), ("Prime Minister", False), ("Vice Premier", False),
    ("Foreign Minister", False), ("Trade Minister", False), ("Finance Minister", False),
    ("Commerce Secretary", False), ("Treasury Secretary", False), ("Trade Representative", False),
    ("Economy Minister", False), ("Industry Minister", False), ("Deputy Prime Minister", False),
]
AGENCY_PORTFOLIOS = ["Commerce", "Finance", "Trade", "Foreign", "Industry", "Economy", "Energy", "Agriculture"]
INSTITUTE_WORDS = ["Strategic", "Economic", "Regional", "Maritime", "Industrial", "Monetary", "Energy",
                   "Trade", "Security", "Development", "Resource", "Technology"]
INSTITUTE_HEADS = ["Institute", "Council", "Center", "Foundation", "Forum", "Commission", "Association"]
FILLER_SUBJECTS = ["Economists", "Business groups", "Manufacturers", "Farmers", "Investors", "Diplomats",
                   "Shipping companies", "Retailers", "Some lawmakers", "Industry associations",
                   "Port operators", "Analysts at several banks", "Small exporters", "Consumer groups"]
FILLER_PREDICATES = [
    "have warned that a prolonged dispute would weigh on growth",
    "said the uncertainty made it harder to plan investment and hiring",
    "urged negotiators to reach a durable settlement before the end of the year",
    "are watching the negotiations closely after a difficult season",
    "expect prices for electronics and household goods to keep rising",
    "reported longer waiting times as customs checks were tightened",
    "said they were reviewing their suppliers in response to the changes",
    "cautioned that expectations for a quick breakthrough should be kept low",
    "estimated that the measures could affect billions of dollars of goods each year",
    "pressed the government to publish the details of the plan",
    "said they had not been consulted before the announcement",
    "noted that trade volumes had fallen by almost a fifth since last year",
    "described the mood in the capital as tense but hopeful",
    "welcomed the decision to extend the deadline by ninety days",
]
ANALYST_ROLES = ["an analyst at", "a senior fellow at", "the director of", "an economist at", "a researcher at"]
FILLER = [
    "Markets reacted cautiously to the news, with shares of exporters falling in early trading.",
    "Economists have warned that a prolonged dispute would weigh on growth in both economies.",
    "Officials on both sides have described the discussions as constructive but difficult.",
    "The latest round follows months of tension over supply chains, subsidies and market access.",
    "Business groups urged negotiators to reach a durable settlement before the end of the year.",
    "Manufacturers say the uncertainty has made it harder to plan investment and hiring.",
    "Shipping costs rose sharply as importers rushed to move goods ahead of the deadline.",
    "Analysts said the outcome would set the tone for trade relations for the rest of the year.",
    "Farmers, who have borne much of the cost of earlier disputes, are watching closely.",
    "The talks are expected to continue at a technical level over the coming weeks.",
    "Some diplomats cautioned that expectations for a breakthrough should be kept low.",
    "Consumer prices for electronics and household goods have already begun to climb.",
    "The currency weakened slightly after the announcement before recovering later in the day.",
    "Industry associations said they had not been consulted on the details of the plan.",
    "A spokesperson declined to comment on the timing of any further announcements.",
    "Previous rounds of negotiations ended without agreement on the most contentious issues.",
    "Investors have been looking for signs that the two sides are willing to compromise.",
    "The measures could affect billions of dollars of goods each year, according to estimates.",
    "Lawmakers have pressed the government to take a tougher stance in the negotiations.",
    "Port operators reported longer waiting times as customs checks were tightened.",
    "Several companies said they were reviewing their suppliers in response to the changes.",
    "The agreement, if reached, would need to be approved by parliament before taking effect.",
    "Trade volumes between the two countries have fallen by almost a fifth since last year.",
    "Diplomats said a joint statement was being drafted but had not yet been finalised.",
]


def read_tsv(name):
    rows = []
    with open(LEXICONS / name, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def plain_names(name, forbidden_flags):
    """Names whose flags say they are only names (not also words, places, ...)."""
    names = []
    for row in read_tsv(name):
        flags = set(row[1].split("|")) if len(row) > 1 and row[1] else set()
        if flags & forbidden_flags or not row[0].isascii() or not row[0].isalpha() or len(row[0]) < 4:
            continue
        names.append(row[0])
    return sorted(names)


def seed_text():
    seeds = ROOT / "seeds"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))) if seeds.is_dir() else ""


class World:
    """The shared cast of a corpus: people, agencies, countries, cities, commodities."""

    def __init__(self, rng, articles):
        self.rng = rng
        given = plain_names("given-names.tsv", {"word", "place", "surname"})
        surnames = plain_names("surnames.tsv", {"word", "place", "given", "family-first"})
        countries = []
        for row in read_tsv("countries.tsv"):
            if len(row) >= 5 and row[3] and row[4] and row[1].isascii() and " " not in row[1]:
                countries.append({"code": row[0], "name": row[1], "adj": row[3].split("|")[0], "capital": row[4]})
        cities_by_country = {}
        for row in read_tsv("cities.tsv"):
            if len(row) >= 4 and row[0].isascii() and row[0].replace(" ", "").isalpha() and row[3].isdigit() and int(row[3]) > 500000:
                cities_by_country.setdefault(row[1], []).append(row[0])
        self.countries = [c for c in countries if c["code"] in cities_by_country and c["adj"].isascii()]
        rng.shuffle(self.countries)
        self.countries = self.countries[:40]
        self.cities = {c["code"]: sorted(set(cities_by_country[c["code"]]))[:6] for c in self.countries}
        self.commodities = [row[1] for row in read_tsv("commodities.tsv") if row[0] == "commodity" and row[1].isascii()]

        forbidden = seed_text()
        self.people = []
        seen = set()
        count = 200 + articles // 2
        while len(self.people) < count:
            name = (rng.choice(given), rng.choice(surnames))
            full = f"{name[0]} {name[1]}"
            if name in seen or full in forbidden or name[1] in forbidden:
                continue
            seen.add(name)
            country = self.pick(rng, self.countries, 1.1)
            title = rng.choice(TITLES)[0] if rng.random() < 0.7 else None
            variant = self.misspell(name[1]) if rng.random() < 0.15 else None
            self.people.append({"given": name[0], "surname": name[1], "country": country,
                                "title": title, "variant": variant})
        self.people_by_country = {}
        for person in self.people:
            self.people_by_country.setdefault(person["country"]["code"], []).append(person)
        self.institutes = []
        for _ in range(30 + articles // 50):
            words = rng.sample(INSTITUTE_WORDS, 2)
            self.institutes.append(f"{rng.choice(INSTITUTE_HEADS)} for {words[0]} and {words[1]} Studies")
        self.institutes = sorted(set(self.institutes))

    @staticmethod
    def pick(rng, items, skew=1.2):
        """A Zipf-like draw: the first items are the popular ones."""
        index = int(len(items) * (rng.random() ** (skew * 2.5)))
        return items[min(index, len(items) - 1)]

    def misspell(self, surname):
        """One edit inside the name (never the first letter), as sources misspell names."""
        rng = self.rng
        position = rng.randrange(2, len(surname))
        vowels = "aeiou"
        kind = rng.random()
        if kind < 0.5 and surname[position].lower() in vowels:
            return surname[:position] + rng.choice([v for v in vowels if v != surname[position].lower()]) + surname[position + 1:]
        if kind < 0.8:
            return surname[:position] + surname[position] + surname[position:]
        return surname[:position] + surname[position + 1:] if len(surname) > 4 else surname + "e"


class ArticleWriter:
    def __init__(self, world, rng, index):
        self.world = world
        self.rng = rng
        self.index = index
        self.named = set()

    def person(self, country=None):
        world = self.world
        candidates = world.people if country is None else world.people_by_country.get(country["code"], world.people)
        return world.pick(self.rng, candidates, 1.0)

    def surname(self, person):
        if person["variant"] and self.rng.random() < 0.35:
            return person["variant"]
        return person["surname"]

    def name(self, person):
        """The first mention in an article gives the title and full name, later ones the surname."""
        key = (person["given"], person["surname"])
        if key in self.named:
            return self.rng.choice([self.surname(person), f"{person['given']} {self.surname(person)}"])
        self.named.add(key)
        full = f"{person['given']} {self.surname(person)}"
        if person["title"]:
            return f"{person['country']['adj']} {person['title']} {full}"
        return full

    def agency(self, country):
        portfolio = self.rng.choice(AGENCY_PORTFOLIOS)
        if self.rng.random() < 0.5:
            return f"{country['adj']} {portfolio} Ministry"
        return f"the {portfolio} Ministry of {country['name']}"

    def sentence(self, a, b):
        rng, world = self.rng, self.world
        city = rng.choice(world.cities[rng.choice([a, b])["code"]])
        commodity = rng.choice(world.commodities)
        rate = rng.choice([10, 15, 20, 25, 30, 34, 50, 100])
        day = rng.choice(WEEKDAYS)
        pa, pb = self.person(a), self.person(b)
        templates = [
            lambda: f"{self.name(pa)} will meet {self.name(pb)} in {city} on {day} for talks on trade.",
            lambda: f"{a['name']} imposed {rate}% tariffs on {commodity} from {b['name']} last {day}.",
            lambda: f"{a['name']} announced new export controls on {commodity}, {self.name(pa)} said.",
            lambda: f"{a['name']} and {b['name']} agreed a truce in {city} after two days of talks.",
            lambda: f"The {a['adj']} government said it would impose sanctions on companies from {b['name']}.",
            lambda: f"{self.name(pa)} told reporters in {city} that the tariffs would stay in place.",
            lambda: f"{self.name(pb)} met {self.name(pa)} in {city} on {day}, officials said.",
            lambda: f"{a['name']} and {b['name']} signed a trade deal covering {commodity} in {city}.",
            lambda: f"\"We will not accept these measures,\" {self.name(pb)} said in a statement.",
            lambda: f"{self.agency(a)} said the export controls on {commodity} would take effect in {rng.choice(MONTHS)}.",
            lambda: f"{b['name']} threatened {rate}% tariffs on goods from {a['name']}, according to {self.name(pb)}.",
            lambda: f"\"The door is open,\" said {self.name(pa)}, who led the delegation to {city}.",
            lambda: f"{self.name(pa)} and {self.name(pb)} are expected to meet again in {rng.choice(MONTHS)}.",
            lambda: (f"\"This is a turning point,\" said {self.name(self.person())}, "
                     f"{rng.choice(ANALYST_ROLES)} the {world.pick(rng, world.institutes)}."),
            lambda: f"{a['adj']} officials said the ban on {commodity} exports to {b['name']} would be lifted.",
            lambda: f"The sanctions announced by {a['name']} target {rate} companies in {b['name']}.",
            lambda: f"The {rng.choice(AGENCY_PORTFOLIOS)} Department added {rate} {b['adj']} firms to its entity list on {day}.",
            lambda: f"{a['name']} lifted sanctions on {self.name(pb)} after the meeting in {city}.",
            lambda: f"Speaking in {city}, {self.name(pa)} said {a['name']} was ready to extend the truce.",
        ]
        text = rng.choice(templates)()
        return text[0].upper() + text[1:]

    def write(self):
        rng, world = self.rng, self.world
        a = world.pick(rng, world.countries)
        b = world.pick(rng, world.countries)
        while b is a:
            b = rng.choice(world.countries)
        commodity = rng.choice(world.commodities)
        headline = rng.choice([
            f"{a['name']} and {b['name']} resume talks as tariff deadline nears",
            f"{a['adj']} export controls on {commodity} rattle {b['adj']} buyers",
            f"{b['name']} weighs sanctions after {a['adj']} tariff move",
            f"Trade truce between {a['name']} and {b['name']} under strain",
        ])
        authors = " and ".join(f"{p['given']} {p['surname']}" for p in rng.sample(world.people[-200:], rng.choice([1, 2])))
        city = rng.choice(world.cities[a["code"]])
        lines = [headline, rng.choice(["By ", "Author: "]) + authors, ""]
        words = 0
        paragraph = [f"{city.upper()} ({rng.choice(WIRES)}) - {self.sentence(a, b)}"]
        while words < 600:
            draw = rng.random()
            if draw < 0.55:
                text = self.sentence(a, b)
            elif draw < 0.8:
                text = rng.choice(FILLER)
            else:
                text = f"{rng.choice(FILLER_SUBJECTS)} {rng.choice(FILLER_PREDICATES)}."
            paragraph.append(text)
            words += len(text.split())
            if len(paragraph) >= rng.randint(3, 5):
                lines.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            lines.append(" ".join(paragraph))
        return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--out", required=True, help="folder to write NNNNN.txt articles into")
    parser.add_argument("--seed", type=int, default=6, help="random seed (default 6)")
    args = parser.parse_args()
    out = Path(args.out)
    marker = out / ".complete"
    if marker.exists() and marker.read_text() == f"{args.count} {args.seed}\n":
        return
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.txt"):
        stale.unlink()
    rng = random.Random(args.seed)
    world = World(rng, args.count)
    total = 0
    for index in range(args.count):
        # Each article has its own generator, so an article does not depend on the ones before it.
        text = ArticleWriter(world, random.Random(f"{args.seed}:{index}"), index).write()
        total += len(text.split())
        (out / f"a{index:05d}.txt").write_text(text, encoding="utf-8")
    marker.write_text(f"{args.count} {args.seed}\n")
    print(f"wrote {args.count} articles ({total} words) to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()

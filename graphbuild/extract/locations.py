"""Where data goes: countries named in a clause, as ISO 3166-1 alpha-2 codes (pycountry)."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import pycountry
from spacy.tokens import Span, Token

from graphbuild.extract.clauses import qualifies_next
from graphbuild.extract.negation import is_negated

# Names and the bare codes prose uses; another code in capitals ("QA", "IT", "IN") is a word, no country.
COUNTRY_ALIASES = {"US": "US", "UK": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "America": "US",
                   "USA": "US", "United States of America": "US", "Russia": "RU", "South Korea": "KR",
                   "Korea": "KR", "Vietnam": "VN", "Taiwan": "TW", "Iran": "IR", "Czech Republic": "CZ"}

# Regions prose names as where data is kept, by the name the graph gives them ("servers in the EU")
REGIONS = {"european union": "European Union", "eu": "European Union", "european economic area":
           "European Economic Area", "eea": "European Economic Area", "europe": "Europe", "asia": "Asia",
           "asia pacific": "Asia Pacific", "africa": "Africa", "the americas": "Americas", "north america":
           "North America", "south america": "South America", "latin america": "Latin America",
           "middle east": "Middle East"}
REGION_WORDS = set(REGIONS)
REGION_OPENERS = {name.split()[0] for name in REGIONS}


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country name or code ("U.S.", "Singapore", "UK"), else None."""
    text = name.strip().removeprefix("the ").removeprefix("The ").replace(".", "").strip()
    if not text or text.lower() in REGION_WORDS:
        return None
    if text in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[text]
    if len(text) <= 3 and text.isupper():
        return None
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return _country_of_state(text)


STATE_COUNTRIES = {"US", "CA", "AU"}  # whose states and provinces prose names alone ("servers in Virginia")


@lru_cache(maxsize=512)
def _country_of_state(name: str) -> str | None:
    """The country of a US state, Canadian province or Australian state named in full ("Oregon" -> US)."""
    try:
        state = pycountry.subdivisions.lookup(name)
    except LookupError:
        return None
    if isinstance(state, set):  # a code several countries use ("US" as a subdivision code)
        return None
    return state.country_code if state.country_code in STATE_COUNTRIES and state.name == name else None


def is_place(name: str) -> bool:
    """A country or a region ("European Union", "the EEA")."""
    text = name.strip().removeprefix("the ").removeprefix("The ").lower()
    return text in REGION_WORDS or country_code(name) is not None


PLACE_NOUNS = {"country", "countries", "region", "union", "area", "jurisdiction", "territory", "state", "states"}


def names_a_place(tokens: Iterable[Token]) -> bool:
    """The words name a place ("the United States", "the European Union", "your country")."""
    return any(t.ent_type_ in ("GPE", "LOC") or t.lower_ in PLACE_NOUNS for t in tokens)


def locations_in(sentence: Span, indices: set[int]) -> list[str]:
    """Country codes of the place names (GPE entities) among the given tokens, then the names of the regions
    named there ("European Union"); but for the country of a postal address ("Amphitheatre Parkway, Mountain View,
    CA 94043, USA"): where a company is, not the data; and for a place the data leaves ("outside the UK")."""
    codes = [country_code(ent.text) for ent in sentence.ents
             if ent.label_ in ("GPE", "LOC") and ent.start in indices and not _ends_an_address(ent)
             and not _left_behind(ent) and not _qualifies_someone(ent)]
    named = {t.i for ent in sentence.ents for t in ent}
    codes += [country_code(t.text) for t in sentence
              if t.text in UNTAGGED_NAMES and t.i in indices and t.i not in named]
    return list(dict.fromkeys(code for code in codes if code)) + regions_in(sentence, indices)


def regions_in(sentence: Span, indices: set[int]) -> list[str]:
    """The regions named among the tokens ("stored in the EEA", "servers in Europe"), not those data leaves
    ("transferred outside the EEA")."""
    found = []
    for start in sorted(indices):
        if sentence.doc[start].lower_ not in REGION_OPENERS:
            continue  # most words open no region's name
        for length in (3, 2, 1):
            phrase = sentence.doc[start: start + length]
            if phrase.end > sentence.end or phrase.text.lower() not in REGIONS or not phrase.text[:1].isupper():
                continue
            named = phrase.root
            while named.dep_ == "appos":  # "outside the European Economic Area (EEA)": the name it spells out
                named = named.head
            if not _left_behind(phrase.doc[named.i: named.i + 1]) and not _qualifies_a_thing(phrase):
                found.append(REGIONS[phrase.text.lower()])
            break
    return list(dict.fromkeys(found))


def _qualifies_a_thing(phrase: Span) -> bool:
    """The place only qualifies a noun: "EU residents", "European Union law", "the privacy rules of the EU"."""
    root = phrase.root
    return qualifies_next(root) or root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.pos_ in ("NOUN", "PROPN")


def is_region(place: str) -> bool:
    """A region's name, as `locations_in` gives it, not a country code."""
    return place in REGIONS.values()


def _qualifies_someone(ent: Span) -> bool:
    """A state that only qualifies a noun ("California residents", "under Vermont law"): no place data goes to."""
    return ent.root.dep_ in ("compound", "amod", "nmod", "poss") and _country_of_state(ent.text) is not None


UNTAGGED_NAMES = {"USA", "U.S.A."}  # names the tagger may miss: "(..., in Belgium and the USA)"


def _left_behind(ent: Span) -> bool:
    """"(transferred) outside the UK", "outside of the EEA", "beyond Canada": where the data is not; but where it
    stays if it is not taken outside ("we do not transfer your data outside the United States")."""
    head = ent.root.head
    if head.lower_ == "of" and head.head.lower_ in ("outside", "beyond"):
        head = head.head
    return ent.root.dep_ == "pobj" and head.lower_ in ("outside", "beyond") and not is_negated(head.head)


STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "parkway", "boulevard", "blvd", "suite", "drive",
                "lane", "floor", "plaza", "square", "way", "p.o", "box"}


def _ends_an_address(ent: Span) -> bool:
    """A country after a postcode, a state code or a street ("..., CA 94043, USA", "10 Main Street, UK")."""
    before = ent.doc[max(ent.sent.start, ent.start - 6): ent.start]
    return any(t.like_num and len(t.text) >= 4 or t.lower_.rstrip(".") in STREET_WORDS
               or (len(t.text) == 2 and t.text.isupper() and t.text.isalpha()
                   and t.text not in COUNTRY_ALIASES and t.lower_ not in REGIONS) for t in before)  # not "the EU and"


def country_name(code: str) -> str:
    """The common English name of a country code ("CN" -> "China")."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name

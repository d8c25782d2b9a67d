"""Who the list is for, read from the words of a request: "with two kids", "for 4 people".

Only explicit counts are read; without any the list is for one adult. "we"/"us" alone means two
adults. Numbers may be digits or small number words in English, Spanish, French or German.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

NUMBER_WORDS = {
    # en
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "couple of": 2,
    # es
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    # fr
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    # de
    "ein": 1, "eine": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
}  # fmt: skip
MAX_PEOPLE = 20

_NUM = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_COUNT = rf"(\d{{1,2}}|{_NUM})"
_KIDS = r"(?:kids?|children|child|sons?|daughters?|toddlers?|niños?|hijos?|hijas?|enfants?|kinder[n]?)"
_PEOPLE = (
    r"(?:people|persons?|adults?|friends|guests|of us|personas|adultos|amigos|personnes|adultes|amis"
    r"|personen|erwachsene[n]?|freunde[n]?)"
)
_PARTNER = (
    r"\b(?:my|mi|ma|mon|meine[mr]?)\s+(?:wife|husband|partner|girlfriend|boyfriend|spouse|esposa|esposo"
    r"|mujer|marido|pareja|femme|mari|copine|copain|frau|mann|freundin|freund)\b"
)

KIDS_RE = re.compile(rf"\b{_COUNT}\s+(?:little\s+|young\s+|small\s+)?{_KIDS}\b", re.I)
PEOPLE_RE = re.compile(rf"\b{_COUNT}\s+{_PEOPLE}\b", re.I)
FAMILY_RE = re.compile(rf"\b(?:family|familia|famille|familie)\s+(?:of|de|von)\s+{_COUNT}\b", re.I)
ADULTS_AND_KIDS_RE = re.compile(rf"\b{_COUNT}\s+adults?\s+(?:and|&|\+)\s+{_COUNT}\s+{_KIDS}\b", re.I)
WE_RE = re.compile(r"\b(?:we|we're|us|our|nosotros|vamos|nous|wir|uns)\b", re.I)
PARTNER_RE = re.compile(_PARTNER, re.I)
COUPLE_RE = re.compile(
    r"\b(?:couple|two of us|both of us|me and (?:my|a) \w+|with (?:a|my) (?:friend|buddy|colleague))\b", re.I
)


@dataclass(frozen=True)
class Party:
    adults: int = 1
    kids: int = 0

    @property
    def people(self) -> int:
        return self.adults + self.kids

    def quantity(self, rule: str) -> int:
        """How many of a role's item this party needs: one, each, adults, kids, or per:N people."""
        if rule == "one":
            return 1
        if rule == "each":
            return self.people
        if rule == "adults":
            return self.adults
        if rule == "kids":
            return self.kids
        if rule.startswith("per:"):
            return max(1, math.ceil(self.people / max(1, int(rule[4:]))))
        raise ValueError(f"unknown quantity rule {rule!r}; valid: one, each, adults, kids, per:N")

    def describe(self) -> str:
        adults = f"{self.adults} adult{'s' if self.adults != 1 else ''}"
        if not self.kids:
            return adults
        return f"{adults} and {self.kids} kid{'s' if self.kids != 1 else ''}"


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def read_party(text: str) -> Party:
    """The party a request describes; one adult when it says nothing about people."""
    text = " ".join(text.split())
    both = ADULTS_AND_KIDS_RE.search(text)
    if both:
        return _clamp(_count(both.group(1)), _count(both.group(2)))
    kids_match = KIDS_RE.search(text)
    kids = _count(kids_match.group(1)) if kids_match else 0
    family = FAMILY_RE.search(text)
    if family:
        total = _count(family.group(1))
        return _clamp(max(1, min(2, total - kids)) if kids else min(2, total), kids or max(0, total - 2))
    people = PEOPLE_RE.search(text)
    if people:
        total = _count(people.group(1))
        if re.search(r"adult|adulto|adulte|erwachsen", people.group(0), re.I):
            return _clamp(total, kids)
        return _clamp(max(1, total - kids), kids) if kids and total > kids else _clamp(total, kids)
    adults = 2 if (PARTNER_RE.search(text) or COUPLE_RE.search(text) or WE_RE.search(text)) else 1
    return _clamp(adults, kids)


def _clamp(adults: int, kids: int) -> Party:
    adults = max(1, min(adults, MAX_PEOPLE))
    kids = max(0, min(kids, MAX_PEOPLE - adults))
    return Party(adults=adults, kids=kids)

"""Function words of the languages shoppers write in: they say nothing about which product is meant.

Keyword retrieval and title-word coverage skip them. The full-text index tokenises for English only,
so "für", "die", "para", "pour" would otherwise match every German, Spanish or French title and
rank by how often a title says "for".
"""

from __future__ import annotations

_WORDS = """
a an and the for with of in on to by from at or my me i im is are be it its this that some any so as
el la los las un una unos unas y o de del al en con sin para por que mi mis su sus es son lo le les
ein eine einer einen einem eines der die das den dem des und oder mit ohne für fur zu zum zur im am
von vom bei aus auf an ist sind mein meine meinen meinem fürs furs ich du wir sie es
le la les un une des du de et ou avec sans pour par en au aux mon ma mes ton ta son sa ses est
o a os as um uma uns umas e ou com sem para por em no na nos nas do da dos das meu minha
il lo gli i un uno una di da in con senza per su e o del della dei delle al alla mio mia
de het een en of met zonder voor van in op aan mijn
ke ki ka ko se me mein liye aur ya
"""
STOPWORDS = frozenset(_WORDS.split())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def content_words(text: str) -> str:
    """The text without function words (kept as it is when nothing else is left)."""
    kept = [w for w in text.split() if w.casefold().strip(".,;:!?¿¡()\"'") not in STOPWORDS]
    return " ".join(kept) if kept else ""


# -- negation, "for", audience: lexicons the query reader and the reranker share ---------------------

# Words that negate what follows them ("not Nike", "sin azúcar", "ohne Kabel", "sans gluten"), per
# language. Multi-word cues are listed whole; the longest is tried first. "non" is not here: it
# negates only a brand ("non apple tablet"); "non stick", like "no-iron", is a product property.
_NEGATION = """
not|no|without|except|excluding|exclude|other than|but not|isn't|isnt|aren't|arent|never|nothing from
nicht|kein|keine|keinen|keiner|keinem|ohne|außer|ausser|aber nicht|bloß nicht|bitte kein|bitte keine
no|sin|excepto|salvo|que no sea|que no sean|que no es|que no son|pero no|ni
pas de|sans|sauf|hormis|mais pas|sauf de|ne pas
non|senza|tranne|eccetto|ma non
não|sem|exceto
niet|geen|zonder|behalve
"""
NEGATION_CUES = frozenset(p.strip() for p in _NEGATION.replace("\n", "|").split("|") if p.strip()) - {"non"}
NEGATION_CUES_CJK = ("不要", "不是", "除了", "不含", "没有", "不想要", "以外")
# Words that may follow a cue before the negated thing: "not from Nike", "que no sea de Zara".
NEGATION_FILLERS = _words(
    "a an the any by from made of from by is be von vom der die das den dem de del la el los las des du "
    "sea sean es son est une un de chez da di dal della"
)

# A word a product title or attribute uses to say the thing is absent: "sin azúcar", "sugar-free",
# "ohne Kabel", "zero sugar". A product saying so is not demoted for carrying the negated word.
ABSENCE_WORDS = _words("no not non without free zero sin sans ohne senza sem zonder frei libre exempt less 0")

# Prepositions saying what a product is FOR, not what it is: "case for iphone", "Hülle für Handy",
# "funda para móvil". The words after one are the modifier, the ones before the head. `FOR_AFTER`
# follow their object instead ("mobile ke liye cover"): the modifier comes first.
FOR_BEFORE = _words("for für fürs para pour per voor compatible fits fitting suits 用于 适用 适用于 适合 配")
FOR_PHRASES = (
    *("to go with", "to put on", "that fits", "compatible with", "kompatibel mit", "passend für"),
    *("compatible con", "compatible avec", "geeignet für", "adecuado para"),
)
FOR_AFTER = ("ke liye", "के लिए", "向け", "用")

# Who a product is for: a word -> its audience tags (F female, M male, A adult, K child). Boosts and
# demotes softly, never filters. German compounds are matched by prefix ("Damenhausschuhe").
_AUDIENCE = {
    "FA": "women woman womens women's ladies lady ladys female feminine wife girlfriend mom mum mother "
    "grandma granny sister her mujer mujeres dama damas señora señoras femenino femenina novia esposa mamá "
    "madre abuela hermana damen dame frau frauen mutter oma freundin schwester femme femmes maman "
    "donna donne mulher feminino 女士 女性 女式 女款 妈妈",
    "MA": "men man mens men's gents gentlemen male masculine husband boyfriend dad daddy father grandpa "
    "brother him hombre hombres caballero caballeros masculino novio esposo papá padre abuelo hermano "
    "herren herr mann männer vater papa opa homme hommes uomo uomini homem masculino 男士 男性 男式 男款 "
    "爸爸",
    "K": "kids kid children child childrens children's junior juniors niños niño infantil kinder kind "
    "enfant enfants bambini bambino bambina crianças infantil 儿童 孩子 童装",
    "KF": "girl girls niña niñas mädchen fille filles 女孩 女童",
    "KM": "boy boys chico chicos jungen junge garçon garçons 男孩 男童",
    "KB": "baby babies bebé bebe bebés infant toddler säugling 婴儿 宝宝",
}
AUDIENCE: dict[str, frozenset[str]] = {
    word: frozenset(tags) for tags, text in _AUDIENCE.items() for word in text.split()
}
AUDIENCE_PREFIXES: dict[str, frozenset[str]] = {
    p: AUDIENCE[p] for p in ("damen", "herren", "kinder", "mädchen", "frauen", "männer", "baby")
}

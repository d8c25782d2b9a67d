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


def content_words(text: str) -> str:
    """The text without function words (kept as it is when nothing else is left)."""
    kept = [w for w in text.split() if w.casefold().strip(".,;:!?¿¡()\"'") not in STOPWORDS]
    return " ".join(kept) if kept else ""

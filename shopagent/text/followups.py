"""Words of a follow-up request, in the languages the reader knows: relative price wishes
("cheaper", "günstiger", "más barato", "便宜一点") that move the last search's price bound down or up,
and courtesy words ("bitte", "por favor", "请") that ask for nothing themselves."""

from __future__ import annotations

import re

# Latin-script words need word boundaries; CJK and kana runs are matched as they are.
_CHEAPER_WORDS = (
    "cheaper|less expensive|lower price|lower priced|more affordable|budget|"
    "más barat[oa]s?|mas barat[oa]s?|más económic[oa]s?|mas economic[oa]s?|menos car[oa]s?|"
    "mais barat[oa]s?|mais em conta|"
    "moins cher|moins chère|moins chers|meilleur marché|"
    "günstiger\\w*|gunstiger\\w*|billiger\\w*|preiswerter\\w*|"
    "più economic[oi]|piu economic[oi]|meno car[oi]|"
    "goedkoper\\w*|voordeliger\\w*|"
    "sasta|saste|sasti|"
    # tr / id / pl / ru / vi / sv / cs
    "daha ucuz\\w*|lebih murah|tańsz\\w*|tansz\\w*|дешевле|подешевле|rẻ hơn|billigare|levnějš\\w*|levnejs\\w*"
)
_PRICIER_WORDS = (
    "more expensive|pricier|higher end|premium|fancier|"
    "más car[oa]s?|mas car[oa]s?|mais car[oa]s?|plus cher|plus chère|plus chers|"
    "teurer\\w*|hochwertiger\\w*|più car[oi]|piu car[oi]|duurder\\w*|mehenga|mehnga|"
    "daha pahalı\\w*|lebih mahal|droższ\\w*|drozsz\\w*|дороже|đắt hơn|dyrare|dražš\\w*|drazs\\w*"
)
CHEAPER = re.compile(
    rf"(?<![^\W\d_])(?:{_CHEAPER_WORDS})(?![^\W\d_])"
    r"|便宜(?:一?点|些|的)|更便宜|再便宜|实惠一?点|もっと安|より安|安いの|더 싼|더 저렴",
    re.I,
)
PRICIER = re.compile(
    rf"(?<![^\W\d_])(?:{_PRICIER_WORDS})(?![^\W\d_])|贵一?点|更贵|高档一?点|高端一?点|もっと高|より高",
    re.I,
)

COURTESY = frozenset(
    {
        *("please", "pls", "plz", "thanks", "thank", "thx", "ty"),
        *("por", "favor", "gracias", "porfa", "porfavor", "obrigado", "obrigada"),
        *(
            "bitte",
            "danke",
            "merci",
            "svp",
            "stp",
            "plait",
            "plaît",
            "grazie",
            "prego",
            "alsjeblieft",
            "alstublieft",
            "bedankt",
            "dank",
            "kripya",
            "dhanyavaad",
            "shukriya",
        ),
        *("请", "谢谢", "麻烦", "一下", "吧", "ください", "お願い", "おねがい"),
    }
)


# A follow-up that lets go of a constraint: "forget the brand", "any brand is fine", "ignore the
# price limit", "colour doesn't matter", "Marke egal", "peu importe la couleur", "品牌不限". Each slot
# is named by its own nouns; a dismissal stands within three words before or after one.
_SLOT_NOUNS = {
    "brand": "brands?|makers?|marcas?|marques?|marken?|merk|marchi?o?|品牌|牌子|ブランド|메이커|브랜드",
    "price": "prices?|budget|price (?:limit|cap)|precio|prix|preis|preço|preco|prezzo|budżet|"
    "价格|価格|予算|가격",
    "rating": "ratings?|stars?|reviews?|valoraci[oó]n|bewertung|note|avalia[cç][aã]o|评分|評価|평점",
    "color": "colou?rs?|colou?r|farben?|couleurs?|colores?|cores?|colori?|颜色|色は|색상",
    "size": "sizes?|größe|groesse|taille|tallas?|tamanho|taglia|尺码|サイズ|사이즈",
}
_DISMISS = (
    r"forget(?: about)?|ignore|drop|remove|never ?mind|whatever|regardless of|no matter|"
    r"doesn'?t matter|does not matter|don'?t care(?: about)?|not important|is fine either way|"
    r"olvida|olvídate de|da igual|no importa|egal|vergiss|ignoriere|"
    r"peu importe|oublie|esquece|tanto faz|non importa|lascia perdere|"
    r"不限|随便|无所谓|都行|気にしない|どれでも|상관없"
)
# Determiners that let go only right before the noun: "any brand", "cualquier marca" (not "any with 4 stars").
_ANY = re.compile(r"(?<![^\W\d_])(?:any|cualquier|qualquer|qualsiasi|beliebige?|n'importe quelle?)\s+$", re.I)
_DISMISS_RE = re.compile(
    rf"(?<![^\W\d_])(?:{_DISMISS})(?![^\W\d_])|不限|随便|无所谓|都行|気にしない|상관없", re.I
)
_SLOT_RES = {
    slot: re.compile(
        rf"(?<![^\W\d_])(?:{nouns})(?![^\W\d_])|{'|'.join(n for n in nouns.split('|') if not n.isascii())}",
        re.I,
    )
    for slot, nouns in _SLOT_NOUNS.items()
}
_NEAR = 3  # words between a dismissal and the slot it lets go of


def dropped_slots(text: str) -> set[str]:
    """The constraint slots ("brand", "price", "rating", "color", "size") a follow-up lets go of."""
    dismissals = list(_DISMISS_RE.finditer(text))
    out = set()
    for slot, pattern in _SLOT_RES.items():
        for noun in pattern.finditer(text):
            if _ANY.search(text[: noun.start()]):
                out.add(slot)
            for m in dismissals:
                between = (
                    text[m.end() : noun.start()] if m.start() < noun.start() else text[noun.end() : m.start()]
                )
                if re.search(r"[,.;!?，。]", between):
                    continue  # another clause
                if len(re.findall(r"[^\W_]+", between)) <= _NEAR:
                    out.add(slot)
    return out


def without_dismissals(text: str) -> str:
    """The follow-up without its words of letting go ("forget", "doesn't matter") and the slot nouns
    they let go of: what is left could still name a product."""
    text = _DISMISS_RE.sub(" ", text)
    for pattern in _SLOT_RES.values():
        text = pattern.sub(" ", text)
    return " ".join(text.split())


# A quantity said on top of what the line holds: "one more of those", "two more", "another one",
# "noch eins", "uno más", "encore un", "bir tane daha", "satu lagi", "ещё один", "再来一个".
# Not "no more than 3" (a cap), "nothing more", "more or less"; not words that also mean "to", "but",
# "and", "still" or "the other" ("till", "mas", "aur", "nog", "otro").
MORE = re.compile(
    r"(?<!nothing )(?<!no )(?<!not )(?<!any )(?<![^\W\d_])(?:more|another|extra|más|noch|mehr|de plus|encore|"
    r"in più|meer|daha|lagi|ещё|еще|jeszcze|další)(?![^\W\d_])(?!\s+(?:than|que|als|de|nicht|or|o)\b)"
    r"|再来|再要|もう一|하나 더|더 주",
    re.IGNORECASE,
)

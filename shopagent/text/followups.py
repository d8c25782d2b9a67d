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
    "günstiger|gunstiger|billiger|preiswerter|"
    "più economic[oi]|piu economic[oi]|meno car[oi]|"
    "goedkoper|"
    "sasta|saste|sasti"
)
_PRICIER_WORDS = (
    "more expensive|pricier|higher end|premium|fancier|"
    "más car[oa]s?|mas car[oa]s?|mais car[oa]s?|plus cher|plus chère|plus chers|"
    "teurer|hochwertiger|più car[oi]|piu car[oi]|duurder|mehenga|mehnga"
)
CHEAPER = re.compile(
    rf"(?<![^\W\d_])(?:{_CHEAPER_WORDS})(?![^\W\d_])|便宜(?:一?点|些|的)|更便宜|再便宜|实惠一?点|もっと安|より安|安いの",
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
        *("bitte", "danke", "merci", "svp", "stp", "plait", "plaît", "grazie", "prego", "alsjeblieft",
          "alstublieft", "bedankt", "dank", "kripya", "dhanyavaad", "shukriya"),
        *("请", "谢谢", "麻烦", "一下", "吧", "ください", "お願い", "おねがい"),
    }
)

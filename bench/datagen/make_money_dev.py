#!/usr/bin/env python3
"""Deterministic generator for money_dev.jsonl (dev set for a money/number extractor).

Each line: {"text", "lang", "min", "max", "currency"} -- the bound the user states,
in the currency they state (ISO code), currency null when none is stated.
"around N" phrasings are deliberately NOT included (no agreed interpretation).
'¥' = CNY in Chinese text, JPY in Japanese/English text. Bare 'pesos' in English
(Philippine context) = PHP; 'pesos mexicanos' / 'MX$' / 'Mexican pesos' = MXN.
Standard library only: /usr/bin/python3 make_money_dev.py
"""
import json
import os
import random

SEED = 4242
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shopagent", "data", "utterances")
OUT = os.path.join(HERE, "money_dev.jsonl")

WORDS = {
    "en": {15: "fifteen", 20: "twenty", 25: "twenty-five", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 80: "eighty",
           100: "a hundred", 150: "a hundred and fifty", 200: "two hundred", 300: "three hundred", 500: "five hundred", 1000: "a thousand", 2000: "two thousand"},
    "es": {20: "veinte", 30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 80: "ochenta", 100: "cien", 200: "doscientos",
           300: "trescientos", 500: "quinientos", 1000: "mil"},
    "de": {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig", 60: "sechzig", 80: "achtzig", 100: "hundert", 200: "zweihundert",
           300: "dreihundert", 500: "fünfhundert", 1000: "tausend"},
    "fr": {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 80: "quatre-vingts", 100: "cent", 200: "deux cents",
           300: "trois cents", 500: "cinq cents", 1000: "mille"},
    "zh": {30: "三十", 50: "五十", 100: "一百", 200: "两百", 300: "三百", 500: "五百", 800: "八百", 1000: "一千", 1500: "一千五", 2000: "两千", 5000: "五千"},
    "ja": {1000: "千", 3000: "三千", 5000: "五千", 10000: "一万", 20000: "二万"},
    "pt": {50: "cinquenta", 100: "cem", 200: "duzentos"},
    "hi": {},
}
VALUES = {
    "en": [10, 15, 20, 25, 30, 40, 49.99, 50, 60, 75, 80, 99, 100, 120, 150, 199.99, 200, 250, 300, 400, 500, 750, 1000, 1200, 1500, 2000, 2500],
    "es": [20, 30, 40, 49.99, 50, 60, 80, 100, 120, 150, 200, 300, 500, 1000, 1200, 1299, 2500],
    "de": [20, 30, 40, 49.99, 50, 60, 80, 100, 120, 150, 200, 300, 500, 1000, 1299, 2500],
    "fr": [20, 30, 40, 49.99, 50, 60, 80, 100, 120, 150, 200, 300, 500, 1000, 1299, 2500],
    "zh": [30, 50, 99, 100, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000],
    "ja": [1000, 2000, 3000, 5000, 8000, 10000, 15000, 20000, 30000],
    "pt": [50, 100, 150, 200, 300, 500],
    "hi": [500, 1000, 1500, 2000, 2999, 5000, 10000],
}

def num_str(v, lang, rng, allow_words=True):
    iv = int(v) if float(v).is_integer() else None
    opts = []
    if iv is not None:
        opts.append(str(iv))
        if iv >= 1000:
            if lang in ("en", "zh", "ja", "hi"):
                opts.append(f"{iv:,}")
            if lang in ("es", "de", "pt"):
                opts.append(f"{iv:,}".replace(",", "."))
            if lang == "fr":
                opts.append(f"{iv:,}".replace(",", " "))
            if lang == "en" and iv % 100 == 0:
                k = iv / 1000
                opts.append("%gk" % k)
            if lang in ("es", "de", "fr") and rng.random() < 0.5:
                s = f"{iv:,.2f}"  # 1,299.00
                s = s.replace(",", "X").replace(".", ",").replace("X", "." if lang != "fr" else " ")
                opts.append(s)
        if allow_words and iv in WORDS.get(lang, {}):
            opts += [WORDS[lang][iv]] * 2
        if lang == "ja" and iv % 10000 == 0:
            opts.append("%d万" % (iv // 10000))
    else:
        s = "%.2f" % v
        opts.append(s if lang in ("en", "zh", "ja", "hi") else s.replace(".", ","))
    return rng.choice(opts)

CUR = {
    "en": [("USD", ["${n}", "{n} dollars", "{n} bucks", "USD {n}", "{n} USD", "US${n}", "{n} usd"]),
           ("EUR", ["€{n}", "{n} euros", "{n} EUR", "{n}€"]),
           ("GBP", ["£{n}", "{n} pounds", "{n} quid", "GBP {n}"]),
           ("JPY", ["¥{n}", "{n} yen", "{n} JPY"]),
           ("INR", ["₹{n}", "Rs {n}", "Rs. {n}", "{n} rupees", "INR {n}"]),
           ("PHP", ["₱{n}", "{n} pesos", "PHP {n}"]),
           ("MXN", ["MX${n}", "{n} MXN", "{n} Mexican pesos"]),
           ("CNY", ["{n} RMB", "{n} yuan", "CNY {n}"]),
           (None, ["{n}", "{n}", "{n}"])],
    "es": [("EUR", ["{n} €", "{n}€", "{n} euros", "{n} EUR"]), ("USD", ["{n} dólares", "{n} USD", "US$ {n}"]),
           ("MXN", ["{n} pesos mexicanos", "MX$ {n}", "{n} MXN"]), (None, ["{n}", "{n}"])],
    "zh": [("CNY", ["{n}元", "{n}块", "{n}块钱", "{n}人民币", "人民币{n}", "¥{n}", "{n} RMB", "{n}元人民币"]), ("USD", ["{n}美元", "{n}美金"]),
           ("EUR", ["{n}欧元"]), ("JPY", ["{n}日元"]), (None, ["{n}", "{n}"])],
    "de": [("EUR", ["{n} €", "{n}€", "{n} Euro", "{n} EUR", "€{n}"]), ("USD", ["{n} Dollar", "{n} $"]), ("GBP", ["{n} Pfund"]),
           (None, ["{n}", "{n}"])],
    "fr": [("EUR", ["{n} €", "{n} euros", "{n}€", "{n} EUR"]), ("USD", ["{n} dollars", "{n} $"]), ("GBP", ["{n} livres"]),
           (None, ["{n}", "{n}"])],
    "ja": [("JPY", ["{n}円", "¥{n}", "{n} 円"]), (None, ["{n}"])],
    "pt": [("BRL", ["R$ {n}", "{n} reais"]), ("EUR", ["{n} euros", "{n} €"]), (None, ["{n}"])],
    "hi": [("INR", ["{n} rupees", "Rs {n}", "₹{n}", "{n} rs", "{n} rupaye"]), (None, ["{n}"])],
}
# currency weights: favour each language's home currency
CUR_W = {"en": [5, 2, 2, 1, 1.2, 1, 1, 0.8, 2.5], "es": [4, 1.5, 1.5, 2], "zh": [6, 1, 0.6, 0.6, 2], "de": [5, 1, 0.6, 2],
         "fr": [5, 1, 0.6, 2], "ja": [4, 1], "pt": [3, 1, 1], "hi": [4, 1]}

B = {
    "en": {"max": ["under {p}", "below {p}", "less than {p}", "no more than {p}", "not more than {p}", "max {p}", "{p} max", "up to {p}",
                   "at most {p}", "{p} or less", "cheaper than {p}", "my budget is {p}", "within {p}", "drops below {p}", "i don't want to spend more than {p}",
                   "not over {p}", "nothing above {p}", "keep it below {p}", "under {p} please", "for less than {p}", "{p} tops", "no more than {p} total"],
           "min": ["over {p}", "more than {p}", "at least {p}", "above {p}", "{p} or more", "starting at {p}", "no less than {p}",
                   "not less than {p}", "minimum {p}", "pricier than {p}", "more expensive than {p}"],
           "range": ["between {a} and {b}", "from {a} to {b}", "{a} to {b}", "{a}-{b}", "in the {a}-{b} range", "somewhere between {a} and {b}"]},
    "es": {"max": ["menos de {p}", "por debajo de {p}", "máximo {p}", "hasta {p}", "no más de {p}", "como mucho {p}", "que no pase de {p}",
                   "{p} como máximo", "por menos de {p}"],
           "min": ["más de {p}", "al menos {p}", "mínimo {p}", "desde {p}", "por encima de {p}", "no menos de {p}"],
           "range": ["entre {a} y {b}", "de {a} a {b}", "{a}-{b}"]},
    "de": {"max": ["unter {p}", "bis {p}", "höchstens {p}", "maximal {p}", "nicht mehr als {p}", "weniger als {p}", "bis zu {p}",
                   "günstiger als {p}", "nicht über {p}"],
           "min": ["über {p}", "mindestens {p}", "ab {p}", "mehr als {p}", "nicht unter {p}"],
           "range": ["zwischen {a} und {b}", "von {a} bis {b}", "{a}-{b}"]},
    "fr": {"max": ["moins de {p}", "à moins de {p}", "pas plus de {p}", "maximum {p}", "jusqu'à {p}", "en dessous de {p}", "max {p}",
                   "pas au-dessus de {p}"],
           "min": ["plus de {p}", "au moins {p}", "à partir de {p}", "minimum {p}", "au-dessus de {p}"],
           "range": ["entre {a} et {b}", "de {a} à {b}", "{a}-{b}"]},
    "zh": {"max": ["{p}以下", "{p}以内", "不超过{p}", "低于{p}", "最多{p}", "预算{p}", "{p}之内", "不要超过{p}"],
           "min": ["{p}以上", "超过{p}", "至少{p}", "不低于{p}", "高于{p}"],
           "range": ["{a}到{b}", "{a}-{b}", "{a}至{b}之间", "在{a}和{b}之间"]},
    "ja": {"max": ["{p}以下", "{p}以内", "{p}まで", "{p}未満"], "min": ["{p}以上"], "range": ["{a}〜{b}", "{a}から{b}まで"]},
    "pt": {"max": ["até {p}", "menos de {p}", "no máximo {p}"], "min": ["mais de {p}", "pelo menos {p}"], "range": ["entre {a} e {b}", "de {a} a {b}"]},
    "hi": {"max": ["{p} se kam", "{p} ke andar", "{p} tak", "{p} se neeche"], "min": ["{p} se zyada", "kam se kam {p}"], "range": ["{a} se {b} tak"]},
}
FRAMES = {
    "en": ["{x}", "{x}", "show me boots {x}", "i want a tent {x}", "something {x}", "headphones {x} please", "a rain jacket {x}",
           "find me a kettle {x}", "any sleeping bags {x}?", "gift ideas {x}", "running shoes {x}", "smartwatch {x}"],
    "es": ["{x}", "{x}", "busco botas {x}", "una tienda de campaña {x}", "auriculares {x}", "algo {x}", "una chaqueta {x}, por favor"],
    "de": ["{x}", "{x}", "Wanderschuhe {x}", "ein Zelt {x}", "Kopfhörer {x}", "etwas {x}", "eine Regenjacke {x} bitte"],
    "fr": ["{x}", "{x}", "des chaussures {x}", "une tente {x}", "un casque {x}", "quelque chose {x}", "une veste {x} svp"],
    "zh": ["{x}", "{x}", "{x}的登山靴", "帐篷，{x}", "有没有{x}的耳机", "找个{x}的电水壶", "{x}的羽绒服"],
    "ja": ["{x}", "{x}のイヤホン", "{x}のテント", "{x}で登山靴を探して"],
    "pt": ["{x}", "uma barraca {x}", "tênis {x}"],
    "hi": ["{x}", "{x} wala backpack dikhao", "shoes {x}"],
}
TARGET = {"en": 170, "es": 50, "zh": 55, "de": 45, "fr": 45, "ja": 20, "pt": 10, "hi": 15}

def render_cur(pat, n):
    return pat.format(n=n)

def render_range(pat, na, nb, tpl):
    # symbol-prefixed currency: "$80-$120" / "$80-120"; suffix currency: "80-120 dollars"
    if pat.startswith("{n}"):
        return tpl.format(a=na, b=pat.format(n=nb))
    return tpl.format(a=pat.format(n=na), b=pat.format(n=nb))

def num(v):
    return int(v) if float(v).is_integer() else v

def gen(rng, add):
    for lang, target in TARGET.items():
        made, tries = 0, 0
        while made < target and tries < target * 80:
            tries += 1
            kind = rng.choices(["max", "min", "range"], [5, 2.5, 2.5])[0]
            code, pats = rng.choices(CUR[lang], CUR_W[lang])[0]
            pat = rng.choice(pats)
            sym = any(ch in pat for ch in "$€£¥₹₱")
            if kind == "range":
                a, b = sorted(rng.sample(VALUES[lang], 2))
                rtpl = rng.choice(B[lang]["range"])
                words = rng.random() < 0.3 and not sym and "-" not in rtpl and "〜" not in rtpl
                if code == "JPY" and not (float(a).is_integer() and float(b).is_integer()):
                    continue
                na, nb = num_str(a, lang, rng, words), num_str(b, lang, rng, words)
                x = render_range(pat, na, nb, rtpl)
                lo, hi = num(a), num(b)
            else:
                v = rng.choice(VALUES[lang])
                if code == "JPY" and not float(v).is_integer():
                    continue
                x = rng.choice(B[lang][kind]).format(p=render_cur(pat, num_str(v, lang, rng, not sym)))
                lo, hi = (None, num(v)) if kind == "max" else (num(v), None)
            # English '¥' is JPY; keep that labelled explicitly
            text = rng.choice(FRAMES[lang]).format(x=x)
            if add(text, lang, lo, hi, code):
                made += 1

# hand-written specials: text, lang, min, max, currency
SPECIAL = [
    ("under twenty dollars", "en", None, 20, "USD"), ("menos de cincuenta euros", "es", None, 50, "EUR"), ("三百元以下", "zh", None, 300, "CNY"),
    ("80-120", "en", 80, 120, None), ("between 50 and 100", "en", 50, 100, None), ("de 20 a 40 €", "es", 20, 40, "EUR"),
    ("under 1.2k", "en", None, 1200, None), ("no more than 2,500 rupees", "en", None, 2500, "INR"), ("bis 1.299,00 €", "de", None, 1299, "EUR"),
    ("not more than 250", "en", None, 250, None), ("más de 100 dólares", "es", 100, None, "USD"), ("unter 50 Euro", "de", None, 50, "EUR"),
    ("1000元以上", "zh", 1000, None, "CNY"), ("不超过五百块", "zh", None, 500, "CNY"), ("一万円以下のイヤホン", "ja", None, 10000, "JPY"),
    ("a 4 person tent under $300", "en", None, 300, "USD"), ("size 11 boots under 150", "en", None, 150, None),
    ("2 pack of socks below £15", "en", None, 15, "GBP"), ("iphone 15 case under 20 bucks", "en", None, 20, "USD"),
    ("at least 4 stars and under $80", "en", None, 80, "USD"), ("2024 model, max 500 euros", "en", None, 500, "EUR"),
    ("100% cotton t-shirt for less than 25 quid", "en", None, 25, "GBP"), ("3 of the first one if it's under $40 each", "en", None, 40, "USD"),
    ("tienda para 4 personas por menos de 200 €", "es", None, 200, "EUR"), ("42码的跑鞋，500块以内", "zh", None, 500, "CNY"),
    ("Größe 44, höchstens 120 Euro", "de", None, 120, "EUR"), ("taille 42, pas plus de 90 €", "fr", None, 90, "EUR"),
    ("under ¥5000", "en", None, 5000, "JPY"), ("¥200以内的保温杯", "zh", None, 200, "CNY"), ("¥3,000以下", "ja", None, 3000, "JPY"),
    ("below ₱2,000", "en", None, 2000, "PHP"), ("under 1500 pesos", "en", None, 1500, "PHP"), ("menos de 800 pesos mexicanos", "es", None, 800, "MXN"),
    ("MX$500 max", "en", None, 500, "MXN"), ("under Rs 999", "en", None, 999, "INR"), ("₹1,500 se kam", "hi", None, 1500, "INR"),
    ("between 1.5k and 2k", "en", 1500, 2000, None), ("$1.2k-$1.5k", "en", 1200, 1500, "USD"), ("12,50 € maximum", "fr", None, 12.5, "EUR"),
    ("unter 9,99 €", "de", None, 9.99, "EUR"), ("less than 9.99", "en", None, 9.99, None), ("over 99.5 dollars", "en", 99.5, None, "USD"),
    ("between €50 and €80", "en", 50, 80, "EUR"), ("from 30 to 60 GBP", "en", 30, 60, "GBP"), ("两千到三千元", "zh", 2000, 3000, "CNY"),
    ("五十块钱以下", "zh", None, 50, "CNY"), ("预算一千五", "zh", None, 1500, None), ("最多两百美元", "zh", None, 200, "USD"),
    ("5,000円〜1万円", "ja", 5000, 10000, "JPY"), ("USD 75 or less", "en", None, 75, "USD"), ("not less than 40 euros", "en", 40, None, "EUR"),
    ("no cheaper than 100 bucks", "en", 100, None, "USD"), ("dont show anything over 60", "en", None, 60, None),
    ("nothing under 30, it'll be junk", "en", 30, None, None), ("tents over two hundred dollars", "en", 200, None, "USD"),
    ("at least fifty quid", "en", 50, None, "GBP"), ("hasta mil pesos mexicanos", "es", None, 1000, "MXN"),
    ("zwischen zwanzig und vierzig Euro", "de", 20, 40, "EUR"), ("entre vingt et quarante euros", "fr", 20, 40, "EUR"),
    ("moins de cent balles", "fr", None, 100, "EUR"), ("under 50 CAD", "en", None, 50, "CAD"), ("max 200 CHF", "de", None, 200, "CHF"),
    ("under A$120", "en", None, 120, "AUD"), ("below 300 RMB", "en", None, 300, "CNY"), ("人民币500元以内", "zh", None, 500, "CNY"),
    ("under 40 dollars a pair", "en", None, 40, "USD"), ("2 for under $30", "en", None, 30, "USD"),
    ("keep the whole cart under 500", "en", None, 500, None), ("tell me when it drops below 100 euros", "en", None, 100, "EUR"),
    ("let me know if the first one goes under 60", "en", None, 60, None), ("avísame si baja de 45 €", "es", None, 45, "EUR"),
]

NONPRICE = [
    "size 11", "size 9.5 hiking boots", "4 person tent", "2 pack", "iphone 15 case", "at least 4 stars", "2024 model", "100% cotton",
    "3 of the first one", "add 2 of #3", "the 2nd one", "make it 3", "a pair of wool socks", "a dozen eggs", "XL in black", "size 42 shoes",
    "42码", "第2个", "两件", "10 inch skillet", "12 cup coffee maker", "1.7 litre kettle", "1.7L kettle", "sleeping bag rated to -10",
    "minus 10 degrees sleeping bag", "20 degree bag", "65 liter backpack", "65L pack", "40mm drivers", "30 hour battery", "battery lasts 24h",
    "spf 50 sunscreen", "spf 30+", "5 kg dumbbells", "2 x 10 lb dumbbells", "6mm yoga mat", "queen size duvet", "king size pillow",
    "55 x 40 x 20 cm carry-on", "3 season tent", "2 person tent for 3 nights", "for 2 adults and 3 kids", "family of 4", "week 2 of training",
    "rated 4.5 or higher", "over 100 reviews", "at least 50 reviews", "top 3", "first 5 results", "page 2", "next 10",
    "we're 6 people", "for my 10 year old", "I wear a 10.5", "size 7 1/2", "model 2023", "v2 version", "gen 3 earbuds", "usb-c 65w charger",
    "10000mah power bank", "4k monitor", "27 inch monitor", "32gb laptop", "order 10234", "2 day shipping", "30 day returns",
    "2 year warranty", "3 stars or less", "100 percent merino", "5 star reviews only", "4人用帐篷", "三个人", "2 Personen Zelt", "Größe 44",
    "taille 42", "talla 38", "tienda para 4 personas", "pack de 2", "100 % coton", "Modell 2024", "第三个要两件",
]

def main():
    rng = random.Random(SEED)
    rows, seen = [], set()

    def add(text, lang, lo, hi, cur):
        if text in seen:
            return False
        seen.add(text)
        rows.append({"text": text, "lang": lang, "min": lo, "max": hi, "currency": cur})
        return True

    for t, l, lo, hi, c in SPECIAL:
        add(t, l, lo, hi, c)
    gen(rng, add)
    for t in NONPRICE:
        lang = "en"
        if any("\u4e00" <= ch <= "\u9fff" for ch in t):
            lang = "zh"
        elif t in ("2 Personen Zelt", "Größe 44", "Modell 2024"):
            lang = "de"
        elif t in ("taille 42", "100 % coton"):
            lang = "fr"
        elif t in ("talla 38", "tienda para 4 personas", "pack de 2"):
            lang = "es"
        add(t, lang, None, None, None)
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["lang"] for r in rows), Counter(r["currency"] for r in rows),
          "nonprice", sum(1 for r in rows if r["min"] is None and r["max"] is None))

if __name__ == "__main__":
    main()

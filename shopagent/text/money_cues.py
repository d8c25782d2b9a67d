"""The words of money, by language: price cues (by polarity and by position), negators, units that
say a number is no price, and the words before a number that say the same. Data only; the grammar
that uses them is in `text/money.py`.

Polarity: "upper" (at most: under, menos de, 以下), "lower" (at least: over, mindestens, 以上),
"around" (about: environ, 左右). Position: a pre cue comes before the amount ("unter 50"), a post cue
after it and its currency ("50 € maximum", "3000元以下", "1500 se zyada").
"""

from __future__ import annotations

import unicodedata

# -- currencies --------------------------------------------------------------------------------------
# Marker -> currency. A marker with several meanings lists them; `resolve` picks by the catalog's
# currency first, then by the script of the text, then the first.
# fmt: off
MARKERS: dict[str, tuple[str, ...]] = {
    "$": ("USD", "MXN", "CAD", "AUD", "NZD", "SGD", "HKD", "ARS", "CLP", "COP"), "us$": ("USD",),
    "u$s": ("USD",), "usd": ("USD",), "dollar": ("USD", "CAD", "AUD"), "dollars": ("USD", "CAD", "AUD"),
    "bucks": ("USD",), "dolar": ("USD",), "dolares": ("USD",), "dólares": ("USD",), "dollari": ("USD",),
    "美元": ("USD",), "美金": ("USD",), "ドル": ("USD",), "€": ("EUR",), "eur": ("EUR",), "euro": ("EUR",),
    "euros": ("EUR",), "欧元": ("EUR",), "ユーロ": ("EUR",), "£": ("GBP",), "gbp": ("GBP",),
    "quid": ("GBP",), "sterling": ("GBP",), "英镑": ("GBP",), "¥": ("CNY", "JPY"), "￥": ("CNY", "JPY"),
    "rmb": ("CNY",), "cny": ("CNY",), "元": ("CNY",), "块": ("CNY",), "块钱": ("CNY",), "人民币": ("CNY",),
    "yuan": ("CNY",), "kuai": ("CNY",), "円": ("JPY",), "yen": ("JPY",), "jpy": ("JPY",), "日元": ("JPY",),
    "日圆": ("JPY",), "₹": ("INR",), "rs": ("INR",), "rs.": ("INR",), "inr": ("INR",), "rupee": ("INR",),
    "rupees": ("INR",), "rupaye": ("INR",), "rupiya": ("INR",), "रुपये": ("INR",), "₨": ("INR",),
    "रुपए": ("INR",), "रुपया": ("INR",), "रु": ("INR",), "रु.": ("INR",), "डॉलर": ("USD",), "डालर": ("USD",),
    "यूरो": ("EUR",),
    "₱": ("PHP",), "php": ("PHP",), "peso": ("PHP", "MXN", "ARS", "COP", "CLP"),
    "pesos": ("PHP", "MXN", "ARS", "COP", "CLP"), "piso": ("PHP",), "mx$": ("MXN",), "mxn": ("MXN",),
    "mex$": ("MXN",), "c$": ("CAD",), "ca$": ("CAD",), "cad": ("CAD",), "a$": ("AUD",), "au$": ("AUD",),
    "aud": ("AUD",), "nz$": ("NZD",), "nzd": ("NZD",), "chf": ("CHF",), "franken": ("CHF",),
    "sek": ("SEK",), "nok": ("NOK",), "dkk": ("DKK",), "kr": ("SEK", "NOK", "DKK"), "kronor": ("SEK",),
    "kroner": ("NOK", "DKK"), "zł": ("PLN",), "zl": ("PLN",), "pln": ("PLN",), "złotych": ("PLN",),
    "czk": ("CZK",), "kč": ("CZK",), "huf": ("HUF",), "₩": ("KRW",), "krw": ("KRW",), "원": ("KRW",),
    "r$": ("BRL",), "brl": ("BRL",), "reais": ("BRL",), "₽": ("RUB",), "rub": ("RUB",), "руб": ("RUB",),
    "рублей": ("RUB",), "₺": ("TRY",), "zar": ("ZAR",), "sgd": ("SGD",), "s$": ("SGD",),
    "hkd": ("HKD",), "hk$": ("HKD",), "twd": ("TWD",), "nt$": ("TWD",), "฿": ("THB",), "thb": ("THB",),
    "baht": ("THB",), "idr": ("IDR",), "rupiah": ("IDR",), "myr": ("MYR",), "ringgit": ("MYR",),
    "₫": ("VND",), "vnd": ("VND",), "aed": ("AED",), "dirham": ("AED",), "dirhams": ("AED",),
    "riyal": ("SAR",), "₪": ("ILS",), "ils": ("ILS",), "shekel": ("ILS",), "shekels": ("ILS",),
    "egp": ("EGP",), "₦": ("NGN",), "ngn": ("NGN",), "naira": ("NGN",), "kes": ("KES",),
    "ksh": ("KES",), "balles": ("EUR",), "pound": ("GBP",), "pounds": ("GBP",), "pfund": ("GBP",),
    "livre": ("GBP",), "livres": ("GBP",), "libras": ("GBP",), "sterline": ("GBP",),
    # ru, uk, pl, cs, tr, ko, vi, id, th, ar (local names of the same currencies)
    "доллар": ("USD",), "доллара": ("USD",), "долларов": ("USD",), "долл": ("USD",), "бакс": ("USD",),
    "баксов": ("USD",), "евро": ("EUR",), "рубль": ("RUB",), "рубля": ("RUB",), "р.": ("RUB",),
    "dolarów": ("USD",), "dolary": ("USD",),
    "dolara": ("USD",), "złote": ("PLN",), "złoty": ("PLN",), "dolarů": ("USD",), "korun": ("CZK",),
    "달러": ("USD",), "불": ("USD",), "유로": ("EUR",), "엔": ("JPY",), "위안": ("CNY",),
    "đô": ("USD",), "usd$": ("USD",), "rp": ("IDR",), "rp.": ("IDR",), "บาท": ("THB",),
    "دولار": ("USD",), "tl": ("TRY",), "lira": ("TRY",),
    # tr case endings: "150 dolardan ucuz" (cheaper than), "doların altında" (under), "dolarlık" (worth)
    "dolardan": ("USD",), "doların": ("USD",), "dolarlık": ("USD",),
    "liradan": ("TRY",), "liranın": ("TRY",), "liralık": ("TRY",), "eurodan": ("EUR",), "euronun": ("EUR",),
}
# fmt: on
# Currency words that are also weights ("10 pound dumbbells"): money only when the amount has a price
# cue or is an end of a range ("under 10 pounds", "50 Pfund oder weniger", "80 to 100 pounds").
CUED_ONLY = frozenset({"pound", "pounds", "pfund", "livre", "livres", "libras"})
# Of those, the symbols written before an amount too ("Rp 500.000", "RM 50").
PRE_SYMBOLS = frozenset({"rp", "rp.", "rm"})
# Words that are a currency only right after an amount (they mean other things alone).
POST_ONLY = frozenset(
    {
        "real",
        "try",
        "won",
        "rand",
        "dong",
        "lira",
        "ft",
        "rp",
        "rm",
        "kr",
        "sar",
        "peso",
        "piso",
        "yuan",
        "kuai",
        "元",
        "块",
        "块钱",
        "円",
        "balles",
        "pound",
        "pounds",
        "pfund",
        "livre",
        "livres",
        "libras",
        "sterline",
    }
)
# Multi-word names first (longest match wins).
PHRASES: dict[str, str] = {
    "pesos mexicanos": "MXN",
    "peso mexicano": "MXN",
    "pesos filipinos": "PHP",
    "philippine pesos": "PHP",
    "philippine peso": "PHP",
    "mexican pesos": "MXN",
    "mexican peso": "MXN",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "indian rupees": "INR",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "british pounds": "GBP",
    "libras esterlinas": "GBP",
    "livres sterling": "GBP",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "dólares americanos": "USD",
    "swiss francs": "CHF",
    "đô la": "USD",
    "türk lirası": "TRY",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


def _cues(kind: str, text: str) -> dict[str, str]:
    # NFKC, as the text is read: "ज़्यादा" is written with a nukta the normal form splits off.
    return {unicodedata.normalize("NFKC", cue.strip()): kind for cue in text.split("|") if cue.strip()}


# -- before the amount ------------------------------------------------------------------------------
# English cues the English price reader in search/parse.py reads itself: an amount in plain digits
# after one of these (and no negator) is left as written.
_EN_UPPER = (
    "under|below|beneath|less than|lower than|cheaper than|at most|up to|upto|max|maximum|max of|"
    "maximum of|within|limit|limit of|less than or equal to"
)
_EN_LOWER = (
    "over|above|more than|greater than|higher than|at least|min|minimum|min of|minimum of|starting at|"
    "starting from"
)
_EN_AROUND = "around|about|approximately|approx|roughly|close to|near|in the region of"
NATIVE_PRE = frozenset(f"{_EN_UPPER}|{_EN_LOWER}|{_EN_AROUND}".split("|"))
PRE_CUES: dict[str, str] = {
    # en
    **_cues(
        "upper",
        _EN_UPPER + "|not exceeding|south of|a maximum of|budget of|budget is|budget|sub|capped at",
    ),
    **_cues(
        "lower",
        _EN_LOWER + "|pricier than|more expensive than|costlier than|dearer than|upwards of|in excess of|"
        "north of|a minimum of",
    ),
    **_cues("around", _EN_AROUND),
    # es
    **_cues(
        "upper",
        "menos de|por debajo de|debajo de|como máximo|como maximo|máximo|maximo|hasta|inferior a|"
        "que no pase de|presupuesto de|presupuesto|menor que|menor a|más barato que|mas barato que|"
        "a lo sumo|como mucho",
    ),
    **_cues(
        "lower",
        "más de|mas de|más que|por encima de|al menos|mínimo|minimo|como mínimo|como minimo|desde|"
        "a partir de|superior a|mayor que|más caro que|mas caro que|arriba de",
    ),
    **_cues("around", "alrededor de|unos|unas|aproximadamente|cerca de|por unos"),
    # pt
    **_cues(
        "upper",
        "abaixo de|até|ate|no máximo|no maximo|orçamento de|orçamento|mais barato que|menos que",
    ),
    **_cues("lower", "mais de|acima de|pelo menos|no mínimo|no minimo|mais caro que|maior que"),
    **_cues("around", "em torno de|por volta de|cerca de"),
    # it
    **_cues(
        "upper",
        "meno di|sotto i|sotto|fino a|al massimo|massimo|budget di|inferiore a|più economico di|"
        "piu economico di",
    ),
    **_cues(
        "lower", "più di|piu di|almeno|sopra i|sopra|oltre|a partire da|più caro di|piu caro di|superiore a"
    ),
    **_cues("around", "cerca di|circa|intorno a"),
    # fr
    **_cues(
        "upper",
        "moins de|en dessous de|en-dessous de|au-dessous de|au dessous de|jusqu'à|jusqu'a|jusqu’à|"
        "au plus|au maximum|inférieur à|inferieur a|moins cher que|budget de",
    ),
    **_cues(
        "lower",
        "plus de|au moins|à partir de|au-dessus de|au dessus de|supérieur à|superieur a|plus cher que",
    ),
    **_cues("around", "environ|autour de|à peu près|a peu pres|aux alentours de"),
    # de
    **_cues(
        "upper",
        "unter|bis zu|bis|höchstens|hochstens|maximal|weniger als|unterhalb von|billiger als|"
        "günstiger als|gunstiger als|budget von",
    ),
    **_cues("lower", "über|uber|mehr als|mindestens|ab|teurer als|oberhalb von|wenigstens"),
    **_cues("around", "etwa|ungefähr|ungefahr|rund|circa|ca."),
    # nl
    **_cues("upper", "onder|minder dan|hooguit|hoogstens|tot|maximaal|goedkoper dan|budget van"),
    **_cues("lower", "meer dan|minstens|vanaf|boven|duurder dan|minimaal|ten minste"),
    **_cues("around", "ongeveer|rond de|zo'n"),
    # zh, ja (no spaces: matched as substrings)
    **_cues("upper", "低于|低於|少于|少於|小于|小於|不到|最多|最高|预算|預算|上限|予算|最大"),
    **_cues("lower", "超过|超過|高于|高於|多于|多於|大于|大於|至少|起码|起碼|最低|最少|下限"),
    **_cues("around", "大约|大約|大概|约|約"),
    # ru / uk
    **_cues(
        "upper",
        "до|не дороже|не больше|не более|меньше|дешевле|максимум|в пределах|ниже|бюджет|"
        "не дорожче|менше|дешевше|до",
    ),
    **_cues("lower", "от|не дешевле|не меньше|не менее|больше|дороже|минимум|свыше|более|від|дорожче"),
    **_cues("around", "около|примерно|порядка|приблизно|близько"),
    # pl, cs
    **_cues("upper", "poniżej|ponizej|maksymalnie|mniej niż|mniej niz|tańsze niż|tansze niz|maximálně"),
    **_cues("lower", "powyżej|powyzej|co najmniej|więcej niż|wiecej niz|minimálně"),
    **_cues("around", "około|okolo|kolem|zhruba"),
    # tr
    **_cues("upper", "en fazla|en çok|maksimum|bütçe|butce"),
    **_cues("lower", "en az|minimum"),
    **_cues("around", "yaklaşık|yaklasik|civarı"),
    # id / ms
    **_cues(
        "upper",
        "di bawah|dibawah|kurang dari|maksimal|maks|paling mahal|tidak lebih dari|budget|bajet|"
        "di bawah harga|gak lebih dari|ga lebih dari",
    ),
    **_cues("lower", "di atas|diatas|lebih dari|minimal|paling murah|sekurang-kurangnya"),
    **_cues("around", "sekitar|kisaran|kira-kira|kurang lebih|lebih kurang"),
    # vi
    **_cues("upper", "dưới|tối đa|không quá|rẻ hơn"),
    **_cues("lower", "trên|tối thiểu|ít nhất|hơn"),
    **_cues("around", "khoảng|tầm"),
    # ko (pre: rare; "최대 50달러")
    **_cues("upper", "최대|최고"),
    **_cues("lower", "최소|최저"),
    **_cues("around", "약"),
    # hi (romanised)
    **_cues("upper", "zyada se zyada|jyada se jyada|adhiktam|budget"),
    **_cues("lower", "kam se kam|kam-se-kam|nyuntam"),
    **_cues("around", "lagbhag|karib|kareeb"),
    # hi (Devanagari)
    **_cues("upper", "ज़्यादा से ज़्यादा|ज्यादा से ज्यादा|अधिकतम|बजट"),
    **_cues("lower", "कम से कम|न्यूनतम"),
    **_cues("around", "लगभग|करीब|क़रीब"),
}

# -- after the amount (and its currency) ------------------------------------------------------------
POST_CUES: dict[str, str] = {
    **_cues(
        "upper",
        "以下|以下的|以内|以内的|之内|内|未満|まで|より安い|以内で|"
        "or less|or lower|or under|or below|or cheaper|and under|and below|and less|at most|at the most|"
        "max|maximum|tops|o menos|como máximo|como maximo|máximo|maximo|a lo sumo|ou menos|no máximo|"
        "no maximo|o meno|al massimo|massimo|ou moins|au maximum|au plus|oder weniger|höchstens|"
        "hochstens|maximal|of minder|hooguit|maximaal|"
        "tak|se kam|ya kam|ya usse kam|se neeche|se niche|ke andar|ke neeche|ke niche|"
        "तक|से कम|या कम|या उससे कम|से नीचे|के अंदर|के भीतर|के नीचे|"
        "이하|미만|이내|까지|아래|или меньше|или дешевле|максимум|и ниже|ke bawah|ke bawah lagi|"
        "altı|altında|alti|altinda|veya daha az|ucuz|daha ucuz|az|daha az|trở xuống|lub mniej|i mniej|a méně",
    ),
    **_cues(
        "lower",
        "以上|以上的|起|より高い|"
        "or more|or higher|or above|or over|and up|and above|and over|and higher|at least|minimum|min|"
        "o más|o mas|como mínimo|como minimo|mínimo|minimo|ou mais|no mínimo|no minimo|o più|o piu|"
        "almeno|ou plus|au moins|oder mehr|mindestens|of meer|minstens|minimaal|"
        "se zyada|se jyada|se zyaada|se jyaada|se adhik|se upar|se oopar|ya zyada|ya usse zyada|"
        "से ज़्यादा|से ज्यादा|से अधिक|से ऊपर|या ज़्यादा|या ज्यादा|या उससे ज़्यादा|"
        "이상|초과|или больше|или дороже|и выше|минимум|ke atas|üstü|ustu|üzeri|uzeri|veya daha fazla|"
        "fazla|daha fazla|pahalı|daha pahalı|"
        "trở lên|lub więcej|i więcej|a více|pra cima|para cima|pa arriba|pa' arriba|para arriba|en adelante|"
        "em diante|in su|e oltre|und aufwärts|et plus",
    ),
    **_cues(
        "around",
        "左右|上下|くらい|ぐらい|程度|前後|ほど|or so|ish|-ish|más o menos|mas o menos|environ|"
        "ungefähr|ungefahr|circa|lagbhag|लगभग|정도|쯤|내외|전후|примерно|civarı|civarinda",
    ),
}
# Post cues that mean other things after a bare number ("iphone 12 max", "10 min", "3 tops"): they
# cue a price only when the amount carries a currency.
WEAK_POST = _phrases(
    "at least|at most|at the most|max|maximum|tops|min|minimum|máximo|maximo|mínimo|minimo|massimo|"
    "maximal|maximaal|minimaal|ish|-ish|内|起|circa|ucuz|daha ucuz|az|daha az|fazla|daha fazla|pahalı|"
    "daha pahalı"
)

# Weak post cues that never cue a bare amount: "150 at least" (inches), "10 min".
CURRENCY_ONLY_POST = frozenset({"at least", "at most", "at the most", "min", "minimum"})

# -- negators ----------------------------------------------------------------------------------------
# A negator right before a cue (a few filler words allowed between) inverts it: "no less than 50",
# "nicht unter 200", "pas au-dessus de 30", "dont show anything over 60", "不要超过500". Not Hindi
# "mat", which comes after its verb (POST_NEGATORS) and before a cue is the noun: "yoga mat under 50".
NEGATORS = _words(
    "no not nothing never none dont don't cant can't cannot wont won't doesnt doesn't isnt isn't nada "
    "nunca ningún ningun ninguna não nao nenhum nenhuma non niente nulla mai pas rien jamais nicht "
    "nichts kein keine keinen keiner keines nie niet niets geen nooit nahi nahin"
)
NEGATION_FILLERS = _words(
    "show me anything something any stuff items item want need see to spend pay paying spending cost "
    "costs costing priced that's thats is it be go one ones a the i please do does really quiero algo "
    "que cueste cuesten gastar pagar mostrar muestres quero custe voglio spendere pagare costi veux "
    "dépenser depenser payer coûte coute will möchte mochte ausgeben zahlen kostet kosten etwas was "
    "wil uitgeven betalen kost iets"
)
CJK_NEGATORS = ("不要", "不想", "不能", "不会", "不會", "没有", "沒有", "不", "别", "別", "勿")
CJK_NEGATION_FILLERS = ("要", "想", "能", "会", "會", "花", "买", "買", "价格", "价钱", "價格", "售价")
# Hindi puts the negator after the cue: "1500 se zyada nahi" (not over 1500).
POST_NEGATORS = frozenset({"nahi", "nahin", "nahi chahiye", "mat", "नहीं", "नही", "मत"})

# -- ranges ------------------------------------------------------------------------------------------
RANGE_WORDS = (
    r"(?:y|e|et|und|en|and|to|a|à|bis|al|hasta|até|ate|fino a|tot|se|से|au|-|–|~|〜|～|到|至|和|から|~)"
)
RANGE_LEAD = r"(?:entre|between|tra|fra|zwischen|tussen|de|von|from|da|van|du|desde|在)"
RANGE_TAIL = ("之间", "之間", "的之间", "の間", "まで", "tak", "ke beech", "ke bich", "के बीच", "तक")

# -- what says a number is no price -------------------------------------------------------------------
# A bare number (no currency) followed by one of these is a quantity: "4 to 6 people", "2-3 days".
UNITS = _words(
    "star stars lb lbs oz ounce ounces fl floz g gr gram grams kg kilo kilos kilogram kilograms mg ml "
    "l liter liters litre litres gallon gallons qt quart quarts pint pints cup cups inch inches in ft "
    "foot feet yard yards yd mm cm m meter meters metre metres km mile miles mph kph rpm hz khz mhz "
    "ghz gb tb mb kb gigabyte gigabytes mp megapixel megapixels w watt watts kw v volt volts amp amps "
    "mah wh kwh db degree degrees hour hours hr hrs minute minutes min mins second seconds sec secs "
    "day days week weeks month months year years yr yrs old pack packs pk pc pcs piece pieces count "
    "ct set sets pair pairs person people persons player players serving servings seat seats seater "
    "kid kids child children guest guests x times percent % p k tv tvs core cores port ports page "
    "pages sheet sheets roll rolls bag bags box boxes bottle bottles can cans unit units item items "
    "calorie calories cal kcal review reviews rating ratings point points size sizes by "
    "millimeter millimetre centimeter centimetre kilometer kilometre meter metre milliliter "
    "millilitre pound lb ounce tag tags "
    # es pt it fr de nl
    "persona personas pessoa pessoas persone personne personnes personen leute plazas lugares posti "
    "places plätze platze año años ano anos anni anno ans an jahre jahr jaar jaren mes meses mesi "
    "mois monat monate maand maanden día días dia dias giorni giorno jour jours tag tage dag dagen "
    "hora horas ore ora heure heures stunde stunden uur pulgada pulgadas polegada polegadas pollici "
    "pouce pouces zoll duim centímetros centimetros centimètres litros litri gramos gramas grammi "
    "grammes gramm piezas peças pezzi pièces stück stuck stuks unidades unità unités "
    "sterne sternen stern estrella estrellas étoile étoiles etoile etoiles stelle stella estrela "
    "estrelas ster sterren "
    # hi
    "log saal sal din ghante mahine स्टार सितारे "
    # ru pl tr id vi
    "штук штуки шт человек лет год года дней часов звезд звезды звёзд sztuk osób lat gwiazdki adet "
    "kişilik yıl yaşında buah orang tahun bintang pcs cái người năm sao"
)
CJK_UNITS = (
    "星",
    "颗星",
    "顆星",
    "つ星",
    "人",
    "个",
    "個",
    "件",
    "岁",
    "歳",
    "才",
    "年",
    "寸",
    "英寸",
    "インチ",
    "厘米",
    "センチ",
    "米",
    "公斤",
    "斤",
    "克",
    "码",
    "碼",
    "号",
    "號",
    "天",
    "日",
    "小时",
    "時間",
    "分钟",
    "分",
    "毫升",
    "升",
    "瓦",
    "伏",
    "毫安",
    "度",
    "层",
    "張",
    "张",
    "双",
    "雙",
    "本",
    "台",
    "部",
    "位",
    "名",
    "枚",
    "キロ",
    "ページ",
    "页",
    "GB",
    "g",
    "kg",
    "cm",
    "mm",
    "ml",
)
# The word before a cue or a range that says the number measures something else: "size 8 to 10",
# "kids under 10", "ages 3-5", "a tent for 4-6".
NOT_PRICE_LEAD = _words(
    "size sizes talla tallas taille tailles größe grösse grosse groesse maat taglia tamanho numéro "
    "numero age ages aged edad edades âge age alter leeftijd età eta idade kid kids child children "
    "boy boys girl girls baby babies toddler toddlers teens adults seniors niños ninos enfants kinder "
    "bambini crianças criancas length width height depth weight capacity model models year years "
    "version volume weighs weighing weight weighs holds supports support hold load carry carries lift "
    "lifts pets dogs dog cats cat poids gewicht rating rated bewertung bewertet valoración valoracion "
    "calificación calificacion puntuación puntuacion valutazione avaliação avaliacao beoordeling "
    "note noté notée notés notées valorado valorada calificado calificada valutato valutata avaliado "
    "avaliada beoordeeld nota notas рейтинг рейтингом оценка оценкой ocena puan bintang звезд звезды "
    "звёзд gwiazdki gwiazdek yıldız размер rozmiar beden ukuran "
    "रेटिंग"
)
# Before a bare range only: "a tent for 4-6", "für 2 bis 3".
RANGE_NOT_PRICE_LEAD = frozenset(["for", "für", "fur", "pour", "para", "per", "voor", "ke"])
CJK_NOT_PRICE_LEAD = (
    *("码", "尺码", "号", "サイズ", "岁", "歳", "重", "重量", "容量", "尺寸"),
    *("评分", "評分", "评价", "評價", "評価", "星", "평점", "별점"),  # a rating: "評価4以上", "星4つ以上"
)

# "¥" is JPY or CNY: kana or a word only Japanese writes decides JPY; other Han text is Chinese; text
# with no CJK at all keeps the JPY guess. ("¥3,000以下" has no evidence either way: CNY, a guess.)
JA_ONLY_WORDS = ("未満", "税込", "税抜", "円")

# What may follow a bare range for it to read as money: the end of the phrase, or one of these.
PHRASE_END_WORDS = _words(
    "please pls plz for and or but with in thanks thank only range price prices budget ok if is svp "
    "stp bitte por favor grazie alsjeblieft dikhao wala wali chahiye ka ki ke tak each total"
)
PHRASE_END_CJK = ("の", "的", "之", "で", "を", "が", "は", "左右", "以", "吧", "呢", "。")

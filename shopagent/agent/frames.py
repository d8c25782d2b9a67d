"""A polite request's frame: "could you add #1?" asks what "add #1" asks.

The classifier reads a question mark and a modal ("could you", "können Sie", "能…吗") as doubt, so
the mode of an effect is read on the imperative the frame wraps, and its question mark is no
doubt marker. Only the frame goes: what it wraps keeps its own negation and doubt.
"""

from __future__ import annotations

import re

# A sentence ends at . ; ! ? (not inside "12.99") or at CJK sentence punctuation.
SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|[。！？；]")
# A contrast opens another clause within a sentence: "add the first one but don't check out".
CLAUSE_START = re.compile(
    r"(?<=\s)(?:but|however|though|pero|mas|mais|aber|doch|ma|però|maar|toch)(?=\s)"
    r"|(?:但是|可是|不过|但|けど|けれど|でも)|(?<=\s)(?:लेकिन|मगर|lekin|magar)(?=\s)",
    re.IGNORECASE,
)

# A polite request is the imperative it wraps: "could you add #1?" asks as "add #1" does, and its
# question mark is no doubt. Only the frame goes; what it wraps keeps its own markers ("could you
# not add it yet?", "can you add it? not sure" still do not act). "would you get the second one?"
# asks for advice, so "would you" is a frame only as "would you mind / please".
_REQUEST_OPEN = re.compile(
    r"^\W*(?:(?:hey|hi|ok|okay|so|please|pls|oye|hola|bitte|hallo|ciao|olá|ola|hoi|salut)\W+)*(?:"
    r"(?:could|can|will|cud|cn)\s+(?:you|u|ya)|would you (?:mind|please|kindly)|do you mind|"
    r"(?:me\s+)?(?:puedes|podrías|podrias|puede|podría|podria)|"
    r"(?:você\s+|voce\s+|tu\s+)?(?:pode|podes|poderia|podia|consegue)|"
    r"(?:est-ce que\s+)?(?:tu peux|vous pouvez|peux-tu|pouvez-vous|pourriez-vous|pourrais-tu|tu pourrais|"
    r"vous pourriez)|"
    r"(?:kannst du|könntest du|koenntest du|können sie|koennen sie|könnten sie|würdest du|wuerdest du|"
    r"würden sie)|"
    r"(?:mi\s+)?(?:puoi|potresti|può|potrebbe)|"
    r"(?:kun je|kan je|kunt u|kan u|wil je|wilt u|zou je|zou u)"
    r")(?:\s+(?:please|pls|kindly|just|por favor|s'il (?:te|vous) pla[iî]t|bitte|mal|per favore|"
    r"alsjeblieft|even))*(?![^\W\d_])\s*",
    re.I,
)
_REQUEST_CLOSE = re.compile(r"\s*[?？]\s*$")
_ZH_REQUEST = re.compile(
    r"^\s*(?:请|麻烦你|麻烦)?你?(?:能不能|能否|可不可以|可以|能)(?:帮我|帮忙)?(?P<body>.+?)(?:吗|嘛|么)?\s*[?？]?\s*$"
)
_JA_REQUEST = re.compile(
    r"(て|で)(?:もらえますか|もらえる|もらえない|くれますか|くれる|くれない|いただけますか)\s*[?？]?\s*$"
)
_HI_REQUEST = re.compile(
    r"^\s*(?:क्या\s+|kya\s+)?(?:आप|तुम|aap|tum)\s+(?P<body>.+?)\s+(?:सकते|सकती|सकोगे|sakte|sakti|sakoge)"
    r"(?:\s+(?:हैं|हो|hain|ho))?\s*[?？]?\s*$",
    re.I,
)


def without_request_frame(text: str) -> str:
    """The imperative a polite request wraps ("could you add #1?" -> "add #1"), or `text`."""
    hindi = _HI_REQUEST.match(text)
    if hindi:
        return hindi.group("body")
    chinese = _ZH_REQUEST.match(text)
    if chinese and re.search(r"(?:吗|嘛|么)?\s*[?？]\s*$|吗\s*$", text):
        return chinese.group("body")
    if _JA_REQUEST.search(text):
        return _JA_REQUEST.sub(r"\1", text)
    m = _REQUEST_OPEN.match(text)
    if m is None or m.end() == len(text):
        return text
    rest = text[m.end() :]
    return _REQUEST_CLOSE.sub("", rest) if not SENTENCE_END.search(rest.rstrip(" ?？")) else rest


SENTENCE_PUNCTUATION = " .;!?。！？；"  # what may stand around a sentence, stripped to see its words


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences, and clauses a contrast opens ("add it but don't check out"), as spans."""
    cuts = {e.end() for e in SENTENCE_END.finditer(text)} | {m.start() for m in CLAUSE_START.finditer(text)}
    bounds = [0, *sorted(cuts - {0, len(text)}), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip(SENTENCE_PUNCTUATION)]

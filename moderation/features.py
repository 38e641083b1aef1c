"""Turn a post into the tokens the spam/job/promotion classifier counts, in five languages.

Words are lower-cased word tokens; on top of them come signal tokens ("__url__", "__price__",
"__jobword__" …) that carry what moderators look at: links, prices, phone numbers, shouting,
recruitment and sales vocabulary in English, Swedish, Danish, Norwegian and Dutch, and the
author's history. Signal tokens generalise across languages and topics where words do not.
"""

import re
import unicodedata

WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
PHONE = re.compile(r"(?<!\w)(?:\+|00)?\d[\d \-()]{7,}\d(?!\w)")
PRICE = re.compile(
    r"(?:[€$£]\s?\d)"
    r"|(?:\d[\d .,]*\s?(?:kr|sek|dkk|nok|eur|euro|usd|:-|,-)\b)"
    r"|(?:\b(?:sek|dkk|nok|eur)\s?\d)",
    re.IGNORECASE,
)
PERCENT = re.compile(r"\d\s?%")
SHOUT = re.compile(r"\b[A-ZÅÄÖÆØ]{4,}\b")
EXCLAIM = re.compile(r"!{2,}")
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")

# Vocabulary stems of recruitment, selling and spam in en/sv/da/nb/nl. Matched as word prefixes,
# so inflections count too ("vacatures", "tjänsten", "stillingen").
JOB_STEMS = (
    "vacanc",
    "vacature",
    "hiring",
    "we are hiring",
    "job opening",
    "position",
    "apply",
    "application deadline",
    "recruit",
    "candidate",
    "salary",
    "full-time",
    "full time",
    "part-time",
    "permanent",
    "fixed-term",
    "job description",
    "ledig tjänst",
    "lediga tjänster",
    "tjänst",
    "rekryter",
    "söker",
    "sök tjänsten",
    "ansök",
    "ansökan",
    "tillsvidare",
    "visstid",
    "heltid",
    "deltid",
    "lön enligt",
    "ledig stilling",
    "ledige stillinger",
    "stilling",
    "søker",
    "søknad",
    "søknadsfrist",
    "fast ansettelse",
    "heltid",
    "ansøg",
    "ansøgning",
    "ansøgningsfrist",
    "fastansættelse",
    "vi søger",
    "stillingen",
    "solliciteer",
    "sollicitatie",
    "functie",
    "vacatures",
    "wij zoeken",
    "we zoeken",
    "dienstverband",
    "fulltime",
    "parttime",
    "uur per week",
    "reageer voor",
)
PROMOTION_STEMS = (
    "discount",
    "offer",
    "limited time",
    "sign up now",
    "register now",
    "book a demo",
    "free trial",
    "our product",
    "our platform",
    "our solution",
    "webinar",
    "early bird",
    "special price",
    "promo",
    "coupon",
    "buy",
    "sale",
    "best price",
    "order now",
    "rabatt",
    "erbjudande",
    "boka demo",
    "gratis provperiod",
    "vår tjänst",
    "vår plattform",
    "anmäl dig",
    "kampanj",
    "köp",
    "pris",
    "platser kvar",
    "fyndpris",
    "rabat",
    "tilbud",
    "gratis prøve",
    "vores platform",
    "vores løsning",
    "tilmeld dig",
    "køb",
    "kampagne",
    "tilbud",
    "vår løsning",
    "vår plattform",
    "meld deg på",
    "kjøp",
    "kampanje",
    "korting",
    "aanbieding",
    "gratis proefperiode",
    "ons platform",
    "onze oplossing",
    "schrijf je in",
    "meld je aan",
    "koop",
    "actie",
    "vraag een demo",
)
SPAM_STEMS = (
    "crypto",
    "bitcoin",
    "forex",
    "casino",
    "viagra",
    "loan",
    "earn money",
    "work from home",
    "make money",
    "guaranteed",
    "click here",
    "whatsapp",
    "telegram",
    "dm me",
    "investment",
    "passive income",
    "100%",
    "winner",
    "lottery",
    "congratulations",
    "seo services",
    "backlinks",
    "followers",
    "dating",
    "escort",
    "adult",
    "pills",
    "weight loss",
    "tjäna pengar",
    "snabba pengar",
    "lån",
    "klicka här",
    "tjen penge",
    "hurtige penge",
    "klik her",
    "tjen penger",
    "klikk her",
    "geld verdienen",
    "snel geld",
    "klik hier",
    "lening",
    "gegarandeerd",
)


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def _stem_hits(lowered: str, stems) -> int:
    return sum(1 for stem in stems if stem in lowered)


def _bucket(count: int, *limits: int) -> str:
    for limit in limits:
        if count <= limit:
            return str(limit)
    return f"{limits[-1]}+"


def post_tokens(title: str, body: str, *, author_signals: tuple[str, ...] = ()) -> list[str]:
    """Tokens of one post, words and signals, as the classifier counts them."""
    text = _normalise(f"{title}\n{body}")
    lowered = text.casefold()
    urls = URL.findall(text)
    words = WORD.findall(URL.sub(" ", EMAIL.sub(" ", lowered)))
    tokens = list(words)
    tokens.extend(f"t:{word}" for word in WORD.findall(_normalise(title).casefold()))

    signals = []
    if urls:
        signals.append("__url__")
        signals.append(f"__urls_{_bucket(len(urls), 1, 3)}__")
        if len(urls) / max(len(words), 1) > 0.04:
            signals.append("__linkdense__")
    if EMAIL.search(text):
        signals.append("__email__")
    if PHONE.search(text):
        signals.append("__phone__")
    if PRICE.search(text):
        signals.append("__price__")
    if PERCENT.search(text):
        signals.append("__percent__")
    if len(SHOUT.findall(text)) >= 2:
        signals.append("__shout__")
    if EXCLAIM.search(text):
        signals.append("__exclaim__")
    if len(EMOJI.findall(text)) >= 3:
        signals.append("__emoji__")
    if "?" in text:
        signals.append("__question__")
    signals.append(f"__len_{_bucket(len(words), 15, 40, 120, 300)}__")
    for name, stems in (("job", JOB_STEMS), ("promo", PROMOTION_STEMS), ("spam", SPAM_STEMS)):
        hits = _stem_hits(lowered, stems)
        if hits:
            signals.append(f"__{name}word__")
            signals.append(f"__{name}words_{_bucket(hits, 1, 3)}__")
    signals.extend(author_signals)
    # Signals weigh more than any one word: repeat them so a few words cannot drown them.
    return tokens + signals * 3

"""Is a hedged or deliberating sentence about the Code at all? (the rules' "modality elsewhere").

The labelling guide's ``undecided`` is an open decision on the *Code* ("is weighing whether to
sign", "may join"). The model reads a hedge or a deliberation alone as ``undecided`` whatever it is
about: "X is perhaps Europe's best-funded lab", "X is said to be considering a listing", "X überlegt,
ob es sein nächstes Modell freigibt" (our hedge probe, ``nlp/data/hedge_passages.py``: 69 of 290
such rows wrong in eight languages, 2026-12-06). ``nlp.rules`` reads a hedge or a deliberation of
the target's as no position when the text holds no word of the Code, the law, the EU, a decision
or a pledge (``ON_TOPIC``), no pro-form that may stand for one ("is considering it",
"will do the same"), and is not a dateline's city alone ("BRUSSELS (Reuters) -").
"""
from __future__ import annotations

import re

from nlp.registry import POLISH_LETTERS
from nlp.topic import mentions_code

# a hedge, a forecast or a deliberation (the words the model reads as `undecided` alone)
MODALITY_WORD = re.compile(
    r"\b(?:perhaps|maybe|possibly|probably|likely|could|may|might|reportedly|said\s+to\s+be|considering|weighing|"
    r"mulling|expect\w*|poised|"
    r"womöglich|vielleicht|möglicherweise|wahrscheinlich|vermutlich|dürfte\w*|könnte\w*|überlegt|erwägt|denkt|"
    r"rechnen\s+damit|Berichten\s+zufolge|"
    r"peut-être|probablement|pourrai\w*|devrai\w*|sans\s+doute|se\s+demande|envisage\w*|réfléchit|"
    r"quizás?|tal\s+vez|posiblemente|probablemente|podría\w*|debería\w*|estaría\w*|evalúa|sopesa|"
    r"forse|probabilmente|potrebbe\w*|dovrebbe\w*|starebbe\w*|valutando|"
    r"talvez|provavelmente|possivelmente|poderá\w*|poderia\w*|deverá\w*|pondera|estará|"
    r"misschien|mogelijk|waarschijnlijk|wellicht|zou|overweegt|twijfelt|naar\s+verluidt|"
    r"może|prawdopodobnie|rozważa|zastanawia\s+się|podobno|spodziewaj\w*)(?!\w)", re.I)
# What makes a sentence about the law or a decision on the Code (any one keeps the model's reading)
ON_TOPIC = re.compile(
    # the law and the authorities (the Code itself and its signatories: topic.mentions_code)
    r"\bAI[\s-]?Act\b|\bKI-(?:Verordnung|Gesetz)|"
    r"verordening|\bregulat\w*|\brules?\b|\blaws?\b|\blegislat\w*|\bGesetz\w*|\bVerordnung|\bRegel\w*|\bloi\b|"
    r"\brègle|\brèglement|\bley\b|\bnormativa|\breglamento|\blegge\b|\bregol\w+|\blei\b|\bregras?\b|\bregulamento|"
    r"\bwet\b|\bregels?\b|\bprzepis\w*|\bprawo\b|\bprawa\b|\bustaw\w*|\bregulac\w*|\bAI\s+Office|\bKI-Büro|"
    r"\bBrussels|\bBrüssel|\bBruxelles|\bBruselas|\bBruxelas|\bBrussel\b|\bBruksel\w*|\bEU\b|\bUE\b|\bEuropean\s+Union|"
    r"\bCommission|\bKommission|\bComisión|\bCommissione|\bComissão|\bCommissie|\bKomisj\w*|"
    # a pledge, a position or a decision on it (eight languages, stems)
    r"\bsign|\bjoin|\badher|\bcommit|\bpledge|\bdecid|\bdecision|\bposition|\bstance|\boptions?\b|\bcomment|"
    r"\bcompl(?:y|ian)|\bparticipat|\bsupport|\boppos|\bcritic|\breject|\brefus|\bdeclin|\bdelay|\bpause|\bpostpon|"
    r"unterzeichn|unterschr|\bbeitr[ea]t|\banschlie|verpflicht|entscheid|\bHaltung|äußer|Aufschub|verschieb|"
    r"ablehn|kritisi|unterstütz|teilnehm|mitmach|"
    r"adhér|adhési|rejoind|\bengag|décid|décision|\breport\s+(?:de|du|d['’])|\brejet|critiqu|soutien|soutenir|particip|"
    r"\bfirm(?:ar|ará|arán|aría|ó|aron|ado|ada|ando|are|erà|ato|ata|ano|eranno)\b|\bfirma\s+(?:el|il|la|lo)\b|"
    r"\badhe|\bsumar|comprom|decisi|posici|opci[oó]n|\bcoment|aplaz|retras|rechaz|\bapoy|"
    r"impegn|posizion|opzion|\brinvi|rifiut|\bsosten|"
    r"\bassin|\bades(?:ão|ões)|posiç|opç|\badia|\brecus|rejeit|\bapoi|"
    r"onderteken|\bteken|aansluit|\bsluit|verbind|beslis|besluit|standpunt|positie|optie|reageer|reageren|uitstel|"
    r"weiger|verwerp|kritiek|\bsteun|deelne|doet\s+mee|"
    r"podpis|przystąp|przyłącz|zobowiąz|decyz|zdecyd|stanowisk|opcj|koment|odrocz|odm[oó]w|odmaw|odrzuc|krytyk|"
    r"wspier|popier|uczestni|"
    # being in or out, idiomatically
    r"\bon\s+board\b|\bon\s+the\s+fence\b|\ban\s+Bord\b|\bà\s+bord\b|\ba\s+bordo\b|\baan\s+boord\b|\bna\s+pokład|"
    r"\bfollow\s+suit\b|"
    # following someone (an ellipsis: "may follow"), or what the Code is called unnamed ("the text", "the draft")
    r"\bfollow\b|\bfolg(?:t|en)\b|\bsuivr\w*|\bsegui(?:r|rá|rán|re|rà|ranno)\b|\bvolg(?:t|en)\b|\bw\s+ślady|"
    r"\bemboît\w*\s+le\s+pas\b|\bFußstapfen\b|\bBeispiel\b|\bexemple\b|\bejemplo\b|\besempio\b|\bexemplo\b|\bvoorbeeld\b|"
    r"\borme\b|\bpasos\b|\bpassos\b|\bvoetsporen\b|\bśladem\b|"
    r"\bmade\s+up\s+its\s+mind|"
    r"\btext\w*|\btekst\w*|\btesto\b|\bdocument\w*|\bdraft|\bEntwurf|\bproposal|\bdetails?\b", re.I)
# A news dateline ("BRUSSELS (Reuters) -", "Bruxelas, 18 jul (Lusa) -"): the place of writing, not a topic
DATELINE = re.compile(r"^\s*[A-ZÀ-Ž][\w.'’/-]*(?:\s[A-ZÀ-Ž][\w.'’/-]*){0,2}(?:,\s*[\w. ]{1,25})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s")
# The deliberation's object is a pronoun ("is still considering it", "l'envisage"), or a pro-form ("will
# probably do the same", "tende a fazê-lo"): it may stand for the Code
PRONOUN_OBJECT = re.compile(
    r"\bdo(?:ing)?\s+(?:so|it|the\s+same)\b|\bthe\s+same\b|\bdas(?:selbe|\s+Gleiche)\b|\bes\s+(?:auch\s+)?(?:tun|zu\s+tun)\b|"
    r"\bde\s+même\b|\ble\s+faire\b|\blo\s+mismo\b|\bhacerlo\b|\blo\s+stesso\b|\bfarlo\b|\bo\s+mesmo\b|\bfazê-lo\b|"
    r"\bhetzelfde\b|\bdat\s+(?:ook\s+)?(?:te\s+)?doen\b|\bto\s+samo\b|\bto\s+zrobić\b|"
    r"\b(?:towards?|to|with|on|about|for|of|over)\s+(?:it|them)\b|"
    r"\b(?:considering|weighing|mulling)\s+(?:it|that|this|them)\b|\b(?:überlegt|erwägt|prüft)\s+(?:es|das|dies)\b|"
    r"\bl['’](?:envisage|étudie)|\blo\s+(?:evalúa|estudia|sopesa|sta\s+valutando|valuta|pondera)\b|\bo\s+pondera\b|"
    r"\bhet\s+overweegt\b|\bto\s+rozważa\b", re.I)
# "firma": signs (es, it) or a company (pl); "firmy", "firmie" are Polish only
_FIRMA = re.compile(r"\bfirma\b", re.I)
# a word right after a deliberation: its object or clause ("is considering a listing", "whether to
# release its model"), not an end ("is still evaluating.", "| under review |", "undecided —")
# (or a whether-clause after a comma: "rozważa, czy …", "überlegt, ob …")
_OBJECT_AFTER = re.compile(r"[^\S\n]*(?:,\s*(?=(?:whether|if|ob|si|se|czy|of)\b))?(?:[^\W\d_]|\d)", re.I)


def about_the_code(text: str) -> bool:
    """The text speaks of the Code, the law, the EU, a decision or a pledge, or holds a pro-form that may."""
    text = DATELINE.sub("", text, count=1)  # the place of writing is no topic
    if ON_TOPIC.search(text) or PRONOUN_OBJECT.search(text) or mentions_code(text):
        return True
    return bool(_FIRMA.search(text)) and not POLISH_LETTERS.search(text)


def has_object(text: str, end: int) -> bool:
    """A word follows the cue ending at ``end`` in its clause (no punctuation first)."""
    return bool(_OBJECT_AFTER.match(text, end))

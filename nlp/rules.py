"""``RuleStanceClassifier`` ("rules-v1"): the baseline StanceClassifier, multilingual lexicons.

How a passage is classified:
1. The topic filter (nlp.topic) sends passages about the AI Pact, the disinformation code or
   other codes to ``none``.
2. Cues are found with regexes in five languages: *refuse* ("won't be signing", "declined to
   sign", "lehnt ... ab", "ne signera pas", "se negó a firmar", "ha rifiutato"), *undecided*
   ("has not decided", "reviewing", "asked for a delay") and *sign* ("signed", "will sign",
   "signatory", "unterzeichnet", "a signé", "firmó", "ha firmato"). Overlapping matches keep
   the longest, so "won't be signing" is one refuse cue, not a sign cue.
3. A sign cue is re-read with its left context: a negation makes it refuse (future/intent) or a
   weak undecided ("has not signed"); a hedge ("likely", "expected to", "devrait",
   "wahrscheinlich") makes it undecided. "signed only the safety chapter" stays sign.
4. Scoping: the sentence is cut into clauses at contrast/subordinate markers ("while", ";",
   "mentre", "aunque"); a cue applies to the target when the nearest company mention before it
   (with mentions coordinated to it: "OpenAI and Mistral") is the target, or, when no mention
   precedes it, the nearest one after it ("the signatories include Amazon").
5. Confidence (heuristic, monotone): each cue has a strength (explicit past act 0.9, future or
   refusal 0.85-0.9, list membership 0.75, hedged 0.7, weak "not on the list" 0.4). Cues of one
   stance combine by noisy-or, p = 1 - prod(1 - s_i); ``none`` gets max(0.05, 1 - max p); the
   scores are normalised to sum to 1 and ``confidence`` is the winner's score. More agreeing
   evidence never lowers confidence; conflicting evidence always does.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from nlp.classifier import Passage, Prediction
from nlp.topic import classify_topic, mentions_code

log = logging.getLogger(__name__)

_I = re.I
_NEG = r"(?:not|n['’]t|never|no\s+longer|nicht|kein\w*|pas|no|non|nunca|mai|niet|nor|neither|ni|né|não|nie|nooit)"
_REFUSE = [
    (r"(?:won['’]t|will\s+not|would\s+not|wouldn['’]t|does\s+not\s+intend\s+to|doesn['’]t\s+intend\s+to|"
     r"do\s+not\s+intend\s+to|has\s+no\s+plans?\s+to|not\s+going\s+to|refus(?:e|es|ed|ing|al)\s+to|"
     r"declin(?:e|es|ed|ing)\s+to|decided\s+not\s+to|decided\s+against|chose\s+not\s+to|opted\s+not\s+to|"
     r"is\s+not|are\s+not|will\s+no\s+longer|won['’]t\s+be|will\s+not\s+be|not\s+be)\s+(?:\w+\s+){0,2}?"
     r"(?:sign(?:ing)?|endors(?:e|ing)|join(?:ing)?|adher(?:e|ing)|commit(?:ting)?)\b", 0.9),
    (r"\bdeclined\b(?!\s+to\s+(?:comment|say|elaborate|specify|disclose|respond|give|answer))|"
     r"\brefus(?:ed|es|al)\b|\brejected\b|\brejects?\b|\bturned\s+down\b|\bsnubb?(?:ed|s)?\b|"
     r"\bopted\s+out\b|\bwalked\s+away\b|\bdeclined\s+the\b", 0.85),
    (r"nicht\s+(?:zu\s+)?(?:unterzeichnen|unterschreiben|beitreten)|\blehnt\b.{0,60}\bab\b|\babgelehnt\b|"
     r"\bverweigert\b|\bAbsage\b", 0.85),
    (r"\bne\s+(?:signera|signe|va\s+pas\s+signer|signerait)\s+pas\b|\bne\s+pas\s+signer\b|"
     r"\brefus(?:é|e|ent)?\s+de\s+signer\b|\brefus\s+de\s+signer\b|\brejet(?:é|te)\b", 0.9),
    (r"\bse\s+neg(?:ó|aron|a|ará)\s+a\s+firmar\b|\bno\s+firmar(?:á|án|emos)?\b|\brechaz(?:ó|a|aron|ado)\b", 0.9),
    (r"\b(?:ha|hanno)\s+rifiutato\b|\bsi\s+è\s+rifiutat[ao]\b|\brifiuta\b|\bnon\s+firmer(?:à|anno|emo)\b|"
     r"\bnon\s+firmare\b|\bha\s+respinto\b", 0.9),
    # Portuguese, Dutch, Polish (the guide's language notes)
    (r"\brecus(?:a|ou|aram|am)(?:-se)?\s+a\s+(?:assinar|aderir)\b|\bfic(?:a|ou|am|aram|ará)\s+de\s+fora\b|"
     r"\brejeit(?:a|ou|aram|am)\b|\bweiger(?:t|de|den|en)\b|\bblijf(?:t|ft)?\s+erbuiten\b|\bbleef\s+erbuiten\b|"
     r"\bwijst\s+(?:\w+\s+){0,4}af\b|\bwees\s+(?:\w+\s+){0,4}af\b|\bafgewezen\b|"
     r"\bodmówi\w*\s+(?:podpisania|przystąpienia|podpisu)\b|\btrzyma\s+się\s+z\s+dala\b|\bodrzuci\w*\b|"
     r"\bzrezygnowa\w*\s+z\s+(?:przystąpienia|podpisania)\b", 0.9),
    # ruling out signing (the guide's rule 4), "can't sign", and the Dutch and German negation after the
    # verb ("tekent de code niet", "unterzeichnet den Kodex nicht"); "has not ruled out" is undecided
    (r"\bru(?:le|les|led|ling)\s+out\s+(?:\w+\s+){0,2}?(?:sign\w*|join\w*|a\s+signature|any\s+signature|"
     r"adher\w*|it)\b|\b(?:can['’]t|cannot|can\s+not)\s+(?:\w+\s+)?sign\b|"
     r"\bschlie(?:ß|ss)(?:t|en)\s+(?:eine\s+|die\s+)?(?:Unterzeichnung|Unterschrift|Beitritt)\s+aus\b|"
     r"\bexclu(?:t|ent|)\s+de\s+signer\b|\bdescart(?:a|an|ó|aron|ou|aram)\s+(?:firmar|assinar|adherirse|aderir)\b|"
     r"\bescluso\s+di\s+firmare\b|\bwyklucz\w*\s+(?:podpisanie|przystąpienie)\b|"
     r"\b(?:onder)?tekent\s+(?:(?!niet\b)\S+\s+){0,4}?niet\b(?!\s+alleen)|"
     r"\b(?:unterzeichnet|unterschreibt)\s+(?:(?!nicht\b)\S+\s+){0,4}?nicht\b(?!\s+nur)|"
     # signing nothing at all, no chapter of it (the guide's rule 12: "Not signing: E")
     r"\bsign(?:ed|s)?\s+none\s+of\b|\bne\s+rien\s+signer\b|\bn['’]a\s+rien\s+signé\b|\bno\s+firm(?:a|ó|ará)\s+nada\b|"
     r"\bnon\s+firm(?:a|erà)\s+nulla\b|\bnão\s+assin(?:a|ou|ará)\s+nada\b|\b(?:onder)?tekent\s+geen\b|"
     r"\bkein(?:es|en)?\s+(?:der\s+)?(?:\w+\s+){0,2}Kapitel\b|\bnie\s+podpis\w*\s+żadnego\b", 0.85),
    # signing is off the table
    (r"\bsign\w*\s+(?:\w+\s+){0,2}?(?:is|was|are|remains)\s+(?:not|no\s+longer)\s+on\s+the\s+table\b|"
     r"\bsign\w*\s+(?:\w+\s+){0,2}?(?:is|was|remains)\s+off\s+the\s+table\b", 0.85),
    # contesting or opposing the code itself (the guide's language notes)
    (r"\bcontest(?:e|ent|é)\b|\bcontest(?:a|ano)\s+(?:il|la|lo)\b|\bs['’]oppose(?:nt)?\s+(?:au|à)\b|\bstemm(?:t|en)\s+sich\s+gegen\b|"
     r"\bse\s+opone(?:n)?\s+al\b|\bsi\s+oppone\b|\bpush(?:es|ed|ing)?\s+back\s+against\b|\bpushback\b|"
     r"\bdismiss(?:ed|es)\b|\bbrushed\s+(?:\w+\s+)?aside\b|\bholdouts?\b|\bholding\s+out\b|\bshunn?(?:ed|s)\b", 0.8),
]
# No interest in, not willing or ready to sign: a refusal without a refusal verb (the guide's rule 3), in
# the eight languages. A model reading the bare "signing" says sign; these cues are marked as turned.
_NEGATED_INTEREST = re.compile(
    r"\bnot\s+(?:at\s+all\s+|remotely\s+|in\s+the\s+least\s+)?(?:interested\s+in|willing\s+to|prepared\s+to|"
    r"ready\s+to|keen\s+(?:on|to))\s+(?:\w+\s+){0,2}?sign(?:ing)?\b|\bno\s+(?:interest|intention)\s+(?:in|of)\s+signing\b|"
    r"\bnicht\s+(?:\w+\s+){0,2}?(?:bereit|gewillt|interessiert)\b[^.;]{0,40}?\b(?:zu\s+unterzeichnen|zu\s+unterschreiben|"
    r"beizutreten)\b|\bkein(?:erlei)?\s+Interesse\b[^.;]{0,40}?\b(?:zu\s+unterzeichnen|zu\s+unterschreiben|Unterzeichnung|"
    r"beizutreten)\b|"
    r"\bn['’](?:est|sont)\s+pas\s+(?:du\s+tout\s+)?(?:intéressée?s?|prête?s?|disposée?s?)\s+à\s+signer\b|"
    r"\baucun\s+intérêt\s+à\s+signer\b|"
    r"\bno\s+est(?:á|án)\s+(?:nada\s+|para\s+nada\s+)?(?:interesad[oa]s?|dispuest[oa]s?|preparad[oa]s?)\s+(?:en|a)\s+"
    r"firmar\b|\bningún\s+interés\s+en\s+firmar\b|"
    r"\bnon\s+(?:è|sono)\s+(?:affatto\s+|per\s+niente\s+)?(?:interessat[oaie]|dispost[oaie]|pront[oaie])\s+a\s+"
    r"firmare\b|\bnessun\s+interesse\s+a\s+firmare\b|"
    r"\bnão\s+est(?:á|ão)\s+(?:nada\s+)?(?:interessad[oa]s?|dispost[oa]s?|pront[oa]s?)\s+(?:em|a)\s+assinar\b|"
    r"\bnenhum\s+interesse\s+em\s+assinar\b|"
    # no intention, plan or need to sign (the guide's rule 4: "does not intend to")
    r"\b(?:aucune|ninguna|nessuna|nenhuma|keine|geen(?:\s+enkele)?)\s+['‘’\"]?(?:intention|intención|intenzione|intenção|"
    r"Absicht|intentie|behoefte|plannen|zin)\b[^.;]{0,40}?\b(?:signer|firmar|firmare|assinar|zu\s+unterzeichnen|"
    r"zu\s+unterschreiben|te\s+ondertekenen|te\s+tekenen)\b|\bnie\s+ma\s+zamiaru\s+(?:\w+\s+){0,2}?podpis\w*|"
    r"\b(?:não|no|non)\s+(?:tem|têm|tiene|tienen|ha|hanno)\s+(?:qualquer|nenhum|ningún|alcun|nessun)\s+"
    r"(?:interesse|interés)\s+(?:em|en|a)\s+(?:assinar|firmar|firmare|aderir)\b|"
    r"\bniet\s+(?:\w+\s+){0,2}?(?:bereid|geïnteresseerd)\b[^.;]{0,40}?\bte\s+ondertekenen\b|"
    r"\bgeen\s+(?:enkele\s+)?interesse\b[^.;]{0,40}?\bonderteken\w*|"
    r"\bnie\s+(?:jest\s+)?(?:\w+\s+)?(?:zainteresowan\w*|zamierza|chce)\s+(?:\w+\s+){0,2}?(?:podpis\w*|przystąpi\w*)", _I)
# deliberation and open-question cues ("still reviewing", "prüft", "has not said whether"): the
# strength that marks them for the whether-clause check in ``find_cues``
_DELIBERATION = 0.75
_UNDECIDED = [
    (r"\bha(?:s|ve)\s+not\s+(?:yet\s+)?decided\b|\bhasn['’]t\s+(?:yet\s+)?decided\b|\bundecided\b|\bno\s+decision\b|"
     r"\byet\s+to\s+(?:decide|make\s+a\s+decision)\b|\bstill\s+(?:reviewing|studying|considering|evaluating|assessing|"
     r"weighing)\b|\b(?:is|was|were|are)\s+(?:reviewing|studying|considering|evaluating|assessing|weighing|examining)\b|"
     r"\bunder\s+review\b|\breview\s+(?:was|is)\s+ongoing\b|\bkept\s+its\s+options\s+open\b|\bon\s+the\s+fence\b|"
     r"\b(?:has|have)\s+not\s+said\s+whether\b|\bhasn['’]t\s+said\s+whether\b|\bdeclined\s+to\s+say\s+whether\b|"
     r"\bwould\s+not\s+say\s+whether\b|\bdeclined\s+to\s+(?:comment|say)\b[^.;]{0,30}\bwhether\b|\bconsider(?:s|ing)?\s+(?:whether|signing)\b|\bwill\s+decide\b", _DELIBERATION),
    (r"\bnoch\s+nicht\s+(?:festgelegt|entschieden)\b|\bprüf(?:e|t|en)\b|\bunentschlossen\b|"
     r"\bn['’]a\s+pas\s+(?:encore\s+)?(?:décidé|tranché)\b|\b(?:examine|étudie|réfléchit)\b|"
     r"\bno\s+ha\s+decidido\b|\b(?:está\s+)?(?:estudiando|evaluando|analizando)\b|"
     r"\bnon\s+ha\s+(?:ancora\s+)?deciso\b|\bsta\s+(?:valutando|studiando)\b|"
     r"\best(?:á|ão)\s+a\s+(?:ponderar|avaliar|analisar|estudar|reavaliar)\b|\bainda\s+não\s+decidiu\b|\bnão\s+exclui\b|"
     # not ruling out signing is leaving it open, in each language ("non esclude di firmare")
     r"\b(?:does\s+not|doesn['’]t|did\s+not|didn['’]t|has\s+not|hasn['’]t)\s+rul(?:e|ed)\s+out\b|\bnot\s+ruling\s+out\b|"
     r"\bschlie(?:ß|ss)(?:t|en)\s+(?:\w+\s+){0,4}nicht\s+aus\b|\bn['’]exclu(?:t|ent)\s+pas\b|\bno\s+descart(?:a|an|ó)\b|"
     r"\bnon\s+esclud(?:e|ono)\b|\bnão\s+excluem\b|"
     r"\bweeg(?:t|en)\s+(?:\w+\s+){0,4}af\b|\bnog\s+geen\s+besluit\b|\bnog\s+niet\s+besloten\b|\btwijfel(?:t|en)\b|"
     r"\bsluit\s+(?:\w+\s+){0,3}niet\s+uit\b|\brozważa\w*\b|\bnie\s+wyklucza\b|\bjeszcze\s+nie\s+zdecydowa\w*\b", _DELIBERATION),
    (r"\b(?:ask(?:ed|s|ing)?|call(?:ed|s|ing)?|urg(?:ed|es|ing)|press(?:ed|ing)?|lobb(?:ied|ying))\s+(?:\w+\s+){0,4}?"
     r"(?:for\s+)?(?:a\s+|an\s+)?(?:delay|pause|postponement|moratorium)\b|\bstop\s+the\s+clock\b|"
     r"\bshould\s+(?:pause|delay|postpone)\b|\bforderte\s+(?:\w+\s+){0,3}(?:Pause|Verschiebung)\b|"
     r"\b(?:a\s+)?(?:défendu|demandé|réclamé)\s+une\s+pause\b|\bpidi(?:ó|eron)\s+(?:una\s+)?pausa\b|"
     # lobbying for a delay in the other languages
     r"\bpresion(?:ado|aron|a|an)\s+para\s+(?:retrasar|aplazar|posponer)\b|\bpidi(?:ó|eron)\s+(?:aplazar|retrasar|"
     r"más\s+tiempo)\b|\bfait\s+pression\s+pour\s+(?:retarder|reporter|repousser)\b|\br[ée]clam\w*\s+un\s+report\b|"
     r"\bdräng(?:t|en|te|ten)\s+(?:\w+\s+){0,3}auf\s+(?:eine\s+)?(?:Verschiebung|Aufschub)\b|"
     r"\bchie(?:sto|dono|de)\s+(?:\w+\s+){0,2}di\s+(?:rinviare|posticipare|ritardare|sospendere)\b|\bun\s+rinvio\b|"
     r"\bpe(?:de|dem|diu|diram)\s+(?:\w+\s+){0,3}(?:o\s+)?(?:adiamento|adiar|atrasar|que\s+adie)\b|\bparar\s+o\s+relógio\b|"
     r"\b(?:vraagt|vroeg|vragen|vroegen|gevraagd|pleit\w*)\s+(?:\w+\s+){0,4}(?:om\s+)?(?:uitstel|uit\s+te\s+stellen)\b|"
     r"\b(?:gevraagd|vroeg|vroegen|vraagt|vragen)\s+(?:\S+\s+){0,12}?(?:uit\s+te\s+stellen|op\s+te\s+schorten)\b|"
     r"\b(?:apel\w*|wzyw\w*|wezwa\w*|domaga\w*|postulu\w*)\s+(?:\w+\s+){0,3}(?:o\s+)?(?:odroczeni\w*|wstrzymani\w*|opóźnieni\w*)", 0.6),
    (r"\b(?:ha(?:s|ve)\s+not|hasn['’]t|haven['’]t)\s+(?:yet\s+)?signed\b|\bnot\s+(?:yet\s+|currently\s+)?"
     r"(?:on|among)\s+the\s+(?:list|signatories)\b|\bneither\b.{0,40}\bnor\b|\bno\s+ha\s+firmado\b|"
     r"\bnon\s+ha\s+firmato\b|\bn['’]a\s+pas\s+signé\b|\bnicht\s+unterzeichnet\b|\bstayed\s+silent\b|"
     r"\bnot\s+commented\b|\bniet\s+(?:ondertekend|getekend)\b", 0.4),
    # "whether it will sign remains unclear", "ob … unterzeichnet, ist offen" (the guide's rule 10)
    (r"(?<![\w-])(?:[Ww]hether|[Oo]b|[Ss]i|[Ss]e|[Cc]zy)\s[^.;]{0,80}?\b(?:sign\w*|join\w*|unterzeichn\w*|unterschreib\w*|"
     r"beitr\w*|sign\w*|adhér\w*|firm\w*|aderi\w*|adher\w*|assin\w*|onderteken\w*|teken\w*|podpis\w*|przystąpi\w*)"
     r"[^.;]{0,40}?,?\s+(?:is|remains|ist|bleibt|reste|est|sigue|resta|è|continua|permanece|blijft|pozostaje|jest)\s+"
     r"(?:\w+\s+)?(?:unclear|open|uncertain|unknown|offen|unklar|ungewiss|incertain|flou|ouverte?|incierto|abierto|"
     r"incerto|aperto|poco\s+chiaro|incerta|em\s+aberto|onduidelijk|niejasne|otwarte)\b", 0.8),
    # reconsidering an earlier decision (the guide's rule 5: "refused in July, is now reconsidering")
    (r"\breconsider(?:s|ing|ed)?\b|\brethink(?:s|ing)?\b|\b(?:revisando|reconsiderando|repensando)\s+(?:esa|essa|su|sua)\s+"
     r"decisi(?:ón|ão)\b|\b(?:überdenkt|überdenken)\b|\bdenkt\s+(?:\w+\s+){0,3}neu\s+nach\b|\breconsidère\b|"
     r"\bsta\s+riconsiderando\b|\briconsidera\b|\bheroverweeg\w*\b|\bponownie\s+(?:analizuje|rozważa)\b", 0.9),
]
# Missing from the signatory list (the guide's rule 10: "notably absent from the list"): undecided, and a
# signatory cue turned, as a mixture should read it (the bare "signatories" is what a model sees)
_ABSENT_FROM_LIST = re.compile(
    r"\b(?:missing|absent|left\s+off|omitted)\s+from\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:list|signatories)\b|"
    r"\b(?:does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+(?:yet\s+)?(?:appear|feature|figure)\s+(?:on|in|among)\b|"
    r"\b(?:fehlt|fehlen)\s+(?:\w+\s+){0,3}auf\s+der\s+(?:\w+\s+)?Liste\b|\bnicht\s+auf\s+der\s+(?:\w+\s+)?Liste\b|"
    r"\bne\s+figure(?:nt)?\s+pas\b|\babsente?s?\s+de\s+la\s+liste\b|\bno\s+figura(?:n)?\s+(?:en|entre)\b|"
    r"\bausente\s+de\s+la\s+lista\b|\bnon\s+figura(?:no)?\b|\bassente\s+dalla\s+lista\b|"
    r"\bnão\s+(?:consta|figura)(?:m)?\b|\bausente\s+da\s+lista\b|\bontbre(?:ekt|ken)\s+op\s+de\s+lijst\b|"
    r"\bsta(?:at|an)\s+niet\s+op\s+de\s+lijst\b|\bnie\s+ma\s+(?:\w+\s+){0,2}na\s+liście\b|"
    r"\bnie\s+(?:\w+\s+)?(?:figuruje|znalazł\w*)\s+(?:\w+\s+)?na\s+liście\b|"
    r"\btaucht\s+(?:\w+\s+){0,8}nicht\s+auf\b|\bn['’]appara(?:î|i)t\s+pas\b|\bno\s+aparece(?:n)?\b|"
    r"\bnon\s+(?:compare|appare)\b|\bnão\s+aparece(?:m)?\b|\bkomt\s+(?:\w+\s+){0,3}niet\s+voor\b|"
    r"\bnie\s+pojawia\s+się\b", _I)
_SIGN = [
    (r"\bsigned\b|\bunterzeichnet(?:e|en)?\b|\bunterschrieben\b|\bunterschrieb\b|\b(?:a|ont)\s+signé\b|"
     r"\bfirm(?:ó|aron)\b|\b(?:ha|han)\s+firmado\b|\b(?:ha|hanno)\s+firmato\b|"
     r"\bassin(?:ou|aram)\b|\b(?:tem|têm)\s+assinado\b|\bader(?:iu|iram)\b|\bsubscreveu\b|"
     r"\b(?:heeft|hebben)\s+(?:(?!niet\b|nooit\b)\w+\s+){0,4}(?:ondertekend|getekend)\b|\bondertekende\b|\btekende\b|\bpodpisał\w*\b|\bprzystąpił\w*\b", 0.9),
    (r"\b(?:will|would|to|shall|'ll)\s+(?:\w+\s+)?sign\b|\bsign(?:ing|s)?\b|\bunterzeichnen\b|\bunterschreiben\b|"
     r"\bsigner(?:a|ait|ont)?\b|\bfirmar(?:á|án|emos)?\b|\bfirmer(?:à|anno|emo)\b|\bfirmare\b|"
     r"\bassinar(?:á|ão)?\b|\baderir(?:á|ão)?\b|\bsubscrever\b|\b(?:onder)?tekenen\b|\b(?:onder)?tekent\b|"
     r"\bonderschrij(?:ven|ft)\b|\bonderschre(?:ef|ven)\b|\bonderschreven\b|"
     r"\bsluit(?:en)?\s+zich\s+(?:\w+\s+){0,4}aan\b|\bzich\s+(?:\w+\s+){0,3}aan\s+te\s+sluiten\b|"
     r"\bpodpisze\b|\bpodpiszą\b|\bpodpisać\b|\bprzystąpi(?:ć|ą)?\b", 0.85),
    (r"\bcommit(?:ted|s|ment)?\s+to\s+(?:the\s+code|signing|sign|compl(?:y|iance)|the\s+(?:eu['’]s\s+)?"
     r"(?:voluntary\s+)?code)\b|\bjoin(?:ed|s)?\s+(?:the\s+code|other\s+\w+\s+\w+\s+in\s+signing|the\s+signatories)\b|"
     r"\bjoins\b|\badher(?:e|ed|es)\s+to\b|\bendors(?:e|ed|es)\b|\b(?:its|their|his|her|sa|su|seine)\s+signature\b|"
     r"\bintention\s+to\s+(?:comply|sign)\b|\bcomply\s+with\s+the\s+code\b|\badded\s+its\s+name\b|"
     r"\bproud\s+to\s+sign\b|\bdecision\s+to\s+sign\b|\bse\s+han\s+adherido\b|\badhiri(?:ó|eron)\b|"
     r"\b(?:ha|hanno)\s+aderito\b|\bbeigetreten\b|\bpledged\s+to\s+(?:abide|comply)\b|"
     # committing to respect the code, in the other languages
     r"\bse\s+sont\s+engagé(?:e)?s\b|\bs['’]est\s+engagée?\s+à\b|\bs['’]engagen?t?\s+à\s+(?:respecter|signer)\b|\bse\s+(?:ha|han)\s+comprometido\b|"
     r"\bverpflichte(?:t|n|te|ten)\s+sich\b|\bsi\s+(?:è|sono)\s+impegnat[aoie]\b", 0.85),
    (r"\bsignator(?:y|ies)\b|\bUnterzeichner\w*\b|\bsignataires?\b|\bfirmantes?\b|\bfirmatari\b|"
     r"\bsignatári[oa]s\b|\bondertekenaars?\b|\bsygnatariusz\w*\b|"
     r"\b(?:on|appears?\s+on|figur\w+\s+(?:en|sur|in))\s+(?:the\s+|la\s+)?(?:list|lista|liste)\b|"
     r"\bstehen\s+auf\s+der\s+Liste\b", 0.75),
]
_HEDGE = re.compile(r"\b(?:likely|probably|probable|expected|poised|possibly|potentially|may|might|could|considering|"
                    r"weighing|unlikely|leaning|leans|inclined|receptive|orientamento|orientation|orientación|open\s+to\s+the\s+idea|surprised|in\s+all\s+likelihood|"
                    r"aller\s+Voraussicht|überrascht|selon\s+toute\s+(?:vraisemblance|probabilité)|surpris|"
                    r"con\s+toda\s+probabilidad|sorprender\w*|con\s+ogni\s+probabilità|sorpres[oa]|"
                    r"com\s+toda\s+a\s+probabilidade|surpreend\w*|naar\s+alle\s+waarschijnlijkheid|verbaasd|zdziwi\w*|"
                    r"geneigt|enclin|enclins|ouverte?s?\s+à\s+l['’]idée|abiert[oa]s?\s+a\s+la\s+idea|propens[oa]s?|"
                    r"recetiv[oa]s?|recept\w+\s+à\s+ideia|geneigd|skłonn\w*|"
                    r"wahrscheinlich|voraussichtlich|vermutlich|dürfte|dürften|möglicherweise|vielleicht|erwägt|"
                    r"devrait|devraient|probablement|pourrait|pourraient|envisage|envisagerait|"
                    r"probablemente|previsiblemente|posiblemente|podría|podrían|debería|"
                    r"probabilmente|probabile|dovrebbe|dovrebbero|potrebbe|potrebbero|"
                    r"provavelmente|provável|possivelmente|deverá|deverão|poderá|poderia|"
                    r"waarschijnlijk|vermoedelijk|mogelijk|"
                    r"naar\s+verwachting|prawdopodobne|prawdopodobnie|najprawdopodobniej|najpewniej|przypuszczalnie|rozważa)\b", _I)
_HEDGE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:was|is|seemed|looked|appeared|remained)\s+(?:\w+\s+)?"
                          r"(?:likely|probable|possible|expected|unlikely)\b|^\s*(?:\w+\s+)?(?:probablemente|"
                          r"wahrscheinlich|vermutlich|probabilmente|probablement|provavelmente|waarschijnlijk|"
                          r"prawdopodobnie)\b", _I)
# interest on a condition ("would be interested in signing if the copyright chapter were narrowed"): a hedge
_INTEREST_LEFT = re.compile(r"\b(?:interested|interessiert|intéressée?s?|interesad[oa]s?|interessat[oaie]|interessad[oa]s?|"
                            r"geïnteresseerd|zainteresowan\w*|willing|bereit|prête?s?|dispuest[oa]s?|dispost[oaie]|"
                            r"bereid|wil|gotow\w*)\b", _I)
_CONDITION_RIGHT = re.compile(r"^[^.;!?]{0,80}?\b(?:if|provided|unless|wenn|falls|sofern|si|se|als|mits|jeśli|o\s+ile)\b",
                              _I)
_NEG_LEFT = re.compile(rf"\b{_NEG}\s+(?:\w+\s+){{0,2}}$", _I)
_ONLY = re.compile(r"\bne\s+\w+\s+que\b|\bsolo\b|\bonly\b|\bjust\b|\bnur\b|\bsoltanto\b|\bsolamente\b", _I)
_NOT_CODE_OBJECT = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:letter|petition|open\s+letter|deal|contract|agreement|up\b|"
                              r"(?:regulatory\s+)?framework|principles|declaration|"
                              r"Brief|lettre|carta|lettera|partnership|accord|memorandum|MoU|alliance|collaboration|"
                              r"licen[cs]ing|Partnerschaft|Vertrag|Abkommen|Kooperation|partenariat|contrat|acuerdo|"
                              r"contrato|alianza|accordo|contratto|parceria|acordo|overeenkomst|samenwerking|"
                              r"umow\w*|porozumieni\w*)", _I)
# a refusal of something else (rule 6: "rejects the fine", "refused to sign a licensing deal"): its object
_OTHER_OBJECT = re.compile(
    r"(?:findings?|fines?|penalt(?:y|ies)|deals?|licen[cs]\w*|contracts?|agreements?|lawsuits?|claims?|accusations?|"
    r"allegations?|ruling|offers?|bids?|takeover|merger|Geldbu(?:ß|ss)e|Bu(?:ß|ss)geld\w*|Strafe|Vorw(?:ü|ue)rfe|Klage|"
    r"Übernahme|amendes?|sanctions?|accusations|rachat|multas?|sanci(?:ón|ones)|acusaciones|demanda|sanzion[ei]|"
    r"accuse|acquisizione|acusações|coima|boetes?|beschuldigingen|overname|kar[ayęą]|zarzut\w*|przejęci\w*)\b", _I)
_OTHER_OBJECT_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:\w['’])?" + _OTHER_OBJECT.pattern, _I)
# a negated refusal leaves the question open (the guide's rule 4: "has not refused", "did not rule out")
_NEGATABLE_REFUSAL = re.compile(r"(?:refus|declin|reject|turned|descart|exclu|esclu|wyklucz|ruled?\s+out|rules\s+out|ruling\s+out|opted|walked|"
                                r"dismiss|snub|shun)", _I)
# "has not yet committed", "todavía no se ha comprometido": not yet, so undecided rather than a refusal
_NOT_YET = re.compile(r"\b(?:yet|still|so\s+far|todavía|aún|noch|encore|ancora|ainda|nog|jeszcze)\b", _I)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$|\bhatte\s+|\bavait\s+|\bhabía\s+|\baveva\s+", _I)
_LATER = re.compile(r"\b(?:now|since|later|finally|eventually|ultimately|jetzt|inzwischen|désormais|finalement|"
                    r"ahora|finalmente|ora|adesso)\b", _I)
_CLAUSE = re.compile(r";|\s[—–]\s|(?<![\w-])(?:while|whereas|but|although|though|even\s+though|unlike|after|"
                     r"before|because|however|während|aber|obwohl|nachdem|tandis\s+que|alors\s+que|mais|"
                     r"aunque|pero|mientras|mentre|ma|però|invece)(?![\w-])", _I)
_APPOSITIVE = re.compile(r",\s*(?:a|an|the|whose|which|who|one|its|el|la|le|il|der|die|das|un|una|une)\b[^,]{0,80},")
_COORD = re.compile(r"^(?:\s*(?:,|and|und|et|y|e|or|&|as\s+well\s+as|sowie)\s*)+$", _I)
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:[Ww]e|[Oo]ur|[Uu]s|[Ww]ir|[Nn]ous|[Nn]osotros|[Nn]oi)(?![\w-])")


# The guide's rule 3: deliberating or keeping a question open is `undecided` only about the Code.
# "is still weighing whether to release its next model", "prüft noch, ob es ein Büro eröffnet":
# a deliberation / open-question cue whose whether-clause names neither the Code nor taking part
# in it, nor stands for it ("whether to do so"), says nothing about the Code.
# Dutch "of" only right after the cue ("twijfelt (nog) of"): further on it is English "most of it"
_WHETHER_AFTER = re.compile(r"^[\s,]*(?:(?:\w+[\s,]+){0,2}?(?:whether|if|ob|si|se|czy)|(?:nog[\s,]+)?of)\b", _I)
_WHETHER_END = re.compile(r"\b(?:whether|if|ob|si|se|czy|of)\s*$", _I)
_ABOUT_TAKING_PART = re.compile(
    r"\b(?:sign\w*|join\w*|adher\w*|particip\w*|take\s+part|commit\w*|endors\w*|back|support\w*|compl(?:y|ies)|"
    r"unterzeichn\w*|unterschreib\w*|beitreten|beizutreten|beitritt|teilnehm\w*|anschlie\w*|mitmach\w*|"
    r"rejoindre|adhér\w*|s['’]engager|firm\w*|unirse|sumarse|ader\w*|partecip\w*|assin\w*|"
    r"onderteken\w*|teken\w*|aansluit\w*|aan\s+te\s+sluiten|deelnem\w*|podpis\w*|przystąp\w*|dołącz\w*|"
    r"beteilig\w*|"
    # pro-forms for the decision itself: "whether to do so", "ob und wann es dazu kommt"
    r"do(?:ing)?\s+so|das\s+tut|dies\s+tut|dazu|le\s+faire|hacerlo|farlo|fazê-lo|dat\s+doet|to\s+zrobi\w*|"
    r"(?:whether|ob|si|se|of|czy)\s+(?:and|und|et|y|e|en|i)\s+(?:when|wann|quand|cuándo|quando|wanneer|kiedy))\b", _I)


def _open_question_elsewhere(cue_text: str, text: str, end: int) -> bool:
    """A deliberation or open-question cue followed by a whether-clause about something else."""
    window = re.split(r"[.;!?]", text[end:end + 100], maxsplit=1)[0]
    if not (_WHETHER_END.search(cue_text) or _WHETHER_AFTER.match(window)):
        return False
    return not (_ABOUT_TAKING_PART.search(window) or mentions_code(window))


@dataclass
class Cue:
    stance: str
    strength: float
    start: int
    end: int
    text: str
    # a sign cue the words around it turned: "hedge" ("may sign"), "negation" ("will not sign"), "absence"
    # ("missing from the list of signatories")
    reread: str | None = None


def find_cues(text: str) -> list[Cue]:
    """All stance cues in ``text`` after overlap resolution and negation/hedge re-reading."""
    raw: list[Cue] = []
    for stance, table in (("refuse", _REFUSE), ("undecided", _UNDECIDED), ("sign", _SIGN)):
        for pattern, strength in table:
            for m in re.finditer(pattern, text, _I):
                raw.append(Cue(stance, strength, m.start(), m.end(), m.group(0)))
    for m in _NEGATED_INTEREST.finditer(text):
        raw.append(Cue("refuse", 0.85, m.start(), m.end(), m.group(0), "negation"))
    for m in _ABSENT_FROM_LIST.finditer(text):
        raw.append(Cue("undecided", 0.6, m.start(), m.end(), m.group(0), "absence"))
    raw.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Cue] = []
    for c in raw:
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    out: list[Cue] = []
    for c in sorted(kept, key=lambda c: c.start):
        left = text[max(0, c.start - 40):c.start]
        right = text[c.end:c.end + 60]
        if c.stance == "undecided" and c.strength == _DELIBERATION and _open_question_elsewhere(c.text, text, c.end):
            continue
        if c.stance == "refuse" and (_OTHER_OBJECT_AFTER.match(right) or _NOT_CODE_OBJECT.match(right)
                                     or _OTHER_OBJECT.search(c.text)):
            continue
        if c.stance == "refuse" and _NEG_LEFT.search(left) and _NEGATABLE_REFUSAL.match(c.text):
            c = Cue("undecided", 0.7, c.start, c.end, c.text, "negation")
        if c.stance == "sign":
            if _NOT_CODE_OBJECT.match(right):
                continue  # "signed a letter calling for a pause" is not a signature of the code
            if any(k.stance == "undecided" and k.end <= c.start and c.start - k.end < 40
                   and not re.search(r"[,;]", text[k.end:c.start]) for k in out):
                continue  # "has not decided whether to sign", "declined to say whether it would sign"
            if re.search(r"\b(?:whether|if|ob|si|se)\s+(?:\w+\s+){0,4}$", left, _I):
                continue  # an open question ("asked whether they would sign") is no stance
            if _NEG_LEFT.search(left) and not _ONLY.search(text[c.start:c.end + 30]):
                intent = c.strength == 0.85 and not re.search(r"signator|Unterzeichner|signataire|firmant|"
                                                               r"firmatari|list", c.text, _I) \
                    and not _NOT_YET.search(left[-30:])
                c = Cue("refuse" if intent else "undecided", 0.85 if intent else 0.4, c.start, c.end, c.text,
                        "negation" if intent else None)
            # six words back, from a wider window: 40 characters cut "Vermutlich wird auch Anthropic den
            # Kodex unterzeichnen" to "…lich wird auch"
            elif _HEDGE.search(" ".join(text[max(0, c.start - 90):c.start].split()[-6:]) + " " + c.text) \
                    or _HEDGE_AFTER.match(right) \
                    or (_INTEREST_LEFT.search(" ".join(left.split()[-4:])) and _CONDITION_RIGHT.match(right)):
                c = Cue("undecided", 0.7, c.start, c.end, c.text, "hedge")
        if _PAST_PERFECT.search(left):
            c.strength *= 0.7  # "had refused": likely superseded later in the text
        elif _LATER.search(left[-25:]):
            c.strength = min(0.97, c.strength + 0.05)
        out.append(c)
    return out


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _applies(cue: Cue, targets: list[tuple[int, int]], others: list[tuple[int, int]], text: str) -> bool:
    """Does the cue's subject group contain the target? (proximity within the cue's clause)"""
    clause = next(((a, b) for a, b in _clauses(text) if a <= cue.start < b), (0, len(text)))
    masked = text
    for m in _APPOSITIVE.finditer(text):  # "Amazon, a major investor in Anthropic, signed"
        if m.end() <= cue.start:
            masked = masked[:m.start() + 1] + " " * (m.end() - m.start() - 2) + masked[m.end() - 1:]
    all_ments = sorted([(s, e, True) for s, e in targets] + [(s, e, False) for s, e in others])
    ments = [m for m in all_ments if clause[0] <= m[0] < clause[1] and masked[m[0]:m[1]].strip()]
    if not ments:
        # elided subject in a coordinated clause ("Microsoft had refused but has now signed")
        ments = [m for m in all_ments if m[1] <= cue.start and masked[m[0]:m[1]].strip()]
    before = [m for m in ments if m[1] <= cue.start]
    if not before:
        # a cue inside the target span's own phrase ("Meta's refusal") or preceding the subject
        if any(s <= cue.start < e for s, e, _t in ments):
            return any(t for s, e, t in ments if s <= cue.start < e)
        # a cue around its subject ("whether Acme will sign … remains unclear")
        inside = [m for m in ments if cue.start <= m[0] and m[1] <= cue.end]
        if inside:
            return any(t for _s, _e, t in inside)
        after = [m for m in ments if m[0] >= cue.end]
        group = _group(after, masked, forward=True)
    else:
        group = _group(before, masked, forward=False)
    return any(t for _s, _e, t in group)


def _group(ments: list[tuple[int, int, bool]], text: str, forward: bool) -> list[tuple[int, int, bool]]:
    if not ments:
        return []
    seq = ments if forward else list(reversed(ments))
    group = [seq[0]]
    for m in seq[1:]:
        prev = group[-1]
        gap = text[prev[1]:m[0]] if forward else text[m[1]:prev[0]]
        if not _COORD.match(gap) and gap.strip() not in ("", "'s", "’s"):
            break
        group.append(m)
    return group


def _prediction(cues: list[Cue]) -> Prediction:
    p = {"sign": 0.0, "refuse": 0.0, "undecided": 0.0}
    for c in cues:
        p[c.stance] = 1 - (1 - p[c.stance]) * (1 - c.strength)
    best = max(p.values())
    raw = dict(p, none=max(0.05, 1 - best))
    total = sum(raw.values())
    scores = {k: round(v / total, 4) for k, v in raw.items()}
    stance = max(scores, key=lambda k: (scores[k], k == "none"))
    reread = any(c.reread and c.stance == stance for c in cues)
    return Prediction(stance, scores[stance], scores, reread=reread)


class RuleStanceClassifier:
    """The rule baseline: no training data, deterministic, explainable (``explain``)."""

    name = "rules-v1"

    def predict(self, passages: list[Passage]) -> list[Prediction]:
        return [self._one(p) for p in passages]

    def explain(self, passage: Passage) -> list[Cue]:
        """The cues that applied to the target, for evidence and debugging."""
        return self._cues(passage)

    def _cues(self, passage: Passage) -> list[Cue]:
        text = passage.text
        targets = list(passage.target_spans)
        if not targets:
            # no span given (CLI passages): the company name where it occurs, else the whole text
            for m in re.finditer(re.escape(passage.company), text):
                targets.append((m.start(), m.end()))
        cues = find_cues(text)
        if not targets:
            return cues
        return [c for c in cues if _applies(c, targets, list(passage.other_spans), text)]

    def _one(self, passage: Passage) -> Prediction:
        topic = classify_topic(passage.text, doc_about_gpai=passage.about_gpai)
        if topic.label in ("ai_pact", "disinfo_code", "other_code"):
            return Prediction("none", 0.85, {"sign": 0.05, "refuse": 0.05, "undecided": 0.05, "none": 0.85})
        cues = self._cues(passage)
        if not cues:
            return Prediction("none", 0.8, {"sign": 0.0667, "refuse": 0.0667, "undecided": 0.0666, "none": 0.8},
                              no_evidence=True)
        return _prediction(cues)


def first_person_spans(text: str) -> list[tuple[int, int]]:
    """ "we"/"our" inside a quote: the speaker's company (used by the analyzer)."""
    return [(m.start(), m.end()) for m in _FIRST_PERSON.finditer(text)]

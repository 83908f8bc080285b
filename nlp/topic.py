"""Topic scoping: is a sentence about the GPAI Code of Practice, or about something nearby?

Labels:
* ``gpai_code``       the General-Purpose AI Code of Practice (explicitly, or "the code" in a
                      document that is about it)
* ``stop_the_clock``  calls to pause / delay the AI Act obligations (the "stop the clock" letter):
                      a request for delay counts as *undecided* towards the code (cli-contract)
* ``ai_pact``         the 2024 AI Pact (a different voluntary pledge)
* ``disinfo_code``    the Code of Practice on Disinformation
* ``other_code``      other codes of conduct (G7 Hiroshima, etc.)
* ``ai_act``          the AI Act in general, no code
* ``none``            none of these

The analyzer classifies only ``gpai_code`` and ``stop_the_clock`` sentences, and ``none``
sentences of a document that is about the GPAI code ("Meta won't be signing it").
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

log = logging.getLogger(__name__)

_F = re.I

_DISINFO = re.compile(r"disinformation|desinformation|désinformation|desinformación|disinformazione", _F)
_AI_PACT = re.compile(r"\bAI[- ]Pa(?:ct|kt)\b|\bKI-Pakt\b|\bpacte\s+(?:sur\s+l['’]|de\s+l['’]|pour\s+l['’])?IA\b|"
                      r"\bpacto\s+(?:de|sobre\s+la|por\s+la)\s+IA\b|\bpatto\s+(?:per\s+l['’]|sull['’])?(?:IA|AI)\b")
_OTHER_CODE = re.compile(r"Hiroshima|G7\s+code|code\s+of\s+conduct\s+for\s+(?!AI|general)|"
                         r"(?:hate\s+speech|online\s+advertising|fisheries|banking)\s+code", _F)
_STOP_CLOCK = re.compile(r"stop\s+the\s+clock|stopp(?:t|en)?\s+(?:die|der)\s+Uhr|arrêter\s+l['’]horloge|"
                         r"stopper\s+l['’]horloge|parar\s+el\s+reloj|fermare\s+l['’]orologio|"
                         r"\b(?:pause|delay|postpone|postponement|moratorium)\b|\bVerschiebung\b|\bAufschub\b|"
                         r"\baplazamiento\b|\brinvio\b|\breport(?:er)?\b(?=.*\b(?:AI Act|IA|code)\b)", _F)
_GPAI_EXPLICIT = re.compile(
    r"\bGPAI\b|general[- ]purpose\s+AI|general[- ]purpose\s+artificial|AI\s+code\s+of\s+practi[cs]e|"
    r"\bcode\s+of\s+practi[cs]e\b|Verhaltenskodex|Praxisleitfaden|KI-Kodex|"
    r"code\s+de\s+bonnes\s+pratiques|code\s+de\s+conduite|"
    r"código\s+de\s+(?:buenas\s+prácticas|conducta)|codice\s+di\s+(?:buone\s+pratiche|condotta)|"
    r"IA\s+(?:à|a)\s+usage\s+général|IA\s+de\s+uso\s+general|IA\s+per\s+finalità\s+generali", _F)
_CODE_BARE = re.compile(r"\b(?:the|this|voluntary|EU['’]?s?|Brussels['’]?)\s+(?:voluntary\s+)?code\b|\bcode['’]s\b|"
                        r"\b(?:den|der|dem|des)\s+Kodex|\bKodex\b|\ble\s+code\b|\bdu\s+code\b|\bel\s+código\b|"
                        r"\bdel\s+código\b|\bil\s+codice\b|\bdel\s+codice\b|\bsignatories\b|\bsignatory\b|"
                        r"\bUnterzeichner|\bsignataires?\b|\bfirmantes?\b|\bfirmatari\b|\bthe\s+pact\b", _F)
_AI_ACT = re.compile(r"\bAI\s+Act\b|KI-Verordnung|KI-Gesetz|règlement\s+(?:européen\s+)?sur\s+l['’]IA|"
                     r"\bAI\s+Act\b|Ley\s+de\s+IA|legge\s+(?:europea\s+)?sull['’](?:IA|intelligenza)|"
                     r"\bEU\s+AI\s+rules\b", _F)


@dataclass(frozen=True)
class Topic:
    label: str
    score: float  # how sure we are that the sentence is about ``label`` (0-1)

    @property
    def in_scope(self) -> bool:
        """Worth classifying for a GPAI-code stance."""
        return self.label in ("gpai_code", "stop_the_clock")


def document_about_gpai(sentences: list[str]) -> bool:
    """A document is about the GPAI code when any sentence names it explicitly, or it speaks of
    "the code"/signatories together with the AI Act / AI, and not of another named code only."""
    explicit = any(_GPAI_EXPLICIT.search(s) and not _DISINFO.search(s) for s in sentences)
    if explicit:
        return True
    joined = " ".join(sentences)
    return bool(_CODE_BARE.search(joined) and re.search(r"\bAI\b|\bKI\b|\bIA\b|AI Act", joined)
                and not _DISINFO.search(joined))


def classify_topic(sentence: str, doc_about_gpai: bool = False) -> Topic:
    """The topic of one sentence; ``doc_about_gpai`` lets "the code" refer to the GPAI code."""
    s = sentence
    gpai = bool(_GPAI_EXPLICIT.search(s))
    if _DISINFO.search(s):
        # "the Code of Practice on Disinformation": unless the GPAI code is named separately
        if not re.search(r"\bGPAI\b|general[- ]purpose", s, re.I):
            return Topic("disinfo_code", 0.9)
    if _AI_PACT.search(s) and not (gpai or (_CODE_BARE.search(s) and not re.search(r"\bthe\s+pact\b", s, re.I))):
        return Topic("ai_pact", 0.85)
    if _OTHER_CODE.search(s) and not gpai:
        return Topic("other_code", 0.7)
    if gpai:
        return Topic("gpai_code", 0.95)
    if _CODE_BARE.search(s):
        return Topic("gpai_code", 0.85 if doc_about_gpai else 0.5)
    if _STOP_CLOCK.search(s) and (_AI_ACT.search(s) or doc_about_gpai):
        return Topic("stop_the_clock", 0.75)
    if _AI_ACT.search(s):
        return Topic("ai_act", 0.8)
    return Topic("none", 0.5 if doc_about_gpai else 0.2)


def in_scope(topic: Topic, doc_about_gpai: bool) -> bool:
    """Pre-filter for the classifier: the code itself, delay requests, and unscoped sentences of a
    GPAI-code document ("Meta won't be signing it")."""
    return topic.in_scope or (topic.label == "none" and doc_about_gpai)

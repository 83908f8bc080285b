"""``RuleStanceClassifier`` ("rules-v1"): the baseline StanceClassifier, multilingual lexicons.

How a passage is classified:
1. The topic filter (nlp.topic) sends passages about the AI Pact, the disinformation code or
   other codes to ``none``.
2. Cues are found with regexes (``nlp.rule_lexicon``) in the guide's eight languages: *refuse* ("won't be signing", "declined to
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
from nlp.modality import MODALITY_WORD, about_the_code, has_object
from nlp.rule_lexicon import (
    ABOUT_TAKING_PART,
    ABSENT_FROM_LIST,
    AMONG,
    ANTECEDENT_GAP,
    APPOSITIVE,
    CHAPTER_OBJECT,
    CLAUSE,
    CONDITION_RIGHT,
    CONDITIONAL_COMMITMENT,
    CONTRAST_BEFORE,
    CONTRAST_BETWEEN,
    COORD,
    CRITICISM_OBJECT_AFTER,
    DECISION_AFTER,
    DELAY_REQUEST,
    DELIBERATION,
    DESCRIBED_ITEM_GAP,
    FIRST_PERSON,
    FUTURE_DECISION,
    FUTURE_SIGN,
    HEDGE,
    HEDGE_AFTER,
    INFINITIVE_BEFORE,
    INFINITIVE_MARK,
    INTEREST_LEFT,
    JOINER_PREFIX,
    LATER,
    LETTER_DELAY,
    LETTER_SIGNATURE,
    MEMBER_OF_RELATIVE,
    MEMBERS_INCLUDE,
    NEG_LEFT,
    NEGATABLE_REFUSAL,
    NEGATED_INTEREST,
    NO_COMMENT,
    NOMINAL_AGENT_AFTER,
    NOMINAL_AGENT_BEFORE,
    NOMINAL_AGENT_INSIDE,
    NOMINAL_ANNOUNCED,
    NOMINAL_HEDGE,
    NOMINAL_NEGATION,
    NOT_CODE_OBJECT,
    NOT_SIGNED,
    NOT_YET,
    ONLY,
    ONLY_IF_RIGHT,
    OPEN_IDIOM,
    OPEN_QUESTION,
    OPPOSITE_STANCE,
    OTHER_OBJECT,
    OTHER_OBJECT_AFTER,
    OWN_WAY,
    PARTIAL_SIGNATURE,
    PAST_PERFECT,
    PAUSE_OF_OTHER,
    PRESSING_LEFT,
    PRESUPPOSING_QUESTION,
    QUOTE_MARK,
    RECONSIDER,
    REFUSAL_NOUN,
    REFUSAL_WITH_COMPLEMENT,
    REFUSE,
    RELATIVE_AFTER_NAME,
    RELATIVE_ASIDE,
    RELATIVE_PRONOUN,
    RELIEF_OPPOSED_LEFT,
    RELIEF_REQUEST_HEAD,
    REVERSAL,
    REVERSAL_HINTS,
    RULED_OUT,
    RULES_NEAR_LEFT,
    RULES_NEAR_RIGHT,
    SEPARABLE_REFUSAL,
    SEPARABLE_SIGN,
    SEPARABLE_SIGN_OBJECT,
    SIGN,
    SIGN_NOUN,
    SIGN_QUESTION,
    STATUS_DATE,
    THIRD_PARTY_WISH,
    TIME_QUALIFIER,
    UNDECIDED,
    UNNAMED_AGENT_AFTER,
    WHETHER_AFTER,
    WHETHER_END,
    WILL_NOT_APPEAR,
    WILLINGNESS,
)
from nlp.topic import DELAY_OR_RELIEF_WORDS, SIMPLER_WORDS, asks_about_ai_rules, classify_topic, mentions_code

log = logging.getLogger(__name__)

SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)")

_I = re.I


def _open_question_elsewhere(cue_text: str, text: str, end: int) -> bool:
    """A deliberation or open-question cue followed by a whether-clause about something else."""
    window = re.split(r"[.;!?]", text[end:end + 100], maxsplit=1)[0]
    if not (WHETHER_END.search(cue_text) or WHETHER_AFTER.match(window)):
        return False
    return not (ABOUT_TAKING_PART.search(window) or mentions_code(window))


@dataclass
class Cue:
    stance: str
    strength: float
    start: int
    end: int
    text: str
    # a cue the words around it turned or qualified: "hedge" ("may sign"), "negation" ("will not sign"),
    # "absence" ("missing from the list of signatories"), "provisional" ("has so far refused": still refuse),
    # "reversal" (the position after "dropped its objections"), "delay" (a request to delay: `undecided`),
    # "question" (a sign verb in a direct question the text asks, or in "whether … remains unclear"),
    # "contrast" (the opposite of the main clause's stance, for "Unlike Meta, Cohere will sign"),
    # "own_way" (complying with the AI Act without the Code), "willingness" ("volonté de participer",
    # "bereid … aan te sluiten": the model misreads the noun), "nominal" (a position as a noun: "il rifiuto
    # di X di firmare", "l'adesione di X al codice"), "separable" (a Dutch separable refusal verb, "wijst de
    # code af", that the model reads without its particle), "deferred" (a decision still to come), "partial" (a
    # partial signature without a sign verb, "beschränkt sich auf das Kapitel …"), "ruled_out" ("ha escluso di
    # firmare", which the model reads as the verb it governs)
    reread: str | None = None


# Cue patterns read whole, in this order (ties in overlap resolution go to the earlier): pattern, stance,
# strength, and the reread the cue carries (None: a plain cue)
_READ_CUES = (
    (NEGATED_INTEREST, "refuse", 0.85, "negation"),
    (OPEN_QUESTION, "undecided", 0.8, "question"),
    (CONDITIONAL_COMMITMENT, "undecided", 0.8, "hedge"),
    (PARTIAL_SIGNATURE, "sign", 0.85, "partial"),
    (RULED_OUT, "refuse", 0.85, "ruled_out"),
    (WILL_NOT_APPEAR, "refuse", 0.85, None),
    (OWN_WAY, "refuse", 0.85, "own_way"),
    (WILLINGNESS, "sign", 0.85, "willingness"),
    (REFUSAL_NOUN, "refuse", 0.85, "nominal"),
    (OPEN_IDIOM, "undecided", 0.8, "hedge"),
)


def find_cues(text: str) -> list[Cue]:
    """All stance cues in ``text`` after overlap resolution and negation/hedge re-reading."""
    raw: list[Cue] = []
    for stance, table in (("refuse", REFUSE), ("undecided", UNDECIDED), ("sign", SIGN)):
        for pattern, strength in table:
            for m in re.finditer(pattern, text, _I):
                raw.append(Cue(stance, strength, m.start(), m.end(), m.group(0)))
    for regex, cue_stance, strength, reread in _READ_CUES:
        raw.extend(Cue(cue_stance, strength, m.start(), m.end(), m.group(0), reread) for m in regex.finditer(text))
    for m in SIGN_NOUN.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        noun_stance = ("refuse" if NOMINAL_NEGATION.search(before)
                       else "undecided" if NOMINAL_HEDGE.search(before) else "sign")
        raw.append(Cue(noun_stance, 0.85 if noun_stance != "undecided" else 0.7, m.start(), m.end(), m.group(0),
                       "nominal"))
    for m in DELAY_REQUEST.finditer(text):
        raw.append(Cue("undecided", 0.6, m.start(), m.end(), m.group(0), "delay"))
    for m in DELAY_OR_RELIEF_WORDS.finditer(text):
        if m.group(0).lower() == "report":
            continue  # English "a report on the AI Act"; French "un report" is in DELAY_REQUEST
        start, end = _sentence_bounds(text, m.start(), m.end())
        sentence = text[start:end]
        # someone asks for it, about the AI rules, and does not oppose it ("rejected calls for more time")
        if (RELIEF_REQUEST_HEAD.search(sentence) and asks_about_ai_rules(sentence)
                and not RELIEF_OPPOSED_LEFT.search(text[start:m.start()][-70:])):
            raw.append(Cue("undecided", 0.6, m.start(), m.end(), m.group(0), "delay"))
    for m in SIMPLER_WORDS.finditer(text):  # simpler rules: a request only where someone presses for them
        start = _sentence_bounds(text, m.start(), m.end())[0]
        if (PRESSING_LEFT.search(text[start:m.start()]) and asks_about_ai_rules(text[start:m.end() + 80])
                and (RULES_NEAR_LEFT.search(text[start:m.start()]) or RULES_NEAR_RIGHT.match(text[m.end():m.end() + 60]))):
            # not a reread: lobbying for simpler rules is weaker evidence than asking for time (a company that
            # pressed for simpler rules may still sign), so a confident model outvotes it
            raw.append(Cue("undecided", 0.6, m.start(), m.end(), m.group(0)))
    for m in LETTER_SIGNATURE.finditer(text):
        start, end = _sentence_bounds(text, m.start(), m.end())
        if start > 0:  # "the letter" may refer back to the sentence before ("…called to stop the clock. X signed the letter")
            start = _sentence_bounds(text, start - 1, start - 1)[0]
        # "a letter asking for a pause" / "… for a grace period"
        delays = [d for regex in (LETTER_DELAY, DELAY_OR_RELIEF_WORDS) for d in regex.finditer(text, start, end)
                  if not PAUSE_OF_OTHER.match(text[d.end():d.end() + 60])]
        if delays and not NEG_LEFT.search(text[max(0, m.start() - 40):m.start()]):
            # backing a "stop the clock" letter: a delay request ("did not sign the letter": no cue)
            raw.append(Cue("undecided", 0.7, m.start(), m.end(), m.group(0), "delay"))
    for m in NOT_SIGNED.finditer(text):
        start, end = _sentence_bounds(text, m.start(), m.end())
        if STATUS_DATE.search(text[start:end]):
            raw.append(Cue("undecided", 0.6, m.start(), m.end(), m.group(0), "absence"))
    for m in ABSENT_FROM_LIST.finditer(text):
        raw.append(Cue("undecided", 0.6, m.start(), m.end(), m.group(0), "absence"))
    raw = _cut_nominal_refusals(raw, text)
    raw.sort(key=lambda c: (-(c.end - c.start), c.start, c.reread is None))  # a tie goes to the reread
    kept: list[Cue] = []
    for c in raw:
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    lowered = text.lower()
    reversals = ([m.span() for m in REVERSAL.finditer(text)]
                 if any(h in lowered for h in REVERSAL_HINTS) else [])
    out: list[Cue] = []
    for c in sorted(kept, key=lambda c: c.start):
        if c.stance == "refuse" and any(a <= c.start and c.end <= b for a, b in reversals):
            continue  # "gave up its refusal": the old position, not a cue
        left = text[max(0, c.start - 40):c.start]
        right = text[c.end:c.end + 60]
        if c.stance == "undecided" and c.strength == DELIBERATION and _open_question_elsewhere(c.text, text, c.end):
            continue
        if c.reread == "delay" and PAUSE_OF_OTHER.match(right):
            continue  # "called for a pause on giant AI experiments": not the Code or the AI Act
        if c.stance == "refuse" and (OTHER_OBJECT_AFTER.match(right) or NOT_CODE_OBJECT.match(right)
                                     or OTHER_OBJECT.search(c.text)
                                     or (c.reread != "nominal" and CRITICISM_OBJECT_AFTER.match(right))):
            continue
        if c.stance == "refuse" and NEG_LEFT.search(left) and NEGATABLE_REFUSAL.match(c.text):
            c = Cue("undecided", 0.7, c.start, c.end, c.text, "negation")
        if c.stance == "sign":
            if NOT_CODE_OBJECT.match(right):
                continue  # "signed a letter calling for a pause" is not a signature of the code
            if any(k.stance == "refuse" and k.reread in (None, "provisional") and k.end <= c.start and c.start - k.end < 50
                   and REFUSAL_WITH_COMPLEMENT.search(k.text) and not CONTRAST_BETWEEN.search(text[k.end:c.start])
                   and INFINITIVE_BEFORE.search(text[k.end:c.start])
                   for k in out):
                continue  # the refusal's complement: "hat sich geweigert, den Kodex zu unterzeichnen"
            if any(k.stance == "undecided" and k.end <= c.start and c.start - k.end < 40
                   and not re.search(r"[,;]", text[k.end:c.start])
                   and not (k.reread == "delay" and DECISION_AFTER.search(text[k.end:c.start])) for k in out):
                continue  # "has not decided whether to sign", "declined to say whether it would sign"
            if _whether_before(left):
                continue  # an open question ("asked whether they would sign") is no stance
            if NEG_LEFT.search(left) and CHAPTER_OBJECT.match(right):
                continue  # "did not join those on copyright": the chapters left out of a partial signature
            if NEG_LEFT.search(left) and not ONLY.search(text[c.start:c.end + 30]):
                intent = c.strength == 0.85 and not re.search(r"signator|Unterzeichner|signataire|firmant|"
                                                               r"firmatari|list", c.text, _I) \
                    and not NOT_YET.search(left[-30:])
                c = Cue("refuse" if intent else "undecided", 0.85 if intent else 0.4, c.start, c.end, c.text,
                        "negation" if intent else None)
            elif HEDGE.search(_six_words_before(text, c.start) + " " + c.text) \
                    or HEDGE_AFTER.match(right) \
                    or (FUTURE_SIGN.match(c.text) and THIRD_PARTY_WISH.search(_clause_left(text, c.start))) \
                    or (c.strength < 0.9 and ONLY_IF_RIGHT.match(text[c.end:c.end + 100])) \
                    or ((c.reread == "willingness" or INTEREST_LEFT.search(" ".join(left.split()[-4:])))
                        and CONDITION_RIGHT.match(right)):
                c = Cue("undecided", 0.7, c.start, c.end, c.text, "hedge")
            elif _asked(text, c):
                c = Cue("undecided", 0.7, c.start, c.end, c.text, "question")  # "Will Acme sign the code?"
        if c.stance == "refuse" and c.reread is None and (
                TIME_QUALIFIER.search(left.rsplit(".", 1)[-1]) or TIME_QUALIFIER.search(c.text)
                or TIME_QUALIFIER.search(right.split(".", 1)[0][:40])):
            c.reread = "provisional"  # "has so far refused": the model reads the qualifier, not the refusal
        if c.reread is None and c.stance in ("sign", "refuse") and any(
                b <= c.start and not CONTRAST_BETWEEN.search(text[b:c.start]) and not any(k.stance != "undecided" and b <= k.start
                                                                      for k in out) for _a, b in reversals):
            c.reread = "reversal"  # the first position after "dropped its objections": the new one
        if c.stance == "undecided" and c.reread is None and RECONSIDER.match(c.text) and not NEG_LEFT.search(left):
            sentence_start = _sentence_bounds(text, c.start, c.end)[0]
            if any(k.stance == "refuse" and k.start >= sentence_start for k in out):
                # "turned down the code in July, is now reconsidering": the later position, and the refusal
                # it reconsiders the old one
                c.reread = "reversal"
                out = [k for k in out if k.stance != "refuse" or k.start < sentence_start]
        if c.stance == "undecided" and c.reread is None and FUTURE_DECISION.match(c.text):
            c.reread = "deferred"  # "se prononcera sur le code": the model reads a commitment
        if c.stance == "refuse" and c.reread is None and any(
                r.start() < c.end and c.start < r.end() for r in RULED_OUT.finditer(text, c.start, c.end + 40)):
            c.reread = "ruled_out"  # the table's cue for the same words ("ha descartado sumarse")
        if c.reread is None and ((c.stance == "refuse" and SEPARABLE_REFUSAL.match(c.text))
                                 or (c.stance == "sign" and SEPARABLE_SIGN.match(c.text)
                                     and (re.search(r"\b(?:erbij|daarbij|hierbij)\b", c.text, re.I)
                                          or SEPARABLE_SIGN_OBJECT.match(right)))):
            c.reread = "separable"  # "wijst de code af", "sloot zich erbij aan": the stem without its particle
        if c.stance in ("sign", "refuse") and c.reread is None:
            sentence_start = _sentence_bounds(text, c.start, c.end)[0]
            asked = [k for k in out if k.reread == "delay" and k.start >= sentence_start
                     and DECISION_AFTER.search(text[k.end:c.start])]
            if asked:  # "asked for more time, then signed": the decision, not the request, is the position
                c.reread = "reversal"
                out = [k for k in out if k not in asked]
        if PAST_PERFECT.search(left):
            c.strength *= 0.7  # "had refused": likely superseded later in the text
        elif LATER.search(left[-25:]):
            c.strength = min(0.97, c.strength + 0.05)
        out.append(c)
    return out


def _cut_nominal_refusals(raw: list[Cue], text: str) -> list[Cue]:
    """A refusal noun's match runs on to a sign verb or a code word; a finite sign verb inside it belongs to
    another clause ("Malgré le refus de Meta, Google a signé", "Mimo odmowy Mety Google podpisał"), so the noun's
    cue ends before it and both cues stay (own probes, 2026-12-06)."""
    finite = [c for c in raw if c.stance == "sign" and c.reread is None]
    out = []
    for c in raw:
        if c.reread == "nominal" and c.stance == "refuse":
            inner = [f for f in finite if c.start < f.start and f.end <= c.end
                     and not INFINITIVE_MARK.search(text[c.start:f.start]) and not re.match(r"(?:to|zu)\b", f.text, _I)]
            if inner:
                end = c.start + len(text[c.start:min(f.start for f in inner)].rstrip(" ,"))
                c = Cue(c.stance, c.strength, c.start, end, text[c.start:end], c.reread)
        out.append(c)
    return out


def _six_words_before(text: str, start: int) -> str:
    """The six words before ``start``, from a wider window (40 characters cut "Vermutlich wird auch Anthropic den
    Kodex unterzeichnen" to "…lich wird auch"), a closed relative clause left out (its hedge is the old position)."""
    return " ".join(RELATIVE_ASIDE.sub(",", text[max(0, start - 90):start]).split()[-6:])


def _clause_left(text: str, start: int) -> str:
    """The clause's text left of ``start``: from the last sentence end, comma, semicolon or colon, at most 90 characters."""
    left = text[max(0, start - 90):start]
    cut = max(left.rfind(p) for p in ".!?,;:")
    return left[cut + 1:] if cut >= 0 else left


def _whether_before(left: str) -> bool:
    """A "whether" / "if" opens the clause before a sign verb ("asked whether they would sign"). Italian
    and Portuguese "se" is "if", but Spanish, French and Portuguese "se" is also the reflexive pronoun
    after a subject ("Cohere se comprometió a firmar", "mostrou-se disposta a assinar"): not a question."""
    m = re.search(r"\b(whether|if|ob|si|se)\s+(?:\w+\s+){0,4}$", left, _I)
    if m is None:
        return False
    if m.group(1).lower() != "se":
        return True
    before = left[:m.start()]
    return not (before.endswith("-") or re.search(r"[A-Z][\w.&-]*\s+$", before))


def _asked(text: str, cue: Cue) -> bool:
    """Is the cue in a direct question the text asks ("Will Acme sign the code?", "¿Firmará Acme?"), not a
    quoted one and not one that presupposes the answer ("Why did Acme sign?")?"""
    start, end = _sentence_bounds(text, cue.start, cue.end)
    if text[end:end + 1] != "?":
        return False
    question = text[start:end + 1]
    return not QUOTE_MARK.search(question) and not PRESUPPOSING_QUESTION.search(question)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around ``text[start:end]`` starts, and where its end mark stands (or the text ends)."""
    before = max(text.rfind(p, 0, start) for p in ".!?") + 1
    after = min((i for i in (text.find(p, end) for p in ".!?") if i >= 0), default=len(text))
    return before, after


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in CLAUSE.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _applies(cue: Cue, targets: list[tuple[int, int]], others: list[tuple[int, int]], text: str) -> bool:
    """Does the cue's subject group contain the target? (proximity within the cue's clause)"""
    if _in_others_relative_clause(cue, targets, text):
        return False  # "criticised the lobbyists who called for a pause": the clause speaks of the lobbyists
    if cue.reread == "nominal":
        agents = nominal_agents(cue, targets, others, text)
        if agents:  # "Google criticised Meta's refusal to sign": the refusal is Meta's alone
            return any(agents)
        if (not REFUSAL_NOUN.match(cue.text) and cue.stance != "refuse"
                and not NOMINAL_ANNOUNCED.search(text[max(0, cue.start - 40):cue.start])):
            return False  # an accession without its agent is often the object of a deliberation ("open to")
        if _unnamed_agent(cue, text):
            return False  # "criticised the rejection of the code by lobby groups": their refusal
    clause = next(((a, b) for a, b in _clauses(text) if a <= cue.start < b), (0, len(text)))
    masked = text
    for m in APPOSITIVE.finditer(text):  # "Amazon, a major investor in Anthropic, signed"
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


def _unnamed_agent(cue: Cue, text: str) -> bool:
    """A refusal noun with a by-phrase naming no company ("the rejection of the code by lobby groups")."""
    return cue.reread == "nominal" and bool(UNNAMED_AGENT_AFTER.match(text[cue.end:cue.end + 80]))


def nominal_agents(cue: Cue, targets: list[tuple[int, int]], others: list[tuple[int, int]], text: str) -> list[bool]:
    """The agents of a position noun (is each the target?): names inside it ("le refus de X de signer"),
    a possessive right before it ("X's refusal", "Xs Weigerung") or a by-phrase right after it
    ("odmowa podpisania kodeksu przez X"). With none found, ``_applies`` lets a refusal noun's subject group
    decide as for a verb ("Meta defended its refusal") and applies an accession noun to no one."""
    ments = [(s, e, True) for s, e in targets] + [(s, e, False) for s, e in others]
    inside = _agents_inside(cue, ments, text)
    return [t for s, e, t in ments
            if (s, e) in inside
            or (e <= cue.start and NOMINAL_AGENT_BEFORE.match(text[e:cue.start]))
            or (s >= cue.end and NOMINAL_AGENT_AFTER.match(text[cue.end:s]))]


def _agents_inside(cue: Cue, ments: list[tuple[int, int, bool]], text: str) -> set[tuple[int, int]]:
    """The names inside a position noun's cue that are its genitive agent: the first, right after the noun
    (``NOMINAL_AGENT_INSIDE``), and those coordinated with it ("le refus de Meta et d'Apple de signer")."""
    inside = sorted((s, e) for s, e, _ in ments if cue.start <= s and e <= cue.end)
    noun_end = cue.start + len(cue.text.split(None, 1)[0]) if cue.text.strip() else cue.start
    agents: set[tuple[int, int]] = set()
    prev_end = noun_end
    for s, e in inside:
        gap = text[prev_end:s]
        if agents:  # only a coordinated name goes on ("de Meta et d'Apple")
            joiner = JOINER_PREFIX.match(gap)
            if joiner is None or not NOMINAL_AGENT_INSIDE.match(gap[joiner.end():]):
                break
        elif not NOMINAL_AGENT_INSIDE.match(gap):
            break
        agents.add((s, e))
        prev_end = e
    return agents


def _group(ments: list[tuple[int, int, bool]], text: str, forward: bool) -> list[tuple[int, int, bool]]:
    if not ments:
        return []
    seq = ments if forward else list(reversed(ments))
    group = [seq[0]]
    for m in seq[1:]:
        prev = group[-1]
        gap = text[prev[1]:m[0]] if forward else text[m[1]:prev[0]]
        if not COORD.match(gap) and gap.strip() not in ("", "'s", "’s") and not DESCRIBED_ITEM_GAP.match(gap):
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


def _in_main_clause_after(target: tuple[int, int], cue: Cue, text: str) -> bool:
    """Is the cue in the rest of the contrasted target's sentence, outside a relative clause about it?"""
    if cue.start < target[1]:
        return False
    between = text[target[1]:cue.start]
    return not SENTENCE_BREAK.search(between) and not RELATIVE_AFTER_NAME.match(between)


def _in_others_relative_clause(cue: Cue, targets: list[tuple[int, int]], text: str) -> bool:
    """Is the cue in a relative clause whose antecedent is not the target ("the lobbyists who …", "a member
    of CCIA, which …")?"""
    before = [e for _s, e in targets if e <= cue.start]
    if not before:
        return False
    last = max(before)
    if AMONG.search(text[last:cue.start]):
        return False  # "is among the companies which called for a delay": the antecedent holds the target
    if MEMBER_OF_RELATIVE.search(text[last:cue.start]) and not SENTENCE_BREAK.search(text[last:cue.start]):
        return True  # "is a member of CCIA, the lobby group that called for a pause"
    rel = RELATIVE_PRONOUN.search(text, last, cue.start)
    return rel is not None and not ANTECEDENT_GAP.fullmatch(text[last:rel.start()])


class RuleStanceClassifier:
    """The rule baseline: no training data, deterministic, explainable (``explain``)."""

    name = "rules-v1"

    def predict(self, passages: list[Passage]) -> list[Prediction]:
        return [self._one(p) for p in passages]

    def explain(self, passage: Passage) -> list[Cue]:
        """The cues that applied to the target, for evidence and debugging."""
        return self._cues(passage)

    @staticmethod
    def _targets(passage: Passage) -> list[tuple[int, int]]:
        # no span given (CLI passages): the company name where it occurs, else the whole text
        return list(passage.target_spans) or [(m.start(), m.end())
                                              for m in re.finditer(re.escape(passage.company), passage.text)]

    def _cues(self, passage: Passage, found: list[Cue] | None = None) -> list[Cue]:
        """The cues that apply to the target, of ``found`` (default: all cues in the passage)."""
        text = passage.text
        targets = self._targets(passage)
        cues = find_cues(text) if found is None else found
        if not targets:
            return cues
        contrasted = [t for t in targets if CONTRAST_BEFORE.search(text[max(0, t[0] - 45):t[0]])]
        others = list(passage.other_spans)
        applied = []
        for c in cues:
            if not any(_in_main_clause_after(t, c, text) for t in contrasted):
                if _applies(c, targets, others, text):
                    applied.append(c)
            elif c.stance in OPPOSITE_STANCE:
                # "Unlike Meta, Cohere will sign": the main clause speaks of Cohere, and of Meta by contrast
                applied.append(Cue(OPPOSITE_STANCE[c.stance], 0.8, c.start, c.end, c.text, "contrast"))
        return applied

    def _modality_elsewhere(self, passage: Passage, cues: list[Cue]) -> bool:
        """A hedge or a deliberation of the target's about something else ("Acme is perhaps Europe's
        best-funded lab", "Acme is weighing a listing"): no position on the Code (nlp/modality.py).
        Only deliberations with an object count ("is still weighing" alone may be about the Code)."""
        text = passage.text
        if any(c.stance != "undecided" or c.strength != DELIBERATION or c.reread or not has_object(text, c.end)
               for c in cues):
            return False
        if not cues:
            targets = self._targets(passage)
            words = [Cue("undecided", DELIBERATION, m.start(), m.end(), m.group())
                     for m in MODALITY_WORD.finditer(text) if has_object(text, m.end())]
            if not any(not targets or _applies(w, targets, list(passage.other_spans), text) for w in words):
                return False
        return not about_the_code(text)

    def _no_comment(self, passage: Passage) -> bool:
        """The target gave no answer to a request for comment ("did not respond to a request for comment")."""
        targets, text = self._targets(passage), passage.text
        return any((not targets or _applies(Cue("undecided", 0.4, m.start(), m.end(), m.group()), targets,
                                            list(passage.other_spans), text))
                   # "has so far declined to comment on the code" is silence so far: an open decision
                   and not TIME_QUALIFIER.search(text[max(0, m.start() - 25):m.start()])
                   # asked whether it signs: the silence leaves the decision open (rule 10)
                   and not SIGN_QUESTION.search(text, *_sentence_bounds(text, m.start(), m.end()))
                   for m in NO_COMMENT.finditer(text))

    def _named_for_others(self, passage: Passage, found: list[Cue]) -> bool:
        """No cue applies, yet the passage has one, and the target is named only as a member of an association
        ("whose members include X") or as the contrast to an open position ("Unlike X, Y is still reviewing"):
        a reading of "none" (the guide's rules 6 and 8), not the rules' prior."""
        text = passage.text
        if not found:
            return False
        for start, _end in self._targets(passage):
            member = MEMBERS_INCLUDE.search(text, max(0, start - 90), start)
            if member and not SENTENCE_BREAK.search(text[member.end():start]):
                return True
            if CONTRAST_BEFORE.search(text[max(0, start - 45):start]):
                return True  # an undecided main clause: the contrast takes no opposite (OPPOSITE_STANCE)
        return False

    def _one(self, passage: Passage) -> Prediction:
        topic = classify_topic(passage.text, doc_about_gpai=passage.about_gpai)
        if topic.label in ("ai_pact", "disinfo_code", "other_code"):
            return Prediction("none", 0.85, {"sign": 0.05, "refuse": 0.05, "undecided": 0.05, "none": 0.85})
        found = find_cues(passage.text)
        cues = self._cues(passage, found)
        if self._modality_elsewhere(passage, cues) or (not cues and (
                self._no_comment(passage) or any(_unnamed_agent(c, passage.text) for c in found)
                or self._named_for_others(passage, found))):
            # a reading, not a prior: the hedge is about something else, no answer to a request for
            # comment is no position (the guide's rule 10), the refusal is someone else's (rule 1); the
            # mixture lets it count
            return Prediction("none", 0.9, {"sign": 0.0333, "refuse": 0.0333, "undecided": 0.0334, "none": 0.9},
                              reread=True)
        if not cues:
            return Prediction("none", 0.8, {"sign": 0.0667, "refuse": 0.0667, "undecided": 0.0666, "none": 0.8},
                              no_evidence=True)
        return _prediction(cues)


def first_person_spans(text: str) -> list[tuple[int, int]]:
    """ "we"/"our" inside a quote: the speaker's company (used by the analyzer)."""
    return [(m.start(), m.end()) for m in FIRST_PERSON.finditer(text)]

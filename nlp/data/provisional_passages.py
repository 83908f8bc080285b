"""Provisional refusals: a refusal qualified in time is still a refusal (2026-12, issue 13).

The labelling guide's ``refuse`` covers a company that "has declined, rejected, refuses, will not
sign"; its ``undecided`` covers a decision presented as open ("has yet to decide", "not among the
signatories yet"). A probe of the shipped model with our own sentences (2026-12-05, eight
languages) found that a temporal qualifier on a refusal flips it to ``undecided``: "has so far
refused to sign", "hat sich bislang geweigert", "se ha negado hasta ahora", "recusou-se até
agora", "weigert tot nu toe", "jak dotąd odmawia" came out ``undecided`` at 0.56-0.91 in six of
eight languages, while the same refusals without the qualifier came out ``refuse``. The training
data had 41 ``undecided`` and 42 ``sign`` rows with "so far" and no ``refuse`` one: the model had
learnt "so far" as a marker of an open decision. A few refusal idioms were read as ``sign`` too
("passed on signing", "se ha mantenido al margen", "laat … links liggen").

The frames below are our own wording per language, written from the guide and that probe, not from
any development, challenge or demo-site passage (tests check 8-word windows against the first two):

* ``provisional_refusal``: a refusal with "so far", "for now", "to date", "for the time being" and
  their equivalents, alone, in a list, beside a signer, or beside a company that has not spoken →
  ``refuse`` (the other company keeps its own label);
* ``provisional_absence``: the minimal-pair contrast — *no signature* "so far" while the company
  is still studying the text, or has taken no position → ``undecided``, so that the frames teach
  what the qualifier attaches to, not that "so far" means refusal.

No ``none`` rows (the hedge passages' ``none`` rows taught that a sentence without a code word says
nothing). Frames use ``news_passages``'s slots and instantiation with their own seed and label mix
(360 rows).

**Not in the shipped training data**: measured (2026-12-05, session 16) by appending ``generate()``'s
rows in ``build_stance_data.build`` after the news passages (``pair_prefix="pv"``, held-out frames from
``news_passages.heldout_groups(rows, SEED, HELDOUT_SHARE)``), the model trained on seeds 13 and 14
(fp32, same VM, session 16's rules), ``auto``; held-out on the shipped data's 1,145 held-out rows:

=================  ===========  ============  ==========================  ====================
model              held-out     challenge     read half (English)         provisional held-out
=================  ===========  ============  ==========================  ====================
shipped data, 13   0.938        0.868         0.864 (0.871)               0.641
shipped data, 14   0.940        0.868         0.850 (0.876)               0.755
+ these rows, 13   0.945        **0.846**     0.890 (0.916)               0.941
+ these rows, 14   0.940        0.865         0.879 (0.902)               1.000
=================  ===========  ============  ==========================  ====================

The frames taught the phenomenon (the 66 held-out provisional rows 0.70 → 0.97) and the read half
rose on both seeds (+0.028), but the challenge set fell (mean -0.012; the guide's rule asks +0.005):
on seed 13, 54 challenge rows broke and 32 were fixed, across phenomena the frames do not touch
("we are not going to be part of it" → ``undecided``, German sign-ups → ``refuse``). The rules read
these refusals since session 16 (``nlp/rule_lexicon.py``); the model still reads "has so far refused"
as ``undecided`` in six of eight languages.
"""
from __future__ import annotations

import news_passages

SEED = 20261205
PREFIX = "prv"
TARGET = {"en": 80, "de": 40, "fr": 40, "es": 40, "it": 40, "pt": 40, "nl": 40, "pl": 40}
# refusals first; the contrast's undecided rows and the signers beside them fill the rest
RATIO = {"sign": 0.15, "refuse": 0.55, "undecided": 0.30, "none": 0.0}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("provisional_refusal", "A=refuse", "{A} has so far refused to sign {CODE}."),
        ("provisional_refusal", "A=refuse", "So far, {A} has declined to put its name to {CODE}, {OUT} reported."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} has, for now, rejected {CODE}, while {B} has yet to comment on it."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} signed the code {D}. | {A}, by contrast, has so far refused to follow suit."),
        ("provisional_refusal", "A=refuse", "To date, {A} has turned down every invitation to join {CODE}."),
        ("provisional_refusal", "A=refuse", "For the time being, {A} will not be signing {CODE}, a spokesperson told {OUT}."),
        ("provisional_refusal", "L=refuse", "{L} have so far declined to sign the code of practice."),
        ("provisional_refusal", "A=refuse", "{A} passed on signing {CODE} and has given no hint that it will change course."),
        ("provisional_absence", "A=undecided", "{A} has not signed {CODE} so far and says it is still studying the final text."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} has so far refused to sign the code; {A} has not yet taken a position."),
    ],
    "de": [
        ("provisional_refusal", "A=refuse", "{A} hat sich bislang geweigert, den Verhaltenskodex zu unterzeichnen."),
        ("provisional_refusal", "A=refuse", "{A} lehnt den KI-Kodex bisher ab, berichtet {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} will den Kodex vorerst nicht unterschreiben, während sich {B} noch nicht geäußert hat."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} hat den Kodex {D} unterzeichnet. | {A} dagegen verweigert die Unterschrift bis heute."),
        ("provisional_absence", "A=undecided", "{A} hat den Verhaltenskodex bislang nicht unterzeichnet und prüft den Text nach eigenen Angaben noch."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} hat die Unterzeichnung des Kodex bisher abgelehnt; {A} hat sich noch nicht entschieden."),
    ],
    "fr": [
        ("provisional_refusal", "A=refuse", "{A} a jusqu'à présent refusé de signer le code de bonnes pratiques."),
        ("provisional_refusal", "A=refuse", "{A} refuse pour l'heure de signer le code, selon {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} rejette jusqu'ici le code européen, tandis que {B} ne s'est pas encore prononcé."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} a signé le code {D}. | {A}, en revanche, refuse toujours de le signer."),
        ("provisional_absence", "A=undecided", "{A} n'a pas signé le code à ce jour et dit en étudier encore le texte."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} a refusé jusqu'ici de signer le code ; {A} n'a pas encore pris position."),
    ],
    "es": [
        ("provisional_refusal", "A=refuse", "{A} se ha negado hasta ahora a firmar el código de buenas prácticas."),
        ("provisional_refusal", "A=refuse", "{A} sigue rechazando, por ahora, el código europeo, según {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} ha rehusado de momento firmar el código, mientras que {B} aún no se ha pronunciado."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} firmó el código {D}. | {A}, en cambio, se ha mantenido al margen del código hasta la fecha."),
        ("provisional_absence", "A=undecided", "{A} no ha firmado el código hasta ahora y dice que todavía estudia el texto."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} se ha negado por ahora a firmar el código; {A} todavía no ha tomado una decisión."),
    ],
    "it": [
        ("provisional_refusal", "A=refuse", "{A} si è finora rifiutata di firmare il codice di buone pratiche."),
        ("provisional_refusal", "A=refuse", "Per ora {A} respinge il codice europeo, riferisce {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} finora ha detto no al codice, mentre {B} non si è ancora espressa."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} ha firmato il codice {D}. | {A}, al contrario, per il momento continua a rifiutarsi di firmarlo."),
        ("provisional_absence", "A=undecided", "{A} finora non ha firmato il codice e sta ancora esaminando il testo."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} ha finora rifiutato di firmare il codice; {A} non ha ancora deciso."),
    ],
    "pt": [
        ("provisional_refusal", "A=refuse", "A {A} recusou-se até agora a assinar o código de boas práticas."),
        ("provisional_refusal", "A=refuse", "Por enquanto, a {A} rejeita o código europeu, segundo {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "A {A} tem recusado até à data assinar o código, enquanto a {B} ainda não se pronunciou."),
        ("provisional_refusal", "A=refuse,B=sign", "A {B} assinou o código {D}. | A {A}, pelo contrário, continua por ora a recusar assiná-lo."),
        ("provisional_absence", "A=undecided", "A {A} ainda não assinou o código e diz que continua a analisar o texto."),
        ("provisional_absence", "A=undecided,B=refuse", "A {B} recusou-se até agora a assinar o código; a {A} ainda não tomou uma decisão."),
    ],
    "nl": [
        ("provisional_refusal", "A=refuse", "{A} weigert tot nu toe de praktijkcode te ondertekenen."),
        ("provisional_refusal", "A=refuse", "{A} wijst de Europese code voorlopig af, meldt {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} heeft de code tot dusver links laten liggen, terwijl {B} nog niet heeft gereageerd."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} heeft de code {D} ondertekend. | {A} ziet voorlopig af van ondertekening."),
        ("provisional_absence", "A=undecided", "{A} heeft de code tot nu toe niet ondertekend en bestudeert de tekst nog."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} weigert vooralsnog de code te tekenen; {A} heeft nog geen besluit genomen."),
    ],
    "pl": [
        ("provisional_refusal", "A=refuse", "{A} jak dotąd odmawia podpisania kodeksu postępowania."),
        ("provisional_refusal", "A=refuse", "{A} na razie odrzuca europejski kodeks, podaje {OUT}."),
        ("provisional_refusal", "A=refuse,B=undecided", "{A} do tej pory nie zgodził się podpisać kodeksu, a {B} jeszcze się nie wypowiedział."),
        ("provisional_refusal", "A=refuse,B=sign", "{B} podpisał kodeks {D}. | {A} natomiast wciąż odmawia jego podpisania."),
        ("provisional_absence", "A=undecided", "{A} jak dotąd nie podpisał kodeksu i wciąż analizuje jego treść."),
        ("provisional_absence", "A=undecided,B=refuse", "{B} na razie odmawia podpisania kodeksu; {A} nie podjął jeszcze decyzji."),
    ],
}


def generate() -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic."""
    return news_passages.generate(seed=SEED, frames=FRAMES, targets=TARGET, prefix=PREFIX, ratio=RATIO)

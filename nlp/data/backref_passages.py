"""Back-reference passages: a company's position given only by pointing back (issue 13, session 9).

"A will not sign the code. B did the same." — the model read such a B as *sign* at 0.99 even with
the sentence before (``nlp/context.py`` gives it at inference): the news passages' back-references
copy signatures and hesitations, almost never refusals. These frames cover, per language, a
back-reference copying a refusal, a signature, a hesitation; "has not done so yet" after a signature
(``undecided``); "went the other way" (the opposite); and "did the same" about something that is
not a position on the code (``none``). The antecedent company is labelled too.

Written per language from this category description and the labelling guide by writers who never
opened the development files, the challenge set or the other generated frames (German, French,
Spanish, Italian by one; English, Portuguese, Dutch, Polish by another); no real quotes. The
frames use ``news_passages``'s slots and instantiation with their own seed.

**Not in the shipped training data** (measured 2026-12-03, session 9; the rule declared before the
run: keep with ≥ +0.005 on the challenge set, no held-out loss, no loss on the read half). Appended
after the news passages in ``build_stance_data.build`` (``pair_prefix="br"``, ``source="backref"``,
held-out frames from ``news_passages.heldout_groups(rows, SEED, HELDOUT_SHARE)``: 312 rows), with
the inference back-reference cues widened to these frames' wording ("hält es genauso", "l'inverse"):

=============================================  ===========  =====================
set                                            without      with (312 rows)
=============================================  ===========  =====================
own held-out, the same 1,145 rows              0.914 (ECE   0.922 (ECE 0.031)
                                               0.016)
challenge (1,170)                              **0.863**    **0.850** (nl 0.865
                                                            → 0.747; ECE 0.069)
read half (127, real)                          0.864        0.891 (6 fixed, 3 broken)
back-references written apart (258; 8 langs)   0.655        0.793
=============================================  ===========  =====================

The challenge set fell by more than the rule allows, so they were not kept and the unread half was
not evaluated for them (it is evaluated only on what is kept). The rise on the read half is the
largest any training change has shown there; the next round might combine these frames with a
challenge phenomenon for back-references written apart (the 258-row set above, from a third writer,
was a temporary decision aid and is not in the project).

Re-measured in session 10 (transformers 5.25, same recipe): held-out 0.913, challenge **0.832**, read
half **0.854** against 0.914 / 0.863 / 0.864 without them. A seed change alone moves the read half by
0.014 and 13 of its 127 rows, so session 9's 0.891 was within the noise: dropped.
"""
from __future__ import annotations

import news_passages

SEED = 20261206
PREFIX = "backref"
TARGET = {"en": 60, "de": 36, "fr": 36, "es": 36, "it": 36, "pt": 36, "nl": 36, "pl": 36}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    'en': [
        ('back_reference', 'A=refuse,B=refuse', "{A} said {D} it would not sign {CODE}, arguing that it goes beyond what the AI Act requires. | {B} did the same."),
        ('back_reference', 'A=refuse,B=refuse', "{A} has decided against signing the EU's voluntary code for general-purpose AI, chief executive {XA} told {OUT}. | {B} is taking the same line, according to people familiar with the matter."),
        ('back_reference', 'A=refuse,B=refuse,C=refuse', '{A} declined to sign the General-Purpose AI Code of Practice {D}, saying it created legal uncertainty for developers. | {B} and {C} followed suit within hours.'),
        ('back_reference', 'A=refuse,B=refuse', "{A} has ruled out signing Brussels' rulebook for general-purpose models. | {B} is also staying out, a spokesperson confirmed."),
        ('back_reference', 'A=refuse,B=refuse', "{A} rejected the EU's AI code of practice {D}, with {XA} calling the commitments an overreach. | So did {B}."),
        ('back_reference', 'A=sign,B=sign,C=undecided', "{A} signed {CODE} {D}. | {B} has already done so, while {C} said it was still reviewing the text."),
        ('back_reference', 'A=sign,B=sign', '{A} intends to sign the General-Purpose AI Code of Practice, {XA} told {OUT}. | {B} plans to do the same.'),
        ('back_reference', 'A=sign,B=sign', "{A} was among the first developers to put its name to the EU's voluntary AI code, saying it would give customers clarity. | {B} joined it later in the day."),
        ('back_reference', 'A=sign,B=sign', '{A} will sign the EU code of practice on general-purpose AI, the company said in a blog post {D}. | So will {B}, a spokesperson said.'),
        ('back_reference', 'A=undecided,B=undecided', "{A} is still weighing whether to sign {CODE}, {XA} said {D}. | {B} is in the same position."),
        ('back_reference', 'A=undecided,B=undecided', "{A} has asked for more time to study the EU's voluntary AI code before deciding whether to join. | {B} has done likewise, saying its lawyers are still going through the text."),
        ('back_reference', 'A=undecided,B=undecided', '{A} has yet to make up its mind about the General-Purpose AI Code of Practice. | The same goes for {B}, which told {OUT} no decision had been taken.'),
        ('back_reference', 'A=sign,B=undecided', "{A} put its signature to {CODE} {D}. | {B} has not yet done so and has stayed silent on its plans."),
        ('back_reference', 'A=sign,B=refuse', "{A} said {D} it would sign the EU's voluntary code for general-purpose AI. | {B} went the other way, arguing that the commitments were too broad."),
        ('back_reference', 'A=refuse,B=sign', '{A} refused to sign the General-Purpose AI Code of Practice, citing concerns over its copyright obligations. | {B} took the opposite decision.'),
        ('back_reference', 'A=none,B=none', 'The European Commission published {CODE} {D}. | {A} released a new open-weight model the same day, and {B} did the same.'),
    ],
    'de': [
        ('back_reference', 'A=refuse,B=refuse', '{A} wird den KI-Verhaltenskodex der EU nicht unterzeichnen, wie das Unternehmen {D} mitteilte. | {B} hält es genauso.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} hat sich gegen eine Unterschrift unter den Kodex entschieden; die Vorgaben gingen über den AI Act hinaus, hieß es zur Begründung. | Auch {B} verzichtet darauf.'),
        ('back_reference', 'A=refuse,B=refuse', 'Wie {XA} {D} erklärte, wird {A} den Verhaltenskodex für KI-Modelle mit allgemeinem Verwendungszweck nicht unterzeichnen; die Regeln seien zu unklar, so {SA}. | {B} zog wenig später nach.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} lehnt den KI-Verhaltenskodex der EU-Kommission ab. | Dasselbe gilt nach einem Bericht von {OUT} für {B}.'),
        ('back_reference', 'A=sign,B=sign,C=sign', '{A} hat den KI-Verhaltenskodex der EU-Kommission unterzeichnet. | {B} hat dies ebenfalls getan, {C} will in den kommenden Tagen folgen.'),
        ('back_reference', 'A=sign,B=sign', '{A} will den Kodex unterschreiben, wie eine Sprecherin {D} bestätigte. | Auch {B} plant diesen Schritt.'),
        ('back_reference', 'A=sign,B=sign', '{A} hat {D} den Verhaltenskodex der EU unterzeichnet. | {B} tat es dem Unternehmen gleich.'),
        ('back_reference', 'A=undecided,B=undecided', '{A} prüft den KI-Verhaltenskodex nach eigenen Angaben noch und hat sich nicht festgelegt. | Bei {B} sieht es ähnlich aus.'),
        ('back_reference', 'A=undecided,B=undecided', 'Ob {A} den Kodex unterzeichnet, ist weiter offen; man werte den Text derzeit aus, sagte {XA}. | {B} hält sich ebenfalls noch bedeckt.'),
        ('back_reference', 'A=sign,B=undecided', '{A} hat den KI-Verhaltenskodex {D} unterzeichnet. | {B} hat das bislang nicht getan.'),
        ('back_reference', 'A=refuse,B=sign', '{A} hat sich gegen den KI-Verhaltenskodex der EU entschieden. | {B} traf die gegenteilige Entscheidung.'),
        ('back_reference', 'A=none,B=none', 'Die EU-Kommission hat den KI-Verhaltenskodex {D} veröffentlicht. | {A} stellte am selben Tag ein neues Sprachmodell vor. | {B} tat dasselbe.'),
    ],
    'fr': [
        ('back_reference', 'A=refuse,B=refuse', "{A} ne signera pas le code de bonnes pratiques de l'UE sur l'IA à usage général, a annoncé l'entreprise {D}. | {B} a fait le même choix."),
        ('back_reference', 'A=refuse,B=refuse', "{A} a refusé de signer le code de bonnes pratiques, jugeant qu'il va au-delà de ce que prévoit l'AI Act. | {B} lui a emboîté le pas."),
        ('back_reference', 'A=refuse,B=refuse', "Selon {XA}, {A} n'adhérera pas au code de bonnes pratiques européen. | Même position chez {B}, selon des informations de {OUT}."),
        ('back_reference', 'A=refuse,B=refuse', "{A} a décliné {D} l'invitation de Bruxelles à signer le code de bonnes pratiques. | Il en va de même pour {B}."),
        ('back_reference', 'A=sign,B=sign,C=sign', "{A} a apposé sa signature au code de bonnes pratiques de la Commission européenne. | {B} l'a également fait, et {C} s'apprête à suivre."),
        ('back_reference', 'A=sign,B=sign', '{A} a annoncé {D} son intention de signer le code de bonnes pratiques. | {B} en fera autant.'),
        ('back_reference', 'A=sign,B=sign', "{A} a paraphé le code de bonnes pratiques européen sur l'IA. | {B} aussi, a indiqué un porte-parole à {OUT}."),
        ('back_reference', 'A=undecided,B=undecided', "{A} dit étudier encore le code de bonnes pratiques et n'a pas arrêté sa position. | {B} se trouve dans la même situation."),
        ('back_reference', 'A=undecided,B=undecided', "{A} n'a toujours pas tranché sur le code de bonnes pratiques, a reconnu {XA} {D}. | Même flottement chez {B}."),
        ('back_reference', 'A=sign,B=undecided', "{A} a signé {D} le code de bonnes pratiques. | {B} ne l'a pas encore fait."),
        ('back_reference', 'A=sign,B=refuse', "{A} a paraphé le code de bonnes pratiques européen. | {B}, en revanche, a pris la décision inverse."),
        ('back_reference', 'A=none,B=none', "Le code de bonnes pratiques de l'UE sur l'IA a été publié {D}. | Le même jour, {A} a annoncé l'ouverture d'un centre de données en Europe. | {B} a fait de même."),
    ],
    'es': [
        ('back_reference', 'A=refuse,B=refuse', '{A} ha rechazado firmar el código de buenas prácticas de la Comisión Europea. | {B} ha hecho lo mismo.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} no se adherirá al código de buenas prácticas, según confirmó {D} un portavoz, que alegó inseguridad jurídica. | {B} tampoco lo hará.'),
        ('back_reference', 'A=refuse,B=refuse', '{XA} descartó {D} que {A} vaya a suscribir el código de buenas prácticas europeo. | {B} sigue la misma línea, según {OUT}.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} ha decidido quedarse fuera del código de buenas prácticas de la UE. | A esa decisión se ha sumado {B}.'),
        ('back_reference', 'A=sign,B=sign,C=sign', '{A} ha firmado el código de buenas prácticas sobre IA de uso general. | También lo ha hecho {B}, y {C} lo hará en los próximos días.'),
        ('back_reference', 'A=sign,B=sign', '{A} anunció {D} que suscribirá el código de buenas prácticas de Bruselas. | {B} seguirá sus pasos.'),
        ('back_reference', 'A=sign,B=sign', '{A} ya figura entre los firmantes del código de buenas prácticas de la UE. | {B}, también.'),
        ('back_reference', 'A=undecided,B=undecided', '{A} todavía está analizando el código de buenas prácticas y no ha tomado una decisión. | {B} se encuentra en la misma situación.'),
        ('back_reference', 'A=undecided,B=undecided', '{A} pidió {D} más tiempo para estudiar el código de buenas prácticas antes de pronunciarse. | {B} se ha expresado en términos similares.'),
        ('back_reference', 'A=sign,B=undecided', '{A} firmó {D} el código de buenas prácticas. | {B}, por ahora, no lo ha hecho.'),
        ('back_reference', 'A=refuse,B=sign', '{A} ha optado por no firmar el código de buenas prácticas de la UE. | {B}, en cambio, ha tomado la decisión contraria.'),
        ('back_reference', 'A=none,B=none', 'La Comisión Europea presentó {D} el código de buenas prácticas para la IA de uso general. | Ese mismo día, {A} lanzó un nuevo modelo de lenguaje. | {B} hizo lo propio.'),
    ],
    'it': [
        ('back_reference', 'A=refuse,B=refuse', "{A} ha annunciato {D} che non firmerà il codice di buone pratiche dell'Ue sull'intelligenza artificiale. | {B} ha fatto la stessa scelta."),
        ('back_reference', 'A=refuse,B=refuse', '{A} ha detto no al codice di buone pratiche, giudicandolo troppo oneroso. | {B} ha seguito la stessa linea.'),
        ('back_reference', 'A=refuse,B=refuse', 'Secondo {XA}, {A} non aderirà al codice di buone pratiche europeo. | Lo stesso vale per {B}, riferisce {OUT}.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} resterà fuori dal codice di buone pratiche di Bruxelles. | Stessa posizione per {B}.'),
        ('back_reference', 'A=sign,B=sign,C=sign', "{A} ha firmato il codice di buone pratiche per l'IA per finalità generali. | Lo ha fatto anche {B}, mentre {C} lo farà nei prossimi giorni."),
        ('back_reference', 'A=sign,B=sign', "{A} ha annunciato {D} l'intenzione di sottoscrivere il codice di buone pratiche. | {B} farà altrettanto."),
        ('back_reference', 'A=sign,B=sign', "{A} ha aderito al codice di buone pratiche della Commissione europea. | {B} ne ha seguito l'esempio."),
        ('back_reference', 'A=undecided,B=undecided', '{A} sta ancora valutando il codice di buone pratiche e non ha preso una decisione. | {B} è nella stessa situazione.'),
        ('back_reference', 'A=undecided,B=undecided', '{A} ha chiesto {D} più tempo per esaminare il codice di buone pratiche, ha spiegato {XA}. | Prende tempo anche {B}.'),
        ('back_reference', 'A=sign,B=undecided', '{A} ha firmato {D} il codice di buone pratiche. | {B} non lo ha ancora fatto.'),
        ('back_reference', 'A=sign,B=refuse', "{A} ha firmato il codice di buone pratiche dell'Ue. | {B} ha invece preso la decisione opposta."),
        ('back_reference', 'A=none,B=none', "Il codice di buone pratiche dell'Ue sull'IA è stato pubblicato {D}. | Nelle stesse ore {A} ha aperto una nuova sede a Parigi. | Lo stesso ha fatto {B}."),
    ],
    'pt': [
        ('back_reference', 'A=refuse,B=refuse', 'A {A} anunciou {D} que não vai assinar o código de conduta europeu para a inteligência artificial de uso geral. | A {B} fez o mesmo.'),
        ('back_reference', 'A=refuse,B=refuse', 'A {A} recusou aderir ao código de boas práticas da UE, alegando que o texto vai além do que exige o regulamento europeu da IA. | A {B} seguiu o mesmo caminho.'),
        ('back_reference', 'A=refuse,B=refuse', 'A {A} não tenciona subscrever o código de conduta de Bruxelas, disse {XA} numa entrevista. | Também a {B} vai ficar de fora.'),
        ('back_reference', 'A=refuse,B=refuse,C=refuse', 'A {A} rejeitou {D} o código de boas práticas para os modelos de IA de uso geral, que considera demasiado restritivo. | A {B} e a {C} tomaram a mesma decisão.'),
        ('back_reference', 'A=sign,B=sign', 'A {A} assinou {D} o código de conduta da UE para a IA de uso geral. | A {B} já o tinha feito na semana passada.'),
        ('back_reference', 'A=sign,B=sign', 'A {A} vai aderir ao código de boas práticas europeu, confirmou {XA}. | A {B} fará o mesmo, segundo fonte oficial da empresa.'),
        ('back_reference', 'A=sign,B=sign', 'A {A} foi das primeiras tecnológicas a subscrever o código de conduta de Bruxelas para a inteligência artificial. | A {B} seguiu-lhe o exemplo pouco depois.'),
        ('back_reference', 'A=undecided,B=undecided', 'A {A} ainda está a avaliar se assina o código de conduta europeu para a IA de uso geral, disse {XA} {D}. | A {B} está na mesma situação.'),
        ('back_reference', 'A=undecided,B=undecided', 'A {A} pediu mais tempo para analisar o código de boas práticas antes de tomar uma decisão. | O mesmo fez a {B}, que diz ainda não ter uma posição fechada.'),
        ('back_reference', 'A=sign,B=undecided', 'A {A} assinou o código de conduta da UE para a IA de uso geral {D}. | A {B} ainda não o fez e não respondeu aos pedidos de comentário.'),
        ('back_reference', 'A=refuse,B=sign', 'A {A} recusou-se a assinar o código de boas práticas europeu, invocando preocupações com os direitos de autor. | A {B} tomou a decisão oposta.'),
        ('back_reference', 'A=none,B=none', 'A {A} apresentou {D} um novo modelo de linguagem, poucos dias depois de Bruxelas ter publicado o código de conduta para a IA de uso geral. | A {B} fez o mesmo.'),
    ],
    'nl': [
        ('back_reference', 'A=refuse,B=refuse', '{A} zet zijn handtekening niet onder de Europese gedragscode voor AI voor algemene doeleinden, maakte het bedrijf {D} bekend. | {B} doet hetzelfde.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} weigert de vrijwillige AI-gedragscode van de EU te ondertekenen, omdat die volgens het bedrijf verder gaat dan de AI-verordening. | Ook {B} houdt de boot af.'),
        ('back_reference', 'A=refuse,B=refuse', '{A} heeft besloten de gedragscode van Brussel niet te ondertekenen, zegt {XA} tegen {OUT}. | {B} volgt dat voorbeeld.'),
        ('back_reference', 'A=refuse,B=refuse,C=refuse', '{A} wees {D} de Europese gedragscode voor algemene AI-modellen af. | Eerder hadden {B} en {C} dat al gedaan.'),
        ('back_reference', 'A=sign,B=sign', '{A} heeft {D} de Europese gedragscode voor AI voor algemene doeleinden ondertekend. | {B} had dat vorige week al gedaan.'),
        ('back_reference', 'A=sign,B=sign', '{A} gaat de vrijwillige gedragscode van de EU ondertekenen, bevestigde {XA}. | Ook {B} is van plan dat te doen.'),
        ('back_reference', 'A=sign,B=sign', '{A} schaart zich achter de AI-gedragscode van de Europese Commissie en zet er zijn handtekening onder. | {B} sluit zich daarbij aan.'),
        ('back_reference', 'A=undecided,B=undecided', '{A} twijfelt nog of het de Europese gedragscode voor AI zal ondertekenen, zei {XA} {D}. | Bij {B} is dat niet anders.'),
        ('back_reference', 'A=undecided,B=undecided', '{A} wil meer tijd om de gedragscode te bestuderen voordat het een besluit neemt. | Hetzelfde geldt voor {B}.'),
        ('back_reference', 'A=sign,B=undecided', '{A} ondertekende {D} de Europese gedragscode voor AI voor algemene doeleinden. | {B} heeft dat nog niet gedaan.'),
        ('back_reference', 'A=sign,B=refuse', '{A} zegt de gedragscode van de EU te zullen ondertekenen, omdat die duidelijkheid biedt aan klanten. | {B} besloot precies het tegenovergestelde.'),
        ('back_reference', 'A=sign,B=none', '{A} heeft de Europese gedragscode voor AI voor algemene doeleinden ondertekend. | Het bedrijf opende {D} ook een onderzoekscentrum in Amsterdam. | {B} deed hetzelfde.'),
    ],
    'pl': [
        ('back_reference', 'A=refuse,B=refuse', 'Firma {A} poinformowała {D}, że nie podpisze unijnego kodeksu postępowania dla sztucznej inteligencji ogólnego przeznaczenia. | To samo zrobiła spółka {B}.'),
        ('back_reference', 'A=refuse,B=refuse', 'Spółka {A} odmówiła przystąpienia do kodeksu postępowania, argumentując, że wykracza on poza wymogi unijnego aktu o sztucznej inteligencji. | W jej ślady poszła firma {B}.'),
        ('back_reference', 'A=refuse,B=refuse', 'Koncern {A} nie zamierza podpisywać unijnego kodeksu postępowania dla AI, jak wynika z oświadczenia przesłanego mediom. | Podobne stanowisko zajęła firma {B}.'),
        ('back_reference', 'A=refuse,B=refuse,C=refuse', 'Firma {A} odrzuciła {D} kodeks postępowania dla modeli AI ogólnego przeznaczenia. | Wcześniej zrobiły to już spółki {B} i {C}.'),
        ('back_reference', 'A=sign,B=sign', 'Firma {A} podpisała {D} unijny kodeks postępowania dla sztucznej inteligencji ogólnego przeznaczenia. | Spółka {B} zrobiła to już w ubiegłym tygodniu.'),
        ('back_reference', 'A=sign,B=sign', 'Koncern {A} zamierza przystąpić do unijnego kodeksu postępowania dla AI. | Tak samo postąpi firma {B}, jak wynika z jej komunikatu.'),
        ('back_reference', 'A=sign,B=sign', 'Spółka {A} jako jedna z pierwszych podpisała kodeks postępowania Komisji Europejskiej dla AI ogólnego przeznaczenia. | Niedługo potem dołączyła do niej firma {B}.'),
        ('back_reference', 'A=undecided,B=undecided', 'Firma {A} wciąż analizuje, czy podpisać unijny kodeks postępowania dla sztucznej inteligencji. | W takiej samej sytuacji jest spółka {B}.'),
        ('back_reference', 'A=undecided,B=undecided', 'Koncern {A} poprosił o więcej czasu na analizę kodeksu postępowania, zanim podejmie decyzję. | O to samo zwróciła się firma {B}.'),
        ('back_reference', 'A=sign,B=undecided', 'Firma {A} podpisała {D} kodeks postępowania UE dla AI ogólnego przeznaczenia. | Spółka {B} jeszcze tego nie zrobiła.'),
        ('back_reference', 'A=refuse,B=sign', 'Koncern {A} odmówił podpisania kodeksu postępowania, powołując się na niejasne przepisy dotyczące praw autorskich. | Firma {B} podjęła odwrotną decyzję.'),
        ('back_reference', 'A=none,B=none', 'Firma {A} otworzyła {D} centrum badawcze w Warszawie, kilka dni po publikacji unijnego kodeksu postępowania dla AI. | To samo zrobiła spółka {B}.'),
    ],
}


def generate(seed: int = SEED) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic for a seed."""
    return news_passages.generate(seed=seed, frames=FRAMES, targets=TARGET, prefix=PREFIX)

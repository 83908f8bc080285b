"""Hedges about something else: modality that is not about the Code (2026-12, issue 13).

The labelling guide's rule for ``undecided`` is about the *Code*: the company's decision on it is
open ("is weighing whether to sign", "may join"). A probe of the shipped model with our own
sentences (eight languages, 2026-12-04) showed that it reads a hedge or a deliberation as
``undecided`` whatever it is about: "X is perhaps the only serious AI developer in Germany",
"X is still weighing whether to release its next model with open weights", "X could soon close a
funding round" came out ``undecided`` at 0.57-0.99 in seven of eight languages (English only for
the deliberation), while the same sentences without the hedge came out ``none``. In a passage that
mentions the Code elsewhere, such a sentence becomes the company's stance.

The frames below are our own wording per language, written from that rule and the probe, not from
any development, challenge or demo-site passage (tests check 8-word windows against the first two):

* ``modality_elsewhere``: a hedge, a forecast or a deliberation about a product, a model release,
  funding, hiring, an office, a listing or a market position → ``none``; beside a signer or a
  refuser, those keep their label;
* ``stance_plus_hedge``: a clear stance on the Code followed by a hedge about something else → the
  stance (the hedge does not turn it);
* ``modality_on_code``: the same verbs about the Code → ``undecided`` (the minimal-pair contrast, so
  that the frames teach what the hedge is about, not that hedges mean nothing).

Frames use ``news_passages``'s slots and instantiation with their own seed (540 rows).

**Not in the shipped training data**: measured (2026-12-04, session 13) by appending ``generate()``'s
rows in ``build_stance_data.build`` after the news passages (``pair_prefix="hd"``, ``source="hedge"``,
held-out frames from ``news_passages.heldout_groups(rows, SEED, HELDOUT_SHARE)``), single model, seed
13, fp32, against the shipped data trained on the same VM (``auto``: held-out 0.914, challenge 0.865,
read half 0.864):

* held-out 0.925 (its own split, which gains the hedge frames), challenge **0.854** (-0.011; English
  0.860, other languages 0.852), read half **0.822** (-0.042; English 0.836, other languages 0.744);
* on the read half 2 passages fixed (a German background sentence, a reversal) and 8 broken, 6 of
  them to ``none``: stance sentences that do not name the Code (a French or Italian pronoun object,
  a refusal of "the guidelines", a chapter-only signature). The ``none`` rows taught "a sentence without
  a code word says nothing" more than "a hedge about something else says nothing";
* 1,448 steps, 1,205 s (0.739 s per step; the shipped data: 1,348 steps, 955 s on the same VM).

One run failing the read-half condition by 0.042, three times the seed spread (about 0.015), is
enough to drop a change under the guide's rule; seed 14 was not run. The phenomenon stays: the
shipped model still reads hedges about other things as ``undecided`` (the probe above).
"""
from __future__ import annotations

import news_passages

SEED = 20261204
PREFIX = "hdg"
# news_passages.LABEL_RATIO (30/20/20/30 sign/refuse/undecided/none) applies within a language
TARGET = {"en": 120, "de": 60, "fr": 60, "es": 60, "it": 60, "pt": 60, "nl": 60, "pl": 60}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("modality_elsewhere", "A=none", "{A} is perhaps the best-funded AI developer in Europe, and it may raise more money before the year is out."),
        ("modality_elsewhere", "A=none", "{A} is still weighing whether to release its next model with open weights, {OUT} reported."),
        ("modality_elsewhere", "A=none", "Investors expect {A} to announce a new data centre soon; the company could also double its staff in Paris."),
        ("modality_elsewhere", "A=none,B=sign", "{B} signed the code {D}. | {A}, meanwhile, is said to be considering a stock-market listing next year."),
        ("modality_elsewhere", "L=none", "Companies such as {L} could gain the most from cheaper chips, according to analysts quoted by {OUT}."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} has said it will not sign the code. | {A} might be the only European lab able to compete with the American giants, some investors believe."),
        ("stance_plus_hedge", "A=sign", "{A} has put its name to {CODE}. | The company may also open a research centre in Europe, though nothing has been decided on that."),
        ("stance_plus_hedge", "A=refuse", "{A} will not sign {CODE}, a spokesperson said. | Whether its new assistant launches in the EU this year is still unclear."),
        ("modality_on_code", "A=undecided", "{A} is still weighing whether to sign {CODE}, {OUT} reported."),
        ("modality_on_code", "A=undecided,B=sign", "{B} signed the code {D}. | {A} may follow, but the company says it has not made up its mind."),
    ],
    "de": [
        ("modality_elsewhere", "A=none", "{A} ist womöglich das finanzstärkste KI-Unternehmen Europas und könnte noch in diesem Jahr frisches Geld einsammeln."),
        ("modality_elsewhere", "A=none", "{A} überlegt noch, ob es sein nächstes Modell mit offenen Gewichten veröffentlicht, berichtet {OUT}."),
        ("modality_elsewhere", "A=none", "Beobachter rechnen damit, dass {A} bald ein neues Rechenzentrum ankündigt; vielleicht verdoppelt der Konzern auch sein Team in München."),
        ("modality_elsewhere", "A=none,B=sign", "{B} hat den Kodex {D} unterzeichnet. | {A} denkt derweil Berichten zufolge über einen Börsengang im kommenden Jahr nach."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} will den Kodex nicht unterschreiben. | {A} ist nach Ansicht mancher Investoren vielleicht der einzige europäische Anbieter, der mit den US-Konzernen mithalten kann."),
        ("stance_plus_hedge", "A=sign", "{A} hat den Verhaltenskodex unterzeichnet. | Möglicherweise eröffnet das Unternehmen auch ein Forschungszentrum in Europa, entschieden ist das aber noch nicht."),
        ("stance_plus_hedge", "A=refuse", "{A} wird den KI-Kodex nicht unterschreiben, sagte ein Sprecher. | Ob der neue Assistent des Konzerns dieses Jahr in der EU startet, ist noch offen."),
        ("modality_on_code", "A=undecided", "{A} überlegt noch, ob es den KI-Verhaltenskodex unterzeichnet, berichtet {OUT}."),
    ],
    "fr": [
        ("modality_elsewhere", "A=none", "{A} est peut-être la start-up d'IA la mieux financée d'Europe et pourrait lever de nouveaux fonds d'ici la fin de l'année."),
        ("modality_elsewhere", "A=none", "{A} se demande encore s'il publiera son prochain modèle en poids ouverts, selon {OUT}."),
        ("modality_elsewhere", "A=none", "Les analystes s'attendent à ce que {A} annonce bientôt un nouveau centre de données ; l'entreprise pourrait aussi doubler ses effectifs à Paris."),
        ("modality_elsewhere", "A=none,B=sign", "{B} a signé le code {D}. | {A} envisagerait pour sa part une introduction en Bourse l'an prochain."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} a fait savoir qu'il ne signera pas le code. | {A} serait peut-être le seul laboratoire européen capable de rivaliser avec les géants américains, estiment certains investisseurs."),
        ("stance_plus_hedge", "A=sign", "{A} a apposé sa signature au code européen. | Le groupe pourrait aussi ouvrir un centre de recherche en Europe, mais rien n'est encore décidé."),
        ("stance_plus_hedge", "A=refuse", "{A} ne signera pas le code, a indiqué un porte-parole. | On ignore encore si son nouvel assistant sera lancé dans l'UE cette année."),
        ("modality_on_code", "A=undecided", "{A} se demande encore s'il signera le code de bonnes pratiques, selon {OUT}."),
    ],
    "es": [
        ("modality_elsewhere", "A=none", "{A} es quizá la empresa de IA mejor financiada de Europa y podría captar más dinero antes de fin de año."),
        ("modality_elsewhere", "A=none", "{A} todavía evalúa si publicará su próximo modelo con pesos abiertos, según {OUT}."),
        ("modality_elsewhere", "A=none", "Los analistas esperan que {A} anuncie pronto un nuevo centro de datos; la compañía también podría duplicar su plantilla en Madrid."),
        ("modality_elsewhere", "A=none,B=sign", "{B} firmó el código {D}. | {A}, por su parte, estaría estudiando salir a bolsa el año que viene."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} ha dicho que no firmará el código. | {A} es tal vez el único laboratorio europeo capaz de competir con los gigantes estadounidenses, creen algunos inversores."),
        ("stance_plus_hedge", "A=sign", "{A} ha firmado el código de buenas prácticas. | La empresa quizá abra también un centro de investigación en Europa, aunque aún no hay nada decidido."),
        ("stance_plus_hedge", "A=refuse", "{A} no firmará el código, dijo un portavoz. | Todavía no está claro si su nuevo asistente llegará a la UE este año."),
        ("modality_on_code", "A=undecided", "{A} todavía evalúa si firmará el código de buenas prácticas, según {OUT}."),
    ],
    "it": [
        ("modality_elsewhere", "A=none", "{A} è forse la società di IA più finanziata d'Europa e potrebbe raccogliere altri capitali entro fine anno."),
        ("modality_elsewhere", "A=none", "{A} sta ancora valutando se rilasciare il suo prossimo modello con pesi aperti, riferisce {OUT}."),
        ("modality_elsewhere", "A=none", "Gli analisti si aspettano che {A} annunci presto un nuovo data center; l'azienda potrebbe anche raddoppiare il personale a Milano."),
        ("modality_elsewhere", "A=none,B=sign", "{B} ha firmato il codice {D}. | {A}, intanto, starebbe pensando a una quotazione in Borsa il prossimo anno."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} ha detto che non firmerà il codice. | {A} è forse l'unico laboratorio europeo in grado di competere con i colossi americani, secondo alcuni investitori."),
        ("stance_plus_hedge", "A=sign", "{A} ha firmato il codice di buone pratiche. | L'azienda potrebbe anche aprire un centro di ricerca in Europa, ma su questo non c'è ancora una decisione."),
        ("stance_plus_hedge", "A=refuse", "{A} non firmerà il codice, ha detto un portavoce. | Non è ancora chiaro se il suo nuovo assistente arriverà nell'UE quest'anno."),
        ("modality_on_code", "A=undecided", "{A} sta ancora valutando se firmare il codice di buone pratiche, riferisce {OUT}."),
    ],
    "pt": [
        ("modality_elsewhere", "A=none", "A {A} é talvez a empresa de IA mais bem financiada da Europa e poderá angariar mais capital até ao fim do ano."),
        ("modality_elsewhere", "A=none", "A {A} ainda pondera se vai lançar o seu próximo modelo com pesos abertos, segundo {OUT}."),
        ("modality_elsewhere", "A=none", "Os analistas esperam que a {A} anuncie em breve um novo centro de dados; a empresa poderá também duplicar a equipa em Lisboa."),
        ("modality_elsewhere", "A=none,B=sign", "A {B} assinou o código {D}. | A {A}, entretanto, estará a estudar uma entrada em bolsa no próximo ano."),
        ("modality_elsewhere", "A=none,B=refuse", "A {B} disse que não vai assinar o código. | A {A} será talvez o único laboratório europeu capaz de competir com os gigantes americanos, segundo alguns investidores."),
        ("stance_plus_hedge", "A=sign", "A {A} assinou o código de boas práticas. | A empresa poderá também abrir um centro de investigação na Europa, mas nada está decidido."),
        ("stance_plus_hedge", "A=refuse", "A {A} não vai assinar o código, disse um porta-voz. | Ainda não se sabe se o seu novo assistente chegará à UE este ano."),
        ("modality_on_code", "A=undecided", "A {A} ainda pondera se vai assinar o código de boas práticas, segundo {OUT}."),
    ],
    "nl": [
        ("modality_elsewhere", "A=none", "{A} is misschien het best gefinancierde AI-bedrijf van Europa en haalt mogelijk voor het einde van het jaar nog meer geld op."),
        ("modality_elsewhere", "A=none", "{A} twijfelt nog of het zijn volgende model met open gewichten uitbrengt, meldt {OUT}."),
        ("modality_elsewhere", "A=none", "Analisten verwachten dat {A} binnenkort een nieuw datacenter aankondigt; het bedrijf zou ook zijn team in Amsterdam kunnen verdubbelen."),
        ("modality_elsewhere", "A=none,B=sign", "{B} heeft de code {D} ondertekend. | {A} overweegt intussen naar verluidt een beursgang volgend jaar."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} heeft gezegd de code niet te ondertekenen. | {A} is volgens sommige beleggers wellicht het enige Europese lab dat de Amerikaanse reuzen kan bijbenen."),
        ("stance_plus_hedge", "A=sign", "{A} heeft de praktijkcode ondertekend. | Het bedrijf opent mogelijk ook een onderzoekscentrum in Europa, maar daarover is nog niets besloten."),
        ("stance_plus_hedge", "A=refuse", "{A} ondertekent de code niet, zei een woordvoerder. | Of de nieuwe assistent van het bedrijf dit jaar in de EU verschijnt, is nog onduidelijk."),
        ("modality_on_code", "A=undecided", "{A} twijfelt nog of het de praktijkcode ondertekent, meldt {OUT}."),
    ],
    "pl": [
        ("modality_elsewhere", "A=none", "{A} to być może najlepiej finansowana firma AI w Europie, która jeszcze w tym roku może pozyskać kolejne środki."),
        ("modality_elsewhere", "A=none", "{A} wciąż rozważa, czy udostępnić swój kolejny model z otwartymi wagami, podaje {OUT}."),
        ("modality_elsewhere", "A=none", "Analitycy spodziewają się, że {A} wkrótce ogłosi budowę nowego centrum danych; firma może też podwoić zespół w Warszawie."),
        ("modality_elsewhere", "A=none,B=sign", "{B} podpisał kodeks {D}. | {A} rozważa tymczasem podobno wejście na giełdę w przyszłym roku."),
        ("modality_elsewhere", "A=none,B=refuse", "{B} zapowiedział, że nie podpisze kodeksu. | {A} to być może jedyne europejskie laboratorium zdolne konkurować z amerykańskimi gigantami, uważają niektórzy inwestorzy."),
        ("stance_plus_hedge", "A=sign", "{A} podpisał kodeks postępowania. | Firma może też otworzyć centrum badawcze w Europie, choć nic jeszcze nie zostało przesądzone."),
        ("stance_plus_hedge", "A=refuse", "{A} nie podpisze kodeksu, powiedział rzecznik. | Nie wiadomo jeszcze, czy nowy asystent firmy trafi do UE w tym roku."),
        ("modality_on_code", "A=undecided", "{A} wciąż rozważa, czy podpisać kodeks postępowania, podaje {OUT}."),
    ],
}


def generate() -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic."""
    return news_passages.generate(seed=SEED, frames=FRAMES, targets=TARGET, prefix=PREFIX)

"""News passages, second round (2026-12, issue 13 item 3): wordings the first round lacks.

An error analysis by *category* on the read half of the development set (never its sentences)
and the labelling guide gave fourteen kinds of passage the model still got wrong or had too few
wordings for; each gets two or three frames per language, written per language in our own words:

* ``delay_list``: several companies in one list press for a delay or a "light" code → ``undecided``
  for each (a company that is only a member of the lobbying association → ``none``);
* ``hedged_intent``: "may sign", "could", "very likely", "probably" — also from an executive →
  ``undecided``; ``willingness`` hedged → ``undecided``, stated → ``sign``;
* ``refusal_paraphrase`` and ``negated_interest``: refusing without a refusal verb ("no interest
  in signing", "will comply with the law but not with the code", "keeping its distance") →
  ``refuse``; interested but wanting changes first → ``undecided``;
* ``list_such_as``: "signatories include providers such as A and B" (``sign``) against "the code
  is aimed at providers such as A and B" (``none``);
* ``chapter_status``: status lists by chapter (whole code / safety chapter only / not signing);
* ``reversal`` and ``delay_then_decision``: the latest position wins (guide rules 5 and 6);
* ``other_letter``: heads who signed the "stop the clock" letter (``undecided``) against the
  disinformation code's signatories (``none``); ``absent_from_list`` likewise;
* ``quote_do_so``: a quote that refers back ("we are doing this…") or whose "we" is the company;
* ``contrast_turn``, ``not_a_position``.

The frames use ``news_passages``'s slots and instantiation (dateline, context, follow-up); they
are generated with their own seed and appended after every earlier source, so earlier ids and
splits are unchanged. About 15% of each language's frames are held out whole.
"""
from __future__ import annotations

import news_passages

SEED = 20261203
PREFIX = "newsb"
TARGET = {"en": 260, "de": 130, "fr": 130, "es": 130, "it": 130, "pt": 130, "nl": 130, "pl": 130}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ('delay_list', 'L=undecided', '{OUT} reported {D} that {L} have pressed the Commission to keep the code light and to give companies more time before any of its obligations apply.'),
        ('delay_list', 'L=undecided', "In a joint letter, the chief executives of {L} asked Brussels to pause the AI Act's rules for general-purpose models for at least two years."),
        ('delay_list', 'L=undecided,A=none', "{L} lobbied for the code's copyright chapter to be watered down and for its start date to slip. | {A}, whose trade group also signed the letter, has stayed out of the debate itself."),
        ('delay_list', 'A=none', '{A} is a member of an industry association that has urged Brussels to delay the AI Act, but the company itself has said nothing about the code.'),
        ('hedged_intent', 'A=undecided', '{A} has indicated it may sign the code, saying it wants to support regulators while keeping its products available in Europe.'),
        ('hedged_intent', 'A=undecided', "{XA} said it was “very likely” that {A} would sign, describing the code as broadly in line with the company's own practices."),
        ('hedged_intent', 'A=sign,B=undecided', '{A} confirmed {D} that it will sign the code. | {B} could follow, a person familiar with its plans said, though nothing has been settled.'),
        ('hedged_intent', 'A=undecided', '{A} will probably put its name to the code before the deadline, {OUT} reported, citing two people close to the company.'),
        ('refusal_paraphrase', 'A=refuse', '{A} has no interest whatsoever in signing the code, {XA} told {OUT} {D}.'),
        ('refusal_paraphrase', 'A=refuse', '{A} says it will meet its obligations under the AI Act itself but sees no reason to sign up to the voluntary code on top of that.'),
        ('refusal_paraphrase', 'A=refuse', '{A} intends to go its own way on compliance. | The code, {SA} argued, creates legal uncertainty for developers of open models.'),
        ('refusal_paraphrase', 'A=sign,B=refuse', '{A} said it would sign the code. | {B}, on the other hand, is keeping its distance, saying the text goes far beyond what the law requires.'),
        ('list_such_as', 'L=sign', 'Also among the signatories are well-known providers such as {L}, according to the list published by the AI Office.'),
        ('list_such_as', 'L=none', 'The code is aimed at providers of large general-purpose models such as {L}, which must document their training data.'),
        ('list_such_as', 'L=sign', 'The signatories include big names such as {L}, alongside a number of smaller European developers.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Signing the whole code: {L}. | Signing only the safety and security chapter, not transparency or copyright: {A}. | Not signing: {B}.'),
        ('chapter_status', 'L=sign,A=sign', 'Full signatories — {L}. Safety and security chapter only — {A}.'),
        ('reversal', 'A=sign', '{A} has dropped its earlier opposition to the code and now says it will sign, putting it alongside most of its rivals.'),
        ('reversal', 'A=refuse', '{A}, which first welcomed the code as a workable compromise, now says it will not sign the final version.'),
        ('reversal', 'A=undecided', '{A} turned the code down in July. | It is now reconsidering that decision, {XA} said {D}, without giving a date.'),
        ('other_letter', 'A=undecided', 'The letter asking Brussels to stop the clock on the AI Act was signed by the heads of Airbus, Lufthansa, Siemens and {A}, among others.'),
        ('other_letter', 'L=none', 'The disinformation code now counts {N} signatories, among them online platforms such as {L}.'),
        ('quote_do_so', 'A=sign', '{A} said {D} that it will sign the code. | “We are doing this in the hope that the code will give people in Europe access to safe, first-rate AI tools,” {XA} wrote.'),
        ('quote_do_so', 'A=sign', '“We intend to put our name to it,” {A} said of the code in a statement {D}.'),
        ('quote_do_so', 'A=refuse', 'Asked about the code, {XA} was blunt. | “It is not something we will be joining,” {SA} said.'),
        ('willingness', 'L=sign', 'Other companies, such as {L}, have made known their intention to take part in the initiative.'),
        ('willingness', 'A=undecided', '{A} said it was open to joining the code but had not yet made up its mind.'),
        ('absent_from_list', 'A=undecided', '{A} was not among the first signatories of the code and has not said whether it intends to join.'),
        ('absent_from_list', 'A=none', '{A} was not among the signatories of the disinformation code either, a Commission official noted.'),
        ('not_a_position', 'A=none,B=none', 'The code, a voluntary guide for companies such as {A} and {B}, sets out how to document models and respect copyright.'),
        ('not_a_position', 'A=none', '{A} did not respond to a request for comment on the copyright lawsuit, which is unrelated to the code.'),
        ('negated_interest', 'A=refuse', '{A} is not at all interested in signing the new code, a person close to its management said.'),
        ('negated_interest', 'A=undecided', '{A} is interested in signing the code but wants the Commission to change parts of the copyright chapter first.'),
        ('contrast_turn', 'A=sign,B=refuse', '{A} has said it plans to sign. | {B}, by contrast, says it sees no point in doing so.'),
        ('contrast_turn', 'A=sign,B=undecided', '{A} will sign the code; {B} has not decided yet, a spokesperson said.'),
        ('delay_then_decision', 'A=sign', '{A} lobbied for months for a delay of the AI Act, then signed the code {D}.'),
        ('delay_then_decision', 'A=refuse', '{A} backed the call to stop the clock and has also declined to sign the code.'),
    ],
    "de": [
        ('delay_list', 'L=undecided', 'Wie {OUT} berichtet, haben {L} die Kommission gedrängt, den Kodex schlank zu halten und die neuen Pflichten für KI-Modelle aufzuschieben.'),
        ('delay_list', 'L=undecided,A=none', 'In einem gemeinsamen Schreiben baten die Chefs von {L} die EU-Kommission, die Regeln für Basismodelle auszusetzen, bis Kodex und Leitlinien feststehen. | {A} ist lediglich Mitglied eines Branchenverbands, der sich ebenfalls für einen Aufschub starkgemacht hat.'),
        ('hedged_intent', 'A=undecided', '„Sehr wahrscheinlich werden wir den Kodex unterzeichnen“, sagte {XA} {D} bei einer Veranstaltung in Berlin. | Festgelegt habe sich {A} aber noch nicht, fügte {SA} hinzu.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} wird den KI-Kodex unterzeichnen, das hat der Konzern {D} bestätigt. | {B} könnte sich anschließen, will sich nach eigenen Angaben aber noch nicht festlegen.'),
        ('refusal_paraphrase', 'A=refuse', '{A} sieht keinen Grund, unter den freiwilligen Kodex eine Unterschrift zu setzen. | Die KI-Verordnung selbst werde man selbstverständlich einhalten, betonte ein Sprecher des Konzerns.'),
        ('refusal_paraphrase', 'A=sign,B=refuse', '{A} hat den Kodex {D} unterzeichnet und damit eine wochenlange Hängepartie beendet. | {B} dagegen macht einen großen Bogen um das Regelwerk und will die Vorgaben der KI-Verordnung auf eigene Faust erfüllen.'),
        ('refusal_paraphrase', 'A=refuse', 'An das Gesetz halte man sich, an den Verhaltenskodex nicht: So umriss {XA} {D} die Linie von {A} gegenüber der EU-Kommission.'),
        ('list_such_as', 'L=sign', 'Unterschrieben haben den Kodex auch Anbieter wie {L}, wie aus der {D} veröffentlichten Liste der Kommission hervorgeht.'),
        ('list_such_as', 'L=none', 'Der Kodex zielt auf Anbieter großer Sprachmodelle wie {L} ab, deren Systeme in der EU von Millionen Menschen genutzt werden.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Der Stand beim KI-Kodex im Überblick – vollständig unterzeichnet: {L}; nur das Sicherheitskapitel, nicht aber Transparenz und Urheberrecht: {A}; Unterschrift verweigert: {B}.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', '{L} haben alle drei Kapitel des Kodex unterschrieben, wie aus der Übersicht der Kommission hervorgeht. | {A} hat lediglich das Kapitel zur Sicherheit signiert, die Teile zu Transparenz und Urheberrecht ließ der Konzern aus. | {B} lehnt den Kodex dagegen in seiner Gesamtheit ab, wie ein Sprecher bestätigte.'),
        ('reversal', 'A=sign', '{A} hat den monatelangen Widerstand gegen den Kodex für KI-Modelle aufgegeben. | Der Konzern kündigte {D} an, das Regelwerk nun doch zu unterzeichnen.'),
        ('reversal', 'A=refuse', 'Im Juli hatte {A} den Kodex noch ausdrücklich als ausgewogenen Kompromiss begrüßt. | Inzwischen will das Unternehmen ihn aber nicht mehr unterschreiben, wie {OUT} berichtet.'),
        ('reversal', 'A=undecided', 'Im Sommer hatte {A} eine Unterschrift unter den Kodex noch abgelehnt. | Nun denkt der Konzern erneut darüber nach, heißt es in Brüsseler Kreisen.'),
        ('reversal', 'A=sign', 'Die Entscheidung von {A}, den Kodex doch zu unterzeichnen, kam für viele in Brüssel überraschend. | Noch im Frühjahr hatte sich der Konzern vehement gegen das Regelwerk gestellt.'),
        ('other_letter', 'A=undecided', 'Den Brief, in dem Konzernchefs eine zweijährige Pause für die KI-Verordnung verlangen, haben unter anderem die Vorstandschefs von Airbus, Lufthansa und {A} unterschrieben. | Sie wollen die Uhr anhalten, bis Kodex und technische Normen fertig sind.'),
        ('other_letter', 'L=none', 'Der Verhaltenskodex gegen Desinformation zählt inzwischen {N} Unterzeichner, darunter Plattformen wie {L}. | Er ist nicht zu verwechseln mit dem neuen Kodex für KI-Modelle.'),
        ('quote_do_so', 'A=sign', '{A} teilte {D} mit, den Kodex für KI-Modelle mit allgemeinem Verwendungszweck zu unterzeichnen. | „Dazu entschließen wir uns, weil Unternehmen in Europa verlässliche KI-Werkzeuge nutzen können sollen“, schrieb {XA} in einem Blogeintrag.'),
        ('quote_do_so', 'A=sign', '„Wir werden unseren Namen unter den Kodex setzen“, erklärte {A} {D} auf Anfrage.'),
        ('quote_do_so', 'A=refuse', '{A} wird den Kodex nicht unterschreiben, bestätigte {XA} {D} in einer Telefonkonferenz mit Journalisten. | „Darauf lassen wir uns nicht ein, solange die Regeln zum Urheberrecht so vage bleiben“, sagte {SA}.'),
        ('willingness', 'L=sign', '{L} haben ihre Absicht bekundet, sich an der Initiative zu beteiligen, teilte die Kommission {D} mit.'),
        ('willingness', 'A=undecided', 'Ein Beitritt zum Kodex sei für {A} durchaus denkbar, entschieden sei aber noch nichts, sagte eine Sprecherin {D}.'),
        ('absent_from_list', 'A=undecided', '{A} fehlte auf der ersten Liste der Unterzeichner des Kodex. | Ob der Konzern noch beitritt, ließ ein Sprecher auf Nachfrage offen.'),
        ('absent_from_list', 'A=none,B=none', '{B} hatte den Verhaltenskodex gegen Desinformation im Netz nie unterschrieben, wie die Liste der Kommission zeigt. | Auch {A} gehörte nicht zu dessen Unterzeichnern, als die Kommission die überarbeitete Fassung 2022 vorlegte.'),
        ('not_a_position', 'A=none,B=none', 'Der Kodex, ein freiwilliger Leitfaden für Unternehmen wie {A} und {B}, soll vor allem die Dokumentation von Trainingsdaten vereinheitlichen.'),
        ('not_a_position', 'A=none', 'Die Kommission stellte den Kodex {D} in Brüssel vor und warb bei den Anbietern um Unterstützung. | Eine Anfrage zur Urheberrechtsklage mehrerer Verlage gegen {A} ließ das Unternehmen unbeantwortet.'),
        ('negated_interest', 'A=refuse', '{A} ist an einer Unterschrift unter den neuen KI-Kodex überhaupt nicht interessiert, berichtet {OUT} unter Berufung auf Unternehmenskreise.'),
        ('negated_interest', 'A=undecided', 'Grundsätzlich habe {A} Interesse daran, den Kodex zu unterschreiben, sagte {XA} {D}. | Vorher müssten aber mehrere Passagen zum Urheberrecht geändert werden, die der Konzern für praxisfern hält.'),
        ('contrast_turn', 'A=sign,B=refuse', '{A} hat angekündigt, den Kodex zu unterzeichnen, und will das noch vor Ablauf der Frist erledigen. | {B} hingegen hält einen solchen Schritt für sinnlos, wie ein Sprecher {D} sagte.'),
        ('contrast_turn', 'A=sign,B=undecided', 'Während {A} den Kodex unterschreiben wird, hat sich {B} noch nicht entschieden. | Bei {B} verweist man auf offene Fragen zum Urheberrecht, die erst geklärt werden müssten.'),
        ('delay_then_decision', 'A=sign', 'Monatelang hatte sich {A} in Brüssel für eine Verschiebung der KI-Regeln eingesetzt. | Den Kodex unterzeichnete der Konzern {D} dann aber doch, kurz vor Ablauf der Frist.'),
        ('delay_then_decision', 'A=refuse', '{A} hatte sich dem Ruf nach einer Atempause bei der KI-Verordnung angeschlossen. | Eine Unterschrift unter den Kodex lehnte der Konzern {D} ab.'),
    ],
    "fr": [
        ('delay_list', 'L=undecided', "Selon {OUT}, {L} ont pressé la Commission d'alléger le code de bonnes pratiques et de repousser l'entrée en application des obligations. | Ces entreprises jugent le calendrier intenable tant que les lignes directrices de la Commission se font attendre."),
        ('delay_list', 'A=none,L=undecided', "Une fédération professionnelle du numérique, dont {A} est membre, a réclamé {D} un report de deux ans des obligations de l'AI Act. | {L}, eux, ont écrit directement à la Commission pour demander un code allégé et une application différée."),
        ('hedged_intent', 'A=undecided', "{A} signera très probablement le code de bonnes pratiques, a estimé {D} {XA}. | « Il est fort possible que nous le fassions, mais rien n'est encore arrêté », a précisé {SA}."),
        ('hedged_intent', 'A=sign,B=undecided', "{A} a confirmé {D} sa décision de signer le code dans son intégralité. | {B} pourrait en faire autant, mais se garde pour l'instant de tout engagement, rapporte {OUT}."),
        ('refusal_paraphrase', 'A=refuse', "{A} ne voit aucune raison d'apposer sa signature sur le code de bonnes pratiques, a résumé {D} {XA}. | Le groupe se pliera à l'AI Act, mais pas à ce guide facultatif."),
        ('refusal_paraphrase', 'A=refuse,B=sign', '{B} a rejoint le code {D}, quelques jours après la publication de la version finale. | {A}, de son côté, se tient loin du texte et compte faire cavalier seul pour démontrer sa conformité.'),
        ('list_such_as', 'L=sign', 'La liste des signataires du code compte également des fournisseurs tels que {L}, a précisé {D} la Commission.'),
        ('list_such_as', 'L=none', "Le code vise avant tout les fournisseurs de grands modèles, tels que {L}, dont les systèmes sont utilisés chaque jour par des millions d'Européens."),
        ('chapter_status', 'L=sign,A=sign,B=refuse', "Code signé dans son intégralité : {L}. | Uniquement le chapitre sûreté et sécurité, sans la transparence ni le droit d'auteur : {A}. | Aucune signature, et aucune n'est prévue : {B}."),
        ('chapter_status', 'L=sign,A=sign,B=refuse', "{L} ont paraphé les trois chapitres du code. | {A} n'a apposé sa signature qu'au volet sécurité, laissant de côté transparence et droit d'auteur. | {B} n'a rien signé et ne compte pas le faire."),
        ('reversal', 'A=sign,B=undecided', "{A} a renoncé à son opposition initiale et annoncé {D} qu'il signerait finalement le code de bonnes pratiques. | {B}, qui avait dit non en juillet, réexamine désormais sa position."),
        ('reversal', 'A=refuse', "{A}, qui avait salué le code lors de sa publication, a changé de pied. | Le groupe a fait savoir {D} qu'il ne le signerait pas."),
        ('other_letter', 'A=undecided', "Parmi les signataires de la lettre réclamant une pause dans l'application de l'AI Act figurent les patrons de Carrefour, de BNP Paribas et {deA}."),
        ('other_letter', 'L=none', "Le code de conduite sur la désinformation rassemble {N} signataires, dont des plateformes comme {L}. | Ce dispositif, sans lien avec le code consacré à l'IA, remonte à 2018."),
        ('quote_do_so', 'A=sign', "{A} a annoncé {D} sa décision de signer le code. | « Nous le faisons pour que les Européens puissent se servir d'outils d'IA sûrs et de premier plan », a écrit {XA}."),
        ('quote_do_so', 'A=sign', '« Nous apposerons notre signature sur ce code, sans réserve », a indiqué {A} dans un bref message publié {D}.'),
        ('willingness', 'L=sign', "{L} ont fait connaître leur intention de prendre part à l'initiative, a annoncé {D} la Commission, qui publiera bientôt la liste complète des signataires."),
        ('willingness', 'A=undecided', "Chez {A}, on se dit disposé à rejoindre le code, mais la décision n'est pas encore prise, a indiqué {D} un porte-parole."),
        ('absent_from_list', 'A=undecided', "{A} ne figure pas parmi les premiers signataires du code rendus publics {D} par la Commission. | L'entreprise n'a pas dit si elle comptait le rejoindre plus tard."),
        ('absent_from_list', 'A=none', '{A} ne figurait pas davantage parmi les signataires du code de conduite contre la désinformation, révisé en 2022 et soutenu par la plupart des grandes plateformes.'),
        ('not_a_position', 'A=none,B=none', "Le code, un guide facultatif destiné à des entreprises comme {A} ou {B}, détaille la manière de documenter l'entraînement des modèles et de respecter le droit d'auteur."),
        ('not_a_position', 'A=none', "Le code de bonnes pratiques consacre un chapitre entier aux œuvres protégées par le droit d'auteur. | {A} n'a pas donné suite à une demande de commentaire sur la plainte déposée par des éditeurs de presse."),
        ('negated_interest', 'A=refuse', "Le nouveau code de bonnes pratiques n'intéresse pas le moins du monde {A}, a fait savoir {D} {XA}."),
        ('negated_interest', 'A=undecided', "{A} voit un intérêt à signer le code, mais réclame d'abord des modifications du chapitre sur le droit d'auteur, selon {OUT}."),
        ('contrast_turn', 'A=sign,B=refuse', "{A} prévoit de signer le code, selon un porte-parole joint {D}. | {B}, pour sa part, ne voit pas l'utilité d'en faire autant."),
        ('contrast_turn', 'A=sign,B=undecided', '{A} signera le code de bonnes pratiques ; {B} réserve encore sa réponse, selon {OUT}.'),
        ('delay_then_decision', 'A=sign', "Après des mois de lobbying pour obtenir un report, {A} a finalement signé le code {D}. | L'entreprise estime avoir obtenu des clarifications suffisantes."),
        ('delay_then_decision', 'A=refuse', "{A}, qui avait appuyé la demande de gel du calendrier de l'AI Act, a décliné {D} l'invitation à signer le code de bonnes pratiques."),
    ],
    "es": [
        ('delay_list', 'L=undecided', 'Según {OUT}, {L} han instado a la Comisión a mantener un código sencillo y a posponer la entrada en vigor de las obligaciones.'),
        ('delay_list', 'L=undecided,A=none', 'En una carta conjunta, los máximos responsables de {L} pidieron a Bruselas que congelara las reglas que la ley de IA impone a los modelos generalistas. | {A} es miembro de DigitalEurope, una asociación del sector que también ha solicitado más tiempo para aplicar las normas.'),
        ('hedged_intent', 'A=undecided', '«Es muy probable que terminemos firmando el código», reconoció {D} {XA}, de {A}, en una entrevista radiofónica. | La compañía, no obstante, evita comprometerse con una fecha o con un anuncio formal.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} firmará el código de buenas prácticas, según confirmó {D} la propia compañía. | {B}, por su parte, se limita a decir que podría sumarse más adelante si se despejan sus dudas.'),
        ('refusal_paraphrase', 'A=refuse', '{A} no ve motivo alguno para estampar su firma en el código, explicó {D} un portavoz. | La empresa cumplirá con la ley de IA, pero no con un compromiso voluntario que, a su juicio, solo añade cargas.'),
        ('refusal_paraphrase', 'A=refuse,B=sign', '{B} y otras grandes tecnológicas ya han suscrito el código de buenas prácticas. | {A}, por el contrario, se mantiene al margen del código y ha optado por seguir su propio camino.'),
        ('list_such_as', 'L=sign', 'Entre los firmantes del código figuran también proveedores como {L}, según la lista que la Oficina de IA actualizó {D}.'),
        ('list_such_as', 'L=none', 'El código está dirigido a proveedores de modelos de gran tamaño como {L}, que deberán explicar con qué datos entrenan sus sistemas.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Firman el código completo, con sus tres capítulos: {L}. | Solo el capítulo de seguridad y protección, dejando fuera transparencia y propiedad intelectual: {A}. | Han rechazado firmar cualquier parte del código: {B}.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', '{A} se ha limitado a firmar el capítulo de seguridad del código, mientras que {L} lo han suscrito en su totalidad. | {B} sigue siendo la única gran empresa que ha dicho no al texto entero.'),
        ('reversal', 'A=sign', '{A} ha abandonado su oposición inicial y ahora asegura que firmará el código de buenas prácticas. | El giro llega tras varias reuniones con la Oficina de IA, según {OUT}.'),
        ('reversal', 'A=refuse,B=undecided', '{A}, que en un primer momento celebró el código, sostiene ahora que no lo firmará. | {B} recorrió el camino inverso: rechazó el texto en julio, pero en las últimas semanas ha vuelto a estudiarlo.'),
        ('other_letter', 'A=undecided', 'La carta que pedía a Bruselas detener el reloj de la ley de IA lleva, entre otras, las firmas de los consejeros delegados de Airbus, Lufthansa y {A}.'),
        ('other_letter', 'L=none', 'El código contra la desinformación suma {N} firmantes, entre ellos plataformas como {L}. | Ese texto no guarda relación con las nuevas reglas para la IA de uso general.'),
        ('quote_do_so', 'A=sign', '{A} dio a conocer {D} su decisión de suscribir el código de buenas prácticas de la UE. | «Damos este paso porque confiamos en que el código ayude a que ciudadanos y empresas de Europa dispongan de herramientas de IA fiables», escribió {XA}.'),
        ('quote_do_so', 'A=sign', '«Vamos a poner nuestra firma en el código, aunque no compartimos todos sus puntos», declaró {A} en un comunicado enviado {D} a {OUT}.'),
        ('willingness', 'L=sign', '{L} han comunicado a Bruselas su intención de participar en la iniciativa, según fuentes comunitarias.'),
        ('willingness', 'A=undecided', '{A} aseguró {D} que ve con buenos ojos sumarse al código, pero que todavía no ha decidido nada. | Antes quiere saber cómo aplicará la Oficina de IA los compromisos.'),
        ('absent_from_list', 'A=undecided', '{A} no figuraba entre los primeros firmantes del código y tampoco ha dicho si piensa incorporarse más adelante.'),
        ('absent_from_list', 'A=none', '{A}, que ya se quedó fuera del Pacto sobre IA, tampoco aparece entre los firmantes del código europeo contra la desinformación.'),
        ('not_a_position', 'A=none,B=none', 'El código, una guía voluntaria pensada para empresas como {A} o {B}, detalla cómo documentar los datos de entrenamiento y gestionar los riesgos sistémicos.'),
        ('not_a_position', 'A=none', 'El código de buenas prácticas pide a los firmantes que respeten las reservas de derechos de los autores. | Varias editoriales han demandado a {A} por infringir derechos de autor; la empresa no respondió a una petición de comentarios sobre el pleito.'),
        ('negated_interest', 'A=refuse', 'A {A} no le interesa lo más mínimo firmar el nuevo código, según ha podido saber {OUT}.'),
        ('negated_interest', 'A=undecided', '{A} tiene interés en sumarse al código, aunque primero pide a la Comisión que retoque el capítulo de derechos de autor.'),
        ('contrast_turn', 'A=sign,B=refuse', '{A} ha dicho que tiene previsto firmar el código. | {B}, por el contrario, sostiene que hacerlo no tiene ningún sentido para su negocio.'),
        ('contrast_turn', 'A=sign,B=undecided', '{A} firmará el código antes de que acabe el mes, mientras que {B} todavía no ha tomado una decisión al respecto.'),
        ('delay_then_decision', 'A=sign', '{A} pasó meses haciendo campaña para que Bruselas aplazara las normas, pero {D} acabó firmando el código de buenas prácticas.'),
        ('delay_then_decision', 'A=refuse', '{A} respaldó el llamamiento a congelar el calendario de la ley de IA y, llegado el momento, declinó firmar el código.'),
    ],
    "it": [
        ('delay_list', 'L=undecided', 'Secondo quanto riporta {OUT}, {L} hanno sollecitato la Commissione a snellire il codice di buone pratiche e a far slittare gli obblighi per i modelli di uso generale.'),
        ('delay_list', 'L=undecided,A=none', "In una lettera congiunta inviata {D} a Bruxelles, i vertici di {L} chiedono di congelare le norme dell'AI Act sui modelli di uso generale. | Anche l'associazione di categoria di cui fa parte {A} ha sollecitato un rinvio."),
        ('hedged_intent', 'A=undecided', '«È molto probabile che firmeremo», ha detto {D} {XA} a proposito del codice di buone pratiche. | {SA} ha però precisato che la decisione non è stata ancora formalizzata.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} ha dato {D} il via libera alla firma del codice. | {B} potrebbe fare altrettanto, ma per ora si limita a dire che sta esaminando il testo.'),
        ('refusal_paraphrase', 'A=refuse', "{A} non vede alcun motivo per apporre la sua firma in calce al codice, ha tagliato corto {D} {XA}. | Il gruppo si atterrà all'AI Act, ma non a un testo facoltativo."),
        ('refusal_paraphrase', 'A=refuse,B=sign', '{B} ha aderito al codice {D}, a pochi giorni dalla pubblicazione della versione definitiva. | {A}, invece, se ne tiene alla larga e preferisce andare per la propria strada.'),
        ('list_such_as', 'L=sign', "Hanno sottoscritto il codice anche fornitori quali {L}, secondo l'elenco diffuso {D} dalla Commissione."),
        ('list_such_as', 'L=none', 'Il codice è pensato per i fornitori di grandi modelli, come {L}, i cui sistemi sono usati ogni giorno da milioni di europei.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', "Codice firmato per intero: {L}. | Solo il capitolo su sicurezza e protezione, senza trasparenza e diritto d'autore: {A}. | Nessuna firma, e nessuna in programma: {B}."),
        ('chapter_status', 'L=sign,A=sign,B=refuse', "{L} hanno sottoscritto tutti e tre i capitoli del codice di buone pratiche. | La firma di {A} copre soltanto il capitolo sulla sicurezza, non quelli su trasparenza e diritto d'autore. | {B} non ha firmato nulla e non intende farlo."),
        ('reversal', 'A=sign,B=undecided', '{A} ha messo da parte le riserve iniziali e {D} ha fatto sapere che sottoscriverà il codice di buone pratiche. | {B}, che a luglio aveva detto no, ora sta riconsiderando la propria posizione.'),
        ('reversal', 'A=refuse', '{A}, che in un primo momento aveva accolto con favore il codice, ha fatto marcia indietro. | Il gruppo ha comunicato {D} che non lo firmerà, pur continuando a rispettare la legge.'),
        ('other_letter', 'A=undecided', "Tra chi ha firmato la lettera per mettere in pausa l'AI Act figurano i numeri uno di Airbus, Lufthansa e {A}."),
        ('other_letter', 'L=none', "Il Codice di condotta sulla disinformazione conta {N} firmatari, tra cui piattaforme come {L}. | Si tratta di un impegno distinto dal codice sull'IA."),
        ('quote_do_so', 'A=sign', "{A} ha reso noto {D} di aver deciso di firmare il codice di buone pratiche. | «Lo facciamo perché vogliamo che gli europei possano contare su strumenti di IA sicuri e all'avanguardia», ha scritto {XA}."),
        ('quote_do_so', 'A=sign', '«Sottoscriveremo il codice senza riserve», ha fatto sapere {A} in una breve nota diffusa {D}.'),
        ('willingness', 'L=sign', "{L} hanno comunicato l'intenzione di partecipare all'iniziativa, ha riferito {D} un portavoce dell'esecutivo Ue."),
        ('willingness', 'A=undecided', "In {A} c'è disponibilità ad aderire al codice, ma una decisione non è stata ancora presa, ha spiegato {D} un portavoce."),
        ('absent_from_list', 'A=undecided', "Nel primo elenco di firmatari del codice, pubblicato {D}, {A} non compare. | L'azienda non ha chiarito se intende aggiungersi in un secondo momento."),
        ('absent_from_list', 'A=none', '{A} non figurava nemmeno tra i firmatari del Codice di condotta sulla disinformazione, sottoscritto dalle principali piattaforme online.'),
        ('not_a_position', 'A=none,B=none', "Il codice, una guida volontaria rivolta a società come {A} e {B}, spiega come documentare l'addestramento dei modelli e gestire i contenuti protetti da copyright."),
        ('not_a_position', 'A=none', "Il codice di buone pratiche dedica un intero capitolo al diritto d'autore. | {A} non ha risposto a una richiesta di commento sulla causa intentata da un gruppo di editori."),
        ('negated_interest', 'A=refuse', 'Da {A} nessun interesse a firmare il nuovo codice: lo ha chiarito {D} {XA}.'),
        ('negated_interest', 'A=undecided', "{A} guarda con interesse alla firma del codice, ma chiede prima alcune modifiche al capitolo sul diritto d'autore, scrive {OUT}."),
        ('contrast_turn', 'A=sign,B=refuse', "{A} ha fatto sapere {D} di voler firmare il codice. | Di tutt'altro avviso {B}, secondo cui aderire non avrebbe alcun senso."),
        ('contrast_turn', 'A=sign,B=undecided', '{A} firmerà il codice; {B} invece non ha ancora sciolto la riserva.'),
        ('delay_then_decision', 'A=sign', "Dopo aver premuto per mesi per un rinvio, {A} ha infine sottoscritto il codice {D}. | Secondo l'azienda, i chiarimenti ottenuti sono sufficienti."),
        ('delay_then_decision', 'A=refuse', "{A} aveva appoggiato la richiesta di fermare le lancette dell'AI Act e ora ha declinato l'invito a firmare il codice di buone pratiche."),
    ],
    "pt": [
        ('delay_list', 'L=undecided', '{Lc} pediram à Comissão que mantenha o código simples e que adie a aplicação das obrigações, noticiou {OUT}.'),
        ('delay_list', 'L=undecided,A=none', 'Numa carta conjunta, {L} solicitaram a Bruxelas uma pausa nas regras do regulamento da IA para os modelos de finalidade geral. | A {A} integra uma associação empresarial do setor digital que também reclamou mais tempo para a aplicação das regras.'),
        ('hedged_intent', 'A=undecided', '«É muito provável que acabemos por assinar o código», disse {D} {XA}, da {A}, numa entrevista à rádio. | A empresa não deu, porém, qualquer garantia formal nem indicou uma data.'),
        ('hedged_intent', 'A=sign,B=undecided', 'A {A} deixou claro {D} que assinará o código de boas práticas. | A {B} limita-se a admitir que poderá aderir mais tarde, caso as suas dúvidas sejam esclarecidas.'),
        ('refusal_paraphrase', 'A=refuse', 'A {A} não vê motivo nenhum para subscrever o código, explicou um porta-voz. | A empresa garante que cumprirá o regulamento da IA, mas não um compromisso voluntário que considera redundante.'),
        ('refusal_paraphrase', 'A=refuse,B=sign', 'A {B} e várias outras tecnológicas já subscreveram o código de boas práticas. | A {A}, pelo contrário, mantém-se afastada do código e prefere seguir o seu próprio caminho.'),
        ('list_such_as', 'L=sign', 'Entre os signatários do código contam-se também fornecedores como {L}, de acordo com a lista atualizada {D}.'),
        ('list_such_as', 'L=none', 'O código dirige-se a fornecedores de modelos de grande dimensão, como {L}, que terão de documentar a forma como treinam os seus sistemas.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Assinam o código na íntegra, com os três capítulos: {L}. | Apenas o capítulo de segurança, deixando de fora a transparência e os direitos de autor: a {A}. | Recusa assinar qualquer parte do código: a {B}.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Ponto da situação: {L} assinaram todos os capítulos do código, e a {A} só assinou o de segurança e proteção. | A {B} continua a ser a única grande empresa que rejeita o documento por inteiro.'),
        ('reversal', 'A=sign', 'A {A} deixou cair a oposição que manifestara de início e diz agora que vai assinar o código de boas práticas. | A mudança surge depois de várias reuniões com responsáveis da Comissão Europeia.'),
        ('reversal', 'A=refuse,B=undecided', 'A {A}, que começou por aplaudir o código, afirma agora que não o vai assinar. | Já a {B} fez o percurso inverso: rejeitou o texto em julho, mas está neste momento a reconsiderar a decisão.'),
        ('other_letter', 'A=undecided', 'Entre os signatários da carta que pedia a Bruxelas para «travar o relógio» do regulamento da IA estão os presidentes executivos da Airbus, da Lufthansa e da {A}.'),
        ('other_letter', 'L=none', 'O código de prática sobre desinformação conta com {N} subscritores, entre eles plataformas como {L}. | Esse compromisso nada tem a ver com as novas regras para a IA de finalidade geral.'),
        ('quote_do_so', 'A=sign', 'A {A} tornou pública {D} a decisão de subscrever o código de boas práticas. | «Damos este passo por acreditarmos que o código pode trazer aos cidadãos europeus ferramentas de IA fiáveis e de topo», escreveu {XA} num blogue.'),
        ('quote_do_so', 'A=sign', '«Vamos subscrever o código, embora tenhamos reservas sobre alguns pontos», afirmou a {A} numa resposta por escrito enviada {D}.'),
        ('willingness', 'L=sign', '{Lc} comunicaram a Bruxelas a intenção de participar na iniciativa, segundo fontes europeias.'),
        ('willingness', 'A=undecided', 'A {A} disse {D} estar aberta a juntar-se ao código, mas sublinhou que ainda não tomou uma decisão.'),
        ('absent_from_list', 'A=undecided', 'A {A} não constava dos primeiros signatários do código, nem explicou se vai juntar-se ao grupo numa fase posterior.'),
        ('absent_from_list', 'A=none', 'A {A}, que já tinha ficado de fora do Pacto para a IA, também não figura entre os signatários do código de prática sobre desinformação.'),
        ('not_a_position', 'A=none,B=none', 'O código, um guia voluntário pensado para empresas como a {A} ou a {B}, explica como documentar os dados de treino e gerir riscos sistémicos.'),
        ('not_a_position', 'A=none', 'O código de boas práticas pede aos signatários que respeitem as reservas de direitos dos autores. | Vários editores processaram a {A} por violação de direitos de autor; a empresa não respondeu a um pedido de comentário sobre o processo.'),
        ('negated_interest', 'A=refuse', 'A {A} não tem qualquer interesse em assinar o novo código, garantiu {D} fonte oficial da empresa.'),
        ('negated_interest', 'A=undecided', 'A {A} está interessada em assinar o código, mas quer primeiro que a Comissão altere o capítulo sobre direitos de autor.'),
        ('contrast_turn', 'A=sign,B=refuse', 'A {A} afirmou que tenciona assinar o código. | A {B}, por seu lado, considera que fazê-lo não faz sentido nenhum para o seu negócio.'),
        ('contrast_turn', 'A=sign,B=undecided', 'A {A} vai assinar o código ainda este mês, enquanto a {B} continua sem tomar uma decisão sobre o assunto.'),
        ('delay_then_decision', 'A=sign', 'Depois de meses a fazer pressão para que Bruxelas adiasse as regras, a {A} acabou por assinar o código {D}.'),
        ('delay_then_decision', 'A=refuse', 'A {A} apoiou o apelo para travar o relógio do regulamento da IA e, chegada a hora, declinou subscrever o código.'),
    ],
    "nl": [
        ('delay_list', 'L=undecided', '{L} dringen er bij de Commissie op aan de gedragscode eenvoudig te houden en de nieuwe verplichtingen voor AI-modellen op te schorten, meldt {OUT}.'),
        ('delay_list', 'L=undecided,A=none', 'In een gezamenlijke brief vroegen de topbestuurders van {L} de Europese Commissie om de regels voor algemene AI-modellen te pauzeren tot de code en de richtsnoeren klaar zijn. | {A} is alleen lid van een brancheorganisatie die eveneens om uitstel vroeg.'),
        ('hedged_intent', 'A=undecided', '‘Het is zeer waarschijnlijk dat we de code gaan ondertekenen’, zei {XA} {D} tijdens een bijeenkomst in Den Haag. | Een definitief besluit heeft {A} volgens {SA} echter nog niet genomen.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} gaat de gedragscode ondertekenen, bevestigde het bedrijf {D} in een korte verklaring. | {B} kan zich er mogelijk later bij aansluiten, maar laat zich nog niet in de kaart kijken.'),
        ('refusal_paraphrase', 'A=refuse', '{A} ziet geen enkele reden om de vrijwillige code te ondertekenen. | Aan de AI-verordening zelf zal het bedrijf zich uiteraard houden, zei een woordvoerder.'),
        ('refusal_paraphrase', 'A=sign,B=refuse', '{A} heeft de code {D} ondertekend, na wekenlang intern overleg. | {B} houdt zich daarentegen verre van de code en kiest naar eigen zeggen zijn eigen route om aan de AI-verordening te voldoen.'),
        ('refusal_paraphrase', 'A=refuse', '‘Wij houden ons aan de wet, maar aan deze vrijwillige gedragscode doen we niet mee’, zei {XA} van {A} {D} tegen verslaggevers.'),
        ('list_such_as', 'L=sign', 'Ook aanbieders als {L} staan op de lijst van ondertekenaars van de code die de Commissie {D} publiceerde.'),
        ('list_such_as', 'L=none', 'De code richt zich op ontwikkelaars van krachtige taalmodellen als {L}, waarvan de systemen in heel Europa worden gebruikt.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'De stand van zaken rond de code: volledig ondertekend – {L}; alleen het hoofdstuk veiligheid en beveiliging, niet transparantie of auteursrecht – {A}; tekent niet – {B}.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', '{L} hebben alle hoofdstukken van de code ondertekend, blijkt uit het overzicht van de Commissie. | {A} tekende enkel het veiligheidsdeel voor de krachtigste modellen; transparantie en auteursrecht liet het bedrijf links liggen. | {B} wijst de code in zijn geheel af, bevestigde een woordvoerder.'),
        ('reversal', 'A=sign', '{A} heeft zijn maandenlange verzet tegen de gedragscode voor AI-modellen laten varen. | Het bedrijf liet {D} weten de code nu toch te zullen ondertekenen.'),
        ('reversal', 'A=refuse', '{A} verwelkomde de code aanvankelijk nog als een evenwichtig compromis tussen industrie en toezichthouder. | Inmiddels zegt het bedrijf dat het de code niet zal ondertekenen, meldt {OUT}.'),
        ('reversal', 'A=undecided', 'In juli wees {A} de code nog af als te bureaucratisch en juridisch onzeker. | Nu beraadt het bedrijf zich opnieuw over een handtekening, zeggen bronnen in Brussel.'),
        ('other_letter', 'A=undecided', 'Tot de ondertekenaars van de brief waarin tientallen topbestuurders Brussel vragen de AI-verordening twee jaar op pauze te zetten, behoren de bazen van Airbus, Lufthansa en {A}. | Zonder definitieve code en normen weten bedrijven volgens hen niet waar ze aan toe zijn.'),
        ('other_letter', 'L=none', 'De gedragscode tegen desinformatie telt {N} ondertekenaars, waaronder platforms als {L}. | Die code staat los van de nieuwe code voor AI-modellen.'),
        ('quote_do_so', 'A=sign', '{A} kondigde {D} aan de gedragscode voor AI-modellen voor algemene doeleinden te gaan ondertekenen. | ‘We doen dat omdat we willen dat Europese bedrijven betrouwbare AI-hulpmiddelen kunnen gebruiken’, schreef {XA} in een blog.'),
        ('quote_do_so', 'A=sign', '‘Wij zetten onze handtekening eronder’, liet {A} {D} weten in een reactie op de definitieve tekst van de code.'),
        ('quote_do_so', 'A=refuse', '{A} gaat de code niet ondertekenen, bevestigde {XA} {D} in een gesprek met journalisten. | ‘Daar beginnen we niet aan zolang de regels over auteursrecht zo vaag zijn’, aldus {SA}.'),
        ('willingness', 'L=sign', '{L} hebben te kennen gegeven dat ze aan het initiatief willen deelnemen, maakte de Commissie {D} bekend.'),
        ('willingness', 'A=undecided', '{A} staat open voor deelname aan de code, maar heeft nog geen knoop doorgehakt, zei een woordvoerster {D}.'),
        ('absent_from_list', 'A=undecided', '{A} stond niet tussen de eerste ondertekenaars van de code. | Of het bedrijf zich alsnog aansluit, wilde een woordvoerder niet zeggen.'),
        ('absent_from_list', 'A=none,B=none', '{B} heeft de gedragscode tegen desinformatie op internet nooit ondertekend, zo blijkt uit de lijst van de Commissie. | Ook {A} ontbrak op de lijst van ondertekenaars van die code, die in 2022 werd aangescherpt.'),
        ('not_a_position', 'A=none,B=none', 'De code, een vrijwillige handleiding voor bedrijven als {A} en {B}, moet onder meer vastleggen hoe trainingsdata worden gedocumenteerd.'),
        ('not_a_position', 'A=none', 'De Commissie lichtte de code {D} toe in Brussel en riep aanbieders op om mee te doen. | Op vragen over de rechtszaak die uitgevers tegen {A} hebben aangespannen, reageerde het bedrijf niet.'),
        ('negated_interest', 'A=refuse', '{A} heeft totaal geen belangstelling om de nieuwe AI-gedragscode te ondertekenen, meldt {OUT} op basis van ingewijden.'),
        ('negated_interest', 'A=undecided', '{A} heeft wel interesse om de code te ondertekenen, maar wil eerst dat het hoofdstuk over auteursrecht wordt aangepast, zei {XA} {D}.'),
        ('contrast_turn', 'A=sign,B=refuse', '{A} heeft gezegd van plan te zijn de code te ondertekenen. | {B} ziet daar daarentegen het nut niet van in, zei een woordvoerder {D}.'),
        ('contrast_turn', 'A=sign,B=undecided', 'Terwijl {A} de code zal ondertekenen, heeft {B} nog geen besluit genomen. | Bij {B} wijst men op onduidelijkheden rond het auteursrecht die eerst moeten worden opgehelderd.'),
        ('delay_then_decision', 'A=sign', '{A} lobbyde maandenlang in Brussel voor uitstel van de AI-regels. | Uiteindelijk ondertekende het bedrijf de code {D} toch, vlak voor het verstrijken van de termijn.'),
        ('delay_then_decision', 'A=refuse', '{A} schaarde zich achter de roep om een adempauze voor de AI-verordening. | Het bedrijf weigerde {D} bovendien de gedragscode te ondertekenen, zo bevestigde een woordvoerder.'),
    ],
    "pl": [
        ('delay_list', 'L=undecided', 'Firmy {L} zaapelowały do Komisji, by zadbała o prosty kodeks i przesunęła termin stosowania nowych obowiązków – podaje {OUT}.'),
        ('delay_list', 'L=undecided,A=none', 'We wspólnym liście szefowie firm {L} poprosili Brukselę o wstrzymanie przepisów AI Act dotyczących modeli ogólnego przeznaczenia. | Firma {A} należy do branżowego stowarzyszenia, które również domagało się odroczenia terminów.'),
        ('hedged_intent', 'A=undecided', '„Jest bardzo prawdopodobne, że ostatecznie podpiszemy kodeks” – przyznaje {XA} z firmy {A}. | Spółka nie złożyła jednak dotąd żadnej formalnej deklaracji ani nie podała terminu.'),
        ('hedged_intent', 'A=sign,B=undecided', 'Firma {A} potwierdziła {D}, że podpisze kodeks postępowania. | Spółka {B} przyznaje jedynie, że może dołączyć później, jeśli jej wątpliwości zostaną rozwiane.'),
        ('refusal_paraphrase', 'A=refuse', 'Firma {A} nie widzi żadnego powodu, by składać podpis pod kodeksem – przekazał {D} jej rzecznik. | Spółka zapewnia, że będzie przestrzegać AI Act, ale dobrowolnych zobowiązań z kodeksu nie przyjmie.'),
        ('refusal_paraphrase', 'A=refuse,B=sign', 'Do kodeksu przystąpiła już spółka {B}, a wraz z nią kilka innych dużych firm technologicznych. | Koncern {A} natomiast trzyma dystans wobec kodeksu i zamierza pójść własną drogą.'),
        ('list_such_as', 'L=sign', 'Do sygnatariuszy kodeksu należą także tacy dostawcy jak {L} – wynika z listy zaktualizowanej {D}.'),
        ('list_such_as', 'L=none', 'Kodeks jest skierowany do dostawców dużych modeli, takich jak {L}, którzy będą musieli dokumentować sposób trenowania swoich systemów.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Cały kodeks, ze wszystkimi trzema rozdziałami, podpisały: {L}. | Wyłącznie rozdział o bezpieczeństwie, bez części o przejrzystości i prawach autorskich: {A}. | Odmowa podpisania którejkolwiek części kodeksu, łącznie z rozdziałem o bezpieczeństwie: {B}.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Stan na dziś: firmy {L} podpisały wszystkie rozdziały kodeksu, a firma {A} tylko rozdział dotyczący bezpieczeństwa. | Spółka {B} pozostaje jedynym dużym graczem, który odrzuca dokument w całości.'),
        ('reversal', 'A=sign', 'Firma {A} porzuciła wcześniejszy sprzeciw i zapowiada teraz, że podpisze kodeks postępowania. | Zmiana stanowiska nastąpiła po kilku spotkaniach z Urzędem ds. AI – podaje {OUT}.'),
        ('reversal', 'A=refuse,B=undecided', 'Koncern {A}, który początkowo z zadowoleniem przyjął kodeks, oświadczył teraz, że go nie podpisze. | Z kolei firma {B} w lipcu odmówiła, ale obecnie ponownie analizuje tę decyzję.'),
        ('other_letter', 'A=undecided', 'Pod listem wzywającym Brukselę do „zatrzymania zegara” w sprawie AI Act podpisali się m.in. prezesi Airbusa, Lufthansy i firmy {A}.'),
        ('other_letter', 'L=none', 'Kodeks przeciwko dezinformacji ma {N} sygnatariuszy, wśród nich platformy takie jak {L}. | Nie ma on jednak nic wspólnego z nowymi przepisami dla modeli ogólnego przeznaczenia.'),
        ('quote_do_so', 'A=sign', 'Firma {A} ogłosiła {D} decyzję o przystąpieniu do unijnego kodeksu postępowania. | „Decydujemy się na ten krok, licząc, że kodeks ułatwi Europejczykom korzystanie z bezpiecznych i najlepszych narzędzi AI” – pisze {XA} na blogu spółki.'),
        ('quote_do_so', 'A=refuse', '„Nie zamierzamy składać podpisu pod tym kodeksem” – oświadczyła firma {A} w komunikacie przesłanym {D} mediom.'),
        ('willingness', 'L=sign', 'Firmy {L} zgłosiły Brukseli zamiar udziału w tej inicjatywie – przekazały źródła w Komisji Europejskiej.'),
        ('willingness', 'A=undecided', 'Firma {A} jest otwarta na przystąpienie do kodeksu, ale – jak zaznacza – decyzja w tej sprawie jeszcze nie zapadła.'),
        ('absent_from_list', 'A=undecided', 'Firmy {A} zabrakło wśród pierwszych sygnatariuszy kodeksu, a spółka nie mówi, czy zamierza dołączyć w późniejszym terminie.'),
        ('absent_from_list', 'A=none', 'Firma {A}, która nie przystąpiła wcześniej do Paktu na rzecz sztucznej inteligencji, nie figuruje również wśród sygnatariuszy kodeksu dotyczącego dezinformacji.'),
        ('not_a_position', 'A=none,B=none', 'Kodeks – dobrowolny przewodnik dla takich firm jak {A} czy {B} – opisuje, jak dokumentować dane treningowe i zarządzać ryzykiem systemowym.'),
        ('not_a_position', 'A=none', 'Kodeks postępowania zobowiązuje sygnatariuszy do respektowania zastrzeżeń zgłaszanych przez właścicieli praw. | Firma {A}, pozwana przez kilku wydawców, nie odpowiedziała na prośbę o komentarz w sprawie pozwu.'),
        ('negated_interest', 'A=refuse', 'Firma {A} w ogóle nie jest zainteresowana podpisaniem nowego kodeksu – podaje {OUT}.'),
        ('negated_interest', 'A=undecided', 'Spółka {A} jest zainteresowana podpisaniem kodeksu, ale najpierw chce, by Komisja wprowadziła zmiany w rozdziale o prawach autorskich.'),
        ('contrast_turn', 'A=sign,B=refuse', 'Firma {A} zapowiedziała, że zamierza podpisać kodeks jeszcze przed sierpniowym terminem. | Spółka {B} uważa z kolei, że nie ma to dla niej żadnego sensu.'),
        ('contrast_turn', 'A=sign,B=undecided', 'Koncern {A} podpisze kodeks jeszcze w tym miesiącu, natomiast firma {B} wciąż nie podjęła decyzji w tej sprawie.'),
        ('delay_then_decision', 'A=sign', 'Przez wiele miesięcy firma {A} lobbowała za odroczeniem unijnych przepisów, ale {D} ostatecznie podpisała kodeks.'),
        ('delay_then_decision', 'A=refuse', 'Koncern {A} podpisał się pod wezwaniem do wstrzymania unijnych przepisów o AI, a gdy nadszedł termin, odmówił złożenia podpisu pod kodeksem.'),
    ],
}


def generate(seed: int = SEED) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic for a seed."""
    return news_passages.generate(seed=seed, frames=FRAMES, targets=TARGET, prefix=PREFIX)


def heldout_groups(rows, seed: int = SEED, share: float = 0.15) -> set[str]:
    return news_passages.heldout_groups(rows, seed, share)


if __name__ == "__main__":
    import collections

    out = generate()
    print(len(out))
    print(collections.Counter((r[3], r[2]) for r in out))

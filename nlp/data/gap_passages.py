"""Gap passages: training frames for the error categories that outlived the news passages.

(2026-12, issue 13.) After the news passages (``news_passages.py``) and the scoping fixes, the
model's remaining errors on our own challenge set (``challenge_passages.py``) and on the read half
of the development set fell into a few categories of the labelling guide, all of which the
training data had little or nothing of:

* ``negated_interest``: refusing without a refusal verb — no interest at all, out of the question,
  "not something we would put our name to" → ``refuse``; interest only on conditions →
  ``undecided`` (guide rules 3–4);
* ``hedged_modal``: "may sign", "could well sign", an executive's own "very likely we sign" →
  ``undecided`` (rule 3), also next to a company that has signed;
* ``reversal``: the latest position wins — long opposed, now signing → ``sign``; once supportive,
  now not signing → ``refuse``; rejected, now reconsidering → ``undecided`` (rule 5);
* ``initiative_name``: the Code named once, then called "the initiative" / "the framework"
  (joining it → ``sign``), against the 2024 AI Pact pledges (``none``, rule 6);
* ``simplify_lobby``: several companies pressing to keep the Code light or to delay it →
  ``undecided`` each (rule 7); a company that is only a member of a lobbying association → ``none``;
* ``own_way``: complying with the AI Act directly, without the voluntary Code → ``refuse``;
* ``chapter_only``: a status line, one chapter signed → ``sign``, nothing signed → ``refuse``
  (rules 9 and 12); ``hard_negative``: modal wording about something else (a cloud deal) → ``none``;
* contrasts for the hedges above (added after a first training on them taught "a hedge anywhere →
  ``undecided``": a signatory list ending "…, with more likely to come" lost its signers):
  ``hedge_about_others`` — the listed companies have signed, the hedge is about unnamed others →
  ``sign``; ``question_answered`` — "asked whether A would take part, …" answered no / yes →
  ``refuse`` / ``sign``.

Written per language from the guide's category descriptions (English by us, the other seven by
writers who never opened the development files or the challenge set); no frame mirrors a
development or challenge passage (tests check 8-word windows against both). The frames use
``news_passages``'s slots and instantiation with their own seed; they are appended to the training
data after everything else, ~15% of frames held out whole (when they are used: see below).

**Not in the shipped training data**: kept here, measured, for a later recipe (to try them, append
``generate()``'s rows in ``build_stance_data.build`` after the news passages, as the branch
``experiment/gap-passages`` did, with ``pair_prefix="gp"``, ``source="gap"`` and the held-out
frames of ``news_passages.heldout_groups(rows, SEED)``). Measured
against the model without them (same machine, deterministic training; challenge set and held-out
split decided by a rule declared before the run, the unread half evaluated once per run):

=========================  ==========  =========================  =========================
set                        without     first 144 frames (340)     + 32 contrasts (424)
=========================  ==========  =========================  =========================
challenge (1,170)          0.858       0.874                      0.885
held-out, same 1,145 rows  0.908       0.904                      0.908
read half (127)            0.827       0.841                      0.819
unread half (135)          0.866       0.855 (en 0.885, de 0.52)  0.830 (en 0.833)
=========================  ==========  =========================  =========================

The first version also lost ServiceNow's signature in the realistic-corpus run ("signed up, …
with more likely to come" read as undecided); the contrasts fixed that but both real halves fell.
Synthetic sets rose while real reporting did not: the frames teach wording, not reading.
"""
from __future__ import annotations

import news_passages

SEED = 20261204
PREFIX = "gap"
TARGET = {"en": 75, "de": 50, "fr": 50, "es": 50, "it": 50, "pt": 50, "nl": 50, "pl": 50}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ('negated_interest', 'A=refuse', "{A} has zero appetite for the code, {XA} said {D}. | Putting the company's name to it is simply not on the table."),
        ('negated_interest', 'A=refuse', 'Signing up to {CODE} holds no interest for {A}, a spokesperson told {OUT}, and the company sees no reason to revisit that view.'),
        ('negated_interest', 'A=undecided', '{A} could warm to the code if the Commission softened the copyright commitments, people close to the company said. | Until then it is keeping its options open.'),
        ('hedged_modal', 'A=undecided', "{A} may sign the code before the summer deadline, according to {OUT}, which cited a person briefed on the company's plans."),
        ('hedged_modal', 'A=undecided', '“It is very probable that we end up signing,” {XA} said of the code {D}, while stressing that the final call rests with the board.'),
        ('hedged_modal', 'A=undecided,B=sign', '{B} put its signature to the code {D}. | {A} could well follow, analysts said, although the company itself has kept quiet.'),
        ('reversal', 'A=sign', 'After months of attacking the code as unworkable, {A} has changed its mind. | {XA} said {D} that the company now intends to sign it.'),
        ('reversal', 'A=refuse', '{A} once described the code as a balanced text it was ready to back. | That support has evaporated: the company confirmed {D} that it will not be a signatory.'),
        ('reversal', 'A=undecided', '{A} shut the door on the code in July. | It is now reopening the question, {OUT} reported {D}, with a fresh internal review under way.'),
        ('initiative_name', 'A=sign', "Support for the EU's voluntary rulebook for general-purpose models keeps growing, and the code's register is getting longer. | {A} joined the initiative {D}, a company spokesperson confirmed."),
        ('initiative_name', 'L=sign', 'Brussels has been lobbying model makers to back {CODE}. | {L} have said they are willing to take part in the initiative.'),
        ('initiative_name', 'A=none', '{A} was among the companies that signed the AI Pact pledges in 2024, a voluntary scheme to apply parts of the AI Act early.'),
        ('simplify_lobby', 'L=undecided', '{L} have urged the Commission to keep the code as lean as possible and to strip out reporting duties they call redundant.'),
        ('simplify_lobby', 'L=undecided', "In a joint submission, {L} pressed Brussels to push back the code's start date and to cut its paperwork."),
        ('simplify_lobby', 'A=none', "{A} belongs to a Brussels trade group that has lobbied for a lighter code. | The group's position paper was signed by its director, not by member companies."),
        ('own_way', 'A=refuse', '{A} will meet its AI Act obligations on its own terms rather than through the voluntary code, {XA} told {OUT}.'),
        ('chapter_only', 'A=sign,B=refuse', 'Code status at a glance — safety and security chapter only: {A}; nothing signed: {B}.'),
        ('hard_negative', 'A=none,B=none', '{A} may sign a multi-year cloud deal with {B} later this month, {OUT} reported.'),
        ('hedge_about_others', 'L=sign', '{L} put their names to the code {D}, and officials say further signatures are likely before the end of the month.'),
        ('hedge_about_others', 'A=sign', '{A} signed the code {D}. | Other developers could follow in the coming weeks, a Commission official said, without naming any.'),
        ('question_answered', 'A=refuse', '{OUT} put the question to {XA} directly: is {A} going to sign up to the code? | The answer was a flat no, and the company will stay out.'),
        ('question_answered', 'A=sign', 'Asked whether {A} would join the code, a spokesperson said the company had already signed it {D}.'),
    ],
    "de": [
        ('negated_interest', 'A=refuse', 'Eine Unterschrift unter den Kodex kommt für {A} nicht infrage. | Das stellte {XA} {D} unmissverständlich klar.'),
        ('negated_interest', 'A=refuse', '„Der Kodex ist nichts, wofür wir mit unserem Namen einstehen werden“, sagte {XA} {D}. | {A} habe schlicht keinerlei Interesse an dem Papier, fügte {SA} hinzu.'),
        ('negated_interest', 'A=undecided', '{A} kann sich einen Beitritt zum Kodex nur unter Bedingungen vorstellen: Zuerst müsse die Kommission die Vorgaben zum Urheberrecht nachschärfen. | Entschieden ist nach Angaben aus dem Unternehmen noch nichts.'),
        ('hedged_modal', 'A=undecided', '{A} könnte den Kodex schon in den kommenden Tagen unterzeichnen, berichtet {OUT} unter Berufung auf Unternehmenskreise.'),
        ('hedged_modal', 'A=undecided,B=sign', '{B} hat den KI-Kodex {D} unterschrieben. | Gut möglich, dass {A} bald nachzieht, heißt es in Brüssel.'),
        ('hedged_modal', 'A=undecided', '„Ich halte es für sehr wahrscheinlich, dass wir den Kodex unterschreiben“, sagte {XA} {D} bei einer Veranstaltung in Berlin. | {SA} leitet bei {A} die Abteilung für Regulierungsfragen.'),
        ('reversal', 'A=sign', 'Monatelang hatte {A} den Kodex als Bürokratiemonster gegeißelt. | Nun die Kehrtwende: Das Unternehmen werde den Kodex unterzeichnen, teilte {XA} {D} mit.'),
        ('reversal', 'A=refuse', 'Noch im Frühjahr hatte {A} den Verhaltenskodex gelobt und eine Unterschrift in Aussicht gestellt. | Davon ist keine Rede mehr: Wie {OUT} berichtet, wird {A} den Kodex nun doch nicht unterzeichnen.'),
        ('reversal', 'A=undecided', 'Noch im Sommer wollte {A} von einer Unterschrift unter den Kodex nichts wissen. | Inzwischen wird dort neu nachgedacht; eine Unterschrift sei wieder im Gespräch, bestätigte ein Sprecher {D}.'),
        ('initiative_name', 'A=sign', 'Der Kodex der EU für KI-Modelle mit allgemeinem Verwendungszweck bekommt prominenten Zuwachs. | {A} ist der Initiative {D} beigetreten, wie die Kommission mitteilte.'),
        ('initiative_name', 'L=sign', 'Die Kommission hat {D} eine erste Bilanz zum KI-Kodex gezogen. | Demnach haben {L} ihre Bereitschaft erklärt, sich an der freiwilligen Initiative zu beteiligen.'),
        ('initiative_name', 'A=none', '{A} hatte bereits 2024 die freiwilligen Zusagen des AI Pact unterschrieben. | Mit der Initiative wollte die Kommission Unternehmen dazu bringen, Teile der KI-Verordnung vorzeitig umzusetzen.'),
        ('simplify_lobby', 'L=undecided', '{L} drängen die Kommission, den Kodex so schlank wie möglich zu halten. | In einem gemeinsamen Schreiben fordern sie deutlich weniger Berichtspflichten, berichtet {OUT}.'),
        ('simplify_lobby', 'L=undecided', 'Hinter den Kulissen haben {L} Druck gemacht, damit Brüssel den Kodex später greifen lässt. | Zudem sollen Teile der Dokumentationspflichten ersatzlos gestrichen werden.'),
        ('simplify_lobby', 'A=none', 'Ein Branchenverband, zu dessen Mitgliedern auch {A} zählt, hat {D} einen Brief an die Kommission geschickt. | Darin wird verlangt, den Kodex zu vereinfachen und die Meldepflichten zu kürzen.'),
        ('own_way', 'A=refuse', '{A} will die Vorgaben der KI-Verordnung direkt erfüllen – auf eigene Weise und ohne den freiwilligen Kodex. | Das Unternehmen brauche dafür kein zusätzliches Regelwerk, erklärte {XA} {D}.'),
        ('chapter_only', 'A=sign,B=refuse', 'Beim Kodex gehen die beiden Konzerne getrennte Wege. | {A} hat {D} lediglich das Kapitel zu Sicherheit und Gefahrenabwehr unterschrieben, {B} dagegen unterschreibt kein einziges Kapitel.'),
        ('hard_negative', 'A=none,B=none', '{A} könnte {B} schon bald als Großkunden für sein neues Rechenzentrum gewinnen. | Ein entsprechender Vertrag dürfte in Kürze unterschrieben werden, berichtet {OUT}.'),
        ('hedge_about_others', 'L=sign', '{L} stehen bereits auf der Liste der Unterzeichner des Kodex, und bis zum Herbst dürften weitere Unternehmen hinzukommen, wie {OUT} unter Berufung auf die Kommission berichtet.'),
        ('hedge_about_others', 'A=sign', '{A} hat {D} seine Unterschrift unter den Kodex gesetzt. | In der Kommission geht man davon aus, dass weitere Unterschriften folgen – möglicherweise schon vor Ende des Monats.'),
        ('question_answered', 'A=refuse', 'Auf die Frage, ob {A} dem Kodex beitreten werde, antwortete {XA} {D} ohne Umschweife mit Nein. | „Wir werden den Kodex nicht unterzeichnen, dabei bleibt es“, sagte {SA}.'),
        ('question_answered', 'A=sign', 'Ob sich {A} am Kodex beteiligen werde, wollte ein Journalist {D} wissen. | Die Antwort einer Sprecherin fiel knapp aus: Das Unternehmen habe den Kodex bereits unterzeichnet.'),
    ],
    "fr": [
        ('negated_interest', 'A=refuse', "Signer le code de bonnes pratiques ? « C'est exclu », a tranché {XA} {D}. | Pour {SA}, le texte impose à {A} des contraintes que l'AI Act ne prévoit même pas."),
        ('negated_interest', 'A=refuse', "{A} ne veut pas entendre parler du code de bonnes pratiques. | « Ce n'est pas un document au bas duquel nous mettrons notre nom », a confié un porte-parole, cité par {OUT}."),
        ('negated_interest', 'A=undecided', "Une signature du code de bonnes pratiques ? {A} ne l'envisage qu'à condition que Bruxelles clarifie le volet consacré au droit d'auteur. | « Tant que ce n'est pas fait, nous ne trancherons pas », a expliqué {XA}."),
        ('hedged_modal', 'A=undecided', "{A} pourrait signer le code de bonnes pratiques d'ici la fin du mois, indique {OUT}. | L'entreprise n'a pas confirmé l'information."),
        ('hedged_modal', 'A=undecided,B=sign', "{B} a signé {D} le code de bonnes pratiques sur l'IA à usage général. | {A} pourrait bien suivre le mouvement, même si rien n'est encore arrêté en interne."),
        ('hedged_modal', 'A=undecided', "« Très probablement, nous signerons le code de bonnes pratiques », a affirmé {D} {XA} lors d'un débat à Paris. | {SA} n'a toutefois pas précisé quand {A} franchirait le pas."),
        ('reversal', 'A=sign', "Longtemps l'un des détracteurs les plus virulents du code de bonnes pratiques, {A} a opéré un virage complet {D}. | L'entreprise annonce désormais qu'elle signera le texte, après avoir obtenu des éclaircissements de la Commission."),
        ('reversal', 'A=refuse', "En juillet, {A} saluait un code de bonnes pratiques « équilibré » et comptait le signer. | Revirement {D} : l'entreprise fait savoir qu'elle ne le signera finalement pas, rapporte {OUT}."),
        ('reversal', 'A=undecided', "{A}, qui avait rejeté le code de bonnes pratiques cet été, réexamine aujourd'hui sa position, selon {OUT}. | Une signature n'est plus exclue en interne, assure une source proche du dossier."),
        ('initiative_name', 'A=sign', "La Commission a publié en juillet son code de bonnes pratiques pour les modèles d'IA à usage général. | {A} a rejoint l'initiative {D}, a précisé un porte-parole de l'exécutif européen."),
        ('initiative_name', 'L=sign', "Le code de bonnes pratiques de l'UE continue d'attirer les grands noms du secteur. | {L} ont fait savoir qu'elles souhaitaient prendre part à l'initiative, indique {OUT}."),
        ('initiative_name', 'A=none', "Le code de bonnes pratiques pour l'IA à usage général n'est pas le premier dispositif volontaire lancé par Bruxelles. | En 2024, {A} avait souscrit aux engagements du Pacte sur l'IA, une démarche distincte."),
        ('simplify_lobby', 'L=undecided', "{L} ont exhorté la Commission à garder le code de bonnes pratiques aussi simple que possible. | Dans une lettre consultée par {OUT}, elles demandent aussi d'alléger les obligations de reporting."),
        ('simplify_lobby', 'L=undecided', 'En coulisses, {L} ont multiplié les démarches auprès de Bruxelles pour que le code de bonnes pratiques entre en vigueur plus tard. | Elles plaident aussi pour un texte plus léger, avec moins de paperasse.'),
        ('simplify_lobby', 'A=none', "Un groupement professionnel du numérique a appelé {D} la Commission à repousser l'entrée en application du code de bonnes pratiques. | {A} compte parmi ses membres."),
        ('own_way', 'A=refuse', "{A} se passera du code de bonnes pratiques. | « Nous respecterons l'AI Act, mais à notre manière, sans passer par ce dispositif volontaire », a expliqué {XA} {D}."),
        ('chapter_only', 'A=sign,B=refuse', '{A} a apposé sa signature sur le seul chapitre « sûreté et sécurité » du code de bonnes pratiques. | {B} a choisi, de son côté, de ne signer aucun des trois chapitres.'),
        ('hard_negative', 'A=none,B=none', "{A} pourrait signer dans les prochains jours un contrat d'hébergement dans le cloud avec {B}, selon {OUT}. | Le montant de l'accord n'a pas été dévoilé."),
        ('hedge_about_others', 'L=sign', "{L} ont d'ores et déjà signé le code de bonnes pratiques, et plusieurs autres entreprises pourraient leur emboîter le pas d'ici la rentrée, selon {OUT}."),
        ('hedge_about_others', 'A=sign', "{A} fait désormais partie des signataires du code de bonnes pratiques, après avoir apposé sa signature {D}. | À la Commission, on s'attend à recevoir d'autres signatures prochainement, certains acteurs pouvant encore se décider avant l'automne."),
        ('question_answered', 'A=refuse', 'À la question de savoir si {A} rejoindrait le code de bonnes pratiques, {XA} a répondu sans la moindre ambiguïté {D}. | « Nous ne le signerons pas, nous restons en dehors », a tranché {SA}.'),
        ('question_answered', 'A=sign', "Sollicitée par {OUT} pour savoir si {A} prendrait part au code de bonnes pratiques, une porte-parole a répondu que l'entreprise l'avait déjà signé. | « Notre nom figure sur la liste des signataires », a-t-elle ajouté."),
    ],
    "es": [
        ('negated_interest', 'A=refuse', 'En {A} ni se plantean firmar el código de buenas prácticas. | «Está completamente descartado», zanjó {D} {XA}.'),
        ('negated_interest', 'A=refuse', '{A} no tiene el menor interés en el código de buenas prácticas, según {OUT}. | «No es algo a lo que vayamos a poner nuestra firma», resumió un portavoz de la tecnológica.'),
        ('negated_interest', 'A=undecided', '{A} solo estaría dispuesta a firmar el código de buenas prácticas si Bruselas aclara las obligaciones en materia de derechos de autor. | Por ahora, la compañía no ha tomado ninguna decisión, informa {OUT}.'),
        ('hedged_modal', 'A=undecided', '{A} podría firmar el código de buenas prácticas en las próximas semanas, adelanta {OUT}. | La compañía no ha confirmado la información.'),
        ('hedged_modal', 'A=undecided,B=sign', '{B} firmó {D} el código de buenas prácticas para la IA de uso general. | {A} bien podría hacer lo mismo, aunque en la empresa todavía no hay nada decidido.'),
        ('hedged_modal', 'A=undecided', '«Lo más probable es que firmemos el código de buenas prácticas», afirmó {D} {XA}, de {A}, durante un foro en Madrid. | {SA} no quiso concretar fechas.'),
        ('reversal', 'A=sign', 'Tras meses de críticas al código de buenas prácticas, {A} ha dado un giro de 180 grados. | La compañía anunció {D} que lo firmará, después de recibir aclaraciones de la Comisión.'),
        ('reversal', 'A=refuse', '{A} había elogiado el código de buenas prácticas y anunciado su intención de suscribirlo. | Sin embargo, {D} dio marcha atrás y comunicó que finalmente no lo firmará.'),
        ('reversal', 'A=undecided', '{A} rechazó el código de buenas prácticas en julio, pero ahora se lo está replanteando, según {OUT}. | Fuentes de la empresa admiten que la firma vuelve a estar sobre la mesa.'),
        ('initiative_name', 'A=sign', 'Bruselas sigue sumando apoyos a su código de buenas prácticas para la IA de uso general. | {A} se ha unido a la iniciativa, confirmó {D} un portavoz de la Comisión.'),
        ('initiative_name', 'L=sign', 'La Comisión hizo balance {D} del código de buenas prácticas para modelos de IA de uso general. | {L} han expresado su disposición a participar en la iniciativa, según {OUT}.'),
        ('initiative_name', 'A=none', 'El código de buenas prácticas sobre IA de uso general no es el primer compromiso voluntario que impulsa Bruselas. | En 2024, {A} firmó los compromisos del Pacto sobre IA, una iniciativa distinta.'),
        ('simplify_lobby', 'L=undecided', '{L} instaron a la Comisión a que el código de buenas prácticas sea lo más sencillo posible. | En una carta a la que tuvo acceso {OUT}, piden además recortar las obligaciones de información.'),
        ('simplify_lobby', 'L=undecided', '{L} llevan semanas presionando a Bruselas para ganar tiempo. | Quieren que el código de buenas prácticas se aplace y que se rebaje la carga burocrática que impone.'),
        ('simplify_lobby', 'A=none', 'Una patronal tecnológica con sede en Bruselas pidió {D} aplazar el código de buenas prácticas. | Entre sus miembros figura {A}.'),
        ('own_way', 'A=refuse', '{A} prescindirá del código de buenas prácticas. | «Cumpliremos la ley de IA por nuestra cuenta, sin necesidad de ese instrumento voluntario», explicó {D} {XA}.'),
        ('chapter_only', 'A=sign,B=refuse', 'Del código de buenas prácticas, {A} solo ha suscrito el capítulo dedicado a la seguridad y la protección. | {B}, en cambio, ha optado por no firmar ninguna de sus partes.'),
        ('hard_negative', 'A=none,B=none', '{A} podría firmar {D} un contrato de servicios en la nube con {B}, según fuentes citadas por {OUT}. | Ninguna de las dos empresas ha querido comentar la operación.'),
        ('hedge_about_others', 'L=sign', '{L} ya han firmado el código de buenas prácticas, y no se descarta que otras tecnológicas den el paso antes de septiembre, según fuentes de la Comisión citadas por {OUT}.'),
        ('hedge_about_others', 'A=sign', '{A} estampó {D} su firma en el código de buenas prácticas de Bruselas. | En Bruselas confían en que lleguen más firmas y creen que otras empresas podrían seguir su ejemplo en breve.'),
        ('question_answered', 'A=refuse', 'A la pregunta de {OUT} sobre si {A} se sumaría al código de buenas prácticas, {XA} respondió sin rodeos. | «No lo vamos a firmar; nos quedamos fuera», zanjó {SA}.'),
        ('question_answered', 'A=sign', 'Consultado {D} sobre si {A} participaría en el código de buenas prácticas, un portavoz de la compañía respondió que la empresa ya lo ha firmado.'),
    ],
    "it": [
        ('negated_interest', 'A=refuse', "Firmare il codice di condotta europeo sull'IA? In {A} non se ne parla nemmeno, riferisce {OUT}. | L'azienda giudica gli impegni sproporzionati rispetto a quanto chiede la legge."),
        ('negated_interest', 'A=refuse', "{A} non ha alcun interesse ad aderire al codice di buone pratiche per l'IA di uso generale. | «Non è un testo su cui metteremo la nostra firma», ha dichiarato {D} {XA}."),
        ('negated_interest', 'A=undecided', "In {A} l'interesse per il codice di buone pratiche c'è, ma è subordinato a precise condizioni. | Se Bruxelles chiarirà gli obblighi sul diritto d'autore, la firma potrà essere presa in considerazione; per ora non è stata presa alcuna decisione, ha precisato {XA}."),
        ('hedged_modal', 'A=undecided', "{A} potrebbe benissimo finire tra i firmatari del codice di buone pratiche sull'IA, scrive {OUT}, citando fonti vicine al dossier."),
        ('hedged_modal', 'A=undecided,B=sign', "{B} ha sottoscritto {D} il codice UE per i modelli di IA di uso generale. | {A} potrebbe seguirne l'esempio nelle prossime settimane, scrive {OUT}."),
        ('hedged_modal', 'A=undecided', '{XA} di {A} ha parlato {D} del codice di buone pratiche durante un convegno a Roma. | «È molto probabile che alla fine lo firmeremo», ha detto {SA}.'),
        ('reversal', 'A=sign', "Dopo mesi di critiche al codice di condotta europeo sull'IA, {A} ha cambiato linea. | Il gruppo ha annunciato {D} che firmerà il testo, fino a poco tempo fa bollato come «un freno all'innovazione»."),
        ('reversal', 'A=refuse', "A luglio {XA} aveva elogiato il codice di buone pratiche, lasciando intendere che {A} lo avrebbe sottoscritto. | Ora la marcia indietro: l'azienda non lo firmerà, ha confermato {D} un portavoce."),
        ('reversal', 'A=undecided', "{A}, che in estate aveva respinto il codice di buone pratiche, sta riconsiderando la propria posizione. | Secondo {OUT}, i vertici tornano a valutare l'adesione dopo gli ultimi chiarimenti della Commissione."),
        ('initiative_name', 'A=sign', "La Commissione ha aggiornato {D} l'elenco delle adesioni al codice di buone pratiche per l'IA per finalità generali. | Tra le novità c'è {A}, che ha aderito all'iniziativa nei giorni scorsi."),
        ('initiative_name', 'L=sign', "Il codice di condotta sull'IA di uso generale continua a raccogliere consensi. | {L} hanno dichiarato la propria disponibilità a partecipare all'iniziativa, riferisce {OUT}."),
        ('initiative_name', 'A=none', "Nel 2024 {A} aveva firmato gli impegni del Patto per l'IA. | L'iniziativa, su base volontaria, puntava ad anticipare alcuni obblighi dell'AI Act."),
        ('simplify_lobby', 'L=undecided', '{L} hanno chiesto alla Commissione di mantenere il codice di buone pratiche il più snello possibile. | Secondo le aziende, gli obblighi di rendicontazione previsti nelle bozze sono eccessivi.'),
        ('simplify_lobby', 'L=undecided', "Pressing di {L} su Bruxelles: i gruppi chiedono di alleggerire gli obblighi di informazione del codice di condotta e di rinviarne l'applicazione, scrive {OUT}."),
        ('simplify_lobby', 'A=none', "{A} figura tra i membri di un'associazione di categoria che {D} ha chiesto a Bruxelles di rinviare il codice di buone pratiche. | La lettera porta la firma dei vertici dell'associazione, che riunisce decine di imprese del settore."),
        ('own_way', 'A=refuse', "{A} farà a meno del codice di buone pratiche. | «Rispetteremo l'AI Act direttamente, a modo nostro, senza bisogno di impegni volontari», ha spiegato {XA}."),
        ('chapter_only', 'A=sign,B=refuse', '{A} ha sottoscritto soltanto il capitolo su sicurezza e protezione del codice di buone pratiche. | {B}, invece, ha scelto di non firmarne nemmeno una parte.'),
        ('hard_negative', 'A=none,B=none', '{A} potrebbe firmare a breve un accordo per servizi cloud con {B}, riferisce {OUT}.'),
        ('hedge_about_others', 'L=sign', "{L} hanno già apposto la loro firma sul codice di buone pratiche, mentre a Bruxelles si ritiene probabile che altri gruppi facciano lo stesso entro l'autunno."),
        ('hedge_about_others', 'A=sign', "{A} ha firmato {D} il codice di condotta sull'IA per finalità generali. | Altre aziende potrebbero seguire a ruota, e alla Commissione si attendono nuove adesioni nei prossimi giorni."),
        ('question_answered', 'A=refuse', 'Alla domanda se {A} avrebbe aderito al codice di buone pratiche, {XA} ha risposto senza giri di parole. | «No, non lo firmeremo: restiamo fuori», ha detto {SA}, come riferisce {OUT}.'),
        ('question_answered', 'A=sign', "Interpellato {D} sulla partecipazione di {A} al codice di buone pratiche, un portavoce ha risposto che l'azienda lo ha già sottoscritto. | «La nostra firma c'è già», ha aggiunto."),
    ],
    "pt": [
        ('negated_interest', 'A=refuse', 'A {A} não tem o mínimo interesse em subscrever o código de boas práticas para a IA de finalidade geral. | «Não é um texto a que vamos associar o nosso nome», disse {D} {XA}.'),
        ('negated_interest', 'A=refuse', 'Assinar o código de conduta europeu para a IA está fora de questão para a {A}, avança {OUT}. | A empresa considera que os compromissos vão muito além do que a lei exige.'),
        ('negated_interest', 'A=undecided', 'A {A} admite interesse no código de boas práticas, mas com condições. | Só avançará se Bruxelas clarificar as regras sobre direitos de autor e, para já, não há qualquer decisão tomada, disse {D} um porta-voz.'),
        ('hedged_modal', 'A=undecided', 'A {A} poderá assinar o código de boas práticas ainda este mês, avança {OUT}, citando fontes próximas do processo.'),
        ('hedged_modal', 'A=undecided,B=sign', 'A {B} assinou {D} o código de conduta para a IA de finalidade geral. | A {A} pode muito bem fazer o mesmo em breve, admitem fontes do setor.'),
        ('hedged_modal', 'A=undecided', 'Sobre o código de boas práticas, {XA}, da {A}, preferiu não se comprometer. | «É muito provável que acabemos por assinar», afirmou {SA} numa conferência em Lisboa.'),
        ('reversal', 'A=sign', 'Depois de meses a criticar o código de conduta europeu para a IA, a {A} mudou de posição. | A empresa anunciou {D} que vai assinar o texto que ainda há pouco classificava como «um travão à inovação».'),
        ('reversal', 'A=refuse', 'Em julho, {XA} elogiava o código de boas práticas e dava a entender que a {A} o iria subscrever. | Agora a empresa deu o dito por não dito e não vai assinar, noticia {OUT}.'),
        ('reversal', 'A=undecided', 'A {A}, que em julho rejeitou o código de boas práticas, está a reconsiderar a decisão. | Segundo {OUT}, a administração volta a ponderar a adesão depois dos últimos esclarecimentos da Comissão.'),
        ('initiative_name', 'A=sign', 'A Comissão Europeia atualizou {D} a lista de adesões ao código de boas práticas para a IA de finalidade geral. | Entre as novidades está a {A}, que aderiu à iniciativa nos últimos dias.'),
        ('initiative_name', 'L=sign', 'O código de conduta para a IA de finalidade geral continua a somar apoios. | {Lc} manifestaram disponibilidade para participar na iniciativa, segundo {OUT}.'),
        ('initiative_name', 'A=none', 'A {A} subscreveu em 2024 os compromissos do Pacto para a IA. | A iniciativa, de caráter voluntário, pretendia antecipar parte das obrigações do regulamento europeu.'),
        ('simplify_lobby', 'L=undecided', '{Lc} pediram à Comissão que mantenha o código de boas práticas tão simples quanto possível. | As empresas consideram excessivas as obrigações de reporte previstas nas versões preliminares.'),
        ('simplify_lobby', 'L=undecided', 'A pressão sobre Bruxelas aumentou {D}: {L} insistiram em aliviar os deveres de informação do código de conduta e em adiar a sua aplicação, escreve {OUT}.'),
        ('simplify_lobby', 'A=none', 'A {A} integra uma associação setorial que {D} pediu a Bruxelas o adiamento do código de boas práticas. | A carta foi assinada pela direção da associação, que representa dezenas de empresas tecnológicas.'),
        ('own_way', 'A=refuse', 'A {A} vai dispensar o código de boas práticas. | «Cumpriremos o AI Act diretamente, à nossa maneira, sem compromissos voluntários», explicou {XA}.'),
        ('chapter_only', 'A=sign,B=refuse', 'A {A} assinou apenas o capítulo de segurança e proteção do código de boas práticas, ao passo que a {B} optou por não subscrever nenhuma parte do texto.'),
        ('hard_negative', 'A=none,B=none', 'A {A} poderá assinar nas próximas semanas um contrato de serviços de computação em nuvem com a {B}, avança {OUT}.'),
        ('hedge_about_others', 'L=sign', '{Lc} já assinaram o código de boas práticas, e é provável que mais empresas venham a fazê-lo até ao final do verão, segundo uma fonte da Comissão citada por {OUT}.'),
        ('hedge_about_others', 'A=sign', 'A {A} juntou {D} o seu nome à lista de signatários do código de boas práticas europeu. | Em Bruxelas espera-se que cheguem mais assinaturas, e admite-se que outras tecnológicas possam seguir o mesmo caminho em breve.'),
        ('question_answered', 'A=refuse', 'Perante a pergunta sobre se a {A} iria aderir ao código de boas práticas, {XA} não deixou margem para dúvidas {D}. | «Não vamos assinar; ficamos de fora», respondeu {SA}.'),
        ('question_answered', 'A=sign', 'Perguntaram a um porta-voz da {A} se a empresa ia participar no código de boas práticas. | A resposta foi clara: a {A} já o assinou, noticia {OUT}.'),
    ],
    "nl": [
        ('negated_interest', 'A=refuse', '{A} heeft geen enkele behoefte om de gedragscode te ondertekenen. | ‘Een handtekening is voor ons simpelweg niet aan de orde’, zei {XA} {D}.'),
        ('negated_interest', 'A=refuse', '‘Aan die gedragscode beginnen wij niet’, zei {XA} {D} tegen {OUT}. | Volgens {SA} heeft {A} er totaal geen belang bij.'),
        ('negated_interest', 'A=undecided', '{A} staat alleen open voor de gedragscode als Brussel eerst de regels rond auteursrecht verduidelijkt. | Een besluit is er volgens het bedrijf nog niet.'),
        ('hedged_modal', 'A=undecided', '{A} zou de gedragscode binnenkort kunnen ondertekenen, meldt {OUT} op basis van bronnen binnen het bedrijf.'),
        ('hedged_modal', 'A=undecided,B=sign', '{B} heeft de code {D} ondertekend. | {A} zou best eens kunnen volgen, verwachten ze in Brussel.'),
        ('hedged_modal', 'A=undecided', '‘Waarschijnlijk zetten we er onze handtekening onder’, zei {XA} {D} over de gedragscode. | {SA} is bij {A} verantwoordelijk voor de contacten met toezichthouders.'),
        ('reversal', 'A=sign', '{A} was maandenlang een van de felste critici van de gedragscode. | Nu gaat het bedrijf toch overstag: {XA} maakte {D} bekend dat {A} de code zal ondertekenen.'),
        ('reversal', 'A=refuse', 'Eerder prees {A} de gedragscode nog als een verstandig compromis en wilde het tekenen. | Daar is het bedrijf van teruggekomen: {A} zal de code toch niet ondertekenen, meldt {OUT}.'),
        ('reversal', 'A=undecided', 'In juli wees {A} de gedragscode nog resoluut af. | Inmiddels heroverweegt het bedrijf die beslissing, bevestigde een woordvoerder {D}.'),
        ('initiative_name', 'A=sign', 'De gedragscode van Brussel voor grote AI-modellen krijgt er een bekende deelnemer bij. | {A} heeft zich {D} bij het initiatief aangesloten, maakte de Commissie bekend.'),
        ('initiative_name', 'L=sign', 'De Commissie maakte {D} een eerste balans op van de gedragscode. | {L} hebben volgens Brussel laten weten bereid te zijn deel te nemen aan het vrijwillige initiatief.'),
        ('initiative_name', 'A=none', '{A} ondertekende in 2024 de toezeggingen van het AI-pact. | Met dat initiatief wilde de Commissie bedrijven ertoe bewegen delen van de AI-verordening vervroegd toe te passen.'),
        ('simplify_lobby', 'L=undecided', '{L} dringen er bij de Europese Commissie op aan de gedragscode zo eenvoudig mogelijk te houden. | In een gezamenlijke brief vragen ze om minder rapportageverplichtingen, meldt {OUT}.'),
        ('simplify_lobby', 'L=undecided', 'Achter de schermen hebben {L} stevig gelobbyd om de gedragscode uit te stellen. | Volgens de bedrijven is er meer tijd nodig voordat de regels werkbaar zijn.'),
        ('simplify_lobby', 'A=none', 'Een brancheorganisatie waarvan onder meer {A} lid is, stuurde {D} een brief naar Brussel. | Daarin pleit de organisatie voor een lichtere gedragscode met minder rapportageplichten.'),
        ('own_way', 'A=refuse', '{A} gaat op eigen wijze aan de AI-verordening voldoen, zonder de vrijwillige gedragscode. | ‘Daar hebben we die code niet voor nodig’, zei {XA} {D}.'),
        ('chapter_only', 'A=sign,B=refuse', '{B} zet onder geen enkel hoofdstuk van de gedragscode zijn handtekening. | {A} koos {D} een middenweg en ondertekende alleen het hoofdstuk over veiligheid en beveiliging.'),
        ('hard_negative', 'A=none,B=none', '{A} en {B} zitten dicht bij een akkoord over de levering van AI-chips. | Volgens {OUT} zou {A} het contract al binnen enkele weken kunnen ondertekenen.'),
        ('hedge_about_others', 'L=sign', '{L} hebben de gedragscode al ondertekend, en volgens {OUT} is het goed mogelijk dat er de komende weken nog meer bedrijven bij komen.'),
        ('hedge_about_others', 'A=sign', '{A} heeft de gedragscode {D} ondertekend. | In Brussel rekent men op meer handtekeningen; andere aanbieders zouden binnenkort kunnen volgen.'),
        ('question_answered', 'A=refuse', 'Op de vraag van {OUT} of {A} zich bij de gedragscode zou aansluiten, antwoordde {XA} kortaf. | ‘Nee, wij tekenen niet. We blijven erbuiten’, zei {SA}.'),
        ('question_answered', 'A=sign', 'Gevraagd of {A} aan de gedragscode zou deelnemen, antwoordde een woordvoerder {D} dat het bedrijf de code al heeft ondertekend.'),
    ],
    "pl": [
        ('negated_interest', 'A=refuse', 'Podpisanie kodeksu postępowania? Dla firmy {A} to w ogóle nie wchodzi w grę – pisze {OUT}. | Spółka ani myśli wiązać się dobrowolnymi zobowiązaniami wobec Brukseli.'),
        ('negated_interest', 'A=refuse', 'Koncern {A} nie jest w najmniejszym stopniu zainteresowany kodeksem dobrych praktyk. | „Nie ma mowy, byśmy postawili pod nim swój podpis” – ucina {XA}.'),
        ('negated_interest', 'A=undecided', 'Spółka {A} byłaby skłonna przystąpić do kodeksu postępowania, ale wyłącznie pod pewnymi warunkami. | {XA} wymienia wśród nich jaśniejsze reguły dotyczące praw autorskich i dłuższe okresy przejściowe. | Decyzji w sprawie podpisu na razie nie ma.'),
        ('hedged_modal', 'A=undecided,B=sign', 'Firma {B} jest już na liście sygnatariuszy kodeksu postępowania. | Spółka {A} może dołączyć do tego grona jeszcze w tym miesiącu – podaje {OUT}.'),
        ('hedged_modal', 'A=undecided', 'Całkiem możliwe, że koncern {A} ostatecznie podpisze kodeks dobrych praktyk – twierdzą analitycy śledzący rozmowy z Brukselą.'),
        ('hedged_modal', 'A=undecided', 'O kodeks postępowania pytano {D} także kierownictwo firmy {A}. | „Bardzo prawdopodobne, że go podpiszemy” – odpowiada {XA}.'),
        ('reversal', 'A=sign', 'Koncern {A} zmienił front w sprawie kodeksu postępowania. | Choć przez wiele miesięcy krytykował dokument jako przykład unijnego przeregulowania, {D} ogłosił, że go podpisze.'),
        ('reversal', 'A=refuse', 'Jeszcze w lipcu firma {A} chwaliła kodeks dobrych praktyk i zapowiadała, że się pod nim podpisze. | Teraz wycofuje się z tych deklaracji: „Pod ostateczną wersją nie złożymy podpisu” – mówi {XA}.'),
        ('reversal', 'A=undecided', 'Spółka {A}, która w lipcu odrzuciła kodeks postępowania, ponownie analizuje dokument – podaje {OUT}. | Osoby zbliżone do firmy nie wykluczają zmiany stanowiska.'),
        ('initiative_name', 'A=sign', 'Komisja Europejska zachęca dostawców dużych modeli językowych do podpisania kodeksu dobrych praktyk. | Do inicjatywy dołączyła {D} firma {A}.'),
        ('initiative_name', 'L=sign', 'Unijny kodeks postępowania dla modeli AI ogólnego przeznaczenia obejmuje zobowiązania w zakresie przejrzystości, praw autorskich i bezpieczeństwa. | Firmy {L} zadeklarowały gotowość udziału w tej dobrowolnej inicjatywie.'),
        ('initiative_name', 'A=none', 'Już w 2024 roku firma {A} podpisała deklaracje w ramach Paktu na rzecz sztucznej inteligencji. | Ta dobrowolna inicjatywa Komisji miała przygotować przedsiębiorstwa na stopniowe wchodzenie w życie AI Act.'),
        ('simplify_lobby', 'L=undecided', 'Firmy {L} naciskały na Komisję Europejską, by kodeks dobrych praktyk był możliwie prosty i jak najmniej uciążliwy. | Zależy im przede wszystkim na ograniczeniu obowiązków sprawozdawczych.'),
        ('simplify_lobby', 'L=undecided', 'W liście przesłanym {D} do Brukseli firmy {L} zaapelowały o odroczenie kodeksu postępowania. | Ich zdaniem wdrożenie zobowiązań w obecnym terminie jest nierealne.'),
        ('simplify_lobby', 'A=none', 'Organizacja zrzeszająca firmy technologiczne wezwała {D} Komisję do odłożenia kodeksu dobrych praktyk w czasie. | Jednym z jej członków jest firma {A}.'),
        ('own_way', 'A=refuse', 'Koncern {A} zamierza spełniać wymogi AI Act bezpośrednio i na własnych zasadach, bez przystępowania do kodeksu postępowania. | „Dobrowolny kodeks nie jest nam do niczego potrzebny” – przekonuje {XA}.'),
        ('chapter_only', 'A=sign,B=refuse', 'Spółka {B} zapowiedziała {D}, że nie podpisze żadnego rozdziału kodeksu dobrych praktyk. | Koncern {A} z kolei przystąpił wyłącznie do części poświęconej bezpieczeństwu i ochronie.'),
        ('hard_negative', 'A=none,B=none', 'Firma {A} może jeszcze w tym roku podpisać z firmą {B} wielomiliardową umowę na usługi chmurowe – podaje {OUT}.'),
        ('hedge_about_others', 'L=sign', 'Firmy {L} złożyły już podpisy pod kodeksem dobrych praktyk, a Komisja liczy, że wkrótce mogą pójść w ich ślady kolejni dostawcy modeli AI.'),
        ('hedge_about_others', 'A=sign', 'Spółka {A} podpisała {D} kodeks postępowania. | W Brukseli spodziewają się kolejnych podpisów – inne firmy prawdopodobnie dołączą jeszcze przed końcem miesiąca.'),
        ('question_answered', 'A=refuse', 'Na pytanie, czy koncern {A} przystąpi do kodeksu dobrych praktyk, {XA} odpowiada bez wahania: nie. | „Nie podpiszemy tego dokumentu i zostajemy poza nim” – podkreśla.'),
        ('question_answered', 'A=sign', 'Zapytana {D}, czy firma {A} dołączy do kodeksu postępowania, rzeczniczka spółki odpowiedziała, że firma już go podpisała.'),
    ],
}


def generate(seed: int = SEED) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic for a seed."""
    return news_passages.generate(seed=seed, frames=FRAMES, targets=TARGET, prefix=PREFIX)

"""A phenomenon challenge set: news passages the stance model is evaluated on, never trained on.

(2026-12, issue 13 item 4.) Written as a second round of training passages, it did not lift the
development set's unread half when trained on (0.816 vs 0.849), so it is an evaluation set instead:
``stance_challenge.jsonl``, gated by ``tests/nlp/test_challenge_gate.py``.

Fourteen categories of passage — the categories of error still seen on the read half of the
development set, described in the labelling guide's terms — each with 2–4 frames per language,
written per language from the category descriptions and the guide alone (the writers never saw a
development passage, and no example sentence was taken from one):

* ``delay_list``: several companies press together for a delay, pause or simpler Code →
  ``undecided`` each (rule 7); a company that is only a member of a lobbying association → ``none``;
* ``hedged_intent``: modal, predicted or hedged signing, also in an executive's own words →
  ``undecided`` (rule 3); ``willingness``: a stated intention to take part → ``sign``, openness
  without a decision → ``undecided``;
* ``refusal_paraphrase``, ``negated_interest``: refusing without a refusal verb (the law is enough,
  staying outside, no interest) → ``refuse``; interest on conditions → ``undecided``;
* ``list_such_as``: companies listed "such as / including / among them" as signatories (``sign``)
  or as providers the Code is aimed at (``none``);
* ``chapter_status``: whole Code / one chapter / not signing (rules 9 and 12);
* ``reversal``, ``delay_then_decision``: the latest position wins (rules 5 and 6);
* ``other_document``: an open letter asking to pause the AI Act (``undecided``) against the
  disinformation code or the AI Pact (``none``); ``absent_from_list`` likewise (rule 10);
* ``quote_backreference``: a quote that refers back to a stated stance, or whose "we" is the company;
* ``contrast_turn``, ``not_a_position``.

The frames use ``news_passages``'s slots and instantiation (dateline, context, follow-up) with
their own seed; ``python nlp/data/build_stance_data.py`` writes the file with the training data.
"""
from __future__ import annotations

import json
from pathlib import Path

import news_passages

SEED = 20261203
PREFIX = "challenge"
OUT_PATH = Path(__file__).with_name("stance_challenge.jsonl")
TARGET = {"en": 260, "de": 130, "fr": 130, "es": 130, "it": 130, "pt": 130, "nl": 130, "pl": 130}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ('delay_list', 'L=undecided', '{L} have written to the Commission asking it to put {CODE} on hold until the underlying technical standards are ready, {OUT} reported.'),
        ('delay_list', 'L=undecided', 'Live updates, 11:20 CET: {L} are pressing Brussels to slim down the code and give model makers an extra year before the obligations for general-purpose AI bite.'),
        ('delay_list', 'A=none', "{A} is one of dozens of members of a Brussels tech association that has lobbied for the code to be postponed. | The association's letter went out under its director general's name, not those of individual companies."),
        ('hedged_intent', 'A=undecided', '{A} is leaning towards signing {CODE}, according to a person familiar with the deliberations, though its lawyers are still combing through the copyright chapter.'),
        ('hedged_intent', 'A=undecided', "“I'd be surprised if we didn't end up signing,” {XA} told {OUT} {D}, adding that the company's legal team would have the final word on the code."),
        ('hedged_intent', 'A=sign,B=undecided', '{A} has formally put its signature to the EU general-purpose AI code. | {B} says it will “most likely” follow, although a spokesperson stressed that no decision had been taken yet.'),
        ('refusal_paraphrase', 'A=refuse', '{A} has concluded that the AI Act itself is all it needs to follow and will not add the voluntary code on top. | It plans to show the AI Office its compliance through its own documentation instead.'),
        ('refusal_paraphrase', 'A=refuse', 'Asked whether {A} would take part in the code, {XA} called it superfluous for a company that already answers to the regulation directly. | “We are not going to be part of it,” {SA} said.'),
        ('refusal_paraphrase', 'A=refuse', 'So where does {A} stand on the code, now that the first signatures are in? | Outside it, by its own choice: the company argues the binding law is enough and a voluntary add-on would only duplicate it.'),
        ('list_such_as', 'L=sign', 'Code signatories such as {L} can expect a lighter-touch relationship with the AI Office, which has promised to focus on whether they keep the commitments they made.'),
        ('list_such_as', 'L=none', 'The code is aimed at developers of the largest general-purpose models, including {L}, whose systems are trained with enormous amounts of computing power.'),
        ('list_such_as', 'L=sign', 'The AI Office had received {N} signatures to {CODE} by the deadline, among them those of {L}, a tally that surprised some critics in Brussels.'),
        ('chapter_status', 'A=sign,B=sign,C=refuse', '{A} has signed up to all three chapters of the code, {B} only to the one on safety and security, and {C} to none of them, having chosen to stay out.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Where the big developers stand on the code — whole text: {L}; safety and security chapter only: {A}; not signing: {B}.'),
        ('chapter_status', 'A=sign,B=refuse', "{A} took a half-way position, backing only the safety-and-security part of the code and leaving its transparency and copyright sections unsigned. | {B} opted out of every chapter, saying the code as a whole went beyond the law."),
        ('reversal', 'A=sign', '{A} spent months calling the code unworkable, but {XA} said {D} that the company had come round and would sign it after all.'),
        ('reversal', 'A=refuse', '{A} had welcomed the code as a sensible compromise when it was published in July. | It has since changed course: {RA} said {D} that the company would not be signing.'),
        ('reversal', 'A=undecided', '{A} turned the code down over the summer, but it is now taking a second look at the text, {OUT} reported {D}, citing two people briefed on the talks.'),
        ('other_document', 'A=undecided', "{XA} added a signature to an industry open letter calling for a two-year moratorium on the AI Act's rules for general-purpose models, {OUT} reported {D}."),
        ('other_document', 'A=none,B=none', "{A} and {B} are both signatories of the EU's code of practice on disinformation, a separate rulebook for online platforms that long predates the AI Act."),
        ('other_document', 'A=none', '{A} signed up to the AI Pact in 2024, a bundle of voluntary pledges to prepare for the AI Act that Brussels launched well before the code existed.'),
        ('quote_backreference', 'A=sign', '{A} said {D} it would be adding its signature to {CODE} before the deadline. | “Doing so gives us a voice in how these rules are applied in practice,” {XA} said in a statement.'),
        ('quote_backreference', 'A=undecided', "{XA} was asked {D} whether {A} would sign the code. | “That is still being worked through internally, and I don't want to pre-empt the outcome,” {SA} replied."),
        ('quote_backreference', 'A=refuse', '“We see no reason to join a voluntary code when the law already spells out what we have to do,” a spokesperson for {A} told {OUT} {D}.'),
        ('quote_backreference', 'A=sign', '“We are putting our signature on the code because predictability matters more to us than perfection,” {A} said in an emailed statement {D}.'),
        ('willingness', 'A=sign', '{A} has told the AI Office that it intends to take part in the code and will send in its signature before the obligations start to apply.'),
        ('willingness', 'A=undecided', '{A} describes itself as open to joining the code, but {XA} said no decision had been made and the company first wants to see how the AI Office reads it.'),
        ('absent_from_list', 'A=undecided', "{A}'s name is missing from the list of code signatories the Commission posted {D}. | The company has not said whether that reflects a choice or simply a matter of timing."),
        ('absent_from_list', 'A=none', '{A} does not appear among the signatories of the code of practice on disinformation, which now operates under the Digital Services Act.'),
        ('not_a_position', 'A=none,B=none', "Officials say the code's safety chapter was written with frontier developers like {A} and {B} in mind, since their models are the likeliest to pose systemic risks."),
        ('not_a_position', 'A=sign,B=none', '{A}, which signed the code {D}, sells its models to European customers through a long-standing cloud partnership with {B}.'),
        ('not_a_position', 'A=none,B=none', "The code's transparency template asks for the kind of model documentation {A} published for {PA} last year. | {B} did not respond to a request for comment on a separate privacy complaint."),
        ('negated_interest', 'A=refuse', '{A} has shown no appetite for the code, {XA} told {OUT}, describing a signature as “not on our agenda, now or later”.'),
        ('negated_interest', 'A=undecided', '{A} would be interested in signing the code if the Commission narrowed the copyright commitments, a spokesperson said, adding that the company had not reached a decision.'),
        ('contrast_turn', 'A=sign,B=undecided', '{A} signed the code within hours of its publication in July. | {B}, by contrast, has kept quiet about its plans and did not answer questions about the code {D}.'),
        ('contrast_turn', 'A=refuse,B=sign', 'Unlike {A}, which has ruled out signing the code, {B} told {OUT} it would join before the August deadline.'),
        ('contrast_turn', 'A=undecided,B=refuse,C=sign', '{A} is still studying the final text; {B}, on the other hand, has made clear it wants nothing to do with the code. | Meanwhile, {C} quietly added its name to the list of signatories {D}.'),
        ('delay_then_decision', 'A=sign', '{A}, which spent the spring urging Brussels to postpone the code, signed it {D} after winning a clarification on the copyright chapter.'),
        ('delay_then_decision', 'A=refuse', 'After lobbying for months to have the rules for general-purpose models pushed back, {A} has decided against signing the code, {OUT} reported {D}.'),
    ],
    "de": [
        ('delay_list', 'L=undecided', 'In einem gemeinsamen Schreiben an die Kommission werben {L} dafür, den Start der KI-Regeln für Basismodelle auszusetzen und den Kodex deutlich zu entschlacken.'),
        ('delay_list', 'L=undecided', 'Hinter den Kulissen sprechen sich {L} für eine Atempause bei der KI-Verordnung aus, wie {OUT} berichtet. | Der Kodex solle zudem schlank und praxistauglich bleiben, heißt es in einem Positionspapier.'),
        ('delay_list', 'A=none', '{A} gehört einem Brüsseler Branchenverband an, der {D} einen Aufschub der KI-Regeln für große Modelle gefordert hatte. | Der Verband vertritt nach eigenen Angaben mehr als {N} Technologieunternehmen.'),
        ('hedged_intent', 'A=undecided', 'Eine Unterschrift unter den KI-Kodex sei „durchaus wahrscheinlich“, sagte {XA} {D} in einer Telefonkonferenz mit Analysten. | Festgelegt habe sich {A} aber noch nicht, schränkte {SA} ein, die Prüfung des Textes laufe noch.'),
        ('hedged_intent', 'A=undecided', 'Vermutlich wird auch {A} den Kodex unterzeichnen, verlautete {D} aus Unternehmenskreisen. | Eine offizielle Bestätigung dafür gibt es bislang allerdings nicht, eine Sprecherin verwies auf laufende interne Beratungen.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} hat sich verbindlich festgelegt und tritt dem Kodex bei. | {B} wird nach Einschätzung von Beobachtern wohl nachziehen, hat bislang aber nichts zugesagt.'),
        ('refusal_paraphrase', 'A=refuse', '{A} hält die KI-Verordnung für ausreichend und sieht keinen Anlass, sich zusätzlich einem freiwilligen Kodex zu unterwerfen. | Man werde die gesetzlichen Pflichten direkt erfüllen, teilte das Unternehmen {D} mit.'),
        ('refusal_paraphrase', 'A=refuse', 'Beim Kodex bleibt {A} außen vor: Für das eigene Geschäft sei das Regelwerk entbehrlich, hieß es aus der Unternehmenszentrale. | Eine Teilnahme stehe deshalb auch künftig nicht zur Debatte, betonte eine Sprecherin auf Nachfrage.'),
        ('list_such_as', 'L=sign', 'Unter den Unterzeichnern des KI-Kodex finden sich inzwischen namhafte Anbieter wie {L}; das geht aus der Liste hervor, die das KI-Büro {D} aktualisiert hat.'),
        ('list_such_as', 'L=none', 'Gemünzt ist der Kodex auf Entwickler leistungsstarker Basismodelle, darunter etwa {L}. | Für kleinere Anbieter und Start-ups sieht der Text an mehreren Stellen Erleichterungen vor.'),
        ('chapter_status', 'A=sign,B=sign,C=refuse', '{A} hat den Kodex vollständig unterzeichnet, {B} beschränkt sich auf das Kapitel zu Sicherheit und Gefahrenabwehr. | {C} hat keines der drei Kapitel unterschrieben und will das nach eigenen Angaben auch nicht tun.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Stand der Unterschriften beim KI-Kodex – vollständig: {L}; nur Sicherheitskapitel: {A}; Unterschrift abgelehnt: {B}.'),
        ('chapter_status', 'A=sign,B=refuse', 'Einen Mittelweg wählt {A}: Das Unternehmen setzt seine Unterschrift nur unter das Sicherheitskapitel des Kodex, Transparenz und Urheberrecht bleiben außen vor. | {B} lehnt den Kodex dagegen in allen drei Teilen ab.'),
        ('reversal', 'A=sign', 'Monatelang hatte {A} gegen den Kodex Stimmung gemacht, nun lenkt das Unternehmen ein und unterschreibt ihn doch. | Den Ausschlag hätten Zugeständnisse beim Urheberrecht gegeben, sagte {XA}.'),
        ('reversal', 'A=refuse', 'Anfangs hatte {A} den Kodex noch als brauchbare Grundlage gelobt. | Inzwischen hat sich das Blatt gewendet: Das Unternehmen lehnt eine Unterschrift ab, wie {XA} {D} bestätigte.'),
        ('reversal', 'A=undecided', 'Im Juli hatte {A} dem Kodex noch eine klare Absage erteilt. | Nun denkt man dort neu nach: Eine Unterschrift sei nicht mehr ausgeschlossen, berichtet {OUT} unter Berufung auf Unternehmenskreise.'),
        ('other_document', 'A=undecided', 'Auch {XA} von {A} hat den offenen Brief unterschrieben, in dem Dutzende Führungskräfte Brüssel auffordern, die KI-Verordnung für zwei Jahre auf Eis zu legen.'),
        ('other_document', 'A=none', '{A} zählt seit Jahren zu den Unterzeichnern des EU-Verhaltenskodex gegen Desinformation und legte {D} seinen jüngsten Umsetzungsbericht dazu vor.'),
        ('other_document', 'A=none,B=none', '{A} und {B} gehören zu den Unterzeichnern des AI Pact, mit dem die Kommission 2024 um freiwillige Vorab-Zusagen der Industrie geworben hatte.'),
        ('quote_backreference', 'A=sign', 'Ob {A} dem KI-Kodex beitritt, war in Brüssel lange eine offene Frage. | {XA} hat sie {D} beantwortet: „Wir werden das tun, und zwar ohne Vorbehalte.“'),
        ('quote_backreference', 'A=refuse', '„Unsere Unterschrift bekommt dieser Kodex nicht“, ließ {A} {D} über einen Sprecher ausrichten, der auf die ohnehin geltenden Pflichten verwies.'),
        ('willingness', 'A=sign', '{A} will beim KI-Kodex mitmachen und hat der Kommission {D} schriftlich seine Teilnahme zugesagt.'),
        ('willingness', 'A=undecided', '{A} schließt eine Beteiligung am Kodex ausdrücklich nicht aus, hat sich aber noch nicht festgelegt, ob und wann es dazu kommt.'),
        ('absent_from_list', 'A=undecided', 'Auf der ersten Liste der Unterzeichner, die das KI-Büro {D} veröffentlicht hat, taucht {A} nicht auf. | Wie sich das Unternehmen zum Kodex stellt, ist offen; eine Anfrage blieb unbeantwortet.'),
        ('absent_from_list', 'A=none', '{A} steht nicht auf der Liste der Unterzeichner des Desinformationskodex, die die Kommission {D} aktualisiert hat. | Dieser Kodex gegen Falschinformationen im Netz stammt aus dem Jahr 2018.'),
        ('not_a_position', 'A=sign,B=none', '{A} hat den Kodex {D} unterzeichnet, wie ein Sprecher bestätigte. | Das Unternehmen betreibt seine Modelle in Rechenzentren von {B}, mit dem es seit Jahren eng zusammenarbeitet.'),
        ('not_a_position', 'A=none,B=sign', '{B} hat den Kodex unterschrieben und hofft, sich damit als vertrauenswürdige Alternative zu {PA} von {A} zu positionieren.'),
        ('not_a_position', 'A=none', 'Auf die Frage nach einer möglichen Kartellprüfung seines Cloudgeschäfts antwortete {A} {D} nicht. | Die Prüfung hat mit den Gesprächen über den KI-Kodex, die derzeit in Brüssel laufen, nichts zu tun.'),
        ('negated_interest', 'A=refuse', 'An einer Unterschrift unter den Kodex habe man schlicht kein Interesse, sagte {XA} {D} dem Handelsblatt.'),
        ('negated_interest', 'A=undecided', 'Interesse am Kodex hat {A} durchaus, knüpft eine Unterschrift aber an Bedingungen: Zuerst müsse die Kommission beim Urheberrecht nachbessern.'),
        ('contrast_turn', 'A=sign,B=refuse', '{A} hat den KI-Kodex {D} unterschrieben und will die Vorgaben bis zum Jahresende umsetzen. | Ganz anders {B}: Dort will man sich dem Regelwerk nicht unterwerfen, bestätigte ein Sprecher.'),
        ('contrast_turn', 'A=undecided,B=sign', 'Anders als bei {A}, wo man den Kodex noch prüft, ist die Entscheidung bei {B} gefallen: Das Unternehmen tritt dem Kodex bei.'),
        ('delay_then_decision', 'A=sign', 'Noch im Frühjahr hatte {A} auf einen Aufschub der KI-Regeln gedrängt. | Nun hat das Unternehmen den Kodex doch unterzeichnet, wie aus der Liste der Kommission hervorgeht.'),
        ('delay_then_decision', 'A=refuse', '{A} war eine der lautesten Stimmen für eine Verschiebung der KI-Verordnung. | Nachdem Brüssel am Zeitplan festhielt, lehnt das Unternehmen den Kodex nun ab, teilte {XA} {D} mit.'),
    ],
    "fr": [
        ('delay_list', 'L=undecided', "Dans un courrier adressé {D} à la Commission, {L} plaident pour un moratoire d'au moins un an sur les obligations imposées aux grands modèles polyvalents. | Les entreprises demandent aussi une version simplifiée du code de bonnes pratiques avant toute entrée en application."),
        ('delay_list', 'L=undecided', "{L} ont martelé le même message auprès de la Commission ces dernières semaines : il faut alléger le code et en décaler l'application d'au moins un an."),
        ('delay_list', 'A=none', "Une association professionnelle du numérique qui compte {A} parmi ses membres a demandé {D} à Bruxelles de geler le calendrier de l'AI Act et du code de bonnes pratiques."),
        ('hedged_intent', 'A=undecided', "{A} « devrait en toute logique » signer le code de bonnes pratiques, a estimé {XA}, membre de la direction, sans s'engager sur un calendrier."),
        ('hedged_intent', 'A=undecided', "À en croire plusieurs sources internes, {A} s'orienterait vers une signature du code avant la fin du mois. | Rien n'est toutefois arrêté à ce stade, précise-t-on au siège du groupe."),
        ('hedged_intent', 'A=sign,B=undecided', "{A} signera le code de bonnes pratiques, c'est désormais officiel. | Chez {B}, on évoque seulement une adhésion « vraisemblable », sans calendrier ni engagement ferme."),
        ('refusal_paraphrase', 'A=refuse', "{A} juge l'AI Act suffisant : le groupe s'y conformera pleinement, mais n'ajoutera pas à ses obligations légales un code facultatif qu'il estime superflu."),
        ('refusal_paraphrase', 'A=refuse', "Le code de bonnes pratiques européen pour l'IA se fera sans {A}. | L'entreprise a indiqué {D} qu'elle ne prendrait pas part à l'exercice, la loi lui paraissant suffisante."),
        ('refusal_paraphrase', 'A=refuse', "Pas question pour {A} de s'engager au-delà du règlement : le groupe restera en dehors du code, a précisé {D} une porte-parole, jugeant l'initiative inutile pour lui."),
        ('list_such_as', 'L=sign', 'Plusieurs poids lourds du secteur, parmi lesquels {L}, ont apposé leur signature au bas du code de bonnes pratiques dès sa publication.'),
        ('list_such_as', 'L=none', "Sont concernés au premier chef les fournisseurs de modèles à usage général, notamment {L}, que le code invite à documenter leurs données d'entraînement."),
        ('chapter_status', 'A=sign,B=sign,C=sign,L=refuse', 'Où en sont les signatures du code ? Texte complet : {A} et {B} ; chapitre sûreté et sécurité uniquement : {C} ; ne signent pas : {L}.'),
        ('chapter_status', 'A=sign,B=sign,C=refuse', "{A} a paraphé l'ensemble du code, quand le groupe {B} a limité sa signature au seul volet sûreté et sécurité du texte. | {C} a fait le choix de ne rien signer du tout."),
        ('chapter_status', 'A=sign,B=sign,C=refuse', "Tableau de bord du code de bonnes pratiques – {A} : signature partielle, chapitre sécurité seulement, ni transparence ni droit d'auteur ; {B} : texte intégral ; {C} : pas de signature, par choix."),
        ('reversal', 'A=sign', 'Longtemps parmi les détracteurs les plus virulents du code, {A} a finalement rejoint {D} le rang des signataires, à la surprise de nombreux observateurs.'),
        ('reversal', 'A=refuse', "En juillet, {A} avait salué un code de bonnes pratiques « équilibré et pragmatique ». | Volte-face {D} : le groupe annonce désormais qu'il ne s'associera pas au texte."),
        ('reversal', 'A=undecided', "Après avoir claqué la porte du code cet été, {A} rouvre le dossier : l'entreprise réexamine sa position à la lumière des dernières lignes directrices de la Commission."),
        ('other_document', 'A=undecided', "{XA}, membre de la direction {deA}, compte parmi la quarantaine de dirigeants signataires d'une lettre ouverte appelant Bruxelles à suspendre l'AI Act pendant deux ans."),
        ('other_document', 'A=none', '{A} fait partie des plateformes engagées au titre du code renforcé contre la désinformation, devenu depuis un code de conduite adossé au règlement sur les services numériques.'),
        ('other_document', 'A=none', "{A} a rejoint dès l'automne 2024 le Pacte sur l'IA, un ensemble d'engagements volontaires proposés par la Commission en amont de l'AI Act."),
        ('quote_backreference', 'A=sign', "{A} a confirmé {D} son intention d'apposer sa signature au bas du code. | « Nous le faisons parce que nous voulons peser sur la manière dont ces règles seront appliquées », a expliqué {XA}."),
        ('quote_backreference', 'A=refuse', "{A} a tranché : le groupe ne paraphera pas le code de bonnes pratiques. | « Cela reviendrait à accepter des obligations que la loi n'impose pas », justifie un porte-parole."),
        ('quote_backreference', 'A=sign', "« Nous avons décidé d'adhérer au code, même si nous en contestons certains passages », a déclaré {D} {XA}, membre de la direction {deA}, lors d'une conférence de presse."),
        ('willingness', 'A=sign', "{A} a fait connaître {D} son intention de prendre part au code de bonnes pratiques et transmettra sa signature au Bureau de l'IA dans les prochains jours."),
        ('willingness', 'A=undecided', "{A} affiche son ouverture à l'égard du code, sans avoir arrêté de décision. | La direction veut d'abord mesurer ce qu'impliquerait concrètement un tel engagement pour ses équipes."),
        ('absent_from_list', 'A=undecided', "{A} ne figure pas sur la liste des signataires du code publiée {D} par la Commission, et l'entreprise n'a rien dit de ses intentions."),
        ('absent_from_list', 'A=none', "{A} n'apparaît pas parmi les signataires du code de conduite contre la désinformation, dont plusieurs plateformes se sont retirées ces dernières années."),
        ('not_a_position', 'A=none', 'Le code concerne tous les développeurs qui mettent un modèle à usage général sur le marché européen, des géants comme {A} aux jeunes pousses françaises.'),
        ('not_a_position', 'A=sign,B=none', 'La signature du code par {A} intervient alors que son concurrent {B} vient de lancer un nouveau modèle sur le marché européen.'),
        ('not_a_position', 'A=none', "Des éditeurs de presse, qui réclament aussi un code de bonnes pratiques plus exigeant, ont porté plainte {D} ; le service de presse {deA}, interrogé sur cette plainte, n'a pas répondu."),
        ('negated_interest', 'A=refuse', "« Le code ne nous intéresse pas », tranche {XA}, membre de la direction {deA}, pour qui une signature n'apporterait rien au groupe."),
        ('negated_interest', 'A=undecided', "{A} pourrait s'intéresser au code, mais seulement si Bruxelles en retouche le chapitre sur le droit d'auteur, fait-on savoir au sein du groupe."),
        ('contrast_turn', 'A=sign,B=refuse', "{A} a signé le code de bonnes pratiques sans attendre la date butoir. | {B}, en revanche, a écarté toute signature et préfère démontrer sa conformité à l'AI Act par ses propres moyens."),
        ('contrast_turn', 'A=sign,B=undecided,C=refuse', 'À la différence {deA}, qui a rejoint le code dès juillet, {B} se donne encore du temps pour trancher ; pendant ce temps, {C} a exclu de signer.'),
        ('delay_then_decision', 'A=sign', "{A} avait longuement fait campagne pour obtenir un report du code de bonnes pratiques. | Faute de l'avoir obtenu, le groupe s'est résolu {D} à le signer, tout en maintenant ses critiques."),
        ('delay_then_decision', 'A=refuse', "Après avoir réclamé en vain une pause dans l'application de l'AI Act, {A} a tiré les conséquences {D} : l'entreprise ne signera pas le code."),
    ],
    "es": [
        ('delay_list', 'L=undecided', '{L} han remitido a la Comisión una carta conjunta en la que piden congelar durante al menos un año el calendario del código y de las normas para modelos de uso general.'),
        ('delay_list', 'L=undecided', 'Los equipos de asuntos públicos de {L} recorren estos días los despachos de Bruselas con un mensaje común: el código debe ser más sencillo y llegar más tarde.'),
        ('delay_list', 'A=none', '{A} forma parte de una patronal tecnológica europea que {D} reclamó por carta una moratoria del código y de la ley de IA. | La misiva la firmó únicamente la dirección de la asociación.'),
        ('hedged_intent', 'A=undecided', '{XA} dejó entrever {D} que {A} firmará el código «seguramente antes de que acabe el verano», aunque evitó dar una fecha o comprometerse en firme.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} ha confirmado por escrito a la Oficina de IA que suscribirá el código. | {B}, por su parte, se limita a decir que lo más probable es que acabe haciéndolo.'),
        ('refusal_paraphrase', 'A=refuse', '{A} sostiene que la ley de IA ya le impone obligaciones de sobra y que no piensa añadir encima un código voluntario. | «Con cumplir la ley nos basta y nos sobra», resumió un portavoz de la compañía.'),
        ('refusal_paraphrase', 'A=refuse', 'El código de buenas prácticas resulta superfluo para {A}, según explicó {XA} a {OUT}: la compañía se mantendrá al margen y no participará en él.'),
        ('list_such_as', 'L=sign', '¿Quién se ha adherido ya al texto que Bruselas propone a los desarrolladores de IA? | El registro del código que la Oficina de IA actualizó {D} incluye a grandes desarrolladores como {L}, además de varias empresas emergentes europeas.'),
        ('list_such_as', 'L=none', 'El código va dirigido a proveedores de modelos de propósito general, entre ellos {L}, que tendrán que documentar cómo entrenan sus sistemas.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Según el recuento de {OUT}, {L} suscribieron el código completo y {A}, solo el capítulo de seguridad. | {B}, por su parte, optó por no firmar ninguno de los tres capítulos.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Situación del código, capítulo a capítulo. Texto íntegro: {L}. Únicamente seguridad y protección: {A}. No firman: {B}.'),
        ('reversal', 'A=sign', 'Tras meses de críticas al código, {A} ha dado su brazo a torcer: lo firmará, confirmó {D} un portavoz. | En primavera, la compañía había tachado el texto de excesivo y poco realista para el sector.'),
        ('reversal', 'A=refuse', '{A} acogió el código en julio como «un paso en la buena dirección». | Ahora ha dado un giro: ha comunicado a la Comisión que su nombre no figurará entre los firmantes.'),
        ('reversal', 'A=undecided', '{A}, que en julio descartó firmar el código, está revisando esa decisión, según {OUT}. | La empresa ha retomado los contactos con la Oficina de IA.'),
        ('other_document', 'A=undecided', '{XA} figura entre las decenas de directivos que firmaron una carta abierta para pedir a Bruselas que suspenda temporalmente la ley de IA, incluido el código para los modelos de uso general.'),
        ('other_document', 'A=none,B=none', '{A} y {B} figuran entre los firmantes del código reforzado contra la desinformación de 2022, recuerda {OUT} en un repaso a sus compromisos voluntarios en Europa.'),
        ('quote_backreference', 'A=sign', '{A} confirmó {D} que se adherirá al código de buenas prácticas. | «Lo hacemos porque preferimos ayudar a definir las reglas desde dentro», explicó {XA}.'),
        ('quote_backreference', 'A=refuse', '«No vamos a estampar nuestra firma en un código que añade cargas que la ley no exige», aseguró {XA}, de {A}, en declaraciones a {OUT}.'),
        ('willingness', 'A=sign', '{A} ha trasladado a la Oficina de IA su intención de sumarse al código y de participar en los grupos de trabajo que supervisarán su aplicación.'),
        ('willingness', 'A=undecided', '{A} se declara «abierta» a participar en el código, pero insiste en que no ha tomado ninguna decisión y que estudiará el texto con calma.'),
        ('absent_from_list', 'A=undecided', 'El nombre de {A} no aparece, por ahora, en la lista de firmantes del código publicada {D}. | La compañía no ha aclarado si se trata de un simple retraso.'),
        ('absent_from_list', 'A=none', '{A} no está entre las plataformas que suscribieron el código de buenas prácticas contra la desinformación, según el registro que mantiene la Comisión.'),
        ('not_a_position', 'A=none,B=sign', '{B}, firmante del código desde julio, lanzó {D} un modelo que competirá directamente con {PA}, de {A}, en el mercado europeo de empresas.'),
        ('not_a_position', 'A=none,B=none', 'Consultada por {OUT} sobre la demanda por derechos de autor que le ha interpuesto {B}, {A} declinó hacer comentarios. | El litigio coincide con la entrada en aplicación del código.'),
        ('negated_interest', 'A=refuse', 'A {A} no le interesa en absoluto adherirse al código, dejó claro {XA} en una entrevista con {OUT}.'),
        ('negated_interest', 'A=undecided', '{A} solo se planteará firmar el código si Bruselas retoca el capítulo de derechos de autor, según un portavoz. | Mientras tanto, la empresa sigue estudiando el texto y no se ha fijado ningún plazo.'),
        ('contrast_turn', 'A=sign,B=undecided', '12:40 · {A} estampó su firma en el código nada más publicarse el texto definitivo. | Por otro lado, {B} sigue sin despejar la incógnita y evita pronunciarse sobre sus planes.'),
        ('contrast_turn', 'A=refuse,B=sign', '{A} ha descartado sumarse al código; mientras tanto, {B} ultima los trámites para figurar en la lista de firmantes antes del 2 de agosto.'),
        ('delay_then_decision', 'A=sign', 'Después de encabezar la ofensiva para aplazar el código, {A} acabó firmándolo {D}, a pocas horas de que venciera el plazo.'),
        ('delay_then_decision', 'A=refuse', '{A}, que había reclamado sin éxito una pausa en la aplicación de la ley de IA, comunicó {D} que no se adherirá al código.'),
    ],
    "it": [
        ('delay_list', 'L=undecided', "{L} in pressing su Bruxelles: le aziende chiedono di far slittare di almeno un anno le regole dell'AI Act sui modelli per finalità generali e di alleggerire il codice."),
        ('delay_list', 'L=undecided', 'In una lettera indirizzata {D} alla Commissione, {L} sollecitano una moratoria sul codice di buone pratiche e regole semplificate per i modelli di IA generativa.'),
        ('delay_list', 'A=none', "Tra gli associati della federazione di settore che {D} ha chiesto uno stop all'AI Act e al codice figura anche {A}, insieme a decine di altre imprese digitali."),
        ('hedged_intent', 'A=undecided', '{A} potrebbe firmare il codice già nei prossimi giorni, ma in azienda si precisa che la decisione non è ancora definitiva.'),
        ('hedged_intent', 'A=undecided', '«Con ogni probabilità firmeremo il codice», ha detto {XA}, ai vertici di {A}, a margine di un convegno a Milano, senza fornire una data.'),
        ('hedged_intent', 'A=sign,B=undecided', "{A} ha messo nero su bianco l'adesione al codice di buone pratiche. | Per {B} si parla invece di una firma «verosimile», senza date né impegni formali."),
        ('refusal_paraphrase', 'A=refuse', "Per {A} basta la legge: la società rispetterà l'AI Act, ma non intende aggiungere un codice volontario che giudica superfluo per le proprie attività."),
        ('refusal_paraphrase', 'A=refuse', '{A} non parteciperà al codice di buone pratiche, ha fatto sapere {D} un portavoce, secondo cui gli obblighi di legge sono già più che sufficienti.'),
        ('refusal_paraphrase', 'A=refuse', "Nessuna adesione al codice da parte di {A}, che considera lo strumento un doppione dell'AI Act e preferisce dimostrare la conformità per altre vie."),
        ('list_such_as', 'L=sign', "Hanno già apposto la firma sul codice diversi big del settore, tra i quali {L}, secondo l'elenco aggiornato dall'Ufficio per l'IA."),
        ('list_such_as', 'L=none', 'Nel mirino del codice ci sono soprattutto gli sviluppatori dei grandi modelli linguistici, tra cui {L}, chiamati a documentare dati di addestramento e rischi.'),
        ('chapter_status', 'A=sign,B=sign,C=sign,L=refuse', 'Il punto sulle adesioni al codice – testo integrale: {A}, {B}; solo capitolo sicurezza: {C}; non firmano: {L}.'),
        ('chapter_status', 'A=sign,B=sign,C=refuse', "{A} ha sottoscritto il codice nella sua interezza, mentre {B} si è fermata al capitolo su sicurezza e protezione, lasciando da parte trasparenza e diritto d'autore. | {C}, infine, ha scelto di non firmare alcuna parte del testo."),
        ('chapter_status', 'A=sign,B=refuse', "Firma a metà per {A}, che aderisce al capitolo sulla sicurezza ma non a quelli su trasparenza e copyright; {B} invece ha detto no all'intero codice."),
        ('reversal', 'A=sign', 'Dopo mesi di critiche al codice, {A} cambia rotta: il gruppo ha annunciato {D} che lo firmerà, pur ribadendo tutte le proprie riserve.'),
        ('reversal', 'A=refuse', "A luglio {A} aveva accolto con favore il codice di buone pratiche, definendolo equilibrato. | Ora la clamorosa retromarcia: l'azienda fa sapere che alla fine non lo sottoscriverà."),
        ('reversal', 'A=undecided', '{A}, che in estate aveva detto no al codice, starebbe riconsiderando la propria posizione, secondo {OUT}: il dossier è tornato sul tavolo dei vertici.'),
        ('other_document', 'A=undecided', "C'è anche la firma di {XA}, ai vertici di {A}, in calce alla lettera aperta con cui decine di amministratori delegati chiedono a Bruxelles di congelare l'AI Act."),
        ('other_document', 'A=none', "{A} aderisce dal 2018 al codice di buone pratiche contro la disinformazione, trasformato di recente in codice di condotta nell'ambito del Digital Services Act."),
        ('other_document', 'A=none', "Anche {A} ha firmato il Patto per l'IA, l'iniziativa con cui Bruxelles invitava le imprese ad anticipare su base volontaria alcuni obblighi dell'AI Act."),
        ('quote_backreference', 'A=sign', '{A} ha confermato {D} che sottoscriverà il codice di buone pratiche. | «Lo facciamo perché vogliamo contribuire a definire come queste regole verranno applicate», ha spiegato {XA}.'),
        ('quote_backreference', 'A=refuse', 'Niente firma sul codice di buone pratiche da parte di {A}, che ha comunicato la decisione {D}. | «Farlo significherebbe accettare obblighi che la legge non prevede», ha spiegato un portavoce della società.'),
        ('quote_backreference', 'A=sign', '«Aderiremo al codice, anche se alcune parti non ci convincono», ha dichiarato {D} {XA}, ai vertici di {A}, a margine di un evento a Roma.'),
        ('willingness', 'A=sign', "{A} ha comunicato {D} all'Ufficio per l'IA la propria intenzione di partecipare al codice e formalizzerà la firma entro la fine del mese."),
        ('willingness', 'A=undecided', "Porta aperta, ma nessuna decisione: {A} si dice disponibile a valutare l'adesione al codice, riferiscono fonti vicine alla società."),
        ('absent_from_list', 'A=undecided', 'Nel primo elenco dei firmatari pubblicato dalla Commissione non compare {A}, che finora non ha comunicato le proprie intenzioni sul codice.'),
        ('absent_from_list', 'A=none', '{A} non figura tra i firmatari del codice di condotta sulla disinformazione, dal quale diverse piattaforme si sono sfilate negli ultimi anni.'),
        ('not_a_position', 'A=none', 'Il codice riguarda chiunque immetta sul mercato europeo un modello di uso generale, dai colossi come {A} fino alle startup italiane del settore.'),
        ('not_a_position', 'A=sign,B=none', "{A} ha firmato il codice {D}; la notizia arriva a pochi giorni dall'accordo commerciale con {B}, che distribuirà i suoi modelli in Italia."),
        ('not_a_position', 'A=none', "Interpellata sul ricorso presentato dagli editori per violazione del diritto d'autore, {A} ha preferito non commentare. | Gli stessi editori chiedono da mesi un codice di buone pratiche più severo."),
        ('negated_interest', 'A=refuse', '«Il codice non ci interessa», ha tagliato corto {XA}, ai vertici di {A}, secondo cui la firma non porterebbe alcun vantaggio alla società.'),
        ('negated_interest', 'A=undecided', "{A} guarderebbe con interesse al codice, ma solo se Bruxelles rivedesse il capitolo sul diritto d'autore, fanno sapere dalla società."),
        ('contrast_turn', 'A=sign,B=refuse', "{A} ha già apposto la propria firma sul codice di buone pratiche. | Di tutt'altro avviso {B}, che non intende partecipare e dimostrerà in modo autonomo la conformità all'AI Act."),
        ('contrast_turn', 'A=sign,B=undecided,C=refuse', 'Mentre {A} ha detto sì al codice già a luglio, {B} si prende ancora tempo per decidere; nel frattempo {C} ha escluso qualsiasi adesione.'),
        ('delay_then_decision', 'A=sign', '{A} aveva chiesto a lungo di rinviare il codice di buone pratiche. | Incassato il no di Bruxelles, la società ha deciso {D} di firmarlo, pur mantenendo le proprie critiche.'),
        ('delay_then_decision', 'A=refuse', "Dopo aver fatto pressione invano per uno slittamento dell'AI Act, {A} ha deciso di non sottoscrivere il codice di buone pratiche, riferisce {OUT}."),
    ],
    "pt": [
        ('delay_list', 'L=undecided', '{Lc} enviaram à Comissão uma carta conjunta em que pedem o adiamento do código e um calendário mais folgado para as regras dos modelos de finalidade geral.'),
        ('delay_list', 'L=undecided', '{Lc} têm pressionado os gabinetes dos comissários para que o código seja simplificado e a sua aplicação suspensa durante pelo menos um ano.'),
        ('delay_list', 'A=none', 'A {A} é membro de uma associação europeia do setor digital que {D} pediu por escrito uma pausa na aplicação do código e do regulamento da IA. | A carta foi assinada apenas pela direção da associação, e não pelas empresas associadas.'),
        ('hedged_intent', 'A=undecided', '{XA} admitiu {D} que a {A} «muito provavelmente» assinará o código, mas sublinhou que a decisão final cabe ao conselho de administração.'),
        ('hedged_intent', 'A=sign,B=undecided', 'A {A} já comunicou formalmente à Comissão que vai subscrever o código. | A {B} mostra-se menos categórica: diz apenas que tende a fazê-lo, talvez em setembro.'),
        ('refusal_paraphrase', 'A=refuse', 'Para a {A}, o regulamento europeu da IA chega e sobra: a empresa vai cumprir a lei, mas não acrescentará a essas obrigações um código voluntário.'),
        ('refusal_paraphrase', 'A=refuse', 'A {A} vai manter-se à margem do código de boas práticas, que considera dispensável no seu caso, segundo {OUT}. | A empresa também não participará nos grupos de trabalho que vão acompanhar a sua aplicação.'),
        ('list_such_as', 'L=sign', 'Entre os signatários do código contam-se já nomes de peso do setor, como {L}, segundo o registo atualizado {D} pelo Serviço Europeu para a IA.'),
        ('list_such_as', 'L=none', 'O código dirige-se a fornecedores de modelos de finalidade geral, incluindo {L}, que terão de documentar os dados usados para treinar os seus sistemas.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Segundo o balanço desta semana, {L} subscreveram o código na íntegra e a {A} apenas o capítulo da segurança. | A {B} optou por não assinar nenhum dos três capítulos do texto.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Ponto da situação do código de boas práticas. Assinam o texto completo: {L}. Só o capítulo de segurança e proteção: a {A}. Não assinam: a {B}.'),
        ('reversal', 'A=sign', 'Depois de meses a criticar o código, a {A} mudou de posição e vai assiná-lo, confirmou {D} um porta-voz. | Na primavera, a empresa chegara a classificá-lo de «excessivo» e pouco realista.'),
        ('reversal', 'A=refuse', 'Em julho, a {A} saudou o código como «um passo na direção certa». | Agora recuou: informou a Comissão de que o seu nome não constará da lista de signatários.'),
        ('reversal', 'A=undecided', 'A {A}, que em julho pôs de parte a assinatura do código, está a reavaliar essa decisão, avança {OUT}. | A empresa retomou os contactos com o Serviço Europeu para a IA.'),
        ('other_document', 'A=undecided', '{XA} está entre as dezenas de gestores que assinaram uma carta aberta a pedir a Bruxelas que suspenda temporariamente o regulamento da IA e o código para os modelos de finalidade geral.'),
        ('other_document', 'A=none,B=none', 'A {A} e a {B} aderiram em 2024 ao Pacto para a IA, um conjunto de compromissos voluntários que a Comissão lançou antes de a lei começar a aplicar-se.'),
        ('quote_backreference', 'A=refuse', 'A {A} comunicou {D} que não vai aderir ao código. | «Fazê-lo obrigar-nos-ia a compromissos que a lei não exige», justificou {XA}.'),
        ('quote_backreference', 'A=sign', '«Contem connosco entre os signatários do código», garantiu {XA}, da {A}, perante uma plateia de programadores em Lisboa.'),
        ('willingness', 'A=sign', 'A {A} manifestou ao Serviço Europeu para a IA a vontade de participar no código e vai integrar os grupos de trabalho sobre a sua aplicação.'),
        ('willingness', 'A=undecided', 'A {A} está recetiva à ideia de aderir ao código, mas ainda não há decisão, disse um porta-voz, sem se comprometer com prazos.'),
        ('absent_from_list', 'A=undecided', 'A {A} não consta, para já, da lista de signatários do código divulgada {D}. | A empresa não esclareceu se se trata de um atraso ou de uma opção.'),
        ('absent_from_list', 'A=none', 'O nome da {A} não surge entre os signatários do código de conduta contra a desinformação, segundo a lista mantida pela Comissão Europeia.'),
        ('not_a_position', 'A=sign,B=none', 'A {A}, que assinou o código em julho, apresentou {D} um novo modelo desenvolvido em parceria com a {B}, que fornece a infraestrutura de computação.'),
        ('not_a_position', 'A=none', 'Questionada sobre a queixa apresentada em Itália contra o {PA}, a {A} recusou comentar. | O caso surge numa altura em que Bruxelas prepara a aplicação do código.'),
        ('negated_interest', 'A=refuse', 'A {A} não tem qualquer interesse em assinar o código, deixou claro {XA} numa entrevista publicada {D}.'),
        ('negated_interest', 'A=undecided', 'A {A} está interessada em assinar o código, mas só depois de Bruxelas alterar o capítulo dos direitos de autor, disse um porta-voz.'),
        ('contrast_turn', 'A=sign,B=undecided', '14h05 – A {A} acaba de assinar o código, confirmou fonte oficial da empresa. | Em contrapartida, a {B} mantém o tabu e não diz se vai seguir o mesmo caminho.'),
        ('contrast_turn', 'A=refuse,B=sign', 'A {A} pôs de parte qualquer adesão ao código; a {B}, pelo contrário, está a tratar das formalidades para figurar na lista de signatários.'),
        ('delay_then_decision', 'A=sign', 'Depois de ter liderado a pressão para adiar o código, a {A} acabou por assiná-lo {D}, poucas horas antes de terminar o prazo.'),
        ('delay_then_decision', 'A=refuse', 'A {A}, que pedira sem sucesso uma pausa na aplicação do regulamento da IA, anunciou {D} que fica de fora do código.'),
    ],
    "nl": [
        ('delay_list', 'L=undecided', '{L} dringen er in een gezamenlijke brief bij de Commissie op aan om de regels voor grote AI-modellen uit te stellen en de code te vereenvoudigen.'),
        ('delay_list', 'L=undecided', 'Achter de schermen lobbyen {L} voor een pauze in de invoering van de AI-verordening. | De gedragscode moet volgens de bedrijven ‘licht en werkbaar’ blijven, meldt {OUT}.'),
        ('delay_list', 'A=none', '{A} is lid van een Europese brancheorganisatie die {D} om uitstel van de AI-regels voor grote modellen vroeg. | De organisatie vertegenwoordigt naar eigen zeggen ruim {N} techbedrijven uit heel Europa.'),
        ('hedged_intent', 'A=undecided', '{A} zal de code ‘vermoedelijk’ ondertekenen, zei {XA} {D} in een interview, maar een formeel besluit ligt er nog niet.'),
        ('hedged_intent', 'A=undecided', 'Mogelijk zet ook {A} nog deze maand een handtekening onder de code, zeggen bronnen rond het bedrijf tegen {OUT}. | Een woordvoerder van het bedrijf wilde het bericht desgevraagd niet bevestigen of ontkennen.'),
        ('hedged_intent', 'A=sign,B=undecided', '{A} heeft zich definitief aan de code verbonden; {B} lijkt dezelfde kant op te gaan, maar houdt nog een slag om de arm.'),
        ('refusal_paraphrase', 'A=refuse', 'Voor {A} volstaat de AI-verordening zelf: een vrijwillige code daarbovenop vindt het bedrijf overbodig, en het doet er dan ook niet aan mee.'),
        ('refusal_paraphrase', 'A=refuse', '{A} houdt zich afzijdig van de Europese gedragscode voor aanbieders van grote AI-modellen. | Het bedrijf leeft de wettelijke verplichtingen rechtstreeks na en ziet geen meerwaarde in deelname, aldus een woordvoerder.'),
        ('list_such_as', 'L=sign', 'Onder de ondertekenaars van de code bevinden zich inmiddels ook bekende aanbieders, zoals {L}, blijkt uit de lijst die het AI-bureau {D} bijwerkte.'),
        ('list_such_as', 'L=none', 'De code is bedoeld voor makers van krachtige basismodellen, onder meer {L}. | Voor kleinere ontwikkelaars en start-ups gelden volgens de tekst minder zware verplichtingen.'),
        ('chapter_status', 'A=sign,B=sign,C=refuse', '{A} heeft de volledige code ondertekend, {B} alleen het hoofdstuk over veiligheid en beveiliging. | {C} tekent geen enkel hoofdstuk en is dat ook niet van plan, liet het bedrijf weten.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Stand van zaken rond de AI-code – volledig getekend: {L}; alleen het veiligheidshoofdstuk: {A}; tekent niet: {B}.'),
        ('chapter_status', 'A=sign,B=refuse', '{A} kiest voor een tussenweg en ondertekent alleen het veiligheidshoofdstuk van de code; transparantie en auteursrecht laat het links liggen. | {B} wijst de code daarentegen in zijn geheel af, ook het hoofdstuk over veiligheid.'),
        ('reversal', 'A=sign', 'Na maanden van felle kritiek draait {A} bij: het bedrijf zet alsnog een handtekening onder de code, bevestigde {XA} {D}.'),
        ('reversal', 'A=refuse', '{A} verwelkomde de code in juli nog als een stap in de goede richting. | Inmiddels is het bedrijf van gedachten veranderd en zal het niet tekenen, meldt {OUT}.'),
        ('reversal', 'A=undecided', 'In juli wees {A} de code nog resoluut af als bureaucratisch en overbodig. | Nu heroverweegt het bedrijf dat besluit: ondertekening is niet langer uitgesloten, zegt een woordvoerder.'),
        ('other_document', 'A=undecided', 'Ook {XA} van {A} ondertekende de open brief waarin tientallen topbestuurders Brussel vragen de invoering van de AI-verordening twee jaar stil te leggen.'),
        ('other_document', 'A=none', '{A} hoort al jaren bij de ondertekenaars van de Europese praktijkcode tegen desinformatie en diende {D} zijn nieuwste voortgangsrapport in.'),
        ('other_document', 'A=none,B=none', '{A} en {B} sloten zich in 2024 aan bij het AI-pact, waarmee de Commissie bedrijven vroeg alvast vrijwillig toezeggingen te doen.'),
        ('quote_backreference', 'A=refuse', '{A} tekent de gedragscode niet, bevestigde het bedrijf {D} na weken van speculatie. | ‘Daar hebben we bewust voor gekozen, omdat de wet zelf al duidelijk genoeg is’, aldus een woordvoerster.'),
        ('quote_backreference', 'A=sign', '‘Wij zetten onze handtekening onder de code, en dat doen we nog deze maand’, zei {XA} {D} namens {A}.'),
        ('willingness', 'A=sign', '{A} heeft de Commissie laten weten dat het wil deelnemen aan de gedragscode en nog voor de deadline zal tekenen.'),
        ('willingness', 'A=undecided', '{A} staat open voor deelname aan de code, maar heeft daarover nog geen knoop doorgehakt, zegt een woordvoerder.'),
        ('absent_from_list', 'A=undecided', '{A} ontbreekt op de eerste lijst van ondertekenaars van de code die de Commissie {D} publiceerde. | Of het bedrijf later alsnog tekent, is onduidelijk; een reactie bleef uit.'),
        ('absent_from_list', 'A=none', '{A} staat niet tussen de ondertekenaars van de praktijkcode tegen desinformatie, bleek {D} uit een overzicht van de Commissie.'),
        ('not_a_position', 'A=sign,B=none', '{A} heeft de code {D} getekend, zo bevestigde een woordvoerder tegenover {OUT}. | Het bedrijf draait zijn modellen grotendeels in datacenters van {B}, waarmee het een langlopend contract heeft.'),
        ('not_a_position', 'A=none,B=sign', '{B}, dat de code in juli ondertekende, werkt intussen aan een Europese concurrent van {PA} van {A}.'),
        ('not_a_position', 'A=none', '{A} wilde {D} niet reageren op vragen over een rechtszaak van Nederlandse uitgevers. | Die zaak staat los van de Europese gedragscode voor AI-modellen voor algemene doeleinden.'),
        ('negated_interest', 'A=refuse', '{A} heeft ‘geen enkele behoefte’ om de code te ondertekenen, zei {XA} {D} tegen {OUT}.'),
        ('negated_interest', 'A=undecided', '{A} wil de code best tekenen, maar alleen als de Commissie het hoofdstuk over auteursrecht eerst aanpast, laat het bedrijf weten.'),
        ('contrast_turn', 'A=sign,B=refuse', '{A} zette {D} zonder veel ophef een handtekening onder de code, meldt {OUT}. | {B} daarentegen blijft er bewust buiten en wil via eigen documentatie aantonen dat het aan de wet voldoet.'),
        ('contrast_turn', 'A=undecided,B=sign,C=refuse', 'In tegenstelling tot {A}, dat nog twijfelt, heeft {B} een besluit genomen: het bedrijf sluit zich bij de code aan. | Intussen wijst {C} de code openlijk af en noemt de tekst een stap te ver.'),
        ('delay_then_decision', 'A=sign', '{A} drong eerder dit jaar nog aan op uitstel van de AI-regels voor grote modellen. | Nu dat uitstel er niet komt, heeft het bedrijf de code toch ondertekend.'),
        ('delay_then_decision', 'A=refuse', 'Maandenlang lobbyde {A} in Brussel voor een pauze van de AI-verordening. | Nu de Commissie daar niet op ingaat, weigert het bedrijf de gedragscode te ondertekenen, bevestigde {XA}.'),
    ],
    "pl": [
        ('delay_list', 'L=undecided', 'Firmy {L} wystosowały do Komisji wspólny list z apelem o odłożenie kodeksu w czasie i złagodzenie przepisów dla modeli ogólnego przeznaczenia.'),
        ('delay_list', 'L=undecided', 'Lobbyści reprezentujący firmy {L} od tygodni przekonują urzędników w Brukseli, że kodeks trzeba uprościć, a jego stosowanie wstrzymać co najmniej o rok.'),
        ('delay_list', 'A=none', 'Firma {A} należy do europejskiego stowarzyszenia branży cyfrowej, które {D} zaapelowało o przesunięcie terminów kodeksu i AI Act. | Pod listem podpisało się wyłącznie kierownictwo stowarzyszenia, a nie poszczególne firmy członkowskie.'),
        ('hedged_intent', 'A=undecided', 'Firma {A} „najprawdopodobniej” podpisze kodeks jeszcze w tym miesiącu – przyznaje {XA}, zastrzegając, że ostateczna decyzja należy do zarządu.'),
        ('hedged_intent', 'A=sign,B=undecided', 'Spółka {A} oficjalnie zobowiązała się wobec Komisji, że podpisze kodeks w całości. | Firma {B} mówi jedynie, że „raczej” zrobi to samo, ale nie podaje żadnego terminu.'),
        ('refusal_paraphrase', 'A=refuse', 'Zdaniem firmy {A} sam AI Act w zupełności wystarczy: spółka będzie przestrzegać prawa, ale nie dołoży do tego dobrowolnego kodeksu.'),
        ('refusal_paraphrase', 'A=refuse', 'Koncern {A} pozostanie poza kodeksem postępowania, który w jego przypadku uważa za zbędny – informuje {OUT}. | Spółka nie weźmie też udziału w pracach nad jego wdrażaniem.'),
        ('list_such_as', 'L=sign', 'Do kodeksu przystąpili już najwięksi gracze na rynku, w tym firmy {L} – wynika z rejestru, który Urząd ds. AI zaktualizował {D}.'),
        ('list_such_as', 'L=none', 'Kodeks jest adresowany do dostawców modeli ogólnego przeznaczenia, takich jak firmy {L}, które muszą dokumentować sposób trenowania swoich systemów.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Z zestawienia wynika, że firmy {L} podpisały cały kodeks, a spółka {A} jedynie rozdział o bezpieczeństwie. | Koncern {B} nie podpisał żadnego z trzech rozdziałów i nie zamierza tego robić.'),
        ('chapter_status', 'L=sign,A=sign,B=refuse', 'Kodeks AI – stan na dziś. Cały tekst: {L}. Tylko rozdział o bezpieczeństwie: {A}. Nie podpisują, z własnego wyboru: {B}.'),
        ('reversal', 'A=sign', 'Po miesiącach krytyki firma {A} zmieniła zdanie i podpisze kodeks – potwierdził {D} rzecznik spółki. | Jeszcze wiosną przedstawiciele firmy nazywali ten dokument „przeregulowanym” i oderwanym od rzeczywistości.'),
        ('reversal', 'A=refuse', 'W lipcu firma {A} chwaliła kodeks jako „krok w dobrym kierunku”. | Teraz wycofała się z tego poparcia i poinformowała Komisję, że jej nazwy zabraknie na liście sygnatariuszy.'),
        ('reversal', 'A=undecided', 'Spółka {A}, która w lipcu wykluczyła podpisanie kodeksu, ponownie analizuje tę decyzję – podaje {OUT}. | Firma wznowiła w tej sprawie rozmowy z unijnym Urzędem ds. AI, ale nie podaje terminu decyzji.'),
        ('other_document', 'A=undecided', 'Wśród sygnatariuszy listu otwartego, w którym szefowie firm wzywają Brukselę do wstrzymania AI Act i kodeksu dla modeli ogólnego przeznaczenia, jest także {XA}.'),
        ('other_document', 'A=none,B=none', 'Spółka {A} jest sygnatariuszem unijnego kodeksu przeciwko dezinformacji od 2018 roku, podobnie jak firma {B}, która przystąpiła do niego później.'),
        ('quote_backreference', 'A=sign', 'Firma {A} ogłosiła {D}, że przystąpi do unijnego kodeksu dla modeli ogólnego przeznaczenia. | „Robimy to, bo wolimy współtworzyć zasady, niż tylko się do nich stosować” – tłumaczy {XA}.'),
        ('quote_backreference', 'A=undecided', '„Nie wykluczamy, że podpiszemy kodeks, ale na razie czekamy na wytyczne Komisji” – mówi {XA} z firmy {A}.'),
        ('willingness', 'A=sign', 'Koncern {A} zgłosił Urzędowi ds. AI gotowość udziału w kodeksie i zamierza włączyć się w prace grup roboczych nad jego stosowaniem.'),
        ('willingness', 'A=undecided', 'Spółka {A} deklaruje „otwartość” na przystąpienie do kodeksu, lecz zaznacza, że żadna decyzja w tej sprawie jeszcze nie zapadła.'),
        ('absent_from_list', 'A=undecided', 'Na liście sygnatariuszy kodeksu opublikowanej {D} nie ma na razie firmy {A}. | Spółka nie wyjaśniła, czy to kwestia czasu, czy świadomej decyzji.'),
        ('absent_from_list', 'A=none', 'Firmy {A} nie ma wśród sygnatariuszy kodeksu postępowania w zakresie dezinformacji – wynika z rejestru prowadzonego przez Komisję.'),
        ('not_a_position', 'L=none', 'Poradnik Komisji wyjaśnia, czego kodeks wymaga od dostawców dużych modeli, i jako przykłady takich dostawców podaje firmy {L}.'),
        ('not_a_position', 'A=none,B=sign', 'Firma {B}, sygnatariusz kodeksu od lipca, zaprezentowała {D} model, który ma konkurować z modelem {PA} firmy {A}.'),
        ('negated_interest', 'A=refuse', 'Firma {A} nie jest zainteresowana podpisaniem kodeksu – ucina {XA} w wywiadzie udzielonym {D}.'),
        ('negated_interest', 'A=undecided', 'Spółka {A} jest gotowa rozważyć podpis pod kodeksem, ale dopiero wtedy, gdy Bruksela zmieni rozdział o prawie autorskim.'),
        ('contrast_turn', 'A=sign,B=undecided', '14:20 – Firma {A} złożyła podpis pod kodeksem jako jedna z pierwszych. | Tymczasem spółka {B} wciąż milczy i nie ujawnia, jaką decyzję podejmie.'),
        ('contrast_turn', 'A=refuse,B=sign', 'Koncern {A} ostatecznie zrezygnował z przystąpienia do kodeksu; z kolei firma {B} kończy formalności, by trafić na listę sygnatariuszy przed 2 sierpnia.'),
        ('delay_then_decision', 'A=sign', 'Choć przez wiele miesięcy zabiegała o odroczenie kodeksu, firma {A} ostatecznie podpisała go {D}, na kilka godzin przed upływem terminu.'),
        ('delay_then_decision', 'A=refuse', 'Spółka {A}, która bezskutecznie domagała się wstrzymania AI Act, ogłosiła {D}, że nie przystąpi do kodeksu.'),
    ],
}


def generate(seed: int = SEED) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic for a seed."""
    return news_passages.generate(seed=seed, frames=FRAMES, targets=TARGET, prefix=PREFIX)


def write_challenge(path: Path = OUT_PATH) -> int:
    """Write the challenge set as labelled JSONL (``stancewatch evaluate --input`` reads it)."""
    rows = generate()
    with path.open("w", encoding="utf-8") as fh:
        for company, text, label, lang, phen, group in rows:
            fh.write(json.dumps({"company": company, "text": text, "label": label, "lang": lang,
                                 "phenomenon": phen, "frame": group}, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    import collections

    out = generate()
    print(len(out))
    print(collections.Counter((r[3], r[2]) for r in out))

"""Silence passages: a company with no public position on the Code, framed as open (2026-12, issue 13).

The labelling guide's rule 10 labels a company ``undecided`` when the passage is about the Code and
presents its decision as open — it has said nothing in public, has not answered, keeps quiet, has
yet to take a position — and ``none`` when the silence is about something else (a lawsuit, a deal,
a product). The training data had this mostly as scraped table cells ("Has not commented
publicly"), hardly as prose, and the seed ensemble read the demo site's own prose of it
("… has not commented publicly on the code") as ``none``. The frames below are our own wording per
language, written from the rule, not from any development or challenge passage or from the demo
site's articles (tests check 8-word windows against the first two):

* ``no_public_position``: the company has said nothing in public about the Code / about whether it
  will sign, has not answered requests, keeps quiet, has yet to take a stance → ``undecided``;
  also beside companies that have signed (→ ``sign``) and in lists of the silent (each
  ``undecided``);
* ``statement_not_silence``: the contrast — the company *has* said something in public, and it is
  a refusal worded with "nothing" / "no reason" / "against" → ``refuse`` (added after a first
  training on the two kinds above read refusals without a refusal verb as ``undecided``; see below);
* ``silence_elsewhere``: the same silence about a lawsuit, a deal or a product, in a passage that
  mentions the Code only for other companies or not at all → ``none``.

Frames use ``news_passages``'s slots and instantiation with their own seed (520 rows).

**Not in the shipped training data**: measured (2026-12-04) by appending ``generate()``'s rows in
``build_stance_data.build`` after the news passages (``pair_prefix="sl"``, ``source="silence"``, held-out
frames from ``news_passages.heldout_groups(rows, SEED, HELDOUT_SHARE)``), single model, fp32, against the
shipped data (seed 13: held-out 0.924, challenge 0.863 with English 0.856, read half 0.864; seed 14:
0.915 / 0.866 / 0.850). Held-out figures are on each run's own split (it gains the silence frames):

=======  ================================  ================================  ================================
seed     silence frames only               + ``statement_not_silence``       + gap ``negated_interest`` (C)
=======  ================================  ================================  ================================
13       0.929 / 0.856 (en 0.816) / 0.886  0.925 / 0.850 (en 0.810) / 0.883  0.927 / 0.872 (en 0.861) / 0.855
14       0.937 / 0.859 (en 0.828) / 0.890  (not run)                         0.926 / 0.881 (en 0.874) / 0.895
=======  ================================  ================================  ================================

(held-out / challenge / read half). The silence frames alone lifted the read half on both seeds
(+0.022, +0.040; English 0.903 and 0.925) but lowered the challenge set, English most: refusals worded
without a refusal verb ("no appetite for the code", "no reason to join") became ``undecided`` (22 of
52 English refusals in the first run); the statement contrasts did not repair it. Run C added, as the
contrast, the frames of ``gap_passages.py``'s ``negated_interest`` (refusals without a refusal verb,
instantiated with ``news_passages.generate(seed=gap_passages.SEED, targets=TARGET, prefix="gapni")``,
208 rows): it passed the guide's two-seed rule (challenge +0.012, read half +0.018, held-out +0.007 on
the means), but the seed-13 model, evaluated once on the unread half as the shipped candidate, fell
from 0.866 to **0.831** (English 0.868 → 0.849, ECE 0.044 → 0.074) and failed the unread gate (floor
0.84, ECE ≤ 0.05). Not shipped. The read half (127 passages) moved by −0.009 and +0.045 on the two
seeds: it does not predict the unread half well enough to choose training frames on.
"""
from __future__ import annotations

import news_passages

SEED = 20261205
PREFIX = "sil"
# news_passages.LABEL_RATIO (30/20/20/30 sign/refuse/undecided/none) applies within a language: 20
# undecided English rows and 12 per other language; the signers and refusers come from the contrast frames.
TARGET = {"en": 100, "de": 60, "fr": 60, "es": 60, "it": 60, "pt": 60, "nl": 60, "pl": 60}

FRAMES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("statement_not_silence", "A=refuse", "{A} has said in public that it wants nothing to do with {CODE}. | A spokesperson told {OUT} the company sees no reason to put its name to it."),
        ("statement_not_silence", "A=refuse,B=sign", "{B} added its name to the code {D}. | {A} has come out publicly against it and will stay off the list, its press office said."),
        ("no_public_position", "A=undecided", "{A} has so far said nothing in public about {CODE}. | A spokesperson did not answer questions from {OUT} on whether the company plans to sign it."),
        ("no_public_position", "A=undecided,B=sign", "{B} added its name to the code {D}. | {A} has yet to take any public stance on it, and its press office did not reply to requests for comment."),
        ("no_public_position", "L=undecided", "Several large model developers remain silent on {CODE}: {L} have not said publicly whether they will join."),
        ("no_public_position", "A=undecided", "Brussels is still waiting to hear from {A}. | The company has kept quiet about the code since the final text was published, {OUT} reported."),
        ("no_public_position", "A=undecided", "Whether {A} will back the code is anyone's guess: the company has offered no public view on it so far."),
        ("no_public_position", "A=undecided,B=refuse", "{B} has ruled out signing the code. | {A}, by contrast, has stayed publicly silent on the matter, leaving its intentions unclear."),
        ("silence_elsewhere", "A=none", "Asked by {OUT} about the copyright lawsuit filed against it {D}, {A} gave no response."),
        ("silence_elsewhere", "A=none,B=sign", "{B} signed the code {D}. | Separately, {A} declined to comment on reports that it is in talks to buy a chip start-up."),
    ],
    "de": [
        ("statement_not_silence", "A=refuse", "{A} hat öffentlich klargemacht, dass es mit dem Kodex nichts zu tun haben will. | Eine Unterschrift werde es nicht geben, wie {OUT} berichtet."),
        ("statement_not_silence", "A=refuse,B=sign", "{B} hat den Kodex {D} unterzeichnet. | {A} hat sich dagegen öffentlich festgelegt: Der Konzern bleibt dem Kodex fern."),
        ("no_public_position", "A=undecided,B=refuse", "{B} will den Kodex nicht unterschreiben, das hat das Unternehmen {D} klargestellt. | {A} dagegen schweigt öffentlich zu der Frage; wie sich der Konzern entscheidet, ist unklar."),
        ("no_public_position", "A=undecided", "{A} hat sich bislang nicht öffentlich zum KI-Verhaltenskodex geäußert. | Eine Anfrage, ob das Unternehmen unterschreiben wolle, ließ es unbeantwortet."),
        ("no_public_position", "A=undecided,B=sign", "{B} hat den Kodex {D} unterzeichnet. | Von {A} gibt es dazu bisher keine öffentliche Stellungnahme."),
        ("no_public_position", "L=undecided", "Zum Kodex schweigen bislang {L}. | Ob sie beitreten, ist offen."),
        ("no_public_position", "A=undecided", "Bei {A} hüllt man sich zum Verhaltenskodex der EU in Schweigen, berichtet {OUT}. | Eine Position hat der Konzern noch nicht bezogen."),
        ("silence_elsewhere", "A=none", "Zu der Klage wegen mutmaßlicher Urheberrechtsverletzungen wollte sich {A} auf Anfrage von {OUT} nicht äußern."),
        ("silence_elsewhere", "A=none,B=sign", "{B} hat den Kodex {D} unterschrieben. | {A} wollte sich unterdessen nicht zu Berichten über eine geplante Übernahme äußern."),
    ],
    "fr": [
        ("statement_not_silence", "A=refuse", "{A} a déclaré publiquement ne vouloir rien avoir à faire avec le code de bonnes pratiques. | L'entreprise ne le signera pas, selon {OUT}."),
        ("statement_not_silence", "A=refuse,B=sign", "{B} a rejoint le code {D}. | {A} a au contraire pris publiquement position contre et restera en dehors."),
        ("no_public_position", "A=undecided,B=refuse", "{B} a fait savoir qu'elle ne signerait pas le code. | {A}, elle, n'a rien dit publiquement, et son choix reste inconnu."),
        ("no_public_position", "A=undecided", "{A} ne s'est pas encore exprimée publiquement sur le code de bonnes pratiques. | Sollicitée par {OUT}, l'entreprise n'a pas dit si elle comptait le signer."),
        ("no_public_position", "A=undecided,B=sign", "{B} a apposé sa signature au bas du code {D}. | {A}, en revanche, n'a pris aucune position publique à ce stade."),
        ("no_public_position", "L=undecided", "Silence radio, pour l'heure, du côté de {L} : aucune de ces entreprises n'a fait savoir si elle adhérerait au code."),
        ("no_public_position", "A=undecided", "{A} reste muette sur le code de bonnes pratiques, selon {OUT}. | Sa décision n'est pas connue."),
        ("silence_elsewhere", "A=none", "Contactée par {OUT}, {A} n'a pas souhaité commenter la plainte déposée contre elle pour violation du droit d'auteur."),
        ("silence_elsewhere", "A=none,B=sign", "{B} a signé le code {D}. | De son côté, {A} s'est refusée à tout commentaire sur son projet de rachat d'une start-up."),
    ],
    "es": [
        ("statement_not_silence", "A=refuse", "{A} ha dejado claro en público que no quiere saber nada del código de buenas prácticas. | No lo firmará, según {OUT}."),
        ("statement_not_silence", "A=refuse,B=sign", "{B} se sumó al código {D}. | {A}, en cambio, se ha posicionado públicamente en contra y se quedará fuera."),
        ("no_public_position", "A=undecided,B=refuse", "{B} ya ha descartado firmar el código. | {A}, por su parte, no ha dicho nada en público y su decisión es una incógnita."),
        ("no_public_position", "A=undecided", "{A} no se ha pronunciado públicamente sobre el código de buenas prácticas. | Consultada por {OUT}, la empresa no aclaró si piensa firmarlo."),
        ("no_public_position", "A=undecided,B=sign", "{B} firmó el código {D}. | {A}, en cambio, todavía no ha fijado una posición pública al respecto."),
        ("no_public_position", "L=undecided", "Guardan silencio por ahora {L}: ninguna ha dicho si se adherirá al código de buenas prácticas."),
        ("no_public_position", "A=undecided", "En {A} siguen sin decir nada en público sobre el código, según {OUT}. | Su decisión sigue en el aire."),
        ("silence_elsewhere", "A=none", "{A} no quiso comentar la demanda por derechos de autor presentada en su contra, informó {OUT}."),
        ("silence_elsewhere", "A=none,B=sign", "{B} firmó el código {D}. | Por otra parte, {A} declinó hacer comentarios sobre la posible compra de una empresa de chips."),
    ],
    "it": [
        ("statement_not_silence", "A=refuse", "{A} ha detto pubblicamente di non voler avere nulla a che fare con il codice di buone pratiche. | Non lo firmerà, riferisce {OUT}."),
        ("statement_not_silence", "A=refuse,B=sign", "{B} ha aderito al codice {D}. | {A} invece si è schierata pubblicamente contro e resterà fuori."),
        ("no_public_position", "A=undecided,B=refuse", "{B} ha escluso di firmare il codice. | {A} invece tace pubblicamente e le sue intenzioni restano poco chiare."),
        ("no_public_position", "A=undecided", "{A} non si è ancora espressa pubblicamente sul codice di buone pratiche. | Interpellata da {OUT}, la società non ha chiarito se intende firmarlo."),
        ("no_public_position", "A=undecided,B=sign", "{B} ha firmato il codice {D}. | {A}, invece, non ha ancora assunto una posizione pubblica."),
        ("no_public_position", "L=undecided", "Tacciono per ora {L}: nessuna ha fatto sapere se aderirà al codice di condotta."),
        ("no_public_position", "A=undecided", "Sul codice di buone pratiche {A} mantiene il silenzio, scrive {OUT}. | La sua decisione resta un'incognita."),
        ("silence_elsewhere", "A=none", "{A} non ha voluto commentare la causa per violazione del diritto d'autore avviata contro di lei, riferisce {OUT}."),
        ("silence_elsewhere", "A=none,B=sign", "{B} ha firmato il codice {D}. | {A}, dal canto suo, non ha commentato le indiscrezioni su un'acquisizione."),
    ],
    "pt": [
        ("statement_not_silence", "A=refuse", "A {A} disse publicamente que não quer nada com o código de boas práticas. | Não o vai assinar, segundo {OUT}."),
        ("statement_not_silence", "A=refuse,B=sign", "A {B} aderiu ao código {D}. | A {A}, pelo contrário, tomou posição pública contra e vai ficar de fora."),
        ("no_public_position", "A=undecided,B=refuse", "A {B} já recusou assinar o código. | A {A}, pelo contrário, nada disse publicamente e as suas intenções continuam por conhecer."),
        ("no_public_position", "A=undecided", "A {A} ainda não se pronunciou publicamente sobre o código de boas práticas. | Contactada pel{OUT}, a empresa não esclareceu se pretende assiná-lo."),
        ("no_public_position", "A=undecided,B=sign", "A {B} assinou o código {D}. | Já a {A} ainda não assumiu qualquer posição pública."),
        ("no_public_position", "L=undecided", "Para já, {L} mantêm silêncio: nenhuma disse se vai aderir ao código."),
        ("no_public_position", "A=undecided", "A {A} continua calada sobre o código de boas práticas, segundo {OUT}. | A decisão da empresa é uma incógnita."),
        ("silence_elsewhere", "A=none", "A {A} não quis comentar o processo por violação de direitos de autor movido contra si, noticiou {OUT}."),
        ("silence_elsewhere", "A=none,B=sign", "A {B} assinou o código {D}. | A {A}, por seu lado, não comentou as notícias sobre uma possível aquisição."),
    ],
    "nl": [
        ("statement_not_silence", "A=refuse", "{A} heeft publiekelijk gezegd niets met de gedragscode te maken te willen hebben. | Het bedrijf tekent niet, meldt {OUT}."),
        ("statement_not_silence", "A=refuse,B=sign", "{B} heeft zich {D} bij de code aangesloten. | {A} heeft zich er daarentegen publiekelijk tegen uitgesproken en blijft erbuiten."),
        ("no_public_position", "A=undecided,B=refuse", "{B} heeft laten weten de code niet te ondertekenen. | {A} zegt er publiekelijk niets over; wat dat bedrijf doet, is nog onduidelijk."),
        ("no_public_position", "A=undecided", "{A} heeft zich nog niet publiek uitgesproken over de gedragscode. | Op vragen van {OUT} of het bedrijf gaat tekenen, kwam geen antwoord."),
        ("no_public_position", "A=undecided,B=sign", "{B} heeft de code {D} ondertekend. | {A} heeft tot nu toe geen publiek standpunt ingenomen."),
        ("no_public_position", "L=undecided", "{L} zwijgen vooralsnog over de gedragscode: geen van hen heeft gezegd of ze zich erbij aansluiten."),
        ("no_public_position", "A=undecided", "Bij {A} blijft het stil over de Europese gedragscode, meldt {OUT}. | Wat het bedrijf gaat doen, is onduidelijk."),
        ("silence_elsewhere", "A=none", "{A} wilde niet reageren op de rechtszaak over auteursrechten die tegen het bedrijf is aangespannen, meldt {OUT}."),
        ("silence_elsewhere", "A=none,B=sign", "{B} heeft de code {D} ondertekend. | {A} gaf intussen geen commentaar op berichten over een mogelijke overname."),
    ],
    "pl": [
        ("statement_not_silence", "A=refuse", "Firma {A} publicznie oświadczyła, że nie chce mieć nic wspólnego z kodeksem postępowania. | Nie podpisze go – podaje {OUT}."),
        ("statement_not_silence", "A=refuse,B=sign", "Firma {B} przystąpiła do kodeksu {D}. | Spółka {A} publicznie opowiedziała się natomiast przeciw i pozostanie poza nim."),
        ("no_public_position", "A=undecided,B=refuse", "Firma {B} odmówiła podpisania kodeksu. | Spółka {A} publicznie milczy i nie wiadomo, jaką decyzję podejmie."),
        ("no_public_position", "A=undecided", "Firma {A} nie zajęła dotąd publicznie stanowiska w sprawie kodeksu postępowania. | Na pytanie dziennikarzy, czy go podpisze, nie odpowiedziała."),
        ("no_public_position", "A=undecided,B=sign", "Firma {B} podpisała kodeks {D}. | Spółka {A} wciąż nie zabrała w tej sprawie publicznie głosu."),
        ("no_public_position", "L=undecided", "Milczą na razie firmy {L}: żadna nie ogłosiła, czy przystąpi do kodeksu dobrych praktyk."),
        ("no_public_position", "A=undecided", "Koncern {A} nabrał wody w usta w sprawie unijnego kodeksu – podaje {OUT}. | Jego decyzja pozostaje niewiadomą."),
        ("silence_elsewhere", "A=none", "Firma {A} nie skomentowała pozwu o naruszenie praw autorskich, który złożono przeciwko niej – podaje {OUT}."),
        ("silence_elsewhere", "A=none,B=sign", "Firma {B} podpisała kodeks {D}. | Spółka {A} nie odniosła się natomiast do doniesień o możliwym przejęciu."),
    ],
}


def generate(seed: int = SEED) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows, deterministic for a seed."""
    return news_passages.generate(seed=seed, frames=FRAMES, targets=TARGET, prefix=PREFIX)

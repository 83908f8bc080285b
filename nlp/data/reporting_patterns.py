"""Reporting patterns of real coverage that the template material under-covered (2026-12).

Error analysis on real reporting showed the model mislabelling whole *kinds* of passage, not
single wordings: lobbying lists ("X, Y and Z urged Brussels to…" → undecided), absence from the
signatory list, "likely" buried in a sentence about another company, refusal verbs other than
"decline" (dismiss, push back, contest, holdout), signing verbs other than "sign" (pledge, commit,
confirmed signatories), partial signing phrased as a middle way, status lists in social posts
("Signing none: X"), and product lists in scope descriptions (none). Each frame below is our own
wording of one such pattern; ``{L}`` is a list of companies that all get the frame's label, so the
model learns that a position in a list does not change the stance.

Slots: ``{T}`` target, ``{O}``/``{O2}`` other companies, ``{L}`` list containing the target,
``{P}`` a product of the target, ``{OP}`` a product of another company, ``{X}`` the target's
executive, ``{OUT}`` an outlet, ``{D}`` a date. A frame's label spec is ``"T=label"`` (plus
``"O=label"`` when the other company's stance is stated too, giving a contrast pair).
Labels follow docs/labelling-guide.md (rules 3, 4, 6 and 7).
"""
from __future__ import annotations

import random
import tomllib
from pathlib import Path

REGISTRY = Path(__file__).with_name("companies.toml")


def registry_tables(path: Path = REGISTRY) -> tuple[dict[str, list[str]], dict[str, str]]:
    """``(products, execs)`` from the registry file: a company's display name → its ``models`` (in
    registry order), and → its one executive marked ``spokesperson = true``; a company without the
    mark is not in that table. Read with tomllib, not ``nlp.registry``: this module runs as part of a script."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    products: dict[str, list[str]] = {}
    execs: dict[str, str] = {}
    for c in data.get("company", []):
        if c.get("training") is False:  # added after the training data was built (news_passages)
            continue
        name = c["name"].strip()
        models = [m.strip() for m in c.get("models", []) if m.strip()]
        if models:
            products[name] = models
        voices = [e["name"].strip() for e in c.get("executive", []) if e.get("spokesperson") is True]
        if len(voices) > 1:
            raise ValueError(f"{path}: company {name!r} marks more than one spokesperson: {', '.join(voices)}")
        if voices:
            execs[name] = voices[0]
    return products, execs


# The company pool and its product ({P}) and executive ({X}) names come from the marks in the
# registry (nlp/data/companies.toml): PRODUCTS from a company's `models`, EXECS from its executive
# with `spokesperson = true`; a company in neither is not in the pool. The marks are set by hand
# because a heuristic derivation (policy/affairs executives, all model brands) widened the pool from
# ~16 to ~30 companies and, retrained, scored macro-F1 0.808 instead of 0.849 on the unread half of
# the development set (2026-12); so adding a mark changes the generated data and needs measuring.
PRODUCTS, EXECS = registry_tables()

OUTLETS = ["Reuters", "Euronews", "Politico", "the Financial Times", "Bloomberg", "TechCrunch", "MLex",
           "Tagesspiegel Background", "Contexte", "El País", "Il Sole 24 Ore"]
DATES = ["3 July", "July 10", "late June", "mid-July", "1 August", "the end of July", "Thursday", "last week"]

EN = "en"
# (label spec, phenomenon, language, text)
FRAMES: list[tuple[str, str, str, str]] = [
    # --- lobbying, delay and simplification requests: undecided (guide rule 7) ---
    ("L=undecided", "delay_request", EN, "According to {OUT}, {L} lobbied the Commission to trim the code and drop what they called duplicate reporting duties."),
    ("L=undecided", "delay_request", EN, "In a joint submission in {D}, {L} asked Brussels to hold back the code until the accompanying guidelines were final."),
    ("L=undecided", "delay_request", EN, "Firms including {L} pressed the EU executive to water down the draft before publication."),
    ("L=undecided", "delay_request", EN, "The letter, whose backers include {L}, calls for a two-year pause before obligations for general-purpose models kick in."),
    ("L=undecided", "delay_request", EN, "Heavyweights such as {L} have pushed for more time, yet the Commission says the August deadline for general-purpose models stands."),
    ("T=undecided", "delay_request", EN, "{T} has quietly lobbied for a lighter code, two people familiar with the talks told {OUT}."),
    ("T=undecided", "delay_request", EN, "{T} joined a group of European industrial firms that wrote to the Commission on {D}, asking it to postpone the AI rules."),
    ("L=undecided", "delay_request", EN, "Earlier this summer {L} urged the AI Office to keep the code \"short and practical\" and to avoid new burdens."),
    ("T=undecided;O=sign", "delay_request", EN, "{O} has already signed, while {T} is still pressing Brussels to delay parts of the code."),
    ("L=undecided", "delay_request", EN, "{L} were among the companies calling on the Commission to stop the clock on the AI Act."),
    # --- absent from the list, no public position: undecided ---
    ("L=undecided", "absent", EN, "Missing from the Commission's first list of signatories are {L}. Whether they will join later is unclear."),
    ("L=undecided", "absent", EN, "So far none of the big Chinese developers — {L} — has put its name to the code."),
    ("T=undecided", "absent", EN, "{T} has not published a position on the code and did not answer a request for comment from {OUT}."),
    ("T=undecided", "absent", EN, "{T} has stayed silent on whether it will join the code."),
    ("T=undecided", "absent", EN, "It is not yet clear whether {T} will sign; the company was not on the list released on {D}."),
    ("T=undecided;O=sign", "absent", EN, "{O} appears on the signatory list, but {T} is nowhere to be found on it, and has given no reason."),
    ("T=undecided", "table_row", EN, "{T}No stated positionNo reply to press enquiries so far (status: open)"),
    ("T=undecided", "table_row", EN, "{T} | Not announced | absent from the list; declined to comment ({OUT})"),
    ("T=undecided", "table_row", EN, "{T}UnclearHas not commented publicly; also stayed out of the AI Pact"),
    ("T=undecided", "table_row", EN, "{T} — undecided — no official statement found"),
    # --- "likely" and "expected", also in sentences about someone else: undecided ---
    ("T=undecided;O=sign", "modality", EN, "{O} signed on {D}, ahead of {T}'s anticipated endorsement."),
    ("T=undecided;O=sign", "modality", EN, "{O} has joined the code; {T} is said to be close to a decision."),
    ("T=undecided;O=sign", "modality", EN, "{O} formally signs up to the EU code, and {T} is widely expected to follow."),
    ("T=undecided", "table_row", EN, "{T}\"Probably\" signing{X}: \"We want to work constructively with the AI Office\" ({OUT})"),
    ("T=undecided", "table_row", EN, "{T}Leaning towards signingExecutives signalled support, no signature yet"),
    ("T=undecided", "modality", EN, "{X} hinted that {T} would probably come on board, but stopped short of a commitment."),
    # --- refusal beyond "decline": refuse ---
    ("T=refuse", "refuse_verbs", EN, "{T}, for its part, has brushed the code aside."),
    ("T=refuse", "refuse_verbs", EN, "{T} dismissed the code as unworkable and said it would not take part."),
    ("T=refuse", "refuse_verbs", EN, "Providers that stay away from the code, {T} among them, can expect closer scrutiny from the AI Office."),
    ("T=refuse", "refuse_verbs", EN, "Though signing is voluntary, companies that reject the code, such as {T}, must show compliance some other way."),
    ("T=refuse", "refuse_verbs", EN, "{T}'s rejection of the code points to a deeper clash over how Europe regulates AI."),
    ("T=refuse", "refuse_verbs", EN, "In effect {T} is telling Brussels: we will obey the law, but not through your code."),
    ("T=refuse", "headline", EN, "{T} pushes back against EU AI code, calling it regulatory overreach"),
    ("T=refuse;O=sign", "refuse_verbs", EN, "While {O} will sign, {T} is fighting the code, arguing it goes far beyond the AI Act."),
    ("T=refuse", "refuse_verbs", EN, "{T} remains the only major American developer holding out against the code."),
    ("T=refuse", "refuse_verbs", EN, "{T} turned down the Commission's invitation to sign."),
    ("T=refuse", "refuse_verbs", EN, "{T} has already rejected the code, {OUT} reported."),
    ("T=refuse;O=sign", "contrast", EN, "Unlike {O}, which signed, {T} has shunned the code entirely."),
    # --- signing beyond "sign": sign ---
    ("L=sign", "official", EN, "Confirmed signatories so far: {L}."),
    ("T=sign", "sign_verbs", EN, "{T} has pledged to abide by the EU's code of practice for general-purpose AI."),
    ("T=sign", "sign_verbs", EN, "{T} committed itself to the code in {D}, according to {OUT}."),
    ("T=sign;O=refuse", "contrast", EN, "Providers such as {T} signed the code to get ahead of the AI Act, whereas {O} refused, pointing to legal uncertainty."),
    ("T=sign", "sign_despite", EN, "Even though {T} signed the code, it warned that the rules could slow the rollout of AI in Europe."),
    ("T=sign", "sign_despite", EN, "Despite putting its name to the code, {T} cautioned that the AI Act could hold Europe back."),
    ("T=sign", "partial", EN, "{T} chose a middle path: it will sign the safety and security chapter only and criticised the rest as harmful to innovation."),
    ("T=sign", "partial", EN, "{T} signs just one of the three chapters, the one on safety, calling the copyright rules a step too far."),
    ("T=sign;O=sign", "sign_verbs", EN, "{T} and {O} have both committed to follow the code of practice."),
    ("T=sign", "social_post", EN, "Proud that {T} is among the first signatories of the EU GPAI Code of Practice. Responsible AI needs clear, shared rules."),
    # --- scope descriptions and product lists: none (guide rule 6) ---
    ("L=none", "hard_negative", EN, "The code sets transparency, copyright and safety rules for providers of general-purpose models, such as {LP}."),
    ("L=none", "hard_negative", EN, "Its safety chapter applies only to the most capable models, like {LP}."),
    ("T=none", "hard_negative", EN, "{T} rolled out a new version of {P} to European users this week."),
    ("L=none", "hard_negative", EN, "The Commission's guidelines name {L} as examples of providers of general-purpose AI models."),
    ("L=none", "hard_negative", EN, "Popular assistants such as {LP} would all fall under the new obligations."),
    # --- other languages ---
    ("L=undecided", "delay_request", "es", "{L} han presionado para aplazar las normas, pero Bruselas mantiene el calendario previsto."),
    ("T=undecided", "delay_request", "es", "{T} pidió más tiempo antes de comprometerse con el código, según {OUT}."),
    ("L=sign", "official", "es", "Firmantes confirmados: {L}."),
    ("T=refuse;O=sign", "contrast", "es", "Mientras {O} firmará, {T} rechaza el código y se niega a suscribirlo."),
    ("L=undecided", "delay_request", "fr", "{L} ont fait pression pour reporter l'application du code."),
    ("T=refuse;O=sign", "contrast", "fr", "Alors que {O} s'engage à signer, {T} conteste le code et refuse d'y adhérer."),
    ("L=sign", "official", "fr", "Signataires confirmés : {L}."),
    ("T=undecided", "absent", "fr", "{T} ne s'est pas encore prononcé sur le code et ne figure pas sur la liste."),
    ("L=undecided", "delay_request", "de", "{L} haben in Brüssel auf eine Verschiebung der Regeln gedrängt."),
    ("T=refuse", "refuse_verbs", "de", "{T} stemmt sich gegen den Verhaltenskodex und will ihn nicht unterzeichnen."),
    ("L=sign", "official", "de", "Bestätigte Unterzeichner: {L}."),
    ("T=undecided", "absent", "de", "Ob {T} den Kodex unterschreibt, ist offen; das Unternehmen steht bislang nicht auf der Liste."),
    ("L=undecided", "delay_request", "it", "{L} hanno chiesto a Bruxelles di rinviare il codice."),
    ("T=refuse;O=sign", "contrast", "it", "Se {O} firmerà, {T} contesta il codice e non intende aderire."),
    ("L=sign", "official", "it", "Firmatari confermati: {L}."),
    ("T=undecided", "absent", "it", "{T} non ha ancora preso posizione sul codice."),
]

# Status lists as posted on social media: each listed company gets its row's label (guide rule 8).
STATUS_ROWS = [("Signing the whole code", "sign"), ("Safety chapter only", "sign"), ("Not signing", "refuse"),
               ("Still deciding", "undecided")]
STATUS_STYLES = ["{h}: {names}", "{h} — {names}", "{h}: {names};"]

INSTANCES = {EN: 6, "de": 5, "fr": 5, "es": 5, "it": 5}


def _join(names: list[str], lang: str) -> str:
    last = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e"}[lang]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]


def _products_list(rng: random.Random, companies: list[str]) -> str:
    return _join([f"{c}'s {rng.choice(PRODUCTS[c])}" for c in companies], EN)


def generate(company_names: list[str], seed: int = 20261202) -> list[tuple[str, str, str, str, str, str]]:
    """``(company, text, label, lang, phenomenon, group)`` rows; a group is one frame (or one
    status-list shape), so the held-out split keeps whole frames unseen."""
    rng = random.Random(seed)
    pool = [c for c in company_names if c in EXECS or c in PRODUCTS] or list(company_names)
    rows = []
    for fi, (spec, phen, lang, frame) in enumerate(FRAMES):
        labels = dict(part.split("=") for part in spec.split(";"))
        for _ in range(INSTANCES[lang]):
            needs_product = "{P}" in frame or "{LP}" in frame
            cands = [c for c in pool if c in PRODUCTS] if needs_product else pool
            cands = [c for c in cands if c in EXECS] if "{X}" in frame else cands
            chosen = rng.sample(cands, k=min(len(cands), rng.randint(3, 5)))
            target, others = chosen[0], chosen[1:]
            listed = rng.sample(chosen, k=len(chosen))
            vals = {"T": target, "O": others[0], "O2": others[1], "X": EXECS.get(target, ""),
                    "P": rng.choice(PRODUCTS.get(target, [""])), "OUT": rng.choice(OUTLETS), "D": rng.choice(DATES),
                    "L": _join(listed, lang), "LP": _products_list(rng, listed) if needs_product else ""}
            text = frame.format(**vals)
            group = f"rep:{fi}"
            if "L" in labels:  # three targets per list are plenty; more would only repeat the text
                rows += [(c, text, labels["L"], lang, phen, group) for c in rng.sample(listed, k=min(3, len(listed)))]
            else:
                rows.append((target, text, labels["T"], lang, phen, group))
                if "O" in labels:
                    rows.append((others[0], text, labels["O"], lang, phen, group))
    for k in range(40):
        names = rng.sample(pool, k=min(len(pool), 7))
        rows_used = rng.sample(STATUS_ROWS, k=rng.randint(2, 4))
        style = rng.choice(STATUS_STYLES)
        parts, cursor, assigned = [], 0, []
        for i, (head, label) in enumerate(rows_used):
            take = names[cursor : cursor + (rng.randint(1, 3) if i < len(rows_used) - 1 else 2)]
            cursor += len(take)
            if not take:
                break
            parts.append(style.format(h=head, names=", ".join(take)))
            assigned += [(c, label) for c in take]
        text = rng.choice([" ", "\n", " | "]).join(parts)
        rows += [(c, text, label, EN, "status_list", f"rep:status:{k % 6}")
                 for c, label in rng.sample(assigned, k=min(4, len(assigned)))]
    return rows

"""A seed ensemble on one frozen trunk: the e5 recipe's trainable part, trained more than once.

One training run's answers on real reporting move with its seed (between seeds 13 and 14, 13 of
the 127 read-half development passages and 100 of the 1,170 challenge passages changed answer),
so the e5 recipe trains ``members`` copies of its trainable part — the upper encoder layers, the
pooler and the head — on the same cached frozen part, each with its own seed (head initialisation,
dropout, batch order), and averages their logits. The frozen part (embeddings + lower layers) is
shared: inference runs it once and only the upper part once per member.

On disk, member 0 is the ordinary checkpoint (a single-member model is a standard
``*ForSequenceClassification`` directory); member ``k`` ≥ 1 is its trainable part alone in
``member-<k>.safetensors``. The meta's ``members`` says how many there are.
"""
from __future__ import annotations

import copy
import logging
from pathlib import Path

from nlp.frozen_layers import first_token_layer, frozen_forward, mean_pool, run_layers

log = logging.getLogger(__name__)

MEMBER_FILE = "member-{k}.safetensors"


def member_view(model, frozen_layers: int):
    """Member 0: the model's own trainable part as a ModuleDict (its parameters, not copies)."""
    import torch

    bert = model.base_model
    # the model's own parameter order (layers, pooler, head): gradient clipping sums in this order
    parts = {"layers": torch.nn.ModuleList(list(bert.encoder.layer[frozen_layers:]))}
    if getattr(bert, "pooler", None) is not None:
        parts["pooler"] = bert.pooler
    parts.update(dropout=model.dropout, classifier=model.classifier)
    return torch.nn.ModuleDict(parts)


def member_logits(bert, member, hidden, attention_mask, pooling: str):
    """One member's logits on the frozen part's output: its upper layers, pooling and head, as
    ``BertForSequenceClassification`` runs them (``cls``) or over the mean of real tokens (``mean``).
    Under ``cls`` the last layer runs for the first token only (``first_token_layer``): 12% of a
    training step with six trainable layers (measured 2026-12-06)."""
    layers = member["layers"]
    if pooling == "mean":
        pooled = mean_pool(run_layers(bert, hidden, attention_mask, layers), attention_mask)
    elif pooling == "cls":
        if len(layers):
            hidden = first_token_layer(layers[-1], run_layers(bert, hidden, attention_mask, layers[:-1]), attention_mask)
        pooled = member["pooler"](hidden)
    else:
        raise ValueError(f"unknown pooling {pooling!r}")
    return member["classifier"](member["dropout"](pooled))


def new_member(torch, initial, seed: int, init_std: float):
    """A further member: a copy of the base's trainable part (``initial``, taken before member 0
    trained) with its head drawn afresh from ``seed``, as the checkpoint loader draws a new head."""
    member = copy.deepcopy(initial)
    torch.manual_seed(seed)
    with torch.no_grad():
        member["classifier"].weight.normal_(0.0, init_std)
        member["classifier"].bias.zero_()
    return member


def save_members(out_dir: Path, members: list) -> None:
    """Members 1.. beside the checkpoint (member 0 is the checkpoint itself)."""
    from safetensors.torch import save_file

    for k, member in enumerate(members[1:], start=1):
        tensors = {name: t.detach().contiguous() for name, t in member.state_dict().items()}
        save_file(tensors, str(Path(out_dir) / MEMBER_FILE.format(k=k)))


def load_members(model, model_dir: Path, count: int, frozen_layers: int) -> list:
    """All ``count`` members of a saved model, member 0 being ``model``'s own trainable part."""
    from safetensors.torch import load_file

    first = member_view(model, frozen_layers)
    members = [first]
    for k in range(1, count):
        path = Path(model_dir) / MEMBER_FILE.format(k=k)
        member = copy.deepcopy(first)
        member.load_state_dict(load_file(str(path)))  # strict: a missing or foreign tensor is an error
        member.eval()
        members.append(member)
    return members


def stacked_logits(model, members: list, enc, frozen_layers: int, pooling: str):
    """[members, batch, labels]: the frozen part once, every member's upper part on its output."""
    import torch

    bert = model.base_model
    mask = enc["attention_mask"]
    hidden = frozen_forward(bert, enc["input_ids"], mask, frozen_layers)
    return torch.stack([member_logits(bert, m, hidden, mask, pooling) for m in members])

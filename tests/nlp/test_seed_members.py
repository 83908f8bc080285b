"""The seed ensemble on one frozen trunk (nlp/seed_members.py): members share the frozen part and
nothing else, survive a save and reload exactly, and a single-member model is the plain recipe."""
from __future__ import annotations

import random

import pytest
import torch

from nlp.errors import ModelNotFound
from nlp.frozen_layers import cache_frozen_states, pad_batch
from nlp.seed_members import (
    MEMBER_FILE,
    load_members,
    member_logits,
    member_view,
    new_member,
    save_members,
    stacked_logits,
)
from nlp.training_steps import fit_member

FROZEN = 2


def _enc(ids):
    batch, mask = pad_batch(torch, ids, 1)
    return {"input_ids": batch, "attention_mask": mask}


def test_member_zero_is_the_models_own_trainable_part(tiny_bert):
    view = member_view(tiny_bert, FROZEN)
    own = {id(p) for p in tiny_bert.parameters()}
    assert all(id(p) in own for p in view.parameters())
    assert len(view["layers"]) == 4 - FROZEN
    assert view["layers"][0] is tiny_bert.bert.encoder.layer[FROZEN]


def test_a_new_member_copies_the_upper_part_and_draws_its_own_head(tiny_bert):
    initial = member_view(tiny_bert, FROZEN)
    member = new_member(torch, initial, seed=14, init_std=0.02)
    assert not {id(p) for p in member.parameters()} & {id(p) for p in tiny_bert.parameters()}
    assert torch.equal(member["layers"][0].output.dense.weight, initial["layers"][0].output.dense.weight)
    assert not torch.equal(member["classifier"].weight, initial["classifier"].weight)
    again = new_member(torch, initial, seed=14, init_std=0.02)
    assert torch.equal(member["classifier"].weight, again["classifier"].weight)  # the seed decides


@pytest.mark.parametrize("pooling", ["cls", "mean"])
def test_stacked_logits_run_each_member_on_the_shared_frozen_part(tiny_bert, pooling, random_ids):
    from nlp.transformer import pooled_logits

    members = [member_view(tiny_bert, FROZEN), new_member(torch, member_view(tiny_bert, FROZEN), 5, 0.5)]
    enc = _enc(random_ids([5, 9, 14]))
    with torch.no_grad():
        stacked = stacked_logits(tiny_bert, members, enc, FROZEN, pooling)
        assert stacked.shape == (2, 3, 4)
        torch.testing.assert_close(stacked[0], pooled_logits(tiny_bert, enc, pooling), atol=1e-5, rtol=1e-5)
        assert not torch.allclose(stacked[0], stacked[1])


def test_members_survive_a_save_and_reload_exactly(tiny_bert, tmp_path, random_ids):
    members = [member_view(tiny_bert, FROZEN), new_member(torch, member_view(tiny_bert, FROZEN), 7, 0.5),
               new_member(torch, member_view(tiny_bert, FROZEN), 8, 0.5)]
    save_members(tmp_path, members)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MEMBER_FILE.format(k=1), MEMBER_FILE.format(k=2)]
    loaded = load_members(tiny_bert, tmp_path, 3, FROZEN)
    enc = _enc(random_ids([6, 11]))
    with torch.no_grad():
        assert torch.equal(stacked_logits(tiny_bert, loaded, enc, FROZEN, "cls"),
                           stacked_logits(tiny_bert, members, enc, FROZEN, "cls"))


def test_a_missing_member_file_is_an_error_not_a_smaller_ensemble(tiny_bert, tmp_path):
    with pytest.raises(OSError):
        load_members(tiny_bert, tmp_path, 2, FROZEN)


def test_an_incomplete_saved_ensemble_says_retrain(tmp_path):
    import json

    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    from nlp.transformer import META_FILE, TransformerStanceClassifier

    config = BertConfig(vocab_size=20, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=32, num_labels=4)
    BertForSequenceClassification(config).save_pretrained(tmp_path)
    vocab = {t: i for i, t in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "meta"])}
    raw = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    raw.pre_tokenizer = pre_tokenizers.Whitespace()
    PreTrainedTokenizerFast(tokenizer_object=raw, unk_token="[UNK]", pad_token="[PAD]").save_pretrained(tmp_path)
    (tmp_path / META_FILE).write_text(json.dumps({"labels": ["sign", "refuse", "undecided", "none"],
                                                  "members": 2, "frozen_layers": 1}))
    with pytest.raises(ModelNotFound, match="incomplete"):
        TransformerStanceClassifier(tmp_path)


@pytest.mark.parametrize("bf16", [False, True])
def test_fit_member_moves_only_the_member(tiny_bert, bf16, random_ids):
    import copy

    model = copy.deepcopy(tiny_bert)
    for p in [*model.bert.embeddings.parameters(), *model.bert.encoder.layer[:FROZEN].parameters()]:
        p.requires_grad_(False)
    ids = random_ids([5, 7, 9, 12, 6, 8], seed=3)
    states = cache_frozen_states(torch, model.bert, ids, FROZEN, pad_id=1)
    labels = torch.tensor([0, 1, 2, 3, 0, 1])
    member = new_member(torch, member_view(model, FROZEN), 21, 0.02)
    before = {k: v.clone() for k, v in model.state_dict().items()}
    start = copy.deepcopy(member.state_dict())
    steps = []
    fit_member(torch, model.bert, member, states, [len(i) for i in ids], labels, epochs=2, lr=1e-3, batch_size=4,
               order_rng=random.Random(0), pooling="cls", bf16=bf16, on_step=lambda e, loss: steps.append(e))
    assert steps == [0, 0, 1, 1]
    assert all(torch.equal(before[k], v) for k, v in model.state_dict().items())  # member 0 untouched
    assert not torch.equal(start["classifier.weight"], member.state_dict()["classifier.weight"])
    with torch.no_grad():
        hidden, mask = pad_batch(torch, states)
        assert torch.isfinite(member_logits(model.bert, member, hidden, mask, "cls")).all()

"""The seed ensemble's training arithmetic: the last layer run for the first token only, and
further members trained in worker processes (nlp/frozen_layers.py, nlp/member_workers.py)."""
from __future__ import annotations

import copy
import random

import pytest

torch = pytest.importorskip("torch")

from nlp.frozen_layers import cache_frozen_states, first_token_layer, pad_batch, run_layers  # noqa: E402
from nlp.member_workers import MemberJob, load_base, threads_per_loop, train_side_by_side  # noqa: E402
from nlp.seed_members import member_logits, member_view, new_member  # noqa: E402
from nlp.training_steps import fit_member  # noqa: E402


def _without_dropout(model):
    model = copy.deepcopy(model)
    for module in model.modules():
        if isinstance(module, torch.nn.Dropout):
            module.p = 0.0
    return model


def test_first_token_layer_equals_the_full_layers_first_row_with_padding(tiny_bert, random_ids):
    bert = tiny_bert.bert
    hidden, mask = pad_batch(torch, cache_frozen_states(torch, bert, random_ids([3, 19, 7, 26]), 3, pad_id=1))
    layer = bert.encoder.layer[3]
    with torch.no_grad():
        full = run_layers(bert, hidden, mask, [layer])[:, :1]
        first = first_token_layer(layer, hidden, mask)
    assert first.shape == (4, 1, 32)
    torch.testing.assert_close(first, full, atol=1e-6, rtol=1e-6)


def test_first_token_training_gives_the_full_models_loss_and_gradients(tiny_bert, random_ids):
    """In training mode (dropout off so both sides draw nothing), the loss and every gradient equal
    the full model's: the shortcut changes the cost of a step, not the step."""
    model = _without_dropout(tiny_bert).train()
    ids, mask = pad_batch(torch, random_ids([5, 14, 9, 21], seed=3), 1)
    labels = torch.tensor([0, 1, 2, 3])
    full_loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
    full_loss.backward()
    full_grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
    model.zero_grad()
    member = member_view(model, 0)
    hidden = model.bert.embeddings(input_ids=ids)
    loss = torch.nn.functional.cross_entropy(member_logits(model.bert, member, hidden, mask, "cls"), labels)
    loss.backward()
    torch.testing.assert_close(loss, full_loss, atol=1e-6, rtol=1e-6)
    for name, grad in full_grads.items():
        torch.testing.assert_close(dict(model.named_parameters())[name].grad, grad, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize(("members", "threads", "each"), [(1, 4, 0), (2, 1, 0), (2, 2, 1), (2, 4, 2), (3, 4, 1)])
def test_threads_per_loop(members, threads, each):
    assert threads_per_loop(members, threads) == each


def test_a_worker_trains_member_one_exactly_as_the_sequential_path(tiny_bert, random_ids, tmp_path):
    """Same base, seed, cached frozen part and thread count: the worker's member 1 is byte-identical
    to the one trained in this process one after the other."""
    source = tmp_path / "base"
    tiny_bert.save_pretrained(source)
    ids = random_ids([6, 12, 9, 17, 4, 22, 11, 8, 15, 10], seed=5)
    labels = torch.tensor([i % 4 for i in range(len(ids))])
    lengths = [len(seq) for seq in ids]
    threads_before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        torch.use_deterministic_algorithms(True)
        model, _ = load_base(torch, str(source), 2, "cls")
        states = cache_frozen_states(torch, model.bert, ids, 2, pad_id=1)
        initial = copy.deepcopy(member_view(model, 2))
        here = new_member(torch, initial, 13 + 1, model.config.initializer_range)
        fit_member(torch, model.bert, here, states, lengths, labels, epochs=2, lr=1e-3, batch_size=4,
                   order_rng=random.Random(13 + 1), pooling="cls", bf16=False, on_step=lambda epoch, loss: None)
        job = MemberJob(k=0, seed=13, source=str(source), frozen_layers=2, pooling="cls", epochs=2, lr=1e-3,
                        batch_size=4, bf16=False, threads=1)
        ran_first = []
        (worker,) = train_side_by_side(torch, job, 2, initial, states, lengths, labels, lambda: ran_first.append(1))
    finally:
        torch.set_num_threads(threads_before)
    assert ran_first == [1] and torch.get_num_threads() == threads_before
    assert not torch.equal(worker["classifier"].weight, initial["classifier"].weight)  # it trained
    for name, value in here.state_dict().items():
        assert torch.equal(worker.state_dict()[name], value), f"{name} differs"


def test_a_failing_worker_is_a_clear_error(tiny_bert, tmp_path):
    from nlp.errors import NlpError

    job = MemberJob(k=0, seed=13, source=str(tmp_path / "no-such-base"), frozen_layers=2, pooling="cls", epochs=1,
                    lr=1e-3, batch_size=4, bf16=False, threads=1)
    member = member_view(tiny_bert, 2)
    with pytest.raises(NlpError, match="member 1 .*failed in its worker process"):
        train_side_by_side(torch, job, 2, member, [torch.zeros(3, 32)], [3], torch.tensor([0]), lambda: None)


def test_bf16_steps_are_used_only_where_they_pay(monkeypatch):
    from nlp import training_steps

    use, speedup = training_steps.bf16_steps_pay(torch)
    assert use is (speedup >= training_steps.BF16_PAYS_AT)
    assert speedup == 0.0 or speedup > 0.1  # measured when the CPU has bf16 dot products
    monkeypatch.setattr(training_steps, "bf16_steps_supported", lambda torch: False)
    assert training_steps.bf16_steps_pay(torch) == (False, 0.0)

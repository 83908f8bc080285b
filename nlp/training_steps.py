"""The update loop of both training recipes: length-bucketed batches, AdamW with a linear
warm-up schedule, gradient clipping; ``fit_member`` runs it for one member of the e5 recipe on
the cached frozen part (``nlp.seed_members``)."""
from __future__ import annotations

import math
import random
from collections.abc import Callable

from nlp.frozen_layers import pad_batch
from nlp.seed_members import member_logits

WARMUP_SHARE = 0.1  # of the steps, the learning rate rising linearly


def optimizer_step(torch, loss, params, optimizer, schedule) -> None:
    """One update, in the order both recipes have always used (the models stay byte-identical)."""
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, 1.0)
    optimizer.step()
    schedule.step()
    optimizer.zero_grad()


def length_bucketed_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length: far less padding, so training takes about half the time."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 16
    batches: list[list[int]] = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i : i + pool], key=lambda j: lengths[j])
        batches.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def bf16_steps_supported(torch) -> bool:
    """bf16 autocast pays only on CPUs with bf16 dot products (AVX512-BF16 or AMX); elsewhere
    torch emulates it, slower than fp32."""
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


def fit_member(torch, bert, member, states: list, lengths: list[int], labels, *, epochs: int, lr: float,
               batch_size: int, order_rng: random.Random, pooling: str, bf16: bool,
               on_step: Callable[[int, object], None]) -> None:
    """Train one member's upper layers and head on the frozen part's cached outputs ``states``.
    ``bf16``: the forward pass under bf16 autocast (weights, optimizer state and loss stay fp32)."""
    from transformers import get_linear_schedule_with_warmup

    trainable = [p for p in member.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.01, fused=True)
    total_steps = math.ceil(len(states) / batch_size) * epochs
    schedule = get_linear_schedule_with_warmup(optimizer, int(WARMUP_SHARE * total_steps), total_steps)
    for epoch in range(epochs):
        member.train()
        for idx in length_bucketed_batches(lengths, batch_size, order_rng):
            hidden, mask = pad_batch(torch, [states[j] for j in idx])
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                logits = member_logits(bert, member, hidden, mask, pooling)
            loss = torch.nn.functional.cross_entropy(logits.float(), labels[idx])
            optimizer_step(torch, loss, trainable, optimizer, schedule)
            on_step(epoch, loss)

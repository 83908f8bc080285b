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


BF16_PAYS_AT = 2.0  # bf16 over fp32 matrix-product speed from which bf16 steps are used by default


def bf16_matmul_speedup(torch, repeats: int = 20) -> float:
    """How many times faster a training-sized matrix product (640 tokens x 384 -> 1536) runs in bf16
    than in fp32 on this CPU, on the threads set now. A step is more than its products (casts,
    dropout, the optimizer), so a step gains less: 4.5x here gave 2.2x steps (AMD EPYC with
    AVX512-BF16, 2026-12-06), while a CPU that has the instructions at half width gains nothing."""
    import time

    gen = torch.Generator().manual_seed(0)
    x, w = torch.randn(640, 384, generator=gen), torch.randn(1536, 384, generator=gen)
    seconds = {}
    for dtype in (torch.float32, torch.bfloat16):
        a, b = x.to(dtype), w.to(dtype)
        torch.nn.functional.linear(a, b)  # warm-up: kernel selection
        started = time.perf_counter()
        for _ in range(repeats):
            torch.nn.functional.linear(a, b)
        seconds[dtype] = time.perf_counter() - started
    return seconds[torch.float32] / max(seconds[torch.bfloat16], 1e-9)


def bf16_steps_pay(torch) -> tuple[bool, float]:
    """(use bf16 steps, the measured speedup): only where the CPU has bf16 dot products and they run
    at least ``BF16_PAYS_AT`` times as fast as fp32 (0.0: no bf16 dot products, not measured)."""
    if not bf16_steps_supported(torch):
        return False, 0.0
    speedup = bf16_matmul_speedup(torch)
    return speedup >= BF16_PAYS_AT, round(speedup, 2)


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

"""The seed ensemble's members trained side by side (``nlp.seed_members``), one process each.

A training step of the e5 recipe is a few small matrix products: two threads on one loop get
through about 1.5x the steps of one thread, while two single-threaded loops side by side get
through about 2x (measured 2026-12-06 on a 2-core VM: 0.31 s per step for each of two loops side
by side, 0.21 s for one loop on both cores). So with more than one member and at least two
threads, member 0 trains in this process and each further member in a spawned worker process,
every loop on its share of the threads. A worker rebuilds its member as the sequential path does
(the base checkpoint's trainable part, its head drawn from seed + k, the same dropout and batch
order streams), reads the cached frozen part from a file and writes its trained weights back.
Spawned, not forked: a forked child can hang in the OpenMP pool its parent already started.
"""
from __future__ import annotations

import logging
import multiprocessing
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from nlp.errors import NlpError

log = logging.getLogger(__name__)

PAYLOAD_FILE = "frozen-part.pt"


@dataclass(frozen=True)
class MemberJob:
    """What a worker needs to train member ``k`` exactly as the sequential path would."""

    k: int
    seed: int  # the run's seed: member k draws its head, dropout and batch order from seed + k
    source: str  # the base checkpoint directory (resolved by the parent: a test may point it elsewhere)
    frozen_layers: int
    pooling: str
    epochs: int
    lr: float
    batch_size: int
    bf16: bool
    threads: int
    workdir: str = ""


def threads_per_loop(members: int, threads: int) -> int:
    """Threads for each of ``members`` loops side by side; 0 when they should run one after the other."""
    if members < 2 or threads < 2:
        return 0
    return max(1, threads // members)


def load_base(torch, source: str, frozen_layers: int, pooling: str):
    """The base checkpoint with a fresh head, its lower part frozen (the e5 recipe's starting point)."""
    from transformers import AutoModelForSequenceClassification

    from nlp.frozen_layers import freeze_lower
    from nlp.transformer import quiet_transformers
    from nlp.types import STANCES

    with quiet_transformers():
        model, loading_info = AutoModelForSequenceClassification.from_pretrained(
            source, num_labels=len(STANCES), id2label=dict(enumerate(STANCES)),
            label2id={s: i for i, s in enumerate(STANCES)}, output_loading_info=True)
    freeze_lower(model, frozen_layers, pooling)
    return model, loading_info


def _member_file(workdir: str, k: int) -> Path:
    return Path(workdir) / f"member-{k}.safetensors"


def _train_in_worker(job: MemberJob) -> None:
    """A worker's whole life: rebuild member k, train it on the cached frozen part, save it."""
    from safetensors.torch import save_file

    from nlp.seed_members import member_view, new_member
    from nlp.training_steps import fit_member
    from nlp.transformer import _torch

    torch = _torch(job.threads)
    torch.use_deterministic_algorithms(True)
    payload = torch.load(Path(job.workdir) / PAYLOAD_FILE, weights_only=True)
    model, _ = load_base(torch, job.source, job.frozen_layers, job.pooling)
    member = new_member(torch, member_view(model, job.frozen_layers), job.seed + job.k,
                        model.config.initializer_range)
    fit_member(torch, model.base_model, member, payload["states"], payload["lengths"], payload["labels"],
               epochs=job.epochs, lr=job.lr, batch_size=job.batch_size, order_rng=random.Random(job.seed + job.k),
               pooling=job.pooling, bf16=job.bf16, on_step=lambda epoch, loss: None)
    tensors = {name: t.detach().contiguous() for name, t in member.state_dict().items()}
    save_file(tensors, str(_member_file(job.workdir, job.k)))


def train_side_by_side(torch, job: MemberJob, members: int, initial, states: list, lengths: list[int], labels,
                       fit_first: Callable[[], object]) -> list:
    """Members 1..``members``-1 in worker processes while ``fit_first`` trains member 0 here, each loop
    on ``job.threads`` threads; returns the further members (copies of ``initial`` with their weights)."""
    import copy

    from safetensors.torch import load_file

    threads_before = torch.get_num_threads()
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="stancewatch-members-") as workdir:
        torch.save({"states": states, "lengths": lengths, "labels": labels}, Path(workdir) / PAYLOAD_FILE)
        workers = []
        for k in range(1, members):
            process = context.Process(target=_train_in_worker, args=(replace(job, k=k, workdir=workdir),),
                                      name=f"stancewatch-member-{k}", daemon=True)
            process.start()
            workers.append((k, process))
        try:
            torch.set_num_threads(job.threads)
            fit_first()
        except BaseException:  # an error or Ctrl-C here: the workers' work is lost anyway
            for _, process in workers:
                process.terminate()
            raise
        finally:
            torch.set_num_threads(threads_before)
            for _, process in workers:
                process.join()
        failed = [f"member {k} (exit code {p.exitcode})" for k, p in workers if p.exitcode != 0]
        if failed:
            raise NlpError(f"training: {', '.join(failed)} failed in its worker process; its error is printed above")
        trained = []
        for k, _ in workers:
            member = copy.deepcopy(initial)
            member.load_state_dict(load_file(str(_member_file(workdir, k))))  # strict: all of it, nothing else
            trained.append(member.eval())
    log.info("trained members 1..%d side by side in worker processes", members - 1)
    return trained

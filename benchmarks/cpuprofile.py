"""A low-overhead CPU profile by category, for the crawl benchmark's ``--profile``.

Every Python process started with ``SW_CPU_PROFILE=DIR`` in its environment and
``benchmarks/_profile_site`` on ``PYTHONPATH`` (its ``sitecustomize`` calls ``start``) samples
itself: a CPU-time interval timer (``ITIMER_PROF``, every 4 ms of the process's CPU) raises
SIGPROF, and the handler reads each thread's CPU time (``/proc/self/task/TID/schedstat``,
nanoseconds) and charges what the thread used since the last sample to the category of the
thread's current stack (the main thread's is the interrupted frame itself, so pure-Python work
is charged where it happens, not at the next call that releases the GIL). The category is that of the innermost frame whose file (or function)
is one of the markers below; a stack without a marker counts for the process's role (the crawl
child's plain Scrapy/Twisted/asyncio work, say). At exit each process writes DIR/PID.json; CPU
the sampler never saw (interpreter start before ``sitecustomize``, exiting threads) is the
difference to ``getrusage(RUSAGE_SELF)`` and is reported as such.

Sampling, not tracing: the hot paths run at full speed (the sampler costs ~1-3 % of a core, and
it is reported as a category of its own).
"""
from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import threading
import time

ENV = "SW_CPU_PROFILE"
INTERVAL = 0.004

# (substring of co_filename, category); the first that matches a frame's file decides that frame.
FILE_MARKERS = [
    ("<frozen importlib", "start-up: imports"),
    ("/storage/language.py", "language detection"),
    ("/storage/fingerprints.py", "content hash, SimHash, passage fingerprints"),
    ("/storage/rawhtml.py", "gzip of the raw HTML"),
    ("/crawler/extract.py", "extraction: trafilatura + metadata"),
    ("/crawler/htmlmeta.py", "extraction: trafilatura + metadata"),
    ("/crawler/dates.py", "extraction: trafilatura + metadata"),
    ("/crawler/encoding.py", "extraction: trafilatura + metadata"),
    ("/trafilatura/cli", "CLI: download queue, threads, output"),
    ("/trafilatura/downloads.py", "CLI: download queue, threads, output"),
    ("/trafilatura/", "extraction: trafilatura + metadata"),
    ("/htmldate/", "extraction: trafilatura + metadata"),
    ("/justext/", "extraction: trafilatura + metadata"),
    ("/lxml/", "extraction: trafilatura + metadata"),
    ("/storage/dedup.py", "near-duplicate check (candidates, shingles)"),
    ("/crawler/ledger.py", "SQL: documents, fetch log"),
    ("/storage/", "SQL: documents, fetch log"),
    ("/sqlalchemy/", "SQL: documents, fetch log"),
    ("/sqlite3/", "SQL: documents, fetch log"),
    ("/alembic/", "SQL: documents, fetch log"),
    ("/crawler/pipelines.py", "our spider + pipeline code"),
    ("/crawler/", "our spider + pipeline code"),
    ("/concurrent/futures/", "process/thread pools: pickle, queues"),
    ("/multiprocessing/", "process/thread pools: pickle, queues"),
    ("/pickle.py", "process/thread pools: pickle, queues"),
    ("/urllib3/", "HTTP client (urllib3)"),
    ("/http/client.py", "HTTP client (urllib3)"),
]
# Store functions that look for the original of a near-duplicate (candidates, shingles, Jaccard),
# in storage/store.py or, since the store was split, storage/documents.py.
NEAR_DUP_FUNCS = {"_find_original", "_fingerprint_matches", "_fingerprint_candidates", "_candidate_shingles",
                  "_published_earlier", "_near_duplicate", "_shingles", "_word_shingles", "jaccard", "_bands",
                  "_driver_execute",
                  # storage/dedup.py (the policy, split out of the store) and its shingle cache
                  "fingerprint_candidates", "near_duplicate", "shingles", "word_shingles", "simhash_bands", "get", "of"}
NEAR_DUP_FILES = ("/storage/store.py", "/storage/documents.py", "/storage/dedup.py")
NEAR_DUP = "near-duplicate check (candidates, shingles)"

_cache: dict = {}
_cpu: dict[str, float] = {}
_detail: dict[str, float] = {}  # with SW_CPU_PROFILE_DETAIL: "category | innermost file:function" -> seconds
_DETAIL = bool(os.environ.get(ENV + "_DETAIL"))
_last: dict[int, int] = {}  # native thread id -> ns seen
_lock = threading.RLock()
_started = 0.0


def _frame_category(code) -> str | None:
    try:
        return _cache[code]
    except KeyError:
        pass
    name = code.co_filename
    cat = None
    if name.endswith(NEAR_DUP_FILES) and code.co_name in NEAR_DUP_FUNCS:
        cat = NEAR_DUP
    else:
        for marker, category in FILE_MARKERS:
            if marker in name:
                cat = category
                break
    _cache[code] = cat
    return cat


def _stack_category(frame) -> str | None:
    while frame is not None:
        cat = _frame_category(frame.f_code)
        if cat is not None:
            return cat
        frame = frame.f_back
    return None


def _thread_ns(tid: int) -> int | None:
    try:
        with open(f"/proc/self/task/{tid}/schedstat", "rb") as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _charge(category: str, ns: int) -> None:
    _cpu[category] = _cpu.get(category, 0.0) + ns / 1e9


def sample(final: bool = False, main_frame=None) -> None:
    main = threading.main_thread().ident
    with _lock:
        frames = sys._current_frames()
        if main_frame is not None and main is not None:
            frames[main] = main_frame
        for thread in threading.enumerate():
            tid, ident = thread.native_id, thread.ident
            if tid is None or ident is None:
                continue
            now = _thread_ns(tid)
            if now is None:
                continue
            delta = now - _last.get(tid, 0)
            _last[tid] = now
            if delta <= 0:
                continue
            frame = frames.get(ident)
            cat = _stack_category(frame) if frame is not None else None
            _charge("shutdown" if final else cat or "(role)", delta)
            if _DETAIL and frame is not None and not final:
                code = frame.f_code
                parts = code.co_filename.rsplit("/", 2)
                key = f"{cat or '(role)'} | {'/'.join(parts[-2:])}:{code.co_name}"
                _detail[key] = _detail.get(key, 0.0) + delta / 1e9


def _on_sigprof(signum, frame) -> None:
    t0 = time.thread_time_ns()
    try:
        sample(main_frame=frame)
    except Exception:  # a profiler must never break the process it profiles
        pass
    # the handler's own CPU was charged to the interrupted stack above: move it
    spent = time.thread_time_ns() - t0
    _last[threading.get_native_id()] = _last.get(threading.get_native_id(), 0) + spent
    _charge("profiler (sampling)", spent)


def _role() -> str:
    argv = " ".join(sys.argv)
    try:
        import multiprocessing

        if multiprocessing.parent_process() is not None:
            return "worker"
    except Exception:
        pass
    if "crawl_process" in argv or "crawler/process.py" in argv or "crawler.process" in argv:
        return "crawl child"
    if "trafilatura" in os.path.basename(sys.argv[0] if sys.argv else ""):
        return "trafilatura CLI"
    if "run_crawl" in argv:
        return "run_crawl parent"
    return "other: " + argv[:60]


def _dump() -> None:
    out = os.environ.get(ENV)
    if not out:
        return
    try:
        import signal

        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        sample(final=True)
    except Exception:
        pass
    ru = resource.getrusage(resource.RUSAGE_SELF)
    data = {"pid": os.getpid(), "role": _role(), "cpu_total": ru.ru_utime + ru.ru_stime,
            "categories": dict(_cpu), "max_rss_kb": ru.ru_maxrss,
            "detail": dict(sorted(_detail.items(), key=lambda kv: -kv[1])[:60])}
    try:
        with open(os.path.join(out, f"{os.getpid()}.json"), "w", encoding="utf-8") as f:
            json.dump(data, f)
    except OSError:
        pass


def start() -> None:
    global _started
    if _started or not os.environ.get(ENV):
        return
    import signal

    _started = time.perf_counter()
    atexit.register(_dump)
    signal.signal(signal.SIGPROF, _on_sigprof)
    signal.siginterrupt(signal.SIGPROF, False)  # restart interrupted system calls
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)


# ---- the report -------------------------------------------------------------------------

ROLE_DEFAULT = {
    "crawl child": "Scrapy/Twisted/asyncio: requests, HTTP, scheduling, callbacks",
    "worker": "worker: waiting, bookkeeping",
    "run_crawl parent": "run_crawl parent: config, schema check, log relay",
    "trafilatura CLI": "CLI: download queue, threads, output",
}


def load(directory: str) -> list[dict]:
    runs = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".json"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                runs.append(json.load(f))
    return runs


def aggregate(runs: list[dict], by_role: bool = False) -> tuple[dict[str, float], dict[str, float]]:
    """(CPU seconds per category, CPU seconds per role) over all processes of one client run;
    ``by_role``: categories as "role: category"."""
    cats: dict[str, float] = {}
    roles: dict[str, float] = {}
    for run in runs:
        role = run["role"] if not run["role"].startswith("other") else "other"
        roles[role] = roles.get(role, 0.0) + run["cpu_total"]
        seen = 0.0
        for cat, secs in run["categories"].items():
            if cat == "(role)":
                cat = ROLE_DEFAULT.get(role, "other processes")
            elif cat == "shutdown":
                cat = "start-up/shut-down (interpreter, unsampled)"
            seen += secs
            if by_role:
                cat = f"{role}: {cat}"
            cats[cat] = cats.get(cat, 0.0) + secs
        rest = run["cpu_total"] - seen
        if rest > 0:
            key = "start-up/shut-down (interpreter, unsampled)"
            if by_role:
                key = f"{role}: {key}"
            cats[key] = cats.get(key, 0.0) + rest
    return cats, roles

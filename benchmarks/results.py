"""Shared by every benchmark file: where inputs are cached, how a run is measured, and how a
scenario's result is merged into benchmarks/results.json.

results.json holds ``{"scenario": {"seconds", "reference_seconds", "ratio", "peak_mb", ...}}``;
several benchmark files (and helpers working in parallel) add their scenarios to the same file,
so :func:`record` merges under a file lock and replaces the file atomically.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results.json"
CACHE_ENV = "MATRIXDESK_BENCH_CACHE"


def cache_dir() -> Path:
    """Generated inputs live outside the repo (they are hundreds of MB): $MATRIXDESK_BENCH_CACHE
    or ~/.cache/matrixdesk-bench."""
    path = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "matrixdesk-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


def cached(name: str, make: Callable[[Path], None]) -> Path:
    """The input ``name`` in the cache dir, made by ``make(path)`` once (atomically)."""
    path = cache_dir() / name
    if not path.exists():
        part = path.with_name(path.name + ".part")
        make(part)
        os.replace(part, path)
    return path


@contextmanager
def _locked() -> Iterator[None]:
    with open(RESULTS.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def load_results() -> dict[str, dict[str, Any]]:
    try:
        return json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def record(
    scenario: str,
    seconds: float,
    reference_seconds: float | None,
    peak_mb: float | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Merge one scenario into results.json (other scenarios are kept); returns its entry.
    ``ratio`` is seconds / reference_seconds (lower is better; < 1 beats the reference)."""
    entry: dict[str, Any] = {
        "seconds": round(seconds, 3),
        "reference_seconds": None if reference_seconds is None else round(reference_seconds, 3),
        "ratio": round(seconds / reference_seconds, 3) if reference_seconds else None,
        "peak_mb": None if peak_mb is None else round(peak_mb, 1),
        **extra,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    with _locked():
        results = load_results()
        results[scenario] = entry
        part = RESULTS.with_suffix(".json.part")
        part.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(part, RESULTS)
    print(f"\n{scenario}: {json.dumps(entry)}")
    return entry


# ---------------------------------------------------------------- measuring a run


def _private_kb(pid: int) -> int:
    """The memory only ``pid`` holds: its private pages (smaps_rollup), without the pages it
    shares with its parent after a fork (copy-on-write) or before its exec."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return 0
    return sum(int(line.split()[1]) for line in lines if line.startswith(b"Private_"))


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` plus what each of its descendants adds (children of the
    fork server that reads the file included), from /proc. A child's own resident size would
    count the pages it still shares with its parent twice: a forked reader starts with the
    parent's pages, and a writer child between its fork and its exec briefly shows the
    parent's whole size."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            pid = int(entry.name)
            parents[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    total = rss.get(root, 0)
    todo = [child for child, parent in parents.items() if parent == root]
    while todo:
        pid = todo.pop()
        total += _private_kb(pid)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


class PeakMemory:
    """Samples the resident memory of a process tree every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def run_measured(args: list[str], env: dict[str, str] | None = None, **kwargs: Any):
    """Run a command; (seconds, peak MB of its process tree, CompletedProcess-like result).
    Raises CalledProcessError when it fails, with its output."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=kwargs.pop("cwd", REPO),
        env={**os.environ, **(env or {})},
        **kwargs,
    )
    with PeakMemory(process.pid) as memory:
        out, err = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, args, out, err)
    return seconds, memory.peak_mb, subprocess.CompletedProcess(args, 0, out, err)


def python_measured(code: str, *argv: str, env: dict[str, str] | None = None):
    """:func:`run_measured` of ``python -c code argv...`` with the repo's interpreter."""
    return run_measured([sys.executable, "-c", code, *argv], env=env)


def best_of(runs: int, measure: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    """The fastest of ``runs`` (seconds) and the highest peak (MB): the machine is shared,
    noise only ever adds time."""
    return best_of_each(runs, {"": measure})[""]


def best_of_each(
    runs: int, measures: dict[str, Callable[[], tuple[float, float]]]
) -> dict[str, tuple[float, float]]:
    """:func:`best_of` for several scenarios compared with one another, taken in turns
    (a, b, c, a, b, c, …): a busy spell of the shared machine then falls on each of them
    rather than on all the runs of one."""
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            results[name].append(measure())
    return {
        name: (min(r[0] for r in found), max(r[1] for r in found))
        for name, found in results.items()
    }

"""Write benchmarks/RESULTS.md from benchmarks/results.json: the machine, the versions, the date
and every scenario with its reference, ratio, memory and goal (called at the end of
`make benchmark` by benchmarks/conftest.py; `python -m benchmarks.report` does it by hand)."""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from benchmarks.results import HERE, load_results

REPORT = HERE / "RESULTS.md"
# Measured once before the issue-12 import work, same machine and a similar load (~8 on 2
# cores): the reference point for the scenario table (not rewritten by later runs).
BEFORE = [
    "- `import products --apply`, 100k × 20 xlsx into the demo (commit ca56377): 68.4 s wall, "
    "435 MB; LibreOffice headless converting the same file right after: 26.1 s "
    "(ratio 2.62, i.e. 0.38× LibreOffice's speed). Under cProfile: preview 111 s (clean_row "
    "54 s, instruction-row check 17.5 s, shared-code signatures 15 s, table_from_grid 11 s), "
    "apply 79 s (one INSERT per SPU 41 s, SKU chunks with id SELECTs and json.dumps 29 s), "
    "read 26 s.",
    "- `export catalog` 100k SKUs, openpyxl normal mode (as issue 12 measured it): 37–41 s, "
    "1.0 GB vs xlsxwriter constant_memory 7.4–8.0 s on the same cells (ratio ≈ 5). Not "
    "re-measured here.",
]
# What the figures say, as of the last edit of this file (2026-11-30); re-read the table.
ASSESSMENT = [
    "- A quiet machine, 2026-12-02 13:41-13:52 UTC, main at 023381c. This machine is faster"
    " than the last stop's (LibreOffice 3.93 s on the 100k file, 4.38 s then): compare ratios,"
    " not seconds.",
    "- import_100k_xlsx: 2.52 s against LibreOffice's 3.93 s, 0.64x (0.95x at the last stop"
    " on a loaded machine; goal 0.5x, not met). The calamine + executemany floor is 0.42x. One"
    " run's timeline: the reader child reads from 0.04 to 1.31 s (calamine's parse alone"
    " 0.72-0.80 s, its columns to polars 0.1-0.25 s, slowed by the parent's 0.5 s of imports"
    " beside it), then preview 0.13 s, products 0.18 s, SKUs 0.33 s, their change log 0.22 s"
    " (33 MB of JSON for 125,000 rows, what undo compares against), commit with its checkpoint"
    " 0.13 s and the full integrity check 0.15 s (docs/RELIABILITY.md W3). Halving calamine's"
    " parse over two threads does not help (fastexcel parses the whole sheet for any row"
    " range); what is left needs a smaller change log or a cheaper reader than calamine.",
    "- import_100k_odd_rows: 1.00x the same table without odd rows (goal 1.2x: met).",
    "- import_1m_csv: 18.9 s (goal 30 s: met), peak 861 MB (goal 1 GB: met).",
    "- import_300k_xlsx: 0.98x three 100k imports (linear, met). reimport_100k_10pct: 0.98x the"
    " new import (met).",
    "- export_catalog_100k: 1.02x the bare xlsxwriter, peak 184 MB (goals 1.3x and 200 MB: met).",
    "- step 2 at 100k SKUs: ready 1.05 s after opening (2.17 s at the last stop on a slower"
    " machine; goal 1.5 s: met), longest gap 0.042 s, peak 452 MB (goal 500 MB: met). The"
    " catalog read takes the hazard flags as one bitmask column (0.59 -> 0.47 s). A stray line"
    " in CatalogTree._fetch_to turned the views' own fetching back on after the page's first"
    " fetch: after every load, sort, filter or flat switch the grid and its frozen column went"
    " on fetching the whole top level 100 rows at a time (the flaky test_catalog_lazy test);"
    " now the page fetches a page ahead as the grid scrolls. Reload after a write 3.27 s"
    " (6.83 s at the last stop), gap 0.038 s.",
    "- filter keystroke, 100k SKUs: slowest 0.040 s (goal 0.1 s: met).",
    "- first paint: 1.28x the bare window with the demo, 1.29x with the 100k workspace (goal"
    " 1.5x: met).",
    "- usable (start until the last step's page shows), longest gap: step 1 demo 0.053 s, 100k"
    " 0.056 s, goals 0.042 s, step 2 0.085 s (0.21-0.35 s before: the step states' thread and"
    " polars' import now wait until step 2 has shown its catalog and review), step 4"
    " (selection) 0.144 s: **not met** - building the selection page is one 0.12 s turn, and"
    " the app-wide wheel-guard event filter (ui/widgets/wheel_guard.py) puts every Qt event"
    " through Python (without it 0.09-0.11 s). These rows had no verdict before this stop.",
    "- UI stalls: import 0.016 s, export 0.016 s, step 2 opening 0.042 s, reload after a write"
    " 0.038 s (goal 0.1 s: met).",
]
PHASE_NOTE = (
    "read = the reader child (zip guard scan, header row from the sheet's first rows, "
    "fastexcel/polars into typed columns, the cut by column, an Arrow IPC file the parent "
    "maps); preview = cleaning (polars fast path), shared codes, catalog comparison; apply = "
    "backup, one transaction of executemany inserts and the change log written by SQLite, "
    "integrity check."
)


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _memory_gb() -> str:
    try:
        pages = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        return f"{pages / 1024**3:.1f} GB"
    except (ValueError, OSError):
        return "?"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _libreoffice() -> str:
    soffice = shutil.which("soffice")
    if soffice is None:
        return "not installed"
    try:
        out = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60)
        return out.stdout.strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "installed (version unknown)"


def _verdict(entry: dict) -> str:
    checks = []  # (measured, goal) pairs; a goal without its figure is not met
    for figure, goal in (("ratio", "goal_ratio"), ("peak_mb", "goal_peak_mb"),
                         ("seconds", "goal_seconds"), ("longest_gap", "goal_gap")):  # fmt: skip
        if entry.get(goal) is not None:
            checks.append((entry.get(figure), entry[goal]))
    if not checks:
        return "–"
    ok = all(measured is not None and measured <= goal for measured, goal in checks)
    return "met" if ok else "**not met**"


def _goal(entry: dict) -> str:
    parts = []
    if entry.get("goal_ratio") is not None:
        parts.append(f"ratio ≤ {entry['goal_ratio']}")
    if entry.get("goal_seconds") is not None:
        parts.append(f"≤ {entry['goal_seconds']} s")
    if entry.get("goal_gap") is not None:
        parts.append(f"gap ≤ {entry['goal_gap']} s")
    if entry.get("goal_peak_mb") is not None:
        parts.append(f"≤ {entry['goal_peak_mb']} MB")
    return ", ".join(parts) or "–"


def _number(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def write_report() -> Path:
    results = load_results()
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    lines = [
        "# Benchmark results (`make benchmark`)",
        "",
        f"Written {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} from "
        "benchmarks/results.json. Each figure is the best of the runs of one `make benchmark` "
        "(BENCH_RUNS, default 2); a scenario and its reference are measured in the same run. "
        "ratio = seconds / reference seconds (lower is better). peak MB = resident memory of "
        "the process tree, sampled every 50 ms: the measured process's resident size plus the "
        "private memory of its children (the reader child, the writer child), so pages a "
        "forked child still shares with its parent count once.",
        "",
        "## Machine",
        "",
        f"- CPU: {_cpu()}, {os.cpu_count()} cores (shared with other jobs: load average "
        f"{', '.join(f'{x:.1f}' for x in load) if load[0] != '?' else '?'} at the end)",
        f"- Memory: {_memory_gb()}; {platform.platform()}",
        f"- Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, python-calamine "
        f"{_version('python-calamine')}, xlsxwriter {_version('xlsxwriter')}, openpyxl "
        f"{_version('openpyxl')}, SQLAlchemy {_version('SQLAlchemy')}, PySide6 "
        f"{_version('PySide6-Essentials')}",
        f"- LibreOffice: {_libreoffice()}",
        "",
        "## Scenarios",
        "",
        "| scenario | seconds | reference | reference s | ratio | peak MB | goal | verdict |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, entry in sorted(results.items()):
        lines.append(
            f"| {name} | {_number(entry.get('seconds'))} | {entry.get('reference', '–')} | "
            f"{_number(entry.get('reference_seconds'))} | {_number(entry.get('ratio'))} | "
            f"{_number(entry.get('peak_mb'), 0)} | {_goal(entry)} | {_verdict(entry)} |"
        )
    phases = results.get("import_100k_xlsx", {}).get("phases")
    if phases:
        lines += [
            "",
            "## Phase split of the 100k import (one in-process run)",
            "",
            "| phase | seconds |",
            "|---|---|",
            *[f"| {name} | {seconds:.2f} |" for name, seconds in phases.items()],
            "",
            PHASE_NOTE,
        ]
    lines += ["", "## Before (for comparison)", "", *BEFORE]
    lines += ["", "## Assessment", "", *ASSESSMENT]
    notes = [
        f"- {name}: {entry['note']}" for name, entry in sorted(results.items()) if "note" in entry
    ]
    if notes:
        lines += ["", "## Notes", "", *notes]
    app = HERE / "RESULTS_APP.md"  # the app side's before/after table (written by hand)
    if app.exists():
        lines += ["", app.read_text(encoding="utf-8").rstrip()]
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return REPORT


if __name__ == "__main__":
    print(write_report())

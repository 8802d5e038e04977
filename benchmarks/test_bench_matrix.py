"""Speed of step 5's fit scores on a large seller: 10,000 SKUs × 12 platform-market columns.

``matrix --all`` and the export's grid need a score for every cell. Scored one cell at a time
with its explanation (core.matrix.fit.fit_score, the reference here) that took about a minute
on a loaded machine; the column scorer (core.matrix.scoring, ``Matrix.score``) gives the same
numbers, which this benchmark checks cell by cell as it measures both in the same run (the
machine is shared: compare the ratio, not the seconds). ``make benchmark``; not in the suite.
"""

from __future__ import annotations

import sys
import time

from benchmarks.big_workspace import cached_big_workspace
from benchmarks.results import best_of, cache_dir, record, run_measured
from core.matrix.grid import load_matrix
from core.workspace import open_workspace

SKUS = 10_000


def _matrix(path):
    workspace = open_workspace(path)
    try:
        with workspace.session() as session:
            return load_matrix(session)
    finally:
        workspace.close()


def _all_scores(path, score) -> tuple[float, dict]:
    matrix = _matrix(path)  # a fresh matrix each time: no score cached from another run
    started = time.perf_counter()
    scores = {cell.key: score(matrix, cell) for row in matrix.rows for cell in row.cells}
    return time.perf_counter() - started, scores


def test_every_cell_scored_fast_and_the_same():
    path = cached_big_workspace(cache_dir(), SKUS)
    reference_seconds, reference = _all_scores(path, lambda m, c: m.fit(c).score)
    fast_runs = [_all_scores(path, lambda m, c: m.score(c)) for _ in range(3)]
    assert all(scores == reference for _, scores in fast_runs)
    seconds = min(s for s, _ in fast_runs)
    cells = len(reference)
    assert cells >= SKUS * 12
    record(
        "matrix_scores_10k_x_12",
        seconds,
        reference_seconds,
        reference="every cell through fit_score (with its explanation), same run",
        cells=cells,
        goal_ratio=0.1,
    )


def test_matrix_all_on_the_command_line():
    path = cached_big_workspace(cache_dir(), SKUS)
    command = [sys.executable, "main.py", "matrix", str(path), "--all", "--json"]
    seconds, peak = best_of(2, lambda: run_measured(command)[:2])
    record("matrix_cli_all_10k", seconds, None, peak_mb=peak)

"""`make benchmark`: RESULTS.md is rewritten from results.json once every benchmark has run."""

from __future__ import annotations


def pytest_sessionfinish(session, exitstatus):
    from benchmarks.report import write_report

    write_report()

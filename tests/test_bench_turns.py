"""benchmarks.results.best_of_each: scenarios compared with one another take turns."""

from benchmarks.results import best_of_each


def test_scenarios_take_turns_and_keep_their_fastest_run_and_highest_peak():
    order: list[str] = []
    figures = {"a": iter([(3.0, 10.0), (2.0, 30.0)]), "b": iter([(1.5, 5.0), (1.8, 4.0)])}

    def measure(name):
        def run():
            order.append(name)
            return next(figures[name])

        return run

    found = best_of_each(2, {"a": measure("a"), "b": measure("b")})
    assert order == ["a", "b", "a", "b"]
    assert found == {"a": (2.0, 30.0), "b": (1.5, 5.0)}


def test_best_of_keeps_the_fastest_run_and_the_highest_peak():
    from benchmarks.results import best_of

    runs = iter([(2.5, 100.0), (2.0, 90.0), (3.0, 120.0)])
    assert best_of(3, lambda: next(runs)) == (2.0, 120.0)

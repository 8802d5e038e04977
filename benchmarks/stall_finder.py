"""Where the UI thread stalls: a watchdog thread that, while the UI thread's 10 ms timer has not
ticked for ``threshold`` seconds, records what every thread is doing (its innermost frames).

The gap probes of the benchmarks say how long the longest stall was; this says where it was.
A stall on the UI thread itself shows its own stack (a slot doing too much); a stall caused by
another thread holding the interpreter lock in one long C call (freeing or unpickling 100,000
objects) shows the UI thread waiting and the other thread in that call, recorded as soon as the
watchdog gets the lock back.

    finder = StallFinder(threshold=0.06); finder.start()
    ... timer.timeout.connect(finder.tick) ...
    finder.stop(); print(finder.report())
"""

from __future__ import annotations

import sys
import threading
import time
import traceback


class StallFinder:
    def __init__(self, threshold: float = 0.06, interval: float = 0.01, depth: int = 6) -> None:
        self.threshold, self.interval, self.depth = threshold, interval, depth
        self.ui_thread = threading.get_ident()
        self.last_tick = time.monotonic()
        self.stalls: list[dict] = []  # {"at", "seconds", "stacks": {thread name: [lines]}}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="stall-finder", daemon=True)
        self._current: dict | None = None

    def tick(self) -> None:
        """Call from the UI thread's timer."""
        now = time.monotonic()
        if self._current is not None:
            self._current["seconds"] = now - self._current["since"]
            self._current = None
        self.last_tick = now

    def start(self) -> None:
        self.last_tick = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        names = {}
        while not self._stop.wait(self.interval):
            since = self.last_tick
            late = time.monotonic() - since
            if late < self.threshold or (self._current and self._current["since"] == since):
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            stacks = {}
            for ident, frame in sys._current_frames().items():
                if ident == threading.get_ident():
                    continue
                name = "UI" if ident == self.ui_thread else names.get(ident, str(ident))
                lines = traceback.format_stack(frame)[-self.depth :]
                stacks[name] = [line.strip().replace("\n", " | ") for line in lines]
            self._current = {"since": since, "seen_late": late, "seconds": late, "stacks": stacks}
            self.stalls.append(self._current)

    def report(self, top: int = 5) -> str:
        out = []
        for stall in sorted(self.stalls, key=lambda s: -s["seconds"])[:top]:
            out.append(f"--- stall {stall['seconds']:.3f} s (seen {stall['seen_late']:.3f} s late)")
            for name, lines in stall["stacks"].items():
                out.append(f"  [{name}]")
                out.extend("    " + line for line in lines)
        return "\n".join(out)

"""A clock for the services (naive UTC) that moves only when someone sleeps on it: minutes of
pace and throttle pauses pass in no time and exactly."""

from __future__ import annotations

import datetime as dt
import threading


class SimulatedClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now += dt.timedelta(seconds=seconds)

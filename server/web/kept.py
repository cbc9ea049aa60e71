"""Answers kept by everything they are made from, so the same inputs are worked out once."""

import json
import threading
from collections import OrderedDict


class Kept:
    """The last `size` answers, each under the JSON of every input it is made from: a change
    to any input is a new key, so nothing kept is ever stale."""

    def __init__(self, size: int):
        self.size = size
        self._answers: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, inputs, make):
        """The answer kept for `inputs`, else `make()`'s, kept."""
        key = json.dumps(inputs, sort_keys=True, default=str)
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
        answer = make()
        with self._lock:
            self._answers[key] = answer
            if len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return answer

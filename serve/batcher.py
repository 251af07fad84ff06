"""Concurrent requests answered in batches: one worker thread takes the first waiting request,
gathers those arriving within `wait_s` (up to `max_batch`), and answers them with one
`predict_many` call per max_tokens value. Requests that arrive while a batch runs wait in the
queue and make up the next batch, so under load batches fill up by themselves.

The model is only touched by the worker thread; callers get a `concurrent.futures.Future`
(`asyncio.wrap_future` in the server) of `(text, ParseResult)`.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future
from itertools import groupby

from eval.infer import predict_many
from serve.chat_request import ChatRequest

LOG = logging.getLogger("serve")


class Batcher:
    def __init__(self, model, max_batch: int = 8, wait_s: float = 0.01, constrained: bool = False):
        self.model = model
        self.max_batch = max_batch
        self.wait_s = wait_s
        self.constrained = constrained
        self.batches = 0  # predict_many calls so far
        self.answered = 0
        self._queue: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="serve-batcher", daemon=True)
        self._thread.start()

    def submit(self, request: ChatRequest) -> Future:
        future: Future = Future()
        self._queue.put((request, future))
        return future

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _gather(self) -> list:
        try:
            batch = [self._queue.get(timeout=0.1)]
        except queue.Empty:
            return []
        deadline = time.monotonic() + self.wait_s
        while len(batch) < self.max_batch:
            try:
                batch.append(self._queue.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                break
        return batch

    def _run(self) -> None:
        while not self._stop.is_set():
            batch = self._gather()
            by_length = sorted(batch, key=lambda item: item[0].max_tokens)
            for max_tokens, group in groupby(by_length, key=lambda item: item[0].max_tokens):
                self._answer(list(group), max_tokens)

    def _answer(self, items: list, max_tokens: int) -> None:
        items = [(r, f) for r, f in items if f.set_running_or_notify_cancel()]  # callers gone: skip
        if not items:
            return
        requests = [r for r, _ in items]
        try:
            results = predict_many(
                self.model,
                [(r.query, r.tools) for r in requests],
                batch_size=len(requests),
                max_new_tokens=max_tokens,
                progress=False,
                grammars=self._grammars(requests) if self.constrained else None,
            )
        except Exception as exc:  # every waiting caller gets the error, the worker keeps serving
            LOG.exception("batch of %d failed", len(items))
            for _, future in items:
                future.set_exception(exc)
            return
        self.batches += 1
        self.answered += len(items)
        LOG.info("answered a batch of %d (batches so far: %d)", len(items), self.batches)
        for (_, future), result in zip(items, results):
            future.set_result(result)

    def _grammars(self, requests: list[ChatRequest]) -> list:
        """One grammar per request: "required" needs a call, "none" decodes unconstrained."""
        from eval.constrained import compile_grammars

        grammars = [None] * len(requests)
        live = [i for i, r in enumerate(requests) if r.tool_choice != "none"]
        tools = [requests[i].tools for i in live]
        min_calls = [int(requests[i].tool_choice == "required") for i in live]
        for i, grammar in zip(live, compile_grammars(self.model, tools, min_calls=min_calls)):
            grammars[i] = grammar
        return grammars

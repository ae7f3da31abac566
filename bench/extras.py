"""Costs the issue asks to see without a target: `with_options()` and a 1,000-message session.

Each runs in a fresh child process against `FakeOpenAI` on loopback, so nothing else the
benchmark loaded is counted. `with_options()` is timed as client CPU per copy made, and per
chat sent through a fresh copy against one sent on the client itself (the best of seven
rounds each, as the noise on a shared machine only ever adds time). The session's memory is what
`tracemalloc` sees held after 500 exchanges (1,000 messages), set beside the same messages
held as the plain dicts and strings `json.loads` gives, the least any client can keep.
"""

from __future__ import annotations

from typing import Any

from .runner import BenchError, run_child

__all__ = ["run", "table"]

_CHILD = r"""
import gc, json, sys, time, tracemalloc
import oai

base_url, exchanges = sys.argv[1], int(sys.argv[2])
client = oai.new("sk-bench", base_url=base_url)
messages = [{"role": "user", "content": "Say hello."}]
assert client.chat(messages)[0] == 200

def best(job, n, rounds=7):
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(n):
            job()
        times.append((time.process_time() - started) / n)
    return min(times)

copy_cost = best(lambda: client.with_options(timeout=5), 2000)
on_client = best(lambda: client.chat(messages), 200)
through_copy = best(lambda: client.with_options(timeout=5).chat(messages), 200)

def send_cost(session, n=5):
    started = time.process_time()
    for _ in range(n):
        session.send("One more.")
        del session.messages[-2:]  # the history stays as long as it was
    return (time.process_time() - started) / n

gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
session = client.new_chat_session(max_tokens=16)
for i in range(exchanges):
    session.send(f"Message {i}: tell me one more thing about the sea, in a sentence or two.")
gc.collect()
held = tracemalloc.get_traced_memory()[0] - before
plain = json.loads(json.dumps(session.messages))  # what a client of raw httpx would hold
gc.collect()
with_plain = tracemalloc.get_traced_memory()[0] - before
tracemalloc.stop()
long_send = send_cost(session)
short_session = client.new_chat_session(max_tokens=16)
for i in range(10):
    short_session.send(f"Message {i}: tell me one more thing about the sea.")
short = send_cost(short_session)
print(json.dumps({
    "copy_us": copy_cost * 1e6,
    "chat_us": on_client * 1e6,
    "chat_through_copy_us": through_copy * 1e6,
    "messages": len(session.messages),
    "session_kib": held / 1024,
    "plain_kib": (with_plain - held) / 1024,
    "json_kib": len(json.dumps(session.messages)) / 1024,
    "send_short_us": short * 1e6,
    "send_long_us": long_send * 1e6,
}))
"""


def run(exchanges: int) -> dict[str, Any]:
    from oai.testing import FakeOpenAI

    with FakeOpenAI() as server:
        result: dict[str, Any] = run_child("extras", _CHILD, server.base_url, str(exchanges))
    if result["messages"] != 2 * exchanges:
        raise BenchError(f"extras: the session holds {result['messages']} messages")
    return {key: round(value, 1) for key, value in result.items()}


def table(result: dict[str, Any]) -> str:
    extra = result["chat_through_copy_us"] - result["chat_us"]
    return "\n".join(
        [
            "`with_options()` and a long session (client CPU, best of 7 rounds; FakeOpenAI):",
            "",
            "| what | value |",
            "|---|---|",
            f"| `with_options(timeout=5)`, one copy | {result['copy_us']} µs |",
            f"| `chat()` on the client | {result['chat_us']} µs |",
            f"| `with_options(timeout=5).chat()` | {result['chat_through_copy_us']} µs"
            f" ({extra:+.1f} µs) |",
            f"| session of {result['messages']:,} messages: memory held"
            f" | {result['session_kib']:,.0f} KiB |",
            f"| the same messages as `json.loads` gives them | {result['plain_kib']:,.0f} KiB"
            f" (as JSON: {result['json_kib']:,.0f} KiB) |",
            f"| `send()` at 20 messages | {result['send_short_us']:,.0f} µs |",
            f"| `send()` at {result['messages']:,} messages | {result['send_long_us']:,.0f} µs |",
        ]
    )

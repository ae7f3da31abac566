"""The oai benchmark: oai, raw httpx and the official `openai` package, side by side.

`python -m bench` (or `make bench`) starts a local server in its own process, one client process
per contender, checks that every contender returns exactly what the server sent, and then
measures client CPU time per request, import time, async throughput and peak memory, interleaving
the contenders so that a noisy machine hurts them all alike. See `bench/__main__.py`.

Nothing here is imported by the library or the tests; this package imports nothing at import time
so that a contender's process holds only what that contender needs.
"""

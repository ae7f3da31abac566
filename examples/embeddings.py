"""Embeddings: texts as vectors, compared by cosine similarity; and a moderation check."""

import math
import os

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
texts = ["The cat sat on the mat", "Stock markets fell sharply today", "A kitten naps on a rug"]
status, response = client.embedding(texts, {"model": "text-embedding-3-small"}, dimensions=256)
if status != 200:
    raise SystemExit(f"request failed: {status} {response}")

vectors = [item.embedding for item in response.data]  # one per text, in the same order
print(f"embedded {len(vectors)} texts as {len(vectors[0])}-dimensional vectors")


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


for text, vector in zip(texts[1:], vectors[1:], strict=True):
    print(f"similarity to {texts[0]!r}: {cosine(vectors[0], vector):+.3f} {text!r}")
print(f"tokens used: {response.usage.total_tokens}")

status, moderation = client.moderation(["Have a nice day", "I will kill you"])
if status != 200:
    raise SystemExit(f"moderation failed: {status} {moderation}")
print("flagged:", [result.flagged for result in moderation.results])

"""examples/retrieval.py: two files into a vector store, then answered from with file_search."""

from __future__ import annotations

from test_examples import run_example


def test_retrieval_example_answers_from_the_files_and_cites_them() -> None:
    lines = run_example("retrieval.py").splitlines()
    assert lines[0] == "store: 2 files ready, 0 failed"
    # The fake ranks chunks by the share of the query's words they hold.
    assert lines[1].startswith("best match: returns.md (")
    answer = "\n".join(lines[2:-2])
    assert answer.startswith("answer: ")
    assert "Items can be returned within 30 days" in answer  # the found text, quoted back
    assert lines[-2] == "cited: returns.md, shipping.md"
    assert lines[-1] == "store deleted: True"

"""The models the fake server knows: a fixed catalogue, so a test can name one and predict it."""

from __future__ import annotations

from typing import Any

from ._replies import Reply

__all__ = ["MODELS", "delete_model", "list_models", "model"]

#: The models ``GET /v1/models`` lists, as ``(id, created, owned_by)``.
MODELS: tuple[tuple[str, int, str], ...] = (
    ("gpt-4.1", 1744316542, "system"),
    ("gpt-4.1-mini", 1744318173, "system"),
    ("gpt-4.1-nano", 1744321707, "system"),
    ("gpt-4o", 1715367049, "system"),
    ("gpt-4o-mini", 1721172741, "system"),
)


def list_models() -> Reply:
    return Reply.json({"object": "list", "data": [_model(*model) for model in MODELS]})


def model(model_id: str) -> Reply:
    known = _known(model_id)
    return Reply.json(_model(*known)) if known is not None else _no_such(model_id)


def delete_model(model_id: str) -> Reply:
    """Stateless on purpose: deleting does not remove the model from later listings, so one
    test's delete cannot change what the next test lists."""
    if _known(model_id) is None:
        return _no_such(model_id)
    return Reply.json({"id": model_id, "object": "model", "deleted": True})


def _known(model_id: str) -> tuple[str, int, str] | None:
    return next((model for model in MODELS if model[0] == model_id), None)


def _model(model_id: str, created: int, owned_by: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": created, "owned_by": owned_by}


def _no_such(model_id: str) -> Reply:
    return Reply.error(
        404,
        f"The model '{model_id}' does not exist or you do not have access to it.",
        type="invalid_request_error",
        code="model_not_found",
    )

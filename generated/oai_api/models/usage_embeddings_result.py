from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.usage_embeddings_result_object import (
    UsageEmbeddingsResultObject,
    check_usage_embeddings_result_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UsageEmbeddingsResult(_OpenModel):
    """Embeddings usage in one time bucket: input tokens and request count, per group if grouped."""

    object_: UsageEmbeddingsResultObject

    input_tokens: int

    num_model_requests: int

    project_id: None | str = None

    user_id: None | str = None

    api_key_id: None | str = None

    model: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "api_key_id",
        "input_tokens",
        "model",
        "num_model_requests",
        "object",
        "project_id",
        "user_id",
    )
    _tags = {"object": ("organization.usage.embeddings.result",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_usage_embeddings_result_object),
            ("input_tokens", "input_tokens", REQUIRED, None),
            ("num_model_requests", "num_model_requests", REQUIRED, None),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("user_id", "user_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("api_key_id", "api_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("model", "model", OPTIONAL_OR_NULL, one_of(str, None)),
        )

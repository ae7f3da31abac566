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
from ..models.usage_web_search_calls_result_object import (
    UsageWebSearchCallsResultObject,
    check_usage_web_search_calls_result_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UsageWebSearchCallsResult(_OpenModel):
    """Web search usage in one time bucket: calls and model requests, per group if grouped."""

    object_: UsageWebSearchCallsResultObject

    num_model_requests: int

    num_requests: int

    project_id: None | str = None

    user_id: None | str = None

    api_key_id: None | str = None

    model: None | str = None

    context_level: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "api_key_id",
        "context_level",
        "model",
        "num_model_requests",
        "num_requests",
        "object",
        "project_id",
        "user_id",
    )
    _tags = {"object": ("organization.usage.web_searches.result",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_usage_web_search_calls_result_object),
            ("num_model_requests", "num_model_requests", REQUIRED, None),
            ("num_requests", "num_requests", REQUIRED, None),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("user_id", "user_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("api_key_id", "api_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("model", "model", OPTIONAL_OR_NULL, one_of(str, None)),
            ("context_level", "context_level", OPTIONAL_OR_NULL, one_of(str, None)),
        )

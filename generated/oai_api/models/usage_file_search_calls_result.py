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
from ..models.usage_file_search_calls_result_object import (
    UsageFileSearchCallsResultObject,
    check_usage_file_search_calls_result_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UsageFileSearchCallsResult(_OpenModel):
    """File search usage in one time bucket: number of calls, per group if grouped."""

    object_: UsageFileSearchCallsResultObject

    num_requests: int

    project_id: None | str = None

    user_id: None | str = None

    api_key_id: None | str = None

    vector_store_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "api_key_id",
        "num_requests",
        "object",
        "project_id",
        "user_id",
        "vector_store_id",
    )
    _tags = {"object": ("organization.usage.file_searches.result",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_usage_file_search_calls_result_object,
            ),
            ("num_requests", "num_requests", REQUIRED, None),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("user_id", "user_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("api_key_id", "api_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("vector_store_id", "vector_store_id", OPTIONAL_OR_NULL, one_of(str, None)),
        )

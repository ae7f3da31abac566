from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.usage_response_object import (
    UsageResponseObject,
    check_usage_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.usage_time_bucket import UsageTimeBucket


@_attrs_define(repr=False)
class UsageResponse(_OpenModel):
    """A page of usage or cost time buckets, with the cursor for the next page."""

    object_: UsageResponseObject

    data: list[UsageTimeBucket]

    has_more: bool

    next_page: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "next_page", "object")
    _tags = {"object": ("page",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.usage_time_bucket import UsageTimeBucket

        return fields(
            ("object_", "object", REQUIRED, check_usage_response_object),
            ("data", "data", REQUIRED, list_of(UsageTimeBucket)),
            ("has_more", "has_more", REQUIRED, None),
            ("next_page", "next_page", REQUIRED_OR_NULL, one_of(str, None)),
        )

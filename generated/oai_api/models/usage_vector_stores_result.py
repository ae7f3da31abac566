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
from ..models.usage_vector_stores_result_object import (
    UsageVectorStoresResultObject,
    check_usage_vector_stores_result_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UsageVectorStoresResult(_OpenModel):
    """Vector store usage in one time bucket: bytes stored, per project if grouped."""

    object_: UsageVectorStoresResultObject

    usage_bytes: int

    project_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("object", "project_id", "usage_bytes")
    _tags = {"object": ("organization.usage.vector_stores.result",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_usage_vector_stores_result_object),
            ("usage_bytes", "usage_bytes", REQUIRED, None),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
        )

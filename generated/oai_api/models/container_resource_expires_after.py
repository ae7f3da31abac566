from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.container_resource_expires_after_anchor import (
    ContainerResourceExpiresAfterAnchor,
    check_container_resource_expires_after_anchor,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ContainerResourceExpiresAfter(_OpenModel):
    anchor: ContainerResourceExpiresAfterAnchor | None = None

    minutes: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("anchor", "minutes")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "anchor",
                "anchor",
                OPTIONAL,
                check_container_resource_expires_after_anchor,
            ),
            ("minutes", "minutes", OPTIONAL, None),
        )

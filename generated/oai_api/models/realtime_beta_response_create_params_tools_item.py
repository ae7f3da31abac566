from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_response_create_params_tools_item_type import (
    RealtimeBetaResponseCreateParamsToolsItemType,
    check_realtime_beta_response_create_params_tools_item_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )


@_attrs_define(repr=False)
class RealtimeBetaResponseCreateParamsToolsItem(_OpenModel):
    type_: RealtimeBetaResponseCreateParamsToolsItemType | None = None

    name: str | None = None

    description: str | None = None

    parameters: RealtimeBetaResponseCreateParamsToolsItemParameters | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "parameters", "type")
    _tags = {"type": ("function",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response_create_params_tools_item_parameters import (
            RealtimeBetaResponseCreateParamsToolsItemParameters,
        )

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_beta_response_create_params_tools_item_type,
            ),
            ("name", "name", OPTIONAL, None),
            ("description", "description", OPTIONAL, None),
            (
                "parameters",
                "parameters",
                OPTIONAL,
                RealtimeBetaResponseCreateParamsToolsItemParameters,
            ),
        )

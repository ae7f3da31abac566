from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeleteEvalRunResponse200(_OpenModel):
    object_: str | None = None

    deleted: bool | None = None

    run_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "object", "run_id")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", OPTIONAL, None),
            ("deleted", "deleted", OPTIONAL, None),
            ("run_id", "run_id", OPTIONAL, None),
        )

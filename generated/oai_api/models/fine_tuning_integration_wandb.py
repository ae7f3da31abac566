from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class FineTuningIntegrationWandb(_OpenModel):
    project: str

    name: None | str = None

    entity: None | str = None

    tags: list[str] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("entity", "name", "project", "tags")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("project", "project", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("entity", "entity", OPTIONAL_OR_NULL, one_of(str, None)),
            ("tags", "tags", OPTIONAL, list_of(None)),
        )

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import OpenModel as _OpenModel
from .._model import (
    fields,
    list_of,
)
from ..models.moderation_input_type import (
    ModerationInputType,
    check_moderation_input_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ModerationResultBodyCategoryAppliedInputTypes(_OpenModel):
    """Input kinds each category was checked on."""

    additional_properties: dict[str, list[ModerationInputType]] = _attrs_field(
        init=False, factory=dict
    )
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            extra=list_of(check_moderation_input_type),
        )

    def __getitem__(self, key: str) -> list[ModerationInputType]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ModerationInputType]) -> None:
        self.additional_properties[key] = value

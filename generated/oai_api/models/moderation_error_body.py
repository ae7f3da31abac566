from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.moderation_error_body_type import (
    ModerationErrorBodyType,
    check_moderation_error_body_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ModerationErrorBody(_OpenModel):
    """Moderation could not be run for this side of the exchange."""

    type_: ModerationErrorBodyType
    """ Fixed tag `error`. """
    code: str
    """ Machine-readable reason. """
    message: str
    """ Human-readable explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "message", "type")
    _tags = {"type": ("error",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_moderation_error_body_type),
            ("code", "code", REQUIRED, None),
            ("message", "message", REQUIRED, None),
        )

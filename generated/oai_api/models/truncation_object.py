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
from ..models.truncation_object_type import (
    TruncationObjectType,
    check_truncation_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class TruncationObject(_OpenModel):
    """How much of the thread goes into a run's initial context window."""

    type_: TruncationObjectType
    """ `auto` (default) drops messages from the middle to fit the model's context; `last_messages` keeps only the
    newest `last_messages` messages. """
    last_messages: int | None = None
    """ How many of the newest messages to keep when `type` is `last_messages`; at least 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("last_messages", "type")
    _tags = {"type": ("auto", "last_messages")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_truncation_object_type),
            ("last_messages", "last_messages", OPTIONAL_OR_NULL, one_of(int, None)),
        )

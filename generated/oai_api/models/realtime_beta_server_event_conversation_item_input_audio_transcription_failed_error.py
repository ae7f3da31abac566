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
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError(
    _OpenModel
):
    type_: str | None = None

    code: str | None = None

    message: str | None = None

    param: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("code", "message", "param", "type")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", OPTIONAL, None),
            ("code", "code", OPTIONAL, None),
            ("message", "message", OPTIONAL, None),
            ("param", "param", OPTIONAL, None),
        )

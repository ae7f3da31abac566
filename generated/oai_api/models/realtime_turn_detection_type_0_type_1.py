from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    const,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_turn_detection_type_0_type_1_eagerness import (
    RealtimeTurnDetectionType0Type1Eagerness,
    check_realtime_turn_detection_type_0_type_1_eagerness,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTurnDetectionType0Type1(_OpenModel):
    type_: Literal["semantic_vad"]
    """ Always `semantic_vad`: a model judges from the words whether the user has finished. """
    eagerness: RealtimeTurnDetectionType0Type1Eagerness | None = None
    """ How quickly the model takes its turn: `low` waits longest (up to 8s), `medium` 4s, `high` 2s; `auto`
    (default) equals `medium`. """
    create_response: bool | None = None
    """ Start a reply automatically when the user's turn ends; default true. """
    interrupt_response: bool | None = None
    """ Cancel an ongoing reply in the default conversation when the user starts speaking; default true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("create_response", "eagerness", "interrupt_response", "type")
    _tags = {"type": ("semantic_vad",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, const("semantic_vad")),
            (
                "eagerness",
                "eagerness",
                OPTIONAL,
                check_realtime_turn_detection_type_0_type_1_eagerness,
            ),
            ("create_response", "create_response", OPTIONAL, None),
            ("interrupt_response", "interrupt_response", OPTIONAL, None),
        )

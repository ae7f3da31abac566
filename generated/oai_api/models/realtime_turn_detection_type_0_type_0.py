from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    const,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTurnDetectionType0Type0(_OpenModel):
    type_: Literal["server_vad"]
    """ Always `server_vad`: end turns by silence detected from audio volume. """
    threshold: float | None = None
    """ Volume needed to count as speech, 0.0 to 1.0; default 0.5. Raise it in noisy settings. """
    prefix_padding_ms: int | None = None
    """ Audio kept from before detected speech starts, in milliseconds; default 300. """
    silence_duration_ms: int | None = None
    """ Silence that ends the user's turn, in milliseconds; default 500. Shorter replies faster but may cut in on
    pauses. """
    create_response: bool | None = None
    """ Start a reply automatically when speech stops; default true. With both this and `interrupt_response` false,
    only VAD events are sent. """
    interrupt_response: bool | None = None
    """ Cancel an ongoing reply in the default conversation when the user starts speaking; default true. If false,
    the reply plays to the end. """
    idle_timeout_ms: int | None = None
    """ Milliseconds of user silence, 5000 to 30000, after the model's audio finishes before the model is prompted
    to speak again; null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "create_response",
        "idle_timeout_ms",
        "interrupt_response",
        "prefix_padding_ms",
        "silence_duration_ms",
        "threshold",
        "type",
    )
    _tags = {"type": ("server_vad",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, const("server_vad")),
            ("threshold", "threshold", OPTIONAL, None),
            ("prefix_padding_ms", "prefix_padding_ms", OPTIONAL, None),
            ("silence_duration_ms", "silence_duration_ms", OPTIONAL, None),
            ("create_response", "create_response", OPTIONAL, None),
            ("interrupt_response", "interrupt_response", OPTIONAL, None),
            ("idle_timeout_ms", "idle_timeout_ms", OPTIONAL_OR_NULL, one_of(int, None)),
        )

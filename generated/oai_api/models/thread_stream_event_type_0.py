from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.thread_stream_event_type_0_event import (
    ThreadStreamEventType0Event,
    check_thread_stream_event_type_0_event,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.thread_object import ThreadObject


@_attrs_define(repr=False)
class ThreadStreamEventType0(_OpenModel):
    event: ThreadStreamEventType0Event

    data: ThreadObject
    """ A thread: a conversation that holds messages and the tool resources runs on it may use. """
    enabled: bool | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "enabled", "event")
    _tags = {"event": ("thread.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.thread_object import ThreadObject

        return fields(
            ("event", "event", REQUIRED, check_thread_stream_event_type_0_event),
            ("data", "data", REQUIRED, ThreadObject),
            ("enabled", "enabled", OPTIONAL, None),
        )

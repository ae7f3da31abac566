from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ChatSessionHistory(_OpenModel):
    """Whether users see past threads in the session, and how many recent ones."""

    enabled: bool

    recent_threads: int | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("enabled", "recent_threads")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("enabled", "enabled", REQUIRED, None),
            ("recent_threads", "recent_threads", REQUIRED_OR_NULL, one_of(int, None)),
        )

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
class RateLimitsParam(_OpenModel):
    """Per-minute request cap for the session."""

    max_requests_per_1_minute: int | None = None
    """ Most requests allowed per minute; 10 if omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("max_requests_per_1_minute",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("max_requests_per_1_minute", "max_requests_per_1_minute", OPTIONAL, None),
            strict=True,
        )

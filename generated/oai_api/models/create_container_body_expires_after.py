from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_container_body_expires_after_anchor import (
    CreateContainerBodyExpiresAfterAnchor,
    check_create_container_body_expires_after_anchor,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateContainerBodyExpiresAfter(_OpenModel):
    """Idle timeout: the container expires this many `minutes` after the `anchor` time."""

    anchor: CreateContainerBodyExpiresAfterAnchor
    """ Time the timeout counts from; only `last_active_at` is accepted. """
    minutes: int
    """ Minutes after the anchor at which the container expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("anchor", "minutes")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "anchor",
                "anchor",
                REQUIRED,
                check_create_container_body_expires_after_anchor,
            ),
            ("minutes", "minutes", REQUIRED, None),
            strict=True,
        )

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_moderation_response_results_item import (
        CreateModerationResponseResultsItem,
    )


@_attrs_define(repr=False)
class CreateModerationResponse(_OpenModel):
    """Moderation verdicts, one result per input."""

    id: str
    """ Unique ID. """
    model: str
    """ Model that produced the verdicts. """
    results: list[CreateModerationResponseResultsItem]
    """ One verdict per input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "model", "results")

    @staticmethod
    def _fields() -> Table:
        from ..models.create_moderation_response_results_item import (
            CreateModerationResponseResultsItem,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            (
                "results",
                "results",
                REQUIRED,
                list_of(CreateModerationResponseResultsItem),
            ),
        )

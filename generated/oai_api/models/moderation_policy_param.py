from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.moderation_config_param import ModerationConfigParam


@_attrs_define(repr=False)
class ModerationPolicyParam(_OpenModel):
    """Moderation settings per direction."""

    input_: ModerationConfigParam | None = None
    """ Settings for the request side. """
    output: ModerationConfigParam | None = None
    """ Settings for the reply side. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "output")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "input_",
                "input",
                OPTIONAL_OR_NULL,
                one_of(
                    member("moderation_config_param", "ModerationConfigParam"), None
                ),
            ),
            (
                "output",
                "output",
                OPTIONAL_OR_NULL,
                one_of(
                    member("moderation_config_param", "ModerationConfigParam"), None
                ),
            ),
            strict=True,
        )

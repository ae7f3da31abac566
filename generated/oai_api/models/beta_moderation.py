from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_moderation_error_body import BetaModerationErrorBody
    from ..models.beta_moderation_result_body import BetaModerationResultBody


@_attrs_define(repr=False)
class BetaModeration(_OpenModel):
    """Moderation outcome, or the error hit, for both the input and the output of a response."""

    input_: BetaModerationErrorBody | BetaModerationResultBody

    output: BetaModerationErrorBody | BetaModerationResultBody

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
                REQUIRED,
                one_of(
                    member(
                        "beta_moderation_result_body",
                        "BetaModerationResultBody",
                        ("type", "moderation_result"),
                    ),
                    member(
                        "beta_moderation_error_body",
                        "BetaModerationErrorBody",
                        ("type", "error"),
                    ),
                ),
            ),
            (
                "output",
                "output",
                REQUIRED,
                one_of(
                    member(
                        "beta_moderation_result_body",
                        "BetaModerationResultBody",
                        ("type", "moderation_result"),
                    ),
                    member(
                        "beta_moderation_error_body",
                        "BetaModerationErrorBody",
                        ("type", "error"),
                    ),
                ),
            ),
        )

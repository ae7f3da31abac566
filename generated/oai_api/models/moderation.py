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
    from ..models.moderation_error_body import ModerationErrorBody
    from ..models.moderation_result_body import ModerationResultBody


@_attrs_define(repr=False)
class Moderation(_OpenModel):
    """What the moderation check found in the response's input and output, or why it could not run."""

    input_: ModerationErrorBody | ModerationResultBody
    """ Verdict on the input. """
    output: ModerationErrorBody | ModerationResultBody
    """ Verdict on the output. """
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
                        "moderation_result_body",
                        "ModerationResultBody",
                        ("type", "moderation_result"),
                    ),
                    member(
                        "moderation_error_body",
                        "ModerationErrorBody",
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
                        "moderation_result_body",
                        "ModerationResultBody",
                        ("type", "moderation_result"),
                    ),
                    member(
                        "moderation_error_body",
                        "ModerationErrorBody",
                        ("type", "error"),
                    ),
                ),
            ),
        )

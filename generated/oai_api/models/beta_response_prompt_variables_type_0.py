from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import OpenModel as _OpenModel
from .._model import (
    fields,
    member,
    one_of,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_input_file_content import BetaInputFileContent
    from ..models.beta_input_image_content import BetaInputImageContent
    from ..models.beta_input_text_content import BetaInputTextContent


@_attrs_define(repr=False)
class BetaResponsePromptVariablesType0(_OpenModel):
    additional_properties: dict[
        str, BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str
    ] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            extra=one_of(
                str,
                member(
                    "beta_input_text_content",
                    "BetaInputTextContent",
                    ("type", "input_text"),
                ),
                member(
                    "beta_input_image_content",
                    "BetaInputImageContent",
                    ("type", "input_image"),
                ),
                member(
                    "beta_input_file_content",
                    "BetaInputFileContent",
                    ("type", "input_file"),
                ),
            ),
        )

    def __getitem__(
        self, key: str
    ) -> BetaInputFileContent | BetaInputImageContent | BetaInputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: BetaInputFileContent
        | BetaInputImageContent
        | BetaInputTextContent
        | str,
    ) -> None:
        self.additional_properties[key] = value

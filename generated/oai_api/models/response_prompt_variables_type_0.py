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
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent


@_attrs_define(repr=False)
class ResponsePromptVariablesType0(_OpenModel):
    additional_properties: dict[
        str, InputFileContent | InputImageContent | InputTextContent | str
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
                    "input_text_content", "InputTextContent", ("type", "input_text")
                ),
                member(
                    "input_image_content", "InputImageContent", ("type", "input_image")
                ),
                member(
                    "input_file_content", "InputFileContent", ("type", "input_file")
                ),
            ),
        )

    def __getitem__(
        self, key: str
    ) -> InputFileContent | InputImageContent | InputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: InputFileContent | InputImageContent | InputTextContent | str,
    ) -> None:
        self.additional_properties[key] = value

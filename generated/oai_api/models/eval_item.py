from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.eval_item_role import EvalItemRole, check_eval_item_role
from ..models.eval_item_type import EvalItemType, check_eval_item_type

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_item_content_output_text import EvalItemContentOutputText
    from ..models.eval_item_input_image import EvalItemInputImage
    from ..models.input_audio import InputAudio
    from ..models.input_text_content import InputTextContent


@_attrs_define(repr=False)
class EvalItem(_OpenModel):
    """A message for the model with a role; `developer` and `system` instructions outrank `user` ones, and `assistant`
    marks earlier model replies."""

    role: EvalItemRole
    """ Author role of the message (`user`, `assistant`, `system` or `developer`); system and developer text takes
    priority. """
    content: (
        EvalItemContentOutputText
        | EvalItemInputImage
        | InputAudio
        | InputTextContent
        | list[
            EvalItemContentOutputText
            | EvalItemInputImage
            | InputAudio
            | InputTextContent
            | str
        ]
        | str
    )
    """ Message content, possibly with template placeholders: one content item or a list of them (text, images,
    audio). """
    type_: EvalItemType | None = None
    """ Always `message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("content", "role", "type")
    _tags = {"type": ("message",), "role": ("user", "assistant", "system", "developer")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", REQUIRED, check_eval_item_role),
            (
                "content",
                "content",
                REQUIRED,
                one_of(
                    str,
                    member(
                        "input_text_content", "InputTextContent", ("type", "input_text")
                    ),
                    member(
                        "eval_item_content_output_text",
                        "EvalItemContentOutputText",
                        ("type", "output_text"),
                    ),
                    member(
                        "eval_item_input_image",
                        "EvalItemInputImage",
                        ("type", "input_image"),
                    ),
                    member("input_audio", "InputAudio", ("type", "input_audio")),
                    list_of(
                        one_of(
                            str,
                            member(
                                "input_text_content",
                                "InputTextContent",
                                ("type", "input_text"),
                            ),
                            member(
                                "eval_item_content_output_text",
                                "EvalItemContentOutputText",
                                ("type", "output_text"),
                            ),
                            member(
                                "eval_item_input_image",
                                "EvalItemInputImage",
                                ("type", "input_image"),
                            ),
                            member(
                                "input_audio", "InputAudio", ("type", "input_audio")
                            ),
                        )
                    ),
                ),
            ),
            ("type_", "type", OPTIONAL, check_eval_item_type),
        )

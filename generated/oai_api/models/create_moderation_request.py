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
from ..models.create_moderation_request_model_type_1 import (
    CreateModerationRequestModelType1,
    check_create_moderation_request_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_moderation_request_input_type_2_item_type_0 import (
        CreateModerationRequestInputType2ItemType0,
    )
    from ..models.create_moderation_request_input_type_2_item_type_1 import (
        CreateModerationRequestInputType2ItemType1,
    )


@_attrs_define(repr=False)
class CreateModerationRequest(_OpenModel):
    """Body of a moderation request."""

    input_: (
        list[
            CreateModerationRequestInputType2ItemType0
            | CreateModerationRequestInputType2ItemType1
        ]
        | list[str]
        | str
    )
    """ What to check: a text, a list of texts, or a list of text and image parts. """
    model: CreateModerationRequestModelType1 | str | None = None
    """ ID of the moderation model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "model")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "input_",
                "input",
                REQUIRED,
                one_of(
                    str,
                    list_of(None),
                    list_of(
                        one_of(
                            member(
                                "create_moderation_request_input_type_2_item_type_0",
                                "CreateModerationRequestInputType2ItemType0",
                                ("type", "image_url"),
                            ),
                            member(
                                "create_moderation_request_input_type_2_item_type_1",
                                "CreateModerationRequestInputType2ItemType1",
                                ("type", "text"),
                            ),
                        )
                    ),
                ),
            ),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_create_moderation_request_model_type_1),
            ),
            strict=True,
        )

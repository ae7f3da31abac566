from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_moderation_request_input_type_2_item_type_0_type import (
    CreateModerationRequestInputType2ItemType0Type,
    check_create_moderation_request_input_type_2_item_type_0_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_moderation_request_input_type_2_item_type_0_image_url import (
        CreateModerationRequestInputType2ItemType0ImageUrl,
    )


@_attrs_define(repr=False)
class CreateModerationRequestInputType2ItemType0(_OpenModel):
    type_: CreateModerationRequestInputType2ItemType0Type
    """ Kind of input part. """
    image_url: CreateModerationRequestInputType2ItemType0ImageUrl
    """ The image to check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_url", "type")
    _tags = {"type": ("image_url",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_moderation_request_input_type_2_item_type_0_image_url import (
            CreateModerationRequestInputType2ItemType0ImageUrl,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_moderation_request_input_type_2_item_type_0_type,
            ),
            (
                "image_url",
                "image_url",
                REQUIRED,
                CreateModerationRequestInputType2ItemType0ImageUrl,
            ),
            strict=True,
        )

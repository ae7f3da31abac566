from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_moderation_request_input_type_2_item_type_0_type import (
    CreateModerationRequestInputType2ItemType0Type,
    check_create_moderation_request_input_type_2_item_type_0_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.create_moderation_request_input_type_2_item_type_0_image_url import (
        CreateModerationRequestInputType2ItemType0ImageUrl,
    )


T = TypeVar("T", bound="CreateModerationRequestInputType2ItemType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateModerationRequestInputType2ItemType0ImageUrl
    from ..models.create_moderation_request_input_type_2_item_type_0_image_url import (
        CreateModerationRequestInputType2ItemType0ImageUrl,
    )

    _models_bound = True


@_attrs_define
class CreateModerationRequestInputType2ItemType0:
    type_: CreateModerationRequestInputType2ItemType0Type
    """ Kind of input part. """
    image_url: CreateModerationRequestInputType2ItemType0ImageUrl
    """ The image to check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_image_url = (
            self.image_url
            if self.image_url is not None or "image_url" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_image_url, CreateModerationRequestInputType2ItemType0ImageUrl
        ):
            image_url = _v_image_url
        else:
            image_url = _v_image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "image_url": image_url,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "CreateModerationRequestInputType2ItemType0: required field type is missing"
            )

        else:
            type_ = check_create_moderation_request_input_type_2_item_type_0_type(
                _type__raw
            )

        _image_url_raw = d.pop("image_url", UNSET)
        if _image_url_raw is None or isinstance(_image_url_raw, Unset):
            raise KeyError(
                "CreateModerationRequestInputType2ItemType0: required field image_url is missing"
            )

        else:
            image_url = CreateModerationRequestInputType2ItemType0ImageUrl.from_dict(
                _image_url_raw
            )

        create_moderation_request_input_type_2_item_type_0 = cls(
            type_=type_,
            image_url=image_url,
        )
        if _none_flips:
            create_moderation_request_input_type_2_item_type_0._none_flips = _none_flips

        create_moderation_request_input_type_2_item_type_0.additional_properties = d
        return create_moderation_request_input_type_2_item_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

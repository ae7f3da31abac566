from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delta_content_image_url_object_type import (
    MessageDeltaContentImageUrlObjectType,
    check_message_delta_content_image_url_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl,
    )


T = TypeVar("T", bound="MessageDeltaContentImageUrlObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MessageDeltaContentImageUrlObjectImageUrl
    from ..models.message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl,
    )

    _models_bound = True


@_attrs_define
class MessageDeltaContentImageUrlObject:
    """Streamed change to a message part that shows an image from a URL."""

    index: int
    type_: MessageDeltaContentImageUrlObjectType
    image_url: MessageDeltaContentImageUrlObjectImageUrl | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

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
            if self.image_url is not None or "image_url" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_image_url, MessageDeltaContentImageUrlObjectImageUrl):
            image_url = _v_image_url
        else:
            image_url: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_image_url, Unset):
                image_url = _v_image_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "index": index,
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_message_delta_content_image_url_object_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _image_url_raw = d.pop("image_url", UNSET)
        if _image_url_raw is None or isinstance(_image_url_raw, Unset):
            if _image_url_raw is None and strict_parsing.get():
                raise TypeError("image_url")

            if _image_url_raw is None:
                _none_flips += ("image_url",)
            image_url = None

        else:
            try:
                _image_url = _image_url_raw
                image_url: MessageDeltaContentImageUrlObjectImageUrl | Unset
                if isinstance(_image_url, Unset):
                    image_url = UNSET
                else:
                    image_url = MessageDeltaContentImageUrlObjectImageUrl.from_dict(
                        _image_url
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                image_url = _image_url_raw

        message_delta_content_image_url_object = cls(
            index=index,
            type_=type_,
            image_url=image_url,
        )
        if _none_flips:
            message_delta_content_image_url_object._none_flips = _none_flips

        message_delta_content_image_url_object.additional_properties = d
        return message_delta_content_image_url_object

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

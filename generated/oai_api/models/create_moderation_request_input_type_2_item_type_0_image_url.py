from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateModerationRequestInputType2ItemType0ImageUrl")


@_attrs_define
class CreateModerationRequestInputType2ItemType0ImageUrl:
    """The image to check."""

    url: str
    """ Image URL or base64 data URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_url = (
            self.url if self.url is not None or "url" not in self._none_flips else UNSET
        )

        url = _v_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "url": url,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        url = d.pop("url", UNSET)
        if url is None or isinstance(url, Unset):
            raise KeyError(
                "CreateModerationRequestInputType2ItemType0ImageUrl: required field url is missing"
            )

        if url is None or url is UNSET:
            if url is UNSET:
                _none_flips += ("url",)
            url = None

        create_moderation_request_input_type_2_item_type_0_image_url = cls(
            url=url,
        )
        if _none_flips:
            create_moderation_request_input_type_2_item_type_0_image_url._none_flips = (
                _none_flips
            )

        create_moderation_request_input_type_2_item_type_0_image_url.additional_properties = d
        return create_moderation_request_input_type_2_item_type_0_image_url

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

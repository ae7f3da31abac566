from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail,
    check_chat_completion_request_message_content_part_image_image_url_detail,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartImageImageUrl")


@_attrs_define
class ChatCompletionRequestMessageContentPartImageImageUrl:
    """The image location."""

    url: str
    """ Image URL or base64 data URL. """
    detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | Unset = UNSET
    """ Level of detail to analyse the image at. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        if self.detail is None or isinstance(self.detail, Unset):
            detail = self.detail
        else:
            detail: str | Unset = UNSET
            if not isinstance(self.detail, Unset):
                detail = self.detail

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
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)
        if (url is None or isinstance(url, Unset)) and strict_parsing.get():
            raise KeyError("url")

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if _detail_raw is None and strict_parsing.get():
                raise TypeError("detail")

            detail = _detail_raw
        else:
            _detail = _detail_raw
            detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = check_chat_completion_request_message_content_part_image_image_url_detail(
                    _detail
                )

        chat_completion_request_message_content_part_image_image_url = cls(
            url=url,
            detail=detail,
        )

        chat_completion_request_message_content_part_image_image_url.additional_properties = d
        return chat_completion_request_message_content_part_image_image_url

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

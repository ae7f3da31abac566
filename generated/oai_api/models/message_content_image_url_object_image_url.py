from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_content_image_url_object_image_url_detail import (
    MessageContentImageUrlObjectImageUrlDetail,
    check_message_content_image_url_object_image_url_detail,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="MessageContentImageUrlObjectImageUrl")


@_attrs_define
class MessageContentImageUrlObjectImageUrl:
    """Where the image lives and at what detail to read it."""

    url: str
    """ Public URL of a JPEG, PNG, GIF or WebP image. """
    detail: MessageContentImageUrlObjectImageUrlDetail | None = None
    """ Image resolution to use: `auto` (default), `low` (cheaper in tokens) or `high`. """
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

        _v_detail = (
            self.detail
            if self.detail is not None or "detail" in self._none_flips
            else UNSET
        )

        if _v_detail is None or isinstance(_v_detail, Unset):
            detail = _v_detail
        else:
            detail: str | Unset = UNSET
            if not isinstance(_v_detail, Unset):
                detail = _v_detail

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
        _none_flips: tuple[str, ...] = ()
        url = d.pop("url", UNSET)
        if (url is None or isinstance(url, Unset)) and strict_parsing.get():
            raise KeyError("url")

        if url is None or url is UNSET:
            if url is UNSET:
                _none_flips += ("url",)
            url = None

        _detail_raw = d.pop("detail", UNSET)
        if _detail_raw is None or isinstance(_detail_raw, Unset):
            if _detail_raw is None and strict_parsing.get():
                raise TypeError("detail")

            if _detail_raw is None:
                _none_flips += ("detail",)
            detail = None

        else:
            try:
                _detail = _detail_raw
                detail: MessageContentImageUrlObjectImageUrlDetail | Unset
                if isinstance(_detail, Unset):
                    detail = UNSET
                else:
                    detail = check_message_content_image_url_object_image_url_detail(
                        _detail
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                detail = _detail_raw

        message_content_image_url_object_image_url = cls(
            url=url,
            detail=detail,
        )
        if _none_flips:
            message_content_image_url_object_image_url._none_flips = _none_flips

        message_content_image_url_object_image_url.additional_properties = d
        return message_content_image_url_object_image_url

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

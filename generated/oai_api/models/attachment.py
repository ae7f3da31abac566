from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_type import AttachmentType, check_attachment_type
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """A file or image attached to a thread item: ID, name, MIME type and preview URL."""

    type_: AttachmentType
    """ Kind of attachment: `image` or `file`. """
    id: str
    name: str
    mime_type: str
    preview_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_mime_type = (
            self.mime_type
            if self.mime_type is not None or "mime_type" not in self._none_flips
            else UNSET
        )

        mime_type = _v_mime_type

        _v_preview_url = (
            self.preview_url
            if self.preview_url is not None or "preview_url" not in self._none_flips
            else UNSET
        )

        if _v_preview_url is None or isinstance(_v_preview_url, Unset):
            preview_url = _v_preview_url
        else:
            preview_url: None | str
            preview_url = _v_preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "name": name,
                    "mime_type": mime_type,
                    "preview_url": preview_url,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_attachment_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        mime_type = d.pop("mime_type", UNSET)
        if (mime_type is None or isinstance(mime_type, Unset)) and strict_parsing.get():
            raise KeyError("mime_type")

        if mime_type is None or mime_type is UNSET:
            if mime_type is UNSET:
                _none_flips += ("mime_type",)
            mime_type = None

        _preview_url_raw = d.pop("preview_url", UNSET)
        if _preview_url_raw is None or isinstance(_preview_url_raw, Unset):
            if isinstance(_preview_url_raw, Unset) and strict_parsing.get():
                raise KeyError("preview_url")

            if _preview_url_raw is UNSET:
                _none_flips += ("preview_url",)
            preview_url = None

        else:
            try:

                def _parse_preview_url(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                preview_url = _parse_preview_url(_preview_url_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                preview_url = _preview_url_raw

        attachment = cls(
            type_=type_,
            id=id,
            name=name,
            mime_type=mime_type,
            preview_url=preview_url,
        )
        if _none_flips:
            attachment._none_flips = _none_flips

        attachment.additional_properties = d
        return attachment

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

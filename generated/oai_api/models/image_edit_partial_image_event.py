from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_edit_partial_image_event_background import (
    ImageEditPartialImageEventBackground,
    check_image_edit_partial_image_event_background,
)
from ..models.image_edit_partial_image_event_output_format import (
    ImageEditPartialImageEventOutputFormat,
    check_image_edit_partial_image_event_output_format,
)
from ..models.image_edit_partial_image_event_quality import (
    ImageEditPartialImageEventQuality,
    check_image_edit_partial_image_event_quality,
)
from ..models.image_edit_partial_image_event_size import (
    ImageEditPartialImageEventSize,
    check_image_edit_partial_image_event_size,
)
from ..models.image_edit_partial_image_event_type import (
    ImageEditPartialImageEventType,
    check_image_edit_partial_image_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ImageEditPartialImageEvent")


@_attrs_define
class ImageEditPartialImageEvent:
    """Stream event carrying an intermediate image while an edit is still rendering."""

    type_: ImageEditPartialImageEventType
    b64_json: str
    created_at: int
    size: ImageEditPartialImageEventSize
    quality: ImageEditPartialImageEventQuality
    background: ImageEditPartialImageEventBackground
    output_format: ImageEditPartialImageEventOutputFormat
    partial_image_index: int
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

        _v_b64_json = (
            self.b64_json
            if self.b64_json is not None or "b64_json" not in self._none_flips
            else UNSET
        )

        b64_json = _v_b64_json

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_size = (
            self.size
            if self.size is not None or "size" not in self._none_flips
            else UNSET
        )

        if _v_size is None or isinstance(_v_size, Unset):
            size = _v_size
        else:
            size: str = _v_size

        _v_quality = (
            self.quality
            if self.quality is not None or "quality" not in self._none_flips
            else UNSET
        )

        if _v_quality is None or isinstance(_v_quality, Unset):
            quality = _v_quality
        else:
            quality: str = _v_quality

        _v_background = (
            self.background
            if self.background is not None or "background" not in self._none_flips
            else UNSET
        )

        if _v_background is None or isinstance(_v_background, Unset):
            background = _v_background
        else:
            background: str = _v_background

        _v_output_format = (
            self.output_format
            if self.output_format is not None or "output_format" not in self._none_flips
            else UNSET
        )

        if _v_output_format is None or isinstance(_v_output_format, Unset):
            output_format = _v_output_format
        else:
            output_format: str = _v_output_format

        _v_partial_image_index = (
            self.partial_image_index
            if self.partial_image_index is not None
            or "partial_image_index" not in self._none_flips
            else UNSET
        )

        partial_image_index = _v_partial_image_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "b64_json": b64_json,
                    "created_at": created_at,
                    "size": size,
                    "quality": quality,
                    "background": background,
                    "output_format": output_format,
                    "partial_image_index": partial_image_index,
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
                type_ = check_image_edit_partial_image_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        b64_json = d.pop("b64_json", UNSET)
        if (b64_json is None or isinstance(b64_json, Unset)) and strict_parsing.get():
            raise KeyError("b64_json")

        if b64_json is None or b64_json is UNSET:
            if b64_json is UNSET:
                _none_flips += ("b64_json",)
            b64_json = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if strict_parsing.get():
                raise KeyError("size")

            if _size_raw is UNSET:
                _none_flips += ("size",)
            size = None

        else:
            try:
                size = check_image_edit_partial_image_event_size(_size_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                size = _size_raw

        _quality_raw = d.pop("quality", UNSET)
        if _quality_raw is None or isinstance(_quality_raw, Unset):
            if strict_parsing.get():
                raise KeyError("quality")

            if _quality_raw is UNSET:
                _none_flips += ("quality",)
            quality = None

        else:
            try:
                quality = check_image_edit_partial_image_event_quality(_quality_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                quality = _quality_raw

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            if strict_parsing.get():
                raise KeyError("background")

            if _background_raw is UNSET:
                _none_flips += ("background",)
            background = None

        else:
            try:
                background = check_image_edit_partial_image_event_background(
                    _background_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                background = _background_raw

        _output_format_raw = d.pop("output_format", UNSET)
        if _output_format_raw is None or isinstance(_output_format_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output_format")

            if _output_format_raw is UNSET:
                _none_flips += ("output_format",)
            output_format = None

        else:
            try:
                output_format = check_image_edit_partial_image_event_output_format(
                    _output_format_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_format = _output_format_raw

        partial_image_index = d.pop("partial_image_index", UNSET)
        if (
            partial_image_index is None or isinstance(partial_image_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("partial_image_index")

        if partial_image_index is None or partial_image_index is UNSET:
            if partial_image_index is UNSET:
                _none_flips += ("partial_image_index",)
            partial_image_index = None

        image_edit_partial_image_event = cls(
            type_=type_,
            b64_json=b64_json,
            created_at=created_at,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            partial_image_index=partial_image_index,
        )
        if _none_flips:
            image_edit_partial_image_event._none_flips = _none_flips

        image_edit_partial_image_event.additional_properties = d
        return image_edit_partial_image_event

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

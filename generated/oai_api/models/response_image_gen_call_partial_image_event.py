from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_image_gen_call_partial_image_event_type import (
    ResponseImageGenCallPartialImageEventType,
    check_response_image_gen_call_partial_image_event_type,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ResponseImageGenCallPartialImageEvent")


@_attrs_define
class ResponseImageGenCallPartialImageEvent:
    """Stream event `response.image_generation_call.partial_image`: an intermediate image of an image generation call."""

    type_: ResponseImageGenCallPartialImageEventType
    """ Event type, fixed to `response.image_generation_call.partial_image`. """
    output_index: int
    """ Position of the output item in the response. """
    item_id: str
    """ ID of the output item concerned. """
    sequence_number: int
    """ Position of this event in the stream. """
    partial_image_index: int
    """ Position of this partial image, from 0. """
    partial_image_b64: str
    """ Base64 data of the partial image. """
    size: str | Unset = UNSET
    """ Size of the image. """
    quality: str | Unset = UNSET
    """ Quality of the image. """
    background: str | Unset = UNSET
    """ Background of the image. """
    output_format: str | Unset = UNSET
    """ File format of the image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        output_index = self.output_index

        item_id = self.item_id

        sequence_number = self.sequence_number

        partial_image_index = self.partial_image_index

        partial_image_b64 = self.partial_image_b64

        size = self.size

        quality = self.quality

        background = self.background

        output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "output_index": output_index,
                    "item_id": item_id,
                    "sequence_number": sequence_number,
                    "partial_image_index": partial_image_index,
                    "partial_image_b64": partial_image_b64,
                }.items()
                if v is not UNSET
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_response_image_gen_call_partial_image_event_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        item_id = d.pop("item_id", UNSET)
        if (item_id is None or isinstance(item_id, Unset)) and strict_parsing.get():
            raise KeyError("item_id")

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        partial_image_index = d.pop("partial_image_index", UNSET)
        if (
            partial_image_index is None or isinstance(partial_image_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("partial_image_index")

        partial_image_b64 = d.pop("partial_image_b64", UNSET)
        if (
            partial_image_b64 is None or isinstance(partial_image_b64, Unset)
        ) and strict_parsing.get():
            raise KeyError("partial_image_b64")

        size = d.pop("size", UNSET)
        if size is None and strict_parsing.get():
            raise TypeError("size")

        quality = d.pop("quality", UNSET)
        if quality is None and strict_parsing.get():
            raise TypeError("quality")

        background = d.pop("background", UNSET)
        if background is None and strict_parsing.get():
            raise TypeError("background")

        output_format = d.pop("output_format", UNSET)
        if output_format is None and strict_parsing.get():
            raise TypeError("output_format")

        response_image_gen_call_partial_image_event = cls(
            type_=type_,
            output_index=output_index,
            item_id=item_id,
            sequence_number=sequence_number,
            partial_image_index=partial_image_index,
            partial_image_b64=partial_image_b64,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
        )

        response_image_gen_call_partial_image_event.additional_properties = d
        return response_image_gen_call_partial_image_event

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

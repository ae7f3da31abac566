from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.images_response_background import (
    ImagesResponseBackground,
    check_images_response_background,
)
from ..models.images_response_output_format import (
    ImagesResponseOutputFormat,
    check_images_response_output_format,
)
from ..models.images_response_quality import (
    ImagesResponseQuality,
    check_images_response_quality,
)
from ..models.images_response_size import ImagesResponseSize, check_images_response_size
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_gen_usage import ImageGenUsage


T = TypeVar("T", bound="ImagesResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, Image, ImageGenUsage
    from ..models.image import Image
    from ..models.image_gen_usage import ImageGenUsage

    _models_bound = True


@_attrs_define
class ImagesResponse:
    """Generated images with the settings actually used and token usage."""

    created: int
    """ When the images were created (Unix seconds). """
    data: list[Image] | None = None
    """ The images. """
    background: ImagesResponseBackground | None = None
    """ Background used. """
    output_format: ImagesResponseOutputFormat | None = None
    """ File format used. """
    size: ImagesResponseSize | None = None
    """ Size used. """
    quality: ImagesResponseQuality | None = None
    """ Quality used. """
    usage: ImageGenUsage | None = None
    """ Token usage of an image generation, split into text and image tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_created = (
            self.created
            if self.created is not None or "created" not in self._none_flips
            else UNSET
        )

        created = _v_created

        _v_data = (
            self.data if self.data is not None or "data" in self._none_flips else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_data, Unset):
                data = []
                for data_item_data in _v_data:
                    if not isinstance(data_item_data, Image):
                        data.append(data_item_data)
                        continue
                    data_item = data_item_data.to_dict()
                    data.append(data_item)

        _v_background = (
            self.background
            if self.background is not None or "background" in self._none_flips
            else UNSET
        )

        if _v_background is None or isinstance(_v_background, Unset):
            background = _v_background
        else:
            background: str | Unset = UNSET
            if not isinstance(_v_background, Unset):
                background = _v_background

        _v_output_format = (
            self.output_format
            if self.output_format is not None or "output_format" in self._none_flips
            else UNSET
        )

        if _v_output_format is None or isinstance(_v_output_format, Unset):
            output_format = _v_output_format
        else:
            output_format: str | Unset = UNSET
            if not isinstance(_v_output_format, Unset):
                output_format = _v_output_format

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        if _v_size is None or isinstance(_v_size, Unset):
            size = _v_size
        else:
            size: str | Unset = UNSET
            if not isinstance(_v_size, Unset):
                size = _v_size

        _v_quality = (
            self.quality
            if self.quality is not None or "quality" in self._none_flips
            else UNSET
        )

        if _v_quality is None or isinstance(_v_quality, Unset):
            quality = _v_quality
        else:
            quality: str | Unset = UNSET
            if not isinstance(_v_quality, Unset):
                quality = _v_quality

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, ImageGenUsage):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_usage, Unset):
                usage = _v_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "created": created,
                }.items()
                if v is not UNSET
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if size is not UNSET:
            field_dict["size"] = size
        if quality is not UNSET:
            field_dict["quality"] = quality
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        created = d.pop("created", UNSET)
        if (created is None or isinstance(created, Unset)) and strict_parsing.get():
            raise KeyError("created")

        if created is None or created is UNSET:
            if created is UNSET:
                _none_flips += ("created",)
            created = None

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if _data_raw is None and strict_parsing.get():
                raise TypeError("data")

            if _data_raw is None:
                _none_flips += ("data",)
            data = None

        else:
            try:
                _data = _data_raw
                data: list[Image] | Unset = UNSET
                if _data is not UNSET:
                    data = []
                    if not isinstance(_data, list):
                        raise TypeError()
                    for data_item_data in _data:
                        data_item = Image.from_dict(data_item_data)

                        data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            if _background_raw is None and strict_parsing.get():
                raise TypeError("background")

            if _background_raw is None:
                _none_flips += ("background",)
            background = None

        else:
            try:
                _background = _background_raw
                background: ImagesResponseBackground | Unset
                if isinstance(_background, Unset):
                    background = UNSET
                else:
                    background = check_images_response_background(_background)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                background = _background_raw

        _output_format_raw = d.pop("output_format", UNSET)
        if _output_format_raw is None or isinstance(_output_format_raw, Unset):
            if _output_format_raw is None and strict_parsing.get():
                raise TypeError("output_format")

            if _output_format_raw is None:
                _none_flips += ("output_format",)
            output_format = None

        else:
            try:
                _output_format = _output_format_raw
                output_format: ImagesResponseOutputFormat | Unset
                if isinstance(_output_format, Unset):
                    output_format = UNSET
                else:
                    output_format = check_images_response_output_format(_output_format)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_format = _output_format_raw

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if _size_raw is None and strict_parsing.get():
                raise TypeError("size")

            if _size_raw is None:
                _none_flips += ("size",)
            size = None

        else:
            try:
                _size = _size_raw
                size: ImagesResponseSize | Unset
                if isinstance(_size, Unset):
                    size = UNSET
                else:
                    size = check_images_response_size(_size)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                size = _size_raw

        _quality_raw = d.pop("quality", UNSET)
        if _quality_raw is None or isinstance(_quality_raw, Unset):
            if _quality_raw is None and strict_parsing.get():
                raise TypeError("quality")

            if _quality_raw is None:
                _none_flips += ("quality",)
            quality = None

        else:
            try:
                _quality = _quality_raw
                quality: ImagesResponseQuality | Unset
                if isinstance(_quality, Unset):
                    quality = UNSET
                else:
                    quality = check_images_response_quality(_quality)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                quality = _quality_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                _usage = _usage_raw
                usage: ImageGenUsage | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = ImageGenUsage.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        images_response = cls(
            created=created,
            data=data,
            background=background,
            output_format=output_format,
            size=size,
            quality=quality,
            usage=usage,
        )
        if _none_flips:
            images_response._none_flips = _none_flips

        images_response.additional_properties = d
        return images_response

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

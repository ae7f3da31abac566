from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_image_request_background_type_0 import (
    CreateImageRequestBackgroundType0,
    check_create_image_request_background_type_0,
)
from ..models.create_image_request_model_type_1 import (
    CreateImageRequestModelType1,
    check_create_image_request_model_type_1,
)
from ..models.create_image_request_moderation_type_0 import (
    CreateImageRequestModerationType0,
    check_create_image_request_moderation_type_0,
)
from ..models.create_image_request_output_format_type_0 import (
    CreateImageRequestOutputFormatType0,
    check_create_image_request_output_format_type_0,
)
from ..models.create_image_request_quality_type_0 import (
    CreateImageRequestQualityType0,
    check_create_image_request_quality_type_0,
)
from ..models.create_image_request_response_format_type_0 import (
    CreateImageRequestResponseFormatType0,
    check_create_image_request_response_format_type_0,
)
from ..models.create_image_request_size_type_1 import (
    CreateImageRequestSizeType1,
    check_create_image_request_size_type_1,
)
from ..models.create_image_request_style_type_0 import (
    CreateImageRequestStyleType0,
    check_create_image_request_style_type_0,
)
from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """Body of an image generation request."""

    prompt: str
    """ What to draw. """
    model: CreateImageRequestModelType1 | None | str | Unset = UNSET
    """ Image model to use. """
    n: int | None | Unset = UNSET
    """ Number of images (dall-e-3: only 1). """
    quality: CreateImageRequestQualityType0 | None | Unset = UNSET
    """ Image quality; the values allowed depend on the model. """
    response_format: CreateImageRequestResponseFormatType0 | None | Unset = UNSET
    """ Return `url`s or `b64_json` data (dall-e models; GPT image models always return base64). """
    output_format: CreateImageRequestOutputFormatType0 | None | Unset = UNSET
    """ File format of the images (GPT image models). """
    output_compression: int | None | Unset = UNSET
    """ Compression level 0-100 for webp and jpeg (GPT image models). """
    stream: bool | None | Unset = UNSET
    """ Stream partial and final images as server-sent events (GPT image models). """
    partial_images: int | None | Unset = UNSET
    """ How many intermediate images to stream (0-3); null for none. """
    size: CreateImageRequestSizeType1 | None | str | Unset = UNSET
    """ Image size in pixels, or `auto`; the values allowed depend on the model. """
    moderation: CreateImageRequestModerationType0 | None | Unset = UNSET
    """ Content moderation strictness (GPT image models). """
    background: CreateImageRequestBackgroundType0 | None | Unset = UNSET
    """ Transparent, opaque or automatic background (GPT image models). """
    style: CreateImageRequestStyleType0 | None | Unset = UNSET
    """ `vivid` or `natural` look (dall-e-3). """
    user: str | Unset = UNSET
    """ Stable end-user identifier for abuse detection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        else:
            response_format = self.response_format

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        else:
            moderation = self.moderation

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "prompt": prompt,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if size is not UNSET:
            field_dict["size"] = size
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)
        if (prompt is None or isinstance(prompt, Unset)) and strict_parsing.get():
            raise KeyError("prompt")

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            model = _model_raw
        else:

            def _parse_model(
                data: object,
            ) -> CreateImageRequestModelType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_image_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestModelType1 | None | str | Unset, data)

            model = _parse_model(_model_raw)

        _n_raw = d.pop("n", UNSET)
        if _n_raw is None or isinstance(_n_raw, Unset):
            n = _n_raw
        else:

            def _parse_n(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            n = _parse_n(_n_raw)

        _quality_raw = d.pop("quality", UNSET)
        if _quality_raw is None or isinstance(_quality_raw, Unset):
            quality = _quality_raw
        else:

            def _parse_quality(
                data: object,
            ) -> CreateImageRequestQualityType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    quality_type_0 = check_create_image_request_quality_type_0(data)

                    return quality_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestQualityType0 | None | Unset, data)

            quality = _parse_quality(_quality_raw)

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            response_format = _response_format_raw
        else:

            def _parse_response_format(
                data: object,
            ) -> CreateImageRequestResponseFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    response_format_type_0 = (
                        check_create_image_request_response_format_type_0(data)
                    )

                    return response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestResponseFormatType0 | None | Unset, data)

            response_format = _parse_response_format(_response_format_raw)

        _output_format_raw = d.pop("output_format", UNSET)
        if _output_format_raw is None or isinstance(_output_format_raw, Unset):
            output_format = _output_format_raw
        else:

            def _parse_output_format(
                data: object,
            ) -> CreateImageRequestOutputFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    output_format_type_0 = (
                        check_create_image_request_output_format_type_0(data)
                    )

                    return output_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestOutputFormatType0 | None | Unset, data)

            output_format = _parse_output_format(_output_format_raw)

        _output_compression_raw = d.pop("output_compression", UNSET)
        if _output_compression_raw is None or isinstance(
            _output_compression_raw, Unset
        ):
            output_compression = _output_compression_raw
        else:

            def _parse_output_compression(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            output_compression = _parse_output_compression(_output_compression_raw)

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            stream = _stream_raw
        else:

            def _parse_stream(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            stream = _parse_stream(_stream_raw)

        _partial_images_raw = d.pop("partial_images", UNSET)
        if _partial_images_raw is None or isinstance(_partial_images_raw, Unset):
            partial_images = _partial_images_raw
        else:

            def _parse_partial_images(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            partial_images = _parse_partial_images(_partial_images_raw)

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            size = _size_raw
        else:

            def _parse_size(
                data: object,
            ) -> CreateImageRequestSizeType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    size_type_1 = check_create_image_request_size_type_1(data)

                    return size_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestSizeType1 | None | str | Unset, data)

            size = _parse_size(_size_raw)

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            moderation = _moderation_raw
        else:

            def _parse_moderation(
                data: object,
            ) -> CreateImageRequestModerationType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    moderation_type_0 = check_create_image_request_moderation_type_0(
                        data
                    )

                    return moderation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestModerationType0 | None | Unset, data)

            moderation = _parse_moderation(_moderation_raw)

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            background = _background_raw
        else:

            def _parse_background(
                data: object,
            ) -> CreateImageRequestBackgroundType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    background_type_0 = check_create_image_request_background_type_0(
                        data
                    )

                    return background_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestBackgroundType0 | None | Unset, data)

            background = _parse_background(_background_raw)

        _style_raw = d.pop("style", UNSET)
        if _style_raw is None or isinstance(_style_raw, Unset):
            style = _style_raw
        else:

            def _parse_style(
                data: object,
            ) -> CreateImageRequestStyleType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    style_type_0 = check_create_image_request_style_type_0(data)

                    return style_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageRequestStyleType0 | None | Unset, data)

            style = _parse_style(_style_raw)

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        create_image_request = cls(
            prompt=prompt,
            model=model,
            n=n,
            quality=quality,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            stream=stream,
            partial_images=partial_images,
            size=size,
            moderation=moderation,
            background=background,
            style=style,
            user=user,
        )

        create_image_request.additional_properties = d
        return create_image_request

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

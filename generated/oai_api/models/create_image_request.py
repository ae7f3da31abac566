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
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """Body of an image generation request."""

    prompt: str
    """ What to draw. """
    model: CreateImageRequestModelType1 | None | str = None
    """ Image model to use. """
    n: int | None = None
    """ Number of images (dall-e-3: only 1). """
    quality: CreateImageRequestQualityType0 | None = None
    """ Image quality; the values allowed depend on the model. """
    response_format: CreateImageRequestResponseFormatType0 | None = None
    """ Return `url`s or `b64_json` data (dall-e models; GPT image models always return base64). """
    output_format: CreateImageRequestOutputFormatType0 | None = None
    """ File format of the images (GPT image models). """
    output_compression: int | None = None
    """ Compression level 0-100 for webp and jpeg (GPT image models). """
    stream: bool | None = None
    """ Stream partial and final images as server-sent events (GPT image models). """
    partial_images: int | None = None
    """ How many intermediate images to stream (0-3); null for none. """
    size: CreateImageRequestSizeType1 | None | str = None
    """ Image size in pixels, or `auto`; the values allowed depend on the model. """
    moderation: CreateImageRequestModerationType0 | None = None
    """ Content moderation strictness (GPT image models). """
    background: CreateImageRequestBackgroundType0 | None = None
    """ Transparent, opaque or automatic background (GPT image models). """
    style: CreateImageRequestStyleType0 | None = None
    """ `vivid` or `natural` look (dall-e-3). """
    user: str | None = None
    """ Stable end-user identifier for abuse detection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" not in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_n = self.n if self.n is not None or "n" in self._none_flips else UNSET

        n: int | None | Unset
        if isinstance(_v_n, Unset):
            n = UNSET
        else:
            n = _v_n

        _v_quality = (
            self.quality
            if self.quality is not None or "quality" in self._none_flips
            else UNSET
        )

        quality: None | str | Unset
        if isinstance(_v_quality, Unset):
            quality = UNSET
        else:
            quality = _v_quality

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        response_format: None | str | Unset
        if isinstance(_v_response_format, Unset):
            response_format = UNSET
        else:
            response_format = _v_response_format

        _v_output_format = (
            self.output_format
            if self.output_format is not None or "output_format" in self._none_flips
            else UNSET
        )

        output_format: None | str | Unset
        if isinstance(_v_output_format, Unset):
            output_format = UNSET
        else:
            output_format = _v_output_format

        _v_output_compression = (
            self.output_compression
            if self.output_compression is not None
            or "output_compression" in self._none_flips
            else UNSET
        )

        output_compression: int | None | Unset
        if isinstance(_v_output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = _v_output_compression

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        _v_partial_images = (
            self.partial_images
            if self.partial_images is not None or "partial_images" in self._none_flips
            else UNSET
        )

        partial_images: int | None | Unset
        if isinstance(_v_partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = _v_partial_images

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        size: None | str | Unset
        if isinstance(_v_size, Unset):
            size = UNSET
        else:
            size = _v_size

        _v_moderation = (
            self.moderation
            if self.moderation is not None or "moderation" in self._none_flips
            else UNSET
        )

        moderation: None | str | Unset
        if isinstance(_v_moderation, Unset):
            moderation = UNSET
        else:
            moderation = _v_moderation

        _v_background = (
            self.background
            if self.background is not None or "background" in self._none_flips
            else UNSET
        )

        background: None | str | Unset
        if isinstance(_v_background, Unset):
            background = UNSET
        else:
            background = _v_background

        _v_style = (
            self.style
            if self.style is not None or "style" in self._none_flips
            else UNSET
        )

        style: None | str | Unset
        if isinstance(_v_style, Unset):
            style = UNSET
        else:
            style = _v_style

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

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
        _none_flips: tuple[str, ...] = ()
        prompt = d.pop("prompt", UNSET)
        if prompt is None or isinstance(prompt, Unset):
            raise KeyError("CreateImageRequest: required field prompt is missing")

        if prompt is None or prompt is UNSET:
            if prompt is UNSET:
                _none_flips += ("prompt",)
            prompt = None

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

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
            if _n_raw is None:
                _none_flips += ("n",)
            n = None

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
            if _quality_raw is None:
                _none_flips += ("quality",)
            quality = None

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
            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

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
            if _output_format_raw is None:
                _none_flips += ("output_format",)
            output_format = None

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
            if _output_compression_raw is None:
                _none_flips += ("output_compression",)
            output_compression = None

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
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

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
            if _partial_images_raw is None:
                _none_flips += ("partial_images",)
            partial_images = None

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
            if _size_raw is None:
                _none_flips += ("size",)
            size = None

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
            if _moderation_raw is None:
                _none_flips += ("moderation",)
            moderation = None

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
            if _background_raw is None:
                _none_flips += ("background",)
            background = None

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
            if _style_raw is None:
                _none_flips += ("style",)
            style = None

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

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

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
        if _none_flips:
            create_image_request._none_flips = _none_flips

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

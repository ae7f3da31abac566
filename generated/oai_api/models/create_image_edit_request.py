from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_edit_request_background_type_0 import (
    CreateImageEditRequestBackgroundType0,
    check_create_image_edit_request_background_type_0,
)
from ..models.create_image_edit_request_model_type_1 import (
    CreateImageEditRequestModelType1,
    check_create_image_edit_request_model_type_1,
)
from ..models.create_image_edit_request_output_format_type_0 import (
    CreateImageEditRequestOutputFormatType0,
    check_create_image_edit_request_output_format_type_0,
)
from ..models.create_image_edit_request_quality_type_0 import (
    CreateImageEditRequestQualityType0,
    check_create_image_edit_request_quality_type_0,
)
from ..models.create_image_edit_request_response_format_type_0 import (
    CreateImageEditRequestResponseFormatType0,
    check_create_image_edit_request_response_format_type_0,
)
from ..models.create_image_edit_request_size_type_1 import (
    CreateImageEditRequestSizeType1,
    check_create_image_edit_request_size_type_1,
)
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import UNSET, File, FileTypes, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateImageEditRequest")


@_attrs_define
class CreateImageEditRequest:
    """Multipart form for an image edit: source image(s), a prompt, and optional mask and output settings."""

    image: File | list[File]
    """ Source image file(s). GPT image models take up to 16 `png`, `webp` or `jpg` files under 50MB each;
    `dall-e-2` takes one square `png` under 4MB. """
    prompt: str
    """ What the edited image should look like; up to 32000 characters for GPT image models, 1000 for `dall-e-2`.
    """
    mask: File | None = None
    """ PNG under 4MB, same size as `image`, whose fully transparent pixels mark the region to change; applies to
    the first image when several are sent. """
    background: CreateImageEditRequestBackgroundType0 | None = None
    """ Background of the output for GPT image models: `transparent` (needs `png` or `webp` output), `opaque`, or
    `auto` (default, model decides). """
    model: CreateImageEditRequestModelType1 | None | str = None
    """ Model that performs the edit: `dall-e-2` or a GPT image model such as `gpt-image-1`, `gpt-image-2` or
    `chatgpt-image-latest`; default `gpt-image-1.5`. """
    n: int | None = None
    """ How many edited images to produce, 1 to 10; default 1. """
    size: CreateImageEditRequestSizeType1 | None | str = None
    """ Output dimensions, e.g. `1024x1024`, `1536x1024`, `1024x1536` or `auto`; `gpt-image-2` also accepts custom
    `WIDTHxHEIGHT` (multiples of 16), `dall-e-2` only 256, 512 or 1024 squares. """
    response_format: CreateImageEditRequestResponseFormatType0 | None = None
    """ Only for `dall-e-2`: get `url` links (expire after 60 minutes, the default) or `b64_json` data; GPT image
    models always send base64. """
    output_format: CreateImageEditRequestOutputFormatType0 | None = None
    """ File type of the images GPT image models return: `png` (default), `jpeg` or `webp`. """
    output_compression: int | None = None
    """ Compression from 0 to 100 percent for `jpeg` or `webp` output of GPT image models; default 100. """
    user: str | None = None
    """ Your own stable ID for the end user, which lets OpenAI trace and detect abuse. """
    input_fidelity: InputFidelity | None = None
    """ How closely the output keeps the look of the input images, faces especially: `high` or `low`; not for `gpt-
    image-1-mini`. """
    stream: bool | None = None
    """ When true, receive the edit as server-sent events with partial images before the final one; default false.
    """
    partial_images: int | None = None
    """ How many intermediate images to stream (0-3); null for none. """
    quality: CreateImageEditRequestQualityType0 | None = None
    """ Rendering quality for GPT image models: `low`, `medium`, `high` or `auto` (default); `standard` applies to
    `dall-e-2`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_image = (
            self.image
            if self.image is not None or "image" not in self._none_flips
            else UNSET
        )

        if _v_image is None or isinstance(_v_image, Unset):
            image = _v_image
        else:
            image: FileTypes | list[FileTypes]
            if isinstance(_v_image, File):
                image = _v_image.to_tuple()

            elif isinstance(_v_image, list):
                image = []
                for image_type_1_item_data in _v_image:
                    image_type_1_item = image_type_1_item_data.to_tuple()

                    image.append(image_type_1_item)

            else:
                image = _v_image

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" not in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        _v_mask = (
            self.mask if self.mask is not None or "mask" in self._none_flips else UNSET
        )

        if _v_mask is None or isinstance(_v_mask, Unset):
            mask = _v_mask
        else:
            mask: FileTypes | Unset = UNSET
            if not isinstance(_v_mask, Unset):
                mask = _v_mask.to_tuple()

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

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        size: None | str | Unset
        if isinstance(_v_size, Unset):
            size = UNSET
        else:
            size = _v_size

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

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        _v_input_fidelity = (
            self.input_fidelity
            if self.input_fidelity is not None or "input_fidelity" in self._none_flips
            else UNSET
        )

        input_fidelity: None | str | Unset
        if isinstance(_v_input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = _v_input_fidelity

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "image": image,
                    "prompt": prompt,
                }.items()
                if v is not UNSET
            }
        )
        if mask is not UNSET:
            field_dict["mask"] = mask
        if background is not UNSET:
            field_dict["background"] = background
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if size is not UNSET:
            field_dict["size"] = size
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if user is not UNSET:
            field_dict["user"] = user
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_image = (
            self.image
            if self.image is not None or "image" not in self._none_flips
            else UNSET
        )

        if _v_image is None or isinstance(_v_image, Unset):
            raise ValueError(
                "CreateImageEditRequest.image is required: a form cannot be sent without it"
            )
        if isinstance(_v_image, File):
            files.append(("image", _v_image.to_tuple()))
        else:
            for image_type_1_item_element in _v_image:
                files.append(("image", image_type_1_item_element.to_tuple()))

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" not in self._none_flips
            else UNSET
        )

        if _v_prompt is None or isinstance(_v_prompt, Unset):
            raise ValueError(
                "CreateImageEditRequest.prompt is required: a form cannot be sent without it"
            )
        files.append(("prompt", (None, str(_v_prompt).encode(), "text/plain")))

        _v_mask = (
            self.mask if self.mask is not None or "mask" in self._none_flips else UNSET
        )

        if not isinstance(_v_mask, Unset):
            files.append(("mask", _v_mask.to_tuple()))

        _v_background = (
            self.background
            if self.background is not None or "background" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_background, Unset):
            if isinstance(_v_background, str):
                files.append(
                    ("background", (None, str(_v_background).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("background", (None, str(_v_background).encode(), "text/plain"))
                )

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_model, Unset):
            if isinstance(_v_model, str) or isinstance(_v_model, str):
                files.append(("model", (None, str(_v_model).encode(), "text/plain")))
            else:
                files.append(("model", (None, str(_v_model).encode(), "text/plain")))

        _v_n = self.n if self.n is not None or "n" in self._none_flips else UNSET

        if not isinstance(_v_n, Unset):
            if isinstance(_v_n, int):
                files.append(("n", (None, str(_v_n).encode(), "text/plain")))
            else:
                files.append(("n", (None, str(_v_n).encode(), "text/plain")))

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        if not isinstance(_v_size, Unset):
            if isinstance(_v_size, str) or isinstance(_v_size, str):
                files.append(("size", (None, str(_v_size).encode(), "text/plain")))
            else:
                files.append(("size", (None, str(_v_size).encode(), "text/plain")))

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_response_format, Unset):
            if isinstance(_v_response_format, str):
                files.append(
                    (
                        "response_format",
                        (None, str(_v_response_format).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "response_format",
                        (None, str(_v_response_format).encode(), "text/plain"),
                    )
                )

        _v_output_format = (
            self.output_format
            if self.output_format is not None or "output_format" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output_format, Unset):
            if isinstance(_v_output_format, str):
                files.append(
                    (
                        "output_format",
                        (None, str(_v_output_format).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "output_format",
                        (None, str(_v_output_format).encode(), "text/plain"),
                    )
                )

        _v_output_compression = (
            self.output_compression
            if self.output_compression is not None
            or "output_compression" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output_compression, Unset):
            if isinstance(_v_output_compression, int):
                files.append(
                    (
                        "output_compression",
                        (None, str(_v_output_compression).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "output_compression",
                        (None, str(_v_output_compression).encode(), "text/plain"),
                    )
                )

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        if not isinstance(_v_user, Unset):
            files.append(("user", (None, str(_v_user).encode(), "text/plain")))

        _v_input_fidelity = (
            self.input_fidelity
            if self.input_fidelity is not None or "input_fidelity" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_fidelity, Unset):
            if isinstance(_v_input_fidelity, str):
                files.append(
                    (
                        "input_fidelity",
                        (None, str(_v_input_fidelity).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "input_fidelity",
                        (None, str(_v_input_fidelity).encode(), "text/plain"),
                    )
                )

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_stream, Unset):
            if isinstance(_v_stream, bool):
                files.append(("stream", (None, str(_v_stream).encode(), "text/plain")))
            else:
                files.append(("stream", (None, str(_v_stream).encode(), "text/plain")))

        _v_partial_images = (
            self.partial_images
            if self.partial_images is not None or "partial_images" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_partial_images, Unset):
            if isinstance(_v_partial_images, int):
                files.append(
                    (
                        "partial_images",
                        (None, str(_v_partial_images).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "partial_images",
                        (None, str(_v_partial_images).encode(), "text/plain"),
                    )
                )

        _v_quality = (
            self.quality
            if self.quality is not None or "quality" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_quality, Unset):
            if isinstance(_v_quality, str):
                files.append(
                    ("quality", (None, str(_v_quality).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("quality", (None, str(_v_quality).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _image_raw = d.pop("image", UNSET)
        if _image_raw is None or isinstance(_image_raw, Unset):
            raise KeyError("CreateImageEditRequest: required field image is missing")

        else:

            def _parse_image(data: object) -> File | list[File]:

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_image(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, bytes):
                        raise TypeError()
                    image_type_0 = File(payload=BytesIO(data))

                    return image_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    image_type_1 = []
                    _image_type_1 = data
                    if not isinstance(_image_type_1, list):
                        raise TypeError()
                    for image_type_1_item_data in _image_type_1:
                        image_type_1_item = File(
                            payload=BytesIO(image_type_1_item_data)
                        )

                        image_type_1.append(image_type_1_item)

                    return image_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(File | list[File], data)

            image = _parse_image(_image_raw)

        prompt = d.pop("prompt", UNSET)
        if prompt is None or isinstance(prompt, Unset):
            raise KeyError("CreateImageEditRequest: required field prompt is missing")

        if prompt is None or prompt is UNSET:
            if prompt is UNSET:
                _none_flips += ("prompt",)
            prompt = None

        _mask_raw = d.pop("mask", UNSET)
        if _mask_raw is None or isinstance(_mask_raw, Unset):
            if _mask_raw is None and strict_parsing.get():
                raise TypeError("mask")

            if _mask_raw is None:
                _none_flips += ("mask",)
            mask = None

        else:
            _mask = _mask_raw
            mask: File | Unset
            if isinstance(_mask, Unset):
                mask = UNSET
            else:
                mask = File(payload=BytesIO(_mask))

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            if _background_raw is None:
                _none_flips += ("background",)
            background = None

        else:

            def _parse_background(
                data: object,
            ) -> CreateImageEditRequestBackgroundType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    background_type_0 = (
                        check_create_image_edit_request_background_type_0(data)
                    )

                    return background_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageEditRequestBackgroundType0 | None | Unset, data)

            background = _parse_background(_background_raw)

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(
                data: object,
            ) -> CreateImageEditRequestModelType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_image_edit_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageEditRequestModelType1 | None | str | Unset, data)

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

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if _size_raw is None:
                _none_flips += ("size",)
            size = None

        else:

            def _parse_size(
                data: object,
            ) -> CreateImageEditRequestSizeType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    size_type_1 = check_create_image_edit_request_size_type_1(data)

                    return size_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageEditRequestSizeType1 | None | str | Unset, data)

            size = _parse_size(_size_raw)

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:

            def _parse_response_format(
                data: object,
            ) -> CreateImageEditRequestResponseFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    response_format_type_0 = (
                        check_create_image_edit_request_response_format_type_0(data)
                    )

                    return response_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateImageEditRequestResponseFormatType0 | None | Unset, data
                )

            response_format = _parse_response_format(_response_format_raw)

        _output_format_raw = d.pop("output_format", UNSET)
        if _output_format_raw is None or isinstance(_output_format_raw, Unset):
            if _output_format_raw is None:
                _none_flips += ("output_format",)
            output_format = None

        else:

            def _parse_output_format(
                data: object,
            ) -> CreateImageEditRequestOutputFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    output_format_type_0 = (
                        check_create_image_edit_request_output_format_type_0(data)
                    )

                    return output_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateImageEditRequestOutputFormatType0 | None | Unset, data
                )

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

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        _input_fidelity_raw = d.pop("input_fidelity", UNSET)
        if _input_fidelity_raw is None or isinstance(_input_fidelity_raw, Unset):
            if _input_fidelity_raw is None:
                _none_flips += ("input_fidelity",)
            input_fidelity = None

        else:

            def _parse_input_fidelity(data: object) -> InputFidelity | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    input_fidelity_type_0 = check_input_fidelity(data)

                    return input_fidelity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(InputFidelity | None | Unset, data)

            input_fidelity = _parse_input_fidelity(_input_fidelity_raw)

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

        _quality_raw = d.pop("quality", UNSET)
        if _quality_raw is None or isinstance(_quality_raw, Unset):
            if _quality_raw is None:
                _none_flips += ("quality",)
            quality = None

        else:

            def _parse_quality(
                data: object,
            ) -> CreateImageEditRequestQualityType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    quality_type_0 = check_create_image_edit_request_quality_type_0(
                        data
                    )

                    return quality_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateImageEditRequestQualityType0 | None | Unset, data)

            quality = _parse_quality(_quality_raw)

        create_image_edit_request = cls(
            image=image,
            prompt=prompt,
            mask=mask,
            background=background,
            model=model,
            n=n,
            size=size,
            response_format=response_format,
            output_format=output_format,
            output_compression=output_compression,
            user=user,
            input_fidelity=input_fidelity,
            stream=stream,
            partial_images=partial_images,
            quality=quality,
        )
        if _none_flips:
            create_image_edit_request._none_flips = _none_flips

        create_image_edit_request.additional_properties = d
        return create_image_edit_request

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

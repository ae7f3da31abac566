from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_image_body_json_param_background_type_0 import (
    EditImageBodyJsonParamBackgroundType0,
    check_edit_image_body_json_param_background_type_0,
)
from ..models.edit_image_body_json_param_input_fidelity_type_0 import (
    EditImageBodyJsonParamInputFidelityType0,
    check_edit_image_body_json_param_input_fidelity_type_0,
)
from ..models.edit_image_body_json_param_model_type_1 import (
    EditImageBodyJsonParamModelType1,
    check_edit_image_body_json_param_model_type_1,
)
from ..models.edit_image_body_json_param_moderation_type_0 import (
    EditImageBodyJsonParamModerationType0,
    check_edit_image_body_json_param_moderation_type_0,
)
from ..models.edit_image_body_json_param_output_format_type_0 import (
    EditImageBodyJsonParamOutputFormatType0,
    check_edit_image_body_json_param_output_format_type_0,
)
from ..models.edit_image_body_json_param_quality_type_0 import (
    EditImageBodyJsonParamQualityType0,
    check_edit_image_body_json_param_quality_type_0,
)
from ..models.edit_image_body_json_param_size_type_0 import (
    EditImageBodyJsonParamSizeType0,
    check_edit_image_body_json_param_size_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="EditImageBodyJsonParam")


@_attrs_define
class EditImageBodyJsonParam:
    """JSON form of an image edit for GPT image models: images are given by URL, data URL or file ID instead of uploads."""

    images: list[Any]
    """ The images to edit, 1 to 16 references by URL or file ID. """
    prompt: str
    """ What the edit should produce, 1 to 32000 characters. """
    model: EditImageBodyJsonParamModelType1 | None | str = None
    """ Which GPT image model edits, such as `gpt-image-2` or its dated snapshot; `gpt-image-1.5` if omitted. """
    mask: Any | None = None
    """ Points to an input image either by `image_url` or by `file_id`; give exactly one of them. """
    n: int | None = None
    """ How many edited images to return; default 1. """
    quality: EditImageBodyJsonParamQualityType0 | None = None
    """ Rendering quality of the output, e.g. `low`, `medium`, `high` or `auto` (default). """
    input_fidelity: EditImageBodyJsonParamInputFidelityType0 | None = None
    """ How strongly the output preserves details of the inputs, `high` or `low`. """
    size: EditImageBodyJsonParamSizeType0 | None = None
    """ Dimensions of the output image, e.g. `1024x1024` or `auto` (default). """
    user: str | None = None
    """ Your own stable ID for the end user, which lets OpenAI trace and detect abuse. """
    output_format: EditImageBodyJsonParamOutputFormatType0 | None = None
    """ File type of the returned image: `png` (default), `jpeg` or `webp`. """
    output_compression: int | None = None
    """ For `jpeg` or `webp` output only: compression from 0 to 100. """
    moderation: EditImageBodyJsonParamModerationType0 | None = None
    """ Content filtering strictness for GPT image models, `auto` (default) or `low`. """
    background: EditImageBodyJsonParamBackgroundType0 | None = None
    """ Output background: `transparent` (needs `png` or `webp` output), `opaque`, or `auto` (default). """
    stream: bool | None = None
    """ When true, partial images arrive as server-sent events before the final one; default false. """
    partial_images: int | None = None
    """ How many intermediate images to stream (0-3); null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_images = (
            self.images
            if self.images is not None or "images" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_images, list):
            images = _v_images
        else:
            images = []
            for images_item_data in _v_images:
                images_item: Any
                images_item = images_item_data
                images.append(images_item)

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

        _v_mask = (
            self.mask if self.mask is not None or "mask" in self._none_flips else UNSET
        )

        if _v_mask is None or isinstance(_v_mask, Unset):
            mask = _v_mask
        else:
            mask: Any | Unset
            if isinstance(_v_mask, Unset):
                mask = UNSET
            else:
                mask = _v_mask

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

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        size: None | str | Unset
        if isinstance(_v_size, Unset):
            size = UNSET
        else:
            size = _v_size

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "images": images,
                    "prompt": prompt,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if mask is not UNSET:
            field_dict["mask"] = mask
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if size is not UNSET:
            field_dict["size"] = size
        if user is not UNSET:
            field_dict["user"] = user
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _images_raw = d.pop("images", UNSET)
        if _images_raw is None or isinstance(_images_raw, Unset):
            raise KeyError("EditImageBodyJsonParam: required field images is missing")

        else:
            images = []
            _images = _images_raw
            if not isinstance(_images, list):
                raise TypeError()
            for images_item_data in _images:

                def _parse_images_item(data: object) -> Any:

                    return cast(Any, data)

                images_item = _parse_images_item(images_item_data)

                images.append(images_item)

        prompt = d.pop("prompt", UNSET)
        if prompt is None or isinstance(prompt, Unset):
            raise KeyError("EditImageBodyJsonParam: required field prompt is missing")

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
            ) -> EditImageBodyJsonParamModelType1 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_edit_image_body_json_param_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(EditImageBodyJsonParamModelType1 | None | str | Unset, data)

            model = _parse_model(_model_raw)

        _mask_raw = d.pop("mask", UNSET)
        if _mask_raw is None or isinstance(_mask_raw, Unset):
            if _mask_raw is None:
                _none_flips += ("mask",)
            mask = None

        else:

            def _parse_mask(data: object) -> Any | Unset:
                if isinstance(data, Unset):
                    return data

                return cast(Any | Unset, data)

            mask = _parse_mask(_mask_raw)

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
            ) -> EditImageBodyJsonParamQualityType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    quality_type_0 = check_edit_image_body_json_param_quality_type_0(
                        data
                    )

                    return quality_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(EditImageBodyJsonParamQualityType0 | None | Unset, data)

            quality = _parse_quality(_quality_raw)

        _input_fidelity_raw = d.pop("input_fidelity", UNSET)
        if _input_fidelity_raw is None or isinstance(_input_fidelity_raw, Unset):
            if _input_fidelity_raw is None:
                _none_flips += ("input_fidelity",)
            input_fidelity = None

        else:

            def _parse_input_fidelity(
                data: object,
            ) -> EditImageBodyJsonParamInputFidelityType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    input_fidelity_type_0 = (
                        check_edit_image_body_json_param_input_fidelity_type_0(data)
                    )

                    return input_fidelity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    EditImageBodyJsonParamInputFidelityType0 | None | Unset, data
                )

            input_fidelity = _parse_input_fidelity(_input_fidelity_raw)

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if _size_raw is None:
                _none_flips += ("size",)
            size = None

        else:

            def _parse_size(
                data: object,
            ) -> EditImageBodyJsonParamSizeType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    size_type_0 = check_edit_image_body_json_param_size_type_0(data)

                    return size_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(EditImageBodyJsonParamSizeType0 | None | Unset, data)

            size = _parse_size(_size_raw)

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        _output_format_raw = d.pop("output_format", UNSET)
        if _output_format_raw is None or isinstance(_output_format_raw, Unset):
            if _output_format_raw is None:
                _none_flips += ("output_format",)
            output_format = None

        else:

            def _parse_output_format(
                data: object,
            ) -> EditImageBodyJsonParamOutputFormatType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    output_format_type_0 = (
                        check_edit_image_body_json_param_output_format_type_0(data)
                    )

                    return output_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    EditImageBodyJsonParamOutputFormatType0 | None | Unset, data
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

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            if _moderation_raw is None:
                _none_flips += ("moderation",)
            moderation = None

        else:

            def _parse_moderation(
                data: object,
            ) -> EditImageBodyJsonParamModerationType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    moderation_type_0 = (
                        check_edit_image_body_json_param_moderation_type_0(data)
                    )

                    return moderation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(EditImageBodyJsonParamModerationType0 | None | Unset, data)

            moderation = _parse_moderation(_moderation_raw)

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            if _background_raw is None:
                _none_flips += ("background",)
            background = None

        else:

            def _parse_background(
                data: object,
            ) -> EditImageBodyJsonParamBackgroundType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    background_type_0 = (
                        check_edit_image_body_json_param_background_type_0(data)
                    )

                    return background_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(EditImageBodyJsonParamBackgroundType0 | None | Unset, data)

            background = _parse_background(_background_raw)

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

        edit_image_body_json_param = cls(
            images=images,
            prompt=prompt,
            model=model,
            mask=mask,
            n=n,
            quality=quality,
            input_fidelity=input_fidelity,
            size=size,
            user=user,
            output_format=output_format,
            output_compression=output_compression,
            moderation=moderation,
            background=background,
            stream=stream,
            partial_images=partial_images,
        )
        if _none_flips:
            edit_image_body_json_param._none_flips = _none_flips

        edit_image_body_json_param.additional_properties = d
        return edit_image_body_json_param

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_image_gen_action_enum import (
    BetaImageGenActionEnum,
    check_beta_image_gen_action_enum,
)
from ..models.beta_image_gen_tool_background import (
    BetaImageGenToolBackground,
    check_beta_image_gen_tool_background,
)
from ..models.beta_image_gen_tool_model_type_1 import (
    BetaImageGenToolModelType1,
    check_beta_image_gen_tool_model_type_1,
)
from ..models.beta_image_gen_tool_moderation import (
    BetaImageGenToolModeration,
    check_beta_image_gen_tool_moderation,
)
from ..models.beta_image_gen_tool_output_format import (
    BetaImageGenToolOutputFormat,
    check_beta_image_gen_tool_output_format,
)
from ..models.beta_image_gen_tool_quality import (
    BetaImageGenToolQuality,
    check_beta_image_gen_tool_quality,
)
from ..models.beta_image_gen_tool_size_type_1 import (
    BetaImageGenToolSizeType1,
    check_beta_image_gen_tool_size_type_1,
)
from ..models.beta_image_gen_tool_type import (
    BetaImageGenToolType,
    check_beta_image_gen_tool_type,
)
from ..models.beta_input_fidelity import BetaInputFidelity, check_beta_input_fidelity
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_image_gen_tool_input_image_mask import (
        BetaImageGenToolInputImageMask,
    )


T = TypeVar("T", bound="BetaImageGenTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaImageGenToolInputImageMask
    from ..models.beta_image_gen_tool_input_image_mask import (
        BetaImageGenToolInputImageMask,
    )

    _models_bound = True


@_attrs_define
class BetaImageGenTool:
    """Let the model generate or edit images."""

    type_: BetaImageGenToolType
    """ Fixed tag `image_generation`. """
    model: BetaImageGenToolModelType1 | str | None = None
    """ Image model to use, e.g. `gpt-image-1` (the default) or `gpt-image-1.5`. """
    quality: BetaImageGenToolQuality | None = None
    """ `low`, `medium`, `high`, or `auto` (default) to let the model pick. """
    size: BetaImageGenToolSizeType1 | str | None = None
    """ Size as `WIDTHxHEIGHT` in pixels, e.g. `1024x1536`, or `auto` (default); allowed sizes depend on the model.
    """
    output_format: BetaImageGenToolOutputFormat | None = None
    """ Image file format: `png` (default), `webp` or `jpeg`. """
    output_compression: int | None = None
    """ Level 0-100 applied to webp and jpeg output; default 100. """
    moderation: BetaImageGenToolModeration | None = None
    """ Content moderation strictness: `auto` (default) or `low`. """
    background: BetaImageGenToolBackground | None = None
    """ `transparent`, `opaque` or `auto` (default); a transparent background needs `png` or `webp` output. """
    input_fidelity: BetaInputFidelity | None = None
    """ How closely to keep features of input images. """
    input_image_mask: BetaImageGenToolInputImageMask | None = None
    """ Mask for editing part of an image (inpainting). """
    partial_images: int | None = None
    """ How many in-progress images to stream, 0 (default) to 3. """
    action: BetaImageGenActionEnum | None = None
    """ Whether the image tool generates, edits, or decides itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str | Unset
            if isinstance(_v_model, Unset):
                model = UNSET
            else:
                model = _v_model

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

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        if _v_size is None or isinstance(_v_size, Unset):
            size = _v_size
        else:
            size: str | Unset
            if isinstance(_v_size, Unset):
                size = UNSET
            else:
                size = _v_size

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

        _v_output_compression = (
            self.output_compression
            if self.output_compression is not None
            or "output_compression" in self._none_flips
            else UNSET
        )

        output_compression = _v_output_compression

        _v_moderation = (
            self.moderation
            if self.moderation is not None or "moderation" in self._none_flips
            else UNSET
        )

        if _v_moderation is None or isinstance(_v_moderation, Unset):
            moderation = _v_moderation
        else:
            moderation: str | Unset = UNSET
            if not isinstance(_v_moderation, Unset):
                moderation = _v_moderation

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

        _v_input_image_mask = (
            self.input_image_mask
            if self.input_image_mask is not None
            or "input_image_mask" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_image_mask, BetaImageGenToolInputImageMask):
            input_image_mask = _v_input_image_mask
        else:
            input_image_mask: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_image_mask, Unset):
                input_image_mask = _v_input_image_mask.to_dict()

        _v_partial_images = (
            self.partial_images
            if self.partial_images is not None or "partial_images" in self._none_flips
            else UNSET
        )

        partial_images = _v_partial_images

        _v_action = (
            self.action
            if self.action is not None or "action" in self._none_flips
            else UNSET
        )

        if _v_action is None or isinstance(_v_action, Unset):
            action = _v_action
        else:
            action: str | Unset = UNSET
            if not isinstance(_v_action, Unset):
                action = _v_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
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
                type_ = check_beta_image_gen_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(
                    data: object,
                ) -> BetaImageGenToolModelType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        model_type_1 = check_beta_image_gen_tool_model_type_1(data)

                        return model_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaImageGenToolModelType1 | str | Unset, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

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
                quality: BetaImageGenToolQuality | Unset
                if isinstance(_quality, Unset):
                    quality = UNSET
                else:
                    quality = check_beta_image_gen_tool_quality(_quality)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                quality = _quality_raw

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if _size_raw is None and strict_parsing.get():
                raise TypeError("size")

            if _size_raw is None:
                _none_flips += ("size",)
            size = None

        else:
            try:

                def _parse_size(
                    data: object,
                ) -> BetaImageGenToolSizeType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        size_type_1 = check_beta_image_gen_tool_size_type_1(data)

                        return size_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaImageGenToolSizeType1 | str | Unset, data)

                size = _parse_size(_size_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                size = _size_raw

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
                output_format: BetaImageGenToolOutputFormat | Unset
                if isinstance(_output_format, Unset):
                    output_format = UNSET
                else:
                    output_format = check_beta_image_gen_tool_output_format(
                        _output_format
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_format = _output_format_raw

        output_compression = d.pop("output_compression", UNSET)
        if output_compression is None and strict_parsing.get():
            raise TypeError("output_compression")

        if output_compression is None or output_compression is UNSET:
            if output_compression is None:
                _none_flips += ("output_compression",)
            output_compression = None

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            if _moderation_raw is None and strict_parsing.get():
                raise TypeError("moderation")

            if _moderation_raw is None:
                _none_flips += ("moderation",)
            moderation = None

        else:
            try:
                _moderation = _moderation_raw
                moderation: BetaImageGenToolModeration | Unset
                if isinstance(_moderation, Unset):
                    moderation = UNSET
                else:
                    moderation = check_beta_image_gen_tool_moderation(_moderation)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                moderation = _moderation_raw

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
                background: BetaImageGenToolBackground | Unset
                if isinstance(_background, Unset):
                    background = UNSET
                else:
                    background = check_beta_image_gen_tool_background(_background)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                background = _background_raw

        _input_fidelity_raw = d.pop("input_fidelity", UNSET)
        if _input_fidelity_raw is None or isinstance(_input_fidelity_raw, Unset):
            if _input_fidelity_raw is None:
                _none_flips += ("input_fidelity",)
            input_fidelity = None

        else:
            try:

                def _parse_input_fidelity(
                    data: object,
                ) -> BetaInputFidelity | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        input_fidelity_type_0 = check_beta_input_fidelity(data)

                        return input_fidelity_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaInputFidelity | None | Unset, data)

                input_fidelity = _parse_input_fidelity(_input_fidelity_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_fidelity = _input_fidelity_raw

        _input_image_mask_raw = d.pop("input_image_mask", UNSET)
        if _input_image_mask_raw is None or isinstance(_input_image_mask_raw, Unset):
            if _input_image_mask_raw is None and strict_parsing.get():
                raise TypeError("input_image_mask")

            if _input_image_mask_raw is None:
                _none_flips += ("input_image_mask",)
            input_image_mask = None

        else:
            try:
                _input_image_mask = _input_image_mask_raw
                input_image_mask: BetaImageGenToolInputImageMask | Unset
                if isinstance(_input_image_mask, Unset):
                    input_image_mask = UNSET
                else:
                    input_image_mask = BetaImageGenToolInputImageMask.from_dict(
                        _input_image_mask
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_image_mask = _input_image_mask_raw

        partial_images = d.pop("partial_images", UNSET)
        if partial_images is None and strict_parsing.get():
            raise TypeError("partial_images")

        if partial_images is None or partial_images is UNSET:
            if partial_images is None:
                _none_flips += ("partial_images",)
            partial_images = None

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if _action_raw is None and strict_parsing.get():
                raise TypeError("action")

            if _action_raw is None:
                _none_flips += ("action",)
            action = None

        else:
            try:
                _action = _action_raw
                action: BetaImageGenActionEnum | Unset
                if isinstance(_action, Unset):
                    action = UNSET
                else:
                    action = check_beta_image_gen_action_enum(_action)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                action = _action_raw

        beta_image_gen_tool = cls(
            type_=type_,
            model=model,
            quality=quality,
            size=size,
            output_format=output_format,
            output_compression=output_compression,
            moderation=moderation,
            background=background,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            partial_images=partial_images,
            action=action,
        )
        if _none_flips:
            beta_image_gen_tool._none_flips = _none_flips

        beta_image_gen_tool.additional_properties = d
        return beta_image_gen_tool

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

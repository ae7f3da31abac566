from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_model_type_1 import VideoModelType1, check_video_model_type_1
from ..models.video_seconds import VideoSeconds, check_video_seconds
from ..models.video_size import VideoSize, check_video_size
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.image_ref_param_2 import ImageRefParam2


T = TypeVar("T", bound="CreateVideoJsonBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ImageRefParam2
    from ..models.image_ref_param_2 import ImageRefParam2

    _models_bound = True


@_attrs_define
class CreateVideoJsonBody:
    """JSON body for starting a video job: prompt, and optionally model, reference image, length and size."""

    prompt: str
    """ Description of the video to generate, 1 to 32000 characters. """
    model: str | VideoModelType1 | None = None
    """ Video generation model, such as `sora-2` or `sora-2-pro`; other model names are accepted as strings. """
    input_reference: ImageRefParam2 | None = None
    """ A reference image, given as either `image_url` or `file_id` (exactly one). """
    seconds: VideoSeconds | None = None
    """ Clip length in seconds: `4`, `8` or `12`. """
    size: VideoSize | None = None
    """ Output resolution as width x height: `720x1280`, `1280x720`, `1024x1792` or `1792x1024`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
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

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str | Unset
            if isinstance(_v_model, Unset):
                model = UNSET
            else:
                model = _v_model

        _v_input_reference = (
            self.input_reference
            if self.input_reference is not None or "input_reference" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_reference, ImageRefParam2):
            input_reference = _v_input_reference
        else:
            input_reference: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_reference, Unset):
                input_reference = _v_input_reference.to_dict()

        _v_seconds = (
            self.seconds
            if self.seconds is not None or "seconds" in self._none_flips
            else UNSET
        )

        if _v_seconds is None or isinstance(_v_seconds, Unset):
            seconds = _v_seconds
        else:
            seconds: str | Unset = UNSET
            if not isinstance(_v_seconds, Unset):
                seconds = _v_seconds

        _v_size = (
            self.size if self.size is not None or "size" in self._none_flips else UNSET
        )

        if _v_size is None or isinstance(_v_size, Unset):
            size = _v_size
        else:
            size: str | Unset = UNSET
            if not isinstance(_v_size, Unset):
                size = _v_size

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
        if input_reference is not UNSET:
            field_dict["input_reference"] = input_reference
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        prompt = d.pop("prompt", UNSET)
        if prompt is None or isinstance(prompt, Unset):
            raise KeyError("CreateVideoJsonBody: required field prompt is missing")

        if prompt is None or prompt is UNSET:
            if prompt is UNSET:
                _none_flips += ("prompt",)
            prompt = None

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(data: object) -> str | Unset | VideoModelType1:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_video_model_type_1 = check_video_model_type_1(
                        data
                    )

                    return componentsschemas_video_model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(str | Unset | VideoModelType1, data)

            model = _parse_model(_model_raw)

        _input_reference_raw = d.pop("input_reference", UNSET)
        if _input_reference_raw is None or isinstance(_input_reference_raw, Unset):
            if _input_reference_raw is None and strict_parsing.get():
                raise TypeError("input_reference")

            if _input_reference_raw is None:
                _none_flips += ("input_reference",)
            input_reference = None

        else:
            _input_reference = _input_reference_raw
            input_reference: ImageRefParam2 | Unset
            if isinstance(_input_reference, Unset):
                input_reference = UNSET
            else:
                input_reference = ImageRefParam2.from_dict(_input_reference)

        _seconds_raw = d.pop("seconds", UNSET)
        if _seconds_raw is None or isinstance(_seconds_raw, Unset):
            if _seconds_raw is None and strict_parsing.get():
                raise TypeError("seconds")

            if _seconds_raw is None:
                _none_flips += ("seconds",)
            seconds = None

        else:
            _seconds = _seconds_raw
            seconds: VideoSeconds | Unset
            if isinstance(_seconds, Unset):
                seconds = UNSET
            else:
                seconds = check_video_seconds(_seconds)

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if _size_raw is None and strict_parsing.get():
                raise TypeError("size")

            if _size_raw is None:
                _none_flips += ("size",)
            size = None

        else:
            _size = _size_raw
            size: VideoSize | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = check_video_size(_size)

        create_video_json_body = cls(
            prompt=prompt,
            model=model,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
        )
        if _none_flips:
            create_video_json_body._none_flips = _none_flips

        create_video_json_body.additional_properties = d
        return create_video_json_body

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

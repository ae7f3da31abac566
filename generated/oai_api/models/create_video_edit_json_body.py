from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.video_reference_input_param import VideoReferenceInputParam


T = TypeVar("T", bound="CreateVideoEditJsonBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VideoReferenceInputParam
    from ..models.video_reference_input_param import VideoReferenceInputParam

    _models_bound = True


@_attrs_define
class CreateVideoEditJsonBody:
    """JSON body for editing a video: a reference to the source video and an edit prompt."""

    video: VideoReferenceInputParam
    """ Points at a finished video by its ID. """
    prompt: str
    """ What to change in the source video, 1 to 32000 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_video = (
            self.video
            if self.video is not None or "video" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_video, VideoReferenceInputParam):
            video = _v_video
        else:
            video = _v_video.to_dict()

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" not in self._none_flips
            else UNSET
        )

        prompt = _v_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "video": video,
                    "prompt": prompt,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _video_raw = d.pop("video", UNSET)
        if _video_raw is None or isinstance(_video_raw, Unset):
            raise KeyError("CreateVideoEditJsonBody: required field video is missing")

        else:
            video = VideoReferenceInputParam.from_dict(_video_raw)

        prompt = d.pop("prompt", UNSET)
        if prompt is None or isinstance(prompt, Unset):
            raise KeyError("CreateVideoEditJsonBody: required field prompt is missing")

        if prompt is None or prompt is UNSET:
            if prompt is UNSET:
                _none_flips += ("prompt",)
            prompt = None

        create_video_edit_json_body = cls(
            video=video,
            prompt=prompt,
        )
        if _none_flips:
            create_video_edit_json_body._none_flips = _none_flips

        create_video_edit_json_body.additional_properties = d
        return create_video_edit_json_body

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

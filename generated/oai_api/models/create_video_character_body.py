from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, model_repr

T = TypeVar("T", bound="CreateVideoCharacterBody")


@_attrs_define
class CreateVideoCharacterBody:
    """Multipart form for making a character: the source video and a name."""

    video: File
    """ Video clip the character is taken from. """
    name: str
    """ Display name of the character, 1 to 80 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_video = (
            self.video
            if self.video is not None or "video" not in self._none_flips
            else UNSET
        )

        if _v_video is None or isinstance(_v_video, Unset):
            video = _v_video
        else:
            video = _v_video.to_tuple()

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "video": video,
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        _v_video = (
            self.video
            if self.video is not None or "video" not in self._none_flips
            else UNSET
        )

        if _v_video is None or isinstance(_v_video, Unset):
            raise ValueError(
                "CreateVideoCharacterBody.video is required: a form cannot be sent without it"
            )
        files.append(("video", _v_video.to_tuple()))

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        if _v_name is None or isinstance(_v_name, Unset):
            raise ValueError(
                "CreateVideoCharacterBody.name is required: a form cannot be sent without it"
            )
        files.append(("name", (None, str(_v_name).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _video_raw = d.pop("video", UNSET)
        if _video_raw is None or isinstance(_video_raw, Unset):
            raise KeyError("CreateVideoCharacterBody: required field video is missing")

        else:
            video = File(payload=BytesIO(_video_raw))

        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError("CreateVideoCharacterBody: required field name is missing")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        create_video_character_body = cls(
            video=video,
            name=name,
        )
        if _none_flips:
            create_video_character_body._none_flips = _none_flips

        create_video_character_body.additional_properties = d
        return create_video_character_body

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

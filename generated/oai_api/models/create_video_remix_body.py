from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateVideoRemixBody")


@_attrs_define
class CreateVideoRemixBody:
    """Body for remixing a video: the new prompt."""

    prompt: str
    """ Prompt describing how the remix should differ, 1 to 32000 characters. """
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        prompt = d.pop("prompt", UNSET)
        if prompt is None or isinstance(prompt, Unset):
            raise KeyError("CreateVideoRemixBody: required field prompt is missing")

        if prompt is None or prompt is UNSET:
            if prompt is UNSET:
                _none_flips += ("prompt",)
            prompt = None

        create_video_remix_body = cls(
            prompt=prompt,
        )
        if _none_flips:
            create_video_remix_body._none_flips = _none_flips

        create_video_remix_body.additional_properties = d
        return create_video_remix_body

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

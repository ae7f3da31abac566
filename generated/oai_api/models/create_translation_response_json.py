from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateTranslationResponseJson")


@_attrs_define
class CreateTranslationResponseJson:
    """A translation in the `json` format."""

    text: str
    """ The English text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "text": text,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        create_translation_response_json = cls(
            text=text,
        )
        if _none_flips:
            create_translation_response_json._none_flips = _none_flips

        create_translation_response_json.additional_properties = d
        return create_translation_response_json

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

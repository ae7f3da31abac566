from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RunStepDetailsMessageCreationObjectMessageCreation")


@_attrs_define
class RunStepDetailsMessageCreationObjectMessageCreation:
    message_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_message_id = (
            self.message_id
            if self.message_id is not None or "message_id" not in self._none_flips
            else UNSET
        )

        message_id = _v_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "message_id": message_id,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        message_id = d.pop("message_id", UNSET)
        if (
            message_id is None or isinstance(message_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("message_id")

        if message_id is None or message_id is UNSET:
            if message_id is UNSET:
                _none_flips += ("message_id",)
            message_id = None

        run_step_details_message_creation_object_message_creation = cls(
            message_id=message_id,
        )
        if _none_flips:
            run_step_details_message_creation_object_message_creation._none_flips = (
                _none_flips
            )

        run_step_details_message_creation_object_message_creation.additional_properties = d
        return run_step_details_message_creation_object_message_creation

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="DeleteEvalRunResponse200")


@_attrs_define
class DeleteEvalRunResponse200:
    object_: str | None = None
    deleted: bool | None = None
    run_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_deleted = (
            self.deleted
            if self.deleted is not None or "deleted" in self._none_flips
            else UNSET
        )

        deleted = _v_deleted

        _v_run_id = (
            self.run_id
            if self.run_id is not None or "run_id" in self._none_flips
            else UNSET
        )

        run_id = _v_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        object_ = d.pop("object", UNSET)
        if object_ is None and strict_parsing.get():
            raise TypeError("object")

        if object_ is None or object_ is UNSET:
            if object_ is None:
                _none_flips += ("object_",)
            object_ = None

        deleted = d.pop("deleted", UNSET)
        if deleted is None and strict_parsing.get():
            raise TypeError("deleted")

        if deleted is None or deleted is UNSET:
            if deleted is None:
                _none_flips += ("deleted",)
            deleted = None

        run_id = d.pop("run_id", UNSET)
        if run_id is None and strict_parsing.get():
            raise TypeError("run_id")

        if run_id is None or run_id is UNSET:
            if run_id is None:
                _none_flips += ("run_id",)
            run_id = None

        delete_eval_run_response_200 = cls(
            object_=object_,
            deleted=deleted,
            run_id=run_id,
        )
        if _none_flips:
            delete_eval_run_response_200._none_flips = _none_flips

        delete_eval_run_response_200.additional_properties = d
        return delete_eval_run_response_200

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

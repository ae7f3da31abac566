from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_fine_tuning_checkpoint_permission_response_object import (
    ListFineTuningCheckpointPermissionResponseObject,
    check_list_fine_tuning_checkpoint_permission_response_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tuning_checkpoint_permission import (
        FineTuningCheckpointPermission,
    )


T = TypeVar("T", bound="ListFineTuningCheckpointPermissionResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, FineTuningCheckpointPermission
    from ..models.fine_tuning_checkpoint_permission import (
        FineTuningCheckpointPermission,
    )

    _models_bound = True


@_attrs_define
class ListFineTuningCheckpointPermissionResponse:
    """One page of a checkpoint's permissions with cursors and a `has_more` flag."""

    data: list[FineTuningCheckpointPermission]
    object_: ListFineTuningCheckpointPermissionResponseObject
    has_more: bool
    first_id: None | str = None
    last_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                if not isinstance(data_item_data, FineTuningCheckpointPermission):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_has_more = (
            self.has_more
            if self.has_more is not None or "has_more" not in self._none_flips
            else UNSET
        )

        has_more = _v_has_more

        _v_first_id = (
            self.first_id
            if self.first_id is not None or "first_id" in self._none_flips
            else UNSET
        )

        first_id: None | str | Unset
        if isinstance(_v_first_id, Unset):
            first_id = UNSET
        else:
            first_id = _v_first_id

        _v_last_id = (
            self.last_id
            if self.last_id is not None or "last_id" in self._none_flips
            else UNSET
        )

        last_id: None | str | Unset
        if isinstance(_v_last_id, Unset):
            last_id = UNSET
        else:
            last_id = _v_last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "data": data,
                    "object": object_,
                    "has_more": has_more,
                }.items()
                if v is not UNSET
            }
        )
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:
                    data_item = FineTuningCheckpointPermission.from_dict(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_list_fine_tuning_checkpoint_permission_response_object(
                    _object__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        has_more = d.pop("has_more", UNSET)
        if (has_more is None or isinstance(has_more, Unset)) and strict_parsing.get():
            raise KeyError("has_more")

        if has_more is None or has_more is UNSET:
            if has_more is UNSET:
                _none_flips += ("has_more",)
            has_more = None

        _first_id_raw = d.pop("first_id", UNSET)
        if _first_id_raw is None or isinstance(_first_id_raw, Unset):
            if _first_id_raw is None:
                _none_flips += ("first_id",)
            first_id = None

        else:
            try:

                def _parse_first_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                first_id = _parse_first_id(_first_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                first_id = _first_id_raw

        _last_id_raw = d.pop("last_id", UNSET)
        if _last_id_raw is None or isinstance(_last_id_raw, Unset):
            if _last_id_raw is None:
                _none_flips += ("last_id",)
            last_id = None

        else:
            try:

                def _parse_last_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                last_id = _parse_last_id(_last_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                last_id = _last_id_raw

        list_fine_tuning_checkpoint_permission_response = cls(
            data=data,
            object_=object_,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
        )
        if _none_flips:
            list_fine_tuning_checkpoint_permission_response._none_flips = _none_flips

        list_fine_tuning_checkpoint_permission_response.additional_properties = d
        return list_fine_tuning_checkpoint_permission_response

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

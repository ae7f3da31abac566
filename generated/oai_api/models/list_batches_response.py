from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_batches_response_object import (
    ListBatchesResponseObject,
    check_list_batches_response_object,
)
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.batch import Batch


T = TypeVar("T", bound="ListBatchesResponse")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, Batch
    from ..models.batch import Batch

    _models_bound = True


@_attrs_define
class ListBatchesResponse:
    """One page of batches."""

    data: list[Batch]
    """ The items of this page. """
    has_more: bool
    """ Whether more items follow this page. """
    object_: ListBatchesResponseObject
    """ Fixed tag `list`. """
    first_id: str | Unset = UNSET
    """ ID of the first item of the page. """
    last_id: str | Unset = UNSET
    """ ID of the last item of the page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if not isinstance(self.data, list):
            data = self.data
        else:
            data = []
            for data_item_data in self.data:
                if not isinstance(data_item_data, Batch):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

        has_more = self.has_more

        if self.object_ is None or isinstance(self.object_, Unset):
            object_ = self.object_
        else:
            object_: str = self.object_

        first_id = self.first_id

        last_id = self.last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "data": data,
                    "has_more": has_more,
                    "object": object_,
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
        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            data = _data_raw
        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:
                    data_item = Batch.from_dict(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        has_more = d.pop("has_more", UNSET)
        if (has_more is None or isinstance(has_more, Unset)) and strict_parsing.get():
            raise KeyError("has_more")

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            object_ = _object__raw
        else:
            try:
                object_ = check_list_batches_response_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        first_id = d.pop("first_id", UNSET)
        if first_id is None and strict_parsing.get():
            raise TypeError("first_id")

        last_id = d.pop("last_id", UNSET)
        if last_id is None and strict_parsing.get():
            raise TypeError("last_id")

        list_batches_response = cls(
            data=data,
            has_more=has_more,
            object_=object_,
            first_id=first_id,
            last_id=last_id,
        )

        list_batches_response.additional_properties = d
        return list_batches_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.batch_error import BatchError


T = TypeVar("T", bound="BatchErrors")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BatchError
    from ..models.batch_error import BatchError

    _models_bound = True


@_attrs_define
class BatchErrors:
    """Problems found while validating the input file."""

    object_: str | None = None
    """ Fixed tag `list`. """
    data: list[BatchError] | None = None
    """ The problems, one per line or field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        object_ = _v_object_

        _v_data = (
            self.data if self.data is not None or "data" in self._none_flips else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_data, Unset):
                data = []
                for data_item_data in _v_data:
                    if not isinstance(data_item_data, BatchError):
                        data.append(data_item_data)
                        continue
                    data_item = data_item_data.to_dict()
                    data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        object_ = d.pop("object", UNSET)
        if object_ is None and strict_parsing.get():
            raise TypeError("object")

        if object_ is None or object_ is UNSET:
            if object_ is None:
                _none_flips += ("object_",)
            object_ = None

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if _data_raw is None and strict_parsing.get():
                raise TypeError("data")

            if _data_raw is None:
                _none_flips += ("data",)
            data = None

        else:
            try:
                _data = _data_raw
                data: list[BatchError] | Unset = UNSET
                if _data is not UNSET:
                    data = []
                    if not isinstance(_data, list):
                        raise TypeError()
                    for data_item_data in _data:
                        data_item = BatchError.from_dict(data_item_data)

                        data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        batch_errors = cls(
            object_=object_,
            data=data,
        )
        if _none_flips:
            batch_errors._none_flips = _none_flips

        batch_errors.additional_properties = d
        return batch_errors

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

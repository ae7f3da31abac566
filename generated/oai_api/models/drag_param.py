from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drag_param_type import DragParamType, check_drag_param_type
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.coord_param import CoordParam


T = TypeVar("T", bound="DragParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CoordParam
    from ..models.coord_param import CoordParam

    _models_bound = True


@_attrs_define
class DragParam:
    """Drag the mouse along a path."""

    type_: DragParamType
    """ Fixed tag `drag`. """
    path: list[CoordParam]
    """ Positions the mouse passes through, start to end. """
    keys: list[str] | None | Unset = UNSET
    """ Keys held during the drag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        if not isinstance(self.path, list):
            path = self.path
        else:
            path = []
            for path_item_data in self.path:
                if not isinstance(path_item_data, CoordParam):
                    path.append(path_item_data)
                    continue
                path_item = path_item_data.to_dict()
                path.append(path_item)

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "path": path,
                }.items()
                if v is not UNSET
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_drag_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _path_raw = d.pop("path", UNSET)
        if _path_raw is None or isinstance(_path_raw, Unset):
            if strict_parsing.get():
                raise KeyError("path")

            path = _path_raw
        else:
            try:
                path = []
                _path = _path_raw
                if not isinstance(_path, list):
                    raise TypeError()
                for path_item_data in _path:
                    path_item = CoordParam.from_dict(path_item_data)

                    path.append(path_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                path = _path_raw

        _keys_raw = d.pop("keys", UNSET)
        if _keys_raw is None or isinstance(_keys_raw, Unset):
            keys = _keys_raw
        else:
            try:

                def _parse_keys(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        keys_type_0 = cast(list[str], data)

                        return keys_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[str] | None | Unset, data)

                keys = _parse_keys(_keys_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                keys = _keys_raw

        drag_param = cls(
            type_=type_,
            path=path,
            keys=keys,
        )

        drag_param.additional_properties = d
        return drag_param

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

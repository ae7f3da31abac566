from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_drag_param_type import BetaDragParamType, check_beta_drag_param_type
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_coord_param import BetaCoordParam


T = TypeVar("T", bound="BetaDragParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaCoordParam
    from ..models.beta_coord_param import BetaCoordParam

    _models_bound = True


@_attrs_define
class BetaDragParam:
    """Drag the mouse along a path."""

    type_: BetaDragParamType
    """ Fixed tag `drag`. """
    path: list[BetaCoordParam]
    """ Positions the mouse passes through, start to end. """
    keys: list[str] | None = None
    """ Keys held during the drag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_path = (
            self.path
            if self.path is not None or "path" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_path, list):
            path = _v_path
        else:
            path = []
            for path_item_data in _v_path:
                if not isinstance(path_item_data, BetaCoordParam):
                    path.append(path_item_data)
                    continue
                path_item = path_item_data.to_dict()
                path.append(path_item)

        _v_keys = (
            self.keys if self.keys is not None or "keys" in self._none_flips else UNSET
        )

        keys: list[str] | None | Unset
        if isinstance(_v_keys, Unset):
            keys = UNSET
        elif isinstance(_v_keys, list):
            keys = _v_keys

        else:
            keys = _v_keys

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
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_drag_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _path_raw = d.pop("path", UNSET)
        if _path_raw is None or isinstance(_path_raw, Unset):
            if strict_parsing.get():
                raise KeyError("path")

            if _path_raw is UNSET:
                _none_flips += ("path",)
            path = None

        else:
            try:
                path = []
                _path = _path_raw
                if not isinstance(_path, list):
                    raise TypeError()
                for path_item_data in _path:
                    path_item = BetaCoordParam.from_dict(path_item_data)

                    path.append(path_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                path = _path_raw

        _keys_raw = d.pop("keys", UNSET)
        if _keys_raw is None or isinstance(_keys_raw, Unset):
            if _keys_raw is None:
                _none_flips += ("keys",)
            keys = None

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

        beta_drag_param = cls(
            type_=type_,
            path=path,
            keys=keys,
        )
        if _none_flips:
            beta_drag_param._none_flips = _none_flips

        beta_drag_param.additional_properties = d
        return beta_drag_param

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

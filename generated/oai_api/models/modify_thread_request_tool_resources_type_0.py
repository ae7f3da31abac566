from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.modify_thread_request_tool_resources_type_0_code_interpreter import (
        ModifyThreadRequestToolResourcesType0CodeInterpreter,
    )
    from ..models.modify_thread_request_tool_resources_type_0_file_search import (
        ModifyThreadRequestToolResourcesType0FileSearch,
    )


T = TypeVar("T", bound="ModifyThreadRequestToolResourcesType0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ModifyThreadRequestToolResourcesType0CodeInterpreter, \
        ModifyThreadRequestToolResourcesType0FileSearch
    from ..models.modify_thread_request_tool_resources_type_0_code_interpreter import (
        ModifyThreadRequestToolResourcesType0CodeInterpreter,
    )
    from ..models.modify_thread_request_tool_resources_type_0_file_search import (
        ModifyThreadRequestToolResourcesType0FileSearch,
    )

    _models_bound = True


@_attrs_define
class ModifyThreadRequestToolResourcesType0:
    code_interpreter: ModifyThreadRequestToolResourcesType0CodeInterpreter | None = None
    """ Resources for the code interpreter tool. """
    file_search: ModifyThreadRequestToolResourcesType0FileSearch | None = None
    """ Resources for the file search tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_code_interpreter = (
            self.code_interpreter
            if self.code_interpreter is not None
            or "code_interpreter" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_code_interpreter, ModifyThreadRequestToolResourcesType0CodeInterpreter
        ):
            code_interpreter = _v_code_interpreter
        else:
            code_interpreter: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_code_interpreter, Unset):
                code_interpreter = _v_code_interpreter.to_dict()

        _v_file_search = (
            self.file_search
            if self.file_search is not None or "file_search" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_file_search, ModifyThreadRequestToolResourcesType0FileSearch
        ):
            file_search = _v_file_search
        else:
            file_search: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_file_search, Unset):
                file_search = _v_file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _code_interpreter_raw = d.pop("code_interpreter", UNSET)
        if _code_interpreter_raw is None or isinstance(_code_interpreter_raw, Unset):
            if _code_interpreter_raw is None and strict_parsing.get():
                raise TypeError("code_interpreter")

            if _code_interpreter_raw is None:
                _none_flips += ("code_interpreter",)
            code_interpreter = None

        else:
            _code_interpreter = _code_interpreter_raw
            code_interpreter: (
                ModifyThreadRequestToolResourcesType0CodeInterpreter | Unset
            )
            if isinstance(_code_interpreter, Unset):
                code_interpreter = UNSET
            else:
                code_interpreter = (
                    ModifyThreadRequestToolResourcesType0CodeInterpreter.from_dict(
                        _code_interpreter
                    )
                )

        _file_search_raw = d.pop("file_search", UNSET)
        if _file_search_raw is None or isinstance(_file_search_raw, Unset):
            if _file_search_raw is None and strict_parsing.get():
                raise TypeError("file_search")

            if _file_search_raw is None:
                _none_flips += ("file_search",)
            file_search = None

        else:
            _file_search = _file_search_raw
            file_search: ModifyThreadRequestToolResourcesType0FileSearch | Unset
            if isinstance(_file_search, Unset):
                file_search = UNSET
            else:
                file_search = ModifyThreadRequestToolResourcesType0FileSearch.from_dict(
                    _file_search
                )

        modify_thread_request_tool_resources_type_0 = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )
        if _none_flips:
            modify_thread_request_tool_resources_type_0._none_flips = _none_flips

        modify_thread_request_tool_resources_type_0.additional_properties = d
        return modify_thread_request_tool_resources_type_0

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

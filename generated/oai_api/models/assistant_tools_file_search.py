from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_tools_file_search_type import (
    AssistantToolsFileSearchType,
    check_assistant_tools_file_search_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )


T = TypeVar("T", bound="AssistantToolsFileSearch")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AssistantToolsFileSearchFileSearch
    from ..models.assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )

    _models_bound = True


@_attrs_define
class AssistantToolsFileSearch:
    """File search tool: lets the assistant retrieve passages from attached vector stores, with optional tuning."""

    type_: AssistantToolsFileSearchType
    """ Tool kind; always `file_search`. """
    file_search: AssistantToolsFileSearchFileSearch | None = None
    """ Optional settings that tune how file search retrieves and ranks results. """
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

        _v_file_search = (
            self.file_search
            if self.file_search is not None or "file_search" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_search, AssistantToolsFileSearchFileSearch):
            file_search = _v_file_search
        else:
            file_search: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_file_search, Unset):
                file_search = _v_file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

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
                type_ = check_assistant_tools_file_search_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _file_search_raw = d.pop("file_search", UNSET)
        if _file_search_raw is None or isinstance(_file_search_raw, Unset):
            if _file_search_raw is None and strict_parsing.get():
                raise TypeError("file_search")

            if _file_search_raw is None:
                _none_flips += ("file_search",)
            file_search = None

        else:
            try:
                _file_search = _file_search_raw
                file_search: AssistantToolsFileSearchFileSearch | Unset
                if isinstance(_file_search, Unset):
                    file_search = UNSET
                else:
                    file_search = AssistantToolsFileSearchFileSearch.from_dict(
                        _file_search
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_search = _file_search_raw

        assistant_tools_file_search = cls(
            type_=type_,
            file_search=file_search,
        )
        if _none_flips:
            assistant_tools_file_search._none_flips = _none_flips

        assistant_tools_file_search.additional_properties = d
        return assistant_tools_file_search

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ModifyThreadRequestToolResourcesType0FileSearch")


@_attrs_define
class ModifyThreadRequestToolResourcesType0FileSearch:
    """Resources for the file search tool."""

    vector_store_ids: list[str] | None = None
    """ ID of the vector store the thread searches; only one is allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_vector_store_ids = (
            self.vector_store_ids
            if self.vector_store_ids is not None
            or "vector_store_ids" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_vector_store_ids, list):
            vector_store_ids = _v_vector_store_ids
        else:
            vector_store_ids: list[str] | Unset = UNSET
            if not isinstance(_v_vector_store_ids, Unset):
                vector_store_ids = _v_vector_store_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _vector_store_ids_raw = d.pop("vector_store_ids", UNSET)
        if _vector_store_ids_raw is None or isinstance(_vector_store_ids_raw, Unset):
            if _vector_store_ids_raw is None and strict_parsing.get():
                raise TypeError("vector_store_ids")

            if _vector_store_ids_raw is None:
                _none_flips += ("vector_store_ids",)
            vector_store_ids = None

        else:
            vector_store_ids = cast(list[str], _vector_store_ids_raw)

        modify_thread_request_tool_resources_type_0_file_search = cls(
            vector_store_ids=vector_store_ids,
        )
        if _none_flips:
            modify_thread_request_tool_resources_type_0_file_search._none_flips = (
                _none_flips
            )

        modify_thread_request_tool_resources_type_0_file_search.additional_properties = d
        return modify_thread_request_tool_resources_type_0_file_search

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

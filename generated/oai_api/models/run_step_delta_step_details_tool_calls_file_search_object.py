from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_delta_step_details_tool_calls_file_search_object_type import (
    RunStepDeltaStepDetailsToolCallsFileSearchObjectType,
    check_run_step_delta_step_details_tool_calls_file_search_object_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsFileSearchObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
    from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )

    _models_bound = True


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFileSearchObject:
    """Streamed change to a file search tool call within a run step."""

    index: int
    type_: RunStepDeltaStepDetailsToolCallsFileSearchObjectType
    file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_index = (
            self.index
            if self.index is not None or "index" not in self._none_flips
            else UNSET
        )

        index = _v_index

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
            if self.file_search is not None or "file_search" not in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_file_search, RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
        ):
            file_search = _v_file_search
        else:
            file_search = _v_file_search.to_dict()

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "index": index,
                    "type": type_,
                    "file_search": file_search,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        index = d.pop("index", UNSET)
        if (index is None or isinstance(index, Unset)) and strict_parsing.get():
            raise KeyError("index")

        if index is None or index is UNSET:
            if index is UNSET:
                _none_flips += ("index",)
            index = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_run_step_delta_step_details_tool_calls_file_search_object_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _file_search_raw = d.pop("file_search", UNSET)
        if _file_search_raw is None or isinstance(_file_search_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file_search")

            if _file_search_raw is UNSET:
                _none_flips += ("file_search",)
            file_search = None

        else:
            try:
                file_search = RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch.from_dict(
                    _file_search_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_search = _file_search_raw

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        run_step_delta_step_details_tool_calls_file_search_object = cls(
            index=index,
            type_=type_,
            file_search=file_search,
            id=id,
        )
        if _none_flips:
            run_step_delta_step_details_tool_calls_file_search_object._none_flips = (
                _none_flips
            )

        run_step_delta_step_details_tool_calls_file_search_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_file_search_object

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

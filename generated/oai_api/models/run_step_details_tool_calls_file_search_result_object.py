from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )


T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchResultObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, RunStepDetailsToolCallsFileSearchResultObjectContentItem
    from ..models.run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )

    _models_bound = True


@_attrs_define
class RunStepDetailsToolCallsFileSearchResultObject:
    """One file search hit: the file, its relevance score and, if requested, the matched content."""

    file_id: str
    file_name: str
    score: float
    content: list[RunStepDetailsToolCallsFileSearchResultObjectContentItem] | None = (
        None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" not in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        _v_file_name = (
            self.file_name
            if self.file_name is not None or "file_name" not in self._none_flips
            else UNSET
        )

        file_name = _v_file_name

        _v_score = (
            self.score
            if self.score is not None or "score" not in self._none_flips
            else UNSET
        )

        score = _v_score

        _v_content = (
            self.content
            if self.content is not None or "content" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_content, list):
            content = _v_content
        else:
            content: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_content, Unset):
                content = []
                for content_item_data in _v_content:
                    if not isinstance(
                        content_item_data,
                        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
                    ):
                        content.append(content_item_data)
                        continue
                    content_item = content_item_data.to_dict()
                    content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "file_id": file_id,
                    "file_name": file_name,
                    "score": score,
                }.items()
                if v is not UNSET
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        file_id = d.pop("file_id", UNSET)
        if (file_id is None or isinstance(file_id, Unset)) and strict_parsing.get():
            raise KeyError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is UNSET:
                _none_flips += ("file_id",)
            file_id = None

        file_name = d.pop("file_name", UNSET)
        if (file_name is None or isinstance(file_name, Unset)) and strict_parsing.get():
            raise KeyError("file_name")

        if file_name is None or file_name is UNSET:
            if file_name is UNSET:
                _none_flips += ("file_name",)
            file_name = None

        score = d.pop("score", UNSET)
        if (score is None or isinstance(score, Unset)) and strict_parsing.get():
            raise KeyError("score")

        if score is None or score is UNSET:
            if score is UNSET:
                _none_flips += ("score",)
            score = None

        _content_raw = d.pop("content", UNSET)
        if _content_raw is None or isinstance(_content_raw, Unset):
            if _content_raw is None and strict_parsing.get():
                raise TypeError("content")

            if _content_raw is None:
                _none_flips += ("content",)
            content = None

        else:
            try:
                _content = _content_raw
                content: (
                    list[RunStepDetailsToolCallsFileSearchResultObjectContentItem]
                    | Unset
                ) = UNSET
                if _content is not UNSET:
                    content = []
                    if not isinstance(_content, list):
                        raise TypeError()
                    for content_item_data in _content:
                        content_item = RunStepDetailsToolCallsFileSearchResultObjectContentItem.from_dict(
                            content_item_data
                        )

                        content.append(content_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                content = _content_raw

        run_step_details_tool_calls_file_search_result_object = cls(
            file_id=file_id,
            file_name=file_name,
            score=score,
            content=content,
        )
        if _none_flips:
            run_step_details_tool_calls_file_search_result_object._none_flips = (
                _none_flips
            )

        run_step_details_tool_calls_file_search_result_object.additional_properties = d
        return run_step_details_tool_calls_file_search_result_object

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

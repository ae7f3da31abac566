from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )


T = TypeVar("T", bound="EvalJsonlFileContentSourceContentItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        EvalJsonlFileContentSourceContentItemItem, \
        EvalJsonlFileContentSourceContentItemSample
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )

    _models_bound = True


@_attrs_define
class EvalJsonlFileContentSourceContentItem:
    item: EvalJsonlFileContentSourceContentItemItem
    """ The data for this row, exposed to graders as the `item` namespace. """
    sample: EvalJsonlFileContentSourceContentItemSample | None = None
    """ Optional model output for this row, exposed to graders as the `sample` namespace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_item = (
            self.item
            if self.item is not None or "item" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_item, EvalJsonlFileContentSourceContentItemItem):
            item = _v_item
        else:
            item = _v_item.to_dict()

        _v_sample = (
            self.sample
            if self.sample is not None or "sample" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sample, EvalJsonlFileContentSourceContentItemSample):
            sample = _v_sample
        else:
            sample: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_sample, Unset):
                sample = _v_sample.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "item": item,
                }.items()
                if v is not UNSET
            }
        )
        if sample is not UNSET:
            field_dict["sample"] = sample

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _item_raw = d.pop("item", UNSET)
        if _item_raw is None or isinstance(_item_raw, Unset):
            if strict_parsing.get():
                raise KeyError("item")

            if _item_raw is UNSET:
                _none_flips += ("item",)
            item = None

        else:
            try:
                item = EvalJsonlFileContentSourceContentItemItem.from_dict(_item_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                item = _item_raw

        _sample_raw = d.pop("sample", UNSET)
        if _sample_raw is None or isinstance(_sample_raw, Unset):
            if _sample_raw is None and strict_parsing.get():
                raise TypeError("sample")

            if _sample_raw is None:
                _none_flips += ("sample",)
            sample = None

        else:
            try:
                _sample = _sample_raw
                sample: EvalJsonlFileContentSourceContentItemSample | Unset
                if isinstance(_sample, Unset):
                    sample = UNSET
                else:
                    sample = EvalJsonlFileContentSourceContentItemSample.from_dict(
                        _sample
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sample = _sample_raw

        eval_jsonl_file_content_source_content_item = cls(
            item=item,
            sample=sample,
        )
        if _none_flips:
            eval_jsonl_file_content_source_content_item._none_flips = _none_flips

        eval_jsonl_file_content_source_content_item.additional_properties = d
        return eval_jsonl_file_content_source_content_item

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

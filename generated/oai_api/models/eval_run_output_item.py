from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_run_output_item_object import (
    EvalRunOutputItemObject,
    check_eval_run_output_item_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_run_output_item_datasource_item import (
        EvalRunOutputItemDatasourceItem,
    )
    from ..models.eval_run_output_item_result import EvalRunOutputItemResult
    from ..models.eval_run_output_item_sample import EvalRunOutputItemSample


T = TypeVar("T", bound="EvalRunOutputItem")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        EvalRunOutputItemDatasourceItem, \
        EvalRunOutputItemResult, \
        EvalRunOutputItemSample
    from ..models.eval_run_output_item_datasource_item import (
        EvalRunOutputItemDatasourceItem,
    )
    from ..models.eval_run_output_item_result import EvalRunOutputItemResult
    from ..models.eval_run_output_item_sample import EvalRunOutputItemSample

    _models_bound = True


@_attrs_define
class EvalRunOutputItem:
    """One graded item from an eval run: the source data, the model's sample, and each grader's result."""

    object_: EvalRunOutputItemObject
    id: str
    run_id: str
    eval_id: str
    created_at: int
    status: str
    datasource_item_id: int
    datasource_item: EvalRunOutputItemDatasourceItem
    results: list[EvalRunOutputItemResult]
    sample: EvalRunOutputItemSample
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
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_run_id = (
            self.run_id
            if self.run_id is not None or "run_id" not in self._none_flips
            else UNSET
        )

        run_id = _v_run_id

        _v_eval_id = (
            self.eval_id
            if self.eval_id is not None or "eval_id" not in self._none_flips
            else UNSET
        )

        eval_id = _v_eval_id

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        status = _v_status

        _v_datasource_item_id = (
            self.datasource_item_id
            if self.datasource_item_id is not None
            or "datasource_item_id" not in self._none_flips
            else UNSET
        )

        datasource_item_id = _v_datasource_item_id

        _v_datasource_item = (
            self.datasource_item
            if self.datasource_item is not None
            or "datasource_item" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_datasource_item, EvalRunOutputItemDatasourceItem):
            datasource_item = _v_datasource_item
        else:
            datasource_item = _v_datasource_item.to_dict()

        _v_results = (
            self.results
            if self.results is not None or "results" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_results, list):
            results = _v_results
        else:
            results = []
            for results_item_data in _v_results:
                if not isinstance(results_item_data, EvalRunOutputItemResult):
                    results.append(results_item_data)
                    continue
                results_item = results_item_data.to_dict()
                results.append(results_item)

        _v_sample = (
            self.sample
            if self.sample is not None or "sample" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_sample, EvalRunOutputItemSample):
            sample = _v_sample
        else:
            sample = _v_sample.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "run_id": run_id,
                    "eval_id": eval_id,
                    "created_at": created_at,
                    "status": status,
                    "datasource_item_id": datasource_item_id,
                    "datasource_item": datasource_item,
                    "results": results,
                    "sample": sample,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_eval_run_output_item_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        run_id = d.pop("run_id", UNSET)
        if (run_id is None or isinstance(run_id, Unset)) and strict_parsing.get():
            raise KeyError("run_id")

        if run_id is None or run_id is UNSET:
            if run_id is UNSET:
                _none_flips += ("run_id",)
            run_id = None

        eval_id = d.pop("eval_id", UNSET)
        if (eval_id is None or isinstance(eval_id, Unset)) and strict_parsing.get():
            raise KeyError("eval_id")

        if eval_id is None or eval_id is UNSET:
            if eval_id is UNSET:
                _none_flips += ("eval_id",)
            eval_id = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        status = d.pop("status", UNSET)
        if (status is None or isinstance(status, Unset)) and strict_parsing.get():
            raise KeyError("status")

        if status is None or status is UNSET:
            if status is UNSET:
                _none_flips += ("status",)
            status = None

        datasource_item_id = d.pop("datasource_item_id", UNSET)
        if (
            datasource_item_id is None or isinstance(datasource_item_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("datasource_item_id")

        if datasource_item_id is None or datasource_item_id is UNSET:
            if datasource_item_id is UNSET:
                _none_flips += ("datasource_item_id",)
            datasource_item_id = None

        _datasource_item_raw = d.pop("datasource_item", UNSET)
        if _datasource_item_raw is None or isinstance(_datasource_item_raw, Unset):
            if strict_parsing.get():
                raise KeyError("datasource_item")

            if _datasource_item_raw is UNSET:
                _none_flips += ("datasource_item",)
            datasource_item = None

        else:
            try:
                datasource_item = EvalRunOutputItemDatasourceItem.from_dict(
                    _datasource_item_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                datasource_item = _datasource_item_raw

        _results_raw = d.pop("results", UNSET)
        if _results_raw is None or isinstance(_results_raw, Unset):
            if strict_parsing.get():
                raise KeyError("results")

            if _results_raw is UNSET:
                _none_flips += ("results",)
            results = None

        else:
            try:
                results = []
                _results = _results_raw
                if not isinstance(_results, list):
                    raise TypeError()
                for results_item_data in _results:
                    results_item = EvalRunOutputItemResult.from_dict(results_item_data)

                    results.append(results_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                results = _results_raw

        _sample_raw = d.pop("sample", UNSET)
        if _sample_raw is None or isinstance(_sample_raw, Unset):
            if strict_parsing.get():
                raise KeyError("sample")

            if _sample_raw is UNSET:
                _none_flips += ("sample",)
            sample = None

        else:
            try:
                sample = EvalRunOutputItemSample.from_dict(_sample_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sample = _sample_raw

        eval_run_output_item = cls(
            object_=object_,
            id=id,
            run_id=run_id,
            eval_id=eval_id,
            created_at=created_at,
            status=status,
            datasource_item_id=datasource_item_id,
            datasource_item=datasource_item,
            results=results,
            sample=sample,
        )
        if _none_flips:
            eval_run_output_item._none_flips = _none_flips

        eval_run_output_item.additional_properties = d
        return eval_run_output_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provenance_check_object import (
    ProvenanceCheckObject,
    check_provenance_check_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.c2pa_provenance_result import C2PAProvenanceResult
    from ..models.synth_id_provenance_result import SynthIDProvenanceResult


T = TypeVar("T", bound="ProvenanceResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, C2PAProvenanceResult, SynthIDProvenanceResult
    from ..models.c2pa_provenance_result import C2PAProvenanceResult
    from ..models.synth_id_provenance_result import SynthIDProvenanceResult

    _models_bound = True


@_attrs_define
class ProvenanceResource:
    """Result of a provenance check: one entry per signal type examined (C2PA, SynthID)."""

    object_: ProvenanceCheckObject
    """ Object type of a provenance check; always `content_provenance_check`. """
    created_at: int
    results: list[C2PAProvenanceResult | SynthIDProvenanceResult]
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

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

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
                results_item: dict[str, Any]
                if isinstance(results_item_data, C2PAProvenanceResult) or isinstance(
                    results_item_data, SynthIDProvenanceResult
                ):
                    results_item = results_item_data.to_dict()
                else:
                    results_item = results_item_data
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "created_at": created_at,
                    "results": results,
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
                object_ = check_provenance_check_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

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

                    def _parse_results_item(
                        data: object,
                    ) -> C2PAProvenanceResult | SynthIDProvenanceResult:
                        if isinstance(data, dict):
                            if data.get("type") == "c2pa":
                                try:
                                    results_item_type_0 = (
                                        C2PAProvenanceResult.from_dict(data)
                                    )

                                    return results_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "synthid":
                                try:
                                    results_item_type_1 = (
                                        SynthIDProvenanceResult.from_dict(data)
                                    )

                                    return results_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass

                        if not strict_parsing.get():
                            strictly = strict_parsing.set(True)
                            try:
                                return _parse_results_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "generated_at",
                                        "issuer",
                                        "model",
                                        "outcome",
                                        "type",
                                        "validation_state",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "generated_at",
                                        "model",
                                        "outcome",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
                                0,
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "c2pa") not in ("c2pa",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            results_item_type_0 = C2PAProvenanceResult.from_dict(data)

                            return results_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "synthid") not in ("synthid",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            results_item_type_1 = SynthIDProvenanceResult.from_dict(
                                data
                            )

                            return results_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            C2PAProvenanceResult | SynthIDProvenanceResult, data
                        )

                    results_item = _parse_results_item(results_item_data)

                    results.append(results_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                results = _results_raw

        provenance_resource = cls(
            object_=object_,
            created_at=created_at,
            results=results,
        )
        if _none_flips:
            provenance_resource._none_flips = _none_flips

        provenance_resource.additional_properties = d
        return provenance_resource

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

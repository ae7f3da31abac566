from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provenance_detection_result_api import (
    ProvenanceDetectionResultApi,
    check_provenance_detection_result_api,
)
from ..models.synth_id_provenance_result_type import (
    SynthIDProvenanceResultType,
    check_synth_id_provenance_result_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="SynthIDProvenanceResult")


@_attrs_define
class SynthIDProvenanceResult:
    """SynthID watermark finding: detected or not, plus the model and generation time when recorded."""

    type_: SynthIDProvenanceResultType
    outcome: ProvenanceDetectionResultApi
    """ Whether a provenance signal was found: `detected` or `not_detected`. """
    model: None | str
    generated_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_outcome = (
            self.outcome
            if self.outcome is not None or "outcome" not in self._none_flips
            else UNSET
        )

        if _v_outcome is None or isinstance(_v_outcome, Unset):
            outcome = _v_outcome
        else:
            outcome: str = _v_outcome

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: None | str
            model = _v_model

        _v_generated_at = (
            self.generated_at
            if self.generated_at is not None or "generated_at" not in self._none_flips
            else UNSET
        )

        if _v_generated_at is None or isinstance(_v_generated_at, Unset):
            generated_at = _v_generated_at
        else:
            generated_at: None | str
            generated_at = _v_generated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "outcome": outcome,
                    "model": model,
                    "generated_at": generated_at,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_synth_id_provenance_result_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _outcome_raw = d.pop("outcome", UNSET)
        if _outcome_raw is None or isinstance(_outcome_raw, Unset):
            if strict_parsing.get():
                raise KeyError("outcome")

            if _outcome_raw is UNSET:
                _none_flips += ("outcome",)
            outcome = None

        else:
            try:
                outcome = check_provenance_detection_result_api(_outcome_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                outcome = _outcome_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if isinstance(_model_raw, Unset) and strict_parsing.get():
                raise KeyError("model")

            if _model_raw is UNSET:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _generated_at_raw = d.pop("generated_at", UNSET)
        if _generated_at_raw is None or isinstance(_generated_at_raw, Unset):
            if isinstance(_generated_at_raw, Unset) and strict_parsing.get():
                raise KeyError("generated_at")

            if _generated_at_raw is UNSET:
                _none_flips += ("generated_at",)
            generated_at = None

        else:
            try:

                def _parse_generated_at(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                generated_at = _parse_generated_at(_generated_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                generated_at = _generated_at_raw

        synth_id_provenance_result = cls(
            type_=type_,
            outcome=outcome,
            model=model,
            generated_at=generated_at,
        )
        if _none_flips:
            synth_id_provenance_result._none_flips = _none_flips

        synth_id_provenance_result.additional_properties = d
        return synth_id_provenance_result

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

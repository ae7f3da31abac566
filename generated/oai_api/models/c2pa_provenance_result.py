from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.c2pa_provenance_result_type import (
    C2PAProvenanceResultType,
    check_c2pa_provenance_result_type,
)
from ..models.c2pa_validation_state_api import (
    C2PAValidationStateApi,
    check_c2pa_validation_state_api,
)
from ..models.provenance_detection_result_api import (
    ProvenanceDetectionResultApi,
    check_provenance_detection_result_api,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="C2PAProvenanceResult")


@_attrs_define
class C2PAProvenanceResult:
    """C2PA manifest finding: detected or not, manifest validity, and the issuer, model and generation time when recorded."""

    type_: C2PAProvenanceResultType
    outcome: ProvenanceDetectionResultApi
    """ Whether a provenance signal was found: `detected` or `not_detected`. """
    validation_state: C2PAValidationStateApi
    """ Validity of the file's C2PA manifest: `trusted`, `valid`, `invalid` or `not_present`. """
    issuer: None | str
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

        _v_validation_state = (
            self.validation_state
            if self.validation_state is not None
            or "validation_state" not in self._none_flips
            else UNSET
        )

        if _v_validation_state is None or isinstance(_v_validation_state, Unset):
            validation_state = _v_validation_state
        else:
            validation_state: str = _v_validation_state

        _v_issuer = (
            self.issuer
            if self.issuer is not None or "issuer" not in self._none_flips
            else UNSET
        )

        if _v_issuer is None or isinstance(_v_issuer, Unset):
            issuer = _v_issuer
        else:
            issuer: None | str
            issuer = _v_issuer

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
                    "validation_state": validation_state,
                    "issuer": issuer,
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
                type_ = check_c2pa_provenance_result_type(_type__raw)

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

        _validation_state_raw = d.pop("validation_state", UNSET)
        if _validation_state_raw is None or isinstance(_validation_state_raw, Unset):
            if strict_parsing.get():
                raise KeyError("validation_state")

            if _validation_state_raw is UNSET:
                _none_flips += ("validation_state",)
            validation_state = None

        else:
            try:
                validation_state = check_c2pa_validation_state_api(
                    _validation_state_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                validation_state = _validation_state_raw

        _issuer_raw = d.pop("issuer", UNSET)
        if _issuer_raw is None or isinstance(_issuer_raw, Unset):
            if isinstance(_issuer_raw, Unset) and strict_parsing.get():
                raise KeyError("issuer")

            if _issuer_raw is UNSET:
                _none_flips += ("issuer",)
            issuer = None

        else:
            try:

                def _parse_issuer(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                issuer = _parse_issuer(_issuer_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                issuer = _issuer_raw

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

        c2pa_provenance_result = cls(
            type_=type_,
            outcome=outcome,
            validation_state=validation_state,
            issuer=issuer,
            model=model,
            generated_at=generated_at,
        )
        if _none_flips:
            c2pa_provenance_result._none_flips = _none_flips

        c2pa_provenance_result.additional_properties = d
        return c2pa_provenance_result

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

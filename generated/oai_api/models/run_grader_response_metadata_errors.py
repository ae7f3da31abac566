from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="RunGraderResponseMetadataErrors")


@_attrs_define
class RunGraderResponseMetadataErrors:
    formula_parse_error: bool
    sample_parse_error: bool
    truncated_observation_error: bool
    unresponsive_reward_error: bool
    invalid_variable_error: bool
    other_error: bool
    python_grader_server_error: bool
    python_grader_server_error_type: None | str
    python_grader_runtime_error: bool
    python_grader_runtime_error_details: None | str
    model_grader_server_error: bool
    model_grader_refusal_error: bool
    model_grader_parse_error: bool
    model_grader_server_error_details: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_formula_parse_error = (
            self.formula_parse_error
            if self.formula_parse_error is not None
            or "formula_parse_error" not in self._none_flips
            else UNSET
        )

        formula_parse_error = _v_formula_parse_error

        _v_sample_parse_error = (
            self.sample_parse_error
            if self.sample_parse_error is not None
            or "sample_parse_error" not in self._none_flips
            else UNSET
        )

        sample_parse_error = _v_sample_parse_error

        _v_truncated_observation_error = (
            self.truncated_observation_error
            if self.truncated_observation_error is not None
            or "truncated_observation_error" not in self._none_flips
            else UNSET
        )

        truncated_observation_error = _v_truncated_observation_error

        _v_unresponsive_reward_error = (
            self.unresponsive_reward_error
            if self.unresponsive_reward_error is not None
            or "unresponsive_reward_error" not in self._none_flips
            else UNSET
        )

        unresponsive_reward_error = _v_unresponsive_reward_error

        _v_invalid_variable_error = (
            self.invalid_variable_error
            if self.invalid_variable_error is not None
            or "invalid_variable_error" not in self._none_flips
            else UNSET
        )

        invalid_variable_error = _v_invalid_variable_error

        _v_other_error = (
            self.other_error
            if self.other_error is not None or "other_error" not in self._none_flips
            else UNSET
        )

        other_error = _v_other_error

        _v_python_grader_server_error = (
            self.python_grader_server_error
            if self.python_grader_server_error is not None
            or "python_grader_server_error" not in self._none_flips
            else UNSET
        )

        python_grader_server_error = _v_python_grader_server_error

        _v_python_grader_server_error_type = (
            self.python_grader_server_error_type
            if self.python_grader_server_error_type is not None
            or "python_grader_server_error_type" not in self._none_flips
            else UNSET
        )

        if _v_python_grader_server_error_type is None or isinstance(
            _v_python_grader_server_error_type, Unset
        ):
            python_grader_server_error_type = _v_python_grader_server_error_type
        else:
            python_grader_server_error_type: None | str
            python_grader_server_error_type = _v_python_grader_server_error_type

        _v_python_grader_runtime_error = (
            self.python_grader_runtime_error
            if self.python_grader_runtime_error is not None
            or "python_grader_runtime_error" not in self._none_flips
            else UNSET
        )

        python_grader_runtime_error = _v_python_grader_runtime_error

        _v_python_grader_runtime_error_details = (
            self.python_grader_runtime_error_details
            if self.python_grader_runtime_error_details is not None
            or "python_grader_runtime_error_details" not in self._none_flips
            else UNSET
        )

        if _v_python_grader_runtime_error_details is None or isinstance(
            _v_python_grader_runtime_error_details, Unset
        ):
            python_grader_runtime_error_details = _v_python_grader_runtime_error_details
        else:
            python_grader_runtime_error_details: None | str
            python_grader_runtime_error_details = _v_python_grader_runtime_error_details

        _v_model_grader_server_error = (
            self.model_grader_server_error
            if self.model_grader_server_error is not None
            or "model_grader_server_error" not in self._none_flips
            else UNSET
        )

        model_grader_server_error = _v_model_grader_server_error

        _v_model_grader_refusal_error = (
            self.model_grader_refusal_error
            if self.model_grader_refusal_error is not None
            or "model_grader_refusal_error" not in self._none_flips
            else UNSET
        )

        model_grader_refusal_error = _v_model_grader_refusal_error

        _v_model_grader_parse_error = (
            self.model_grader_parse_error
            if self.model_grader_parse_error is not None
            or "model_grader_parse_error" not in self._none_flips
            else UNSET
        )

        model_grader_parse_error = _v_model_grader_parse_error

        _v_model_grader_server_error_details = (
            self.model_grader_server_error_details
            if self.model_grader_server_error_details is not None
            or "model_grader_server_error_details" not in self._none_flips
            else UNSET
        )

        if _v_model_grader_server_error_details is None or isinstance(
            _v_model_grader_server_error_details, Unset
        ):
            model_grader_server_error_details = _v_model_grader_server_error_details
        else:
            model_grader_server_error_details: None | str
            model_grader_server_error_details = _v_model_grader_server_error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "formula_parse_error": formula_parse_error,
                    "sample_parse_error": sample_parse_error,
                    "truncated_observation_error": truncated_observation_error,
                    "unresponsive_reward_error": unresponsive_reward_error,
                    "invalid_variable_error": invalid_variable_error,
                    "other_error": other_error,
                    "python_grader_server_error": python_grader_server_error,
                    "python_grader_server_error_type": python_grader_server_error_type,
                    "python_grader_runtime_error": python_grader_runtime_error,
                    "python_grader_runtime_error_details": python_grader_runtime_error_details,
                    "model_grader_server_error": model_grader_server_error,
                    "model_grader_refusal_error": model_grader_refusal_error,
                    "model_grader_parse_error": model_grader_parse_error,
                    "model_grader_server_error_details": model_grader_server_error_details,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        formula_parse_error = d.pop("formula_parse_error", UNSET)
        if (
            formula_parse_error is None or isinstance(formula_parse_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("formula_parse_error")

        if formula_parse_error is None or formula_parse_error is UNSET:
            if formula_parse_error is UNSET:
                _none_flips += ("formula_parse_error",)
            formula_parse_error = None

        sample_parse_error = d.pop("sample_parse_error", UNSET)
        if (
            sample_parse_error is None or isinstance(sample_parse_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("sample_parse_error")

        if sample_parse_error is None or sample_parse_error is UNSET:
            if sample_parse_error is UNSET:
                _none_flips += ("sample_parse_error",)
            sample_parse_error = None

        truncated_observation_error = d.pop("truncated_observation_error", UNSET)
        if (
            truncated_observation_error is None
            or isinstance(truncated_observation_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("truncated_observation_error")

        if truncated_observation_error is None or truncated_observation_error is UNSET:
            if truncated_observation_error is UNSET:
                _none_flips += ("truncated_observation_error",)
            truncated_observation_error = None

        unresponsive_reward_error = d.pop("unresponsive_reward_error", UNSET)
        if (
            unresponsive_reward_error is None
            or isinstance(unresponsive_reward_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("unresponsive_reward_error")

        if unresponsive_reward_error is None or unresponsive_reward_error is UNSET:
            if unresponsive_reward_error is UNSET:
                _none_flips += ("unresponsive_reward_error",)
            unresponsive_reward_error = None

        invalid_variable_error = d.pop("invalid_variable_error", UNSET)
        if (
            invalid_variable_error is None or isinstance(invalid_variable_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("invalid_variable_error")

        if invalid_variable_error is None or invalid_variable_error is UNSET:
            if invalid_variable_error is UNSET:
                _none_flips += ("invalid_variable_error",)
            invalid_variable_error = None

        other_error = d.pop("other_error", UNSET)
        if (
            other_error is None or isinstance(other_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("other_error")

        if other_error is None or other_error is UNSET:
            if other_error is UNSET:
                _none_flips += ("other_error",)
            other_error = None

        python_grader_server_error = d.pop("python_grader_server_error", UNSET)
        if (
            python_grader_server_error is None
            or isinstance(python_grader_server_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("python_grader_server_error")

        if python_grader_server_error is None or python_grader_server_error is UNSET:
            if python_grader_server_error is UNSET:
                _none_flips += ("python_grader_server_error",)
            python_grader_server_error = None

        _python_grader_server_error_type_raw = d.pop(
            "python_grader_server_error_type", UNSET
        )
        if _python_grader_server_error_type_raw is None or isinstance(
            _python_grader_server_error_type_raw, Unset
        ):
            if (
                isinstance(_python_grader_server_error_type_raw, Unset)
                and strict_parsing.get()
            ):
                raise KeyError("python_grader_server_error_type")

            if _python_grader_server_error_type_raw is UNSET:
                _none_flips += ("python_grader_server_error_type",)
            python_grader_server_error_type = None

        else:
            try:

                def _parse_python_grader_server_error_type(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                python_grader_server_error_type = (
                    _parse_python_grader_server_error_type(
                        _python_grader_server_error_type_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                python_grader_server_error_type = _python_grader_server_error_type_raw

        python_grader_runtime_error = d.pop("python_grader_runtime_error", UNSET)
        if (
            python_grader_runtime_error is None
            or isinstance(python_grader_runtime_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("python_grader_runtime_error")

        if python_grader_runtime_error is None or python_grader_runtime_error is UNSET:
            if python_grader_runtime_error is UNSET:
                _none_flips += ("python_grader_runtime_error",)
            python_grader_runtime_error = None

        _python_grader_runtime_error_details_raw = d.pop(
            "python_grader_runtime_error_details", UNSET
        )
        if _python_grader_runtime_error_details_raw is None or isinstance(
            _python_grader_runtime_error_details_raw, Unset
        ):
            if (
                isinstance(_python_grader_runtime_error_details_raw, Unset)
                and strict_parsing.get()
            ):
                raise KeyError("python_grader_runtime_error_details")

            if _python_grader_runtime_error_details_raw is UNSET:
                _none_flips += ("python_grader_runtime_error_details",)
            python_grader_runtime_error_details = None

        else:
            try:

                def _parse_python_grader_runtime_error_details(
                    data: object,
                ) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                python_grader_runtime_error_details = (
                    _parse_python_grader_runtime_error_details(
                        _python_grader_runtime_error_details_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                python_grader_runtime_error_details = (
                    _python_grader_runtime_error_details_raw
                )

        model_grader_server_error = d.pop("model_grader_server_error", UNSET)
        if (
            model_grader_server_error is None
            or isinstance(model_grader_server_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("model_grader_server_error")

        if model_grader_server_error is None or model_grader_server_error is UNSET:
            if model_grader_server_error is UNSET:
                _none_flips += ("model_grader_server_error",)
            model_grader_server_error = None

        model_grader_refusal_error = d.pop("model_grader_refusal_error", UNSET)
        if (
            model_grader_refusal_error is None
            or isinstance(model_grader_refusal_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("model_grader_refusal_error")

        if model_grader_refusal_error is None or model_grader_refusal_error is UNSET:
            if model_grader_refusal_error is UNSET:
                _none_flips += ("model_grader_refusal_error",)
            model_grader_refusal_error = None

        model_grader_parse_error = d.pop("model_grader_parse_error", UNSET)
        if (
            model_grader_parse_error is None
            or isinstance(model_grader_parse_error, Unset)
        ) and strict_parsing.get():
            raise KeyError("model_grader_parse_error")

        if model_grader_parse_error is None or model_grader_parse_error is UNSET:
            if model_grader_parse_error is UNSET:
                _none_flips += ("model_grader_parse_error",)
            model_grader_parse_error = None

        _model_grader_server_error_details_raw = d.pop(
            "model_grader_server_error_details", UNSET
        )
        if _model_grader_server_error_details_raw is None or isinstance(
            _model_grader_server_error_details_raw, Unset
        ):
            if (
                isinstance(_model_grader_server_error_details_raw, Unset)
                and strict_parsing.get()
            ):
                raise KeyError("model_grader_server_error_details")

            if _model_grader_server_error_details_raw is UNSET:
                _none_flips += ("model_grader_server_error_details",)
            model_grader_server_error_details = None

        else:
            try:

                def _parse_model_grader_server_error_details(
                    data: object,
                ) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                model_grader_server_error_details = (
                    _parse_model_grader_server_error_details(
                        _model_grader_server_error_details_raw
                    )
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model_grader_server_error_details = (
                    _model_grader_server_error_details_raw
                )

        run_grader_response_metadata_errors = cls(
            formula_parse_error=formula_parse_error,
            sample_parse_error=sample_parse_error,
            truncated_observation_error=truncated_observation_error,
            unresponsive_reward_error=unresponsive_reward_error,
            invalid_variable_error=invalid_variable_error,
            other_error=other_error,
            python_grader_server_error=python_grader_server_error,
            python_grader_server_error_type=python_grader_server_error_type,
            python_grader_runtime_error=python_grader_runtime_error,
            python_grader_runtime_error_details=python_grader_runtime_error_details,
            model_grader_server_error=model_grader_server_error,
            model_grader_refusal_error=model_grader_refusal_error,
            model_grader_parse_error=model_grader_parse_error,
            model_grader_server_error_details=model_grader_server_error_details,
        )
        if _none_flips:
            run_grader_response_metadata_errors._none_flips = _none_flips

        run_grader_response_metadata_errors.additional_properties = d
        return run_grader_response_metadata_errors

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.run_grader_response_metadata_errors import (
        RunGraderResponseMetadataErrors,
    )
    from ..models.run_grader_response_metadata_scores import (
        RunGraderResponseMetadataScores,
    )


T = TypeVar("T", bound="RunGraderResponseMetadata")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        RunGraderResponseMetadataErrors, \
        RunGraderResponseMetadataScores
    from ..models.run_grader_response_metadata_errors import (
        RunGraderResponseMetadataErrors,
    )
    from ..models.run_grader_response_metadata_scores import (
        RunGraderResponseMetadataScores,
    )

    _models_bound = True


@_attrs_define
class RunGraderResponseMetadata:
    name: str
    type_: str
    errors: RunGraderResponseMetadataErrors
    execution_time: float
    scores: RunGraderResponseMetadataScores
    token_usage: int | None
    sampled_model_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        type_ = _v_type_

        _v_errors = (
            self.errors
            if self.errors is not None or "errors" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_errors, RunGraderResponseMetadataErrors):
            errors = _v_errors
        else:
            errors = _v_errors.to_dict()

        _v_execution_time = (
            self.execution_time
            if self.execution_time is not None
            or "execution_time" not in self._none_flips
            else UNSET
        )

        execution_time = _v_execution_time

        _v_scores = (
            self.scores
            if self.scores is not None or "scores" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_scores, RunGraderResponseMetadataScores):
            scores = _v_scores
        else:
            scores = _v_scores.to_dict()

        _v_token_usage = (
            self.token_usage
            if self.token_usage is not None or "token_usage" not in self._none_flips
            else UNSET
        )

        if _v_token_usage is None or isinstance(_v_token_usage, Unset):
            token_usage = _v_token_usage
        else:
            token_usage: int | None
            token_usage = _v_token_usage

        _v_sampled_model_name = (
            self.sampled_model_name
            if self.sampled_model_name is not None
            or "sampled_model_name" not in self._none_flips
            else UNSET
        )

        if _v_sampled_model_name is None or isinstance(_v_sampled_model_name, Unset):
            sampled_model_name = _v_sampled_model_name
        else:
            sampled_model_name: None | str
            sampled_model_name = _v_sampled_model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "type": type_,
                    "errors": errors,
                    "execution_time": execution_time,
                    "scores": scores,
                    "token_usage": token_usage,
                    "sampled_model_name": sampled_model_name,
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
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        type_ = d.pop("type", UNSET)
        if (type_ is None or isinstance(type_, Unset)) and strict_parsing.get():
            raise KeyError("type")

        if type_ is None or type_ is UNSET:
            if type_ is UNSET:
                _none_flips += ("type_",)
            type_ = None

        _errors_raw = d.pop("errors", UNSET)
        if _errors_raw is None or isinstance(_errors_raw, Unset):
            if strict_parsing.get():
                raise KeyError("errors")

            if _errors_raw is UNSET:
                _none_flips += ("errors",)
            errors = None

        else:
            try:
                errors = RunGraderResponseMetadataErrors.from_dict(_errors_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                errors = _errors_raw

        execution_time = d.pop("execution_time", UNSET)
        if (
            execution_time is None or isinstance(execution_time, Unset)
        ) and strict_parsing.get():
            raise KeyError("execution_time")

        if execution_time is None or execution_time is UNSET:
            if execution_time is UNSET:
                _none_flips += ("execution_time",)
            execution_time = None

        _scores_raw = d.pop("scores", UNSET)
        if _scores_raw is None or isinstance(_scores_raw, Unset):
            if strict_parsing.get():
                raise KeyError("scores")

            if _scores_raw is UNSET:
                _none_flips += ("scores",)
            scores = None

        else:
            try:
                scores = RunGraderResponseMetadataScores.from_dict(_scores_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                scores = _scores_raw

        _token_usage_raw = d.pop("token_usage", UNSET)
        if _token_usage_raw is None or isinstance(_token_usage_raw, Unset):
            if isinstance(_token_usage_raw, Unset) and strict_parsing.get():
                raise KeyError("token_usage")

            if _token_usage_raw is UNSET:
                _none_flips += ("token_usage",)
            token_usage = None

        else:
            try:

                def _parse_token_usage(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                token_usage = _parse_token_usage(_token_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                token_usage = _token_usage_raw

        _sampled_model_name_raw = d.pop("sampled_model_name", UNSET)
        if _sampled_model_name_raw is None or isinstance(
            _sampled_model_name_raw, Unset
        ):
            if isinstance(_sampled_model_name_raw, Unset) and strict_parsing.get():
                raise KeyError("sampled_model_name")

            if _sampled_model_name_raw is UNSET:
                _none_flips += ("sampled_model_name",)
            sampled_model_name = None

        else:
            try:

                def _parse_sampled_model_name(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                sampled_model_name = _parse_sampled_model_name(_sampled_model_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sampled_model_name = _sampled_model_name_raw

        run_grader_response_metadata = cls(
            name=name,
            type_=type_,
            errors=errors,
            execution_time=execution_time,
            scores=scores,
            token_usage=token_usage,
            sampled_model_name=sampled_model_name,
        )
        if _none_flips:
            run_grader_response_metadata._none_flips = _none_flips

        run_grader_response_metadata.additional_properties = d
        return run_grader_response_metadata

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_function_shell_call_output_exit_outcome import (
        BetaFunctionShellCallOutputExitOutcome,
    )
    from ..models.beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome,
    )


T = TypeVar("T", bound="BetaFunctionShellCallOutputContent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaFunctionShellCallOutputExitOutcome, \
        BetaFunctionShellCallOutputTimeoutOutcome
    from ..models.beta_function_shell_call_output_exit_outcome import (
        BetaFunctionShellCallOutputExitOutcome,
    )
    from ..models.beta_function_shell_call_output_timeout_outcome import (
        BetaFunctionShellCallOutputTimeoutOutcome,
    )

    _models_bound = True


@_attrs_define
class BetaFunctionShellCallOutputContent:
    """Output of one shell command."""

    stdout: str
    stderr: str
    outcome: (
        BetaFunctionShellCallOutputExitOutcome
        | BetaFunctionShellCallOutputTimeoutOutcome
    )
    created_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_stdout = (
            self.stdout
            if self.stdout is not None or "stdout" not in self._none_flips
            else UNSET
        )

        stdout = _v_stdout

        _v_stderr = (
            self.stderr
            if self.stderr is not None or "stderr" not in self._none_flips
            else UNSET
        )

        stderr = _v_stderr

        _v_outcome = (
            self.outcome
            if self.outcome is not None or "outcome" not in self._none_flips
            else UNSET
        )

        if _v_outcome is None or isinstance(_v_outcome, Unset):
            outcome = _v_outcome
        else:
            outcome: dict[str, Any]
            if isinstance(
                _v_outcome, BetaFunctionShellCallOutputTimeoutOutcome
            ) or isinstance(_v_outcome, BetaFunctionShellCallOutputExitOutcome):
                outcome = _v_outcome.to_dict()
            else:
                outcome = _v_outcome

        _v_created_by = (
            self.created_by
            if self.created_by is not None or "created_by" in self._none_flips
            else UNSET
        )

        created_by = _v_created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "stdout": stdout,
                    "stderr": stderr,
                    "outcome": outcome,
                }.items()
                if v is not UNSET
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        stdout = d.pop("stdout", UNSET)
        if (stdout is None or isinstance(stdout, Unset)) and strict_parsing.get():
            raise KeyError("stdout")

        if stdout is None or stdout is UNSET:
            if stdout is UNSET:
                _none_flips += ("stdout",)
            stdout = None

        stderr = d.pop("stderr", UNSET)
        if (stderr is None or isinstance(stderr, Unset)) and strict_parsing.get():
            raise KeyError("stderr")

        if stderr is None or stderr is UNSET:
            if stderr is UNSET:
                _none_flips += ("stderr",)
            stderr = None

        _outcome_raw = d.pop("outcome", UNSET)
        if _outcome_raw is None or isinstance(_outcome_raw, Unset):
            if strict_parsing.get():
                raise KeyError("outcome")

            if _outcome_raw is UNSET:
                _none_flips += ("outcome",)
            outcome = None

        else:
            try:

                def _parse_outcome(
                    data: object,
                ) -> (
                    BetaFunctionShellCallOutputExitOutcome
                    | BetaFunctionShellCallOutputTimeoutOutcome
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "timeout":
                            try:
                                outcome_type_0 = (
                                    BetaFunctionShellCallOutputTimeoutOutcome.from_dict(
                                        data
                                    )
                                )

                                return outcome_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "exit":
                            try:
                                outcome_type_1 = (
                                    BetaFunctionShellCallOutputExitOutcome.from_dict(
                                        data
                                    )
                                )

                                return outcome_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_outcome(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "exit_code",
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
                        if data.get("type", "timeout") not in ("timeout",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        outcome_type_0 = (
                            BetaFunctionShellCallOutputTimeoutOutcome.from_dict(data)
                        )

                        return outcome_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "exit") not in ("exit",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        outcome_type_1 = (
                            BetaFunctionShellCallOutputExitOutcome.from_dict(data)
                        )

                        return outcome_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaFunctionShellCallOutputExitOutcome
                        | BetaFunctionShellCallOutputTimeoutOutcome,
                        data,
                    )

                outcome = _parse_outcome(_outcome_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                outcome = _outcome_raw

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        if created_by is None or created_by is UNSET:
            if created_by is None:
                _none_flips += ("created_by",)
            created_by = None

        beta_function_shell_call_output_content = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
            created_by=created_by,
        )
        if _none_flips:
            beta_function_shell_call_output_content._none_flips = _none_flips

        beta_function_shell_call_output_content.additional_properties = d
        return beta_function_shell_call_output_content

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

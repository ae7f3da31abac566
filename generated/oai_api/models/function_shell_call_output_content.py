from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome,
    )
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )


T = TypeVar("T", bound="FunctionShellCallOutputContent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        FunctionShellCallOutputExitOutcome, \
        FunctionShellCallOutputTimeoutOutcome
    from ..models.function_shell_call_output_exit_outcome import (
        FunctionShellCallOutputExitOutcome,
    )
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )

    _models_bound = True


@_attrs_define
class FunctionShellCallOutputContent:
    """Output of one shell command."""

    stdout: str
    """ Standard output. """
    stderr: str
    """ Standard error. """
    outcome: FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome
    """ How the command ended. """
    created_by: str | Unset = UNSET
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        stdout = self.stdout

        stderr = self.stderr

        if self.outcome is None or isinstance(self.outcome, Unset):
            outcome = self.outcome
        else:
            outcome: dict[str, Any]
            if isinstance(
                self.outcome, FunctionShellCallOutputTimeoutOutcome
            ) or isinstance(self.outcome, FunctionShellCallOutputExitOutcome):
                outcome = self.outcome.to_dict()
            else:
                outcome = self.outcome

        created_by = self.created_by

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
        stdout = d.pop("stdout", UNSET)
        if (stdout is None or isinstance(stdout, Unset)) and strict_parsing.get():
            raise KeyError("stdout")

        stderr = d.pop("stderr", UNSET)
        if (stderr is None or isinstance(stderr, Unset)) and strict_parsing.get():
            raise KeyError("stderr")

        _outcome_raw = d.pop("outcome", UNSET)
        if _outcome_raw is None or isinstance(_outcome_raw, Unset):
            if strict_parsing.get():
                raise KeyError("outcome")

            outcome = _outcome_raw
        else:
            try:

                def _parse_outcome(
                    data: object,
                ) -> (
                    FunctionShellCallOutputExitOutcome
                    | FunctionShellCallOutputTimeoutOutcome
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "timeout":
                            try:
                                outcome_type_0 = (
                                    FunctionShellCallOutputTimeoutOutcome.from_dict(
                                        data
                                    )
                                )

                                return outcome_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "exit":
                            try:
                                outcome_type_1 = (
                                    FunctionShellCallOutputExitOutcome.from_dict(data)
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
                            FunctionShellCallOutputTimeoutOutcome.from_dict(data)
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
                        outcome_type_1 = FunctionShellCallOutputExitOutcome.from_dict(
                            data
                        )

                        return outcome_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        FunctionShellCallOutputExitOutcome
                        | FunctionShellCallOutputTimeoutOutcome,
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

        function_shell_call_output_content = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
            created_by=created_by,
        )

        function_shell_call_output_content.additional_properties = d
        return function_shell_call_output_content

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="BetaShellCallOutputDelta")


@_attrs_define
class BetaShellCallOutputDelta:
    """New stdout and stderr text from a shell command that is still running."""

    stdout: str | None = None
    stderr: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_stdout = (
            self.stdout
            if self.stdout is not None or "stdout" in self._none_flips
            else UNSET
        )

        stdout = _v_stdout

        _v_stderr = (
            self.stderr
            if self.stderr is not None or "stderr" in self._none_flips
            else UNSET
        )

        stderr = _v_stderr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        stdout = d.pop("stdout", UNSET)
        if stdout is None and strict_parsing.get():
            raise TypeError("stdout")

        if stdout is None or stdout is UNSET:
            if stdout is None:
                _none_flips += ("stdout",)
            stdout = None

        stderr = d.pop("stderr", UNSET)
        if stderr is None and strict_parsing.get():
            raise TypeError("stderr")

        if stderr is None or stderr is UNSET:
            if stderr is None:
                _none_flips += ("stderr",)
            stderr = None

        beta_shell_call_output_delta = cls(
            stdout=stdout,
            stderr=stderr,
        )
        if _none_flips:
            beta_shell_call_output_delta._none_flips = _none_flips

        beta_shell_call_output_delta.additional_properties = d
        return beta_shell_call_output_delta

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

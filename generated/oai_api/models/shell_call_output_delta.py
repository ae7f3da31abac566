from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

T = TypeVar("T", bound="ShellCallOutputDelta")


@_attrs_define
class ShellCallOutputDelta:
    """New output of a running shell command."""

    stdout: str | Unset = UNSET
    """ New standard output. """
    stderr: str | Unset = UNSET
    """ New standard error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stdout = self.stdout

        stderr = self.stderr

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
        stdout = d.pop("stdout", UNSET)
        if stdout is None and strict_parsing.get():
            raise TypeError("stdout")

        stderr = d.pop("stderr", UNSET)
        if stderr is None and strict_parsing.get():
            raise TypeError("stderr")

        shell_call_output_delta = cls(
            stdout=stdout,
            stderr=stderr,
        )

        shell_call_output_delta.additional_properties = d
        return shell_call_output_delta

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_tool_call_status import (
    LocalShellToolCallStatus,
    check_local_shell_tool_call_status,
)
from ..models.local_shell_tool_call_type import (
    LocalShellToolCallType,
    check_local_shell_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.local_shell_exec_action import LocalShellExecAction


T = TypeVar("T", bound="LocalShellToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, LocalShellExecAction
    from ..models.local_shell_exec_action import LocalShellExecAction

    _models_bound = True


@_attrs_define
class LocalShellToolCall:
    """The model asks the caller to run a command (legacy local shell)."""

    type_: LocalShellToolCallType
    """ Fixed tag `local_shell_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    action: LocalShellExecAction
    """ A command for the local shell tool to run. """
    status: LocalShellToolCallStatus
    """ Progress state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_action = (
            self.action
            if self.action is not None or "action" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_action, LocalShellExecAction):
            action = _v_action
        else:
            action = _v_action.to_dict()

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "action": action,
                    "status": status,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_local_shell_tool_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if strict_parsing.get():
                raise KeyError("action")

            if _action_raw is UNSET:
                _none_flips += ("action",)
            action = None

        else:
            try:
                action = LocalShellExecAction.from_dict(_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                action = _action_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_local_shell_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        local_shell_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
        )
        if _none_flips:
            local_shell_tool_call._none_flips = _none_flips

        local_shell_tool_call.additional_properties = d
        return local_shell_tool_call

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

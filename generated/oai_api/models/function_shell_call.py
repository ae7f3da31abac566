from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_shell_call_status import (
    FunctionShellCallStatus,
    check_function_shell_call_status,
)
from ..models.function_shell_call_type import (
    FunctionShellCallType,
    check_function_shell_call_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_reference_resource import ContainerReferenceResource
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.function_shell_action import FunctionShellAction
    from ..models.local_environment_resource import LocalEnvironmentResource
    from ..models.program_tool_call_caller import ProgramToolCallCaller


T = TypeVar("T", bound="FunctionShellCall")


@_attrs_define
class FunctionShellCall:
    """The model asks for shell commands to be run."""

    type_: FunctionShellCallType
    """ Fixed tag `shell_call`. """
    id: str
    """ Unique ID. """
    call_id: str
    """ ID linking a tool call to its output. """
    action: FunctionShellAction
    """ Shell commands to run, with limits. """
    status: FunctionShellCallStatus
    """ State of a shell call. """
    environment: ContainerReferenceResource | LocalEnvironmentResource | None
    """ Where the commands run. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | Unset = UNSET
    """ Who issued the tool call. """
    created_by: str | Unset = UNSET
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_reference_resource import ContainerReferenceResource
        from ..models.direct_tool_call_caller import DirectToolCallCaller
        from ..models.function_shell_action import FunctionShellAction
        from ..models.local_environment_resource import LocalEnvironmentResource
        from ..models.program_tool_call_caller import ProgramToolCallCaller

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        id = self.id

        call_id = self.call_id

        if not isinstance(self.action, FunctionShellAction):
            action = self.action
        else:
            action = self.action.to_dict()

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status: str = self.status

        if self.environment is None or isinstance(self.environment, Unset):
            environment = self.environment
        else:
            environment: dict[str, Any] | None
            if isinstance(self.environment, LocalEnvironmentResource) or isinstance(
                self.environment, ContainerReferenceResource
            ):
                environment = self.environment.to_dict()
            else:
                environment = self.environment

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCaller) or isinstance(
            self.caller, ProgramToolCallCaller
        ):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        created_by = self.created_by

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
                    "environment": environment,
                }.items()
                if v is not UNSET
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_reference_resource import ContainerReferenceResource
        from ..models.direct_tool_call_caller import DirectToolCallCaller
        from ..models.function_shell_action import FunctionShellAction
        from ..models.local_environment_resource import LocalEnvironmentResource
        from ..models.program_tool_call_caller import ProgramToolCallCaller

        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            type_ = cast(Any, _type__raw)
        else:
            try:
                type_ = check_function_shell_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                type_ = cast(Any, _type__raw)

        id = d.pop("id", UNSET)

        call_id = d.pop("call_id", UNSET)

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            action = cast(Any, _action_raw)
        else:
            try:
                action = FunctionShellAction.from_dict(_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                action = cast(Any, _action_raw)

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            status = cast(Any, _status_raw)
        else:
            try:
                status = check_function_shell_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(Any, _status_raw)

        _environment_raw = d.pop("environment", UNSET)
        if _environment_raw is None or isinstance(_environment_raw, Unset):
            environment = cast(Any, _environment_raw)
        else:
            try:

                def _parse_environment(
                    data: object,
                ) -> ContainerReferenceResource | LocalEnvironmentResource | None:
                    if data is None:
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "local":
                            try:
                                environment_type_0_type_0 = (
                                    LocalEnvironmentResource.from_dict(data)
                                )

                                return environment_type_0_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "container_reference":
                            try:
                                environment_type_0_type_1 = (
                                    ContainerReferenceResource.from_dict(data)
                                )

                                return environment_type_0_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "local") not in ("local",):
                            raise TypeError()
                        environment_type_0_type_0 = LocalEnvironmentResource.from_dict(
                            data
                        )

                        return environment_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "container_reference") not in (
                            "container_reference",
                        ):
                            raise TypeError()
                        environment_type_0_type_1 = (
                            ContainerReferenceResource.from_dict(data)
                        )

                        return environment_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        ContainerReferenceResource | LocalEnvironmentResource | None,
                        data,
                    )

                environment = _parse_environment(_environment_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                environment = cast(Any, _environment_raw)

        _caller_raw = d.pop("caller", UNSET)
        if _caller_raw is None or isinstance(_caller_raw, Unset):
            caller = cast(Any, _caller_raw)
        else:
            try:

                def _parse_caller(
                    data: object,
                ) -> DirectToolCallCaller | None | ProgramToolCallCaller | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "direct":
                            try:
                                componentsschemas_tool_call_caller_type_0 = (
                                    DirectToolCallCaller.from_dict(data)
                                )

                                return componentsschemas_tool_call_caller_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_tool_call_caller_type_1 = (
                                    ProgramToolCallCaller.from_dict(data)
                                )

                                return componentsschemas_tool_call_caller_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "direct") not in ("direct",):
                            raise TypeError()
                        componentsschemas_tool_call_caller_type_0 = (
                            DirectToolCallCaller.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        componentsschemas_tool_call_caller_type_1 = (
                            ProgramToolCallCaller.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        DirectToolCallCaller | None | ProgramToolCallCaller | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                caller = cast(Any, _caller_raw)

        created_by = d.pop("created_by", UNSET)

        function_shell_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
            environment=environment,
            caller=caller,
            created_by=created_by,
        )

        function_shell_call.additional_properties = d
        return function_shell_call

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

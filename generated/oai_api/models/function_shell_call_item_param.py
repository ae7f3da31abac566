from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_shell_call_item_param_type import (
    FunctionShellCallItemParamType,
    check_function_shell_call_item_param_type,
)
from ..models.function_shell_call_item_status import (
    FunctionShellCallItemStatus,
    check_function_shell_call_item_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_action_param import FunctionShellActionParam
    from ..models.local_environment_param import LocalEnvironmentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


T = TypeVar("T", bound="FunctionShellCallItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ContainerReferenceParam, \
        DirectToolCallCallerParam, \
        FunctionShellActionParam, \
        LocalEnvironmentParam, \
        ProgramToolCallCallerParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.function_shell_action_param import FunctionShellActionParam
    from ..models.local_environment_param import LocalEnvironmentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam

    _models_bound = True


@_attrs_define
class FunctionShellCallItemParam:
    """A shell tool call, sent back as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: FunctionShellCallItemParamType
    """ Fixed tag `shell_call`. """
    action: FunctionShellActionParam
    """ Shell commands to run, as sent in input. """
    id: None | str = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
    status: FunctionShellCallItemStatus | None = None
    """ Progress state. """
    environment: ContainerReferenceParam | LocalEnvironmentParam | None = None
    """ Where the commands run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_action = (
            self.action
            if self.action is not None or "action" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_action, FunctionShellActionParam):
            action = _v_action
        else:
            action = _v_action.to_dict()

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id: None | str | Unset
        if isinstance(_v_id, Unset):
            id = UNSET
        else:
            id = _v_id

        _v_caller = (
            self.caller
            if self.caller is not None or "caller" in self._none_flips
            else UNSET
        )

        caller: dict[str, Any] | None | Unset
        if isinstance(_v_caller, Unset):
            caller = UNSET
        elif isinstance(_v_caller, DirectToolCallCallerParam) or isinstance(
            _v_caller, ProgramToolCallCallerParam
        ):
            caller = _v_caller.to_dict()
        else:
            caller = _v_caller

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        status: None | str | Unset
        if isinstance(_v_status, Unset):
            status = UNSET
        else:
            status = _v_status

        _v_environment = (
            self.environment
            if self.environment is not None or "environment" in self._none_flips
            else UNSET
        )

        environment: dict[str, Any] | None | Unset
        if isinstance(_v_environment, Unset):
            environment = UNSET
        elif isinstance(_v_environment, LocalEnvironmentParam) or isinstance(
            _v_environment, ContainerReferenceParam
        ):
            environment = _v_environment.to_dict()
        else:
            environment = _v_environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "call_id": call_id,
                    "type": type_,
                    "action": action,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if status is not UNSET:
            field_dict["status"] = status
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_function_shell_call_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _action_raw = d.pop("action", UNSET)
        if _action_raw is None or isinstance(_action_raw, Unset):
            if strict_parsing.get():
                raise KeyError("action")

            if _action_raw is UNSET:
                _none_flips += ("action",)
            action = None

        else:
            try:
                action = FunctionShellActionParam.from_dict(_action_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                action = _action_raw

        _id_raw = d.pop("id", UNSET)
        if _id_raw is None or isinstance(_id_raw, Unset):
            if _id_raw is None:
                _none_flips += ("id",)
            id = None

        else:
            try:

                def _parse_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                id = _parse_id(_id_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                id = _id_raw

        _caller_raw = d.pop("caller", UNSET)
        if _caller_raw is None or isinstance(_caller_raw, Unset):
            if _caller_raw is None:
                _none_flips += ("caller",)
            caller = None

        else:
            try:

                def _parse_caller(
                    data: object,
                ) -> (
                    DirectToolCallCallerParam
                    | None
                    | ProgramToolCallCallerParam
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "direct":
                            try:
                                componentsschemas_tool_call_caller_param_type_0 = (
                                    DirectToolCallCallerParam.from_dict(data)
                                )

                                return componentsschemas_tool_call_caller_param_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_tool_call_caller_param_type_1 = (
                                    ProgramToolCallCallerParam.from_dict(data)
                                )

                                return componentsschemas_tool_call_caller_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_caller(data)
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
                                    "caller_id",
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
                        if data.get("type", "direct") not in ("direct",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_tool_call_caller_param_type_0 = (
                            DirectToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_tool_call_caller_param_type_1 = (
                            ProgramToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        DirectToolCallCallerParam
                        | None
                        | ProgramToolCallCallerParam
                        | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                caller = _caller_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:

                def _parse_status(
                    data: object,
                ) -> FunctionShellCallItemStatus | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        status_type_0 = check_function_shell_call_item_status(data)

                        return status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(FunctionShellCallItemStatus | None | Unset, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _environment_raw = d.pop("environment", UNSET)
        if _environment_raw is None or isinstance(_environment_raw, Unset):
            if _environment_raw is None:
                _none_flips += ("environment",)
            environment = None

        else:
            try:

                def _parse_environment(
                    data: object,
                ) -> ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "local":
                            try:
                                environment_type_0_type_0 = (
                                    LocalEnvironmentParam.from_dict(data)
                                )

                                return environment_type_0_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "container_reference":
                            try:
                                environment_type_0_type_1 = (
                                    ContainerReferenceParam.from_dict(data)
                                )

                                return environment_type_0_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_environment(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "skills",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "container_id",
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
                        if data.get("type", "local") not in ("local",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        environment_type_0_type_0 = LocalEnvironmentParam.from_dict(
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
                        if _fits[1] < _most:
                            raise TypeError()
                        environment_type_0_type_1 = ContainerReferenceParam.from_dict(
                            data
                        )

                        return environment_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ContainerReferenceParam | LocalEnvironmentParam | None | Unset,
                        data,
                    )

                environment = _parse_environment(_environment_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                environment = _environment_raw

        function_shell_call_item_param = cls(
            call_id=call_id,
            type_=type_,
            action=action,
            id=id,
            caller=caller,
            status=status,
            environment=environment,
        )
        if _none_flips:
            function_shell_call_item_param._none_flips = _none_flips

        function_shell_call_item_param.additional_properties = d
        return function_shell_call_item_param

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

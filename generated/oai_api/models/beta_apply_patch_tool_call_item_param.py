from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_apply_patch_call_status_param import (
    BetaApplyPatchCallStatusParam,
    check_beta_apply_patch_call_status_param,
)
from ..models.beta_apply_patch_tool_call_item_param_type import (
    BetaApplyPatchToolCallItemParamType,
    check_beta_apply_patch_tool_call_item_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_apply_patch_create_file_operation_param import (
        BetaApplyPatchCreateFileOperationParam,
    )
    from ..models.beta_apply_patch_delete_file_operation_param import (
        BetaApplyPatchDeleteFileOperationParam,
    )
    from ..models.beta_apply_patch_update_file_operation_param import (
        BetaApplyPatchUpdateFileOperationParam,
    )
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )


T = TypeVar("T", bound="BetaApplyPatchToolCallItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTagParam, \
        BetaApplyPatchCreateFileOperationParam, \
        BetaApplyPatchDeleteFileOperationParam, \
        BetaApplyPatchUpdateFileOperationParam, \
        BetaDirectToolCallCallerParam, \
        BetaProgramToolCallCallerParam
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_apply_patch_create_file_operation_param import (
        BetaApplyPatchCreateFileOperationParam,
    )
    from ..models.beta_apply_patch_delete_file_operation_param import (
        BetaApplyPatchDeleteFileOperationParam,
    )
    from ..models.beta_apply_patch_update_file_operation_param import (
        BetaApplyPatchUpdateFileOperationParam,
    )
    from ..models.beta_direct_tool_call_caller_param import (
        BetaDirectToolCallCallerParam,
    )
    from ..models.beta_program_tool_call_caller_param import (
        BetaProgramToolCallCallerParam,
    )

    _models_bound = True


@_attrs_define
class BetaApplyPatchToolCallItemParam:
    """An apply_patch tool call, sent back as input."""

    type_: BetaApplyPatchToolCallItemParamType
    """ Fixed tag `apply_patch_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    status: BetaApplyPatchCallStatusParam
    """ State of an apply_patch call sent as input. """
    operation: (
        BetaApplyPatchCreateFileOperationParam
        | BetaApplyPatchDeleteFileOperationParam
        | BetaApplyPatchUpdateFileOperationParam
    )
    """ One file operation of an apply_patch call, told apart by `type`. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    caller: BetaDirectToolCallCallerParam | BetaProgramToolCallCallerParam | None = None
    """ Who issued the tool call. """
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

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_operation = (
            self.operation
            if self.operation is not None or "operation" not in self._none_flips
            else UNSET
        )

        if _v_operation is None or isinstance(_v_operation, Unset):
            operation = _v_operation
        else:
            operation: dict[str, Any]
            if (
                isinstance(_v_operation, BetaApplyPatchCreateFileOperationParam)
                or isinstance(_v_operation, BetaApplyPatchDeleteFileOperationParam)
                or isinstance(_v_operation, BetaApplyPatchUpdateFileOperationParam)
            ):
                operation = _v_operation.to_dict()
            else:
                operation = _v_operation

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTagParam):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

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
        elif isinstance(_v_caller, BetaDirectToolCallCallerParam) or isinstance(
            _v_caller, BetaProgramToolCallCallerParam
        ):
            caller = _v_caller.to_dict()
        else:
            caller = _v_caller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "call_id": call_id,
                    "status": status,
                    "operation": operation,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller

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
                type_ = check_beta_apply_patch_tool_call_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_apply_patch_call_status_param(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _operation_raw = d.pop("operation", UNSET)
        if _operation_raw is None or isinstance(_operation_raw, Unset):
            if strict_parsing.get():
                raise KeyError("operation")

            if _operation_raw is UNSET:
                _none_flips += ("operation",)
            operation = None

        else:
            try:

                def _parse_operation(
                    data: object,
                ) -> (
                    BetaApplyPatchCreateFileOperationParam
                    | BetaApplyPatchDeleteFileOperationParam
                    | BetaApplyPatchUpdateFileOperationParam
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "create_file":
                            try:
                                componentsschemas_beta_apply_patch_operation_param_type_0 = BetaApplyPatchCreateFileOperationParam.from_dict(
                                    data
                                )

                                return componentsschemas_beta_apply_patch_operation_param_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "delete_file":
                            try:
                                componentsschemas_beta_apply_patch_operation_param_type_1 = BetaApplyPatchDeleteFileOperationParam.from_dict(
                                    data
                                )

                                return componentsschemas_beta_apply_patch_operation_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "update_file":
                            try:
                                componentsschemas_beta_apply_patch_operation_param_type_2 = BetaApplyPatchUpdateFileOperationParam.from_dict(
                                    data
                                )

                                return componentsschemas_beta_apply_patch_operation_param_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_operation(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "diff",
                                    "path",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "path",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "diff",
                                    "path",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "create_file") not in ("create_file",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_beta_apply_patch_operation_param_type_0 = (
                            BetaApplyPatchCreateFileOperationParam.from_dict(data)
                        )

                        return componentsschemas_beta_apply_patch_operation_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "delete_file") not in ("delete_file",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_apply_patch_operation_param_type_1 = (
                            BetaApplyPatchDeleteFileOperationParam.from_dict(data)
                        )

                        return componentsschemas_beta_apply_patch_operation_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "update_file") not in ("update_file",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_beta_apply_patch_operation_param_type_2 = (
                            BetaApplyPatchUpdateFileOperationParam.from_dict(data)
                        )

                        return componentsschemas_beta_apply_patch_operation_param_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaApplyPatchCreateFileOperationParam
                        | BetaApplyPatchDeleteFileOperationParam
                        | BetaApplyPatchUpdateFileOperationParam,
                        data,
                    )

                operation = _parse_operation(_operation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                operation = _operation_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTagParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTagParam.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTagParam | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

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
                    BetaDirectToolCallCallerParam
                    | BetaProgramToolCallCallerParam
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "direct":
                            try:
                                componentsschemas_beta_tool_call_caller_param_type_0 = (
                                    BetaDirectToolCallCallerParam.from_dict(data)
                                )

                                return (
                                    componentsschemas_beta_tool_call_caller_param_type_0
                                )
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_beta_tool_call_caller_param_type_1 = (
                                    BetaProgramToolCallCallerParam.from_dict(data)
                                )

                                return (
                                    componentsschemas_beta_tool_call_caller_param_type_1
                                )
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
                        componentsschemas_beta_tool_call_caller_param_type_0 = (
                            BetaDirectToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_call_caller_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_call_caller_param_type_1 = (
                            BetaProgramToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_call_caller_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaDirectToolCallCallerParam
                        | BetaProgramToolCallCallerParam
                        | None
                        | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                caller = _caller_raw

        beta_apply_patch_tool_call_item_param = cls(
            type_=type_,
            call_id=call_id,
            status=status,
            operation=operation,
            agent=agent,
            id=id,
            caller=caller,
        )
        if _none_flips:
            beta_apply_patch_tool_call_item_param._none_flips = _none_flips

        beta_apply_patch_tool_call_item_param.additional_properties = d
        return beta_apply_patch_tool_call_item_param

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

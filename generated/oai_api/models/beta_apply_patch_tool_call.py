from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_apply_patch_call_status import (
    BetaApplyPatchCallStatus,
    check_beta_apply_patch_call_status,
)
from ..models.beta_apply_patch_tool_call_type import (
    BetaApplyPatchToolCallType,
    check_beta_apply_patch_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_apply_patch_create_file_operation import (
        BetaApplyPatchCreateFileOperation,
    )
    from ..models.beta_apply_patch_delete_file_operation import (
        BetaApplyPatchDeleteFileOperation,
    )
    from ..models.beta_apply_patch_update_file_operation import (
        BetaApplyPatchUpdateFileOperation,
    )
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller


T = TypeVar("T", bound="BetaApplyPatchToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaApplyPatchCreateFileOperation, \
        BetaApplyPatchDeleteFileOperation, \
        BetaApplyPatchUpdateFileOperation, \
        BetaDirectToolCallCaller, \
        BetaProgramToolCallCaller
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_apply_patch_create_file_operation import (
        BetaApplyPatchCreateFileOperation,
    )
    from ..models.beta_apply_patch_delete_file_operation import (
        BetaApplyPatchDeleteFileOperation,
    )
    from ..models.beta_apply_patch_update_file_operation import (
        BetaApplyPatchUpdateFileOperation,
    )
    from ..models.beta_direct_tool_call_caller import BetaDirectToolCallCaller
    from ..models.beta_program_tool_call_caller import BetaProgramToolCallCaller

    _models_bound = True


@_attrs_define
class BetaApplyPatchToolCall:
    """The model asks the caller to apply a file operation."""

    type_: BetaApplyPatchToolCallType
    id: str
    call_id: str
    status: BetaApplyPatchCallStatus
    """ State of an apply_patch call. """
    operation: (
        BetaApplyPatchCreateFileOperation
        | BetaApplyPatchDeleteFileOperation
        | BetaApplyPatchUpdateFileOperation
    )
    agent: BetaAgentTag | None = None
    """ Names the agent behind an item in a multi-agent run. """
    caller: BetaDirectToolCallCaller | BetaProgramToolCallCaller | None = None
    created_by: str | None = None
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
                isinstance(_v_operation, BetaApplyPatchCreateFileOperation)
                or isinstance(_v_operation, BetaApplyPatchDeleteFileOperation)
                or isinstance(_v_operation, BetaApplyPatchUpdateFileOperation)
            ):
                operation = _v_operation.to_dict()
            else:
                operation = _v_operation

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent
        else:
            agent: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_agent, Unset):
                agent = _v_agent.to_dict()

        _v_caller = (
            self.caller
            if self.caller is not None or "caller" in self._none_flips
            else UNSET
        )

        caller: dict[str, Any] | None | Unset
        if isinstance(_v_caller, Unset):
            caller = UNSET
        elif isinstance(_v_caller, BetaDirectToolCallCaller) or isinstance(
            _v_caller, BetaProgramToolCallCaller
        ):
            caller = _v_caller.to_dict()
        else:
            caller = _v_caller

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
                    "type": type_,
                    "id": id,
                    "call_id": call_id,
                    "status": status,
                    "operation": operation,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
                type_ = check_beta_apply_patch_tool_call_type(_type__raw)

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

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_apply_patch_call_status(_status_raw)

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
                    BetaApplyPatchCreateFileOperation
                    | BetaApplyPatchDeleteFileOperation
                    | BetaApplyPatchUpdateFileOperation
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "create_file":
                            try:
                                operation_type_0 = (
                                    BetaApplyPatchCreateFileOperation.from_dict(data)
                                )

                                return operation_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "delete_file":
                            try:
                                operation_type_1 = (
                                    BetaApplyPatchDeleteFileOperation.from_dict(data)
                                )

                                return operation_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "update_file":
                            try:
                                operation_type_2 = (
                                    BetaApplyPatchUpdateFileOperation.from_dict(data)
                                )

                                return operation_type_2
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
                        operation_type_0 = BetaApplyPatchCreateFileOperation.from_dict(
                            data
                        )

                        return operation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "delete_file") not in ("delete_file",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        operation_type_1 = BetaApplyPatchDeleteFileOperation.from_dict(
                            data
                        )

                        return operation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "update_file") not in ("update_file",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        operation_type_2 = BetaApplyPatchUpdateFileOperation.from_dict(
                            data
                        )

                        return operation_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaApplyPatchCreateFileOperation
                        | BetaApplyPatchDeleteFileOperation
                        | BetaApplyPatchUpdateFileOperation,
                        data,
                    )

                operation = _parse_operation(_operation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                operation = _operation_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None and strict_parsing.get():
                raise TypeError("agent")

            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:
                _agent = _agent_raw
                agent: BetaAgentTag | Unset
                if isinstance(_agent, Unset):
                    agent = UNSET
                else:
                    agent = BetaAgentTag.from_dict(_agent)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

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
                    BetaDirectToolCallCaller | BetaProgramToolCallCaller | None | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "direct":
                            try:
                                componentsschemas_beta_tool_call_caller_type_0 = (
                                    BetaDirectToolCallCaller.from_dict(data)
                                )

                                return componentsschemas_beta_tool_call_caller_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_beta_tool_call_caller_type_1 = (
                                    BetaProgramToolCallCaller.from_dict(data)
                                )

                                return componentsschemas_beta_tool_call_caller_type_1
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
                        componentsschemas_beta_tool_call_caller_type_0 = (
                            BetaDirectToolCallCaller.from_dict(data)
                        )

                        return componentsschemas_beta_tool_call_caller_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_call_caller_type_1 = (
                            BetaProgramToolCallCaller.from_dict(data)
                        )

                        return componentsschemas_beta_tool_call_caller_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaDirectToolCallCaller
                        | BetaProgramToolCallCaller
                        | None
                        | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                caller = _caller_raw

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        if created_by is None or created_by is UNSET:
            if created_by is None:
                _none_flips += ("created_by",)
            created_by = None

        beta_apply_patch_tool_call = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            status=status,
            operation=operation,
            agent=agent,
            caller=caller,
            created_by=created_by,
        )
        if _none_flips:
            beta_apply_patch_tool_call._none_flips = _none_flips

        beta_apply_patch_tool_call.additional_properties = d
        return beta_apply_patch_tool_call

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_call_type import (
    CustomToolCallType,
    check_custom_tool_call_type,
)
from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller


T = TypeVar("T", bound="CustomToolCallResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, DirectToolCallCaller, ProgramToolCallCaller
    from ..models.direct_tool_call_caller import DirectToolCallCaller
    from ..models.program_tool_call_caller import ProgramToolCallCaller

    _models_bound = True


@_attrs_define
class CustomToolCallResource:
    """A stored custom tool call."""

    type_: CustomToolCallType
    """ Fixed tag `custom_tool_call`. """
    call_id: str
    """ ID linking a tool call to its output. """
    name: str
    """ Name of the custom tool. """
    input_: str
    """ Input text generated for the tool. """
    id: str
    """ Unique ID. """
    status: FunctionCallStatus
    """ State of a tool call item. """
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | Unset = UNSET
    """ Who issued the tool call. """
    namespace: str | Unset = UNSET
    """ Namespace of the tool, if any. """
    created_by: str | Unset = UNSET
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_: str = self.type_

        call_id = self.call_id

        name = self.name

        input_ = self.input_

        id = self.id

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status: str = self.status

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, DirectToolCallCaller) or isinstance(
            self.caller, ProgramToolCallCaller
        ):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        namespace = self.namespace

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "call_id": call_id,
                    "name": name,
                    "input": input_,
                    "id": id,
                    "status": status,
                }.items()
                if v is not UNSET
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            type_ = _type__raw
        else:
            try:
                type_ = check_custom_tool_call_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        input_ = d.pop("input", UNSET)
        if (input_ is None or isinstance(input_, Unset)) and strict_parsing.get():
            raise KeyError("input")

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            status = _status_raw
        else:
            try:
                status = check_function_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _caller_raw = d.pop("caller", UNSET)
        if _caller_raw is None or isinstance(_caller_raw, Unset):
            caller = _caller_raw
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
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_tool_call_caller_type_1 = (
                            ProgramToolCallCaller.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        DirectToolCallCaller | None | ProgramToolCallCaller | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                caller = _caller_raw

        namespace = d.pop("namespace", UNSET)
        if namespace is None and strict_parsing.get():
            raise TypeError("namespace")

        created_by = d.pop("created_by", UNSET)
        if created_by is None and strict_parsing.get():
            raise TypeError("created_by")

        custom_tool_call_resource = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            input_=input_,
            id=id,
            status=status,
            caller=caller,
            namespace=namespace,
            created_by=created_by,
        )

        custom_tool_call_resource.additional_properties = d
        return custom_tool_call_resource

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

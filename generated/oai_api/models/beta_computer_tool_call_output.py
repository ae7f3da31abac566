from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_tool_call_output_status import (
    BetaComputerToolCallOutputStatus,
    check_beta_computer_tool_call_output_status,
)
from ..models.beta_computer_tool_call_output_type import (
    BetaComputerToolCallOutputType,
    check_beta_computer_tool_call_output_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage


T = TypeVar("T", bound="BetaComputerToolCallOutput")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaComputerCallSafetyCheckParam, \
        BetaComputerScreenshotImage
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage

    _models_bound = True


@_attrs_define
class BetaComputerToolCallOutput:
    """A screenshot answering a computer call."""

    type_: BetaComputerToolCallOutputType
    call_id: str
    output: BetaComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    agent: BetaAgentTag | None = None
    id: str | None = None
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None
    status: BetaComputerToolCallOutputStatus | None = None
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

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, BetaComputerScreenshotImage):
            output = _v_output
        else:
            output = _v_output.to_dict()

        _v_agent = (
            self.agent
            if self.agent is not None or "agent" in self._none_flips
            else UNSET
        )

        agent: dict[str, Any] | None | Unset
        if isinstance(_v_agent, Unset):
            agent = UNSET
        elif isinstance(_v_agent, BetaAgentTag):
            agent = _v_agent.to_dict()
        else:
            agent = _v_agent

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_acknowledged_safety_checks = (
            self.acknowledged_safety_checks
            if self.acknowledged_safety_checks is not None
            or "acknowledged_safety_checks" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_acknowledged_safety_checks, list):
            acknowledged_safety_checks = _v_acknowledged_safety_checks
        else:
            acknowledged_safety_checks: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_acknowledged_safety_checks, Unset):
                acknowledged_safety_checks = []
                for (
                    acknowledged_safety_checks_item_data
                ) in _v_acknowledged_safety_checks:
                    if not isinstance(
                        acknowledged_safety_checks_item_data,
                        BetaComputerCallSafetyCheckParam,
                    ):
                        acknowledged_safety_checks.append(
                            acknowledged_safety_checks_item_data
                        )
                        continue
                    acknowledged_safety_checks_item = (
                        acknowledged_safety_checks_item_data.to_dict()
                    )
                    acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str | Unset = UNSET
            if not isinstance(_v_status, Unset):
                status = _v_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "call_id": call_id,
                    "output": output,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if id is not UNSET:
            field_dict["id"] = id
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status

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
                type_ = check_beta_computer_tool_call_output_type(_type__raw)

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

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:
                output = BetaComputerScreenshotImage.from_dict(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        _agent_raw = d.pop("agent", UNSET)
        if _agent_raw is None or isinstance(_agent_raw, Unset):
            if _agent_raw is None:
                _none_flips += ("agent",)
            agent = None

        else:
            try:

                def _parse_agent(data: object) -> BetaAgentTag | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        agent_type_0 = BetaAgentTag.from_dict(data)

                        return agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaAgentTag | None | Unset, data)

                agent = _parse_agent(_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                agent = _agent_raw

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        _acknowledged_safety_checks_raw = d.pop("acknowledged_safety_checks", UNSET)
        if _acknowledged_safety_checks_raw is None or isinstance(
            _acknowledged_safety_checks_raw, Unset
        ):
            if _acknowledged_safety_checks_raw is None and strict_parsing.get():
                raise TypeError("acknowledged_safety_checks")

            if _acknowledged_safety_checks_raw is None:
                _none_flips += ("acknowledged_safety_checks",)
            acknowledged_safety_checks = None

        else:
            try:
                _acknowledged_safety_checks = _acknowledged_safety_checks_raw
                acknowledged_safety_checks: (
                    list[BetaComputerCallSafetyCheckParam] | Unset
                ) = UNSET
                if _acknowledged_safety_checks is not UNSET:
                    acknowledged_safety_checks = []
                    if not isinstance(_acknowledged_safety_checks, list):
                        raise TypeError()
                    for (
                        acknowledged_safety_checks_item_data
                    ) in _acknowledged_safety_checks:
                        acknowledged_safety_checks_item = (
                            BetaComputerCallSafetyCheckParam.from_dict(
                                acknowledged_safety_checks_item_data
                            )
                        )

                        acknowledged_safety_checks.append(
                            acknowledged_safety_checks_item
                        )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                acknowledged_safety_checks = _acknowledged_safety_checks_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None and strict_parsing.get():
                raise TypeError("status")

            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:
                _status = _status_raw
                status: BetaComputerToolCallOutputStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_beta_computer_tool_call_output_status(_status)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        beta_computer_tool_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            agent=agent,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )
        if _none_flips:
            beta_computer_tool_call_output._none_flips = _none_flips

        beta_computer_tool_call_output.additional_properties = d
        return beta_computer_tool_call_output

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_computer_call_output_item_param_type import (
    BetaComputerCallOutputItemParamType,
    check_beta_computer_call_output_item_param_type,
)
from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage


T = TypeVar("T", bound="BetaComputerCallOutputItemParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTagParam, \
        BetaComputerCallSafetyCheckParam, \
        BetaComputerScreenshotImage
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_computer_call_safety_check_param import (
        BetaComputerCallSafetyCheckParam,
    )
    from ..models.beta_computer_screenshot_image import BetaComputerScreenshotImage

    _models_bound = True


@_attrs_define
class BetaComputerCallOutputItemParam:
    """The screenshot answering a computer call, sent as input."""

    call_id: str
    """ ID linking a tool call to its output. """
    type_: BetaComputerCallOutputItemParamType
    """ Fixed tag `computer_call_output`. """
    output: BetaComputerScreenshotImage
    """ A screenshot given by URL or file ID. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    acknowledged_safety_checks: list[BetaComputerCallSafetyCheckParam] | None = None
    """ Safety checks of the call the caller accepted. """
    status: BetaFunctionCallItemStatus | None = None
    """ Progress state. """
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

        _v_acknowledged_safety_checks = (
            self.acknowledged_safety_checks
            if self.acknowledged_safety_checks is not None
            or "acknowledged_safety_checks" in self._none_flips
            else UNSET
        )

        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(_v_acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(_v_acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for (
                acknowledged_safety_checks_type_0_item_data
            ) in _v_acknowledged_safety_checks:
                if not isinstance(
                    acknowledged_safety_checks_type_0_item_data,
                    BetaComputerCallSafetyCheckParam,
                ):
                    acknowledged_safety_checks.append(
                        acknowledged_safety_checks_type_0_item_data
                    )
                    continue
                acknowledged_safety_checks_type_0_item = (
                    acknowledged_safety_checks_type_0_item_data.to_dict()
                )
                acknowledged_safety_checks.append(
                    acknowledged_safety_checks_type_0_item
                )

        else:
            acknowledged_safety_checks = _v_acknowledged_safety_checks

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "call_id": call_id,
                    "type": type_,
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
                type_ = check_beta_computer_call_output_item_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

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

        _acknowledged_safety_checks_raw = d.pop("acknowledged_safety_checks", UNSET)
        if _acknowledged_safety_checks_raw is None or isinstance(
            _acknowledged_safety_checks_raw, Unset
        ):
            if _acknowledged_safety_checks_raw is None:
                _none_flips += ("acknowledged_safety_checks",)
            acknowledged_safety_checks = None

        else:
            try:

                def _parse_acknowledged_safety_checks(
                    data: object,
                ) -> list[BetaComputerCallSafetyCheckParam] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        acknowledged_safety_checks_type_0 = []
                        _acknowledged_safety_checks_type_0 = data
                        if not isinstance(_acknowledged_safety_checks_type_0, list):
                            raise TypeError()
                        for (
                            acknowledged_safety_checks_type_0_item_data
                        ) in _acknowledged_safety_checks_type_0:
                            acknowledged_safety_checks_type_0_item = (
                                BetaComputerCallSafetyCheckParam.from_dict(
                                    acknowledged_safety_checks_type_0_item_data
                                )
                            )

                            acknowledged_safety_checks_type_0.append(
                                acknowledged_safety_checks_type_0_item
                            )

                        return acknowledged_safety_checks_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[BetaComputerCallSafetyCheckParam] | None | Unset, data
                    )

                acknowledged_safety_checks = _parse_acknowledged_safety_checks(
                    _acknowledged_safety_checks_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                acknowledged_safety_checks = _acknowledged_safety_checks_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:

                def _parse_status(
                    data: object,
                ) -> BetaFunctionCallItemStatus | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        status_type_0 = check_beta_function_call_item_status(data)

                        return status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaFunctionCallItemStatus | None | Unset, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        beta_computer_call_output_item_param = cls(
            call_id=call_id,
            type_=type_,
            output=output,
            agent=agent,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )
        if _none_flips:
            beta_computer_call_output_item_param._none_flips = _none_flips

        beta_computer_call_output_item_param.additional_properties = d
        return beta_computer_call_output_item_param

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

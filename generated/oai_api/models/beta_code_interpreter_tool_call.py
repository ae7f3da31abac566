from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_code_interpreter_tool_call_status import (
    BetaCodeInterpreterToolCallStatus,
    check_beta_code_interpreter_tool_call_status,
)
from ..models.beta_code_interpreter_tool_call_type import (
    BetaCodeInterpreterToolCallType,
    check_beta_code_interpreter_tool_call_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_code_interpreter_output_image import (
        BetaCodeInterpreterOutputImage,
    )
    from ..models.beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs


T = TypeVar("T", bound="BetaCodeInterpreterToolCall")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAgentTag, \
        BetaCodeInterpreterOutputImage, \
        BetaCodeInterpreterOutputLogs
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_code_interpreter_output_image import (
        BetaCodeInterpreterOutputImage,
    )
    from ..models.beta_code_interpreter_output_logs import BetaCodeInterpreterOutputLogs

    _models_bound = True


@_attrs_define
class BetaCodeInterpreterToolCall:
    """Code the model ran in a container, with its outputs."""

    type_: BetaCodeInterpreterToolCallType
    """ Fixed tag `code_interpreter_call`. """
    id: str
    """ Unique ID. """
    status: BetaCodeInterpreterToolCallStatus
    """ Progress state: `in_progress`, `interpreting`, `completed`, `incomplete` or `failed`. """
    container_id: str
    """ Container the code ran in. """
    code: None | str
    """ Code that ran. """
    outputs: list[BetaCodeInterpreterOutputImage | BetaCodeInterpreterOutputLogs] | None
    """ Logs and images produced, when requested with `include`. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
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

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_container_id = (
            self.container_id
            if self.container_id is not None or "container_id" not in self._none_flips
            else UNSET
        )

        container_id = _v_container_id

        _v_code = (
            self.code
            if self.code is not None or "code" not in self._none_flips
            else UNSET
        )

        if _v_code is None or isinstance(_v_code, Unset):
            code = _v_code
        else:
            code: None | str
            code = _v_code

        _v_outputs = (
            self.outputs
            if self.outputs is not None or "outputs" not in self._none_flips
            else UNSET
        )

        if _v_outputs is None or isinstance(_v_outputs, Unset):
            outputs = _v_outputs
        else:
            outputs: list[dict[str, Any]] | None
            if isinstance(_v_outputs, list):
                outputs = []
                for outputs_type_0_item_data in _v_outputs:
                    outputs_type_0_item: dict[str, Any]
                    if isinstance(
                        outputs_type_0_item_data, BetaCodeInterpreterOutputLogs
                    ) or isinstance(
                        outputs_type_0_item_data, BetaCodeInterpreterOutputImage
                    ):
                        outputs_type_0_item = outputs_type_0_item_data.to_dict()
                    else:
                        outputs_type_0_item = outputs_type_0_item_data
                    outputs.append(outputs_type_0_item)

            else:
                outputs = _v_outputs

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "id": id,
                    "status": status,
                    "container_id": container_id,
                    "code": code,
                    "outputs": outputs,
                }.items()
                if v is not UNSET
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent

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
                type_ = check_beta_code_interpreter_tool_call_type(_type__raw)

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

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_beta_code_interpreter_tool_call_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        container_id = d.pop("container_id", UNSET)
        if (
            container_id is None or isinstance(container_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("container_id")

        if container_id is None or container_id is UNSET:
            if container_id is UNSET:
                _none_flips += ("container_id",)
            container_id = None

        _code_raw = d.pop("code", UNSET)
        if _code_raw is None or isinstance(_code_raw, Unset):
            if isinstance(_code_raw, Unset) and strict_parsing.get():
                raise KeyError("code")

            if _code_raw is UNSET:
                _none_flips += ("code",)
            code = None

        else:
            try:

                def _parse_code(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                code = _parse_code(_code_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                code = _code_raw

        _outputs_raw = d.pop("outputs", UNSET)
        if _outputs_raw is None or isinstance(_outputs_raw, Unset):
            if isinstance(_outputs_raw, Unset) and strict_parsing.get():
                raise KeyError("outputs")

            if _outputs_raw is UNSET:
                _none_flips += ("outputs",)
            outputs = None

        else:
            try:

                def _parse_outputs(
                    data: object,
                ) -> (
                    list[BetaCodeInterpreterOutputImage | BetaCodeInterpreterOutputLogs]
                    | None
                ):
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        outputs_type_0 = []
                        _outputs_type_0 = data
                        if not isinstance(_outputs_type_0, list):
                            raise TypeError()
                        for outputs_type_0_item_data in _outputs_type_0:

                            def _parse_outputs_type_0_item(
                                data: object,
                            ) -> (
                                BetaCodeInterpreterOutputImage
                                | BetaCodeInterpreterOutputLogs
                            ):
                                if isinstance(data, dict):
                                    if data.get("type") == "logs":
                                        try:
                                            outputs_type_0_item_type_0 = (
                                                BetaCodeInterpreterOutputLogs.from_dict(
                                                    data
                                                )
                                            )

                                            return outputs_type_0_item_type_0
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "image":
                                        try:
                                            outputs_type_0_item_type_1 = BetaCodeInterpreterOutputImage.from_dict(
                                                data
                                            )

                                            return outputs_type_0_item_type_1
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass

                                if not strict_parsing.get():
                                    strictly = strict_parsing.set(True)
                                    try:
                                        return _parse_outputs_type_0_item(data)
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                    finally:
                                        strict_parsing.reset(strictly)
                                if isinstance(data, dict):
                                    _fits = (
                                        len(
                                            {
                                                "logs",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "type",
                                                "url",
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
                                    if data.get("type", "logs") not in ("logs",):
                                        raise TypeError()
                                    if _fits[0] < _most:
                                        raise TypeError()
                                    outputs_type_0_item_type_0 = (
                                        BetaCodeInterpreterOutputLogs.from_dict(data)
                                    )

                                    return outputs_type_0_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "image") not in ("image",):
                                        raise TypeError()
                                    if _fits[1] < _most:
                                        raise TypeError()
                                    outputs_type_0_item_type_1 = (
                                        BetaCodeInterpreterOutputImage.from_dict(data)
                                    )

                                    return outputs_type_0_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                if strict_parsing.get():
                                    raise TypeError()
                                return cast(
                                    BetaCodeInterpreterOutputImage
                                    | BetaCodeInterpreterOutputLogs,
                                    data,
                                )

                            outputs_type_0_item = _parse_outputs_type_0_item(
                                outputs_type_0_item_data
                            )

                            outputs_type_0.append(outputs_type_0_item)

                        return outputs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[
                            BetaCodeInterpreterOutputImage
                            | BetaCodeInterpreterOutputLogs
                        ]
                        | None,
                        data,
                    )

                outputs = _parse_outputs(_outputs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                outputs = _outputs_raw

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

        beta_code_interpreter_tool_call = cls(
            type_=type_,
            id=id,
            status=status,
            container_id=container_id,
            code=code,
            outputs=outputs,
            agent=agent,
        )
        if _none_flips:
            beta_code_interpreter_tool_call._none_flips = _none_flips

        beta_code_interpreter_tool_call.additional_properties = d
        return beta_code_interpreter_tool_call

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

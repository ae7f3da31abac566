from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_responses_source_type import (
    EvalResponsesSourceType,
    check_eval_responses_source_type,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_responses_source_metadata_type_0 import (
        EvalResponsesSourceMetadataType0,
    )


T = TypeVar("T", bound="EvalResponsesSource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, EvalResponsesSourceMetadataType0
    from ..models.eval_responses_source_metadata_type_0 import (
        EvalResponsesSourceMetadataType0,
    )

    _models_bound = True


@_attrs_define
class EvalResponsesSource:
    """Run source that selects stored Responses API responses by filters such as model, time range and users."""

    type_: EvalResponsesSourceType
    """ Always `responses` for this source. """
    metadata: EvalResponsesSourceMetadataType0 | None = None
    """ Only use responses whose metadata matches these pairs; None means no metadata filter. """
    model: None | str = None
    """ Only use responses from this model; None means any model. """
    instructions_search: None | str = None
    """ Only use responses whose `instructions` contain this text. """
    created_after: int | None = None
    """ Only use responses created at or after this Unix time (seconds). """
    created_before: int | None = None
    """ Only use responses created at or before this Unix time (seconds). """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ Only use responses made with this reasoning effort. """
    temperature: float | None = None
    """ Only use responses made with this sampling temperature. """
    top_p: float | None = None
    """ Only use responses made with this `top_p` value. """
    users: list[str] | None = None
    """ Only use responses from these user identifiers. """
    tools: list[str] | None = None
    """ Only use responses that used these tools, given by name. """
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

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, EvalResponsesSourceMetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_instructions_search = (
            self.instructions_search
            if self.instructions_search is not None
            or "instructions_search" in self._none_flips
            else UNSET
        )

        instructions_search: None | str | Unset
        if isinstance(_v_instructions_search, Unset):
            instructions_search = UNSET
        else:
            instructions_search = _v_instructions_search

        _v_created_after = (
            self.created_after
            if self.created_after is not None or "created_after" in self._none_flips
            else UNSET
        )

        created_after: int | None | Unset
        if isinstance(_v_created_after, Unset):
            created_after = UNSET
        else:
            created_after = _v_created_after

        _v_created_before = (
            self.created_before
            if self.created_before is not None or "created_before" in self._none_flips
            else UNSET
        )

        created_before: int | None | Unset
        if isinstance(_v_created_before, Unset):
            created_before = UNSET
        else:
            created_before = _v_created_before

        _v_reasoning_effort = (
            self.reasoning_effort
            if self.reasoning_effort is not None
            or "reasoning_effort" in self._none_flips
            else UNSET
        )

        reasoning_effort: None | str | Unset
        if isinstance(_v_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = _v_reasoning_effort

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        _v_users = (
            self.users
            if self.users is not None or "users" in self._none_flips
            else UNSET
        )

        users: list[str] | None | Unset
        if isinstance(_v_users, Unset):
            users = UNSET
        elif isinstance(_v_users, list):
            users = _v_users

        else:
            users = _v_users

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        tools: list[str] | None | Unset
        if isinstance(_v_tools, Unset):
            tools = UNSET
        elif isinstance(_v_tools, list):
            tools = _v_tools

        else:
            tools = _v_tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if instructions_search is not UNSET:
            field_dict["instructions_search"] = instructions_search
        if created_after is not UNSET:
            field_dict["created_after"] = created_after
        if created_before is not UNSET:
            field_dict["created_before"] = created_before
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if users is not UNSET:
            field_dict["users"] = users
        if tools is not UNSET:
            field_dict["tools"] = tools

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
                type_ = check_eval_responses_source_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(
                    data: object,
                ) -> EvalResponsesSourceMetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        metadata_type_0 = EvalResponsesSourceMetadataType0.from_dict(
                            data
                        )

                        return metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(EvalResponsesSourceMetadataType0 | None | Unset, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _instructions_search_raw = d.pop("instructions_search", UNSET)
        if _instructions_search_raw is None or isinstance(
            _instructions_search_raw, Unset
        ):
            if _instructions_search_raw is None:
                _none_flips += ("instructions_search",)
            instructions_search = None

        else:
            try:

                def _parse_instructions_search(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                instructions_search = _parse_instructions_search(
                    _instructions_search_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                instructions_search = _instructions_search_raw

        _created_after_raw = d.pop("created_after", UNSET)
        if _created_after_raw is None or isinstance(_created_after_raw, Unset):
            if _created_after_raw is None:
                _none_flips += ("created_after",)
            created_after = None

        else:
            try:

                def _parse_created_after(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                created_after = _parse_created_after(_created_after_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_after = _created_after_raw

        _created_before_raw = d.pop("created_before", UNSET)
        if _created_before_raw is None or isinstance(_created_before_raw, Unset):
            if _created_before_raw is None:
                _none_flips += ("created_before",)
            created_before = None

        else:
            try:

                def _parse_created_before(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                created_before = _parse_created_before(_created_before_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                created_before = _created_before_raw

        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if _reasoning_effort_raw is None or isinstance(_reasoning_effort_raw, Unset):
            if _reasoning_effort_raw is None:
                _none_flips += ("reasoning_effort",)
            reasoning_effort = None

        else:
            try:

                def _parse_reasoning_effort(
                    data: object,
                ) -> None | ReasoningEffortType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_reasoning_effort_type_0 = (
                            check_reasoning_effort_type_0(data)
                        )

                        return componentsschemas_reasoning_effort_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ReasoningEffortType0 | Unset, data)

                reasoning_effort = _parse_reasoning_effort(_reasoning_effort_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reasoning_effort = _reasoning_effort_raw

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:
            try:

                def _parse_temperature(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                temperature = _parse_temperature(_temperature_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                temperature = _temperature_raw

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:
            try:

                def _parse_top_p(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                top_p = _parse_top_p(_top_p_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_p = _top_p_raw

        _users_raw = d.pop("users", UNSET)
        if _users_raw is None or isinstance(_users_raw, Unset):
            if _users_raw is None:
                _none_flips += ("users",)
            users = None

        else:
            try:

                def _parse_users(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        users_type_0 = cast(list[str], data)

                        return users_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[str] | None | Unset, data)

                users = _parse_users(_users_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                users = _users_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            try:

                def _parse_tools(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        tools_type_0 = cast(list[str], data)

                        return tools_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[str] | None | Unset, data)

                tools = _parse_tools(_tools_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        eval_responses_source = cls(
            type_=type_,
            metadata=metadata,
            model=model,
            instructions_search=instructions_search,
            created_after=created_after,
            created_before=created_before,
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            top_p=top_p,
            users=users,
            tools=tools,
        )
        if _none_flips:
            eval_responses_source._none_flips = _none_flips

        eval_responses_source.additional_properties = d
        return eval_responses_source

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

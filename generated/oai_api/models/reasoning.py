from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_context_type_0 import (
    ReasoningContextType0,
    check_reasoning_context_type_0,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..models.reasoning_generate_summary_type_0 import (
    ReasoningGenerateSummaryType0,
    check_reasoning_generate_summary_type_0,
)
from ..models.reasoning_mode_enum_type_1 import (
    ReasoningModeEnumType1,
    check_reasoning_mode_enum_type_1,
)
from ..models.reasoning_summary_type_0 import (
    ReasoningSummaryType0,
    check_reasoning_summary_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="Reasoning")


@_attrs_define
class Reasoning:
    """Settings for reasoning models: effort, summaries, and how reasoning is carried across turns."""

    mode: ReasoningModeEnumType1 | str | None = None
    """ Reasoning execution mode (`standard`, `pro`, or another mode name). """
    effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    summary: None | ReasoningSummaryType0 = None
    """ Reasoning summary to return: `auto`, `concise` or `detailed`. """
    context: None | ReasoningContextType0 = None
    """ Which earlier reasoning is shown to the model on later turns. """
    generate_summary: None | ReasoningGenerateSummaryType0 = None
    """ Old name of `summary`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_mode = (
            self.mode if self.mode is not None or "mode" in self._none_flips else UNSET
        )

        if _v_mode is None or isinstance(_v_mode, Unset):
            mode = _v_mode
        else:
            mode: str | Unset
            if isinstance(_v_mode, Unset):
                mode = UNSET
            else:
                mode = _v_mode

        _v_effort = (
            self.effort
            if self.effort is not None or "effort" in self._none_flips
            else UNSET
        )

        effort: None | str | Unset
        if isinstance(_v_effort, Unset):
            effort = UNSET
        else:
            effort = _v_effort

        _v_summary = (
            self.summary
            if self.summary is not None or "summary" in self._none_flips
            else UNSET
        )

        summary: None | str | Unset
        if isinstance(_v_summary, Unset):
            summary = UNSET
        else:
            summary = _v_summary

        _v_context = (
            self.context
            if self.context is not None or "context" in self._none_flips
            else UNSET
        )

        context: None | str | Unset
        if isinstance(_v_context, Unset):
            context = UNSET
        else:
            context = _v_context

        _v_generate_summary = (
            self.generate_summary
            if self.generate_summary is not None
            or "generate_summary" in self._none_flips
            else UNSET
        )

        generate_summary: None | str | Unset
        if isinstance(_v_generate_summary, Unset):
            generate_summary = UNSET
        else:
            generate_summary = _v_generate_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if context is not UNSET:
            field_dict["context"] = context
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            if _mode_raw is None and strict_parsing.get():
                raise TypeError("mode")

            if _mode_raw is None:
                _none_flips += ("mode",)
            mode = None

        else:
            try:

                def _parse_mode(data: object) -> ReasoningModeEnumType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_reasoning_mode_enum_type_1 = (
                            check_reasoning_mode_enum_type_1(data)
                        )

                        return componentsschemas_reasoning_mode_enum_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(ReasoningModeEnumType1 | str | Unset, data)

                mode = _parse_mode(_mode_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                mode = _mode_raw

        _effort_raw = d.pop("effort", UNSET)
        if _effort_raw is None or isinstance(_effort_raw, Unset):
            if _effort_raw is None:
                _none_flips += ("effort",)
            effort = None

        else:
            try:

                def _parse_effort(data: object) -> None | ReasoningEffortType0 | Unset:
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

                effort = _parse_effort(_effort_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                effort = _effort_raw

        _summary_raw = d.pop("summary", UNSET)
        if _summary_raw is None or isinstance(_summary_raw, Unset):
            if _summary_raw is None:
                _none_flips += ("summary",)
            summary = None

        else:
            try:

                def _parse_summary(
                    data: object,
                ) -> None | ReasoningSummaryType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        summary_type_0 = check_reasoning_summary_type_0(data)

                        return summary_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ReasoningSummaryType0 | Unset, data)

                summary = _parse_summary(_summary_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                summary = _summary_raw

        _context_raw = d.pop("context", UNSET)
        if _context_raw is None or isinstance(_context_raw, Unset):
            if _context_raw is None:
                _none_flips += ("context",)
            context = None

        else:
            try:

                def _parse_context(
                    data: object,
                ) -> None | ReasoningContextType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        context_type_0 = check_reasoning_context_type_0(data)

                        return context_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ReasoningContextType0 | Unset, data)

                context = _parse_context(_context_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                context = _context_raw

        _generate_summary_raw = d.pop("generate_summary", UNSET)
        if _generate_summary_raw is None or isinstance(_generate_summary_raw, Unset):
            if _generate_summary_raw is None:
                _none_flips += ("generate_summary",)
            generate_summary = None

        else:
            try:

                def _parse_generate_summary(
                    data: object,
                ) -> None | ReasoningGenerateSummaryType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        generate_summary_type_0 = (
                            check_reasoning_generate_summary_type_0(data)
                        )

                        return generate_summary_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ReasoningGenerateSummaryType0 | Unset, data)

                generate_summary = _parse_generate_summary(_generate_summary_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                generate_summary = _generate_summary_raw

        reasoning = cls(
            mode=mode,
            effort=effort,
            summary=summary,
            context=context,
            generate_summary=generate_summary,
        )
        if _none_flips:
            reasoning._none_flips = _none_flips

        reasoning.additional_properties = d
        return reasoning

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

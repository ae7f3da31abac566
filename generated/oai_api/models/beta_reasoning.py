from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_reasoning_context_type_0 import (
    BetaReasoningContextType0,
    check_beta_reasoning_context_type_0,
)
from ..models.beta_reasoning_effort_type_0 import (
    BetaReasoningEffortType0,
    check_beta_reasoning_effort_type_0,
)
from ..models.beta_reasoning_generate_summary_type_0 import (
    BetaReasoningGenerateSummaryType0,
    check_beta_reasoning_generate_summary_type_0,
)
from ..models.beta_reasoning_mode_enum_type_1 import (
    BetaReasoningModeEnumType1,
    check_beta_reasoning_mode_enum_type_1,
)
from ..models.beta_reasoning_summary_type_0 import (
    BetaReasoningSummaryType0,
    check_beta_reasoning_summary_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaReasoning")


@_attrs_define
class BetaReasoning:
    """Reasoning settings (gpt-5 and o-series): effort, summaries and how much past reasoning is replayed."""

    mode: BetaReasoningModeEnumType1 | str | None = None
    """ Reasoning mode: `standard` or `pro`; other strings are accepted too. """
    effort: BetaReasoningEffortType0 | None = None
    """ How hard a reasoning model thinks: `none`, `minimal`, `low`, `medium` (default), `high`, `xhigh` or `max`;
    less is faster. """
    summary: BetaReasoningSummaryType0 | None = None
    """ Ask for a summary of the model's reasoning: `auto`, `concise` or `detailed`; None for no summary. """
    context: BetaReasoningContextType0 | None = None
    """ Which earlier reasoning is shown to the model on later turns: `auto`, `current_turn` or `all_turns`; None
    lets the model decide. """
    generate_summary: BetaReasoningGenerateSummaryType0 | None = None
    """ Deprecated: use `summary`. Level of reasoning summary: `auto`, `concise` or `detailed`. """
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

                def _parse_mode(
                    data: object,
                ) -> BetaReasoningModeEnumType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_beta_reasoning_mode_enum_type_1 = (
                            check_beta_reasoning_mode_enum_type_1(data)
                        )

                        return componentsschemas_beta_reasoning_mode_enum_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaReasoningModeEnumType1 | str | Unset, data)

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

                def _parse_effort(
                    data: object,
                ) -> BetaReasoningEffortType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_beta_reasoning_effort_type_0 = (
                            check_beta_reasoning_effort_type_0(data)
                        )

                        return componentsschemas_beta_reasoning_effort_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaReasoningEffortType0 | None | Unset, data)

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
                ) -> BetaReasoningSummaryType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        summary_type_0 = check_beta_reasoning_summary_type_0(data)

                        return summary_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaReasoningSummaryType0 | None | Unset, data)

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
                ) -> BetaReasoningContextType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        context_type_0 = check_beta_reasoning_context_type_0(data)

                        return context_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaReasoningContextType0 | None | Unset, data)

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
                ) -> BetaReasoningGenerateSummaryType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        generate_summary_type_0 = (
                            check_beta_reasoning_generate_summary_type_0(data)
                        )

                        return generate_summary_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaReasoningGenerateSummaryType0 | None | Unset, data)

                generate_summary = _parse_generate_summary(_generate_summary_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                generate_summary = _generate_summary_raw

        beta_reasoning = cls(
            mode=mode,
            effort=effort,
            summary=summary,
            context=context,
            generate_summary=generate_summary,
        )
        if _none_flips:
            beta_reasoning._none_flips = _none_flips

        beta_reasoning.additional_properties = d
        return beta_reasoning

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

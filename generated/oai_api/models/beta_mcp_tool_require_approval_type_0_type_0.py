from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_mcp_tool_filter import BetaMCPToolFilter


T = TypeVar("T", bound="BetaMCPToolRequireApprovalType0Type0")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaMCPToolFilter
    from ..models.beta_mcp_tool_filter import BetaMCPToolFilter

    _models_bound = True


@_attrs_define
class BetaMCPToolRequireApprovalType0Type0:
    always: BetaMCPToolFilter | None = None
    """ Selects MCP tools by name and/or by whether they are read-only. """
    never: BetaMCPToolFilter | None = None
    """ Selects MCP tools by name and/or by whether they are read-only. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_always = (
            self.always
            if self.always is not None or "always" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_always, BetaMCPToolFilter):
            always = _v_always
        else:
            always: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_always, Unset):
                always = _v_always.to_dict()

        _v_never = (
            self.never
            if self.never is not None or "never" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_never, BetaMCPToolFilter):
            never = _v_never
        else:
            never: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_never, Unset):
                never = _v_never.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _always_raw = d.pop("always", UNSET)
        if _always_raw is None or isinstance(_always_raw, Unset):
            if _always_raw is None and strict_parsing.get():
                raise TypeError("always")

            if _always_raw is None:
                _none_flips += ("always",)
            always = None

        else:
            try:
                _always = _always_raw
                always: BetaMCPToolFilter | Unset
                if isinstance(_always, Unset):
                    always = UNSET
                else:
                    always = BetaMCPToolFilter.from_dict(_always)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                always = _always_raw

        _never_raw = d.pop("never", UNSET)
        if _never_raw is None or isinstance(_never_raw, Unset):
            if _never_raw is None and strict_parsing.get():
                raise TypeError("never")

            if _never_raw is None:
                _none_flips += ("never",)
            never = None

        else:
            try:
                _never = _never_raw
                never: BetaMCPToolFilter | Unset
                if isinstance(_never, Unset):
                    never = UNSET
                else:
                    never = BetaMCPToolFilter.from_dict(_never)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                never = _never_raw

        beta_mcp_tool_require_approval_type_0_type_0 = cls(
            always=always,
            never=never,
        )
        if _none_flips:
            beta_mcp_tool_require_approval_type_0_type_0._none_flips = _none_flips

        return beta_mcp_tool_require_approval_type_0_type_0

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
    check_chat_completion_allowed_tools_mode,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )


T = TypeVar("T", bound="ChatCompletionAllowedTools")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ChatCompletionAllowedToolsToolsItem
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )

    _models_bound = True


@_attrs_define
class ChatCompletionAllowedTools:
    """The subset of tools the model may use."""

    mode: ChatCompletionAllowedToolsMode
    """ auto lets the model decide; required forces a call. """
    tools: list[ChatCompletionAllowedToolsToolsItem]
    """ Tool references the model may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_mode = (
            self.mode
            if self.mode is not None or "mode" not in self._none_flips
            else UNSET
        )

        if _v_mode is None or isinstance(_v_mode, Unset):
            mode = _v_mode
        else:
            mode: str = _v_mode

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools = []
            for tools_item_data in _v_tools:
                if not isinstance(tools_item_data, ChatCompletionAllowedToolsToolsItem):
                    tools.append(tools_item_data)
                    continue
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "mode": mode,
                    "tools": tools,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _mode_raw = d.pop("mode", UNSET)
        if _mode_raw is None or isinstance(_mode_raw, Unset):
            raise KeyError("ChatCompletionAllowedTools: required field mode is missing")

        else:
            mode = check_chat_completion_allowed_tools_mode(_mode_raw)

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            raise KeyError(
                "ChatCompletionAllowedTools: required field tools is missing"
            )

        else:
            tools = []
            _tools = _tools_raw
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                tools_item = ChatCompletionAllowedToolsToolsItem.from_dict(
                    tools_item_data
                )

                tools.append(tools_item)

        chat_completion_allowed_tools = cls(
            mode=mode,
            tools=tools,
        )
        if _none_flips:
            chat_completion_allowed_tools._none_flips = _none_flips

        chat_completion_allowed_tools.additional_properties = d
        return chat_completion_allowed_tools

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

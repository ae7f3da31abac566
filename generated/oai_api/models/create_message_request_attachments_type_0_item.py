from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
    )


T = TypeVar("T", bound="CreateMessageRequestAttachmentsType0Item")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AssistantToolsCode, AssistantToolsFileSearchTypeOnly
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
    )

    _models_bound = True


@_attrs_define
class CreateMessageRequestAttachmentsType0Item:
    file_id: str | None = None
    """ ID of the uploaded file to attach. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None = None
    """ Tools that get access to this file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_id = (
            self.file_id
            if self.file_id is not None or "file_id" in self._none_flips
            else UNSET
        )

        file_id = _v_file_id

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tools, Unset):
                tools = []
                for tools_item_data in _v_tools:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, AssistantToolsCode) or isinstance(
                        tools_item_data, AssistantToolsFileSearchTypeOnly
                    ):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        file_id = d.pop("file_id", UNSET)
        if file_id is None and strict_parsing.get():
            raise TypeError("file_id")

        if file_id is None or file_id is UNSET:
            if file_id is None:
                _none_flips += ("file_id",)
            file_id = None

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            _tools = _tools_raw
            tools: (
                list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset
            ) = UNSET
            if _tools is not UNSET:
                tools = []
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> AssistantToolsCode | AssistantToolsFileSearchTypeOnly:
                        if isinstance(data, dict):
                            if data.get("type") == "code_interpreter":
                                try:
                                    tools_item_type_0 = AssistantToolsCode.from_dict(
                                        data
                                    )

                                    return tools_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search":
                                try:
                                    tools_item_type_1 = (
                                        AssistantToolsFileSearchTypeOnly.from_dict(data)
                                    )

                                    return tools_item_type_1
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
                                return _parse_tools_item(data)
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
                            if data.get("type", "code_interpreter") not in (
                                "code_interpreter",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            tools_item_type_0 = AssistantToolsCode.from_dict(data)

                            return tools_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search") not in ("file_search",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            tools_item_type_1 = (
                                AssistantToolsFileSearchTypeOnly.from_dict(data)
                            )

                            return tools_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            AssistantToolsCode | AssistantToolsFileSearchTypeOnly, data
                        )

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

        create_message_request_attachments_type_0_item = cls(
            file_id=file_id,
            tools=tools,
        )
        if _none_flips:
            create_message_request_attachments_type_0_item._none_flips = _none_flips

        create_message_request_attachments_type_0_item.additional_properties = d
        return create_message_request_attachments_type_0_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1,
    )


T = TypeVar("T", bound="CustomToolChatCompletionsCustom")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CustomToolChatCompletionsCustomFormatType0, \
        CustomToolChatCompletionsCustomFormatType1
    from ..models.custom_tool_chat_completions_custom_format_type_0 import (
        CustomToolChatCompletionsCustomFormatType0,
    )
    from ..models.custom_tool_chat_completions_custom_format_type_1 import (
        CustomToolChatCompletionsCustomFormatType1,
    )

    _models_bound = True


@_attrs_define
class CustomToolChatCompletionsCustom:
    """The custom tool definition."""

    name: str
    """ Tool name used in tool calls. """
    description: str | None = None
    """ What the tool does, for the model. """
    format_: (
        CustomToolChatCompletionsCustomFormatType0
        | CustomToolChatCompletionsCustomFormatType1
        | None
    ) = None
    """ Input format; free text by default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description = _v_description

        _v_format_ = (
            self.format_
            if self.format_ is not None or "format_" in self._none_flips
            else UNSET
        )

        if _v_format_ is None or isinstance(_v_format_, Unset):
            format_ = _v_format_
        else:
            format_: dict[str, Any] | Unset
            if isinstance(_v_format_, Unset):
                format_ = UNSET
            elif isinstance(
                _v_format_, CustomToolChatCompletionsCustomFormatType0
            ) or isinstance(_v_format_, CustomToolChatCompletionsCustomFormatType1):
                format_ = _v_format_.to_dict()
            else:
                format_ = _v_format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if name is None or isinstance(name, Unset):
            raise KeyError(
                "CustomToolChatCompletionsCustom: required field name is missing"
            )

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        description = d.pop("description", UNSET)
        if description is None and strict_parsing.get():
            raise TypeError("description")

        if description is None or description is UNSET:
            if description is None:
                _none_flips += ("description",)
            description = None

        _format__raw = d.pop("format", UNSET)
        if _format__raw is None or isinstance(_format__raw, Unset):
            if _format__raw is None and strict_parsing.get():
                raise TypeError("format")

            if _format__raw is None:
                _none_flips += ("format_",)
            format_ = None

        else:

            def _parse_format_(
                data: object,
            ) -> (
                CustomToolChatCompletionsCustomFormatType0
                | CustomToolChatCompletionsCustomFormatType1
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "text":
                        try:
                            format_type_0 = (
                                CustomToolChatCompletionsCustomFormatType0.from_dict(
                                    data
                                )
                            )

                            return format_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "grammar":
                        try:
                            format_type_1 = (
                                CustomToolChatCompletionsCustomFormatType1.from_dict(
                                    data
                                )
                            )

                            return format_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_format_(data)
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
                                "grammar",
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
                    if data.get("type", "text") not in ("text",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    format_type_0 = (
                        CustomToolChatCompletionsCustomFormatType0.from_dict(data)
                    )

                    return format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "grammar") not in ("grammar",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    format_type_1 = (
                        CustomToolChatCompletionsCustomFormatType1.from_dict(data)
                    )

                    return format_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CustomToolChatCompletionsCustomFormatType0
                    | CustomToolChatCompletionsCustomFormatType1
                    | Unset,
                    data,
                )

            format_ = _parse_format_(_format__raw)

        custom_tool_chat_completions_custom = cls(
            name=name,
            description=description,
            format_=format_,
        )
        if _none_flips:
            custom_tool_chat_completions_custom._none_flips = _none_flips

        custom_tool_chat_completions_custom.additional_properties = d
        return custom_tool_chat_completions_custom

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

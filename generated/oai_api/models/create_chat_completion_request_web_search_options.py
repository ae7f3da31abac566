from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_context_size import (
    WebSearchContextSize,
    check_web_search_context_size,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_chat_completion_request_web_search_options_user_location_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsUserLocationType0,
    )


T = TypeVar("T", bound="CreateChatCompletionRequestWebSearchOptions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, CreateChatCompletionRequestWebSearchOptionsUserLocationType0
    from ..models.create_chat_completion_request_web_search_options_user_location_type_0 import (
        CreateChatCompletionRequestWebSearchOptionsUserLocationType0,
    )

    _models_bound = True


@_attrs_define
class CreateChatCompletionRequestWebSearchOptions:
    """Settings for the web search tool."""

    user_location: (
        CreateChatCompletionRequestWebSearchOptionsUserLocationType0 | None
    ) = None
    """ Approximate user location. """
    search_context_size: WebSearchContextSize | None = None
    """ Amount of web search context to retrieve. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_user_location = (
            self.user_location
            if self.user_location is not None or "user_location" in self._none_flips
            else UNSET
        )

        user_location: dict[str, Any] | None | Unset
        if isinstance(_v_user_location, Unset):
            user_location = UNSET
        elif isinstance(
            _v_user_location,
            CreateChatCompletionRequestWebSearchOptionsUserLocationType0,
        ):
            user_location = _v_user_location.to_dict()
        else:
            user_location = _v_user_location

        _v_search_context_size = (
            self.search_context_size
            if self.search_context_size is not None
            or "search_context_size" in self._none_flips
            else UNSET
        )

        if _v_search_context_size is None or isinstance(_v_search_context_size, Unset):
            search_context_size = _v_search_context_size
        else:
            search_context_size: str | Unset = UNSET
            if not isinstance(_v_search_context_size, Unset):
                search_context_size = _v_search_context_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _user_location_raw = d.pop("user_location", UNSET)
        if _user_location_raw is None or isinstance(_user_location_raw, Unset):
            if _user_location_raw is None:
                _none_flips += ("user_location",)
            user_location = None

        else:

            def _parse_user_location(
                data: object,
            ) -> (
                CreateChatCompletionRequestWebSearchOptionsUserLocationType0
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "approximate":
                        try:
                            user_location_type_0 = CreateChatCompletionRequestWebSearchOptionsUserLocationType0.from_dict(
                                data
                            )

                            return user_location_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "approximate") not in ("approximate",):
                        raise TypeError()
                    user_location_type_0 = CreateChatCompletionRequestWebSearchOptionsUserLocationType0.from_dict(
                        data
                    )

                    return user_location_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateChatCompletionRequestWebSearchOptionsUserLocationType0
                    | None
                    | Unset,
                    data,
                )

            user_location = _parse_user_location(_user_location_raw)

        _search_context_size_raw = d.pop("search_context_size", UNSET)
        if _search_context_size_raw is None or isinstance(
            _search_context_size_raw, Unset
        ):
            if _search_context_size_raw is None and strict_parsing.get():
                raise TypeError("search_context_size")

            if _search_context_size_raw is None:
                _none_flips += ("search_context_size",)
            search_context_size = None

        else:
            _search_context_size = _search_context_size_raw
            search_context_size: WebSearchContextSize | Unset
            if isinstance(_search_context_size, Unset):
                search_context_size = UNSET
            else:
                search_context_size = check_web_search_context_size(
                    _search_context_size
                )

        create_chat_completion_request_web_search_options = cls(
            user_location=user_location,
            search_context_size=search_context_size,
        )
        if _none_flips:
            create_chat_completion_request_web_search_options._none_flips = _none_flips

        create_chat_completion_request_web_search_options.additional_properties = d
        return create_chat_completion_request_web_search_options

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

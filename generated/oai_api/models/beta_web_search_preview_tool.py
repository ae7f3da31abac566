from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_search_content_type import (
    BetaSearchContentType,
    check_beta_search_content_type,
)
from ..models.beta_search_context_size import (
    BetaSearchContextSize,
    check_beta_search_context_size,
)
from ..models.beta_web_search_preview_tool_type import (
    BetaWebSearchPreviewToolType,
    check_beta_web_search_preview_tool_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_approximate_location import BetaApproximateLocation


T = TypeVar("T", bound="BetaWebSearchPreviewTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaApproximateLocation
    from ..models.beta_approximate_location import BetaApproximateLocation

    _models_bound = True


@_attrs_define
class BetaWebSearchPreviewTool:
    """Preview web search tool: lets the model look things up online to answer."""

    type_: BetaWebSearchPreviewToolType
    """ Tool version tag: `web_search_preview` or the dated `web_search_preview_2025_03_11`. """
    user_location: BetaApproximateLocation | None = None
    """ Rough user location for local results; None for none. """
    search_context_size: BetaSearchContextSize | None = None
    """ How much context window the search results may use: `low`, `medium` or `high`. """
    search_content_types: list[BetaSearchContentType] | None = None
    """ Kinds of content to search for: `text` and/or `image`. """
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

        _v_user_location = (
            self.user_location
            if self.user_location is not None or "user_location" in self._none_flips
            else UNSET
        )

        user_location: dict[str, Any] | None | Unset
        if isinstance(_v_user_location, Unset):
            user_location = UNSET
        elif isinstance(_v_user_location, BetaApproximateLocation):
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

        _v_search_content_types = (
            self.search_content_types
            if self.search_content_types is not None
            or "search_content_types" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_search_content_types, list):
            search_content_types = _v_search_content_types
        else:
            search_content_types: list[str] | Unset = UNSET
            if not isinstance(_v_search_content_types, Unset):
                search_content_types = []
                for search_content_types_item_data in _v_search_content_types:
                    search_content_types_item: str = search_content_types_item_data
                    search_content_types.append(search_content_types_item)

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
        if user_location is not UNSET:
            field_dict["user_location"] = user_location
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types

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
                type_ = check_beta_web_search_preview_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _user_location_raw = d.pop("user_location", UNSET)
        if _user_location_raw is None or isinstance(_user_location_raw, Unset):
            if _user_location_raw is None:
                _none_flips += ("user_location",)
            user_location = None

        else:
            try:

                def _parse_user_location(
                    data: object,
                ) -> BetaApproximateLocation | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "approximate":
                            try:
                                user_location_type_0 = (
                                    BetaApproximateLocation.from_dict(data)
                                )

                                return user_location_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "approximate") not in ("approximate",):
                            raise TypeError()
                        user_location_type_0 = BetaApproximateLocation.from_dict(data)

                        return user_location_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaApproximateLocation | None | Unset, data)

                user_location = _parse_user_location(_user_location_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                user_location = _user_location_raw

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
            try:
                _search_context_size = _search_context_size_raw
                search_context_size: BetaSearchContextSize | Unset
                if isinstance(_search_context_size, Unset):
                    search_context_size = UNSET
                else:
                    search_context_size = check_beta_search_context_size(
                        _search_context_size
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                search_context_size = _search_context_size_raw

        _search_content_types_raw = d.pop("search_content_types", UNSET)
        if _search_content_types_raw is None or isinstance(
            _search_content_types_raw, Unset
        ):
            if _search_content_types_raw is None and strict_parsing.get():
                raise TypeError("search_content_types")

            if _search_content_types_raw is None:
                _none_flips += ("search_content_types",)
            search_content_types = None

        else:
            try:
                _search_content_types = _search_content_types_raw
                search_content_types: list[BetaSearchContentType] | Unset = UNSET
                if _search_content_types is not UNSET:
                    search_content_types = []
                    if not isinstance(_search_content_types, list):
                        raise TypeError()
                    for search_content_types_item_data in _search_content_types:
                        search_content_types_item = check_beta_search_content_type(
                            search_content_types_item_data
                        )

                        search_content_types.append(search_content_types_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                search_content_types = _search_content_types_raw

        beta_web_search_preview_tool = cls(
            type_=type_,
            user_location=user_location,
            search_context_size=search_context_size,
            search_content_types=search_content_types,
        )
        if _none_flips:
            beta_web_search_preview_tool._none_flips = _none_flips

        beta_web_search_preview_tool.additional_properties = d
        return beta_web_search_preview_tool

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

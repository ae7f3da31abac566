from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_web_search_tool_search_context_size import (
    BetaWebSearchToolSearchContextSize,
    check_beta_web_search_tool_search_context_size,
)
from ..models.beta_web_search_tool_type import (
    BetaWebSearchToolType,
    check_beta_web_search_tool_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_web_search_approximate_location_type_0 import (
        BetaWebSearchApproximateLocationType0,
    )
    from ..models.beta_web_search_tool_filters_type_0 import (
        BetaWebSearchToolFiltersType0,
    )


T = TypeVar("T", bound="BetaWebSearchTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaWebSearchApproximateLocationType0, \
        BetaWebSearchToolFiltersType0
    from ..models.beta_web_search_approximate_location_type_0 import (
        BetaWebSearchApproximateLocationType0,
    )
    from ..models.beta_web_search_tool_filters_type_0 import (
        BetaWebSearchToolFiltersType0,
    )

    _models_bound = True


@_attrs_define
class BetaWebSearchTool:
    """Web search tool: lets the model find and cite online sources relevant to the prompt."""

    type_: BetaWebSearchToolType
    """ `web_search` or the dated `web_search_2025_08_26`. """
    external_web_access: bool | None = None
    """ False limits search to cached content with no live fetching; default true. """
    filters: BetaWebSearchToolFiltersType0 | None = None
    """ Restrictions on the search, such as allowed domains; None for none. """
    user_location: BetaWebSearchApproximateLocationType0 | None = None
    """ Rough user location to localise web results; None for no location. """
    search_context_size: BetaWebSearchToolSearchContextSize | None = None
    """ How much of the context window search results may fill: `low`, `medium` (default) or `high`. """
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

        _v_external_web_access = (
            self.external_web_access
            if self.external_web_access is not None
            or "external_web_access" in self._none_flips
            else UNSET
        )

        external_web_access = _v_external_web_access

        _v_filters = (
            self.filters
            if self.filters is not None or "filters" in self._none_flips
            else UNSET
        )

        filters: dict[str, Any] | None | Unset
        if isinstance(_v_filters, Unset):
            filters = UNSET
        elif isinstance(_v_filters, BetaWebSearchToolFiltersType0):
            filters = _v_filters.to_dict()
        else:
            filters = _v_filters

        _v_user_location = (
            self.user_location
            if self.user_location is not None or "user_location" in self._none_flips
            else UNSET
        )

        user_location: dict[str, Any] | None | Unset
        if isinstance(_v_user_location, Unset):
            user_location = UNSET
        elif isinstance(_v_user_location, BetaWebSearchApproximateLocationType0):
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
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if external_web_access is not UNSET:
            field_dict["external_web_access"] = external_web_access
        if filters is not UNSET:
            field_dict["filters"] = filters
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_web_search_tool_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        external_web_access = d.pop("external_web_access", UNSET)
        if external_web_access is None and strict_parsing.get():
            raise TypeError("external_web_access")

        if external_web_access is None or external_web_access is UNSET:
            if external_web_access is None:
                _none_flips += ("external_web_access",)
            external_web_access = None

        _filters_raw = d.pop("filters", UNSET)
        if _filters_raw is None or isinstance(_filters_raw, Unset):
            if _filters_raw is None:
                _none_flips += ("filters",)
            filters = None

        else:
            try:

                def _parse_filters(
                    data: object,
                ) -> BetaWebSearchToolFiltersType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        filters_type_0 = BetaWebSearchToolFiltersType0.from_dict(data)

                        return filters_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaWebSearchToolFiltersType0 | None | Unset, data)

                filters = _parse_filters(_filters_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                filters = _filters_raw

        _user_location_raw = d.pop("user_location", UNSET)
        if _user_location_raw is None or isinstance(_user_location_raw, Unset):
            if _user_location_raw is None:
                _none_flips += ("user_location",)
            user_location = None

        else:
            try:

                def _parse_user_location(
                    data: object,
                ) -> BetaWebSearchApproximateLocationType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "approximate":
                            try:
                                componentsschemas_beta_web_search_approximate_location_type_0 = BetaWebSearchApproximateLocationType0.from_dict(
                                    data
                                )

                                return componentsschemas_beta_web_search_approximate_location_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "approximate") not in ("approximate",):
                            raise TypeError()
                        componentsschemas_beta_web_search_approximate_location_type_0 = BetaWebSearchApproximateLocationType0.from_dict(
                            data
                        )

                        return componentsschemas_beta_web_search_approximate_location_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaWebSearchApproximateLocationType0 | None | Unset, data
                    )

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
                search_context_size: BetaWebSearchToolSearchContextSize | Unset
                if isinstance(_search_context_size, Unset):
                    search_context_size = UNSET
                else:
                    search_context_size = (
                        check_beta_web_search_tool_search_context_size(
                            _search_context_size
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                search_context_size = _search_context_size_raw

        beta_web_search_tool = cls(
            type_=type_,
            external_web_access=external_web_access,
            filters=filters,
            user_location=user_location,
            search_context_size=search_context_size,
        )
        if _none_flips:
            beta_web_search_tool._none_flips = _none_flips

        beta_web_search_tool.additional_properties = d
        return beta_web_search_tool

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

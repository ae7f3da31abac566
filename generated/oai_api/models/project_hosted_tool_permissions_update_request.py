from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate


T = TypeVar("T", bound="ProjectHostedToolPermissionsUpdateRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, HostedToolPermissionUpdate
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate

    _models_bound = True


@_attrs_define
class ProjectHostedToolPermissionsUpdateRequest:
    """Hosted tool settings to change; omit a tool to leave it as it is."""

    file_search: HostedToolPermissionUpdate | None = None
    """ New setting for file search; omit or null to keep the current one. """
    web_search: HostedToolPermissionUpdate | None = None
    """ New setting for web search; omit or null to keep the current one. """
    image_generation: HostedToolPermissionUpdate | None = None
    """ New setting for image generation; omit or null to keep the current one. """
    mcp: HostedToolPermissionUpdate | None = None
    """ New setting for MCP (remote tool servers); omit or null to keep the current one. """
    code_interpreter: HostedToolPermissionUpdate | None = None
    """ New setting for code interpreter; omit or null to keep the current one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_file_search = (
            self.file_search
            if self.file_search is not None or "file_search" in self._none_flips
            else UNSET
        )

        file_search: dict[str, Any] | None | Unset
        if isinstance(_v_file_search, Unset):
            file_search = UNSET
        elif isinstance(_v_file_search, HostedToolPermissionUpdate):
            file_search = _v_file_search.to_dict()
        else:
            file_search = _v_file_search

        _v_web_search = (
            self.web_search
            if self.web_search is not None or "web_search" in self._none_flips
            else UNSET
        )

        web_search: dict[str, Any] | None | Unset
        if isinstance(_v_web_search, Unset):
            web_search = UNSET
        elif isinstance(_v_web_search, HostedToolPermissionUpdate):
            web_search = _v_web_search.to_dict()
        else:
            web_search = _v_web_search

        _v_image_generation = (
            self.image_generation
            if self.image_generation is not None
            or "image_generation" in self._none_flips
            else UNSET
        )

        image_generation: dict[str, Any] | None | Unset
        if isinstance(_v_image_generation, Unset):
            image_generation = UNSET
        elif isinstance(_v_image_generation, HostedToolPermissionUpdate):
            image_generation = _v_image_generation.to_dict()
        else:
            image_generation = _v_image_generation

        _v_mcp = (
            self.mcp if self.mcp is not None or "mcp" in self._none_flips else UNSET
        )

        mcp: dict[str, Any] | None | Unset
        if isinstance(_v_mcp, Unset):
            mcp = UNSET
        elif isinstance(_v_mcp, HostedToolPermissionUpdate):
            mcp = _v_mcp.to_dict()
        else:
            mcp = _v_mcp

        _v_code_interpreter = (
            self.code_interpreter
            if self.code_interpreter is not None
            or "code_interpreter" in self._none_flips
            else UNSET
        )

        code_interpreter: dict[str, Any] | None | Unset
        if isinstance(_v_code_interpreter, Unset):
            code_interpreter = UNSET
        elif isinstance(_v_code_interpreter, HostedToolPermissionUpdate):
            code_interpreter = _v_code_interpreter.to_dict()
        else:
            code_interpreter = _v_code_interpreter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if file_search is not UNSET:
            field_dict["file_search"] = file_search
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if image_generation is not UNSET:
            field_dict["image_generation"] = image_generation
        if mcp is not UNSET:
            field_dict["mcp"] = mcp
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _file_search_raw = d.pop("file_search", UNSET)
        if _file_search_raw is None or isinstance(_file_search_raw, Unset):
            if _file_search_raw is None:
                _none_flips += ("file_search",)
            file_search = None

        else:

            def _parse_file_search(
                data: object,
            ) -> HostedToolPermissionUpdate | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    file_search_type_0 = HostedToolPermissionUpdate.from_dict(data)

                    return file_search_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(HostedToolPermissionUpdate | None | Unset, data)

            file_search = _parse_file_search(_file_search_raw)

        _web_search_raw = d.pop("web_search", UNSET)
        if _web_search_raw is None or isinstance(_web_search_raw, Unset):
            if _web_search_raw is None:
                _none_flips += ("web_search",)
            web_search = None

        else:

            def _parse_web_search(
                data: object,
            ) -> HostedToolPermissionUpdate | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    web_search_type_0 = HostedToolPermissionUpdate.from_dict(data)

                    return web_search_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(HostedToolPermissionUpdate | None | Unset, data)

            web_search = _parse_web_search(_web_search_raw)

        _image_generation_raw = d.pop("image_generation", UNSET)
        if _image_generation_raw is None or isinstance(_image_generation_raw, Unset):
            if _image_generation_raw is None:
                _none_flips += ("image_generation",)
            image_generation = None

        else:

            def _parse_image_generation(
                data: object,
            ) -> HostedToolPermissionUpdate | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    image_generation_type_0 = HostedToolPermissionUpdate.from_dict(data)

                    return image_generation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(HostedToolPermissionUpdate | None | Unset, data)

            image_generation = _parse_image_generation(_image_generation_raw)

        _mcp_raw = d.pop("mcp", UNSET)
        if _mcp_raw is None or isinstance(_mcp_raw, Unset):
            if _mcp_raw is None:
                _none_flips += ("mcp",)
            mcp = None

        else:

            def _parse_mcp(data: object) -> HostedToolPermissionUpdate | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    mcp_type_0 = HostedToolPermissionUpdate.from_dict(data)

                    return mcp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(HostedToolPermissionUpdate | None | Unset, data)

            mcp = _parse_mcp(_mcp_raw)

        _code_interpreter_raw = d.pop("code_interpreter", UNSET)
        if _code_interpreter_raw is None or isinstance(_code_interpreter_raw, Unset):
            if _code_interpreter_raw is None:
                _none_flips += ("code_interpreter",)
            code_interpreter = None

        else:

            def _parse_code_interpreter(
                data: object,
            ) -> HostedToolPermissionUpdate | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    code_interpreter_type_0 = HostedToolPermissionUpdate.from_dict(data)

                    return code_interpreter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(HostedToolPermissionUpdate | None | Unset, data)

            code_interpreter = _parse_code_interpreter(_code_interpreter_raw)

        project_hosted_tool_permissions_update_request = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
        )
        if _none_flips:
            project_hosted_tool_permissions_update_request._none_flips = _none_flips

        project_hosted_tool_permissions_update_request.additional_properties = d
        return project_hosted_tool_permissions_update_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.hosted_tool_permission import HostedToolPermission


T = TypeVar("T", bound="ProjectHostedToolPermissions")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, HostedToolPermission
    from ..models.hosted_tool_permission import HostedToolPermission

    _models_bound = True


@_attrs_define
class ProjectHostedToolPermissions:
    """Per-tool access settings of a project: file search, web search, image generation, MCP and code interpreter."""

    file_search: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    web_search: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    image_generation: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    mcp: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
    code_interpreter: HostedToolPermission
    """ Whether one hosted tool may be used in a project. """
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
            if self.file_search is not None or "file_search" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_search, HostedToolPermission):
            file_search = _v_file_search
        else:
            file_search = _v_file_search.to_dict()

        _v_web_search = (
            self.web_search
            if self.web_search is not None or "web_search" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_web_search, HostedToolPermission):
            web_search = _v_web_search
        else:
            web_search = _v_web_search.to_dict()

        _v_image_generation = (
            self.image_generation
            if self.image_generation is not None
            or "image_generation" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_image_generation, HostedToolPermission):
            image_generation = _v_image_generation
        else:
            image_generation = _v_image_generation.to_dict()

        _v_mcp = (
            self.mcp if self.mcp is not None or "mcp" not in self._none_flips else UNSET
        )

        if not isinstance(_v_mcp, HostedToolPermission):
            mcp = _v_mcp
        else:
            mcp = _v_mcp.to_dict()

        _v_code_interpreter = (
            self.code_interpreter
            if self.code_interpreter is not None
            or "code_interpreter" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_code_interpreter, HostedToolPermission):
            code_interpreter = _v_code_interpreter
        else:
            code_interpreter = _v_code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "file_search": file_search,
                    "web_search": web_search,
                    "image_generation": image_generation,
                    "mcp": mcp,
                    "code_interpreter": code_interpreter,
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
        _file_search_raw = d.pop("file_search", UNSET)
        if _file_search_raw is None or isinstance(_file_search_raw, Unset):
            if strict_parsing.get():
                raise KeyError("file_search")

            if _file_search_raw is UNSET:
                _none_flips += ("file_search",)
            file_search = None

        else:
            try:
                file_search = HostedToolPermission.from_dict(_file_search_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_search = _file_search_raw

        _web_search_raw = d.pop("web_search", UNSET)
        if _web_search_raw is None or isinstance(_web_search_raw, Unset):
            if strict_parsing.get():
                raise KeyError("web_search")

            if _web_search_raw is UNSET:
                _none_flips += ("web_search",)
            web_search = None

        else:
            try:
                web_search = HostedToolPermission.from_dict(_web_search_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                web_search = _web_search_raw

        _image_generation_raw = d.pop("image_generation", UNSET)
        if _image_generation_raw is None or isinstance(_image_generation_raw, Unset):
            if strict_parsing.get():
                raise KeyError("image_generation")

            if _image_generation_raw is UNSET:
                _none_flips += ("image_generation",)
            image_generation = None

        else:
            try:
                image_generation = HostedToolPermission.from_dict(_image_generation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                image_generation = _image_generation_raw

        _mcp_raw = d.pop("mcp", UNSET)
        if _mcp_raw is None or isinstance(_mcp_raw, Unset):
            if strict_parsing.get():
                raise KeyError("mcp")

            if _mcp_raw is UNSET:
                _none_flips += ("mcp",)
            mcp = None

        else:
            try:
                mcp = HostedToolPermission.from_dict(_mcp_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                mcp = _mcp_raw

        _code_interpreter_raw = d.pop("code_interpreter", UNSET)
        if _code_interpreter_raw is None or isinstance(_code_interpreter_raw, Unset):
            if strict_parsing.get():
                raise KeyError("code_interpreter")

            if _code_interpreter_raw is UNSET:
                _none_flips += ("code_interpreter",)
            code_interpreter = None

        else:
            try:
                code_interpreter = HostedToolPermission.from_dict(_code_interpreter_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                code_interpreter = _code_interpreter_raw

        project_hosted_tool_permissions = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
        )
        if _none_flips:
            project_hosted_tool_permissions._none_flips = _none_flips

        project_hosted_tool_permissions.additional_properties = d
        return project_hosted_tool_permissions

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, strict_parsing

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0,
    )
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema


T = TypeVar("T", bound="MCPListToolsTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, MCPListToolsToolAnnotationsType0, MCPListToolsToolInputSchema
    from ..models.mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0,
    )
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema

    _models_bound = True


@_attrs_define
class MCPListToolsTool:
    """One tool of an MCP server."""

    name: str
    """ Name of the tool. """
    input_schema: MCPListToolsToolInputSchema
    """ JSON schema of the tool's arguments. """
    description: None | str | Unset = UNSET
    """ What the tool does. """
    annotations: MCPListToolsToolAnnotationsType0 | None | Unset = UNSET
    """ Extra hints the server gives about the tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        name = self.name

        if not isinstance(self.input_schema, MCPListToolsToolInputSchema):
            input_schema = self.input_schema
        else:
            input_schema = self.input_schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, MCPListToolsToolAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "name": name,
                    "input_schema": input_schema,
                }.items()
                if v is not UNSET
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        _input_schema_raw = d.pop("input_schema", UNSET)
        if _input_schema_raw is None or isinstance(_input_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("input_schema")

            input_schema = _input_schema_raw
        else:
            try:
                input_schema = MCPListToolsToolInputSchema.from_dict(_input_schema_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_schema = _input_schema_raw

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            description = _description_raw
        else:
            try:

                def _parse_description(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                description = _parse_description(_description_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                description = _description_raw

        _annotations_raw = d.pop("annotations", UNSET)
        if _annotations_raw is None or isinstance(_annotations_raw, Unset):
            annotations = _annotations_raw
        else:
            try:

                def _parse_annotations(
                    data: object,
                ) -> MCPListToolsToolAnnotationsType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        annotations_type_0 = MCPListToolsToolAnnotationsType0.from_dict(
                            data
                        )

                        return annotations_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MCPListToolsToolAnnotationsType0 | None | Unset, data)

                annotations = _parse_annotations(_annotations_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotations = _annotations_raw

        mcp_list_tools_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
        )

        mcp_list_tools_tool.additional_properties = d
        return mcp_list_tools_tool

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

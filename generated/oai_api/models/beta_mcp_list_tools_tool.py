from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_mcp_list_tools_tool_annotations_type_0 import (
        BetaMCPListToolsToolAnnotationsType0,
    )
    from ..models.beta_mcp_list_tools_tool_input_schema import (
        BetaMCPListToolsToolInputSchema,
    )


T = TypeVar("T", bound="BetaMCPListToolsTool")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaMCPListToolsToolAnnotationsType0, \
        BetaMCPListToolsToolInputSchema
    from ..models.beta_mcp_list_tools_tool_annotations_type_0 import (
        BetaMCPListToolsToolAnnotationsType0,
    )
    from ..models.beta_mcp_list_tools_tool_input_schema import (
        BetaMCPListToolsToolInputSchema,
    )

    _models_bound = True


@_attrs_define
class BetaMCPListToolsTool:
    """One tool advertised by an MCP server: its name, summary and input schema."""

    name: str
    """ Name used to call the tool. """
    input_schema: BetaMCPListToolsToolInputSchema
    """ JSON Schema for the arguments the tool accepts. """
    description: None | str = None
    """ What the tool does, as reported by the server; may be None. """
    annotations: BetaMCPListToolsToolAnnotationsType0 | None = None
    """ Extra metadata the server attached to the tool, if any. """
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

        _v_input_schema = (
            self.input_schema
            if self.input_schema is not None or "input_schema" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_schema, BetaMCPListToolsToolInputSchema):
            input_schema = _v_input_schema
        else:
            input_schema = _v_input_schema.to_dict()

        _v_description = (
            self.description
            if self.description is not None or "description" in self._none_flips
            else UNSET
        )

        description: None | str | Unset
        if isinstance(_v_description, Unset):
            description = UNSET
        else:
            description = _v_description

        _v_annotations = (
            self.annotations
            if self.annotations is not None or "annotations" in self._none_flips
            else UNSET
        )

        annotations: dict[str, Any] | None | Unset
        if isinstance(_v_annotations, Unset):
            annotations = UNSET
        elif isinstance(_v_annotations, BetaMCPListToolsToolAnnotationsType0):
            annotations = _v_annotations.to_dict()
        else:
            annotations = _v_annotations

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
        _none_flips: tuple[str, ...] = ()
        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _input_schema_raw = d.pop("input_schema", UNSET)
        if _input_schema_raw is None or isinstance(_input_schema_raw, Unset):
            if strict_parsing.get():
                raise KeyError("input_schema")

            if _input_schema_raw is UNSET:
                _none_flips += ("input_schema",)
            input_schema = None

        else:
            try:
                input_schema = BetaMCPListToolsToolInputSchema.from_dict(
                    _input_schema_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_schema = _input_schema_raw

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            if _description_raw is None:
                _none_flips += ("description",)
            description = None

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
            if _annotations_raw is None:
                _none_flips += ("annotations",)
            annotations = None

        else:
            try:

                def _parse_annotations(
                    data: object,
                ) -> BetaMCPListToolsToolAnnotationsType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        annotations_type_0 = (
                            BetaMCPListToolsToolAnnotationsType0.from_dict(data)
                        )

                        return annotations_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaMCPListToolsToolAnnotationsType0 | None | Unset, data
                    )

                annotations = _parse_annotations(_annotations_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                annotations = _annotations_raw

        beta_mcp_list_tools_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
        )
        if _none_flips:
            beta_mcp_list_tools_tool._none_flips = _none_flips

        beta_mcp_list_tools_tool.additional_properties = d
        return beta_mcp_list_tools_tool

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_object_object import (
    AssistantObjectObject,
    check_assistant_object_object,
)
from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistant_object_tool_resources_type_0 import (
        AssistantObjectToolResourcesType0,
    )
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


T = TypeVar("T", bound="AssistantObject")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AssistantObjectToolResourcesType0, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        MetadataType0, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.assistant_object_tool_resources_type_0 import (
        AssistantObjectToolResourcesType0,
    )
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

    _models_bound = True


@_attrs_define
class AssistantObject:
    """Deprecated: an assistant, i.e. a saved model configuration with instructions and tools that runs can use."""

    id: str
    object_: AssistantObjectObject
    created_at: int
    name: None | str
    description: None | str
    model: str
    instructions: None | str
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    tool_resources: AssistantObjectToolResourcesType0 | None = None
    temperature: float | None = None
    top_p: float | None = None
    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        if _v_name is None or isinstance(_v_name, Unset):
            name = _v_name
        else:
            name: None | str
            name = _v_name

        _v_description = (
            self.description
            if self.description is not None or "description" not in self._none_flips
            else UNSET
        )

        if _v_description is None or isinstance(_v_description, Unset):
            description = _v_description
        else:
            description: None | str
            description = _v_description

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" not in self._none_flips
            else UNSET
        )

        if _v_instructions is None or isinstance(_v_instructions, Unset):
            instructions = _v_instructions
        else:
            instructions: None | str
            instructions = _v_instructions

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
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, AssistantToolsCode)
                    or isinstance(tools_item_data, AssistantToolsFileSearch)
                    or isinstance(tools_item_data, AssistantToolsFunction)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data
                tools.append(tools_item)

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_tool_resources = (
            self.tool_resources
            if self.tool_resources is not None or "tool_resources" in self._none_flips
            else UNSET
        )

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(_v_tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(_v_tool_resources, AssistantObjectToolResourcesType0):
            tool_resources = _v_tool_resources.to_dict()
        else:
            tool_resources = _v_tool_resources

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(_v_response_format, Unset):
            response_format = UNSET
        elif (
            isinstance(_v_response_format, ResponseFormatText)
            or isinstance(_v_response_format, ResponseFormatJsonObject)
            or isinstance(_v_response_format, ResponseFormatJsonSchema)
        ):
            response_format = _v_response_format.to_dict()
        else:
            response_format = _v_response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "name": name,
                    "description": description,
                    "model": model,
                    "instructions": instructions,
                    "tools": tools,
                    "metadata": metadata,
                }.items()
                if v is not UNSET
            }
        )
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_assistant_object_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if isinstance(_name_raw, Unset) and strict_parsing.get():
                raise KeyError("name")

            if _name_raw is UNSET:
                _none_flips += ("name",)
            name = None

        else:
            try:

                def _parse_name(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                name = _parse_name(_name_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                name = _name_raw

        _description_raw = d.pop("description", UNSET)
        if _description_raw is None or isinstance(_description_raw, Unset):
            if isinstance(_description_raw, Unset) and strict_parsing.get():
                raise KeyError("description")

            if _description_raw is UNSET:
                _none_flips += ("description",)
            description = None

        else:
            try:

                def _parse_description(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                description = _parse_description(_description_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                description = _description_raw

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _instructions_raw = d.pop("instructions", UNSET)
        if _instructions_raw is None or isinstance(_instructions_raw, Unset):
            if isinstance(_instructions_raw, Unset) and strict_parsing.get():
                raise KeyError("instructions")

            if _instructions_raw is UNSET:
                _none_flips += ("instructions",)
            instructions = None

        else:
            try:

                def _parse_instructions(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                instructions = _parse_instructions(_instructions_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                instructions = _instructions_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            if _tools_raw is UNSET:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> (
                        AssistantToolsCode
                        | AssistantToolsFileSearch
                        | AssistantToolsFunction
                    ):
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
                                        AssistantToolsFileSearch.from_dict(data)
                                    )

                                    return tools_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function":
                                try:
                                    tools_item_type_2 = (
                                        AssistantToolsFunction.from_dict(data)
                                    )

                                    return tools_item_type_2
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
                                        "file_search",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "function",
                                        "type",
                                    }.intersection(data)
                                ),
                            )
                        else:
                            _fits = (
                                0,
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
                            tools_item_type_1 = AssistantToolsFileSearch.from_dict(data)

                            return tools_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function") not in ("function",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            tools_item_type_2 = AssistantToolsFunction.from_dict(data)

                            return tools_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            AssistantToolsCode
                            | AssistantToolsFileSearch
                            | AssistantToolsFunction,
                            data,
                        )

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _tool_resources_raw = d.pop("tool_resources", UNSET)
        if _tool_resources_raw is None or isinstance(_tool_resources_raw, Unset):
            if _tool_resources_raw is None:
                _none_flips += ("tool_resources",)
            tool_resources = None

        else:
            try:

                def _parse_tool_resources(
                    data: object,
                ) -> AssistantObjectToolResourcesType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_resources_type_0 = (
                            AssistantObjectToolResourcesType0.from_dict(data)
                        )

                        return tool_resources_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(AssistantObjectToolResourcesType0 | None | Unset, data)

                tool_resources = _parse_tool_resources(_tool_resources_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_resources = _tool_resources_raw

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:
            try:

                def _parse_temperature(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                temperature = _parse_temperature(_temperature_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                temperature = _temperature_raw

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:
            try:

                def _parse_top_p(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                top_p = _parse_top_p(_top_p_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_p = _top_p_raw

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:
            try:

                def _parse_response_format(
                    data: object,
                ) -> (
                    AssistantsApiResponseFormatOptionType0
                    | None
                    | ResponseFormatJsonObject
                    | ResponseFormatJsonSchema
                    | ResponseFormatText
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            try:
                                componentsschemas_assistants_api_response_format_option_type_1 = ResponseFormatText.from_dict(
                                    data
                                )

                                return componentsschemas_assistants_api_response_format_option_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_object":
                            try:
                                componentsschemas_assistants_api_response_format_option_type_2 = ResponseFormatJsonObject.from_dict(
                                    data
                                )

                                return componentsschemas_assistants_api_response_format_option_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_schema":
                            try:
                                componentsschemas_assistants_api_response_format_option_type_3 = ResponseFormatJsonSchema.from_dict(
                                    data
                                )

                                return componentsschemas_assistants_api_response_format_option_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_response_format(data)
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
                            len(
                                {
                                    "json_schema",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_0 = check_assistants_api_response_format_option_type_0(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "text") not in ("text",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_1 = ResponseFormatText.from_dict(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_object") not in ("json_object",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_2 = ResponseFormatJsonObject.from_dict(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_schema") not in ("json_schema",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_assistants_api_response_format_option_type_3 = ResponseFormatJsonSchema.from_dict(
                            data
                        )

                        return componentsschemas_assistants_api_response_format_option_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        AssistantsApiResponseFormatOptionType0
                        | None
                        | ResponseFormatJsonObject
                        | ResponseFormatJsonSchema
                        | ResponseFormatText
                        | Unset,
                        data,
                    )

                response_format = _parse_response_format(_response_format_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                response_format = _response_format_raw

        assistant_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            description=description,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            tool_resources=tool_resources,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
        )
        if _none_flips:
            assistant_object._none_flips = _none_flips

        assistant_object.additional_properties = d
        return assistant_object

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

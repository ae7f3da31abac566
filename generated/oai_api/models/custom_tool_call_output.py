from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_call_output_type import (
    CustomToolCallOutputType,
    check_custom_tool_call_output_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam


T = TypeVar("T", bound="CustomToolCallOutput")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        DirectToolCallCallerParam, \
        InputFileContent, \
        InputImageContent, \
        InputTextContent, \
        ProgramToolCallCallerParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam

    _models_bound = True


@_attrs_define
class CustomToolCallOutput:
    """The result of a custom tool call, as the caller sent it."""

    type_: CustomToolCallOutputType
    """ Fixed tag `custom_tool_call_output`. """
    call_id: str
    """ ID linking a tool call to its output. """
    output: list[InputFileContent | InputImageContent | InputTextContent] | str
    """ The tool's result: text, or text, image and file parts. """
    id: str | None = None
    """ Unique ID. """
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam = None
    """ Who issued the tool call. """
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

        _v_call_id = (
            self.call_id
            if self.call_id is not None or "call_id" not in self._none_flips
            else UNSET
        )

        call_id = _v_call_id

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if _v_output is None or isinstance(_v_output, Unset):
            output = _v_output
        else:
            output: list[dict[str, Any]] | str
            if isinstance(_v_output, list):
                output = []
                for output_type_1_item_data in _v_output:
                    output_type_1_item: dict[str, Any]
                    if (
                        isinstance(output_type_1_item_data, InputTextContent)
                        or isinstance(output_type_1_item_data, InputImageContent)
                        or isinstance(output_type_1_item_data, InputFileContent)
                    ):
                        output_type_1_item = output_type_1_item_data.to_dict()
                    else:
                        output_type_1_item = output_type_1_item_data
                    output.append(output_type_1_item)

            else:
                output = _v_output

        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_caller = (
            self.caller
            if self.caller is not None or "caller" in self._none_flips
            else UNSET
        )

        caller: dict[str, Any] | None | Unset
        if isinstance(_v_caller, Unset):
            caller = UNSET
        elif isinstance(_v_caller, DirectToolCallCallerParam) or isinstance(
            _v_caller, ProgramToolCallCallerParam
        ):
            caller = _v_caller.to_dict()
        else:
            caller = _v_caller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "call_id": call_id,
                    "output": output,
                }.items()
                if v is not UNSET
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if caller is not UNSET:
            field_dict["caller"] = caller

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
                type_ = check_custom_tool_call_output_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        call_id = d.pop("call_id", UNSET)
        if (call_id is None or isinstance(call_id, Unset)) and strict_parsing.get():
            raise KeyError("call_id")

        if call_id is None or call_id is UNSET:
            if call_id is UNSET:
                _none_flips += ("call_id",)
            call_id = None

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:

                def _parse_output(
                    data: object,
                ) -> (
                    list[InputFileContent | InputImageContent | InputTextContent] | str
                ):

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        output_type_1 = []
                        _output_type_1 = data
                        if not isinstance(_output_type_1, list):
                            raise TypeError()
                        for output_type_1_item_data in _output_type_1:

                            def _parse_output_type_1_item(
                                data: object,
                            ) -> (
                                InputFileContent | InputImageContent | InputTextContent
                            ):
                                if isinstance(data, dict):
                                    if data.get("type") == "input_text":
                                        try:
                                            componentsschemas_function_and_custom_tool_call_output_type_0 = InputTextContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_function_and_custom_tool_call_output_type_0
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_image":
                                        try:
                                            componentsschemas_function_and_custom_tool_call_output_type_1 = InputImageContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_function_and_custom_tool_call_output_type_1
                                        except (
                                            TypeError,
                                            ValueError,
                                            AttributeError,
                                            KeyError,
                                        ):
                                            pass
                                    if data.get("type") == "input_file":
                                        try:
                                            componentsschemas_function_and_custom_tool_call_output_type_2 = InputFileContent.from_dict(
                                                data
                                            )

                                            return componentsschemas_function_and_custom_tool_call_output_type_2
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
                                        return _parse_output_type_1_item(data)
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                    finally:
                                        strict_parsing.reset(strictly)
                                if isinstance(data, dict):
                                    _fits = (
                                        len(
                                            {
                                                "prompt_cache_breakpoint",
                                                "text",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "detail",
                                                "file_id",
                                                "image_url",
                                                "prompt_cache_breakpoint",
                                                "type",
                                            }.intersection(data)
                                        ),
                                        len(
                                            {
                                                "detail",
                                                "file_data",
                                                "file_id",
                                                "file_url",
                                                "filename",
                                                "prompt_cache_breakpoint",
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
                                    if data.get("type", "input_text") not in (
                                        "input_text",
                                    ):
                                        raise TypeError()
                                    if _fits[0] < _most:
                                        raise TypeError()
                                    componentsschemas_function_and_custom_tool_call_output_type_0 = InputTextContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_function_and_custom_tool_call_output_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_image") not in (
                                        "input_image",
                                    ):
                                        raise TypeError()
                                    if _fits[1] < _most:
                                        raise TypeError()
                                    componentsschemas_function_and_custom_tool_call_output_type_1 = InputImageContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_function_and_custom_tool_call_output_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "input_file") not in (
                                        "input_file",
                                    ):
                                        raise TypeError()
                                    if _fits[2] < _most:
                                        raise TypeError()
                                    componentsschemas_function_and_custom_tool_call_output_type_2 = InputFileContent.from_dict(
                                        data
                                    )

                                    return componentsschemas_function_and_custom_tool_call_output_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                if strict_parsing.get():
                                    raise TypeError()
                                return cast(
                                    InputFileContent
                                    | InputImageContent
                                    | InputTextContent,
                                    data,
                                )

                            output_type_1_item = _parse_output_type_1_item(
                                output_type_1_item_data
                            )

                            output_type_1.append(output_type_1_item)

                        return output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[InputFileContent | InputImageContent | InputTextContent]
                        | str,
                        data,
                    )

                output = _parse_output(_output_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        _caller_raw = d.pop("caller", UNSET)
        if _caller_raw is None or isinstance(_caller_raw, Unset):
            if _caller_raw is None:
                _none_flips += ("caller",)
            caller = None

        else:
            try:

                def _parse_caller(
                    data: object,
                ) -> (
                    DirectToolCallCallerParam
                    | None
                    | ProgramToolCallCallerParam
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "direct":
                            try:
                                componentsschemas_tool_call_caller_param_type_0 = (
                                    DirectToolCallCallerParam.from_dict(data)
                                )

                                return componentsschemas_tool_call_caller_param_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_tool_call_caller_param_type_1 = (
                                    ProgramToolCallCallerParam.from_dict(data)
                                )

                                return componentsschemas_tool_call_caller_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_caller(data)
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
                                    "caller_id",
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
                        if data.get("type", "direct") not in ("direct",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_tool_call_caller_param_type_0 = (
                            DirectToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_tool_call_caller_param_type_1 = (
                            ProgramToolCallCallerParam.from_dict(data)
                        )

                        return componentsschemas_tool_call_caller_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        DirectToolCallCallerParam
                        | None
                        | ProgramToolCallCallerParam
                        | Unset,
                        data,
                    )

                caller = _parse_caller(_caller_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                caller = _caller_raw

        custom_tool_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            caller=caller,
        )
        if _none_flips:
            custom_tool_call_output._none_flips = _none_flips

        custom_tool_call_output.additional_properties = d
        return custom_tool_call_output

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

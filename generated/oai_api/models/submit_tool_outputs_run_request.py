from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )


T = TypeVar("T", bound="SubmitToolOutputsRunRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, SubmitToolOutputsRunRequestToolOutputsItem
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )

    _models_bound = True


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Body carrying the results of the tool calls a run is waiting for."""

    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """ One entry per tool call being answered. """
    stream: bool | None = None
    """ When true, the resumed run's events arrive as server-sent events, ending with `data: [DONE]`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_tool_outputs = (
            self.tool_outputs
            if self.tool_outputs is not None or "tool_outputs" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tool_outputs, list):
            tool_outputs = _v_tool_outputs
        else:
            tool_outputs = []
            for tool_outputs_item_data in _v_tool_outputs:
                if not isinstance(
                    tool_outputs_item_data, SubmitToolOutputsRunRequestToolOutputsItem
                ):
                    tool_outputs.append(tool_outputs_item_data)
                    continue
                tool_outputs_item = tool_outputs_item_data.to_dict()
                tool_outputs.append(tool_outputs_item)

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "tool_outputs": tool_outputs,
                }.items()
                if v is not UNSET
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _tool_outputs_raw = d.pop("tool_outputs", UNSET)
        if _tool_outputs_raw is None or isinstance(_tool_outputs_raw, Unset):
            raise KeyError(
                "SubmitToolOutputsRunRequest: required field tool_outputs is missing"
            )

        else:
            tool_outputs = []
            _tool_outputs = _tool_outputs_raw
            if not isinstance(_tool_outputs, list):
                raise TypeError()
            for tool_outputs_item_data in _tool_outputs:
                tool_outputs_item = (
                    SubmitToolOutputsRunRequestToolOutputsItem.from_dict(
                        tool_outputs_item_data
                    )
                )

                tool_outputs.append(tool_outputs_item)

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

        else:

            def _parse_stream(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            stream = _parse_stream(_stream_raw)

        submit_tool_outputs_run_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )
        if _none_flips:
            submit_tool_outputs_run_request._none_flips = _none_flips

        return submit_tool_outputs_run_request

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )


@_attrs_define(repr=False)
class SubmitToolOutputsRunRequest(_Model):
    """Body carrying the results of the tool calls a run is waiting for."""

    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """ One entry per tool call being answered. """
    stream: bool | None = None
    """ When true, the resumed run's events arrive as server-sent events, ending with `data: [DONE]`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("stream", "tool_outputs")

    @staticmethod
    def _fields() -> Table:
        from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
            SubmitToolOutputsRunRequestToolOutputsItem,
        )

        return fields(
            (
                "tool_outputs",
                "tool_outputs",
                REQUIRED,
                list_of(SubmitToolOutputsRunRequestToolOutputsItem),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            extra=DROP,
            strict=True,
        )

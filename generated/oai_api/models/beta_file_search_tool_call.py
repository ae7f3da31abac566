from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_file_search_tool_call_status import (
    BetaFileSearchToolCallStatus,
    check_beta_file_search_tool_call_status,
)
from ..models.beta_file_search_tool_call_type import (
    BetaFileSearchToolCallType,
    check_beta_file_search_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_file_search_tool_call_results_type_0_item import (
        BetaFileSearchToolCallResultsType0Item,
    )


@_attrs_define(repr=False)
class BetaFileSearchToolCall(_OpenModel):
    """A file search the model ran, with its queries and (if requested) results."""

    id: str
    """ Unique ID. """
    type_: BetaFileSearchToolCallType
    """ Fixed tag `file_search_call`. """
    status: BetaFileSearchToolCallStatus
    """ Goes through `in_progress` and `searching` to `completed`, or ends as `incomplete` or `failed`. """
    queries: list[str]
    """ Queries the model searched for. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    results: list[BetaFileSearchToolCallResultsType0Item] | None = None
    """ Matching file chunks, when requested with `include`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "id", "queries", "results", "status", "type")
    _tags = {"type": ("file_search_call",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_file_search_tool_call_results_type_0_item import (
            BetaFileSearchToolCallResultsType0Item,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_beta_file_search_tool_call_type),
            ("status", "status", REQUIRED, check_beta_file_search_tool_call_status),
            ("queries", "queries", REQUIRED, list_of(None)),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            (
                "results",
                "results",
                OPTIONAL_OR_NULL,
                one_of(list_of(BetaFileSearchToolCallResultsType0Item), None),
            ),
        )

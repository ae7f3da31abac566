from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_image_gen_tool_call_status import (
    BetaImageGenToolCallStatus,
    check_beta_image_gen_tool_call_status,
)
from ..models.beta_image_gen_tool_call_type import (
    BetaImageGenToolCallType,
    check_beta_image_gen_tool_call_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaImageGenToolCall(_OpenModel):
    """An image the image generation tool produced (base64 in `result`)."""

    type_: BetaImageGenToolCallType
    """ Fixed tag `image_generation_call`. """
    id: str
    """ Unique ID. """
    status: BetaImageGenToolCallStatus
    """ Progress state: `in_progress`, `generating`, `completed` or `failed`. """
    result: None | str
    """ Base64 image data. """
    agent: BetaAgentTag | None = None
    """ In multi-agent runs, the agent this item came from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "id", "result", "status", "type")
    _tags = {"type": ("image_generation_call",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_image_gen_tool_call_type),
            ("id", "id", REQUIRED, None),
            ("status", "status", REQUIRED, check_beta_image_gen_tool_call_status),
            ("result", "result", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )

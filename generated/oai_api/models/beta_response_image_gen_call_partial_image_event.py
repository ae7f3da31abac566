from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_image_gen_call_partial_image_event_type import (
    BetaResponseImageGenCallPartialImageEventType,
    check_beta_response_image_gen_call_partial_image_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag


@_attrs_define(repr=False)
class BetaResponseImageGenCallPartialImageEvent(_OpenModel):
    """Stream event carrying a base64 preview image produced partway through generation."""

    type_: BetaResponseImageGenCallPartialImageEventType

    output_index: int

    item_id: str

    sequence_number: int

    partial_image_index: int

    partial_image_b64: str

    agent: BetaAgentTag | None = None

    size: str | None = None

    quality: str | None = None

    background: str | None = None

    output_format: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "background",
        "item_id",
        "output_format",
        "output_index",
        "partial_image_b64",
        "partial_image_index",
        "quality",
        "sequence_number",
        "size",
        "type",
    )
    _tags = {"type": ("response.image_generation_call.partial_image",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_image_gen_call_partial_image_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("partial_image_index", "partial_image_index", REQUIRED, None),
            ("partial_image_b64", "partial_image_b64", REQUIRED, None),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("size", "size", OPTIONAL, None),
            ("quality", "quality", OPTIONAL, None),
            ("background", "background", OPTIONAL, None),
            ("output_format", "output_format", OPTIONAL, None),
        )

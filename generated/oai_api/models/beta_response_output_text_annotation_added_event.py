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
from ..models.beta_response_output_text_annotation_added_event_type import (
    BetaResponseOutputTextAnnotationAddedEventType,
    check_beta_response_output_text_annotation_added_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody
    from ..models.beta_file_citation_body import BetaFileCitationBody
    from ..models.beta_file_path import BetaFilePath
    from ..models.beta_url_citation_body import BetaUrlCitationBody


@_attrs_define(repr=False)
class BetaResponseOutputTextAnnotationAddedEvent(_OpenModel):
    """Stream event: a citation or other annotation was attached to output text."""

    type_: BetaResponseOutputTextAnnotationAddedEventType

    item_id: str

    output_index: int

    content_index: int

    annotation_index: int

    sequence_number: int

    annotation: (
        BetaContainerFileCitationBody
        | BetaFileCitationBody
        | BetaFilePath
        | BetaUrlCitationBody
        | None
    )

    agent: BetaAgentTag | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "agent",
        "annotation",
        "annotation_index",
        "content_index",
        "item_id",
        "output_index",
        "sequence_number",
        "type",
    )
    _tags = {"type": ("response.output_text.annotation.added",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_output_text_annotation_added_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("annotation_index", "annotation_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "annotation",
                "annotation",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "beta_file_citation_body",
                        "BetaFileCitationBody",
                        ("type", "file_citation"),
                    ),
                    member(
                        "beta_url_citation_body",
                        "BetaUrlCitationBody",
                        ("type", "url_citation"),
                    ),
                    member(
                        "beta_container_file_citation_body",
                        "BetaContainerFileCitationBody",
                        ("type", "container_file_citation"),
                    ),
                    member("beta_file_path", "BetaFilePath", ("type", "file_path")),
                    None,
                ),
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
        )

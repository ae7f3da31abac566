from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_output_text_content_type import (
    BetaOutputTextContentType,
    check_beta_output_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_container_file_citation_body import BetaContainerFileCitationBody
    from ..models.beta_file_citation_body import BetaFileCitationBody
    from ..models.beta_file_path import BetaFilePath
    from ..models.beta_log_prob import BetaLogProb
    from ..models.beta_url_citation_body import BetaUrlCitationBody


@_attrs_define(repr=False)
class BetaOutputTextContent(_OpenModel):
    """A block of text written by the model, with citations and optional log probabilities."""

    type_: BetaOutputTextContentType
    """ Fixed tag `output_text`. """
    text: str
    """ The generated text. """
    annotations: list[
        BetaContainerFileCitationBody
        | BetaFileCitationBody
        | BetaFilePath
        | BetaUrlCitationBody
    ]
    """ Citations and other markers attached to spans of the text. """
    logprobs: list[BetaLogProb]
    """ Per-token log probabilities, when they were requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "logprobs", "text", "type")
    _tags = {"type": ("output_text",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_log_prob import BetaLogProb

        return fields(
            ("type_", "type", REQUIRED, check_beta_output_text_content_type),
            ("text", "text", REQUIRED, None),
            (
                "annotations",
                "annotations",
                REQUIRED,
                list_of(
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
                    )
                ),
            ),
            ("logprobs", "logprobs", REQUIRED, list_of(BetaLogProb)),
        )

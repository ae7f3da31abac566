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
from ..models.output_text_content_type import (
    OutputTextContentType,
    check_output_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.log_prob import LogProb
    from ..models.url_citation_body import UrlCitationBody


@_attrs_define(repr=False)
class OutputTextContent(_OpenModel):
    """Text written by the model, with annotations and optional log probabilities."""

    type_: OutputTextContentType
    """ Fixed tag `output_text`. """
    text: str
    """ The text. """
    annotations: list[
        ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody
    ]
    """ Citations and file references in the text. """
    logprobs: list[LogProb]
    """ Token log probabilities, when requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "logprobs", "text", "type")
    _tags = {"type": ("output_text",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.log_prob import LogProb

        return fields(
            ("type_", "type", REQUIRED, check_output_text_content_type),
            ("text", "text", REQUIRED, None),
            (
                "annotations",
                "annotations",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "file_citation_body",
                            "FileCitationBody",
                            ("type", "file_citation"),
                        ),
                        member(
                            "url_citation_body",
                            "UrlCitationBody",
                            ("type", "url_citation"),
                        ),
                        member(
                            "container_file_citation_body",
                            "ContainerFileCitationBody",
                            ("type", "container_file_citation"),
                        ),
                        member("file_path", "FilePath", ("type", "file_path")),
                    )
                ),
            ),
            ("logprobs", "logprobs", REQUIRED, list_of(LogProb)),
        )

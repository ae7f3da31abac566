from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_output_text_content_param_type import (
    BetaOutputTextContentParamType,
    check_beta_output_text_content_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_container_file_citation_param import (
        BetaContainerFileCitationParam,
    )
    from ..models.beta_file_citation_param import BetaFileCitationParam
    from ..models.beta_url_citation_param import BetaUrlCitationParam


@_attrs_define(repr=False)
class BetaOutputTextContentParam(_OpenModel):
    """Assistant text passed back as input, with optional citations."""

    type_: BetaOutputTextContentParamType
    """ Fixed tag `output_text`. """
    text: str
    """ The text itself, up to 10 MiB. """
    annotations: (
        list[
            BetaContainerFileCitationParam
            | BetaFileCitationParam
            | BetaUrlCitationParam
        ]
        | None
    ) = None
    """ File, URL or container-file citations attached to the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("annotations", "text", "type")
    _tags = {"type": ("output_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_output_text_content_param_type),
            ("text", "text", REQUIRED, None),
            (
                "annotations",
                "annotations",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "beta_file_citation_param",
                            "BetaFileCitationParam",
                            ("type", "file_citation"),
                        ),
                        member(
                            "beta_url_citation_param",
                            "BetaUrlCitationParam",
                            ("type", "url_citation"),
                        ),
                        member(
                            "beta_container_file_citation_param",
                            "BetaContainerFileCitationParam",
                            ("type", "container_file_citation"),
                        ),
                    )
                ),
            ),
        )

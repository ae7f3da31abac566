from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_completion_response_object import (
    CreateCompletionResponseObject,
    check_create_completion_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.completion_usage import CompletionUsage
    from ..models.create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )


@_attrs_define(repr=False)
class CreateCompletionResponse(_OpenModel):
    """Result of a legacy completion request."""

    id: str
    """ Unique ID. """
    choices: list[CreateCompletionResponseChoicesItem]
    """ The completions, one per prompt and `n`. """
    created: int
    """ When the completion was created (Unix seconds). """
    model: str
    """ Model that produced the completion. """
    object_: CreateCompletionResponseObject
    """ Fixed tag `text_completion`. """
    system_fingerprint: str | None = None
    """ Backend configuration the request ran on. """
    usage: CompletionUsage | None = None
    """ Token counts for the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "choices",
        "created",
        "id",
        "model",
        "object",
        "system_fingerprint",
        "usage",
    )
    _tags = {"object": ("text_completion",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.completion_usage import CompletionUsage
        from ..models.create_completion_response_choices_item import (
            CreateCompletionResponseChoicesItem,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "choices",
                "choices",
                REQUIRED,
                list_of(CreateCompletionResponseChoicesItem),
            ),
            ("created", "created", REQUIRED, None),
            ("model", "model", REQUIRED, None),
            ("object_", "object", REQUIRED, check_create_completion_response_object),
            ("system_fingerprint", "system_fingerprint", OPTIONAL, None),
            ("usage", "usage", OPTIONAL, CompletionUsage),
        )

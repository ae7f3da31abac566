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
from ..models.eval_responses_source_type import (
    EvalResponsesSourceType,
    check_eval_responses_source_type,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.eval_responses_source_metadata_type_0 import (
        EvalResponsesSourceMetadataType0,
    )


@_attrs_define(repr=False)
class EvalResponsesSource(_OpenModel):
    """Run source that selects stored Responses API responses by filters such as model, time range and users."""

    type_: EvalResponsesSourceType
    """ Always `responses` for this source. """
    metadata: EvalResponsesSourceMetadataType0 | None = None
    """ Only use responses whose metadata matches these pairs; None means no metadata filter. """
    model: None | str = None
    """ Only use responses from this model; None means any model. """
    instructions_search: None | str = None
    """ Only use responses whose `instructions` contain this text. """
    created_after: int | None = None
    """ Only use responses created at or after this Unix time (seconds). """
    created_before: int | None = None
    """ Only use responses created at or before this Unix time (seconds). """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ Only use responses made with this reasoning effort. """
    temperature: float | None = None
    """ Only use responses made with this sampling temperature. """
    top_p: float | None = None
    """ Only use responses made with this `top_p` value. """
    users: list[str] | None = None
    """ Only use responses from these user identifiers. """
    tools: list[str] | None = None
    """ Only use responses that used these tools, given by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_after",
        "created_before",
        "instructions_search",
        "metadata",
        "model",
        "reasoning_effort",
        "temperature",
        "tools",
        "top_p",
        "type",
        "users",
    )
    _tags = {"type": ("responses",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_eval_responses_source_type),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "eval_responses_source_metadata_type_0",
                        "EvalResponsesSourceMetadataType0",
                    ),
                    None,
                ),
            ),
            ("model", "model", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "instructions_search",
                "instructions_search",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("created_after", "created_after", OPTIONAL_OR_NULL, one_of(int, None)),
            ("created_before", "created_before", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("users", "users", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
            ("tools", "tools", OPTIONAL_OR_NULL, one_of(list_of(None), None)),
        )

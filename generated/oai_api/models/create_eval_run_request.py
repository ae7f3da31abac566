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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_completions_run_data_source import (
        CreateEvalCompletionsRunDataSource,
    )
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import (
        CreateEvalResponsesRunDataSource,
    )
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateEvalRunRequest(_OpenModel):
    """Settings for a new run of an eval: an optional name and metadata, and the data source to test."""

    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
    )
    """ What the run tests: a JSONL dataset, or a model to sample via Chat Completions or Responses. """
    name: str | None = None
    """ Human-readable name for the run. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data_source", "metadata", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "data_source",
                "data_source",
                REQUIRED,
                one_of(
                    member(
                        "create_eval_jsonl_run_data_source",
                        "CreateEvalJsonlRunDataSource",
                        ("type", "jsonl"),
                    ),
                    member(
                        "create_eval_completions_run_data_source",
                        "CreateEvalCompletionsRunDataSource",
                        ("type", "completions"),
                    ),
                    member(
                        "create_eval_responses_run_data_source",
                        "CreateEvalResponsesRunDataSource",
                        ("type", "responses"),
                    ),
                ),
            ),
            ("name", "name", OPTIONAL, None),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            strict=True,
        )

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_eval_responses_run_data_source_type import (
    CreateEvalResponsesRunDataSourceType,
    check_create_eval_responses_run_data_source_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_eval_responses_run_data_source_input_messages_type_0 import (
        CreateEvalResponsesRunDataSourceInputMessagesType0,
    )
    from ..models.create_eval_responses_run_data_source_input_messages_type_1 import (
        CreateEvalResponsesRunDataSourceInputMessagesType1,
    )
    from ..models.create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource
    from ..models.eval_responses_source import EvalResponsesSource


@_attrs_define(repr=False)
class CreateEvalResponsesRunDataSource(_OpenModel):
    """Run data source that samples a model through the Responses API, with its prompt, sampling settings and item source."""

    type_: CreateEvalResponsesRunDataSourceType
    """ Always `responses`: items are answered by a model via the Responses API. """
    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource
    """ Where the data items come from: inline JSONL content, an uploaded JSONL file, or a query over stored
    responses. """
    input_messages: (
        CreateEvalResponsesRunDataSourceInputMessagesType0
        | CreateEvalResponsesRunDataSourceInputMessagesType1
        | None
    ) = None
    """ How to build the model's prompt: either a message template filled from `item`, or a reference to messages
    already stored in each item. """
    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = None
    """ Sampling settings used when generating the model's outputs. """
    model: str | None = None
    """ Model that generates the samples, e.g. `o3-mini`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_messages", "model", "sampling_params", "source", "type")
    _tags = {"type": ("responses",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.create_eval_responses_run_data_source_sampling_params import (
            CreateEvalResponsesRunDataSourceSamplingParams,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_eval_responses_run_data_source_type,
            ),
            (
                "source",
                "source",
                REQUIRED,
                one_of(
                    member(
                        "eval_jsonl_file_content_source",
                        "EvalJsonlFileContentSource",
                        ("type", "file_content"),
                    ),
                    member(
                        "eval_jsonl_file_id_source",
                        "EvalJsonlFileIdSource",
                        ("type", "file_id"),
                    ),
                    member(
                        "eval_responses_source",
                        "EvalResponsesSource",
                        ("type", "responses"),
                    ),
                ),
            ),
            (
                "input_messages",
                "input_messages",
                OPTIONAL,
                one_of(
                    member(
                        "create_eval_responses_run_data_source_input_messages_type_0",
                        "CreateEvalResponsesRunDataSourceInputMessagesType0",
                        ("type", "template"),
                    ),
                    member(
                        "create_eval_responses_run_data_source_input_messages_type_1",
                        "CreateEvalResponsesRunDataSourceInputMessagesType1",
                        ("type", "item_reference"),
                    ),
                ),
            ),
            (
                "sampling_params",
                "sampling_params",
                OPTIONAL,
                CreateEvalResponsesRunDataSourceSamplingParams,
            ),
            ("model", "model", OPTIONAL, None),
        )

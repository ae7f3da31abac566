from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_eval_responses_run_data_source_type import (
    CreateEvalResponsesRunDataSourceType,
    check_create_eval_responses_run_data_source_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="CreateEvalResponsesRunDataSource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateEvalResponsesRunDataSourceInputMessagesType0, \
        CreateEvalResponsesRunDataSourceInputMessagesType1, \
        CreateEvalResponsesRunDataSourceSamplingParams, \
        EvalJsonlFileContentSource, \
        EvalJsonlFileIdSource, \
        EvalResponsesSource
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

    _models_bound = True


@_attrs_define
class CreateEvalResponsesRunDataSource:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_source = (
            self.source
            if self.source is not None or "source" not in self._none_flips
            else UNSET
        )

        if _v_source is None or isinstance(_v_source, Unset):
            source = _v_source
        else:
            source: dict[str, Any]
            if (
                isinstance(_v_source, EvalJsonlFileContentSource)
                or isinstance(_v_source, EvalJsonlFileIdSource)
                or isinstance(_v_source, EvalResponsesSource)
            ):
                source = _v_source.to_dict()
            else:
                source = _v_source

        _v_input_messages = (
            self.input_messages
            if self.input_messages is not None or "input_messages" in self._none_flips
            else UNSET
        )

        if _v_input_messages is None or isinstance(_v_input_messages, Unset):
            input_messages = _v_input_messages
        else:
            input_messages: dict[str, Any] | Unset
            if isinstance(_v_input_messages, Unset):
                input_messages = UNSET
            elif isinstance(
                _v_input_messages, CreateEvalResponsesRunDataSourceInputMessagesType0
            ) or isinstance(
                _v_input_messages, CreateEvalResponsesRunDataSourceInputMessagesType1
            ):
                input_messages = _v_input_messages.to_dict()
            else:
                input_messages = _v_input_messages

        _v_sampling_params = (
            self.sampling_params
            if self.sampling_params is not None or "sampling_params" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_sampling_params, CreateEvalResponsesRunDataSourceSamplingParams
        ):
            sampling_params = _v_sampling_params
        else:
            sampling_params: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_sampling_params, Unset):
                sampling_params = _v_sampling_params.to_dict()

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model = _v_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "source": source,
                }.items()
                if v is not UNSET
            }
        )
        if input_messages is not UNSET:
            field_dict["input_messages"] = input_messages
        if sampling_params is not UNSET:
            field_dict["sampling_params"] = sampling_params
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_create_eval_responses_run_data_source_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _source_raw = d.pop("source", UNSET)
        if _source_raw is None or isinstance(_source_raw, Unset):
            if strict_parsing.get():
                raise KeyError("source")

            if _source_raw is UNSET:
                _none_flips += ("source",)
            source = None

        else:
            try:

                def _parse_source(
                    data: object,
                ) -> (
                    EvalJsonlFileContentSource
                    | EvalJsonlFileIdSource
                    | EvalResponsesSource
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "file_content":
                            try:
                                source_type_0 = EvalJsonlFileContentSource.from_dict(
                                    data
                                )

                                return source_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "file_id":
                            try:
                                source_type_1 = EvalJsonlFileIdSource.from_dict(data)

                                return source_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "responses":
                            try:
                                source_type_2 = EvalResponsesSource.from_dict(data)

                                return source_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_source(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "content",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "id",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
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
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "file_content") not in ("file_content",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        source_type_0 = EvalJsonlFileContentSource.from_dict(data)

                        return source_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "file_id") not in ("file_id",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        source_type_1 = EvalJsonlFileIdSource.from_dict(data)

                        return source_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "responses") not in ("responses",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        source_type_2 = EvalResponsesSource.from_dict(data)

                        return source_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        EvalJsonlFileContentSource
                        | EvalJsonlFileIdSource
                        | EvalResponsesSource,
                        data,
                    )

                source = _parse_source(_source_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                source = _source_raw

        _input_messages_raw = d.pop("input_messages", UNSET)
        if _input_messages_raw is None or isinstance(_input_messages_raw, Unset):
            if _input_messages_raw is None and strict_parsing.get():
                raise TypeError("input_messages")

            if _input_messages_raw is None:
                _none_flips += ("input_messages",)
            input_messages = None

        else:
            try:

                def _parse_input_messages(
                    data: object,
                ) -> (
                    CreateEvalResponsesRunDataSourceInputMessagesType0
                    | CreateEvalResponsesRunDataSourceInputMessagesType1
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "template":
                            try:
                                input_messages_type_0 = CreateEvalResponsesRunDataSourceInputMessagesType0.from_dict(
                                    data
                                )

                                return input_messages_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "item_reference":
                            try:
                                input_messages_type_1 = CreateEvalResponsesRunDataSourceInputMessagesType1.from_dict(
                                    data
                                )

                                return input_messages_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_input_messages(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "template",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "item_reference",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "template") not in ("template",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        input_messages_type_0 = CreateEvalResponsesRunDataSourceInputMessagesType0.from_dict(
                            data
                        )

                        return input_messages_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "item_reference") not in (
                            "item_reference",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        input_messages_type_1 = CreateEvalResponsesRunDataSourceInputMessagesType1.from_dict(
                            data
                        )

                        return input_messages_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateEvalResponsesRunDataSourceInputMessagesType0
                        | CreateEvalResponsesRunDataSourceInputMessagesType1
                        | Unset,
                        data,
                    )

                input_messages = _parse_input_messages(_input_messages_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_messages = _input_messages_raw

        _sampling_params_raw = d.pop("sampling_params", UNSET)
        if _sampling_params_raw is None or isinstance(_sampling_params_raw, Unset):
            if _sampling_params_raw is None and strict_parsing.get():
                raise TypeError("sampling_params")

            if _sampling_params_raw is None:
                _none_flips += ("sampling_params",)
            sampling_params = None

        else:
            try:
                _sampling_params = _sampling_params_raw
                sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | Unset
                if isinstance(_sampling_params, Unset):
                    sampling_params = UNSET
                else:
                    sampling_params = (
                        CreateEvalResponsesRunDataSourceSamplingParams.from_dict(
                            _sampling_params
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                sampling_params = _sampling_params_raw

        model = d.pop("model", UNSET)
        if model is None and strict_parsing.get():
            raise TypeError("model")

        if model is None or model is UNSET:
            if model is None:
                _none_flips += ("model",)
            model = None

        create_eval_responses_run_data_source = cls(
            type_=type_,
            source=source,
            input_messages=input_messages,
            sampling_params=sampling_params,
            model=model,
        )
        if _none_flips:
            create_eval_responses_run_data_source._none_flips = _none_flips

        create_eval_responses_run_data_source.additional_properties = d
        return create_eval_responses_run_data_source

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

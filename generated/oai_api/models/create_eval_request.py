from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig,
    )
    from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader
    from ..models.create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig,
    )
    from ..models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.grader_string_check import GraderStringCheck
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="CreateEvalRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateEvalCustomDataSourceConfig, \
        CreateEvalLabelModelGrader, \
        CreateEvalLogsDataSourceConfig, \
        CreateEvalStoredCompletionsDataSourceConfig, \
        EvalGraderPython, \
        EvalGraderScoreModel, \
        EvalGraderTextSimilarity, \
        GraderStringCheck, \
        MetadataType0
    from ..models.create_eval_custom_data_source_config import (
        CreateEvalCustomDataSourceConfig,
    )
    from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader
    from ..models.create_eval_logs_data_source_config import (
        CreateEvalLogsDataSourceConfig,
    )
    from ..models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.grader_string_check import GraderStringCheck
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class CreateEvalRequest:
    """Settings for a new eval: optional name and metadata, the data source config, and the graders."""

    data_source_config: (
        CreateEvalCustomDataSourceConfig
        | CreateEvalLogsDataSourceConfig
        | CreateEvalStoredCompletionsDataSourceConfig
    )
    """ Describes the test data the eval's runs will use (custom schema, logs or stored completions) and so its
    schema. """
    testing_criteria: list[
        CreateEvalLabelModelGrader
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderTextSimilarity
        | GraderStringCheck
    ]
    """ Graders applied in every run; they can read data fields as `{{item.name}}` and model output as
    `{{sample.output_text}}`. """
    name: str | None = None
    """ Human-readable name for the eval. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_data_source_config = (
            self.data_source_config
            if self.data_source_config is not None
            or "data_source_config" not in self._none_flips
            else UNSET
        )

        if _v_data_source_config is None or isinstance(_v_data_source_config, Unset):
            data_source_config = _v_data_source_config
        else:
            data_source_config: dict[str, Any]
            if (
                isinstance(_v_data_source_config, CreateEvalCustomDataSourceConfig)
                or isinstance(_v_data_source_config, CreateEvalLogsDataSourceConfig)
                or isinstance(
                    _v_data_source_config, CreateEvalStoredCompletionsDataSourceConfig
                )
            ):
                data_source_config = _v_data_source_config.to_dict()
            else:
                data_source_config = _v_data_source_config

        _v_testing_criteria = (
            self.testing_criteria
            if self.testing_criteria is not None
            or "testing_criteria" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_testing_criteria, list):
            testing_criteria = _v_testing_criteria
        else:
            testing_criteria = []
            for testing_criteria_item_data in _v_testing_criteria:
                testing_criteria_item: dict[str, Any]
                if (
                    isinstance(testing_criteria_item_data, CreateEvalLabelModelGrader)
                    or isinstance(testing_criteria_item_data, GraderStringCheck)
                    or isinstance(testing_criteria_item_data, EvalGraderTextSimilarity)
                    or isinstance(testing_criteria_item_data, EvalGraderPython)
                    or isinstance(testing_criteria_item_data, EvalGraderScoreModel)
                ):
                    testing_criteria_item = testing_criteria_item_data.to_dict()
                else:
                    testing_criteria_item = testing_criteria_item_data
                testing_criteria.append(testing_criteria_item)

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name = _v_name

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, MetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "data_source_config": data_source_config,
                    "testing_criteria": testing_criteria,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _data_source_config_raw = d.pop("data_source_config", UNSET)
        if _data_source_config_raw is None or isinstance(
            _data_source_config_raw, Unset
        ):
            raise KeyError(
                "CreateEvalRequest: required field data_source_config is missing"
            )

        else:

            def _parse_data_source_config(
                data: object,
            ) -> (
                CreateEvalCustomDataSourceConfig
                | CreateEvalLogsDataSourceConfig
                | CreateEvalStoredCompletionsDataSourceConfig
            ):
                if isinstance(data, dict):
                    if data.get("type") == "custom":
                        try:
                            data_source_config_type_0 = (
                                CreateEvalCustomDataSourceConfig.from_dict(data)
                            )

                            return data_source_config_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "logs":
                        try:
                            data_source_config_type_1 = (
                                CreateEvalLogsDataSourceConfig.from_dict(data)
                            )

                            return data_source_config_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "stored_completions":
                        try:
                            data_source_config_type_2 = (
                                CreateEvalStoredCompletionsDataSourceConfig.from_dict(
                                    data
                                )
                            )

                            return data_source_config_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_data_source_config(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "include_sample_schema",
                                "item_schema",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "metadata",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "metadata",
                                "type",
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
                    if data.get("type", "custom") not in ("custom",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    data_source_config_type_0 = (
                        CreateEvalCustomDataSourceConfig.from_dict(data)
                    )

                    return data_source_config_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "logs") not in ("logs",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    data_source_config_type_1 = (
                        CreateEvalLogsDataSourceConfig.from_dict(data)
                    )

                    return data_source_config_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "stored_completions") not in (
                        "stored_completions",
                    ):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    data_source_config_type_2 = (
                        CreateEvalStoredCompletionsDataSourceConfig.from_dict(data)
                    )

                    return data_source_config_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    CreateEvalCustomDataSourceConfig
                    | CreateEvalLogsDataSourceConfig
                    | CreateEvalStoredCompletionsDataSourceConfig,
                    data,
                )

            data_source_config = _parse_data_source_config(_data_source_config_raw)

        _testing_criteria_raw = d.pop("testing_criteria", UNSET)
        if _testing_criteria_raw is None or isinstance(_testing_criteria_raw, Unset):
            raise KeyError(
                "CreateEvalRequest: required field testing_criteria is missing"
            )

        else:
            testing_criteria = []
            _testing_criteria = _testing_criteria_raw
            if not isinstance(_testing_criteria, list):
                raise TypeError()
            for testing_criteria_item_data in _testing_criteria:

                def _parse_testing_criteria_item(
                    data: object,
                ) -> (
                    CreateEvalLabelModelGrader
                    | EvalGraderPython
                    | EvalGraderScoreModel
                    | EvalGraderTextSimilarity
                    | GraderStringCheck
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "label_model":
                            try:
                                testing_criteria_item_type_0 = (
                                    CreateEvalLabelModelGrader.from_dict(data)
                                )

                                return testing_criteria_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "string_check":
                            try:
                                testing_criteria_item_type_1 = (
                                    GraderStringCheck.from_dict(data)
                                )

                                return testing_criteria_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "text_similarity":
                            try:
                                testing_criteria_item_type_2 = (
                                    EvalGraderTextSimilarity.from_dict(data)
                                )

                                return testing_criteria_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "python":
                            try:
                                testing_criteria_item_type_3 = (
                                    EvalGraderPython.from_dict(data)
                                )

                                return testing_criteria_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "score_model":
                            try:
                                testing_criteria_item_type_4 = (
                                    EvalGraderScoreModel.from_dict(data)
                                )

                                return testing_criteria_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_testing_criteria_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "input",
                                    "labels",
                                    "model",
                                    "name",
                                    "passing_labels",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "input",
                                    "name",
                                    "operation",
                                    "reference",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "evaluation_metric",
                                    "input",
                                    "name",
                                    "pass_threshold",
                                    "reference",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "image_tag",
                                    "name",
                                    "pass_threshold",
                                    "source",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "input",
                                    "model",
                                    "name",
                                    "pass_threshold",
                                    "range",
                                    "sampling_params",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                            0,
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "label_model") not in ("label_model",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        testing_criteria_item_type_0 = (
                            CreateEvalLabelModelGrader.from_dict(data)
                        )

                        return testing_criteria_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "string_check") not in ("string_check",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        testing_criteria_item_type_1 = GraderStringCheck.from_dict(data)

                        return testing_criteria_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "text_similarity") not in (
                            "text_similarity",
                        ):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        testing_criteria_item_type_2 = (
                            EvalGraderTextSimilarity.from_dict(data)
                        )

                        return testing_criteria_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "python") not in ("python",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        testing_criteria_item_type_3 = EvalGraderPython.from_dict(data)

                        return testing_criteria_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "score_model") not in ("score_model",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        testing_criteria_item_type_4 = EvalGraderScoreModel.from_dict(
                            data
                        )

                        return testing_criteria_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        CreateEvalLabelModelGrader
                        | EvalGraderPython
                        | EvalGraderScoreModel
                        | EvalGraderTextSimilarity
                        | GraderStringCheck,
                        data,
                    )

                testing_criteria_item = _parse_testing_criteria_item(
                    testing_criteria_item_data
                )

                testing_criteria.append(testing_criteria_item)

        name = d.pop("name", UNSET)
        if name is None and strict_parsing.get():
            raise TypeError("name")

        if name is None or name is UNSET:
            if name is None:
                _none_flips += ("name",)
            name = None

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:

            def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                    return componentsschemas_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(MetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        create_eval_request = cls(
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            name=name,
            metadata=metadata,
        )
        if _none_flips:
            create_eval_request._none_flips = _none_flips

        create_eval_request.additional_properties = d
        return create_eval_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eval_object import EvalObject, check_eval_object
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.eval_custom_data_source_config import EvalCustomDataSourceConfig
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.eval_logs_data_source_config import EvalLogsDataSourceConfig
    from ..models.eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig,
    )
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="Eval")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        EvalCustomDataSourceConfig, \
        EvalGraderPython, \
        EvalGraderScoreModel, \
        EvalGraderTextSimilarity, \
        EvalLogsDataSourceConfig, \
        EvalStoredCompletionsDataSourceConfig, \
        GraderLabelModel, \
        GraderStringCheck, \
        MetadataType0
    from ..models.eval_custom_data_source_config import EvalCustomDataSourceConfig
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.eval_logs_data_source_config import EvalLogsDataSourceConfig
    from ..models.eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig,
    )
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class Eval:
    """An eval: the data source config describing its test data and the graders (testing criteria) used to score model
    output.

    """

    object_: EvalObject
    id: str
    name: str
    data_source_config: (
        EvalCustomDataSourceConfig
        | EvalLogsDataSourceConfig
        | EvalStoredCompletionsDataSourceConfig
    )
    testing_criteria: list[
        EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderTextSimilarity
        | GraderLabelModel
        | GraderStringCheck
    ]
    created_at: int
    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_name = (
            self.name
            if self.name is not None or "name" not in self._none_flips
            else UNSET
        )

        name = _v_name

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
                isinstance(_v_data_source_config, EvalCustomDataSourceConfig)
                or isinstance(_v_data_source_config, EvalLogsDataSourceConfig)
                or isinstance(
                    _v_data_source_config, EvalStoredCompletionsDataSourceConfig
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
                    isinstance(testing_criteria_item_data, GraderLabelModel)
                    or isinstance(testing_criteria_item_data, GraderStringCheck)
                    or isinstance(testing_criteria_item_data, EvalGraderTextSimilarity)
                    or isinstance(testing_criteria_item_data, EvalGraderPython)
                    or isinstance(testing_criteria_item_data, EvalGraderScoreModel)
                ):
                    testing_criteria_item = testing_criteria_item_data.to_dict()
                else:
                    testing_criteria_item = testing_criteria_item_data
                testing_criteria.append(testing_criteria_item)

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "id": id,
                    "name": name,
                    "data_source_config": data_source_config,
                    "testing_criteria": testing_criteria,
                    "created_at": created_at,
                    "metadata": metadata,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_eval_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        name = d.pop("name", UNSET)
        if (name is None or isinstance(name, Unset)) and strict_parsing.get():
            raise KeyError("name")

        if name is None or name is UNSET:
            if name is UNSET:
                _none_flips += ("name",)
            name = None

        _data_source_config_raw = d.pop("data_source_config", UNSET)
        if _data_source_config_raw is None or isinstance(
            _data_source_config_raw, Unset
        ):
            if strict_parsing.get():
                raise KeyError("data_source_config")

            if _data_source_config_raw is UNSET:
                _none_flips += ("data_source_config",)
            data_source_config = None

        else:
            try:

                def _parse_data_source_config(
                    data: object,
                ) -> (
                    EvalCustomDataSourceConfig
                    | EvalLogsDataSourceConfig
                    | EvalStoredCompletionsDataSourceConfig
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "custom":
                            try:
                                data_source_config_type_0 = (
                                    EvalCustomDataSourceConfig.from_dict(data)
                                )

                                return data_source_config_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "logs":
                            try:
                                data_source_config_type_1 = (
                                    EvalLogsDataSourceConfig.from_dict(data)
                                )

                                return data_source_config_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "stored_completions":
                            try:
                                data_source_config_type_2 = (
                                    EvalStoredCompletionsDataSourceConfig.from_dict(
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
                                    "schema",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "metadata",
                                    "schema",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "metadata",
                                    "schema",
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
                            EvalCustomDataSourceConfig.from_dict(data)
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
                        data_source_config_type_1 = EvalLogsDataSourceConfig.from_dict(
                            data
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
                            EvalStoredCompletionsDataSourceConfig.from_dict(data)
                        )

                        return data_source_config_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        EvalCustomDataSourceConfig
                        | EvalLogsDataSourceConfig
                        | EvalStoredCompletionsDataSourceConfig,
                        data,
                    )

                data_source_config = _parse_data_source_config(_data_source_config_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data_source_config = _data_source_config_raw

        _testing_criteria_raw = d.pop("testing_criteria", UNSET)
        if _testing_criteria_raw is None or isinstance(_testing_criteria_raw, Unset):
            if strict_parsing.get():
                raise KeyError("testing_criteria")

            if _testing_criteria_raw is UNSET:
                _none_flips += ("testing_criteria",)
            testing_criteria = None

        else:
            try:
                testing_criteria = []
                _testing_criteria = _testing_criteria_raw
                if not isinstance(_testing_criteria, list):
                    raise TypeError()
                for testing_criteria_item_data in _testing_criteria:

                    def _parse_testing_criteria_item(
                        data: object,
                    ) -> (
                        EvalGraderPython
                        | EvalGraderScoreModel
                        | EvalGraderTextSimilarity
                        | GraderLabelModel
                        | GraderStringCheck
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "label_model":
                                try:
                                    testing_criteria_item_type_0 = (
                                        GraderLabelModel.from_dict(data)
                                    )

                                    return testing_criteria_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "string_check":
                                try:
                                    testing_criteria_item_type_1 = (
                                        GraderStringCheck.from_dict(data)
                                    )

                                    return testing_criteria_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "text_similarity":
                                try:
                                    testing_criteria_item_type_2 = (
                                        EvalGraderTextSimilarity.from_dict(data)
                                    )

                                    return testing_criteria_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "python":
                                try:
                                    testing_criteria_item_type_3 = (
                                        EvalGraderPython.from_dict(data)
                                    )

                                    return testing_criteria_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "score_model":
                                try:
                                    testing_criteria_item_type_4 = (
                                        EvalGraderScoreModel.from_dict(data)
                                    )

                                    return testing_criteria_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                            testing_criteria_item_type_0 = GraderLabelModel.from_dict(
                                data
                            )

                            return testing_criteria_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "string_check") not in (
                                "string_check",
                            ):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            testing_criteria_item_type_1 = GraderStringCheck.from_dict(
                                data
                            )

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
                            testing_criteria_item_type_3 = EvalGraderPython.from_dict(
                                data
                            )

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
                            testing_criteria_item_type_4 = (
                                EvalGraderScoreModel.from_dict(data)
                            )

                            return testing_criteria_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            EvalGraderPython
                            | EvalGraderScoreModel
                            | EvalGraderTextSimilarity
                            | GraderLabelModel
                            | GraderStringCheck,
                            data,
                        )

                    testing_criteria_item = _parse_testing_criteria_item(
                        testing_criteria_item_data
                    )

                    testing_criteria.append(testing_criteria_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                testing_criteria = _testing_criteria_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        eval_ = cls(
            object_=object_,
            id=id,
            name=name,
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            created_at=created_at,
            metadata=metadata,
        )
        if _none_flips:
            eval_._none_flips = _none_flips

        eval_.additional_properties = d
        return eval_

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_object import (
    FineTuningJobObject,
    check_fine_tuning_job_object,
)
from ..models.fine_tuning_job_status import (
    FineTuningJobStatus,
    check_fine_tuning_job_status,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.fine_tuning_job_error_type_0 import FineTuningJobErrorType0
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="FineTuningJob")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        FineTuneMethod, \
        FineTuningIntegration, \
        FineTuningJobErrorType0, \
        FineTuningJobHyperparameters, \
        MetadataType0
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.fine_tuning_job_error_type_0 import FineTuningJobErrorType0
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class FineTuningJob:
    """A fine-tuning job: its base model, data files, settings, progress and the resulting model."""

    id: str
    created_at: int
    error: FineTuningJobErrorType0 | None
    fine_tuned_model: None | str
    finished_at: int | None
    hyperparameters: FineTuningJobHyperparameters
    model: str
    object_: FineTuningJobObject
    organization_id: str
    result_files: list[str]
    status: FineTuningJobStatus
    trained_tokens: int | None
    training_file: str
    validation_file: None | str
    seed: int
    integrations: list[FineTuningIntegration] | None = None
    estimated_finish: int | None = None
    method: FineTuneMethod | None = None
    """ Which training method a job uses, with that method's settings. """
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
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_error = (
            self.error
            if self.error is not None or "error" not in self._none_flips
            else UNSET
        )

        if _v_error is None or isinstance(_v_error, Unset):
            error = _v_error
        else:
            error: dict[str, Any] | None
            if isinstance(_v_error, FineTuningJobErrorType0):
                error = _v_error.to_dict()
            else:
                error = _v_error

        _v_fine_tuned_model = (
            self.fine_tuned_model
            if self.fine_tuned_model is not None
            or "fine_tuned_model" not in self._none_flips
            else UNSET
        )

        if _v_fine_tuned_model is None or isinstance(_v_fine_tuned_model, Unset):
            fine_tuned_model = _v_fine_tuned_model
        else:
            fine_tuned_model: None | str
            fine_tuned_model = _v_fine_tuned_model

        _v_finished_at = (
            self.finished_at
            if self.finished_at is not None or "finished_at" not in self._none_flips
            else UNSET
        )

        if _v_finished_at is None or isinstance(_v_finished_at, Unset):
            finished_at = _v_finished_at
        else:
            finished_at: int | None
            finished_at = _v_finished_at

        _v_hyperparameters = (
            self.hyperparameters
            if self.hyperparameters is not None
            or "hyperparameters" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_hyperparameters, FineTuningJobHyperparameters):
            hyperparameters = _v_hyperparameters
        else:
            hyperparameters = _v_hyperparameters.to_dict()

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        model = _v_model

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_organization_id = (
            self.organization_id
            if self.organization_id is not None
            or "organization_id" not in self._none_flips
            else UNSET
        )

        organization_id = _v_organization_id

        _v_result_files = (
            self.result_files
            if self.result_files is not None or "result_files" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_result_files, list):
            result_files = _v_result_files
        else:
            result_files = _v_result_files

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_trained_tokens = (
            self.trained_tokens
            if self.trained_tokens is not None
            or "trained_tokens" not in self._none_flips
            else UNSET
        )

        if _v_trained_tokens is None or isinstance(_v_trained_tokens, Unset):
            trained_tokens = _v_trained_tokens
        else:
            trained_tokens: int | None
            trained_tokens = _v_trained_tokens

        _v_training_file = (
            self.training_file
            if self.training_file is not None or "training_file" not in self._none_flips
            else UNSET
        )

        training_file = _v_training_file

        _v_validation_file = (
            self.validation_file
            if self.validation_file is not None
            or "validation_file" not in self._none_flips
            else UNSET
        )

        if _v_validation_file is None or isinstance(_v_validation_file, Unset):
            validation_file = _v_validation_file
        else:
            validation_file: None | str
            validation_file = _v_validation_file

        _v_seed = (
            self.seed
            if self.seed is not None or "seed" not in self._none_flips
            else UNSET
        )

        seed = _v_seed

        _v_integrations = (
            self.integrations
            if self.integrations is not None or "integrations" in self._none_flips
            else UNSET
        )

        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(_v_integrations, Unset):
            integrations = UNSET
        elif isinstance(_v_integrations, list):
            integrations = []
            for integrations_type_0_item_data in _v_integrations:
                if not isinstance(integrations_type_0_item_data, FineTuningIntegration):
                    integrations.append(integrations_type_0_item_data)
                    continue
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = _v_integrations

        _v_estimated_finish = (
            self.estimated_finish
            if self.estimated_finish is not None
            or "estimated_finish" in self._none_flips
            else UNSET
        )

        estimated_finish: int | None | Unset
        if isinstance(_v_estimated_finish, Unset):
            estimated_finish = UNSET
        else:
            estimated_finish = _v_estimated_finish

        _v_method = (
            self.method
            if self.method is not None or "method" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_method, FineTuneMethod):
            method = _v_method
        else:
            method: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_method, Unset):
                method = _v_method.to_dict()

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
                    "id": id,
                    "created_at": created_at,
                    "error": error,
                    "fine_tuned_model": fine_tuned_model,
                    "finished_at": finished_at,
                    "hyperparameters": hyperparameters,
                    "model": model,
                    "object": object_,
                    "organization_id": organization_id,
                    "result_files": result_files,
                    "status": status,
                    "trained_tokens": trained_tokens,
                    "training_file": training_file,
                    "validation_file": validation_file,
                    "seed": seed,
                }.items()
                if v is not UNSET
            }
        )
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if estimated_finish is not UNSET:
            field_dict["estimated_finish"] = estimated_finish
        if method is not UNSET:
            field_dict["method"] = method
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if isinstance(_error_raw, Unset) and strict_parsing.get():
                raise KeyError("error")

            if _error_raw is UNSET:
                _none_flips += ("error",)
            error = None

        else:
            try:

                def _parse_error(data: object) -> FineTuningJobErrorType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        error_type_0 = FineTuningJobErrorType0.from_dict(data)

                        return error_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(FineTuningJobErrorType0 | None, data)

                error = _parse_error(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        _fine_tuned_model_raw = d.pop("fine_tuned_model", UNSET)
        if _fine_tuned_model_raw is None or isinstance(_fine_tuned_model_raw, Unset):
            if isinstance(_fine_tuned_model_raw, Unset) and strict_parsing.get():
                raise KeyError("fine_tuned_model")

            if _fine_tuned_model_raw is UNSET:
                _none_flips += ("fine_tuned_model",)
            fine_tuned_model = None

        else:
            try:

                def _parse_fine_tuned_model(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                fine_tuned_model = _parse_fine_tuned_model(_fine_tuned_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                fine_tuned_model = _fine_tuned_model_raw

        _finished_at_raw = d.pop("finished_at", UNSET)
        if _finished_at_raw is None or isinstance(_finished_at_raw, Unset):
            if isinstance(_finished_at_raw, Unset) and strict_parsing.get():
                raise KeyError("finished_at")

            if _finished_at_raw is UNSET:
                _none_flips += ("finished_at",)
            finished_at = None

        else:
            try:

                def _parse_finished_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                finished_at = _parse_finished_at(_finished_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                finished_at = _finished_at_raw

        _hyperparameters_raw = d.pop("hyperparameters", UNSET)
        if _hyperparameters_raw is None or isinstance(_hyperparameters_raw, Unset):
            if strict_parsing.get():
                raise KeyError("hyperparameters")

            if _hyperparameters_raw is UNSET:
                _none_flips += ("hyperparameters",)
            hyperparameters = None

        else:
            try:
                hyperparameters = FineTuningJobHyperparameters.from_dict(
                    _hyperparameters_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                hyperparameters = _hyperparameters_raw

        model = d.pop("model", UNSET)
        if (model is None or isinstance(model, Unset)) and strict_parsing.get():
            raise KeyError("model")

        if model is None or model is UNSET:
            if model is UNSET:
                _none_flips += ("model",)
            model = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_fine_tuning_job_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        organization_id = d.pop("organization_id", UNSET)
        if (
            organization_id is None or isinstance(organization_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("organization_id")

        if organization_id is None or organization_id is UNSET:
            if organization_id is UNSET:
                _none_flips += ("organization_id",)
            organization_id = None

        _result_files_raw = d.pop("result_files", UNSET)
        if _result_files_raw is None or isinstance(_result_files_raw, Unset):
            if strict_parsing.get():
                raise KeyError("result_files")

            if _result_files_raw is UNSET:
                _none_flips += ("result_files",)
            result_files = None

        else:
            try:
                result_files = cast(list[str], _result_files_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                result_files = _result_files_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_fine_tuning_job_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _trained_tokens_raw = d.pop("trained_tokens", UNSET)
        if _trained_tokens_raw is None or isinstance(_trained_tokens_raw, Unset):
            if isinstance(_trained_tokens_raw, Unset) and strict_parsing.get():
                raise KeyError("trained_tokens")

            if _trained_tokens_raw is UNSET:
                _none_flips += ("trained_tokens",)
            trained_tokens = None

        else:
            try:

                def _parse_trained_tokens(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                trained_tokens = _parse_trained_tokens(_trained_tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                trained_tokens = _trained_tokens_raw

        training_file = d.pop("training_file", UNSET)
        if (
            training_file is None or isinstance(training_file, Unset)
        ) and strict_parsing.get():
            raise KeyError("training_file")

        if training_file is None or training_file is UNSET:
            if training_file is UNSET:
                _none_flips += ("training_file",)
            training_file = None

        _validation_file_raw = d.pop("validation_file", UNSET)
        if _validation_file_raw is None or isinstance(_validation_file_raw, Unset):
            if isinstance(_validation_file_raw, Unset) and strict_parsing.get():
                raise KeyError("validation_file")

            if _validation_file_raw is UNSET:
                _none_flips += ("validation_file",)
            validation_file = None

        else:
            try:

                def _parse_validation_file(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                validation_file = _parse_validation_file(_validation_file_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                validation_file = _validation_file_raw

        seed = d.pop("seed", UNSET)
        if (seed is None or isinstance(seed, Unset)) and strict_parsing.get():
            raise KeyError("seed")

        if seed is None or seed is UNSET:
            if seed is UNSET:
                _none_flips += ("seed",)
            seed = None

        _integrations_raw = d.pop("integrations", UNSET)
        if _integrations_raw is None or isinstance(_integrations_raw, Unset):
            if _integrations_raw is None:
                _none_flips += ("integrations",)
            integrations = None

        else:
            try:

                def _parse_integrations(
                    data: object,
                ) -> list[FineTuningIntegration] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        integrations_type_0 = []
                        _integrations_type_0 = data
                        if not isinstance(_integrations_type_0, list):
                            raise TypeError()
                        for integrations_type_0_item_data in _integrations_type_0:
                            integrations_type_0_item = FineTuningIntegration.from_dict(
                                integrations_type_0_item_data
                            )

                            integrations_type_0.append(integrations_type_0_item)

                        return integrations_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[FineTuningIntegration] | None | Unset, data)

                integrations = _parse_integrations(_integrations_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                integrations = _integrations_raw

        _estimated_finish_raw = d.pop("estimated_finish", UNSET)
        if _estimated_finish_raw is None or isinstance(_estimated_finish_raw, Unset):
            if _estimated_finish_raw is None:
                _none_flips += ("estimated_finish",)
            estimated_finish = None

        else:
            try:

                def _parse_estimated_finish(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                estimated_finish = _parse_estimated_finish(_estimated_finish_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                estimated_finish = _estimated_finish_raw

        _method_raw = d.pop("method", UNSET)
        if _method_raw is None or isinstance(_method_raw, Unset):
            if _method_raw is None and strict_parsing.get():
                raise TypeError("method")

            if _method_raw is None:
                _none_flips += ("method",)
            method = None

        else:
            try:
                _method = _method_raw
                method: FineTuneMethod | Unset
                if isinstance(_method, Unset):
                    method = UNSET
                else:
                    method = FineTuneMethod.from_dict(_method)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                method = _method_raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
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
                    return cast(MetadataType0 | None | Unset, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        fine_tuning_job = cls(
            id=id,
            created_at=created_at,
            error=error,
            fine_tuned_model=fine_tuned_model,
            finished_at=finished_at,
            hyperparameters=hyperparameters,
            model=model,
            object_=object_,
            organization_id=organization_id,
            result_files=result_files,
            status=status,
            trained_tokens=trained_tokens,
            training_file=training_file,
            validation_file=validation_file,
            seed=seed,
            integrations=integrations,
            estimated_finish=estimated_finish,
            method=method,
            metadata=metadata,
        )
        if _none_flips:
            fine_tuning_job._none_flips = _none_flips

        fine_tuning_job.additional_properties = d
        return fine_tuning_job

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

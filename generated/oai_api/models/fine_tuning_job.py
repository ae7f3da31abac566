from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.fine_tuning_job_object import (
    FineTuningJobObject,
    check_fine_tuning_job_object,
)
from ..models.fine_tuning_job_status import (
    FineTuningJobStatus,
    check_fine_tuning_job_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.fine_tuning_job_error_type_0 import FineTuningJobErrorType0
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class FineTuningJob(_OpenModel):
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
    _keys = (
        "created_at",
        "error",
        "estimated_finish",
        "fine_tuned_model",
        "finished_at",
        "hyperparameters",
        "id",
        "integrations",
        "metadata",
        "method",
        "model",
        "object",
        "organization_id",
        "result_files",
        "seed",
        "status",
        "trained_tokens",
        "training_file",
        "validation_file",
    )
    _tags = {"object": ("fine_tuning.job",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tune_method import FineTuneMethod
        from ..models.fine_tuning_integration import FineTuningIntegration
        from ..models.fine_tuning_job_hyperparameters import (
            FineTuningJobHyperparameters,
        )

        return fields(
            ("id", "id", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            (
                "error",
                "error",
                REQUIRED_OR_NULL,
                one_of(
                    member("fine_tuning_job_error_type_0", "FineTuningJobErrorType0"),
                    None,
                ),
            ),
            (
                "fine_tuned_model",
                "fine_tuned_model",
                REQUIRED_OR_NULL,
                one_of(str, None),
            ),
            ("finished_at", "finished_at", REQUIRED_OR_NULL, one_of(int, None)),
            (
                "hyperparameters",
                "hyperparameters",
                REQUIRED,
                FineTuningJobHyperparameters,
            ),
            ("model", "model", REQUIRED, None),
            ("object_", "object", REQUIRED, check_fine_tuning_job_object),
            ("organization_id", "organization_id", REQUIRED, None),
            ("result_files", "result_files", REQUIRED, list_of(None)),
            ("status", "status", REQUIRED, check_fine_tuning_job_status),
            ("trained_tokens", "trained_tokens", REQUIRED_OR_NULL, one_of(int, None)),
            ("training_file", "training_file", REQUIRED, None),
            ("validation_file", "validation_file", REQUIRED_OR_NULL, one_of(str, None)),
            ("seed", "seed", REQUIRED, None),
            (
                "integrations",
                "integrations",
                OPTIONAL_OR_NULL,
                one_of(list_of(FineTuningIntegration), None),
            ),
            (
                "estimated_finish",
                "estimated_finish",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            ("method", "method", OPTIONAL, FineTuneMethod),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
        )

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_fine_tuning_job_request_model_type_1 import (
    CreateFineTuningJobRequestModelType1,
    check_create_fine_tuning_job_request_model_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from ..models.create_fine_tuning_job_request_integrations_type_0_item import (
        CreateFineTuningJobRequestIntegrationsType0Item,
    )
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.metadata_type_0 import MetadataType0


@_attrs_define(repr=False)
class CreateFineTuningJobRequest(_OpenModel):
    """Settings for a new fine-tuning job: base model, data files, method and options."""

    model: CreateFineTuningJobRequestModelType1 | str
    """ Base model to train from; must be one of the models that support fine-tuning. """
    training_file: str
    """ ID of an uploaded JSONL file of training examples (uploaded with purpose `fine-tune`), in chat, completions
    or preference format to suit the model and method. """
    hyperparameters: CreateFineTuningJobRequestHyperparameters | None = None
    """ Deprecated: set hyperparameters inside `method` instead. """
    suffix: None | str = None
    """ Up to 64 characters appended to the resulting model's name, e.g. `ft:gpt-4o-mini:openai:<suffix>:<id>`. """
    validation_file: None | str = None
    """ ID of an uploaded JSONL file (purpose `fine-tune`) used for periodic validation metrics; keep it disjoint
    from the training data. """
    integrations: list[CreateFineTuningJobRequestIntegrationsType0Item] | None = None
    """ Third-party integrations to turn on for this job, such as Weights and Biases. """
    seed: int | None = None
    """ Seed for reproducibility, 0 to 2147483647; identical seeds and settings usually give identical results.
    Generated when omitted. """
    method: FineTuneMethod | None = None
    """ Which training method a job uses, with that method's settings. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "hyperparameters",
        "integrations",
        "metadata",
        "method",
        "model",
        "seed",
        "suffix",
        "training_file",
        "validation_file",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.create_fine_tuning_job_request_hyperparameters import (
            CreateFineTuningJobRequestHyperparameters,
        )
        from ..models.create_fine_tuning_job_request_integrations_type_0_item import (
            CreateFineTuningJobRequestIntegrationsType0Item,
        )
        from ..models.fine_tune_method import FineTuneMethod

        return fields(
            (
                "model",
                "model",
                REQUIRED,
                one_of(str, check_create_fine_tuning_job_request_model_type_1),
            ),
            ("training_file", "training_file", REQUIRED, None),
            (
                "hyperparameters",
                "hyperparameters",
                OPTIONAL,
                CreateFineTuningJobRequestHyperparameters,
            ),
            ("suffix", "suffix", OPTIONAL_OR_NULL, one_of(str, None)),
            ("validation_file", "validation_file", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "integrations",
                "integrations",
                OPTIONAL_OR_NULL,
                one_of(list_of(CreateFineTuningJobRequestIntegrationsType0Item), None),
            ),
            ("seed", "seed", OPTIONAL_OR_NULL, one_of(int, None)),
            ("method", "method", OPTIONAL, FineTuneMethod),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            strict=True,
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_fine_tuning_job_request_model_type_1 import (
    CreateFineTuningJobRequestModelType1,
    check_create_fine_tuning_job_request_model_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from ..models.create_fine_tuning_job_request_integrations_type_0_item import (
        CreateFineTuningJobRequestIntegrationsType0Item,
    )
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.metadata_type_0 import MetadataType0


T = TypeVar("T", bound="CreateFineTuningJobRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        CreateFineTuningJobRequestHyperparameters, \
        CreateFineTuningJobRequestIntegrationsType0Item, \
        FineTuneMethod, \
        MetadataType0
    from ..models.create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from ..models.create_fine_tuning_job_request_integrations_type_0_item import (
        CreateFineTuningJobRequestIntegrationsType0Item,
    )
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.metadata_type_0 import MetadataType0

    _models_bound = True


@_attrs_define
class CreateFineTuningJobRequest:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_training_file = (
            self.training_file
            if self.training_file is not None or "training_file" not in self._none_flips
            else UNSET
        )

        training_file = _v_training_file

        _v_hyperparameters = (
            self.hyperparameters
            if self.hyperparameters is not None or "hyperparameters" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_hyperparameters, CreateFineTuningJobRequestHyperparameters
        ):
            hyperparameters = _v_hyperparameters
        else:
            hyperparameters: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_hyperparameters, Unset):
                hyperparameters = _v_hyperparameters.to_dict()

        _v_suffix = (
            self.suffix
            if self.suffix is not None or "suffix" in self._none_flips
            else UNSET
        )

        suffix: None | str | Unset
        if isinstance(_v_suffix, Unset):
            suffix = UNSET
        else:
            suffix = _v_suffix

        _v_validation_file = (
            self.validation_file
            if self.validation_file is not None or "validation_file" in self._none_flips
            else UNSET
        )

        validation_file: None | str | Unset
        if isinstance(_v_validation_file, Unset):
            validation_file = UNSET
        else:
            validation_file = _v_validation_file

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
                if not isinstance(
                    integrations_type_0_item_data,
                    CreateFineTuningJobRequestIntegrationsType0Item,
                ):
                    integrations.append(integrations_type_0_item_data)
                    continue
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = _v_integrations

        _v_seed = (
            self.seed if self.seed is not None or "seed" in self._none_flips else UNSET
        )

        seed: int | None | Unset
        if isinstance(_v_seed, Unset):
            seed = UNSET
        else:
            seed = _v_seed

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
                    "model": model,
                    "training_file": training_file,
                }.items()
                if v is not UNSET
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if seed is not UNSET:
            field_dict["seed"] = seed
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
        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError(
                "CreateFineTuningJobRequest: required field model is missing"
            )

        else:

            def _parse_model(
                data: object,
            ) -> CreateFineTuningJobRequestModelType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_fine_tuning_job_request_model_type_1(
                        data
                    )

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateFineTuningJobRequestModelType1 | str, data)

            model = _parse_model(_model_raw)

        training_file = d.pop("training_file", UNSET)
        if training_file is None or isinstance(training_file, Unset):
            raise KeyError(
                "CreateFineTuningJobRequest: required field training_file is missing"
            )

        if training_file is None or training_file is UNSET:
            if training_file is UNSET:
                _none_flips += ("training_file",)
            training_file = None

        _hyperparameters_raw = d.pop("hyperparameters", UNSET)
        if _hyperparameters_raw is None or isinstance(_hyperparameters_raw, Unset):
            if _hyperparameters_raw is None and strict_parsing.get():
                raise TypeError("hyperparameters")

            if _hyperparameters_raw is None:
                _none_flips += ("hyperparameters",)
            hyperparameters = None

        else:
            _hyperparameters = _hyperparameters_raw
            hyperparameters: CreateFineTuningJobRequestHyperparameters | Unset
            if isinstance(_hyperparameters, Unset):
                hyperparameters = UNSET
            else:
                hyperparameters = CreateFineTuningJobRequestHyperparameters.from_dict(
                    _hyperparameters
                )

        _suffix_raw = d.pop("suffix", UNSET)
        if _suffix_raw is None or isinstance(_suffix_raw, Unset):
            if _suffix_raw is None:
                _none_flips += ("suffix",)
            suffix = None

        else:

            def _parse_suffix(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            suffix = _parse_suffix(_suffix_raw)

        _validation_file_raw = d.pop("validation_file", UNSET)
        if _validation_file_raw is None or isinstance(_validation_file_raw, Unset):
            if _validation_file_raw is None:
                _none_flips += ("validation_file",)
            validation_file = None

        else:

            def _parse_validation_file(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            validation_file = _parse_validation_file(_validation_file_raw)

        _integrations_raw = d.pop("integrations", UNSET)
        if _integrations_raw is None or isinstance(_integrations_raw, Unset):
            if _integrations_raw is None:
                _none_flips += ("integrations",)
            integrations = None

        else:

            def _parse_integrations(
                data: object,
            ) -> list[CreateFineTuningJobRequestIntegrationsType0Item] | None | Unset:
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
                        integrations_type_0_item = (
                            CreateFineTuningJobRequestIntegrationsType0Item.from_dict(
                                integrations_type_0_item_data
                            )
                        )

                        integrations_type_0.append(integrations_type_0_item)

                    return integrations_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[CreateFineTuningJobRequestIntegrationsType0Item]
                    | None
                    | Unset,
                    data,
                )

            integrations = _parse_integrations(_integrations_raw)

        _seed_raw = d.pop("seed", UNSET)
        if _seed_raw is None or isinstance(_seed_raw, Unset):
            if _seed_raw is None:
                _none_flips += ("seed",)
            seed = None

        else:

            def _parse_seed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            seed = _parse_seed(_seed_raw)

        _method_raw = d.pop("method", UNSET)
        if _method_raw is None or isinstance(_method_raw, Unset):
            if _method_raw is None and strict_parsing.get():
                raise TypeError("method")

            if _method_raw is None:
                _none_flips += ("method",)
            method = None

        else:
            _method = _method_raw
            method: FineTuneMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = FineTuneMethod.from_dict(_method)

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

        create_fine_tuning_job_request = cls(
            model=model,
            training_file=training_file,
            hyperparameters=hyperparameters,
            suffix=suffix,
            validation_file=validation_file,
            integrations=integrations,
            seed=seed,
            method=method,
            metadata=metadata,
        )
        if _none_flips:
            create_fine_tuning_job_request._none_flips = _none_flips

        create_fine_tuning_job_request.additional_properties = d
        return create_fine_tuning_job_request

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

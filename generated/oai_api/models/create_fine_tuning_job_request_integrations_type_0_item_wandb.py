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
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateFineTuningJobRequestIntegrationsType0ItemWandb(_OpenModel):
    """Weights and Biases options: the target project plus optional run name, entity and tags."""

    project: str
    """ W&B project in which the run is created. """
    name: None | str = None
    """ Display name of the W&B run; the job ID is used when unset. """
    entity: None | str = None
    """ W&B team or username that owns the run; defaults to the entity of the registered W&B API key. """
    tags: list[str] | None = None
    """ Tags added to the W&B run as-is; OpenAI also adds its own such as `openai/finetune`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("entity", "name", "project", "tags")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("project", "project", REQUIRED, None),
            ("name", "name", OPTIONAL_OR_NULL, one_of(str, None)),
            ("entity", "entity", OPTIONAL_OR_NULL, one_of(str, None)),
            ("tags", "tags", OPTIONAL, list_of(None)),
            strict=True,
        )

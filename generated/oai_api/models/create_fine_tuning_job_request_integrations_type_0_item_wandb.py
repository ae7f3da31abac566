from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="CreateFineTuningJobRequestIntegrationsType0ItemWandb")


@_attrs_define
class CreateFineTuningJobRequestIntegrationsType0ItemWandb:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_project = (
            self.project
            if self.project is not None or "project" not in self._none_flips
            else UNSET
        )

        project = _v_project

        _v_name = (
            self.name if self.name is not None or "name" in self._none_flips else UNSET
        )

        name: None | str | Unset
        if isinstance(_v_name, Unset):
            name = UNSET
        else:
            name = _v_name

        _v_entity = (
            self.entity
            if self.entity is not None or "entity" in self._none_flips
            else UNSET
        )

        entity: None | str | Unset
        if isinstance(_v_entity, Unset):
            entity = UNSET
        else:
            entity = _v_entity

        _v_tags = (
            self.tags if self.tags is not None or "tags" in self._none_flips else UNSET
        )

        if not isinstance(_v_tags, list):
            tags = _v_tags
        else:
            tags: list[str] | Unset = UNSET
            if not isinstance(_v_tags, Unset):
                tags = _v_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "project": project,
                }.items()
                if v is not UNSET
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if entity is not UNSET:
            field_dict["entity"] = entity
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        project = d.pop("project", UNSET)
        if project is None or isinstance(project, Unset):
            raise KeyError(
                "CreateFineTuningJobRequestIntegrationsType0ItemWandb: required field project is missing"
            )

        if project is None or project is UNSET:
            if project is UNSET:
                _none_flips += ("project",)
            project = None

        _name_raw = d.pop("name", UNSET)
        if _name_raw is None or isinstance(_name_raw, Unset):
            if _name_raw is None:
                _none_flips += ("name",)
            name = None

        else:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            name = _parse_name(_name_raw)

        _entity_raw = d.pop("entity", UNSET)
        if _entity_raw is None or isinstance(_entity_raw, Unset):
            if _entity_raw is None:
                _none_flips += ("entity",)
            entity = None

        else:

            def _parse_entity(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            entity = _parse_entity(_entity_raw)

        _tags_raw = d.pop("tags", UNSET)
        if _tags_raw is None or isinstance(_tags_raw, Unset):
            if _tags_raw is None and strict_parsing.get():
                raise TypeError("tags")

            if _tags_raw is None:
                _none_flips += ("tags",)
            tags = None

        else:
            tags = cast(list[str], _tags_raw)

        create_fine_tuning_job_request_integrations_type_0_item_wandb = cls(
            project=project,
            name=name,
            entity=entity,
            tags=tags,
        )
        if _none_flips:
            create_fine_tuning_job_request_integrations_type_0_item_wandb._none_flips = _none_flips

        create_fine_tuning_job_request_integrations_type_0_item_wandb.additional_properties = d
        return create_fine_tuning_job_request_integrations_type_0_item_wandb

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

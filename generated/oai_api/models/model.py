from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_object import ModelObject, check_model_object
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A model that can be used with the API."""

    id: str
    """ Model ID. """
    created: int
    """ Creation time (Unix seconds). """
    object_: ModelObject
    """ Object type tag. """
    owned_by: str
    """ Organisation that owns the model. """
    shutdown_date: datetime.date | None = None
    """ Planned retirement date, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_created = (
            self.created
            if self.created is not None or "created" not in self._none_flips
            else UNSET
        )

        created = _v_created

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_owned_by = (
            self.owned_by
            if self.owned_by is not None or "owned_by" not in self._none_flips
            else UNSET
        )

        owned_by = _v_owned_by

        _v_shutdown_date = (
            self.shutdown_date
            if self.shutdown_date is not None or "shutdown_date" in self._none_flips
            else UNSET
        )

        shutdown_date: None | str | Unset
        if isinstance(_v_shutdown_date, Unset):
            shutdown_date = UNSET
        elif isinstance(_v_shutdown_date, datetime.date):
            shutdown_date = _v_shutdown_date.isoformat()
        else:
            shutdown_date = _v_shutdown_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "created": created,
                    "object": object_,
                    "owned_by": owned_by,
                }.items()
                if v is not UNSET
            }
        )
        if shutdown_date is not UNSET:
            field_dict["shutdown_date"] = shutdown_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        created = d.pop("created", UNSET)
        if (created is None or isinstance(created, Unset)) and strict_parsing.get():
            raise KeyError("created")

        if created is None or created is UNSET:
            if created is UNSET:
                _none_flips += ("created",)
            created = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_model_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        owned_by = d.pop("owned_by", UNSET)
        if (owned_by is None or isinstance(owned_by, Unset)) and strict_parsing.get():
            raise KeyError("owned_by")

        if owned_by is None or owned_by is UNSET:
            if owned_by is UNSET:
                _none_flips += ("owned_by",)
            owned_by = None

        _shutdown_date_raw = d.pop("shutdown_date", UNSET)
        if _shutdown_date_raw is None or isinstance(_shutdown_date_raw, Unset):
            if _shutdown_date_raw is None:
                _none_flips += ("shutdown_date",)
            shutdown_date = None

        else:
            try:

                def _parse_shutdown_date(data: object) -> datetime.date | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        shutdown_date_type_0 = datetime.date.fromisoformat(data)

                        return shutdown_date_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(datetime.date | None | Unset, data)

                shutdown_date = _parse_shutdown_date(_shutdown_date_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                shutdown_date = _shutdown_date_raw

        model = cls(
            id=id,
            created=created,
            object_=object_,
            owned_by=owned_by,
            shutdown_date=shutdown_date,
        )
        if _none_flips:
            model._none_flips = _none_flips

        model.additional_properties = d
        return model

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

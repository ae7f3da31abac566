from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_live_call_incoming_object import (
    WebhookLiveCallIncomingObject,
    check_webhook_live_call_incoming_object,
)
from ..models.webhook_live_call_incoming_type import (
    WebhookLiveCallIncomingType,
    check_webhook_live_call_incoming_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.webhook_live_call_incoming_data import WebhookLiveCallIncomingData


T = TypeVar("T", bound="WebhookLiveCallIncoming")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, WebhookLiveCallIncomingData
    from ..models.webhook_live_call_incoming_data import WebhookLiveCallIncomingData

    _models_bound = True


@_attrs_define
class WebhookLiveCallIncoming:
    """Webhook event: an incoming SIP call can be accepted through Live; whichever of Live or Realtime accepts first
    handles it.

    """

    created_at: int
    id: str
    data: WebhookLiveCallIncomingData
    type_: WebhookLiveCallIncomingType
    object_: WebhookLiveCallIncomingObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, WebhookLiveCallIncomingData):
            data = _v_data
        else:
            data = _v_data.to_dict()

        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str | Unset = UNSET
            if not isinstance(_v_object_, Unset):
                object_ = _v_object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "created_at": created_at,
                    "id": id,
                    "data": data,
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = WebhookLiveCallIncomingData.from_dict(_data_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_webhook_live_call_incoming_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if _object__raw is None and strict_parsing.get():
                raise TypeError("object")

            if _object__raw is None:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                _object_ = _object__raw
                object_: WebhookLiveCallIncomingObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_webhook_live_call_incoming_object(_object_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        webhook_live_call_incoming = cls(
            created_at=created_at,
            id=id,
            data=data,
            type_=type_,
            object_=object_,
        )
        if _none_flips:
            webhook_live_call_incoming._none_flips = _none_flips

        webhook_live_call_incoming.additional_properties = d
        return webhook_live_call_incoming

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

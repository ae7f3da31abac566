from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_resource_object import (
    ThreadResourceObject,
    check_thread_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.active_status import ActiveStatus
    from ..models.closed_status import ClosedStatus
    from ..models.locked_status import LockedStatus


T = TypeVar("T", bound="ThreadResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, ActiveStatus, ClosedStatus, LockedStatus
    from ..models.active_status import ActiveStatus
    from ..models.closed_status import ClosedStatus
    from ..models.locked_status import LockedStatus

    _models_bound = True


@_attrs_define
class ThreadResource:
    """A ChatKit thread: ID, title, owner, creation time and status."""

    id: str
    object_: ThreadResourceObject
    created_at: int
    title: None | str
    status: ActiveStatus | ClosedStatus | LockedStatus
    user: str
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

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_title = (
            self.title
            if self.title is not None or "title" not in self._none_flips
            else UNSET
        )

        if _v_title is None or isinstance(_v_title, Unset):
            title = _v_title
        else:
            title: None | str
            title = _v_title

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: dict[str, Any]
            if (
                isinstance(_v_status, ActiveStatus)
                or isinstance(_v_status, LockedStatus)
                or isinstance(_v_status, ClosedStatus)
            ):
                status = _v_status.to_dict()
            else:
                status = _v_status

        _v_user = (
            self.user
            if self.user is not None or "user" not in self._none_flips
            else UNSET
        )

        user = _v_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "title": title,
                    "status": status,
                    "user": user,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_thread_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _title_raw = d.pop("title", UNSET)
        if _title_raw is None or isinstance(_title_raw, Unset):
            if isinstance(_title_raw, Unset) and strict_parsing.get():
                raise KeyError("title")

            if _title_raw is UNSET:
                _none_flips += ("title",)
            title = None

        else:
            try:

                def _parse_title(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                title = _parse_title(_title_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                title = _title_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:

                def _parse_status(
                    data: object,
                ) -> ActiveStatus | ClosedStatus | LockedStatus:
                    if isinstance(data, dict):
                        if data.get("type") == "active":
                            try:
                                status_type_0 = ActiveStatus.from_dict(data)

                                return status_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "locked":
                            try:
                                status_type_1 = LockedStatus.from_dict(data)

                                return status_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "closed":
                            try:
                                status_type_2 = ClosedStatus.from_dict(data)

                                return status_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_status(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "reason",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "reason",
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
                        if data.get("type", "active") not in ("active",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        status_type_0 = ActiveStatus.from_dict(data)

                        return status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "locked") not in ("locked",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        status_type_1 = LockedStatus.from_dict(data)

                        return status_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "closed") not in ("closed",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        status_type_2 = ClosedStatus.from_dict(data)

                        return status_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(ActiveStatus | ClosedStatus | LockedStatus, data)

                status = _parse_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        user = d.pop("user", UNSET)
        if (user is None or isinstance(user, Unset)) and strict_parsing.get():
            raise KeyError("user")

        if user is None or user is UNSET:
            if user is UNSET:
                _none_flips += ("user",)
            user = None

        thread_resource = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            title=title,
            status=status,
            user=user,
        )
        if _none_flips:
            thread_resource._none_flips = _none_flips

        thread_resource.additional_properties = d
        return thread_resource

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_model_type_1 import VideoModelType1, check_video_model_type_1
from ..models.video_resource_object import (
    VideoResourceObject,
    check_video_resource_object,
)
from ..models.video_size import VideoSize, check_video_size
from ..models.video_status import VideoStatus, check_video_status
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.error_2 import Error2


T = TypeVar("T", bound="VideoResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, Error2
    from ..models.error_2 import Error2

    _models_bound = True


@_attrs_define
class VideoResource:
    """A video generation job: model, status and progress, prompt, size, length, timestamps and any error."""

    id: str
    object_: VideoResourceObject
    model: str | VideoModelType1
    """ Video generation model, such as `sora-2` or `sora-2-pro`; other model names are accepted as strings. """
    status: VideoStatus
    """ Stage of a video job: `queued`, `in_progress`, `completed` or `failed`. """
    progress: int
    created_at: int
    completed_at: int | None
    expires_at: int | None
    prompt: None | str
    size: VideoSize
    """ Output resolution as width x height: `720x1280`, `1280x720`, `1024x1792` or `1792x1024`. """
    seconds: str
    remixed_from_video_id: None | str
    error: Error2 | None
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

        _v_status = (
            self.status
            if self.status is not None or "status" not in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str = _v_status

        _v_progress = (
            self.progress
            if self.progress is not None or "progress" not in self._none_flips
            else UNSET
        )

        progress = _v_progress

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_completed_at = (
            self.completed_at
            if self.completed_at is not None or "completed_at" not in self._none_flips
            else UNSET
        )

        if _v_completed_at is None or isinstance(_v_completed_at, Unset):
            completed_at = _v_completed_at
        else:
            completed_at: int | None
            completed_at = _v_completed_at

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        if _v_expires_at is None or isinstance(_v_expires_at, Unset):
            expires_at = _v_expires_at
        else:
            expires_at: int | None
            expires_at = _v_expires_at

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" not in self._none_flips
            else UNSET
        )

        if _v_prompt is None or isinstance(_v_prompt, Unset):
            prompt = _v_prompt
        else:
            prompt: None | str
            prompt = _v_prompt

        _v_size = (
            self.size
            if self.size is not None or "size" not in self._none_flips
            else UNSET
        )

        if _v_size is None or isinstance(_v_size, Unset):
            size = _v_size
        else:
            size: str = _v_size

        _v_seconds = (
            self.seconds
            if self.seconds is not None or "seconds" not in self._none_flips
            else UNSET
        )

        seconds = _v_seconds

        _v_remixed_from_video_id = (
            self.remixed_from_video_id
            if self.remixed_from_video_id is not None
            or "remixed_from_video_id" not in self._none_flips
            else UNSET
        )

        if _v_remixed_from_video_id is None or isinstance(
            _v_remixed_from_video_id, Unset
        ):
            remixed_from_video_id = _v_remixed_from_video_id
        else:
            remixed_from_video_id: None | str
            remixed_from_video_id = _v_remixed_from_video_id

        _v_error = (
            self.error
            if self.error is not None or "error" not in self._none_flips
            else UNSET
        )

        if _v_error is None or isinstance(_v_error, Unset):
            error = _v_error
        else:
            error: dict[str, Any] | None
            if isinstance(_v_error, Error2):
                error = _v_error.to_dict()
            else:
                error = _v_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "model": model,
                    "status": status,
                    "progress": progress,
                    "created_at": created_at,
                    "completed_at": completed_at,
                    "expires_at": expires_at,
                    "prompt": prompt,
                    "size": size,
                    "seconds": seconds,
                    "remixed_from_video_id": remixed_from_video_id,
                    "error": error,
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
                object_ = check_video_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if strict_parsing.get():
                raise KeyError("model")

            if _model_raw is UNSET:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(data: object) -> str | VideoModelType1:

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_video_model_type_1 = check_video_model_type_1(
                            data
                        )

                        return componentsschemas_video_model_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(str | VideoModelType1, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if strict_parsing.get():
                raise KeyError("status")

            if _status_raw is UNSET:
                _none_flips += ("status",)
            status = None

        else:
            try:
                status = check_video_status(_status_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        progress = d.pop("progress", UNSET)
        if (progress is None or isinstance(progress, Unset)) and strict_parsing.get():
            raise KeyError("progress")

        if progress is None or progress is UNSET:
            if progress is UNSET:
                _none_flips += ("progress",)
            progress = None

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _completed_at_raw = d.pop("completed_at", UNSET)
        if _completed_at_raw is None or isinstance(_completed_at_raw, Unset):
            if isinstance(_completed_at_raw, Unset) and strict_parsing.get():
                raise KeyError("completed_at")

            if _completed_at_raw is UNSET:
                _none_flips += ("completed_at",)
            completed_at = None

        else:
            try:

                def _parse_completed_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                completed_at = _parse_completed_at(_completed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                completed_at = _completed_at_raw

        _expires_at_raw = d.pop("expires_at", UNSET)
        if _expires_at_raw is None or isinstance(_expires_at_raw, Unset):
            if isinstance(_expires_at_raw, Unset) and strict_parsing.get():
                raise KeyError("expires_at")

            if _expires_at_raw is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        else:
            try:

                def _parse_expires_at(data: object) -> int | None:
                    if data is None:
                        return data

                    return cast(int | None, data)

                expires_at = _parse_expires_at(_expires_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                expires_at = _expires_at_raw

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            if isinstance(_prompt_raw, Unset) and strict_parsing.get():
                raise KeyError("prompt")

            if _prompt_raw is UNSET:
                _none_flips += ("prompt",)
            prompt = None

        else:
            try:

                def _parse_prompt(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                prompt = _parse_prompt(_prompt_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt = _prompt_raw

        _size_raw = d.pop("size", UNSET)
        if _size_raw is None or isinstance(_size_raw, Unset):
            if strict_parsing.get():
                raise KeyError("size")

            if _size_raw is UNSET:
                _none_flips += ("size",)
            size = None

        else:
            try:
                size = check_video_size(_size_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                size = _size_raw

        seconds = d.pop("seconds", UNSET)
        if (seconds is None or isinstance(seconds, Unset)) and strict_parsing.get():
            raise KeyError("seconds")

        if seconds is None or seconds is UNSET:
            if seconds is UNSET:
                _none_flips += ("seconds",)
            seconds = None

        _remixed_from_video_id_raw = d.pop("remixed_from_video_id", UNSET)
        if _remixed_from_video_id_raw is None or isinstance(
            _remixed_from_video_id_raw, Unset
        ):
            if isinstance(_remixed_from_video_id_raw, Unset) and strict_parsing.get():
                raise KeyError("remixed_from_video_id")

            if _remixed_from_video_id_raw is UNSET:
                _none_flips += ("remixed_from_video_id",)
            remixed_from_video_id = None

        else:
            try:

                def _parse_remixed_from_video_id(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast(None | str, data)

                remixed_from_video_id = _parse_remixed_from_video_id(
                    _remixed_from_video_id_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                remixed_from_video_id = _remixed_from_video_id_raw

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if isinstance(_error_raw, Unset) and strict_parsing.get():
                raise KeyError("error")

            if _error_raw is UNSET:
                _none_flips += ("error",)
            error = None

        else:
            try:

                def _parse_error(data: object) -> Error2 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        error_type_0 = Error2.from_dict(data)

                        return error_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(Error2 | None, data)

                error = _parse_error(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        video_resource = cls(
            id=id,
            object_=object_,
            model=model,
            status=status,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            expires_at=expires_at,
            prompt=prompt,
            size=size,
            seconds=seconds,
            remixed_from_video_id=remixed_from_video_id,
            error=error,
        )
        if _none_flips:
            video_resource._none_flips = _none_flips

        video_resource.additional_properties = d
        return video_resource

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

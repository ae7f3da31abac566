from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam
    from ..models.file_upload_param import FileUploadParam
    from ..models.history_param import HistoryParam


T = TypeVar("T", bound="ChatkitConfigurationParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AutomaticThreadTitlingParam, FileUploadParam, HistoryParam
    from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam
    from ..models.file_upload_param import FileUploadParam
    from ..models.history_param import HistoryParam

    _models_bound = True


@_attrs_define
class ChatkitConfigurationParam:
    """Optional ChatKit feature settings for one session."""

    automatic_thread_titling: AutomaticThreadTitlingParam | None = None
    """ Turns automatic thread titles on or off. """
    file_upload: FileUploadParam | None = None
    """ Whether and how much users may upload in the session. """
    history: HistoryParam | None = None
    """ Whether users can reach earlier threads, and how many. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_automatic_thread_titling = (
            self.automatic_thread_titling
            if self.automatic_thread_titling is not None
            or "automatic_thread_titling" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_automatic_thread_titling, AutomaticThreadTitlingParam):
            automatic_thread_titling = _v_automatic_thread_titling
        else:
            automatic_thread_titling: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_automatic_thread_titling, Unset):
                automatic_thread_titling = _v_automatic_thread_titling.to_dict()

        _v_file_upload = (
            self.file_upload
            if self.file_upload is not None or "file_upload" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_upload, FileUploadParam):
            file_upload = _v_file_upload
        else:
            file_upload: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_file_upload, Unset):
                file_upload = _v_file_upload.to_dict()

        _v_history = (
            self.history
            if self.history is not None or "history" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_history, HistoryParam):
            history = _v_history
        else:
            history: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_history, Unset):
                history = _v_history.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if automatic_thread_titling is not UNSET:
            field_dict["automatic_thread_titling"] = automatic_thread_titling
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _automatic_thread_titling_raw = d.pop("automatic_thread_titling", UNSET)
        if _automatic_thread_titling_raw is None or isinstance(
            _automatic_thread_titling_raw, Unset
        ):
            if _automatic_thread_titling_raw is None and strict_parsing.get():
                raise TypeError("automatic_thread_titling")

            if _automatic_thread_titling_raw is None:
                _none_flips += ("automatic_thread_titling",)
            automatic_thread_titling = None

        else:
            _automatic_thread_titling = _automatic_thread_titling_raw
            automatic_thread_titling: AutomaticThreadTitlingParam | Unset
            if isinstance(_automatic_thread_titling, Unset):
                automatic_thread_titling = UNSET
            else:
                automatic_thread_titling = AutomaticThreadTitlingParam.from_dict(
                    _automatic_thread_titling
                )

        _file_upload_raw = d.pop("file_upload", UNSET)
        if _file_upload_raw is None or isinstance(_file_upload_raw, Unset):
            if _file_upload_raw is None and strict_parsing.get():
                raise TypeError("file_upload")

            if _file_upload_raw is None:
                _none_flips += ("file_upload",)
            file_upload = None

        else:
            _file_upload = _file_upload_raw
            file_upload: FileUploadParam | Unset
            if isinstance(_file_upload, Unset):
                file_upload = UNSET
            else:
                file_upload = FileUploadParam.from_dict(_file_upload)

        _history_raw = d.pop("history", UNSET)
        if _history_raw is None or isinstance(_history_raw, Unset):
            if _history_raw is None and strict_parsing.get():
                raise TypeError("history")

            if _history_raw is None:
                _none_flips += ("history",)
            history = None

        else:
            _history = _history_raw
            history: HistoryParam | Unset
            if isinstance(_history, Unset):
                history = UNSET
            else:
                history = HistoryParam.from_dict(_history)

        chatkit_configuration_param = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
        )
        if _none_flips:
            chatkit_configuration_param._none_flips = _none_flips

        chatkit_configuration_param.additional_properties = d
        return chatkit_configuration_param

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

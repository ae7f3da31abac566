from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,
    )


T = TypeVar("T", bound="AuditLogIpAllowlistConfigActivated")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, AuditLogIpAllowlistConfigActivatedConfigsItem
    from ..models.audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,
    )

    _models_bound = True


@_attrs_define
class AuditLogIpAllowlistConfigActivated:
    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_configs = (
            self.configs
            if self.configs is not None or "configs" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_configs, list):
            configs = _v_configs
        else:
            configs: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_configs, Unset):
                configs = []
                for configs_item_data in _v_configs:
                    if not isinstance(
                        configs_item_data, AuditLogIpAllowlistConfigActivatedConfigsItem
                    ):
                        configs.append(configs_item_data)
                        continue
                    configs_item = configs_item_data.to_dict()
                    configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _configs_raw = d.pop("configs", UNSET)
        if _configs_raw is None or isinstance(_configs_raw, Unset):
            if _configs_raw is None and strict_parsing.get():
                raise TypeError("configs")

            if _configs_raw is None:
                _none_flips += ("configs",)
            configs = None

        else:
            try:
                _configs = _configs_raw
                configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | Unset = (
                    UNSET
                )
                if _configs is not UNSET:
                    configs = []
                    if not isinstance(_configs, list):
                        raise TypeError()
                    for configs_item_data in _configs:
                        configs_item = (
                            AuditLogIpAllowlistConfigActivatedConfigsItem.from_dict(
                                configs_item_data
                            )
                        )

                        configs.append(configs_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                configs = _configs_raw

        audit_log_ip_allowlist_config_activated = cls(
            configs=configs,
        )
        if _none_flips:
            audit_log_ip_allowlist_config_activated._none_flips = _none_flips

        audit_log_ip_allowlist_config_activated.additional_properties = d
        return audit_log_ip_allowlist_config_activated

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

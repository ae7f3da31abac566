from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_auto_code_interpreter_tool_param_type import (
    BetaAutoCodeInterpreterToolParamType,
    check_beta_auto_code_interpreter_tool_param_type,
)
from ..models.beta_container_memory_limit import (
    BetaContainerMemoryLimit,
    check_beta_container_memory_limit,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam,
    )
    from ..models.beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam,
    )


T = TypeVar("T", bound="BetaAutoCodeInterpreterToolParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaContainerNetworkPolicyAllowlistParam, \
        BetaContainerNetworkPolicyDisabledParam
    from ..models.beta_container_network_policy_allowlist_param import (
        BetaContainerNetworkPolicyAllowlistParam,
    )
    from ..models.beta_container_network_policy_disabled_param import (
        BetaContainerNetworkPolicyDisabledParam,
    )

    _models_bound = True


@_attrs_define
class BetaAutoCodeInterpreterToolParam:
    """Have a container created for the code interpreter automatically."""

    type_: BetaAutoCodeInterpreterToolParamType
    """ Fixed tag `auto`. """
    file_ids: list[str] | None = None
    """ Uploaded files to put in the container, at most 50. """
    memory_limit: BetaContainerMemoryLimit | None = None
    """ Memory of the container. """
    network_policy: (
        BetaContainerNetworkPolicyAllowlistParam
        | BetaContainerNetworkPolicyDisabledParam
        | None
    ) = None
    """ Network access of the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_file_ids = (
            self.file_ids
            if self.file_ids is not None or "file_ids" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_file_ids, list):
            file_ids = _v_file_ids
        else:
            file_ids: list[str] | Unset = UNSET
            if not isinstance(_v_file_ids, Unset):
                file_ids = _v_file_ids

        _v_memory_limit = (
            self.memory_limit
            if self.memory_limit is not None or "memory_limit" in self._none_flips
            else UNSET
        )

        memory_limit: None | str | Unset
        if isinstance(_v_memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = _v_memory_limit

        _v_network_policy = (
            self.network_policy
            if self.network_policy is not None or "network_policy" in self._none_flips
            else UNSET
        )

        if _v_network_policy is None or isinstance(_v_network_policy, Unset):
            network_policy = _v_network_policy
        else:
            network_policy: dict[str, Any] | Unset
            if isinstance(_v_network_policy, Unset):
                network_policy = UNSET
            elif isinstance(
                _v_network_policy, BetaContainerNetworkPolicyDisabledParam
            ) or isinstance(
                _v_network_policy, BetaContainerNetworkPolicyAllowlistParam
            ):
                network_policy = _v_network_policy.to_dict()
            else:
                network_policy = _v_network_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_auto_code_interpreter_tool_param_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _file_ids_raw = d.pop("file_ids", UNSET)
        if _file_ids_raw is None or isinstance(_file_ids_raw, Unset):
            if _file_ids_raw is None and strict_parsing.get():
                raise TypeError("file_ids")

            if _file_ids_raw is None:
                _none_flips += ("file_ids",)
            file_ids = None

        else:
            try:
                file_ids = cast(list[str], _file_ids_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                file_ids = _file_ids_raw

        _memory_limit_raw = d.pop("memory_limit", UNSET)
        if _memory_limit_raw is None or isinstance(_memory_limit_raw, Unset):
            if _memory_limit_raw is None:
                _none_flips += ("memory_limit",)
            memory_limit = None

        else:
            try:

                def _parse_memory_limit(
                    data: object,
                ) -> BetaContainerMemoryLimit | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        memory_limit_type_0 = check_beta_container_memory_limit(data)

                        return memory_limit_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaContainerMemoryLimit | None | Unset, data)

                memory_limit = _parse_memory_limit(_memory_limit_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                memory_limit = _memory_limit_raw

        _network_policy_raw = d.pop("network_policy", UNSET)
        if _network_policy_raw is None or isinstance(_network_policy_raw, Unset):
            if _network_policy_raw is None and strict_parsing.get():
                raise TypeError("network_policy")

            if _network_policy_raw is None:
                _none_flips += ("network_policy",)
            network_policy = None

        else:
            try:

                def _parse_network_policy(
                    data: object,
                ) -> (
                    BetaContainerNetworkPolicyAllowlistParam
                    | BetaContainerNetworkPolicyDisabledParam
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "disabled":
                            try:
                                network_policy_type_0 = (
                                    BetaContainerNetworkPolicyDisabledParam.from_dict(
                                        data
                                    )
                                )

                                return network_policy_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "allowlist":
                            try:
                                network_policy_type_1 = (
                                    BetaContainerNetworkPolicyAllowlistParam.from_dict(
                                        data
                                    )
                                )

                                return network_policy_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_network_policy(data)
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
                                    "allowed_domains",
                                    "domain_secrets",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "disabled") not in ("disabled",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        network_policy_type_0 = (
                            BetaContainerNetworkPolicyDisabledParam.from_dict(data)
                        )

                        return network_policy_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "allowlist") not in ("allowlist",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        network_policy_type_1 = (
                            BetaContainerNetworkPolicyAllowlistParam.from_dict(data)
                        )

                        return network_policy_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaContainerNetworkPolicyAllowlistParam
                        | BetaContainerNetworkPolicyDisabledParam
                        | Unset,
                        data,
                    )

                network_policy = _parse_network_policy(_network_policy_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                network_policy = _network_policy_raw

        beta_auto_code_interpreter_tool_param = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )
        if _none_flips:
            beta_auto_code_interpreter_tool_param._none_flips = _none_flips

        beta_auto_code_interpreter_tool_param.additional_properties = d
        return beta_auto_code_interpreter_tool_param

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

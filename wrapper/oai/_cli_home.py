"""Where the `oai` command keeps its things: the log database, the config file with the keys.

Paths follow the platform's convention (XDG on Linux: data in `$XDG_DATA_HOME/oai`, the config
in `$XDG_CONFIG_HOME/oai`), and `OAI_HOME` puts everything in one directory instead, so a test
or a second setup never touches the user's own. `home_paths` decides where from the environment
alone; `Home` is the thin I/O over it. The config file holds API keys, so it is written with
0600 permissions from the first byte (never created wider, then narrowed) and replaced
atomically: a crash leaves the old file or the new one, never half of either.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from ._cli_errors import CLIError
from ._files import replace_file

__all__ = ["Home", "HomePaths", "home_paths"]

CONFIG_NAME = "config.json"
LOG_NAME = "logs.db"
HISTORY_NAME = "history"


class HomePaths(NamedTuple):
    """The data directory (logs, line history) and the config directory (keys, settings)."""

    data: Path
    config: Path

    @property
    def log_db(self) -> Path:
        return self.data / LOG_NAME

    @property
    def history(self) -> Path:
        return self.data / HISTORY_NAME

    @property
    def config_file(self) -> Path:
        return self.config / CONFIG_NAME


def home_paths(environ: Mapping[str, str], platform: str, user_home: Path) -> HomePaths:
    """Where the data and the config live for this environment and platform.

    A relative `XDG_*` value is ignored, as the XDG spec says: it would move with the working
    directory, and logs that move are logs that get lost.
    """
    own = environ.get("OAI_HOME")
    if own:
        root = Path(own).expanduser()
        return HomePaths(root, root)
    if platform == "darwin":
        root = user_home / "Library" / "Application Support" / "oai"
        return HomePaths(root, root)
    if platform == "win32":
        base = environ.get("APPDATA")
        root = Path(base) / "oai" if base else user_home / "AppData" / "Roaming" / "oai"
        return HomePaths(root, root)
    return HomePaths(
        _xdg(environ, "XDG_DATA_HOME", user_home / ".local" / "share") / "oai",
        _xdg(environ, "XDG_CONFIG_HOME", user_home / ".config") / "oai",
    )


def _xdg(environ: Mapping[str, str], name: str, default: Path) -> Path:
    value = environ.get(name, "")
    return Path(value) if value and Path(value).is_absolute() else default


class Home:
    """The config file read and written; the paths come from `home_paths`."""

    def __init__(self, paths: HomePaths) -> None:
        self.paths = paths

    @classmethod
    def from_environment(cls) -> Home:
        return cls(home_paths(os.environ, sys.platform, Path.home()))

    def __repr__(self) -> str:
        return f"Home(data={str(self.paths.data)!r}, config={str(self.paths.config)!r})"

    # -- the config file ----------------------------------------------------------------------

    def config(self) -> dict[str, Any]:
        """The settings saved so far ({} when there is no config file yet)."""
        path = self.paths.config_file
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise CLIError(f"cannot read the config file {path}: {exc.strerror}") from None
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise CLIError(f"the config file {path} is not a JSON object: fix or remove it")
        return data

    def update_config(self, **changes: Any) -> None:
        """Change some settings, keeping the others; the file is replaced in one step."""
        data = {**self.config(), **changes}
        directory = self.paths.config
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Written 0600 (see `replace_file`): no key is ever readable by others, not even briefly.
        replace_file(self.paths.config_file, json.dumps(data, indent=2, sort_keys=True) + "\n")

    # -- keys ---------------------------------------------------------------------------------

    def stored_key(self, provider: str) -> str | None:
        """The key `oai keys set` saved for a provider, if any."""
        keys = self.config().get("keys")
        key = keys.get(provider) if isinstance(keys, dict) else None
        if not isinstance(key, str) or not key:
            return None
        mode = self.paths.config_file.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            print(
                f"oai: warning: {self.paths.config_file} can be read by others "
                f"(mode {stat.S_IMODE(mode):o}); run: chmod 600 {self.paths.config_file}",
                file=sys.stderr,
            )
        return key

    def store_key(self, provider: str, key: str) -> None:
        keys = self.config().get("keys")
        keys = dict(keys) if isinstance(keys, dict) else {}
        keys[provider] = key
        self.update_config(keys=keys)

    # -- logging on or off --------------------------------------------------------------------

    @property
    def logging(self) -> bool:
        """Whether chats are logged (on unless `oai logs off` turned it off)."""
        return self.config().get("logging", True) is not False

    def set_logging(self, on: bool) -> None:
        self.update_config(logging=on)

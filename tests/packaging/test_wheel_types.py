"""The installed wheel is typed for its users, `oai_api` as much as `oai`.

Without `oai_api/py.typed` in the wheel, a user's `mypy --strict` treats every generated model
as `Any`: the response `client.chat(...)` returns is `Any`, and nothing a user reads from it is
checked. `make lint` type-checks the source tree and cannot see this, so mypy here checks a
user's program (user_program.py) against the wheel installed in a fresh venv, from a directory
outside the repo and with no config file, as a user's project would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from wheel_support import REPO, isolated_env

PROGRAM = Path(__file__).with_name("user_program.py")
CHAT_RESPONSE = "oai_api.models.create_chat_completion_response.CreateChatCompletionResponse"
MISSING_MARKER = "missing library stubs or py.typed marker"
REVEAL = re.compile(r'^user_program\.py:(\d+): note: Revealed type is "(.*)"$')
SMOKE = "import oai, oai_api; oai.new('sk-test').close(); print(oai.__file__, oai_api.__file__)"
PARSING = re.compile(r"^LOG:  Parsing (\S+) \((oai|oai_api)(\.[\w.]+)?\)$")


@dataclass(frozen=True)
class MypyRun:
    returncode: int
    output: str  # mypy's report (stdout)
    log: str  # its -v log (stderr): which file it read for each module
    reveals: dict[str, str]  # `# reveal: <label>` -> the revealed type


def labels_by_line(program: Path) -> dict[int, str]:
    found: dict[int, str] = {}
    for number, line in enumerate(program.read_text().splitlines(), start=1):
        if "reveal_type(" in line and "# reveal: " in line:
            found[number] = line.rsplit("# reveal: ", 1)[1].strip()
    return found


def site_packages(python: Path) -> Path:
    done = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=isolated_env(),
    )
    return Path(done.stdout.strip()).resolve()


@pytest.fixture(scope="module")
def mypy_run(wheel_python: Path, tmp_path_factory: pytest.TempPathFactory) -> MypyRun:
    """`mypy --strict` on the user's program, seeing only what the fresh venv has installed.

    It runs in a temp dir with an empty config file, so neither the repo's `[tool.mypy]`
    (whose `mypy_path` names the source roots) nor a `pyproject.toml` found upwards applies.
    """
    work = tmp_path_factory.mktemp("user_project")
    shutil.copy(PROGRAM, work / PROGRAM.name)
    config = work / "mypy.ini"
    config.write_text("[mypy]\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--verbose",
            "--config-file",
            str(config),
            "--cache-dir",
            str(work / ".mypy_cache"),
            "--python-executable",
            str(wheel_python),
            PROGRAM.name,
        ],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
        env=isolated_env(),
        check=False,
    )
    labels = labels_by_line(PROGRAM)
    reveals: dict[str, str] = {}
    for line in done.stdout.splitlines():
        match = REVEAL.match(line)
        if match:
            reveals[labels[int(match[1])]] = match[2]
    return MypyRun(done.returncode, done.stdout, done.stderr, reveals)


def revealed(run: MypyRun, label: str) -> str:
    if label not in run.reveals:
        pytest.fail(f"mypy revealed nothing for {label!r}:\n{run.output}")
    return run.reveals[label]


def alternatives(revealed: str) -> set[str]:
    return {part.strip().removeprefix("builtins.") for part in revealed.split("|")}


def test_wheel_ships_both_type_markers(built_wheel: Path) -> None:
    with zipfile.ZipFile(built_wheel) as wheel:
        names = set(wheel.namelist())
    assert "oai/py.typed" in names
    assert "oai_api/py.typed" in names, "the generated package is untyped for users"


def test_installed_wheel_imports(wheel_python: Path, tmp_path: Path) -> None:
    """Run from a temp dir, so only the venv's copies of the packages can be imported."""
    done = subprocess.run(
        [
            str(wheel_python),
            "-c",
            SMOKE,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=isolated_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    installed = site_packages(wheel_python)
    for imported in done.stdout.split():
        assert Path(imported).resolve().is_relative_to(installed), imported


def test_mypy_reads_the_installed_packages_not_the_repo(
    mypy_run: MypyRun, wheel_python: Path
) -> None:
    """Otherwise the other mypy tests would pass on the source tree, as `make lint` does."""
    installed = site_packages(wheel_python)
    read: dict[str, Path] = {}
    for line in mypy_run.log.splitlines():
        match = PARSING.match(line)
        if match:
            read[match[2] + (match[3] or "")] = Path(match[1]).resolve()
    assert "oai" in read, f"mypy read no module of oai:\n{mypy_run.output}"
    elsewhere = {
        module: path for module, path in read.items() if not path.is_relative_to(installed)
    }
    assert not elsewhere, f"mypy read these outside the fresh venv: {elsewhere}"
    assert not any(path.is_relative_to(REPO / "wrapper") for path in read.values())
    assert not any(path.is_relative_to(REPO / "generated") for path in read.values())


def test_mypy_revealed_every_marked_line(mypy_run: MypyRun) -> None:
    assert set(mypy_run.reveals) == set(labels_by_line(PROGRAM).values()), mypy_run.output


def test_strict_mypy_finds_both_packages_typed(mypy_run: MypyRun) -> None:
    assert MISSING_MARKER not in mypy_run.output, mypy_run.output
    assert "import-untyped" not in mypy_run.output, mypy_run.output
    assert mypy_run.returncode == 0, mypy_run.output


def test_chat_response_is_the_generated_model(mypy_run: MypyRun) -> None:
    assert alternatives(revealed(mypy_run, "status")) == {"int"}
    response = alternatives(revealed(mypy_run, "response"))
    assert CHAT_RESPONSE in response, revealed(mypy_run, "response")
    assert "Any" not in response, revealed(mypy_run, "response")
    assert revealed(mypy_run, "narrowed") == CHAT_RESPONSE


@pytest.mark.parametrize("label", ["content", "direct_content"])
def test_message_content_is_an_optional_str(mypy_run: MypyRun, label: str) -> None:
    """`str` or absent, however absent is spelled (None or the generator's Unset)."""
    reveal = revealed(mypy_run, label)
    content = alternatives(reveal)
    assert "Any" not in content, reveal
    assert "str" in content, reveal
    assert len(content) >= 2, f"an absent content is not in the type: {reveal}"
    assert "object" not in content, reveal


def test_directly_imported_model_is_typed(mypy_run: MypyRun) -> None:
    assert revealed(mypy_run, "direct") == CHAT_RESPONSE

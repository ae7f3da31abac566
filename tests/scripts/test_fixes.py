"""The fixes' bookkeeping: one name per fix, pass, patch and finishing step, the same in code,
README and tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scripts_support import ROOT, fixes

NAMES = [fixes.fix_name(fix) for fix in fixes.FIXES]


def readme_rows() -> dict[str, list[str]]:
    """The fix table of scripts/README.md: fix name -> its cells."""
    rows: dict[str, list[str]] = {}
    for line in (ROOT / "scripts" / "README.md").read_text().splitlines():
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if line.startswith("| `") and len(cells) == 5:
            rows[cells[0].strip("`")] = cells
    return rows


def names_in(cell: str) -> list[str]:
    return re.findall(r"`([a-z_]+)`", cell)


def test_every_fix_pass_and_patch_has_one_name() -> None:
    assert len(set(NAMES)) == len(NAMES)
    passes = [p.__name__ for p in fixes.PASSES]
    assert len(set(passes)) == len(passes)
    patches = [(p.fix, p.name) for p in fixes.PATCHES]
    assert len(set(patches)) == len(patches)
    finishes = [f.__name__ for f in fixes.FINISHES]
    assert len(set(finishes)) == len(finishes)
    for fix in fixes.FIXES:
        assert fix.__doc__, fixes.fix_name(fix)
        assert all(p.fix == fixes.fix_name(fix) for p in getattr(fix, "PATCHES", ()))


def test_readme_table_lists_every_fix_in_order_with_its_passes_and_patches() -> None:
    rows = readme_rows()
    assert list(rows) == NAMES
    for fix in fixes.FIXES:
        _, _, passes, patches, _ = rows[fixes.fix_name(fix)]
        assert names_in(passes) == [p.__name__ for p in getattr(fix, "PASSES", ())], fixes.fix_name(
            fix
        )
        declared = [p.name for p in getattr(fix, "PATCHES", ())]
        declared += [f.__name__ for f in getattr(fix, "FINISHES", ())]
        assert names_in(patches) == declared, fixes.fix_name(fix)


def test_every_fix_is_pinned_by_a_test_whose_name_mentions_it() -> None:
    tests = "\n".join(p.read_text() for p in Path(__file__).parent.glob("test_*.py"))
    for name in NAMES:
        assert re.search(rf"def test_(\w+_)?{name}_\w*\(", tests), name


def test_every_patch_text_file_belongs_to_a_declared_patch() -> None:
    declared = {(p.fix, p.name) for p in fixes.PATCHES}
    found = {
        (path.parent.name, path.name.split(".")[0])
        for path in (ROOT / "scripts" / "fixes").glob("*/*.jinja")
    }
    assert found == declared


def test_a_patch_that_no_longer_matches_names_its_fix_patch_and_file(tmp_path: Path) -> None:
    (tmp_path / "model.py.jinja").write_text("the generator moved this text\n")
    patch = fixes.shared.TemplatePatch(
        fix="union_choice",
        name="construct",
        template="model.py.jinja",
        old="gone",
        new="",
        why="reasons",
    )
    with pytest.raises(RuntimeError) as raised:
        fixes.shared.apply_patches(tmp_path, (patch,))
    message = str(raised.value)
    assert "fix union_choice, patch construct" in message
    assert "scripts/fixes/union_choice/construct.old.jinja" in message
    assert "model.py.jinja matched 0 times instead of 1" in message

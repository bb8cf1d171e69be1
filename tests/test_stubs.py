"""The generated stubs: up to date with resources.yaml, formatted, valid, and true to run time.

- drift: regenerating from the repository's resources.yaml gives exactly the checked-in files,
  and a YAML edit without regenerating is caught (by this test and by `stubgen --check`);
- form: a generated header, ruff-clean, `mypy --strict`-clean, shipped with py.typed;
- truth: mypy's stubtest finds no difference between the stubs and the imported modules other
  than the few it cannot see through (listed in STUBTEST_ALLOWLIST with the reason).
"""

from __future__ import annotations

import configparser
import difflib
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from flamehub import stubgen
from flamehub.registry import load_registry

REPO = Path(__file__).resolve().parent.parent
REGISTRY = REPO / "resources.yaml"
GENERATED = sorted(stubgen.generate(load_registry(REGISTRY)))
REGENERATE = "run `python -m flamehub.stubgen` and commit the stubs"


def _diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(
        actual.splitlines(), expected.splitlines(), f"{name} (checked in)", f"{name} (generated)"
    )
    return "\n".join(list(lines)[:40])


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=300)


# --------------------------------------------------------------------------------------------
# Drift.


@pytest.mark.parametrize("relative", GENERATED)
def test_checked_in_stub_is_what_the_registry_generates(relative):
    expected = stubgen.generate(load_registry(REGISTRY))[relative]
    path = REPO / relative
    assert path.is_file(), f"{relative} is missing: {REGENERATE}"
    actual = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{relative} is stale: {REGENERATE}\n{_diff(expected, actual, relative)}"
    )


def _edited_registry(tmp_path: Path) -> Path:
    """resources.yaml with one more field on nodes and one more value of an enum."""
    document = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    document["resources"]["node"]["fields"]["colour"] = "str?"
    document["enums"]["NodeType"].append("relay")
    path = tmp_path / "resources.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_a_yaml_edit_without_regenerating_is_caught(tmp_path):
    files = stubgen.generate(load_registry(_edited_registry(tmp_path)))
    assert "    colour: str | None = None" in files["flamehub/models.pyi"]
    assert (
        'NodeType: TypeAlias = Literal["aggregator", "default", "relay"]'
        in files["flamehub/types.pyi"]
    )
    # clients.pyi too: the docstrings of node_type name the enum's values.
    assert stubgen.stale_files(files, REPO) == [
        "flamehub/types.pyi",
        "flamehub/models.pyi",
        "flamehub/clients.pyi",
    ]


def test_the_command_line_check_reports_stale_stubs_and_writes_nothing(tmp_path):
    before = {relative: (REPO / relative).read_bytes() for relative in GENERATED}
    edited = _run(
        sys.executable, "-m", "flamehub.stubgen", "--check", "--registry",
        str(_edited_registry(tmp_path)), "--root", str(REPO),
    )  # fmt: skip
    assert edited.returncode == 1, edited.stderr
    assert "stale: flamehub/models.pyi" in edited.stderr
    assert "python -m flamehub.stubgen" in edited.stderr
    assert {relative: (REPO / relative).read_bytes() for relative in GENERATED} == before

    fresh = _run(
        sys.executable, "-m", "flamehub.stubgen", "--check", "--registry", str(REGISTRY),
        "--root", str(REPO),
    )  # fmt: skip
    assert fresh.returncode == 0, fresh.stderr


def test_the_command_line_writes_the_stubs_to_a_root(tmp_path):
    result = _run(
        sys.executable, "-m", "flamehub.stubgen", "--registry", str(REGISTRY),
        "--root", str(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for relative in GENERATED:
        assert f"wrote {relative}" in result.stdout
        assert (tmp_path / relative).read_bytes() == (REPO / relative).read_bytes()


def test_generation_is_deterministic():
    assert stubgen.generate(load_registry(REGISTRY)) == stubgen.generate(load_registry(REGISTRY))


def test_a_field_hiding_a_type_name_is_refused(tmp_path):
    # In a class body, a field called `datetime` would hide the type of later fields.
    document = yaml.safe_load(REGISTRY.read_text(encoding="utf-8"))
    document["resources"]["node"]["fields"]["datetime"] = "str?"
    path = tmp_path / "resources.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(stubgen.StubError, match=r"Node: the field\(s\) \['datetime'\] hide"):
        stubgen.generate(load_registry(path))


# --------------------------------------------------------------------------------------------
# Form.


@pytest.mark.parametrize("relative", GENERATED)
def test_stub_says_it_is_generated(relative):
    text = (REPO / relative).read_text(encoding="utf-8")
    assert text.startswith(stubgen.HEADER)
    assert max(len(line) for line in text.splitlines()) <= 100


def _ruff() -> list[str]:
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    return [sys.executable, "-m", "ruff"]


def test_stubs_pass_ruff_format_and_check():
    paths = [str(REPO / relative) for relative in GENERATED]
    config = ["--config", str(REPO / "pyproject.toml")]
    formatted = _run(*_ruff(), "format", "--check", "--diff", *config, *paths)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr
    checked = _run(*_ruff(), "check", *config, *paths)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _mypy(*args: str, tool: str = "mypy") -> subprocess.CompletedProcess[str]:
    # From the repository (mypy looks in its working directory first and `python -m` imports
    # from it), so that the stubs checked are the ones of the flamehub imported.
    return _run(sys.executable, "-m", tool, *args)


def test_stubs_pass_mypy_strict():
    # follow-imports=silent: the stubs are checked, not the modules they import.
    result = _mypy("--strict", "--follow-imports=silent", *GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_stubs_and_py_typed_are_shipped():
    for package in ("flamehub", "flame_hub"):
        assert (REPO / package / "py.typed").is_file()
    setup = configparser.ConfigParser()
    setup.read(REPO / "setup.cfg")
    package_data = setup["options.package_data"]
    for package in ("flamehub", "flame_hub"):
        shipped = {item.strip() for item in package_data[package].split(",")}
        assert {"py.typed", "*.pyi"} <= shipped


# --------------------------------------------------------------------------------------------
# Truth: mypy's stubtest imports the modules and compares every name and signature.

STUBTEST_MODULES = [
    "flamehub.types",
    "flamehub.models",
    "flamehub.clients",
    *(f"flame_hub.{module}" for module in stubgen.ALIASED_MODULES),
]


def _stubtest_allowlist() -> str:
    enums = "|".join(load_registry(REGISTRY).enums)
    return "\n".join(
        [
            # msgspec Structs build __init__ in C: at run time it shows as (*args, **kwargs).
            r"(flamehub|flame_hub)\.models\.\w+\.__init__",
            # A Literal alias is not a Union at run time; stubtest expects one for `A | B`.
            rf"(flamehub|flame_hub)\.(types|models)\.({enums})",
            # Embedded structs are TypedDicts made at run time: typing_extensions and msgspec
            # give them dunder attributes that no stub spells out.
            r"(flamehub|flame_hub)\.models\.\w+\.__(closed|extra_items|msgspec_cache|"
            r"mutable_keys|readonly_keys|orig_bases|total|required_keys|optional_keys)__",
            # A str Enum's __new__ comes from enum.Enum at run time and from str in typeshed.
            r"(flamehub|flame_hub)\.types\.FilterOperator\.__new__",
            "",
        ]
    )


def test_stubtest_finds_the_stubs_true_to_the_running_code(tmp_path):
    allowlist = tmp_path / "allowlist.txt"
    allowlist.write_text(_stubtest_allowlist(), encoding="utf-8")
    # Errors in the modules the stubs import (not in the stubs) are not this test's business.
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nfollow_imports = silent\n", encoding="utf-8")
    result = _mypy(
        "--mypy-config-file", str(config), "--allowlist", str(allowlist), *STUBTEST_MODULES,
        tool="mypy.stubtest",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]

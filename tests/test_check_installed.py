"""smollm2_proof.check_installed: each run_gpu.sh stage imports what it needs before any GPU work and
names every module that fails, with the command that installs it."""

import pytest

from smollm2_proof import check_installed


def test_every_stage_imports_here(capsys):
    """The test environment has every package the GPU stages import (the project's dependencies)."""
    for stage in check_installed.STAGES:
        assert check_installed.main([stage]) == 0, capsys.readouterr().err


def test_a_missing_or_broken_module_is_named_with_its_fix(tmp_path, monkeypatch, capsys):
    (tmp_path / "breaks_on_import.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(check_installed.STAGES, "eval", ["eval", "breaks_on_import", "not_installed_xyz"])
    monkeypatch.setitem(check_installed.INSTALL, "breaks_on_import", "pip install breaks-on-import")
    monkeypatch.setitem(check_installed.INSTALL, "not_installed_xyz", "pip install not-installed-xyz")
    assert check_installed.main(["eval"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "run_gpu.sh eval: cannot import breaks_on_import (ModuleNotFoundError: No module named "
        "'no_such_dependency_xyz'); fix: pip install breaks-on-import",
        "run_gpu.sh eval: cannot import not_installed_xyz (ModuleNotFoundError: No module named "
        "'not_installed_xyz'); fix: pip install not-installed-xyz",
    ]


@pytest.mark.parametrize("argv", [[], ["bench"], ["eval", "train"]])
def test_an_unknown_stage_is_a_usage_error(argv, capsys):
    assert check_installed.main(argv) == 2
    assert (
        "usage: python -m smollm2_proof.check_installed prepare|train|eval|pipeline"
        in capsys.readouterr().err
    )


def test_every_module_a_stage_needs_says_how_to_install_it():
    assert {m for modules in check_installed.STAGES.values() for m in modules} <= set(check_installed.INSTALL)

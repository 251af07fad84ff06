"""The image build, offline: the build context holds what the Dockerfile copies and nothing else
(.dockerignore, read with Docker's own matching rules from the `docker` package), the build is
made from a commit or the working tree (never a tag that may not exist), and the build-time import
check fails when the base image lacks a module the Jobs import."""

from __future__ import annotations

import re
import subprocess
import sys

from docker.utils.build import exclude_paths

from conftest import ROOT, run_env

DOCKERFILE = ROOT / "k8s/image/Dockerfile"
CHECK = ROOT / "k8s/image/check_imports.py"


def copy_sources() -> list[str]:
    sources = []
    for line in DOCKERFILE.read_text().splitlines():
        if line.startswith("COPY "):
            sources += line.split()[1:-1]
    return sources


def test_build_context_is_what_the_dockerfile_copies(tmp_path):
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    junk = [
        ".venv/lib/python3.11/site-packages/torch/__init__.py",
        ".cache/smoke-model/model.safetensors",
        "outputs/smoke/adapter_model.safetensors",
        "eval/__pycache__/run.cpython-311.pyc",
        "wandb/run/x",
    ]
    files = tracked.split() + junk
    for rel in files:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).touch()
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    patterns = [ln for ln in lines if ln and not ln.startswith("#")]
    context = set(files) & exclude_paths(str(tmp_path), patterns, dockerfile="k8s/image/Dockerfile")
    sources = copy_sources()
    wanted = {rel for rel in tracked.split() for src in sources if rel == src or rel.startswith(src + "/")}
    assert wanted and wanted <= context, sorted(wanted - context)
    assert not [p for p in context - wanted if p not in ("k8s/image/Dockerfile", ".dockerignore")]


def test_build_instructions_name_no_tag():
    """Build from a commit (git archive) or the working tree; no `git checkout <tag>`."""
    for path in (DOCKERFILE, ROOT / "k8s/README.md"):
        text = path.read_text()
        assert not re.search(r"git checkout v?\d", text), path
        assert "git archive --format=tar HEAD | docker build -f k8s/image/Dockerfile" in text, path
    run_check = 'RUN python /tmp/check_imports.py --version "${XLAM_FC_VERSION}" --axolotl 0.19.0'
    assert run_check in DOCKERFILE.read_text()


def test_import_check_names_a_module_the_base_image_lacks():
    """matplotlib made unimportable (as in a base image without it): the check fails and names it,
    and nothing else is missing here."""
    block = (
        "import runpy, sys; sys.modules['matplotlib'] = None; "
        "sys.argv = [sys.argv[1], '--version', '0.1.0', '--axolotl', '0.19.0']; "
        "runpy.run_path(sys.argv[0], run_name='__main__')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", block, str(CHECK)],
        cwd=ROOT.parent,
        env=run_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    listed = [ln.strip() for ln in proc.stderr.splitlines() if ln.strip().startswith("- ")]
    assert listed and all(ln.startswith("- matplotlib") for ln in listed), listed
    assert "matplotlib.pyplot (imported by eval/report.py)" in proc.stderr

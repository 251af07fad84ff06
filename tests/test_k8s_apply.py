"""The apply sequence on a live cluster, checked offline on the rendered manifests and on k8s/apply.sh:
- ordering: every object a manifest names (ServiceAccount, ConfigMaps, PVC, the TrainingRuntime of a
  TrainJob) is sent before it;
- immutability: the edits k8s/README.md describes (recipe, RUN_NAME, node count, image) change
  immutable fields only in the run objects apply.sh deletes and recreates;
- apply.sh, against a stand-in `kubectl`: recreates finished or suspended run objects, never one
  that is still running, and applies in the rendered order."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
import yaml

from k8s_schema import CRD_DIR, ROOT, pod_specs, render

OVERLAYS = ("trainer-v2", "pytorchjob-v1")
APPLY = ROOT / "k8s/apply.sh"
# Core kinds' immutable fields (Kubernetes API validation; CRD kinds: their CEL rules, below)
CORE_IMMUTABLE = {
    "Job": ["spec.template", "spec.selector", "spec.completionMode"],
    "PersistentVolumeClaim": ["spec.accessModes", "spec.storageClassName", "spec.volumeName"],
}
FAKE_KUBECTL = """#!/usr/bin/env bash
# stand-in for kubectl: renders with the real one, answers `get` from $FAKE_STATES, logs the rest
echo "$*" >> "$FAKE_LOG"
case $1 in
  kustomize) exec "$REAL_KUBECTL" "$@" ;;
  get) line=$(grep "^$2=" "$FAKE_STATES" || true); printf '%s' "${line#*=}" ;;
  apply) cat > "$FAKE_APPLIED" ;;
esac
"""


def key(obj) -> str:
    return f"{obj['kind']}/{obj['metadata']['name']}"


def references(obj) -> set[str]:
    """kind/name of every object this one names."""
    refs = set()
    if obj["kind"] == "TrainJob":
        refs.add(f"TrainingRuntime/{obj['spec']['runtimeRef']['name']}")
    for _, pod in pod_specs(obj):
        if pod.get("serviceAccountName"):
            refs.add(f"ServiceAccount/{pod['serviceAccountName']}")
        for vol in pod.get("volumes", []):
            sources = vol.get("projected", {}).get("sources", [])
            refs |= {f"ConfigMap/{s['configMap']['name']}" for s in sources}
            if "persistentVolumeClaim" in vol:
                refs.add(f"PersistentVolumeClaim/{vol['persistentVolumeClaim']['claimName']}")
        for c in pod["containers"]:
            refs |= {f"ConfigMap/{s['configMapRef']['name']}" for s in c.get("envFrom", [])}
    return refs


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_objects_are_sent_after_what_they_name(overlay):
    objs = render(ROOT / "k8s/overlays" / overlay)
    position = {key(o): i for i, o in enumerate(objs)}
    checked = 0
    for i, obj in enumerate(objs):
        for ref in references(obj):
            assert ref in position, f"{key(obj)} names {ref}, which the overlay does not create"
            assert position[ref] < i, f"{key(obj)} is sent before {ref}"
            checked += 1
    assert checked >= 10
    if overlay == "trainer-v2":
        assert position["TrainingRuntime/xlam-axolotl"] < position["TrainJob/xlam-train"]


# ---- immutability ------------------------------------------------------------------------------


@cache
def crd_immutable_paths() -> dict[str, list[str]]:
    """kind -> field paths whose CEL rule is `self == oldSelf` ('[]' = every list item)."""
    paths: dict[str, list[str]] = {}

    def walk(node, path, kind):
        for rule in node.get("x-kubernetes-validations", []):
            if rule["rule"].replace(" ", "") == "self==oldSelf":
                paths.setdefault(kind, []).append(".".join(path))
        for name, child in (node.get("properties") or {}).items():
            walk(child, path + [name], kind)
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + ["[]"], kind)

    for crd_file in CRD_DIR.glob("*.yaml"):
        crd = yaml.load(crd_file.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for version in crd["spec"]["versions"]:
            walk(version["schema"]["openAPIV3Schema"], [], crd["spec"]["names"]["kind"])
    return paths


def values_at(node, path: list[str]) -> list:
    if not path:
        return [node]
    head, rest = path[0], path[1:]
    if head == "[]":
        return [v for item in (node if isinstance(node, list) else []) for v in values_at(item, rest)]
    return values_at(node[head], rest) if isinstance(node, dict) and head in node else [None]


def immutable_changes(before: list[dict], after: list[dict]) -> set[str]:
    """kind/name of objects that exist in both renderings and differ in an immutable field."""
    rules = {**crd_immutable_paths(), **CORE_IMMUTABLE}
    old = {key(o): o for o in before}
    changed = set()
    for obj in after:
        prev = old.get(key(obj))
        if prev is None:
            continue  # a new object (a renamed ConfigMap): created, not updated
        for path in rules.get(obj["kind"], []):
            if values_at(prev, path.split(".")) != values_at(obj, path.split(".")):
                changed.add(key(obj))
    return changed


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new))


EDITS = {
    "recipe": lambda root: edit(root / "recipes/xlam.yml", "learning_rate: 1.0e-4", "learning_rate: 2.0e-4"),
    "run-name": lambda root: edit(root / "k8s/base/run.env", "RUN_NAME=\n", "RUN_NAME=second\n"),
    "nodes": lambda root: (
        edit(root / "k8s/overlays/trainer-v2/trainjob.yaml", "numNodes: 2", "numNodes: 3"),
        edit(
            root / "k8s/overlays/pytorchjob-v1/pytorchjob.yaml",
            "    Worker:\n      replicas: 1",
            "    Worker:\n      replicas: 2",
        ),
    ),
    "image": lambda root: edit(root / "k8s/components/image/kustomization.yaml", "newTag: ", "newTag: 2-"),
}


@pytest.fixture(scope="module")
def scratch_renders(tmp_path_factory) -> dict[tuple[str, str], tuple[list, list]]:
    """(edit, overlay) -> (objects before, objects after the edit), each edit on its own copy."""
    out = {}
    for name, apply_edit in EDITS.items():
        root = tmp_path_factory.mktemp(name)
        for part in ("k8s", "recipes"):
            shutil.copytree(ROOT / part, root / part)
        before = {o: render(root / "k8s/overlays" / o) for o in OVERLAYS}
        apply_edit(root)
        for overlay in OVERLAYS:
            out[(name, overlay)] = before[overlay], render(root / "k8s/overlays" / overlay)
    return out


def run_apply(tmp_path, overlay: str, states: dict[str, str]) -> tuple:
    """apply.sh with the stand-in kubectl; states: 'kind/name' -> '<suspend>|<True condition types>'."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "kubectl").write_text(FAKE_KUBECTL)
    (bin_dir / "kubectl").chmod(0o755)
    (tmp_path / "states").write_text("".join(f"{k}={v}\n" for k, v in states.items()))
    log, applied = tmp_path / "log", tmp_path / "applied.yaml"
    for f in (log, applied):
        f.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_LOG": str(log),
        "FAKE_STATES": str(tmp_path / "states"),
        "FAKE_APPLIED": str(applied),
        "REAL_KUBECTL": shutil.which("kubectl"),
    }
    proc = subprocess.run(
        ["bash", str(APPLY), f"k8s/overlays/{overlay}"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return proc, calls, applied.read_text() if applied.exists() else ""


def recreated_by_apply(tmp_path, overlay: str) -> set[str]:
    """What apply.sh deletes and recreates when every run object exists and is complete."""
    names = {"Job/xlam-prefetch", "Job/xlam-eval", "TrainJob/xlam-train", "PyTorchJob/xlam-train"}
    proc, calls, _ = run_apply(tmp_path, overlay, {n.lower(): "|Complete" for n in names})
    assert proc.returncode == 0, proc.stderr
    [delete] = [c for c in calls if c.startswith("delete ")]
    return {ref for ref in names if ref.lower() in delete.split()}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_immutable_changes_only_hit_what_apply_recreates(scratch_renders, tmp_path, overlay):
    recreated = recreated_by_apply(tmp_path, overlay)
    hit = set()
    for (name, o), (before, after) in scratch_renders.items():
        if o == overlay:
            changed = immutable_changes(before, after)
            assert changed <= recreated, f"{name} edit changes immutable fields of {changed - recreated}"
            hit |= changed
    # the rules bite: a plain re-apply would be rejected for these
    assert {"Job/xlam-prefetch", "Job/xlam-eval"} <= hit
    if overlay == "trainer-v2":
        assert "TrainJob/xlam-train" in hit  # numNodes: spec.trainer is immutable


# ---- apply.sh against a stand-in kubectl --------------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_first_apply_sends_the_rendering_in_order(tmp_path, overlay):
    proc, calls, applied = run_apply(tmp_path, overlay, {})
    assert proc.returncode == 0, proc.stderr
    assert not [c for c in calls if c.startswith("delete")]
    assert calls[-1] == "apply -f -"
    rendered = render(ROOT / "k8s/overlays" / overlay)
    assert [key(o) for o in yaml.safe_load_all(applied) if o] == [key(o) for o in rendered]


@pytest.mark.parametrize("overlay, train", [("trainer-v2", "trainjob"), ("pytorchjob-v1", "pytorchjob")])
def test_reapply_recreates_finished_and_suspended_run_objects(tmp_path, overlay, train):
    states = {
        "job/xlam-prefetch": "|Complete",
        "job/xlam-eval": "true|Suspended",
        f"{train}/xlam-train": "|Created Succeeded" if train == "pytorchjob" else "|Complete",
    }
    proc, calls, _ = run_apply(tmp_path, overlay, states)
    assert proc.returncode == 0, proc.stderr
    deletes = [i for i, c in enumerate(calls) if c.startswith("delete ")]
    assert len(deletes) == 1 and deletes[0] < calls.index("apply -f -")
    assert set(calls[deletes[0]].split()[1:]) == {*states, "--wait=true"}


@pytest.mark.parametrize("running", ["trainjob/xlam-train", "job/xlam-prefetch"])
def test_reapply_never_deletes_a_running_object(tmp_path, running):
    states = {"job/xlam-prefetch": "|Complete", "trainjob/xlam-train": "|Created", running: "|"}
    proc, calls, _ = run_apply(tmp_path, "trainer-v2", states)
    assert proc.returncode == 1
    assert f"still running: {running}" in proc.stderr and f"kubectl delete {running}" in proc.stderr
    assert not [c for c in calls if c.startswith(("delete", "apply"))]


def test_apply_names_a_wrong_overlay(tmp_path):
    proc = subprocess.run(["bash", str(APPLY), str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 1 and "usage: apply.sh OVERLAY_DIR" in proc.stderr

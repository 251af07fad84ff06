"""The customisations k8s/README.md promises, rendered on a scratch copy of k8s/ + recipes/:
an edited recipe becomes a new ConfigMap name in every workload, the Kueue component, the storage
patch and a pull secret all still render strictly valid manifests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from k8s_schema import ROOT, pod_specs, problems, render


@pytest.fixture
def scratch(tmp_path) -> Path:
    for part in ("k8s", "recipes"):
        shutil.copytree(ROOT / part, tmp_path / part)
    return tmp_path


def recipe_configmap_refs(objs) -> set[str]:
    return {
        src["configMap"]["name"]
        for o in objs
        for _, pod in pod_specs(o)
        for v in pod.get("volumes", [])
        for src in v.get("projected", {}).get("sources", [])
        if src["configMap"]["name"].startswith("xlam-recipes-")
    }


@pytest.mark.parametrize("overlay", ["trainer-v2", "pytorchjob-v1"])
def test_edited_recipe_is_a_new_configmap_everywhere(scratch, overlay):
    before = render(scratch / "k8s/overlays" / overlay)
    recipe = scratch / "recipes/xlam.yml"
    recipe.write_text(recipe.read_text().replace("sequence_len: 1024", "sequence_len: 2048"))
    after = render(scratch / "k8s/overlays" / overlay)
    [old], [new] = recipe_configmap_refs(before), recipe_configmap_refs(after)
    assert old != new
    assert new in {o["metadata"]["name"] for o in after if o["kind"] == "ConfigMap"}
    assert problems(after) == []


@pytest.mark.parametrize("overlay, kind", [("trainer-v2", "TrainJob"), ("pytorchjob-v1", "PyTorchJob")])
def test_kueue_component_labels_the_training_job(scratch, overlay, kind):
    kustomization = scratch / "k8s/overlays" / overlay / "kustomization.yaml"
    text = kustomization.read_text()
    assert "  # - ../../components/kueue" in text
    kustomization.write_text(text.replace("  # - ../../components/kueue", "  - ../../components/kueue"))
    objs = render(kustomization.parent)
    [job] = [o for o in objs if o["kind"] == kind]
    assert job["metadata"]["labels"]["kueue.x-k8s.io/queue-name"] == "gpu-queue"
    assert problems(objs) == []


def test_readme_storage_patch_sets_class_and_size(scratch):
    kustomization = scratch / "k8s/overlays/trainer-v2/kustomization.yaml"
    assert "patches:" not in kustomization.read_text()
    kustomization.write_text(
        kustomization.read_text()
        + """patches:
  - target: {kind: PersistentVolumeClaim, name: xlam-data}
    patch: |-
      - {op: add, path: /spec/storageClassName, value: my-rwx-class}
      - {op: replace, path: /spec/resources/requests/storage, value: 1Ti}
"""
    )
    objs = render(kustomization.parent)
    [pvc] = [o for o in objs if o["kind"] == "PersistentVolumeClaim"]
    assert pvc["spec"]["storageClassName"] == "my-rwx-class"
    assert pvc["spec"]["resources"]["requests"]["storage"] == "1Ti"
    assert problems(objs) == []


def test_pull_secret_reaches_every_pod_through_the_service_account(scratch):
    account = scratch / "k8s/base/service-account.yaml"
    text = account.read_text()
    assert "imagePullSecrets: []" in text
    account.write_text(text.replace("imagePullSecrets: []", "imagePullSecrets:\n  - name: regcred"))
    objs = render(scratch / "k8s/overlays/trainer-v2")
    [sa] = [o for o in objs if o["kind"] == "ServiceAccount"]
    assert sa["imagePullSecrets"] == [{"name": "regcred"}]
    assert {pod["serviceAccountName"] for o in objs for _, pod in pod_specs(o)} == {sa["metadata"]["name"]}
    assert problems(objs) == []

"""k8s/: every overlay renders with plain `kubectl kustomize`, every object passes strict schema
validation (core kinds + the Kubeflow/JobSet CRDs) and the webhook rules, and the pods carry
what a 2 x 8 GPU recipe job needs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from k8s_schema import ROOT, pod_specs, problems, render

OVERLAYS = {name: ROOT / "k8s/overlays" / name for name in ("trainer-v2", "pytorchjob-v1")}
TRAIN_KINDS = ("TrainingRuntime", "PyTorchJob")


@pytest.fixture(scope="module", params=sorted(OVERLAYS))
def rendered(request) -> tuple[str, list[dict]]:
    return request.param, render(OVERLAYS[request.param])


def by_kind(objs, kind):
    return [o for o in objs if o["kind"] == kind]


def one(objs, kind, name_prefix=""):
    found = [o for o in by_kind(objs, kind) if o["metadata"]["name"].startswith(name_prefix)]
    names = [o["metadata"]["name"] for o in found]
    assert len(found) == 1, f"expected one {kind} {name_prefix}*, got {names}"
    return found[0]


def containers(obj):
    return [c for _, pod in pod_specs(obj) for c in pod.get("containers", [])]


def env_of(container) -> dict:
    return {e["name"]: e for e in container.get("env", [])}


def run_settings(objs) -> dict:
    return one(objs, "ConfigMap", "xlam-run-")["data"]


def effective_env(objs, container) -> dict:
    """What the container sees: its envFrom ConfigMaps, then its own env (which wins)."""
    configmaps = {o["metadata"]["name"]: o.get("data", {}) for o in by_kind(objs, "ConfigMap")}
    env = {}
    for src in container.get("envFrom", []):
        env.update({k: {"name": k, "value": v} for k, v in configmaps[src["configMapRef"]["name"]].items()})
    return {**env, **env_of(container)}


def gpu_pods(objs):
    return [
        (o, pod)
        for o in objs
        for _, pod in pod_specs(o)
        if any("nvidia.com/gpu" in c.get("resources", {}).get("limits", {}) for c in pod["containers"])
    ]


def test_overlay_is_strictly_valid(rendered):
    _, objs = rendered
    assert problems(objs) == []


def test_trainer_v2_topology():
    objs = render(OVERLAYS["trainer-v2"])
    job, runtime = one(objs, "TrainJob"), one(objs, "TrainingRuntime")
    assert job["apiVersion"] == runtime["apiVersion"] == "trainer.kubeflow.org/v1alpha1"
    assert job["spec"]["runtimeRef"] == {
        "apiGroup": "trainer.kubeflow.org",
        "kind": "TrainingRuntime",
        "name": runtime["metadata"]["name"],
    }
    assert (job["spec"]["trainer"]["numNodes"], job["spec"]["trainer"]["numProcPerNode"]) == (2, 8)
    jobset = runtime["spec"]["template"]["spec"]
    assert jobset["failurePolicy"]["maxRestarts"] >= 1  # all nodes restart together
    [rjob] = jobset["replicatedJobs"]
    assert rjob["name"] == "node" and [c["name"] for c in containers(runtime)] == ["node"]
    assert rjob["template"]["metadata"]["labels"]["trainer.kubeflow.org/trainjob-ancestor-step"] == "trainer"
    assert rjob["template"]["spec"]["backoffLimit"] == 0
    assert [pod["restartPolicy"] for _, pod in pod_specs(runtime)] == ["Never"]
    assert job["spec"]["trainer"]["resourcesPerNode"]["limits"]["nvidia.com/gpu"] == "8"


def test_pytorchjob_v1_topology():
    job = one(render(OVERLAYS["pytorchjob-v1"]), "PyTorchJob")
    assert job["apiVersion"] == "kubeflow.org/v1" and job["spec"]["nprocPerNode"] == "8"
    specs = job["spec"]["pytorchReplicaSpecs"]
    assert (specs["Master"]["replicas"], specs["Worker"]["replicas"]) == (1, 1)
    for role in ("Master", "Worker"):
        [c] = specs[role]["template"]["spec"]["containers"]
        assert c["name"] == "pytorch"
        assert {"name": "pytorchjob-port", "containerPort": 29500, "protocol": "TCP"} in c["ports"]


def test_training_pods_have_the_essentials(rendered):
    _, objs = rendered
    train = [o for o in objs if o["kind"] in TRAIN_KINDS]
    assert train
    for obj in train:
        for path, pod in pod_specs(obj):
            shm = {v["name"]: v for v in pod["volumes"]}["dshm"]["emptyDir"]
            assert shm["medium"] == "Memory" and shm["sizeLimit"], path
            [c] = pod["containers"]
            assert {"name": "dshm", "mountPath": "/dev/shm"} in c["volumeMounts"]
            env = effective_env(objs, c)
            assert env["NCCL_NVLS_ENABLE"]["value"] == "0"
            assert env["TORCH_NCCL_ASYNC_ERROR_HANDLING"]["value"] == "1"
            assert env["NCCL_DEBUG"]["value"] == "WARN" and env["NCCL_SOCKET_IFNAME"]["value"]
            assert set(env["WANDB_API_KEY"]) == {"name", "valueFrom"}
            assert env["WANDB_API_KEY"]["valueFrom"]["secretKeyRef"]["name"] == "wandb"
            assert "HF_TOKEN" not in env and "WANDB_ENTITY" in env
            gpu = c["resources"]
            assert gpu["requests"]["nvidia.com/gpu"] == gpu["limits"]["nvidia.com/gpu"] == "8"
            assert c["command"] == ["/workspace/k8s/launch.sh"]
            # the recipe alone names the run: the eval Job, given only the recipe, finds the same run
            assert c["args"] == ["$(RECIPE)", "--auto_resume_from_checkpoints=true"]
            assert not any(e["name"].startswith("PET_") for e in c.get("env", []))
    settings = run_settings(objs)
    assert settings["WANDB_RESUME"] == "allow" and "WANDB_RUN_ID" not in settings  # launch.sh: the run


def test_pods_are_offline_except_prefetch(rendered):
    _, objs = rendered
    for obj in objs:
        for c in containers(obj):
            env = {k: v["value"] for k, v in effective_env(objs, c).items() if "value" in v}
            assert env["HF_HOME"] == "/mnt/data/hf" and env["AXOLOTL_DO_NOT_TRACK"] == "1"
            online = obj["metadata"]["name"] == "xlam-prefetch"
            assert env["HF_HUB_OFFLINE"] == env["HF_DATASETS_OFFLINE"] == ("0" if online else "1")


def test_every_gpu_pod_has_the_same_placement(rendered):
    _, objs = rendered
    pods = gpu_pods(objs)
    assert {o["kind"] for o, _ in pods} >= {"Job"} and len(pods) >= 2
    placements = {(str(pod.get("nodeSelector")), str(pod.get("tolerations"))) for _, pod in pods}
    assert len(placements) == 1
    _, pod = pods[0]
    assert pod["nodeSelector"] and pod["tolerations"]


def test_one_training_pod_template_for_master_and_worker():
    job = one(render(OVERLAYS["pytorchjob-v1"]), "PyTorchJob")
    specs = job["spec"]["pytorchReplicaSpecs"]
    assert specs["Master"]["template"] == specs["Worker"]["template"]
    text = (ROOT / "k8s/overlays/pytorchjob-v1/pytorchjob.yaml").read_text()
    assert text.count("containers:") == 1


def test_env_blocks_are_defined_once():
    """NCCL and offline settings live in base/nccl.env and base/offline.env (ConfigMaps, envFrom);
    only the prefetch Job overrides the two offline switches (it goes online)."""
    texts = {p: p.read_text() for p in (ROOT / "k8s").rglob("*.yaml")}
    for var in ("NCCL_NVLS_ENABLE", "NCCL_SOCKET_IFNAME", "HF_HOME", "AXOLOTL_DO_NOT_TRACK"):
        assert not [p for p, text in texts.items() if var in text], var
    for var in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE"):
        assert [p.name for p, text in texts.items() if f"name: {var}" in text] == ["prefetch-job.yaml"]


def test_pods_run_as_the_service_account_that_holds_pull_secrets(rendered):
    _, objs = rendered
    account = one(objs, "ServiceAccount", "xlam-fc")
    assert "imagePullSecrets" in account
    for obj in objs:
        for path, pod in pod_specs(obj):
            assert pod["serviceAccountName"] == "xlam-fc", f"{obj['metadata']['name']}: {path}"


def test_every_pod_skips_the_istio_sidecar(rendered):
    _, objs = rendered
    templates = []
    for obj in objs:
        spec = obj.get("spec") or {}
        if obj["kind"] == "Job":
            templates.append(spec["template"])
        elif obj["kind"] == "PyTorchJob":
            templates += [rs["template"] for rs in spec["pytorchReplicaSpecs"].values()]
        elif obj["kind"] == "TrainingRuntime":
            jobs = spec["template"]["spec"]["replicatedJobs"]
            templates += [rj["template"]["spec"]["template"] for rj in jobs]
    assert len(templates) >= 3
    for t in templates:
        assert t["metadata"]["annotations"]["sidecar.istio.io/inject"] == "false"


def test_stages_start_in_order(rendered):
    """One apply: prefetch runs at once; training and eval wait (suspended) until un-suspended."""
    _, objs = rendered
    assert not one(objs, "Job", "xlam-prefetch")["spec"].get("suspend")
    assert one(objs, "Job", "xlam-eval")["spec"]["suspend"] is True
    for obj in objs:
        if obj["kind"] == "TrainJob":
            assert obj["spec"]["suspend"] is True
        if obj["kind"] == "PyTorchJob":
            assert obj["spec"]["runPolicy"]["suspend"] is True


def test_hf_token_only_in_the_prefetch_job(rendered):
    _, objs = rendered
    holders = [o["metadata"]["name"] for o in objs for c in containers(o) if "HF_TOKEN" in env_of(c)]
    assert holders == ["xlam-prefetch"]
    prefetch = one(objs, "Job", "xlam-prefetch")
    [c] = containers(prefetch)
    assert env_of(c)["HF_TOKEN"]["valueFrom"]["secretKeyRef"] == {"name": "hf-token", "key": "HF_TOKEN"}
    script = " ".join(c["args"])
    assert 'run_vars=$(python k8s/run_env.py "$RECIPE")' in script and 'eval "$run_vars"' in script
    assert 'hf download "$BASE_MODEL"' in script and "--repo-type dataset" in script
    assert 'axolotl.cli.preprocess "$RECIPE"' in script


def test_eval_job_runs_the_eval_package_on_the_runs_adapter(rendered):
    _, objs = rendered
    [c] = containers(one(objs, "Job", "xlam-eval"))
    assert c["command"] == ["/bin/bash", "-ceu"]
    script = " ".join(c["args"])
    assert 'run_vars=$(python k8s/run_env.py "$RECIPE")' in script and 'eval "$run_vars"' in script
    assert (
        'python -m eval --base "$BASE_MODEL" --adapter "$RUN_DIR" --out "$RUN_DIR/eval"' in script
        and '--categories "$EVAL_CATEGORIES"' in script
    )
    from eval.datasets import ALL_CATEGORIES  # the categories must be ones `python -m eval` knows

    assert set(run_settings(objs)["EVAL_CATEGORIES"].split(",")) <= set(ALL_CATEGORIES)


def test_references_resolve_to_rendered_objects(rendered):
    """Hash-suffixed ConfigMap names must be rewritten in the CRDs too (k8s/base/kustomizeconfig.yaml)."""
    _, objs = rendered
    configmaps = {o["metadata"]["name"] for o in by_kind(objs, "ConfigMap")}
    claims = {o["metadata"]["name"] for o in by_kind(objs, "PersistentVolumeClaim")}
    refs = 0
    for obj in objs:
        for _, pod in pod_specs(obj):
            for vol in pod.get("volumes", []):
                for src in vol.get("projected", {}).get("sources", []):
                    assert src["configMap"]["name"] in configmaps
                    refs += 1
                if "persistentVolumeClaim" in vol:
                    assert vol["persistentVolumeClaim"]["claimName"] in claims
            for c in pod["containers"]:
                for src in c.get("envFrom", []):
                    assert src["configMapRef"]["name"] in configmaps
                    refs += 1
    assert refs >= 12


def test_recipes_reach_pods_with_their_repo_layout(rendered):
    _, objs = rendered
    recipes = one(objs, "ConfigMap", "xlam-recipes-")["data"]
    launchers = one(objs, "ConfigMap", "xlam-recipe-launchers-")["data"]
    assert set(recipes) == {p.name for p in (ROOT / "recipes").glob("*.yml")}, (
        "list new recipes in recipes/kustomization.yaml"
    )
    assert set(launchers) == {p.name for p in (ROOT / "recipes/launchers").iterdir() if p.is_file()}
    for name, text in recipes.items():
        assert text == (ROOT / "recipes" / name).read_text()
    assert run_settings(objs)["RECIPE"].removeprefix("recipes/") in recipes
    for obj in objs:
        for _, pod in pod_specs(obj):
            vols = {v["name"]: v for v in pod["volumes"]}
            for c in pod["containers"]:
                mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
                assert "/mnt/data" in mounts
                if "/workspace/recipes" in mounts:
                    sources = vols[mounts["/workspace/recipes"]]["projected"]["sources"]
                    items = [i["path"] for s in sources for i in s["configMap"].get("items", [])]
                    assert sorted(items) == sorted(f"launchers/{n}" for n in launchers)
                    assert c["workingDir"] == "/workspace"


def test_one_pinned_image_and_no_installs_at_pod_start(rendered):
    _, objs = rendered
    images = {c["image"] for o in objs for c in containers(o)}
    assert len(images) == 1
    [image] = images
    assert re.fullmatch(r"[\w./-]+:[\w.-]+", image) and not image.endswith(":latest")
    for obj in objs:
        for c in containers(obj):
            text = " ".join(c.get("command", []) + c.get("args", []))
            assert "pip install" not in text and "git clone" not in text


def test_pvc_is_rwx_with_patchable_size(rendered):
    _, objs = rendered
    pvc = one(objs, "PersistentVolumeClaim", "xlam-data")
    assert pvc["spec"]["accessModes"] == ["ReadWriteMany"]
    assert pvc["spec"]["resources"]["requests"]["storage"]


def test_dockerfile_pins_the_base_image_and_the_package():
    text = (ROOT / "k8s/image/Dockerfile").read_text()
    base = re.search(r"^ARG AXOLOTL_IMAGE=(\S+)", text, re.M).group(1)
    assert re.fullmatch(r"axolotlai/axolotl:[\w.-]+", base) and "latest" not in base and "main" not in base
    assert "pip install --no-cache-dir --no-deps /src" in text
    assert "pip install" not in text.split("RUN pip")[0]
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert re.search(rf"^ARG XLAM_FC_VERSION={re.escape(version)}$", text, re.M)
    component = (ROOT / "k8s/components/image/kustomization.yaml").read_text()
    assert re.search(rf"newTag: {re.escape(version)}-axolotl0\.19\.0", component)
    assert "COPY k8s/launch.sh" in text


def test_readme_gives_the_apply_sequence():
    text = (ROOT / "k8s/README.md").read_text()
    for step in (
        "kubectl create secret generic hf-token",
        "kubectl create secret generic wandb",
        "k8s/apply.sh k8s/overlays/trainer-v2",
        "k8s/apply.sh k8s/overlays/pytorchjob-v1",
        "kubectl wait --for=condition=complete job/xlam-prefetch",
        "kubectl patch trainjob xlam-train",
        "kubectl patch pytorchjob xlam-train",
        "kubectl patch job xlam-eval",
        "kubectl cp",
    ):
        assert step in text, step
    for script in ("launch.sh", "apply.sh"):
        assert Path(ROOT / "k8s" / script).stat().st_mode & 0o111


def test_the_recipe_is_the_one_source_of_model_data_and_output(rendered):
    """Run settings name the recipe only; everything the recipe writes lands on the PVC (so a
    restarted pod finds its checkpoints: auto_resume_from_checkpoints)."""
    import yaml

    _, objs = rendered
    settings = run_settings(objs)
    assert not {"BASE_MODEL", "DATASET", "ADAPTER_DIR", "EVAL_DIR", "OUTPUT_DIR"} & set(settings)
    recipes = one(objs, "ConfigMap", "xlam-recipes-")["data"]
    recipe = yaml.safe_load(recipes[settings["RECIPE"].removeprefix("recipes/")])
    assert recipe["output_dir"].startswith("/mnt/data/")
    assert recipe["dataset_prepared_path"].startswith("/mnt/data/")


FAKE_TOOLS = """#!/usr/bin/env bash
# stand-in for `hf` and for `python -m ...` (other python calls run the real interpreter)
if [[ $(basename "$0") == python && $1 != -m ]]; then exec "$REAL_PYTHON" "$@"; fi
printf '%s\\n' "$(basename "$0") $*" >> "$CALLS"
"""


@pytest.mark.parametrize("job", ["xlam-prefetch", "xlam-eval"])
def test_job_scripts_run_on_the_recipes_values(tmp_path, job):
    """The Jobs' bash, run as the pod would (settings from the ConfigMaps, recipes at recipes/),
    with `hf` and `python -m` replaced by a logger: what they would download and evaluate."""
    import os
    import shutil
    import sys

    objs = render(OVERLAYS["trainer-v2"])
    [c] = containers(one(objs, "Job", job))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("hf", "python"):
        (bin_dir / tool).write_text(FAKE_TOOLS)
        (bin_dir / tool).chmod(0o755)
    env = {k: v["value"] for k, v in effective_env(objs, c).items() if "value" in v}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        REAL_PYTHON=sys.executable,
        CALLS=str(tmp_path / "calls"),
    )
    shutil.copytree(ROOT / "k8s", tmp_path / "k8s")
    shutil.copytree(ROOT / "recipes", tmp_path / "recipes")
    proc = subprocess.run([*c["command"], *c["args"]], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    run_dir = "/mnt/data/output/llama-3-8b-function-calling/xlam-"
    if job == "xlam-prefetch":
        assert calls == [
            "hf download meta-llama/Meta-Llama-3-8B-Instruct --exclude original/*",
            "hf download Salesforce/xlam-function-calling-60k --repo-type dataset",
            "python -m axolotl.cli.preprocess recipes/xlam.yml",
        ]
    else:
        [call] = calls
        base = "meta-llama/Meta-Llama-3-8B-Instruct"
        assert call.startswith(f"python -m eval --base {base} --adapter {run_dir}")
        assert f"--categories {env['EVAL_CATEGORIES']}" in call

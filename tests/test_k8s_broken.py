"""A corpus of deliberately broken manifests: each case breaks one thing in the real rendered
overlays and must be rejected with the field path of what it broke."""

from __future__ import annotations

import copy

import pytest

from k8s_schema import ROOT, problems, render

V2, V1 = ROOT / "k8s/overlays/trainer-v2", ROOT / "k8s/overlays/pytorchjob-v1"
RT_POD = "spec.template.spec.replicatedJobs.0.template.spec.template.spec"
RT_C = f"{RT_POD}.containers.0"


@pytest.fixture(scope="module")
def overlays() -> dict:
    rendered = {V2: render(V2), V1: render(V1)}
    for objs in rendered.values():
        assert problems(objs) == [], "the unbroken overlays must be valid"
    return rendered


def get(objs, kind, prefix=""):
    return next(o for o in objs if o["kind"] == kind and o["metadata"]["name"].startswith(prefix))


def rt_pod(objs):
    return get(objs, "TrainingRuntime")["spec"]["template"]["spec"]["replicatedJobs"][0]["template"]["spec"][
        "template"
    ]["spec"]


def master(objs):
    return get(objs, "PyTorchJob")["spec"]["pytorchReplicaSpecs"]["Master"]


def env(container, name):
    return next(e for e in container["env"] if e["name"] == name)


def env_index(container, name):
    return next(i for i, e in enumerate(container["env"]) if e["name"] == name)


def _rename(d: dict, old: str, new: str):
    d[new] = d.pop(old)


def _literal_hf_token(objs):
    c = get(objs, "Job", "xlam-prefetch")["spec"]["template"]["spec"]["containers"][0]
    e = env(c, "HF_TOKEN")
    e.pop("valueFrom")
    e["value"] = "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH"


def _literal_wandb_key(objs):
    c = master(objs)["template"]["spec"]["containers"][0]
    e = env(c, "WANDB_API_KEY")
    e.pop("valueFrom")
    e["value"] = "0123456789abcdef0123456789abcdef01234567"


def _gpu_request_without_limit(objs):
    rt_pod(objs)["containers"][0]["resources"]["limits"].pop("nvidia.com/gpu")


def _token_in_recipe(objs):
    cm = get(objs, "ConfigMap", "xlam-recipes-")
    cm["data"]["xlam.yml"] += "hub_token: hf_abcdefghijklmnopqrstuvwxyzABCDEFGH\n"


def _wandb_key_in_recipe(objs):
    get(objs, "ConfigMap", "xlam-recipes-")["data"]["smoke.yml"] += "wandb_api_key: my-literal-key\n"


# (case id, overlay, mutation, field path the rejection must name)
CASES = [
    # wrong-case keys
    (
        "job-wrong-case-backofflimit",
        V2,
        lambda o: _rename(get(o, "Job", "xlam-eval")["spec"], "backoffLimit", "backofflimit"),
        "spec.backofflimit",
    ),
    (
        "pytorchjob-wrong-case-runpolicy",
        V1,
        lambda o: _rename(get(o, "PyTorchJob")["spec"]["runPolicy"], "backoffLimit", "backOffLimit"),
        "spec.runPolicy.backOffLimit",
    ),
    (
        "trainjob-wrong-case-numnodes",
        V2,
        lambda o: _rename(get(o, "TrainJob")["spec"]["trainer"], "numNodes", "numnodes"),
        "spec.trainer.numnodes",
    ),
    (
        "pytorchjob-lowercase-master",
        V1,
        lambda o: _rename(get(o, "PyTorchJob")["spec"]["pytorchReplicaSpecs"], "Master", "master"),
        "spec.pytorchReplicaSpecs.Master",
    ),
    (
        "runtime-container-volumemounts-case",
        V2,
        lambda o: _rename(rt_pod(o)["containers"][0], "volumeMounts", "volumemounts"),
        f"{RT_C}.volumemounts",
    ),
    (
        "pvc-emptydir-case",
        V2,
        lambda o: _rename(
            next(
                v
                for v in get(o, "Job", "xlam-eval")["spec"]["template"]["spec"]["volumes"]
                if v["name"] == "dshm"
            ),
            "emptyDir",
            "emptydir",
        ),
        "spec.template.spec.volumes.1.emptydir",
    ),
    # misplaced fields
    (
        "job-restartpolicy-on-job-spec",
        V2,
        lambda o: get(o, "Job", "xlam-prefetch")["spec"].update(restartPolicy="Never"),
        "spec.restartPolicy",
    ),
    (
        "runtime-failurepolicy-misplaced",
        V2,
        lambda o: get(o, "TrainingRuntime")["spec"].update(
            failurePolicy=get(o, "TrainingRuntime")["spec"]["template"]["spec"].pop("failurePolicy")
        ),
        "spec.failurePolicy",
    ),
    (
        "pytorchjob-nproc-in-replica",
        V1,
        lambda o: master(o).update(nprocPerNode="8"),
        "spec.pytorchReplicaSpecs.Master.nprocPerNode",
    ),
    (
        "trainjob-image-under-spec",
        V2,
        lambda o: get(o, "TrainJob")["spec"].update(image="ghcr.io/x/y:1"),
        "spec.image",
    ),
    # wrong types
    (
        "job-backofflimit-string",
        V2,
        lambda o: get(o, "Job", "xlam-eval")["spec"].update(backoffLimit="1"),
        "spec.backoffLimit",
    ),
    (
        "pytorchjob-nprocpernode-int",
        V1,
        lambda o: get(o, "PyTorchJob")["spec"].update(nprocPerNode=8),
        "spec.nprocPerNode",
    ),
    (
        "trainjob-numprocpernode-string",
        V2,
        lambda o: get(o, "TrainJob")["spec"]["trainer"].update(numProcPerNode="8"),
        "spec.trainer.numProcPerNode",
    ),
    (
        "runtime-maxrestarts-string",
        V2,
        lambda o: get(o, "TrainingRuntime")["spec"]["template"]["spec"]["failurePolicy"].update(
            maxRestarts="3"
        ),
        "spec.template.spec.failurePolicy.maxRestarts",
    ),
    (
        "pvc-accessmodes-not-list",
        V2,
        lambda o: get(o, "PersistentVolumeClaim")["spec"].update(accessModes="ReadWriteMany"),
        "spec.accessModes",
    ),
    (
        "env-value-not-string",
        V1,
        lambda o: env(master(o)["template"]["spec"]["containers"][0], "WANDB_API_KEY").update(value=0),
        "spec.pytorchReplicaSpecs.Master.template.spec.containers.0.env.",
    ),
    (
        "pytorchjob-port-string",
        V1,
        lambda o: master(o)["template"]["spec"]["containers"][0]["ports"][0].update(containerPort="29500"),
        "spec.pytorchReplicaSpecs.Master.template.spec.containers.0.ports.0.containerPort",
    ),
    # missing names / required fields
    (
        "configmap-missing-name",
        V2,
        lambda o: get(o, "ConfigMap", "xlam-run-")["metadata"].pop("name"),
        "metadata.name",
    ),
    (
        "trainjob-runtimeref-missing-name",
        V2,
        lambda o: get(o, "TrainJob")["spec"]["runtimeRef"].pop("name"),
        "spec.runtimeRef.name",
    ),
    ("runtime-container-missing-name", V2, lambda o: rt_pod(o)["containers"][0].pop("name"), f"{RT_C}.name"),
    (
        "job-container-missing-image-name-uppercase",
        V2,
        lambda o: get(o, "Job", "xlam-eval")["metadata"].update(name="XLAM_Eval"),
        "metadata.name",
    ),
    (
        "configmap-data-misspelled",
        V2,
        lambda o: _rename(get(o, "ConfigMap", "xlam-run-"), "data", "date"),
        "date",
    ),
    # webhook rules
    (
        "pytorchjob-two-masters",
        V1,
        lambda o: master(o).update(replicas=2),
        "spec.pytorchReplicaSpecs.Master.replicas",
    ),
    (
        "pytorchjob-container-not-pytorch",
        V1,
        lambda o: master(o)["template"]["spec"]["containers"][0].update(name="trainer"),
        "spec.pytorchReplicaSpecs.Master.template.spec.containers",
    ),
    (
        "trainjob-user-set-pet-env",
        V2,
        lambda o: get(o, "TrainJob")["spec"]["trainer"].update(env=[{"name": "PET_NNODES", "value": "2"}]),
        "spec.trainer.env.0.name",
    ),
    (
        "runtime-user-set-pet-env",
        V2,
        lambda o: rt_pod(o)["containers"][0]["env"].insert(0, {"name": "PET_NODE_RANK", "value": "0"}),
        f"{RT_C}.env.0.name",
    ),
    (
        "trainjob-gpu-requests-ne-limits",
        V2,
        lambda o: get(o, "TrainJob")["spec"]["trainer"]["resourcesPerNode"]["requests"].update(
            {"nvidia.com/gpu": "4"}
        ),
        "spec.trainer.resourcesPerNode.limits.nvidia.com/gpu",
    ),
    (
        "runtime-gpu-request-without-limit",
        V2,
        _gpu_request_without_limit,
        f"{RT_C}.resources.limits.nvidia.com/gpu",
    ),
    (
        "runtime-pod-restart-always",
        V2,
        lambda o: rt_pod(o).update(restartPolicy="Always"),
        f"{RT_POD}.restartPolicy",
    ),
    (
        "job-pod-restart-always",
        V2,
        lambda o: get(o, "Job", "xlam-eval")["spec"]["template"]["spec"].update(restartPolicy="Always"),
        "spec.template.spec.restartPolicy",
    ),
    # secrets in plain text
    ("secret-hf-token-in-plain-env", V2, _literal_hf_token, "spec.template.spec.containers.0.env."),
    (
        "secret-wandb-key-in-plain-env",
        V1,
        _literal_wandb_key,
        "spec.pytorchReplicaSpecs.Master.template.spec.containers.0.env.",
    ),
    (
        "secret-token-in-run-configmap",
        V2,
        lambda o: get(o, "ConfigMap", "xlam-run-")["data"].update(
            HF_TOKEN="hf_abcdefghijklmnopqrstuvwxyzABCDEFGH"
        ),
        "data.HF_TOKEN",
    ),
    ("secret-hub-token-in-recipe", V2, _token_in_recipe, "data.xlam.yml"),
    ("secret-wandb-key-in-recipe", V1, _wandb_key_in_recipe, "data.smoke.yml"),
    (
        "object-missing-apiversion",
        V2,
        lambda o: get(o, "PersistentVolumeClaim").pop("apiVersion"),
        "apiVersion",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_broken_manifest_is_rejected_with_its_field_path(overlays, case):
    name, overlay, mutate, path = case
    objs = copy.deepcopy(overlays[overlay])
    mutate(objs)
    found = problems([o for o, orig in zip(objs, overlays[overlay]) if o != orig])  # the rest is valid
    assert found, f"{name}: not rejected"
    assert any(f": {path}" in p for p in found), f"{name}: no problem names {path!r}:\n" + "\n".join(found)


def test_corpus_is_large_enough():
    assert len(CASES) >= 20 and len({c[0] for c in CASES}) == len(CASES)

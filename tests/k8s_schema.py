"""Strict offline validation of rendered Kubernetes manifests.

- core kinds: `kubernetes_validate` (bundled upstream schemas, strict = unknown fields rejected);
- CRD kinds: the CRDs in ../shared/k8s-crds, openAPIV3Schema converted to JSON Schema with
  `additionalProperties: false` wherever an object declares properties;
- webhook rules the schemas do not carry (Kubeflow admission webhooks, our secret policy).
Every problem is a string "<kind>/<name>: <field.path>: <message>".
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import jsonschema
import kubernetes_validate
import yaml

ROOT = Path(__file__).resolve().parents[1]
CRD_DIR = Path(os.environ.get("K8S_CRDS_DIR", ROOT.parent / "shared" / "k8s-crds"))
K8S_VERSION = "1.32.0"


def render(kustomization_dir: Path) -> list[dict]:
    """`kubectl kustomize` with no flags, as users run `kubectl apply -k`."""
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        raise RuntimeError(
            "kubectl is not on PATH: the k8s tests render every overlay with "
            "`kubectl kustomize`; install kubectl (it bundles kustomize)"
        )
    proc = subprocess.run([kubectl, "kustomize", str(kustomization_dir)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"kubectl kustomize {kustomization_dir} failed:\n{proc.stderr}")
    return [doc for doc in yaml.safe_load_all(proc.stdout) if doc]


# ---- CRD schemas -------------------------------------------------------------------------------


def to_json_schema(node):
    """openAPIV3Schema (structural, Kubernetes dialect) -> strict JSON Schema."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: to_json_schema(v)
        for k, v in node.items()
        if not k.startswith("x-kubernetes-") and k not in ("nullable", "format", "description")
    }
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    if node.get("format") == "int32":
        out["maximum"], out["minimum"] = 2**31 - 1, -(2**31)
    if (
        "properties" in node
        and "additionalProperties" not in node
        and not node.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


@lru_cache(maxsize=1)
def crd_schemas() -> dict[tuple[str, str], dict]:
    """(apiVersion, kind) -> JSON Schema for every served version of every CRD in CRD_DIR."""
    if not CRD_DIR.is_dir():
        raise FileNotFoundError(
            f"CRDs not found at {CRD_DIR}: put the Kubeflow/JobSet CRDs at "
            "../shared/k8s-crds beside the repo (as CI does) or set K8S_CRDS_DIR"
        )
    schemas = {}
    for path in sorted(CRD_DIR.glob("*.yaml")):
        crd = yaml.safe_load(path.read_text())
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            schema = to_json_schema(version["schema"]["openAPIV3Schema"])
            schema["properties"]["metadata"] = {"type": "object"}  # ObjectMeta: checked separately
            schemas[(f"{group}/{version['name']}", kind)] = schema
    return schemas


# ---- schema validation -------------------------------------------------------------------------


def _where(obj: dict) -> str:
    return f"{obj.get('kind', '?')}/{(obj.get('metadata') or {}).get('name', '?')}"


def _dotted(path) -> str:
    return ".".join(str(p) for p in path) or "<root>"


def _error_paths(error: jsonschema.ValidationError) -> str:
    """Field path of a jsonschema error; for unknown fields, the path of the unknown field itself."""
    path = list(error.absolute_path)
    if error.validator == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message.split("(")[-1])
        return ", ".join(_dotted(path + [e]) for e in extra) or _dotted(path)
    if error.validator == "required":
        missing = re.match(r"'([^']+)'", error.message)
        return _dotted(path + ([missing.group(1)] if missing else []))
    return _dotted(path)


def _leaf_errors(error: jsonschema.ValidationError):
    """anyOf/oneOf errors hide the useful cause in their context: report the deepest ones."""
    if error.context:
        deepest = max(len(e.absolute_path) for e in error.context)
        for sub in error.context:
            if len(sub.absolute_path) == deepest:
                yield from _leaf_errors(sub)
    else:
        yield error


def metadata_problems(obj: dict) -> list[str]:
    """CRD objects: every ObjectMeta (the object's and its templates', which CRD schemas leave
    open) checked through a core kind's schema, plus the name rules."""
    problems = name_problems(obj)
    for path, meta in _metadata_nodes(obj, []):
        probe = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta}
        for p in core_problems(probe, where=_where(obj)):
            problems.append(p.replace(": metadata", ": " + _dotted(path), 1) if path != ["metadata"] else p)
    return problems


def _metadata_nodes(node, path):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "metadata" and isinstance(value, dict):
                yield path + [key], value
            elif key != "metadata":
                yield from _metadata_nodes(value, path + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _metadata_nodes(value, path + [i])


def name_problems(obj: dict) -> list[str]:
    """The API server requires a DNS-1123 name (schemas do not say so)."""
    meta = obj.get("metadata")
    problems = []
    if not isinstance(meta, dict) or not meta.get("name"):
        problems.append(f"{_where(obj)}: metadata.name: a name is required")
    elif isinstance(meta, dict) and not re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?", str(meta["name"])):
        problems.append(f"{_where(obj)}: metadata.name: '{meta['name']}' is not a lowercase DNS-1123 name")
    return problems


def core_problems(obj: dict, where: str | None = None) -> list[str]:
    try:
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return [f"{where or _where(obj)}: {_error_paths(leaf)}: {leaf.message}" for leaf in _leaf_errors(exc)]
    except kubernetes_validate.SchemaNotFoundError:
        return [
            f"{where or _where(obj)}: apiVersion/kind: no schema for "
            f"{obj.get('apiVersion')} {obj.get('kind')}"
        ]
    return []


def schema_problems(obj: dict) -> list[str]:
    if not isinstance(obj, dict) or "apiVersion" not in obj or "kind" not in obj:
        return [f"{_where(obj) if isinstance(obj, dict) else '?'}: apiVersion/kind: missing"]
    key = (obj["apiVersion"], obj["kind"])
    if key in crd_schemas():
        validator = jsonschema.Draft7Validator(crd_schemas()[key])
        errors = sorted(validator.iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
        return [
            f"{_where(obj)}: {_error_paths(leaf)}: {leaf.message}"
            for err in errors
            for leaf in _leaf_errors(err)
        ] + metadata_problems(obj)
    if "." in obj["apiVersion"].split("/")[0] and obj["apiVersion"].split("/")[0].endswith(
        ("kubeflow.org", "x-k8s.io")
    ):
        return [f"{_where(obj)}: apiVersion: no CRD for {obj['apiVersion']} {obj['kind']} in {CRD_DIR}"]
    return core_problems(obj) + name_problems(obj)


# ---- webhook rules -----------------------------------------------------------------------------

SECRET_NAME = re.compile(r"(TOKEN|SECRET|PASSWORD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIAL)", re.I)
SECRET_VALUE = re.compile(
    r"\bhf_[A-Za-z0-9]{30,}\b|\b[0-9a-f]{40}\b|\bsk-[A-Za-z0-9]{20,}\b|AKIA[0-9A-Z]{16}"
)
# recipe keys that would hold a credential (not tokenizer keys such as eos_token / special_tokens)
RECIPE_SECRET_LINE = re.compile(
    r"^\s*([A-Za-z0-9_]*(api_?key|secret|password|(?:^|_)(?:hf|hub|auth|access|wandb)_?token))"
    r"\s*:[ \t]*([^\s#].*)$",
    re.I | re.M,
)


def pod_specs(obj: dict) -> list[tuple[str, dict]]:
    """(field path, PodSpec) of every pod template in an object."""
    spec, kind = obj.get("spec") or {}, obj.get("kind")
    if kind == "Job":
        return [("spec.template.spec", (spec.get("template") or {}).get("spec") or {})]
    if kind == "PyTorchJob":
        return [
            (f"spec.pytorchReplicaSpecs.{role}.template.spec", (rs.get("template") or {}).get("spec") or {})
            for role, rs in (spec.get("pytorchReplicaSpecs") or {}).items()
        ]
    if kind in ("TrainingRuntime", "ClusterTrainingRuntime"):
        jobs = ((spec.get("template") or {}).get("spec") or {}).get("replicatedJobs") or []
        return [
            (
                f"spec.template.spec.replicatedJobs.{i}.template.spec.template.spec",
                (((rj.get("template") or {}).get("spec") or {}).get("template") or {}).get("spec") or {},
            )
            for i, rj in enumerate(jobs)
        ]
    return []


def _containers(pod_path: str, pod: dict):
    for field in ("initContainers", "containers"):
        for i, c in enumerate(pod.get(field) or []):
            yield f"{pod_path}.{field}.{i}", c


def _env_secret_problems(where: str, path: str, env: list) -> list[str]:
    problems = []
    for j, var in enumerate(env or []):
        value = var.get("value")
        if value is None:
            continue
        if SECRET_NAME.search(str(var.get("name", ""))) and str(value).strip():
            problems.append(
                f"{where}: {path}.env.{j}.value: '{var['name']}' holds a literal secret; "
                "use valueFrom.secretKeyRef"
            )
        elif SECRET_VALUE.search(str(value)):
            problems.append(
                f"{where}: {path}.env.{j}.value: looks like a credential; use valueFrom.secretKeyRef"
            )
    return problems


def webhook_problems(obj: dict) -> list[str]:
    where, kind, spec = _where(obj), obj.get("kind"), obj.get("spec") or {}
    problems = []
    if kind == "PyTorchJob":
        replicas = spec.get("pytorchReplicaSpecs") or {}
        master = replicas.get("Master")
        if master is None:
            problems.append(f"{where}: spec.pytorchReplicaSpecs.Master: a Master replica is required")
        elif master.get("replicas", 1) != 1:
            problems.append(
                f"{where}: spec.pytorchReplicaSpecs.Master.replicas: must be 1, got {master['replicas']}"
            )
        for role, rs in replicas.items():
            names = [
                c.get("name") for c in ((rs.get("template") or {}).get("spec") or {}).get("containers") or []
            ]
            if "pytorch" not in names:
                problems.append(
                    f"{where}: spec.pytorchReplicaSpecs.{role}.template.spec.containers: "
                    f"no container named 'pytorch' (got {names})"
                )
    if kind == "TrainJob":
        for j, var in enumerate((spec.get("trainer") or {}).get("env") or []):
            if str(var.get("name", "")).startswith("PET_"):
                problems.append(
                    f"{where}: spec.trainer.env.{j}.name: {var['name']} is reserved "
                    "(the torch plugin injects PET_* variables)"
                )
        problems += _env_secret_problems(where, "spec.trainer", (spec.get("trainer") or {}).get("env"))
        problems += _resource_problems(
            where, "spec.trainer.resourcesPerNode", (spec.get("trainer") or {}).get("resourcesPerNode")
        )
    if kind in ("Job", "TrainingRuntime", "ClusterTrainingRuntime"):
        for pod_path, pod in pod_specs(obj):
            policy = pod.get("restartPolicy")
            if policy not in ("Never", "OnFailure"):
                problems.append(
                    f"{where}: {pod_path}.restartPolicy: Job pods need Never or OnFailure, got {policy}"
                )
    for pod_path, pod in pod_specs(obj):
        for c_path, container in _containers(pod_path, pod):
            if kind in ("TrainingRuntime", "ClusterTrainingRuntime"):
                for j, var in enumerate(container.get("env") or []):
                    if str(var.get("name", "")).startswith("PET_"):
                        problems.append(
                            f"{where}: {c_path}.env.{j}.name: {var['name']} is injected by the torch "
                            "plugin; do not set it"
                        )
            problems += _env_secret_problems(where, c_path, container.get("env"))
            problems += _resource_problems(where, f"{c_path}.resources", container.get("resources"))
    if kind == "ConfigMap":
        for key, value in (obj.get("data") or {}).items():
            if SECRET_VALUE.search(str(value)):
                problems.append(f"{where}: data.{key}: looks like a credential; put it in a Secret")
            if key.endswith((".yml", ".yaml")):
                for m in RECIPE_SECRET_LINE.finditer(str(value)):
                    problems.append(
                        f"{where}: data.{key}: recipe key '{m.group(1)}' has a literal value; "
                        "secrets come from the environment (secretKeyRef)"
                    )
            elif SECRET_NAME.search(key) and str(value).strip():
                problems.append(f"{where}: data.{key}: literal secret in a ConfigMap; put it in a Secret")
    return problems


def _resource_problems(where: str, path: str, resources: dict | None) -> list[str]:
    resources = resources or {}
    requests, limits = resources.get("requests") or {}, resources.get("limits") or {}
    problems = []
    for name in sorted(set(requests) | set(limits)):
        if name.endswith("/gpu") and str(requests.get(name)) != str(limits.get(name)):
            problems.append(
                f"{where}: {path}.limits.{name}: GPU requests ({requests.get(name)}) must equal "
                f"limits ({limits.get(name)})"
            )
    return problems


def problems(objs: list[dict]) -> list[str]:
    out = []
    for obj in objs:
        out += schema_problems(obj)
        if isinstance(obj, dict):
            try:
                out += webhook_problems(obj)
            except (AttributeError, TypeError, KeyError):
                # a wrongly-typed structure (already reported by the schema) hides the webhook rules
                out.append(f"{_where(obj)}: <root>: structure too malformed to check the webhook rules")
    return list(dict.fromkeys(out))  # a field can break both a CRD schema and the ObjectMeta check

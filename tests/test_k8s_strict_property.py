"""Property: validation is strict everywhere. An unknown field inserted at ANY object node of ANY
rendered manifest (core kind or CRD, top level or deep in a pod template) is rejected, and the
rejection names that field's path. Free-form string maps (labels, data, resources, ...) are the
only places where a new key is legitimately allowed."""

from __future__ import annotations

import copy
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from k8s_schema import ROOT, problems, render

FREE_FORM = {"labels", "annotations", "data", "nodeSelector", "requests", "limits", "matchLabels"}
EXAMPLES = int(os.environ.get("K8S_PROPERTY_EXAMPLES", "120"))


def object_nodes(node, path):
    """Every dict node (with its path) where an unknown key must be rejected."""
    if isinstance(node, dict):
        if not path or path[-1] not in FREE_FORM:
            yield path, node
        for key, value in node.items():
            if not (path and path[-1] in FREE_FORM):
                yield from object_nodes(value, path + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from object_nodes(value, path + [i])


@pytest.fixture(scope="module")
def targets() -> list[tuple[dict, list]]:
    objs = render(ROOT / "k8s/overlays/trainer-v2") + [
        o for o in render(ROOT / "k8s/overlays/pytorchjob-v1") if o["kind"] == "PyTorchJob"
    ]
    return [(obj, path) for obj in objs for path, _ in object_nodes(obj, [])]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), key=st.from_regex(r"[a-z][A-Za-z]{2,11}", fullmatch=True))
def test_unknown_field_anywhere_is_rejected_with_its_path(targets, data, key):
    obj, path = data.draw(st.sampled_from(targets))
    broken = copy.deepcopy(obj)
    node = broken
    for part in path:
        node = node[part]
    if key in node:
        return
    node[key] = "x"
    where = ".".join(map(str, path + [key]))
    found = problems([broken])
    assert any(f": {where}" in p for p in found), f"{obj['kind']}: unknown {where} not rejected: {found}"


def test_there_are_many_places_to_break(targets):
    kinds = {obj["kind"] for obj, _ in targets}
    assert {"TrainJob", "TrainingRuntime", "PyTorchJob", "Job", "ConfigMap", "PersistentVolumeClaim"} <= kinds
    assert len(targets) > 150

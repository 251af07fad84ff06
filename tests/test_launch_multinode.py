"""The launch contract really run: k8s/launch.sh as two "nodes" (PET_NODE_RANK 0 and 1, gloo on CPU)
on the smoke recipe. World size 2 must finish and both ranks must end on the same step with the
same trainable weights (only true if DDP all-reduced their gradients)."""

from __future__ import annotations

import json

import pytest

from launch_helpers import CPU_OVERRIDES, SHORT_RUN, free_port, pet_env, run_dir, start_node, stop, tail

MAX_STEPS = 4
PLUGINS = '--plugins=["prompt_strategies.plugin.XlamPlugin", "tests.rank_report.RankReportPlugin"]'


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_two_nodes_train_world_size_2(smoke_model, tmp_path):
    port = free_port()
    args = [
        "recipes/smoke.yml",
        f"--output_dir={tmp_path / 'out'}",
        f"--dataset_prepared_path={tmp_path / 'prepared'}",
        f"--max_steps={MAX_STEPS}",
        "--save_steps=2",
        PLUGINS,
        *SHORT_RUN,
        *CPU_OVERRIDES,
    ]
    out = run_dir(args, pet_env(2, 0, port))
    logs = [tmp_path / f"node{rank}.log" for rank in (0, 1)]
    nodes = [start_node(args, pet_env(2, rank, port), logs[rank]) for rank in (0, 1)]
    try:
        codes = [node.wait(timeout=400) for node in nodes]
    finally:
        for node in nodes:
            stop(node)
    for rank, code in enumerate(codes):
        assert code == 0, f"node {rank} exited {code}:\n{tail(logs[rank])}"

    reports = [json.loads((out / "rank_report" / f"rank{r}.json").read_text()) for r in (0, 1)]
    assert [r["rank"] for r in reports] == [0, 1]
    for report in reports:
        assert report["world_size"] == 2
        assert report["parallel_mode"] == "ParallelMode.DISTRIBUTED"
        assert report["global_step"] == MAX_STEPS
    assert reports[0]["trainable_sha256"] == reports[1]["trainable_sha256"], (
        "ranks diverged: gradients not all-reduced"
    )

    # each rank saw half of every global batch: an epoch is half as many steps as on one process
    state = json.loads((out / f"checkpoint-{MAX_STEPS}" / "trainer_state.json").read_text())
    n_train = json.loads((out / "xlam_data_report.json").read_text())["rows_tokenized"]  # val_set_size=0
    assert state["global_step"] == MAX_STEPS
    assert state["log_history"][-1]["epoch"] == pytest.approx(MAX_STEPS * 2 * 2 / n_train, rel=0.02)
    assert "world size 2" in logs[1].read_text()

"""Resume, really run: kill -9 the smoke training (through k8s/launch.sh) once a checkpoint is on disk,
relaunch the SAME command (same recipe, same run), and training continues in the same run folder from
that checkpoint's step to the end."""

from __future__ import annotations

import os
import re
import signal
import time

import pytest

from launch_helpers import (
    CPU_OVERRIDES,
    SHORT_RUN,
    checkpoints,
    free_port,
    pet_env,
    run_dir,
    start_node,
    stop,
    tail,
    trainer_state,
)

MAX_STEPS = 6


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_kill_9_then_relaunch_resumes_from_checkpoint(smoke_model, tmp_path):
    args = [
        "recipes/smoke.yml",
        f"--output_dir={tmp_path / 'out'}",
        f"--dataset_prepared_path={tmp_path / 'prepared'}",
        f"--max_steps={MAX_STEPS}",
        "--save_steps=2",
        "--auto_resume_from_checkpoints=true",
        *SHORT_RUN,
        *CPU_OVERRIDES,
    ]
    env = pet_env(1, 0, free_port())
    out = run_dir(args, env)

    first_log = tmp_path / "first.log"
    first = start_node(args, env, first_log)
    deadline = time.monotonic() + 300
    while not checkpoints(out) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(first.pid, signal.SIGKILL)  # the pod dies: launcher and training process at once
    assert first.wait(timeout=30) == -signal.SIGKILL, f"training ended before the kill:\n{tail(first_log)}"
    saved = checkpoints(out)
    assert saved, f"no checkpoint within 300 s:\n{tail(first_log)}"
    resumed_from = max(saved)
    assert resumed_from < MAX_STEPS
    mtime = saved[resumed_from].stat().st_mtime_ns

    second_log = tmp_path / "second.log"
    second = start_node(args, env, second_log)
    try:
        assert second.wait(timeout=360) == 0, tail(second_log)
    finally:
        stop(second)
    log = second_log.read_text(errors="replace")

    assert f"resume from checkpoint at {saved[resumed_from]}" in log
    assert f"launch.sh: run {out.name} in {out} (checkpoints found)" in log
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # one run, one folder
    final = checkpoints(out)
    assert max(final) == MAX_STEPS and trainer_state(final[MAX_STEPS])["global_step"] == MAX_STEPS
    # the relaunch ran only the remaining optimizer steps (one loss line per step, logging_steps=1) ...
    assert len(re.findall(r"\{'loss': ", log)) == MAX_STEPS - resumed_from
    # ... and did not redo the checkpoint it resumed from
    assert saved[resumed_from].stat().st_mtime_ns == mtime
    # the resumed history carries the first run's steps: the step count continued
    steps = [h["step"] for h in trainer_state(final[MAX_STEPS])["log_history"] if "loss" in h]
    assert steps == list(range(1, MAX_STEPS + 1))

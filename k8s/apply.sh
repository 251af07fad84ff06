#!/usr/bin/env bash
# Applies an overlay to the current namespace, the first time and after any edit:
#
#   k8s/apply.sh k8s/overlays/trainer-v2        (or k8s/overlays/pytorchjob-v1)
#
# A run's Jobs and training job cannot be updated in place (a Job's pod template, a TrainJob's
# spec.trainer and runtimeRef are immutable; a recipe edit renames the ConfigMaps their pods mount).
# So the run objects of the overlay (Jobs xlam-prefetch / xlam-eval, TrainJob or PyTorchJob
# xlam-train) that exist and are finished or suspended are deleted, then everything is applied in
# dependency order (the overlay's sortOptions: the TrainingRuntime before the TrainJob naming it).
# A run object still running stops the script: nothing is deleted under a running pod.
# New run or resume is decided by the recipe and RUN_NAME (k8s/run_env.py), not by this script.
set -euo pipefail

die() {
  echo "apply.sh: ERROR: $*" >&2
  exit 1
}

[[ $# -eq 1 && -f $1/kustomization.yaml ]] ||
  die "usage: apply.sh OVERLAY_DIR (e.g. k8s/overlays/trainer-v2; '${1:-}' has no kustomization.yaml)"
rendered=$(kubectl kustomize "$1") || die "kubectl kustomize $1 failed (message above)"

# kind/name of every rendered object (kustomize writes top-level `kind:` and `metadata.name` unindented)
objects=$(awk '/^kind: /{kind=$2} /^metadata:/{meta=1; next} meta && /^  name: /{print kind "/" $2; meta=0}
               /^[^ ]/{meta=0}' <<<"$rendered")
mapfile -t run_objects < <(grep -E '^(Job|TrainJob|PyTorchJob)/' <<<"$objects" || true)

present=()
running=()
state_path='{.spec.suspend}{.spec.runPolicy.suspend}|{.status.conditions[?(@.status=="True")].type}'
for ref in "${run_objects[@]}"; do
  state=$(kubectl get "${ref,,}" --ignore-not-found -o jsonpath="$state_path") ||
    die "cannot read ${ref,,} (is the operator for this overlay installed? message above)"
  [[ -n $state ]] || continue
  present+=("${ref,,}")
  suspended=${state%%|*}
  conditions=" ${state#*|} "
  if [[ $suspended != true && ! $conditions =~ \ (Complete|Succeeded|Failed)\  ]]; then
    running+=("${ref,,}")
  fi
done

((${#running[@]} == 0)) || die "still running: ${running[*]}. Wait until it is complete, or delete it
  yourself (kubectl delete ${running[*]}) and run this again; the same recipe and RUN_NAME resume
  from the last checkpoint."

if ((${#present[@]})); then
  echo "apply.sh: recreating ${present[*]}" >&2
  kubectl delete "${present[@]}" --wait=true
fi
kubectl apply -f - <<<"$rendered"

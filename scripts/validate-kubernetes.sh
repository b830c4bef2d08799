#!/usr/bin/env bash
# Validates the Kubernetes manifests in deploy/kubernetes against the Kubernetes API's JSON schemas.
#
#   scripts/validate-kubernetes.sh [NODE_FOLDER]
#
# The schemas come with the npm package kubernetes-models (its validators are compiled from the API's OpenAPI
# schemas); it needs Node.js >= 22: NODE_FOLDER/node (e.g. the folder of scripts/provide-node.sh), else the node on
# PATH. The packages are installed once into ${PORTAL_K8S_SCHEMA_CACHE:-~/.cache/jobs-portal/kubernetes-models}.
# Exits non-zero when a manifest is invalid.
set -euo pipefail
exec </dev/null
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

KUBERNETES_MODELS_VERSION=5.1.0
YAML_VERSION=2.9.1
cache=${PORTAL_K8S_SCHEMA_CACHE:-${HOME:-/root}/.cache/jobs-portal/kubernetes-models}

node=node npm=(npm)
if [[ -n ${1:-} ]]; then
    node=$1/node
    [[ -f $1/node_modules/npm/bin/npm-cli.js ]] && npm=("$node" "$1/node_modules/npm/bin/npm-cli.js")
fi
command -v "$node" >/dev/null || { echo "validate-kubernetes: no node ($node)" >&2; exit 1; }
major=$("$node" -p 'process.versions.node.split(".")[0]')
(( major >= 22 )) || { echo "validate-kubernetes: kubernetes-models needs Node.js >= 22, $node is $("$node" --version)" >&2; exit 1; }

stamp=$cache/.installed-$KUBERNETES_MODELS_VERSION-$YAML_VERSION
if [[ ! -f $stamp ]]; then
    mkdir -p "$cache"
    [[ -f $cache/package.json ]] || echo '{"name":"portal-kubernetes-schemas","private":true,"type":"module"}' >"$cache/package.json"
    PATH="$(dirname "$(command -v "$node")"):$PATH" "${npm[@]}" install --prefix "$cache" --no-audit --no-fund \
        --no-save --loglevel=error "kubernetes-models@$KUBERNETES_MODELS_VERSION" "yaml@$YAML_VERSION" >&2
    touch "$stamp"
fi

# Node resolves packages from the script's folder upwards: run a copy inside the cache folder.
cp scripts/validate-kubernetes.mjs "$cache/validate-kubernetes.mjs"
"$node" "$cache/validate-kubernetes.mjs" deploy/kubernetes/*.yaml

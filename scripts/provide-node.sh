#!/usr/bin/env bash
# Provides a Node.js >= 24 for Vaadin's production build (vaadin-maven-plugin build-frontend).
#
#   scripts/provide-node.sh DIR
#
# The last line printed on stdout is the folder to pass to Maven as -Dvaadin.node.folder:
#   - empty  when the `node` on PATH (with its npm) is already >= 24: nothing to pass, DIR untouched;
#   - DIR    otherwise: DIR/node and DIR/node_modules/npm/bin/npm-cli.js, as Vaadin expects them.
# Everything else goes to stderr.
#
# Node.js's own download site is not reachable from this project's machines, but the npm registry
# is: the Node binary comes from the package node-linux-<arch>@24 and npm from npm@11, both with
# `npm pack` (so the machine needs some npm, any version). Idempotent: a valid DIR is reused as is.
#
# Environment: NODE_SPEC (default 24, e.g. 24.9.0) and NPM_SPEC (default 11) choose the versions;
# PROVIDE_NODE_FORCE=1 assembles DIR even when the system node would do.
set -euo pipefail

MIN_NODE_MAJOR=24
NODE_SPEC=${NODE_SPEC:-$MIN_NODE_MAJOR}
NPM_SPEC=${NPM_SPEC:-11}
MARKER=.provided-by-provide-node

log() { printf 'provide-node: %s\n' "$*" >&2; }
die() { printf 'provide-node: ERROR: %s\n' "$*" >&2; exit 1; }

[[ $# -eq 1 && -n $1 ]] || die "usage: $0 DIR   (DIR receives node and node_modules/npm)"
dir=$1
case $dir in /*) ;; *) dir="$PWD/$dir" ;; esac

# Major version of a node binary, or nothing when it does not run.
node_major() {
    local version
    version=$("$1" --version 2>/dev/null) || return 0
    [[ $version =~ ^v([0-9]+)\. ]] && printf '%s' "${BASH_REMATCH[1]}"
    return 0
}

node_ok() {
    local major
    major=$(node_major "$1")
    [[ -n $major && $major -ge $MIN_NODE_MAJOR ]]
}

# 1. The system's node is new enough (and has npm beside it): nothing to do.
if [[ ${PROVIDE_NODE_FORCE:-0} != 1 ]] && command -v node >/dev/null 2>&1 \
        && node_ok "$(command -v node)" && command -v npm >/dev/null 2>&1; then
    log "node on PATH is $(node --version): no separate Node folder needed"
    echo ""
    exit 0
fi

# 2. DIR was assembled before (a second run): reuse it.
if [[ -x $dir/node && -f $dir/node_modules/npm/bin/npm-cli.js ]] && node_ok "$dir/node"; then
    log "reusing $dir (node $("$dir/node" --version), npm $("$dir/node" "$dir/node_modules/npm/bin/npm-cli.js" --version 2>/dev/null || echo '?'))"
    echo "$dir"
    exit 0
fi

# 3. Assemble DIR from the npm registry.
command -v npm >/dev/null 2>&1 || die "npm is missing. It is needed to fetch Node.js ${MIN_NODE_MAJOR} from the npm registry \
(Vaadin's production build needs Node.js >= ${MIN_NODE_MAJOR}). Install npm (Debian: apt-get install npm) \
or put Node.js >= ${MIN_NODE_MAJOR} on PATH."
command -v tar >/dev/null 2>&1 || die "tar is missing"

case $(uname -m) in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) die "no Node.js package for CPU $(uname -m) (only x86_64 and aarch64 are handled)" ;;
esac
case $(uname -s) in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) die "no Node.js package for OS $(uname -s)" ;;
esac

if [[ -e $dir && ! -f $dir/$MARKER ]] && [[ -n $(ls -A "$dir" 2>/dev/null) ]]; then
    die "$dir exists, is not empty and was not made by this script: refusing to replace it"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/provide-node.XXXXXX")
trap 'rm -rf "$work"' EXIT

log "fetching node-${os}-${arch}@${NODE_SPEC} and npm@${NPM_SPEC} from the npm registry (npm pack)"
(cd "$work" && npm pack --silent --loglevel=error "node-${os}-${arch}@${NODE_SPEC}" "npm@${NPM_SPEC}" >/dev/null) \
    || die "npm pack failed: is the npm registry reachable (npm config get registry: $(npm config get registry 2>/dev/null))?"

node_tgz=$(find "$work" -maxdepth 1 -name "node-${os}-${arch}-*.tgz" | head -n1)
npm_tgz=$(find "$work" -maxdepth 1 -name 'npm-*.tgz' | head -n1)
[[ -n $node_tgz && -n $npm_tgz ]] || die "npm pack did not produce both tarballs (got: $(ls "$work"))"

staging="$work/staging"
mkdir -p "$staging/node_modules/npm" "$work/node-pkg"
tar -xzf "$node_tgz" -C "$work/node-pkg"
[[ -f $work/node-pkg/package/bin/node ]] || die "$(basename "$node_tgz") has no package/bin/node"
mv "$work/node-pkg/package/bin/node" "$staging/node"
chmod 755 "$staging/node"
tar -xzf "$npm_tgz" -C "$staging/node_modules/npm" --strip-components=1
[[ -f $staging/node_modules/npm/bin/npm-cli.js ]] || die "$(basename "$npm_tgz") has no bin/npm-cli.js"
touch "$staging/$MARKER"

node_ok "$staging/node" || die "the fetched node does not run or is older than ${MIN_NODE_MAJOR}: $("$staging/node" --version 2>&1 || true)"
npm_version=$("$staging/node" "$staging/node_modules/npm/bin/npm-cli.js" --version 2>/dev/null) \
    || die "the fetched npm does not run with the fetched node"

# Replace DIR in one step, so an interrupted run never leaves a half-filled DIR behind.
mkdir -p "$(dirname "$dir")"
rm -rf "$dir"
mv "$staging" "$dir" 2>/dev/null || { cp -a "$staging" "$dir"; }
log "Node.js $("$dir/node" --version) with npm ${npm_version} is in $dir"
echo "$dir"

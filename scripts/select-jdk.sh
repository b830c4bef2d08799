#!/usr/bin/env bash
# Prints a JAVA_HOME whose JDK is Java 21 or newer (Vaadin 25 and Spring Boot 4 need 21+).
#
#   export JAVA_HOME=$(scripts/select-jdk.sh)
#
# Looks, in this order, at $JAVA_HOME, the JDKs under /usr/lib/jvm (newest first) and the `java`
# on PATH. Only a full JDK (with javac) counts. Exits 1 with a clear message when none is found.
# MIN_JAVA (default 21) raises the floor.
set -euo pipefail

MIN_JAVA=${MIN_JAVA:-21}

# Feature version (17, 21, 25, ...) of a JAVA_HOME, or nothing.
java_major() {
    local home=$1 line version
    [[ -x $home/bin/java && -x $home/bin/javac ]] || return 0
    if [[ -f $home/release ]]; then
        line=$(grep -m1 '^JAVA_VERSION=' "$home/release" 2>/dev/null || true)
        version=${line#JAVA_VERSION=}
        version=${version//\"/}
    fi
    if [[ -z ${version:-} ]]; then
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
    fi
    version=${version#1.}   # 1.8 -> 8
    [[ $version =~ ^([0-9]+) ]] && printf '%s' "${BASH_REMATCH[1]}"
    return 0
}

candidates=()
[[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
if [[ -d /usr/lib/jvm ]]; then
    # Newest version first; symlinked duplicates are harmless.
    while IFS= read -r home; do candidates+=("$home"); done < <(
        for home in /usr/lib/jvm/*/; do
            home=${home%/}
            major=$(java_major "$home")
            [[ -n $major ]] && printf '%s %s\n' "$major" "$home"
        done | sort -rn -k1,1 | cut -d' ' -f2-
    )
fi
if command -v java >/dev/null 2>&1; then
    java_bin=$(readlink -f "$(command -v java)")
    candidates+=("$(dirname "$(dirname "$java_bin")")")
fi

seen=()
for home in "${candidates[@]}"; do
    major=$(java_major "$home")
    seen+=("$home (${major:-no JDK})")
    if [[ -n $major && $major -ge $MIN_JAVA ]]; then
        printf '%s\n' "$home"
        exit 0
    fi
done

{
    echo "select-jdk: ERROR: no JDK ${MIN_JAVA} or newer found."
    echo "  Vaadin 25 needs Java 21 or newer (this build asks for ${MIN_JAVA}+); install e.g. openjdk-21-jdk"
    echo "  or a Temurin JDK ${MIN_JAVA}+"
    echo "  (Debian 12 ships openjdk-17 only: Temurin, or openjdk-21 from a newer release, is needed),"
    echo "  then set JAVA_HOME to it."
    if [[ ${#seen[@]} -gt 0 ]]; then
        echo "  Looked at:"
        printf '    %s\n' "${seen[@]}"
    else
        echo "  Looked at \$JAVA_HOME, /usr/lib/jvm and the java on PATH: none found."
    fi
} >&2
exit 1

#!/usr/bin/env bash
# Installs the PostgreSQL server binaries the storage tests start a throwaway cluster with.
# Idempotent: does nothing when initdb is already there.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq postgresql-15 || $SUDO apt-get install -y -qq postgresql

# The package may start a default cluster; the tests run their own, so it is not needed.
if command -v pg_lsclusters > /dev/null; then
  pg_lsclusters --no-header | while read -r version name _; do
    $SUDO pg_ctlcluster "$version" "$name" stop || true
  done
fi

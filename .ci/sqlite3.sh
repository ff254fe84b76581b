# Sourced by .ci/run: Debian's sqlite3 shell, the outside reader of the ledger's tests.
# With SITREP_REQUIRE_SQLITE3 set, those tests fail (rather than skip) when the shell is missing.
if ! command -v sqlite3 >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "sqlite3.sh: sqlite3 is not installed and this is not root: apt-get install -y sqlite3" >&2
    return 1
  fi
  echo "sqlite3.sh: installing sqlite3" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; } \
    || { echo "sqlite3.sh: apt-get install sqlite3 failed" >&2; return 1; }
fi
export SITREP_REQUIRE_SQLITE3=1

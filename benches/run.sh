#!/usr/bin/env bash
# Sharp benchmarks: times each program in benches/ on Sharp's JIT
# (`sharp run x.cs`: compile + JIT + run, what a user waits for), and the
# same `sharp build` assembly on Mono and on CoreCLR 3.1, then prints a
# table of mean wall times, ratios and peak RSS. See benches/README.md.
#
#   usage: benches/run.sh [--quick] [--runs N] [--no-build] [--only NAME]...
#     --quick     small sizes (fib 30, sieve 1e6, mandelbrot 1000, spectral 1000,
#                 nbody 1000, shapes 1000, binary-trees 16, fannkuch-redux 9...)
#     --runs N    timed runs per runtime (default 5 full, 2 quick; 1 warm-up first)
#     --no-build  use the existing target/release/sharp
#     --only NAME run only this benchmark (repeatable): fib sieve mandelbrot
#                 spectralnorm nbody shapes binary-trees wordcount listsort
#                 hashset generics delegates linq fannkuch-redux
#
# Env: DOTNET (dotnet host), CORECLR_VENV (default /opt/coreclr-venv),
#      MONO (default: mono on PATH), HYPERFINE=0 to force the bash timing loop.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

quick=0 runs= build=1 only=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --no-build) build=0 ;;
    --only) only+=("${2:?--only needs a name}"); shift ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# name:argument. Full sizes are the Benchmarks Game ones (mandelbrot 16000
# and spectral-norm 5500 there; mandelbrot is 4000 here to fit the budget;
# n-body is 50,000,000 steps there, 20,000,000 here: about 3.5 s on Mono;
# binary-trees is 21 there and here).
if [ $quick = 1 ]; then
  benches=(fib:30 sieve:1000000 mandelbrot:1000 spectralnorm:1000 nbody:1000 shapes:1000 binary-trees:16 wordcount:100000 listsort:100000 hashset:100000 generics:100000 delegates:100000 linq:100000 fannkuch-redux:9)
  runs=${runs:-2}
else
  benches=(fib:35 sieve:10000000 mandelbrot:4000 spectralnorm:5500 nbody:20000000 shapes:100000 binary-trees:21 wordcount:5000000 listsort:3000000 hashset:2000000 generics:20000000 delegates:1000000 linq:1000000 fannkuch-redux:11)
  runs=${runs:-5}
fi
if [ ${#only[@]} -gt 0 ]; then
  sel=()
  for b in "${benches[@]}"; do
    for o in "${only[@]}"; do [ "${b%%:*}" = "$o" ] && sel+=("$b"); done
  done
  benches=("${sel[@]}")
fi

note() { echo "run.sh: $*" >&2; }

# --- the runtimes -----------------------------------------------------------

if [ $build = 1 ]; then
  note "cargo build --release (may wait on another build's lock)"
  (cd "$root" && cargo build --release --quiet)
fi
sharp=$root/target/release/sharp
[ -x "$sharp" ] || { note "no $sharp; build it first"; exit 1; }

mono=${MONO:-$(command -v mono || true)}
[ -n "$mono" ] || note "mono not found: Mono columns skipped"

# CoreCLR: the same discovery as tests/src/runtimes.rs — $DOTNET, else the
# dotnetcore2 wheel's host inside $CORECLR_VENV (default /opt/coreclr-venv).
dotnet=${DOTNET:-}
if [ -z "$dotnet" ]; then
  venv=${CORECLR_VENV:-/opt/coreclr-venv}
  dotnet=$(ls -1 "$venv"/lib/python3*/site-packages/dotnetcore2/bin/dotnet 2>/dev/null | head -n1 || true)
fi
if [ -n "$dotnet" ] && [ -x "$dotnet" ]; then
  # CoreCLR 3.1 probes ICU 50..70 only; point it at the newest installed
  # one, or run without globalization data when there is none.
  icu=
  for f in /usr/lib/x86_64-linux-gnu/libicuuc.so.* /usr/lib64/libicuuc.so.* /usr/lib/libicuuc.so.* /usr/lib/aarch64-linux-gnu/libicuuc.so.*; do
    n=${f##*.so.}
    case $n in ''|*[!0-9]*) continue ;; esac
    if [ -z "$icu" ] || [ "$n" -gt "$icu" ]; then icu=$n; fi
  done
  if [ -n "$icu" ]; then export CLR_ICU_VERSION_OVERRIDE=$icu
  else export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1; fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
else
  dotnet=
  note "CoreCLR not found (set DOTNET or CORECLR_VENV): .NET columns skipped"
fi

use_hyperfine=0
if [ "${HYPERFINE:-1}" != 0 ] && command -v hyperfine >/dev/null; then use_hyperfine=1
else note "hyperfine not found: timing with a bash loop"; fi
gnu_time=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then gnu_time=/usr/bin/time
else note "GNU /usr/bin/time not found: no peak RSS"; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/sharp-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# netcoreapp3.1 runtimeconfig, passed with --runtimeconfig so nothing is
# written beside the assemblies.
runtimeconfig=$work/bench.runtimeconfig.json
printf '%s\n' '{"runtimeOptions":{"tfm":"netcoreapp3.1","rollForward":"Minor","framework":{"name":"Microsoft.NETCore.App","version":"3.1.0"}}}' >"$runtimeconfig"

# --- measuring --------------------------------------------------------------

# check_run OUT RSS CMD... : one run, stdout to OUT, peak RSS (KB) to RSS.
# Returns the command's status. This run also checks the output.
check_run() {
  local out=$1 rss=$2; shift 2
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -f %M -o "$rss" "$@" >"$out" 2>"$out.err"
  else
    echo "" >"$rss"; "$@" >"$out" 2>"$out.err"
  fi
}

# mean_time LABEL CMD... : prints the mean wall time in seconds of $runs runs
# after one warm-up.
mean_time() {
  local label=$1; shift
  if [ $use_hyperfine = 1 ]; then
    local cmd="" w
    for w in "$@"; do cmd+="$(printf '%q' "$w") "; done
    hyperfine --shell=none --warmup 1 --runs "$runs" --style none \
      --export-csv "$work/$label.csv" "$cmd" >"$work/$label.hf" 2>&1 \
      || { cat "$work/$label.hf" >&2; return 1; }
    # header: command,mean,stddev,median,user,system,min,max (the command
    # may hold commas, so count columns from the header's end)
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "mean") back = NF - i }
             NR == 2 { print $(NF - back) }' "$work/$label.csv"
  else
    "$@" >/dev/null 2>&1 || return 1
    local i t0 t1 total=0
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || return 1; t1=$(date +%s.%N)
      total=$(awk -v a="$total" -v b="$t0" -v c="$t1" 'BEGIN { print a + c - b }')
    done
    awk -v t="$total" -v n="$runs" 'BEGIN { printf "%.4f\n", t / n }'
  fi
}

fmt_s() { [ -n "$1" ] && awk -v t="$1" 'BEGIN { printf "%.3f", t }' || printf -- '-'; }
fmt_mb() { [ -n "$1" ] && awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }' || printf -- '-'; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' || printf -- '-'; }

rows=()
warnings=0
for entry in "${benches[@]}"; do
  name=${entry%%:*} arg=${entry#*:}
  src=$here/$name.cs exe=$work/$name.exe
  declare -A secs=() rss=()
  ref= ref_rt=

  if ! "$sharp" build "$src" -o "$exe" 2>"$work/$name.build.err"; then
    note "$name: sharp build failed, Mono/.NET skipped:"; sed 's/^/    /' "$work/$name.build.err" >&2
    exe=
  fi

  for rt in sharp mono dotnet; do
    case $rt in
      sharp) cmd=("$sharp" run "$src" "$arg") ;;
      mono) [ -n "$mono" ] && [ -n "$exe" ] || continue; cmd=("$mono" "$exe" "$arg") ;;
      dotnet) [ -n "$dotnet" ] && [ -n "$exe" ] || continue
              cmd=("$dotnet" exec --runtimeconfig "$runtimeconfig" "$exe" "$arg") ;;
    esac
    out=$work/$name.$rt.out
    if ! check_run "$out" "$work/$name.$rt.rss" "${cmd[@]}"; then
      note "$name: $rt failed:"; tail -n 5 "$out.err" | sed 's/^/    /' >&2
      warnings=$((warnings + 1)); continue
    fi
    rss[$rt]=$(tail -n 1 "$work/$name.$rt.rss")
    if [ -z "$ref" ]; then ref=$out ref_rt=$rt
    elif ! cmp -s "$ref" "$out"; then
      note "WARNING: $name: $rt printed something other than $ref_rt:"
      diff "$ref" "$out" | sed 's/^/    /' >&2 || true
      warnings=$((warnings + 1))
    fi
    if t=$(mean_time "$name.$rt" "${cmd[@]}"); then
      secs[$rt]=$t
      note "$name $arg: $rt $(fmt_s "$t") s, $(fmt_mb "${rss[$rt]}") MB, printed: $(tr '\n' ' ' <"$out")"
    else
      note "$name: $rt failed while timing"; warnings=$((warnings + 1))
    fi
  done

  rows+=("$(printf '| %s %s | %s | %s | %s | %s | %s | %s | %s | %s |' \
    "$name" "$arg" \
    "$(fmt_s "${secs[sharp]:-}")" "$(fmt_s "${secs[mono]:-}")" "$(fmt_s "${secs[dotnet]:-}")" \
    "$(ratio "${secs[sharp]:-}" "${secs[mono]:-}")" "$(ratio "${secs[sharp]:-}" "${secs[dotnet]:-}")" \
    "$(fmt_mb "${rss[sharp]:-}")" "$(fmt_mb "${rss[mono]:-}")" "$(fmt_mb "${rss[dotnet]:-}")")")
  unset secs rss
done

timer=$([ $use_hyperfine = 1 ] && echo "hyperfine" || echo "bash loop")
echo
echo "Mean wall time of $runs runs after 1 warm-up ($timer); peak RSS of one run; $(nproc 2>/dev/null || echo '?') cores."
echo "Sharp = \`sharp run x.cs\` (compile + JIT + run); Mono/.NET run the \`sharp build\` assembly."
echo
echo "| benchmark | Sharp s | Mono s | .NET s | Sharp/Mono | Sharp/.NET | Sharp MB | Mono MB | .NET MB |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
printf '%s\n' "${rows[@]}"
if [ $warnings -gt 0 ]; then echo; echo "$warnings warning(s): see above"; fi

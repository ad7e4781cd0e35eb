#!/usr/bin/env bash
# The kill test of Docs/Reliability.md ("The output folder"): plans the
# generated ASEAN year (about 1,500 meetings) into a folder that holds a
# previous plan, SIGKILLs the run at random moments, and checks after each
# kill that the folder is byte for byte the old output or the new one. A
# last run to the end must leave the new output and no temporary files.
#
#   swift build -c release && Scripts/kill-test.sh
#
# Environment (defaults in brackets):
#   KILLS=N          how many runs to kill [60]; odd ones at a random moment
#                    of the whole run, even ones at a random moment after the
#                    staging folder appears (while the output is written)
#   CONVENE=PATH     the binary [.build/release/convene]
#   ITERATIONS=N     --max-iterations of each plan, so that runs are
#                    reproducible [2000]
#   KEEP_WORK=1      keep the scratch folder
# Exit status 0 when every check held, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
convene="${CONVENE:-$root/.build/release/convene}"
kills="${KILLS:-60}"
iterations="${ITERATIONS:-2000}"
[ -x "$convene" ] || { echo "kill-test: no binary at $convene; run 'swift build -c release' first" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/convene-kill-test.XXXXXX")"
[ -n "${KEEP_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
cd "$work"
export SOURCE_DATE_EPOCH=0

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
plan() { "$convene" plan year.yaml -o out --seed "$1" --max-iterations "$iterations" --time-limit 600; }
# Everything under a folder except the folder itself, for "no leftovers".
leftovers() { find . -maxdepth 1 -name '.out.convene-*'; find out -name '.convene-staging.*' -o -name '*.tmp'; }

"$convene" generate asean --year 2024 --bodies 200 -o year.yaml
echo "kill-test: $(sed -n '/^meetings:/,$p' year.yaml | grep -c '^  - { id:') meetings in year.yaml, $convene"

# The two outputs a run may leave: the previous plan (seed 1) and the new one (seed 2).
plan 1 > /dev/null && mv out old
start=$(now_ms)
plan 2 > /dev/null && mv out new
if diff -rq old new > /dev/null; then echo "kill-test: seeds 1 and 2 give the same output; cannot tell old from new" >&2; exit 1; fi
echo "kill-test: old and new outputs: $(find old -type f | wc -l) and $(find new -type f | wc -l) files"

# One timed run into a copy of the old output, watching for the staging
# folder, to know when the writing phase starts.
cp -a old out
start=$(now_ms)
plan 2 > /dev/null &
pid=$!
write_start=""
while kill -0 "$pid" 2> /dev/null; do
    if [ -z "$write_start" ] && compgen -G ".out.convene-*.staging" > /dev/null; then write_start=$(( $(now_ms) - start )); fi
    sleep 0.005
done
wait "$pid"
total=$(( $(now_ms) - start ))
write_start="${write_start:-$(( total * 9 / 10 ))}"
echo "kill-test: a whole run takes $total ms; writing starts at about $write_start ms"
diff -rq out new > /dev/null || { echo "kill-test: an uninterrupted run did not give the new output" >&2; exit 1; }

failures=0; as_old=0; as_new=0; with_leftovers=0
rm -rf out
cp -a old out
for i in $(seq 1 "$kills"); do
    if (( i % 2 )); then
        delay=$(( RANDOM * 32768 + RANDOM ))
        delay=$(( delay % (total + total / 10 + 1) ))
    fi
    plan 2 > /dev/null 2>&1 &
    pid=$!
    if (( i % 2 )); then
        sleep "$(printf '%d.%03d' $(( delay / 1000 )) $(( delay % 1000 )))"
    else
        # In the writing phase: wait for the staging folder to appear (the
        # run's length varies with the machine's load), then a random part
        # of the time writing took in the timed run.
        while kill -0 "$pid" 2> /dev/null && ! compgen -G ".out.convene-*.staging" > /dev/null; do sleep 0.002; done
        delay=$(( (RANDOM * 32768 + RANDOM) % (total - write_start + 1) ))
        sleep "$(printf '%d.%03d' $(( delay / 1000 )) $(( delay % 1000 )))"
        delay=$(( -delay ))
    fi
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    if diff -rq out old > /dev/null 2>&1; then
        state=old; as_old=$(( as_old + 1 ))
    elif diff -rq out new > /dev/null 2>&1; then
        state=new; as_new=$(( as_new + 1 ))
    else
        state=MIXED; failures=$(( failures + 1 ))
        diff -rq out old | head -5 >&2 || true
    fi
    left=$(leftovers | wc -l)
    (( left > 0 )) && with_leftovers=$(( with_leftovers + 1 ))
    if (( delay < 0 )); then when="$(( -delay )) ms into writing"; else when="$delay ms"; fi
    printf 'kill %2d at %s: %s output, %d leftover(s)\n' "$i" "$when" "$state" "$left"
    # The next kill starts from the old output again, leftovers and all.
    if [ "$state" = new ]; then rm -rf out; cp -a old out; fi
done

plan 2 > /dev/null
if ! diff -rq out new > /dev/null; then echo "kill-test: the last run did not give the new output" >&2; failures=$(( failures + 1 )); fi
left=$(leftovers | wc -l)
if (( left > 0 )); then echo "kill-test: the last run left temporaries:" >&2; leftovers >&2; failures=$(( failures + 1 )); fi
echo "kill-test: $kills kills: $as_old left the old output, $as_new the new one, $failures failure(s); $with_leftovers left temporaries, which the last run removed: $([ "$left" = 0 ] && echo yes || echo NO)"
[ "$failures" = 0 ]

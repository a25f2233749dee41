#!/usr/bin/env bash
# HTTP load over POST /api/messages: SurveyBot (Release, auth off; in-memory storage, then SQLite)
# against the Bot Framework SDK for JavaScript peer, on loopback, with the shared load generator
# and reply sink. Usage: tests/SurveyBot.Benchmarks/load/run-load.sh
# Knobs (env): RUNS=1 CONCURRENCY=50 CONVERSATIONS=500 WARMUP=10 GENERATOR_WARMUP=90 TIME_LIMIT=60
#              BOT_PORT=3978 SINK_PORT=3979
#              WARMUP starts the bot (its code compiled, its connections opened) with a load generator
#              of its own; the measured load generator then runs GENERATOR_WARMUP conversations
#              unrecorded (its --warmup) before those it records, so that its own start, cold JavaScript
#              and fresh connections, is not measured as the bot's latency (a fresh generator spends
#              about twice its usual CPU per turn in its first second). The bot gets WARMUP +
#              GENERATOR_WARMUP conversations before the recorded ones.
#              PROVIDERS="Memory Sqlite" PEER=1 (0 skips the peer) RESULTS_DIR=<here>/results
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
SHARED="$(cd "$ROOT/../shared" && pwd)"  # shared/ sits beside the repository
BENCH="$SHARED/bench"
export RESULTS_DIR="${RESULTS_DIR:-$HERE/results}"
# shellcheck source=/dev/null
source "$BENCH/load/lib.sh"  # log, start_bg, stop_pid (trap on exit), wait_port, port_free, hwm_kb, cpu_s, jmerge

RUNS="${RUNS:-1}"
CONCURRENCY="${CONCURRENCY:-50}"
CONVERSATIONS="${CONVERSATIONS:-500}"
WARMUP="${WARMUP:-10}"
GENERATOR_WARMUP="${GENERATOR_WARMUP:-90}"
TIME_LIMIT="${TIME_LIMIT:-60}"
BOT_PORT="${BOT_PORT:-3978}"
SINK_PORT="${SINK_PORT:-3979}"
PROVIDERS="${PROVIDERS:-Memory Sqlite}"
PEER="${PEER:-1}"
WORK="$HERE/.work"
LOGS="$RESULTS_DIR/logs"
LOAD="$BENCH/load/load.js"
ANSWERS="$HERE/interview-answers.json"
BOT_URL="http://127.0.0.1:$BOT_PORT/api/messages"
SINK_URL="http://127.0.0.1:$SINK_PORT"
mkdir -p "$WORK" "$LOGS"
: > "$RESULTS_DIR/load.jsonl"

load() {  # load PREFIX CONVERSATIONS CONCURRENCY [extra load.js args]: one JSON line
  local prefix="$1" convs="$2" conc="$3"; shift 3
  node "$LOAD" --url="$BOT_URL" --service-url="$SINK_URL" --prefix="$prefix" \
    --conversations="$convs" --concurrency="$conc" --time-limit="$TIME_LIMIT" "$@" || true
}
sink_reset() { curl -s -X POST "$SINK_URL/reset-stats" >/dev/null; }
sink_stats() { curl -s "$SINK_URL/stats"; }

measure() {  # measure LABEL PID [load.js args]: calibrate, warm up, run, append one JSON line
  local label="$1" pid="$2"; shift 2
  # One conversation alone tells how many replies a whole conversation gets.
  sink_reset; load "one-$label" 1 1 "$@" >/dev/null; sleep 0.3
  local per_conv; per_conv=$(sink_stats | node -pe 'JSON.parse(require("fs").readFileSync(0)).replies')
  load "warm-$label" "$WARMUP" "$CONCURRENCY" "$@" >/dev/null
  sleep 0.3; sink_reset
  local c0 j c1 turns
  c0=$(cpu_s "$pid")
  j=$(load "run-$label" "$CONVERSATIONS" "$CONCURRENCY" --warmup="$GENERATOR_WARMUP" "$@")
  sleep 0.5  # the last replies land in the sink
  c1=$(cpu_s "$pid")
  # The bot's CPU covers the unrecorded warm-up conversations too, so it is shared over their turns as well.
  turns=$(node -pe "const j = JSON.parse(process.argv[1]); j.requests + $GENERATOR_WARMUP * j.turns_per_conversation" "$j")
  jmerge "$j" bot="$label" bot_cpu_s="$(echo "$c1 - $c0" | bc)" bot_turns="$turns" \
    bot_peak_rss_mb="$(( $(hwm_kb "$pid") / 1024 ))" \
    replies_per_conversation="$per_conv" replies_expected="$(( per_conv * (CONVERSATIONS + GENERATOR_WARMUP) ))" \
    loadavg_1m="$(cut -d' ' -f1 /proc/loadavg)" sink="$(sink_stats)" >> "$RESULTS_DIR/load.jsonl"
  tail -1 "$RESULTS_DIR/load.jsonl" >&2
}

log "building SurveyBot.Web (Release)"
dotnet publish "$ROOT/src/SurveyBot.Web/SurveyBot.Web.csproj" -c Release -o "$WORK/host" --nologo -v quiet >"$LOGS/publish.log" 2>&1 \
  || { cat "$LOGS/publish.log" >&2; exit 1; }

port_free "$SINK_PORT"
start_bg SINK_PID "$LOGS/sink.log" node "$BENCH/botbuilder-js/sink.js" "$SINK_PORT"
wait_port "$SINK_PORT"

if [[ "$PEER" == 1 ]]; then
  # The shared peer directory is read-only: install its packages in a copy.
  mkdir -p "$WORK/peer"
  cp "$BENCH"/botbuilder-js/{package.json,package-lock.json,.npmrc,bot.js,server.js} "$WORK/peer/"
  [[ -d "$WORK/peer/node_modules/botbuilder" ]] || { log "installing the peer's npm packages"; (cd "$WORK/peer" && npm ci --no-audit --no-fund >"$LOGS/npm.log" 2>&1); }
fi

for ((run = 1; run <= RUNS; run++)); do
  for provider in $PROVIDERS; do
    port_free "$BOT_PORT"
    rm -rf "$WORK/data"; mkdir -p "$WORK/data"
    log "run $run/$RUNS: SurveyBot, storage $provider: $CONVERSATIONS conversations x $(node -pe "require('$ANSWERS').length") turns, $CONCURRENCY concurrent"
    (cd "$WORK/data" && exec env MicrosoftAppId= MicrosoftAppPassword= \
        ASPNETCORE_URLS="http://127.0.0.1:$BOT_PORT" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        SurveyBot__Storage__Provider="$provider" SurveyBot__Storage__SqlitePath="$WORK/data/surveybot.db" \
        "$WORK/host/SurveyBot.Web") > "$LOGS/surveybot-$provider.log" 2>&1 &
    BOT_PID=$!; STARTED_PIDS+=("$BOT_PID")
    wait_port "$BOT_PORT" 60
    measure "surveybot-$provider" "$BOT_PID" --script="$ANSWERS"
    stop_pid "$BOT_PID"
  done

  if [[ "$PEER" == 1 ]]; then
    port_free "$BOT_PORT"
    log "run $run/$RUNS: botbuilder-js peer: $CONVERSATIONS conversations x 8 turns (its own script), $CONCURRENCY concurrent"
    start_bg PEER_PID "$LOGS/peer.log" node "$WORK/peer/server.js" "$BOT_PORT"
    wait_port "$BOT_PORT"
    measure "botbuilder-js" "$PEER_PID"
    stop_pid "$PEER_PID"
  fi
done

# Median of the runs per bot; the ratio is to the peer's median measured in the same runs.
node - "$RESULTS_DIR/load.jsonl" <<'JS'
const rows = require('fs').readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const bots = [...new Set(rows.map((r) => r.bot))];
const of = (bot) => rows.filter((r) => r.bot === bot);
const peer = bots.includes('botbuilder-js') ? med(of('botbuilder-js').map((r) => r.req_per_s)) : null;
console.log('| bot | runs | conversations x turns | turns/s | p50 ms | p99 ms | CPU ms/turn | peak RSS MB | replies at sink / expected | non-2xx | load avg |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const bot of bots) {
  const r = of(bot);
  const tps = med(r.map((x) => x.req_per_s));
  const ratio = peer && bot !== 'botbuilder-js' ? ` (${(tps / peer).toFixed(2)}x peer)` : '';
  console.log(`| ${bot} | ${r.length} | ${r[0].conversations_target} x ${r[0].turns_per_conversation} | ${tps.toFixed(0)}${ratio} | ${med(r.map((x) => x.p50_ms)).toFixed(1)} | ${med(r.map((x) => x.p99_ms)).toFixed(1)} | ${med(r.map((x) => x.bot_cpu_s / x.bot_turns * 1000)).toFixed(2)} | ${Math.max(...r.map((x) => x.bot_peak_rss_mb))} | ${r.map((x) => `${x.sink.replies}/${x.replies_expected}`).join(', ')} | ${r.map((x) => x.requests - x.ok).join(', ')} | ${r.map((x) => x.loadavg_1m).join(', ')} |`);
}
// The targets compare each run with the peer's run beside it: the machine's speed drifts between minutes.
const peerRuns = of('botbuilder-js');
for (const bot of bots.filter((b) => b !== 'botbuilder-js' && of(b).length === peerRuns.length)) {
  const speed = of(bot).map((x, i) => x.req_per_s / peerRuns[i].req_per_s);
  const tail = of(bot).map((x, i) => x.p99_ms / peerRuns[i].p99_ms);
  console.log(`${bot}, run by run against the peer: turns/s ${speed.map((x) => x.toFixed(2) + 'x').join(', ')}; ` +
    `p99 ${tail.map((x) => x.toFixed(3) + 'x').join(', ')} (${tail.filter((x) => x <= 0.2).length} of ${tail.length} at or under 0.2x)`);
}
JS

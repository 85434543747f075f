#!/usr/bin/env bash
# Proves that the Grafana dashboards and the alert rules work against the real system:
#   1. promtool checks the rules and runs their unit tests (alerts.test.yml);
#   2. the local stack starts as `./sehat up` starts it, in its own folder and on its own ports;
#   3. Prometheus (Debian's /usr/bin/prometheus) scrapes every service every 2 s with alerts.yml loaded;
#   4. traffic goes through the gateway: free and paid requests, a declined payment, an approval, a rejection
#      with its refund, verifications, a revocation, and one poison record for the dead-letter topics;
#   5. every query of every panel of every dashboard must return data, every alert rule must evaluate without
#      error, and the trace of one submission must reach all four services' events on Kafka.
# It prints a summary and fails naming the empty panels. Everything it started is stopped on exit, always.
#
#   infra/docker/prove-dashboards.sh            (needs prometheus, promtool, curl, jq; builds the jars if missing)
#
# Settings: SEHAT_PROOF_PORT_BASE (18080: the stack uses the next 12 ports), SEHAT_PROOF_VAR (target/observability-proof).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
STARTED=$(date +%s)

for tool in prometheus promtool curl jq; do
  command -v "$tool" > /dev/null || { echo "prove-dashboards: $tool is missing (apt-get install -y prometheus jq curl)"; exit 2; }
done

BASE=${SEHAT_PROOF_PORT_BASE:-18080}
export SEHAT_VAR=${SEHAT_PROOF_VAR:-$ROOT/target/observability-proof}
export SEHAT_GATEWAY_PORT=$BASE SEHAT_REQUEST_PORT=$((BASE + 1)) SEHAT_CODE_PORT=$((BASE + 2))
export SEHAT_PAYMENT_PORT=$((BASE + 3)) SEHAT_NOTIFICATION_PORT=$((BASE + 4)) SEHAT_KAFKA_PORT=$((BASE + 5))
export SEHAT_KAFKA_CONTROLLER_PORT=$((BASE + 6)) SEHAT_MONGO_PORT=$((BASE + 7)) SEHAT_SMTP_PORT=$((BASE + 8))
export SEHAT_INBOX_PORT=$((BASE + 9)) SEHAT_IDENTITY_PORT=$((BASE + 10))
PROM_PORT=$((BASE + 11))
# A shared CI machine may be busy: give the services longer than the launcher's default 240 s to get ready.
export SEHAT_START_TIMEOUT=${SEHAT_START_TIMEOUT:-480}
# The breach job refreshes the SLA gauges every 5 s instead of every minute, so that they exist within the run.
export SEHAT_REQUEST_SLA_CHECK_INTERVAL=5s
unset SEHAT_PUBLIC_URL

GATEWAY=http://127.0.0.1:$SEHAT_GATEWAY_PORT
IDENTITY=http://127.0.0.1:$SEHAT_IDENTITY_PORT
PROM=http://127.0.0.1:$PROM_PORT
RULES=$ROOT/infra/docker/prometheus
DASHBOARDS=$ROOT/infra/docker/grafana/dashboards
rm -rf "$SEHAT_VAR"
mkdir -p "$SEHAT_VAR"
PROOF=$SEHAT_VAR/proof
mkdir -p "$PROOF"

say() { printf '[prove-dashboards %3ds] %s\n' $(($(date +%s) - STARTED)) "$*"; }

UP_PID=
PROM_PID=
stop_all() {
  local status=$?
  trap - EXIT INT TERM
  [ -n "$PROM_PID" ] && kill "$PROM_PID" 2> /dev/null && wait "$PROM_PID" 2> /dev/null
  if [ -n "$UP_PID" ]; then
    ./sehat down > "$PROOF/down.log" 2>&1 || true
    kill "$UP_PID" 2> /dev/null || true
    wait "$UP_PID" 2> /dev/null || true
  fi
  say "stopped everything it started ($SEHAT_VAR kept for a look: logs, proof/)"
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

say "promtool check rules / test rules"
promtool check rules "$RULES/alerts.yml"
(cd "$RULES" && promtool test rules alerts.test.yml)

say "starting the local stack (./sehat up) on ports $BASE-$((BASE + 11)), data in $SEHAT_VAR"
./sehat up > "$PROOF/up.log" 2>&1 &
UP_PID=$!
for _ in $(seq 1 1200); do
  grep -q "Sehat is up" "$PROOF/up.log" && break
  kill -0 "$UP_PID" 2> /dev/null || { tail -40 "$PROOF/up.log"; say "the stack did not start"; exit 1; }
  sleep 1
done
grep -q "Sehat is up" "$PROOF/up.log" || { tail -40 "$PROOF/up.log"; say "the stack was not up within 1200 s"; exit 1; }
say "$(grep 'Sehat is up' "$PROOF/up.log")"

cat > "$PROOF/prometheus.yml" << EOF
global:
  scrape_interval: 2s
  evaluation_interval: 2s
rule_files:
  - $RULES/alerts.yml
scrape_configs:
  - job_name: sehat-services
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:$SEHAT_REQUEST_PORT"]
        labels: {instance_name: request-service}
      - targets: ["127.0.0.1:$SEHAT_CODE_PORT"]
        labels: {instance_name: code-service}
      - targets: ["127.0.0.1:$SEHAT_PAYMENT_PORT"]
        labels: {instance_name: payment-service}
      - targets: ["127.0.0.1:$SEHAT_NOTIFICATION_PORT"]
        labels: {instance_name: notification-service}
  - job_name: sehat-gateway
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:$SEHAT_GATEWAY_PORT"]
        labels: {instance_name: gateway}
EOF
prometheus --config.file="$PROOF/prometheus.yml" --storage.tsdb.path="$PROOF/tsdb" \
  --web.listen-address="127.0.0.1:$PROM_PORT" > "$PROOF/prometheus.log" 2>&1 &
PROM_PID=$!
for _ in $(seq 1 60); do
  curl -fs "$PROM/-/ready" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "$PROM/-/ready" > /dev/null || { tail -20 "$PROOF/prometheus.log"; say "Prometheus did not start"; exit 1; }
say "Prometheus scrapes the five services every 2 s at $PROM"

# --- traffic --------------------------------------------------------------------------------------------------
token() {
  curl -fsS -u "$1" -d grant_type=client_credentials "$IDENTITY/oauth2/token" | jq -r .access_token
}
# A valid Iranian national ID (checksum) for this run's n-th student.
national_id() {
  local body sum=0 i r
  body=$(printf '%09d' $((123450000 + $1)))
  for i in $(seq 0 8); do sum=$((sum + ${body:$i:1} * (10 - i))); done
  r=$((sum % 11))
  [ $r -lt 2 ] && echo "$body$r" || echo "$body$((11 - r))"
}
submit() { # token type n [extra fields]
  local fields="\"nationalId\":\"$(national_id "$3")\",\"studentNumber\":\"40112345$3\",\"fullName\":\"زهرا احمدی\"${4:-}"
  curl -fsS -o /dev/null -D - -X POST "$GATEWAY/api/v1/requests" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' ${TRACEPARENT:+-H "traceparent: $TRACEPARENT"} \
    -d "{\"type\":\"$2\",\"fields\":{$fields}}" | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/api/v1/requests/||p'
}
request() { curl -fsS -H "Authorization: Bearer $STAFF" "$GATEWAY/api/v1/requests/$1"; }
wait_for() { # id jq-condition
  for _ in $(seq 1 150); do
    request "$1" | jq -e "$2" > /dev/null && return 0
    sleep 0.2
  done
  say "request $1 never satisfied $2: $(request "$1" | jq -c '{status, timeline: [.timeline[].what]}')"
  return 1
}
pay() { # id action
  local url callback
  url=$(request "$1" | jq -r .payment.payUrl | sed "s|^http://localhost:$SEHAT_GATEWAY_PORT|$GATEWAY|")
  callback=$(curl -fsS -o /dev/null -D - -X POST "$url" -d "action=$2" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  callback=$(echo "$callback" | sed "s|^http://localhost:$SEHAT_GATEWAY_PORT|$GATEWAY|")
  curl -fsS -o /dev/null "$callback"
  # The payer reloads the page: a repeated callback, which payment-service recognises and counts.
  [ "$2" != pay ] || curl -sS -o /dev/null "$callback"
}
FOREIGN=',"degree":"MASTER","country":"Germany","foreignUniversity":"TU München"'

STAFF=$(token ut-system:ut-system-secret)
SHARIF=$(token sharif-system:sharif-system-secret)
OPERATOR=$(token sehat-operator-cli:operator-cli-secret)

say "traffic: free requests from two universities (the first one with a known trace id)"
TRACE_ID=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
TRACEPARENT="00-$TRACE_ID-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')-01"
traced=$(submit "$STAFF" ENROLMENT_CERTIFICATE 1)
unset TRACEPARENT
free=("$traced")
for n in 2 3; do free+=("$(submit "$STAFF" ENROLMENT_CERTIFICATE $n)"); done
sharif=()
for n in 4 5; do sharif+=("$(submit "$SHARIF" ENROLMENT_CERTIFICATE $n)"); done
for id in "${free[@]}"; do wait_for "$id" '.resultAnnouncedAt != null'; done
for id in "${sharif[@]}"; do
  curl -fsS -H "Authorization: Bearer $SHARIF" "$GATEWAY/api/v1/requests/$id" > /dev/null
done

say "traffic: paid requests: paid and approved, paid and rejected (refund), declined"
approved=$(submit "$STAFF" FOREIGN_DEGREE_EVALUATION 6 "$FOREIGN")
rejected=$(submit "$STAFF" FOREIGN_DEGREE_EVALUATION 7 "$FOREIGN")
declined=$(submit "$STAFF" FOREIGN_DEGREE_EVALUATION 8 "$FOREIGN")
for id in "$approved" "$rejected" "$declined"; do wait_for "$id" '.payment.payUrl != null'; done
pay "$approved" pay
pay "$rejected" pay
pay "$declined" decline
wait_for "$approved" '.status == "UNDER_REVIEW"'
wait_for "$rejected" '.status == "UNDER_REVIEW"'
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $OPERATOR" "$GATEWAY/api/v1/requests/$approved/approval"
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $OPERATOR" -H 'Content-Type: application/json' \
  "$GATEWAY/api/v1/requests/$rejected/rejection" -d '{"reason":"مدرک خوانا نیست"}'
wait_for "$approved" '.resultAnnouncedAt != null'
wait_for "$rejected" '.timeline | map(.what) | index("REFUNDED") != null'
wait_for "$declined" '.status == "PAYMENT_FAILED"' || say "(the declined payment is not closed yet; going on)"

say "traffic: verifications (valid, with the holder's ID, unknown), a revocation"
code=$(request "${free[1]}" | jq -r .code.value)
revoked=$(request "${free[2]}" | jq -r .code.value)
curl -fsS -o /dev/null "$GATEWAY/api/v1/verifications/$code"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/verifications" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$code\",\"nationalId\":\"$(national_id 2)\"}"
curl -s -o /dev/null "$GATEWAY/api/v1/verifications/00000000000000000000" || true
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $OPERATOR" -H 'Content-Type: application/json' \
  "$GATEWAY/api/v1/codes/$revoked/revocation" -d '{"category":"ISSUED_IN_ERROR","reason":"issued for the wrong student, proof run"}'
curl -fsS -o /dev/null "$GATEWAY/api/v1/verifications/$revoked"

say "traffic: one record that is no CloudEvent on sehat.code.events (dead-lettered by its consumers)"
KAFKA_CLI=("$(. infra/local/jdk.sh && echo "$JAVA_HOME/bin/java")" -cp infra/local/target/sehat-local.jar)
echo "poison" | "${KAFKA_CLI[@]}" org.apache.kafka.tools.ConsoleProducer \
  --bootstrap-server "127.0.0.1:$SEHAT_KAFKA_PORT" --topic sehat.code.events > "$PROOF/poison.log" 2>&1

# --- checks ---------------------------------------------------------------------------------------------------
say "waiting for Prometheus to scrape what happened (and for the 5 s SLA job and 10 s outbox gauges)"
sleep 15

query() { curl -fsS --get "$PROM/api/v1/query" --data-urlencode "query=$1"; }

# Micrometer finds a Kafka consumer's per-partition metrics at its next scan, once a minute: an empty answer is asked
# again for up to 90 s before it counts as empty.
answer_of() {
  local answer deadline=$((SECONDS + 90))
  while :; do
    answer=$(query "$1" || echo '{"status":"error","error":"the query failed"}')
    if [ "$(echo "$answer" | jq -r .status)" != success ] || [ "$(echo "$answer" | jq '.data.result | length')" -gt 0 ] \
        || [ $SECONDS -ge $deadline ]; then
      echo "$answer"
      return
    fi
    sleep 5
  done
}

failures=0
summary=$PROOF/summary.txt
: > "$summary"
for dashboard in "$DASHBOARDS"/*.json; do
  title=$(jq -r .title "$dashboard")
  empty=0
  panels=$(jq -r '.panels | length' "$dashboard")
  while IFS=$'\t' read -r panel expr; do
    answer=$(answer_of "$expr")
    if [ "$(echo "$answer" | jq -r .status)" != success ]; then
      echo "  ERROR   $title / $panel: $(echo "$answer" | jq -r .error)" | tee -a "$summary"
      empty=$((empty + 1))
    elif [ "$(echo "$answer" | jq '.data.result | length')" -eq 0 ]; then
      echo "  EMPTY   $title / $panel: $expr" | tee -a "$summary"
      empty=$((empty + 1))
    fi
  done < <(jq -r '.panels[] | .title as $t | .targets[] | [$t, .expr] | @tsv' "$dashboard")
  queries=$(jq '[.panels[].targets[]] | length' "$dashboard")
  echo "  $([ $empty -eq 0 ] && echo OK || echo FAIL)      $title: $panels panels, $queries queries, $empty without data" \
    | tee -a "$summary"
  failures=$((failures + empty))
done

rules=$(curl -fsS "$PROM/api/v1/rules")
bad_rules=$(echo "$rules" | jq -r '.data.groups[].rules[] | select(.health != "ok") | "\(.name): \(.health) \(.lastError)"')
rule_count=$(echo "$rules" | jq '[.data.groups[].rules[]] | length')
if [ -n "$bad_rules" ]; then
  echo "$bad_rules" | sed 's/^/  ERROR   alert /' | tee -a "$summary"
  failures=$((failures + $(echo "$bad_rules" | wc -l)))
fi
firing=$(echo "$rules" | jq -r '[.data.groups[].rules[] | select(.state == "firing" or .state == "pending") | .name] | unique | join(", ")')
echo "  $([ -z "$bad_rules" ] && echo OK || echo FAIL)      alert rules: $rule_count evaluated by Prometheus, $(echo "$bad_rules" | grep -c . || true) with errors; pending or firing now: ${firing:-none}" \
  | tee -a "$summary"

# One submission's trace: the events it caused in all four services carry its trace id (via the outboxes).
traced_topics=0
for topic in sehat.request.events sehat.payment.events sehat.code.events sehat.notification.events; do
  timeout 120 "${KAFKA_CLI[@]}" org.apache.kafka.tools.consumer.ConsoleConsumer \
    --bootstrap-server "127.0.0.1:$SEHAT_KAFKA_PORT" --topic "$topic" --from-beginning --timeout-ms 10000 \
    --property print.headers=true > "$PROOF/$topic.txt" 2> /dev/null || true
  if grep -q "traceparent:00-$TRACE_ID-" "$PROOF/$topic.txt"; then
    traced_topics=$((traced_topics + 1))
  else
    echo "  EMPTY   trace $TRACE_ID: no event on $topic carries it" | tee -a "$summary"
  fi
done
json_lines=$(cat "$SEHAT_VAR"/log/*.log | grep -c "\"traceId\":\"$TRACE_ID\"" || true)
echo "  $([ $traced_topics -eq 4 ] && echo OK || echo FAIL)      trace $TRACE_ID (traceparent sent with request $traced): on $traced_topics of 4 topics; $json_lines JSON log lines carry it" \
  | tee -a "$summary"
[ $traced_topics -eq 4 ] || failures=$((failures + 4 - traced_topics))

say "done in $(($(date +%s) - STARTED)) s"
if [ "$failures" -gt 0 ]; then
  say "FAILED: $failures panel queries, rules or trace hops without data or with errors (listed above)"
  exit 1
fi
say "every panel of every dashboard has data; every alert rule evaluates; the trace crosses all four services"

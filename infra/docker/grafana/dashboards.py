#!/usr/bin/env python3
"""Writes Sehat's Grafana dashboards (dashboards/*.json) from the panel list below.

    python3 infra/docker/grafana/dashboards.py

Edit the panels here, not the JSON: every panel shares one layout and one datasource, and the proof script
(infra/docker/prove-dashboards.sh) reads each panel's queries from the JSON to check that they return data.
Panel queries use fixed windows ([5m], [1h]) rather than Grafana variables, so that they run unchanged against
Prometheus's HTTP API.
"""
import json
import pathlib

DATASOURCE = {"type": "prometheus", "uid": "prometheus"}
OUT = pathlib.Path(__file__).resolve().parent / "dashboards"


def panel(title, description, unit, *queries, kind="timeseries"):
    """A panel with one target per (expr, legend) pair."""
    return {"title": title, "description": description, "unit": unit, "kind": kind, "queries": queries}


def stat(title, description, unit, expr):
    return panel(title, description, unit, (expr, ""), kind="stat")


DASHBOARDS = {
    "sehat-saga": ("Sehat saga: requests and their steps", [
        panel("Requests submitted /min by type", "Requests stored as SUBMITTED (sehat_requests_submitted_total).",
              "short", ("sum by (type) (rate(sehat_requests_submitted_total[5m])) * 60", "{{type}}")),
        panel("Requests submitted /min by university", "The same, per submitting university.", "short",
              ("sum by (university) (rate(sehat_requests_submitted_total[5m])) * 60", "{{university}}")),
        panel("Approved and rejected /min by type",
              "Approved: asking for a code (after payment, free, or by an operator). Rejected: by an operator.",
              "short",
              ("sum by (type) (rate(sehat_requests_approved_total[5m])) * 60", "approved {{type}}"),
              ("sum by (type) (rate(sehat_requests_rejected_total[5m])) * 60", "rejected {{type}}")),
        stat("Requests submitted (last hour)", "All types and universities.", "short",
             "sum(increase(sehat_requests_submitted_total[1h]))"),
        panel("Mean time per saga step", "payment_decision: submitted until the payment was waived or asked for; "
              "payment: asked until paid; review: under review until decided; code_issue: approved until the code "
              "was recorded; announcement: result until the staff member was told.", "s",
              ("sum by (step) (rate(sehat_saga_step_seconds_sum[5m])) / sum by (step) "
               "(rate(sehat_saga_step_seconds_count[5m]))", "{{step}}")),
        panel("Longest saga step (recent max)", "The slowest recent request per step (Micrometer's decaying max).",
              "s", ("max by (step) (sehat_saga_step_seconds_max)", "{{step}}")),
        panel("End to end: submission until announced (p50, p90)", "Per type and outcome (CODE_ISSUED, REJECTED).",
              "s",
              ("histogram_quantile(0.5, sum by (le, type) (rate(sehat_saga_duration_seconds_bucket[1h])))",
               "p50 {{type}}"),
              ("histogram_quantile(0.9, sum by (le, type) (rate(sehat_saga_duration_seconds_bucket[1h])))",
               "p90 {{type}}")),
        panel("Events consumed /s by service and outcome",
              "applied, duplicate (already applied: a redelivery) or ignored (a type the service does not handle).",
              "ops", ("sum by (service, outcome) (rate(sehat_events_consumed_total[5m]))", "{{service}} {{outcome}}")),
        panel("Events published /min by type", "Every fact the services published through their outboxes.", "short",
              ("sum by (type) (rate(sehat_outbox_published_total[5m])) * 60", "{{type}}")),
        panel("HTTP requests /s by service and status", "Through each service's own server (the gateway included).",
              "ops", ("sum by (service, status) (rate(http_server_requests_seconds_count[5m]))",
                      "{{service}} {{status}}")),
    ]),
    "sehat-sla": ("Sehat SLA: time to the initial result", [
        panel("Time to initial result p50 and p90 by type",
              "Submission until the code was issued or the request rejected (histogram estimate; the SLA API is "
              "exact).", "s",
              ("histogram_quantile(0.5, sum by (le, type) (rate(sehat_request_initial_result_seconds_bucket[1h])))",
               "p50 {{type}}"),
              ("histogram_quantile(0.9, sum by (le, type) (rate(sehat_request_initial_result_seconds_bucket[1h])))",
               "p90 {{type}}")),
        panel("Mean time to initial result as a share of the target, by type",
              "1.0 means the mean reached the type's target time (sehat_request_target_time_seconds).", "percentunit",
              ("(sum by (type) (rate(sehat_request_initial_result_seconds_sum[1h])) / sum by (type) "
               "(rate(sehat_request_initial_result_seconds_count[1h]))) / on (type) "
               "max by (type) (sehat_request_target_time_seconds)", "{{type}}")),
        panel("Share of initial results within target, by type",
              "Results at or before the request's due time, over all results (sehat_request_initial_results_total).",
              "percentunit",
              ("sum by (type) (increase(sehat_request_initial_results_total{on_time=\"true\"}[1h])) / sum by (type) "
               "(increase(sehat_request_initial_results_total[1h]))", "{{type}}")),
        panel("Target time by type", "What the agreement promises per type.", "s",
              ("max by (type) (sehat_request_target_time_seconds)", "{{type}}")),
        panel("Open requests past their target", "Counted by the breach job each minute.", "short",
              ("sum by (type) (sehat_request_open_past_target)", "{{type}}")),
        panel("SLA breaches announced (last hour)", "SlaBreached events per type.", "short",
              ("sum by (type) (increase(sehat_request_sla_breaches_total[1h]))", "{{type}}")),
    ]),
    "sehat-payments": ("Sehat payments", [
        panel("Payments /min by outcome",
              "requested, waived, settled, failed, expired, refunded, refund_failed, waiting_for_gateway.", "short",
              ("sum by (outcome) (rate(sehat_payments_total[5m])) * 60", "{{outcome}}")),
        stat("Payments settled (last hour)", "", "short", "sum(increase(sehat_payments_total{outcome=\"settled\"}[1h]))"),
        panel("Amounts by outcome (rials, last hour)", "Requested, settled and refunded money.", "short",
              ("sum by (outcome) (increase(sehat_payment_amount_rials_total[1h]))", "{{outcome}}")),
        panel("Gateway callbacks /min by outcome", "repeated or refused callbacks stand out here.", "short",
              ("sum by (outcome) (rate(sehat_payment_callbacks_total[5m])) * 60", "{{outcome}}"),
              ("sum(rate(http_server_requests_seconds_count{service=\"payment-service\","
               "uri=\"/payments/callback\"}[5m])) * 60", "all callbacks")),
        panel("Payments waiting for the gateway", "Opened again by the payment jobs once the gateway answers.",
              "short", ("max(sehat_payments_waiting_for_gateway)", "waiting")),
        panel("Circuit breakers (1 = in that state)", "paymentGateway in payment-service; smtp, sms and webhooks in "
              "notification-service.", "short",
              ("max by (service, name, state) (resilience4j_circuitbreaker_state)", "{{service}} {{name}} {{state}}")),
        panel("Gateway calls /s by kind", "Resilience4j's view of each call: successful, failed, not permitted...",
              "ops", ("sum by (name, kind) (rate(resilience4j_circuitbreaker_calls_seconds_count[5m]))",
                      "{{name}} {{kind}}")),
    ]),
    "sehat-codes": ("Sehat codes and notifications", [
        panel("Code events /min by type", "Codes issued, revoked, expired, extended, or not issuable, as "
              "code-service published them.", "short",
              ("sum by (type) (rate(sehat_outbox_published_total{service=\"code-service\"}[5m])) * 60", "{{type}}")),
        stat("Codes issued (last hour)", "", "short",
             "sum(increase(sehat_outbox_published_total{type=\"ir.saorg.sehat.code.issued.v1\"}[1h]))"),
        stat("Codes revoked (last hour)", "", "short",
             "sum(increase(sehat_outbox_published_total{type=\"ir.saorg.sehat.code.revoked.v1\"}[1h]))"),
        panel("Verifications /min by result", "VALID, EXPIRED, REVOKED, UNKNOWN; detail=full when the holder's "
              "national ID was given.", "short",
              ("sum by (result, detail) (rate(sehat_verifications_total[5m])) * 60", "{{result}} {{detail}}")),
        panel("Verification answers: mean time", "GET and POST /api/v1/verifications at code-service.", "s",
              ("sum(rate(http_server_requests_seconds_sum{service=\"code-service\",uri=~\"/api/v1/verifications.*\"}"
               "[5m])) / sum(rate(http_server_requests_seconds_count{service=\"code-service\","
               "uri=~\"/api/v1/verifications.*\"}[5m]))", "mean")),
        panel("Notifications /min by channel and outcome", "IN_APP entries, and each e-mail, SMS and webhook "
              "attempt: sent, failed (retried), refused, busy.", "short",
              ("sum by (channel, outcome) (rate(sehat_notifications_total[5m])) * 60", "{{channel}} {{outcome}}")),
    ]),
    "sehat-kafka": ("Sehat Kafka: lag, outboxes, dead letters", [
        panel("Consumer lag by group and topic", "Records not yet consumed (the binder's own gauge, per group).",
              "short", ("sum by (group, topic) (spring_cloud_stream_binder_kafka_offset)", "{{group}} {{topic}}")),
        panel("Consumer lag by partition", "The Kafka consumers' records-lag, per topic and partition, the most in "
              "each 5 minutes (a partition's gauge exists only while it is being fetched).", "short",
              ("max by (service, topic, partition) (max_over_time(kafka_consumer_fetch_manager_records_lag[5m]))",
               "{{service}} {{topic}}/{{partition}}")),
        panel("Outbox: events waiting", "Written with their state change, not yet acknowledged by Kafka.", "short",
              ("sum by (service, collection) (sehat_outbox_pending)", "{{service}} {{collection}}")),
        panel("Outbox: age of the oldest waiting event", "Grows when the relay cannot publish.", "s",
              ("max by (service, collection) (sehat_outbox_oldest_pending_age_seconds)",
               "{{service}} {{collection}}")),
        panel("Outbox publishes and failures /s", "Failures are retried with back-off until they succeed.", "ops",
              ("sum by (service) (rate(sehat_outbox_published_total[5m]))", "published {{service}}"),
              ("sum by (service) (rate(sehat_outbox_publish_failures_total[5m]))", "failed {{service}}")),
        panel("Dead letters (last hour) by topic and group", "Records a consumer gave up on: <topic>.<group>.dlt.",
              "short", ("sum by (topic, group) (increase(sehat_dead_letters_total[1h]))", "{{topic}} {{group}}")),
        panel("Records consumed /s by topic", "Kafka consumer fetch rate.", "ops",
              ("sum by (topic) (kafka_consumer_fetch_manager_records_consumed_rate)", "{{topic}}")),
    ]),
}


def target(index, expr, legend):
    return {"refId": chr(ord("A") + index), "datasource": DATASOURCE, "expr": expr, "legendFormat": legend,
            "range": True}


def render(spec, panel_id, x, y):
    width = 8 if spec["kind"] == "stat" else 12
    rendered = {
        "id": panel_id, "type": spec["kind"], "title": spec["title"], "description": spec["description"],
        "datasource": DATASOURCE, "gridPos": {"h": 8, "w": width, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": spec["unit"]}, "overrides": []},
        "targets": [target(i, expr, legend) for i, (expr, legend) in enumerate(spec["queries"])],
    }
    if spec["kind"] == "timeseries":
        rendered["fieldConfig"]["defaults"]["custom"] = {"drawStyle": "line", "lineWidth": 1, "fillOpacity": 10,
                                                         "showPoints": "never"}
        rendered["options"] = {"legend": {"displayMode": "table", "placement": "bottom", "showLegend": True,
                                          "calcs": ["mean", "max"]}, "tooltip": {"mode": "multi", "sort": "desc"}}
    else:
        rendered["options"] = {"reduceOptions": {"calcs": ["lastNotNull"]}, "graphMode": "area"}
    return rendered


def dashboard(uid, title, specs):
    panels, x, y = [], 0, 0
    for panel_id, spec in enumerate(specs, start=1):
        width = 8 if spec["kind"] == "stat" else 12
        if x + width > 24:
            x, y = 0, y + 8
        panels.append(render(spec, panel_id, x, y))
        x += width
    return {"uid": uid, "title": title, "tags": ["sehat"], "timezone": "browser", "schemaVersion": 39, "version": 1,
            "editable": False, "graphTooltip": 1, "refresh": "30s", "time": {"from": "now-1h", "to": "now"},
            "annotations": {"list": []}, "templating": {"list": []},
            "links": [{"title": "Sehat", "type": "dashboards", "tags": ["sehat"], "asDropdown": True}],
            "panels": panels}


if __name__ == "__main__":
    for uid, (title, specs) in DASHBOARDS.items():
        path = OUT / f"{uid}.json"
        path.write_text(json.dumps(dashboard(uid, title, specs), indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {path.relative_to(OUT.parent.parent.parent.parent)}")

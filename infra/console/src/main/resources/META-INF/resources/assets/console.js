// The console's live charts: every five seconds, the cluster's series (records per second into each topic, lag of
// each consumer group) from /api/v1/admin/cluster/series, drawn with Chart.js. No build step: Chart.js comes as a
// WebJar and this file is served as it is.
(function () {
  'use strict';
  var charts = {};
  var timer = null;

  function line(canvas, label) {
    return new Chart(canvas, {
      type: 'line',
      data: {labels: [], datasets: []},
      options: {animation: false, responsive: true, maintainAspectRatio: false,
        interaction: {mode: 'nearest', intersect: false},
        plugins: {legend: {position: 'bottom', labels: {boxWidth: 12}}, title: {display: false, text: label}},
        scales: {y: {beginAtZero: true}, x: {ticks: {maxTicksLimit: 6}}}}
    });
  }

  function datasets(series) {
    return Object.keys(series).map(function (name) {
      return {label: name, data: series[name], borderWidth: 2, pointRadius: 0, tension: 0.2};
    });
  }

  function draw(chart, labels, series) {
    chart.data.labels = labels;
    chart.data.datasets = datasets(series);
    chart.update();
  }

  function refresh() {
    var holder = document.getElementById('charts');
    if (!holder || typeof Chart === 'undefined') {
      stop();
      return;
    }
    fetch(holder.dataset.series, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (series) {
        if (!series) { return; }
        var labels = series.times.map(function (t) { return new Date(t).toLocaleTimeString(); });
        draw(charts.rate, labels, series.rates);
        draw(charts.lag, labels, series.lags);
        holder.dataset.points = String(series.times.length);
      })
      .catch(function () { /* the next round tries again */ });
  }

  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
  }

  function start() {
    var holder = document.getElementById('charts');
    if (!holder || typeof Chart === 'undefined' || timer) { return; }
    charts.rate = line(document.getElementById('chart-rate'), holder.dataset.rateLabel);
    charts.lag = line(document.getElementById('chart-lag'), holder.dataset.lagLabel);
    refresh();
    timer = setInterval(refresh, 5000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

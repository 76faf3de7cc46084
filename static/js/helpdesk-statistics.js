// Helpdesk statistics: draws a chart from each table marked data-chart, beside it. The table stays the source
// and the accessible version (the chart is hidden from screen readers); without JavaScript the page shows the
// tables only. Series are the columns whose header carries data-series; values come from data-value.
// data-chart: "bar", "stacked", "doughnut" or "line" (a series over time, e.g. an offer's head counts).
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') return;
  const palette = ['#1f5fa8', '#d9822b', '#2e8540', '#8e44ad', '#b03a2e', '#5d6d7e', '#c29d0b', '#17a589'];
  const charts = [];

  function read(table) {
    const headers = Array.from(table.querySelectorAll('thead th'));
    const series = headers.map((th, i) => ({ th, i })).filter(({ th }) => th.hasAttribute('data-series'));
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    const labels = rows.map((tr) => tr.cells[0].textContent.trim());
    const datasets = series.map(({ th, i }, k) => ({
      label: th.textContent.trim(),
      data: rows.map((tr) => Number(tr.cells[i].getAttribute('data-value') || 0)),
      backgroundColor: table.dataset.chart === 'doughnut' ? palette : palette[k % palette.length],
    }));
    return { labels, datasets };
  }

  function draw(table) {
    const kind = table.dataset.chart;
    const data = read(table);
    if (!data.labels.length) return;
    const box = document.createElement('div');
    box.className = 'chart-canvas';
    box.setAttribute('aria-hidden', 'true');
    const canvas = document.createElement('canvas');
    box.appendChild(canvas);
    table.closest('.chart-pair').insertBefore(box, table.closest('.table-wrap'));
    const stacked = kind === 'stacked';
    const horizontal = kind === 'bar' && data.labels.length > 6;
    charts.push(new window.Chart(canvas, {
      type: kind === 'doughnut' || kind === 'line' ? kind : 'bar',
      data,
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: stacked || kind === 'doughnut' } },
        scales: kind === 'doughnut' ? {} : {
          x: { stacked, beginAtZero: true },
          y: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    }));
  }

  document.querySelectorAll('table[data-chart]').forEach(draw);
  // Printed pages are narrower than the screen: redraw at the paper's width.
  window.addEventListener('beforeprint', () => charts.forEach((c) => c.resize()));
  window.addEventListener('afterprint', () => charts.forEach((c) => c.resize()));
}());

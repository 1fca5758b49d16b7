/*
 * The status page's chart: documents processed per hour over the last 24 hours, drawn with uPlot (served by the
 * application from its WebJar) from the data-chart attribute the page rendered. The same figures are in the
 * table under the chart, for screen readers and without script.
 */
(function () {
    'use strict';

    var holder = document.getElementById('status-chart');
    if (!holder || typeof window.uPlot !== 'function') {
        return;
    }
    var data = JSON.parse(holder.getAttribute('data-chart'));
    var styles = window.getComputedStyle(document.documentElement);

    function color(name) {
        return styles.getPropertyValue(name).trim() || 'currentColor';
    }

    function size() {
        return { width: Math.max(240, holder.clientWidth - 24), height: 240 };
    }

    var axis = { stroke: color('--muted'), grid: { stroke: color('--border'), width: 1 }, ticks: { stroke: color('--border') } };
    var options = Object.assign(size(), {
        tzDate: function (seconds) { return new Date(seconds * 1000); },
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: function (chart, min, max) { return [0, Math.max(4, max)]; } } },
        axes: [axis, Object.assign({ values: function (chart, ticks) {
            return ticks.map(function (tick) { return Number.isInteger(tick) ? window.DocuElevate.formatNumber(tick) : ''; });
        } }, axis)],
        series: [
            {},
            {
                label: holder.getAttribute('data-series-label'),
                stroke: color('--accent'),
                fill: color('--info-bg'),
                width: 2,
                points: { show: true, size: 5 },
                paths: window.uPlot.paths && window.uPlot.paths.stepped ? window.uPlot.paths.stepped({ align: 1 }) : undefined
            }
        ]
    });
    var chart = new window.uPlot(options, [data.hours, data.processed], holder);
    var pending = null;
    window.addEventListener('resize', function () {
        window.cancelAnimationFrame(pending);
        pending = window.requestAnimationFrame(function () {
            chart.setSize(size());
        });
    });
})();

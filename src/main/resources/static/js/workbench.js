// The workbench's monthly disbursement chart (月份放款统计). The numbers come from the element's data-*
// attributes (JSON arrays); the same numbers are in a visually hidden table beside it.
(function () {
  'use strict';

  function draw(element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var months = JSON.parse(element.getAttribute('data-months') || '[]');
    var amounts = JSON.parse(element.getAttribute('data-amounts') || '[]');
    var counts = JSON.parse(element.getAttribute('data-counts') || '[]');
    var chart = echarts.init(element);
    chart.setOption({
      color: ['#1f5fbf', '#f0a020'],
      tooltip: { trigger: 'axis' },
      legend: { data: [element.getAttribute('data-amount-label'), element.getAttribute('data-count-label')] },
      grid: { left: 48, right: 40, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: months },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
      series: [
        { name: element.getAttribute('data-amount-label'), type: 'bar', data: amounts, barMaxWidth: 28 },
        { name: element.getAttribute('data-count-label'), type: 'line', yAxisIndex: 1, data: counts }
      ]
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    document.querySelectorAll('[data-testid="disbursement-chart"]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

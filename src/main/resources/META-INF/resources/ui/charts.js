// Charts on ECharts, bundled from Maven Central (org.mvnpm:echarts) and served by the service.

const echarts = window.echarts;

function draw(container, option) {
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, grid: { left: 60, right: 20, top: 30, bottom: 40 }, ...option });
  new ResizeObserver(() => chart.resize()).observe(container);
  return chart;
}

/** Bars: labels on x, one value each. */
export function bars(container, labels, values, name) {
  return draw(container, {
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, name: '' },
    yAxis: { type: 'value', name },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#0b5cad' } }],
  });
}

/** A heatmap of cells [x, y, value] over labelled axes. */
export function heatmap(container, xLabels, yLabels, cells, name) {
  const max = Math.max(1, ...cells.map((c) => c[2]));
  return draw(container, {
    grid: { left: 110, right: 20, top: 20, bottom: 80 },
    tooltip: { formatter: (p) => `${yLabels[p.value[1]]}, ${xLabels[p.value[0]]}: ${p.value[2]} ${name}` },
    xAxis: { type: 'category', data: xLabels, splitArea: { show: true } },
    yAxis: { type: 'category', data: yLabels, splitArea: { show: true } },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      inRange: { color: ['#f4f6f9', '#ffd27a', '#e0662c', '#8c1d18'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: true } }],
  });
}

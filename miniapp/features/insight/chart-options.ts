/** ECharts options for each kind of chart the dashboards draw, from plain labels and numbers. */
import type { EChartsCoreOption } from 'echarts/core';

const palette = ['#1560d4', '#e8710a', '#137333', '#b3261e', '#7b1fa2'];
const grid = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true };

export function barOption(options: {
  categories: string[];
  series: { name: string; values: number[] }[];
  isHorizontal?: boolean;
}): EChartsCoreOption {
  const categoryAxis = {
    type: 'category',
    data: options.categories,
    axisLabel: { interval: 0, width: 120, overflow: 'truncate' },
  };
  const valueAxis = { type: 'value', minInterval: 1 };
  return {
    color: palette,
    grid,
    tooltip: { trigger: 'axis' },
    legend: options.series.length > 1 ? { top: 0 } : undefined,
    xAxis: options.isHorizontal ? valueAxis : categoryAxis,
    yAxis: options.isHorizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: options.series.map((series) => ({ type: 'bar', name: series.name, data: series.values })),
  };
}

export function pieOption(slices: { name: string; value: number }[]): EChartsCoreOption {
  return {
    color: palette,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '65%'], data: slices, label: { formatter: '{b}: {c}' } }],
  };
}

/** Rows are `ys`, columns `xs`; each cell [x index, y index, value]. */
export function heatmapOption(options: {
  xs: string[];
  ys: string[];
  cells: [number, number, number][];
}): EChartsCoreOption {
  const highest = Math.max(1, ...options.cells.map((cell) => cell[2]));
  return {
    tooltip: { position: 'top' },
    grid: { ...grid, bottom: 72 },
    xAxis: { type: 'category', data: options.xs, splitArea: { show: true } },
    yAxis: { type: 'category', data: options.ys, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: highest,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#e8f0fe', '#1560d4'] },
    },
    series: [{ type: 'heatmap', data: options.cells, label: { show: true } }],
  };
}

/** Planned days as a dot over the spread (p25–median–p75) of actual days, per phase. */
export function spreadOption(options: {
  phases: string[];
  spreads: ([number, number, number, number, number] | [])[];
  planned: number[];
  names: { actual: string; planned: string };
}): EChartsCoreOption {
  return {
    color: palette,
    grid,
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    xAxis: {
      type: 'category',
      data: options.phases,
      axisLabel: { interval: 0, width: 80, overflow: 'truncate' },
    },
    yAxis: { type: 'value', name: 'd' },
    series: [
      { type: 'boxplot', name: options.names.actual, data: options.spreads },
      { type: 'scatter', name: options.names.planned, data: options.planned, symbolSize: 10 },
    ],
  };
}

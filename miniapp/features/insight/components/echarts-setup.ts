/** ECharts with only what the dashboards draw (tree-shaken through echarts/core), fetched after the figures arrive. */
import { BarChart, BoxplotChart, HeatmapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  BoxplotChart,
  HeatmapChart,
  PieChart,
  ScatterChart,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
]);

export { init };

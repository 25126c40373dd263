/**
 * One chart drawn by ECharts, hidden from screen readers (the card's summary and table say the same); a click on a
 * bar, slice or cell opens the list behind it.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import styles from './insight.module.css';

interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** Called with the clicked item's index in its series' data. */
  onSelect?: ((dataIndex: number) => void) | undefined;
}

export function EChart({ option, height = 240, onSelect }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  // Options are rebuilt on every render; the chart is redrawn only when what they say changes.
  const optionText = JSON.stringify(option);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let isGone = false;
    let dispose = () => {};
    void import('./echarts-setup').then(({ init }) => {
      if (isGone) return;
      const chart = init(element, null, { renderer: 'svg' });
      chart.setOption(JSON.parse(optionText) as EChartsCoreOption);
      chart.on('click', (event) => select.current?.(event.dataIndex));
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(element);
      dispose = () => {
        resize.disconnect();
        chart.dispose();
      };
    });
    return () => {
      isGone = true;
      dispose();
    };
  }, [optionText]);

  return <div ref={container} className={styles.chart} style={{ height }} aria-hidden="true" />;
}

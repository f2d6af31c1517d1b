import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartData } from './chart-data.js';
import type { ChartKind } from './explorer-state.js';

// Only the parts drawn here are bundled (ECharts' modular build), so the main bundle stays small.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** A bar, line or stacked-bar chart of the explorer's data; `onRendered` fires once it is drawn. */
export function Chart({
  data,
  kind,
  label,
  onRendered,
}: {
  data: ChartData;
  kind: Exclude<ChartKind, 'tiles'>;
  label: string;
  onRendered?: () => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    chart.current = echarts.init(element.current, undefined, { renderer: 'canvas', locale: 'EN' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const format = (v: unknown) => (typeof v === 'number' ? (data.ratio ? percent.format(v) : vi.format(v)) : '—');
    chart.current?.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: format },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
        xAxis: { type: 'category', data: data.categories, axisLabel: { rotate: data.categories.length > 8 ? 45 : 0 } },
        yAxis: { type: 'value', axisLabel: { formatter: format } },
        series: data.series.map((s) => ({
          name: s.name,
          type: kind === 'line' ? 'line' : 'bar',
          data: s.data,
          connectNulls: false,
          ...(kind === 'stacked' ? { stack: 'total' } : {}),
        })),
      },
      true,
    );
    onRendered?.();
  }, [data, kind, onRendered]);

  return <div ref={element} className="chart" role="img" aria-label={label} data-testid="chart" />;
}

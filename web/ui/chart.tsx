import { type EChartsCoreOption, type EChartsType, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only the renderer is registered here; each chart registers the series and components it draws, so a page
// loads no more of ECharts than it uses.
use([CanvasRenderer]);

/** Props of Chart. */
export interface ChartProps {
  /** An ECharts option; pass a memoised object, since a new object redraws the chart. */
  option: EChartsCoreOption;
  /** What the chart shows, read by screen readers in place of the canvas. */
  label: string;
  /** Height in CSS pixels; the width follows the container. */
  height?: number;
  className?: string;
}

/**
 * An ECharts canvas that resizes with its container. The container carries `data-ready="true"` once ECharts
 * reports a finished render (its `finished` event), and `"false"` while an option is being drawn, so browser
 * tests and screenshots wait on the chart itself rather than on a timer.
 */
export function Chart({ option, label, height = 320, className }: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = init(container, undefined, { renderer: "canvas" });
    chartRef.current = chart;
    const resizeObserver = new ResizeObserver(() => chart.resize());
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      chart.dispose();
      chartRef.current = null;
      container.removeAttribute("data-ready");
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const container = containerRef.current;
    if (!chart || !container) return;
    container.dataset.ready = "false";
    const onFinished = () => {
      container.dataset.ready = "true";
    };
    // Registered before setOption: a render without animation can finish before setOption returns.
    chart.on("finished", onFinished);
    chart.setOption(option, { notMerge: true });
    return () => {
      // On unmount the instance is disposed first (effects clean up in order); a disposed chart has no handlers.
      if (!chart.isDisposed()) chart.off("finished", onFinished);
    };
  }, [option]);

  return (
    <div
      ref={containerRef}
      className={className ? `chart ${className}` : "chart"}
      style={{ height }}
      role="img"
      aria-label={label}
    />
  );
}

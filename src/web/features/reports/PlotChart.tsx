import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** The element's content width, kept current with a ResizeObserver (0 until measured). */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.floor(el.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: sub-pixel jitter would redraw the chart for nothing.
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * A Plot chart drawn into this div at the div's width, and drawn again when the width or the
 * data change. `draw` should be a stable (module-level) function.
 */
export function PlotChart<T>(props: { data: T; draw: (data: T, width: number) => Element }) {
  const { data, draw } = props;
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  useEffect(() => {
    const el = ref.current;
    if (!el || width <= 0) return;
    const chart = draw(data, width);
    // Plot returns the SVG, or a figure holding a legend and the SVG. The SVG is one image
    // named by its aria-label; the table below the chart carries the figures themselves.
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
    svg?.setAttribute('role', 'img');
    // Plot names each mark's group ("bar", "dot"); inside an image nobody hears them, and a
    // label on a plain group is not allowed ARIA.
    for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    // The legend's colour swatches are small SVGs of their own: decoration beside their words.
    for (const swatch of chart.querySelectorAll('svg'))
      if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [data, draw, width]);
  return <div ref={ref} className="chart" />;
}

/**
 * Width of an element, kept up to date with a ResizeObserver. SpecChart takes explicit pixel
 * sizes (the same component renders in jsdom for documents, where nothing can be measured), so
 * the screen measures the chart's container and passes the width down.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const update = (w: number) => setWidth((prev) => (Math.abs(prev - w) >= 1 ? Math.floor(w) : prev));
    update(el.getBoundingClientRect().width);
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) update(e.contentRect.width);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

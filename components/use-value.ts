import { useEffect, useState } from 'preact/hooks';
import type { Observable } from '../utils/observable';

/** Re-renders the component whenever the observable (or signal) changes. */
export function useValue<T>(source: Observable<T>): T {
  const [, rerender] = useState(0);
  useEffect(() => source.subscribe(() => rerender((n) => n + 1)), [source]);
  return source.value;
}

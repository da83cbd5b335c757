import { useEffect, useState } from 'preact/hooks';

/**
 * A lazily loaded chunk, fetched the first time `wanted` is true. Undefined until it arrives, and
 * when it cannot load (offline): what the chunks show (the receipt, statuses) is extra, and the
 * answer itself is safe without them.
 */
export function useLazy<M extends object>(load: () => Promise<M>, wanted: boolean): M | undefined {
  const [loaded, setLoaded] = useState<M>();
  useEffect(() => {
    if (!wanted || loaded) return;
    let alive = true;
    load().then(
      (module) => alive && setLoaded(module),
      (error: unknown) => console.warn('Samskab: a part of the widget could not load', error),
    );
    return () => {
      alive = false;
    };
  }, [wanted]);
  return loaded;
}

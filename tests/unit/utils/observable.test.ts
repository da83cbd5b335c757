import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { type Observable, observable } from '../../../utils/observable';

describe('observable', () => {
  it('tells subscribers about changes, once each, until they unsubscribe', () => {
    const count = observable(0);
    const seen: number[] = [];
    const stop = count.subscribe((v) => seen.push(v));
    count.value = 1;
    count.value = 1;
    count.value = 2;
    stop();
    count.value = 3;
    expect(seen).toEqual([1, 2]);
    expect(count.value).toBe(3);
  });

  it('has the shape of a signal, so components take either', () => {
    const fromSignal: Observable<number> = signal(5);
    expect(fromSignal.value).toBe(5);
  });
});

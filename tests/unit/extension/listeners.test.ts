import { describe, expect, it, vi } from 'vitest';
import { ListenerCollection } from '../../../extension/listeners';

describe('ListenerCollection', () => {
  it('removes every listener and subscription it holds, once', () => {
    const target = new EventTarget();
    const heard = vi.fn();
    const unsubscribe = vi.fn();
    const listeners = new ListenerCollection();
    listeners.add(target, 'online', heard);
    listeners.track(unsubscribe);
    expect(listeners.size).toBe(2);
    target.dispatchEvent(new Event('online'));
    expect(heard).toHaveBeenCalledTimes(1);

    listeners.removeAll();
    listeners.removeAll();
    target.dispatchEvent(new Event('online'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('keeps nothing added after it was removed (an async step finishing late)', () => {
    const target = new EventTarget();
    const heard = vi.fn();
    const unsubscribe = vi.fn();
    const listeners = new ListenerCollection();
    listeners.removeAll();
    listeners.add(target, 'online', heard);
    listeners.track(unsubscribe);
    target.dispatchEvent(new Event('online'));
    expect(heard).not.toHaveBeenCalled();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });
});

// The machine the figures come from: they mean little without it.
import { cpus, loadavg, totalmem } from 'node:os';

export function machine(chromium: string) {
  const cores = cpus();
  return {
    cores: cores.length,
    cpu: cores[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    // Other work on a shared machine shows here; the ratios to same-run baselines are for that.
    loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
  };
}

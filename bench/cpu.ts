/**
 * CPU accounting on a shared machine: how busy the whole machine has been (from /proc/stat),
 * so a benchmark can tell how much CPU other processes took while it measured.
 */
import { readFileSync } from 'node:fs';

/** USER_HZ: /proc/stat counts in 1/100 s on Linux. */
const CLOCK_TICKS = 100;

/** Busy CPU time of the whole machine since boot, in µs (0 where /proc/stat is missing). */
export function machineBusyUs(): number {
  try {
    const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    const jiffies = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
    return (jiffies * 1e6) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

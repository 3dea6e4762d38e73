import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** Collects the figures of one run: each printed as it is measured, all written as JSON at the end. */
export class Report {
  private readonly figures: Figure[] = [];
  private readonly startedAt = new Date();

  add(name: string, value: number, unit: string): number {
    const rounded = Number(value.toPrecision(4));
    this.figures.push({ name, value: rounded, unit });
    console.log(`${name.padEnd(58)} ${String(rounded).padStart(12)} ${unit}`);
    return value;
  }

  /** A figure measured earlier in this run, for the ratios. */
  value(name: string): number {
    const figure = this.figures.find((f) => f.name === name);
    if (!figure) throw new Error(`figure "${name}" was not measured`);
    return figure.value;
  }

  write(dir: string, context: Record<string, unknown>): string {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'latest.json');
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
    writeFileSync(file, `${JSON.stringify({ startedAt: this.startedAt, finishedAt: new Date(), machine, ...context, figures: this.figures }, null, 2)}\n`);
    return file;
  }
}

/** Percentile of a sorted list of numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

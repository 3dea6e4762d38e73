import { percentile, Report } from '../support/report';
import { ServiceFrom, startService } from '../support/service-process';

const LABEL: Record<ServiceFrom, string> = { build: 'compiled (npm start)', sources: 'TypeScript at run time' };

/**
 * Figure 8: the service started from its build (`npm start`) and from its TypeScript sources compiled as
 * they load (`npm run serve`, what `npm start` did before), `starts` times each, in turns, on the same
 * migrated database: the median start-up from spawning to the first answer, and the median resident
 * memory right after. Turns, so that whatever else the machine does weighs on both alike.
 */
export async function measureStartUp(report: Report, databaseUrl: string, starts: number): Promise<void> {
  const measured: Record<ServiceFrom, { readyMs: number[]; rssMiB: number[] }> = { build: { readyMs: [], rssMiB: [] }, sources: { readyMs: [], rssMiB: [] } };
  for (let i = 0; i < starts; i++) {
    for (const from of ['build', 'sources'] as const) {
      const service = await startService(databaseUrl, {}, from);
      try {
        measured[from].readyMs.push(service.readyMs);
        measured[from].rssMiB.push(service.rssBytes() / 2 ** 20);
      } finally {
        await service.stop();
      }
    }
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  for (const from of ['build', 'sources'] as const) {
    report.add(`8 ${LABEL[from]}: start-up to ready`, median(measured[from].readyMs), 'ms');
    report.add(`8 ${LABEL[from]}: resident memory after start`, median(measured[from].rssMiB), 'MiB');
  }
  report.add('8 start-up, TypeScript at run time over compiled', median(measured.sources.readyMs) / median(measured.build.readyMs), 'x');
  report.add('8 memory, TypeScript at run time over compiled', median(measured.sources.rssMiB) / median(measured.build.rssMiB), 'x');
}

/** Runs `work` repeatedly for `seconds` after a warm-up; returns completed runs per second. */
export async function repeatFor(seconds: number, work: (i: number) => Promise<unknown> | unknown, warmUp = 20): Promise<{ count: number; perSecond: number; msEach: number }> {
  for (let i = 0; i < warmUp; i++) await work(-1 - i);
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let count = 0;
  while (process.hrtime.bigint() < deadline) await work(count++);
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { count, perSecond: (count / elapsedMs) * 1000, msEach: elapsedMs / count };
}

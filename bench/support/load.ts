import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** POST (the default) with `body`, or GET. */
  method?: 'GET' | 'POST';
  path: (i: number) => string;
  body?: (i: number) => unknown;
  token: string;
  connections: number;
  /** Requests in all; the load ends when every one has been answered. */
  amount: number;
}

export interface LoadResult {
  ok: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Requests with autocannon, each with its own path and body (request i of the run). Any answer other
 * than 2xx fails the figure: a benchmark of errors measures nothing.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const method = options.method ?? 'POST';
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    amount: options.amount,
    timeout: 60,
    requests: [
      {
        method,
        headers: { authorization: `Bearer ${options.token}`, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        setupRequest: (request) => {
          const i = next++;
          return { ...request, path: options.path(i), ...(options.body ? { body: JSON.stringify(options.body(i)) } : {}) };
        },
      },
    ],
  });
  if (result.non2xx || result.errors) {
    throw new Error(`${result.non2xx} answers other than 2xx and ${result.errors} errors under load (${JSON.stringify(result.statusCodeStats)})`);
  }
  return { ok: result['2xx'], perSecond: result['2xx'] / result.duration, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

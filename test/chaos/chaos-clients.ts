import { randomUUID } from 'node:crypto';
import { newCitizen } from '../support/protocol-client';
import { defaultAnswer, DEMO_USER_OF_ROLE } from '../support/protocol-driver';

/** What the service acknowledged: these writes must exist whatever happened after. */
export interface Acknowledged {
  incidents: { id: string; marker: string }[];
  completedTasks: string[];
}

/**
 * How the clients fared: requests sent; those cut off without an answer (in flight when the service was
 * killed) and those refused while it was down; 503 and other 5xx answers.
 */
export interface ClientCounts {
  requests: number;
  cutOff: number;
  refused: number;
  unavailable: number;
  serverErrors: string[];
}

type Answer = { status: number; body: any };

/**
 * Staff using the product while it crashes: each flow reports an incident (with an Idempotency-Key, sent
 * again with the same key until it gets an answer) and completes its tasks as the demo user of each
 * task's role until its process has ended. A request without an answer is tried again, as a user
 * would press the button again; a 409 on a task means an earlier try had completed it.
 */
export class ChaosClients {
  readonly acknowledged: Acknowledged = { incidents: [], completedTasks: [] };
  readonly counts: ClientCounts = { requests: 0, cutOff: 0, refused: 0, unavailable: 0, serverErrors: [] };
  private readonly tokens = new Map<string, string>();

  /**
   * `url` is where the service listens now, null while it is down: a restarted service listens on a new
   * port, since the old one may meanwhile be taken by another suite's server.
   */
  constructor(
    private readonly url: () => string | null,
    private readonly random: () => number,
  ) {}

  /** Runs `flows` flows, `clients` at a time; resolves when every one has finished. */
  async run(flows: number, clients: number, deadline: number): Promise<void> {
    let next = 0;
    const client = async () => {
      while (next < flows) await this.flow(next++, deadline);
    };
    await Promise.all(Array.from({ length: clients }, client));
  }

  private async flow(n: number, deadline: number): Promise<void> {
    const marker = `Chaosproef ${n} ${randomUUID()}`;
    const key = randomUUID();
    const body = {
      channel: 'outside-hours',
      category: 'II',
      behaviour: 'threat',
      occurredAt: new Date().toISOString(),
      location: 'Supermarkt, Dorpsstraat',
      description: marker,
      citizen: newCitizen(),
    };
    const created = await this.answered(deadline, () => this.send('POST', '/api/incidents', 'medewerker', body, { 'idempotency-key': key }));
    if (created.status !== 201) throw new Error(`reporting flow ${n}: ${created.status} ${JSON.stringify(created.body)}`);
    const id = created.body.id as string;
    this.acknowledged.incidents.push({ id, marker });

    while (Date.now() < deadline) {
      const file = await this.answered(deadline, () => this.send('GET', `/api/incidents/${id}`, 'afdelingshoofd'));
      if (file.status !== 200) throw new Error(`reading flow ${n}: ${file.status} ${JSON.stringify(file.body)}`);
      if (file.body.process?.status === 'completed') return;
      const open = file.body.tasks.filter((t: any) => t.status === 'open');
      for (const task of open) {
        const done = await this.send('POST', `/api/tasks/${task.id}/complete`, DEMO_USER_OF_ROLE[task.candidateGroups[0]], defaultAnswer(task, new Date()));
        if (done?.status === 200) this.acknowledged.completedTasks.push(task.id);
        else if (done && done.status !== 409 && done.status !== 503) throw new Error(`completing ${task.elementId} of flow ${n}: ${done.status} ${JSON.stringify(done.body)}`);
      }
      // Nothing open: the process waits on its timer or its e-mail; look again shortly.
      if (!open.length) await pause(100 + this.random() * 200);
    }
    throw new Error(`flow ${n} (incident ${id}) did not finish in time`);
  }

  /** Sends until an answer other than 503 comes, pausing between tries while the service restarts. */
  private async answered(deadline: number, send: () => Promise<Answer | null>): Promise<Answer> {
    while (Date.now() < deadline) {
      const answer = await send();
      if (answer && answer.status !== 503) return answer;
      await pause(100 + this.random() * 300);
    }
    throw new Error('no answer from the service before the deadline');
  }

  /** One request; null when the connection failed or broke off (the service died or is starting). */
  private async send(method: string, path: string, username: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer | null> {
    const url = this.url();
    const token = url && (await this.token(url, username));
    if (!url || !token) {
      this.counts.refused++;
      return null;
    }
    this.counts.requests++;
    try {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.status === 503) this.counts.unavailable++;
      else if (res.status >= 500) this.counts.serverErrors.push(`${method} ${path}: ${res.status} ${text}`);
      return { status: res.status, body: text ? JSON.parse(text) : null };
    } catch (err) {
      if ((err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') this.counts.refused++;
      else this.counts.cutOff++;
      return null;
    }
  }

  /** A demo user's token; signed in once, and valid in every service process that follows (one JWT secret). */
  private async token(url: string, username: string): Promise<string | null> {
    if (!this.tokens.has(username)) {
      try {
        const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
        if (res.status !== 200) return null;
        this.tokens.set(username, (await res.json()).accessToken);
      } catch {
        return null;
      }
    }
    return this.tokens.get(username)!;
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { Role, ROLE_KEYS } from '@ap/common';
import { Database } from '@ap/persistence';
import { RouteFixtures, RULES } from '../support/route-fixtures';
import { Route, routeTable } from '../support/route-table';
import { useTestApp } from '../support/use-test-app';

/**
 * Every body and query the API accepts, fed arbitrary and hostile values (fast-check): never a 5xx, a 400
 * names the fields it refuses, and a refused request stores nothing. Which routes take which input is
 * read from the routes themselves, so a new route's input is tried without being listed here.
 */

/** Routes that take a file as their raw body, with the content types they accept. */
const RAW_BODIES: Record<string, string[]> = {
  'PUT /citizens/:id/photo': ['image/png', 'image/jpeg'],
  'POST /letter-templates/:code/versions': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
};

const RUNS = Number(process.env.PROPERTY_RUNS ?? 20);

interface Input {
  /** The fields of the class the body is checked with; null where the body is checked against a form at run time. */
  body?: string[] | null;
  /** The query's fields. */
  query?: string[];
}

type Class = abstract new (...args: any[]) => unknown;

const fieldsOf = (type: Class): string[] => [...new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((m) => m.propertyName))];

/** What a route reads from the body and the query, from its parameter decorators and types. */
function inputOf(route: Route): Input {
  const args: Record<string, { index: number; data?: string }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.handler) ?? {};
  const types: Class[] = Reflect.getMetadata('design:paramtypes', route.controller.prototype, route.handler) ?? [];
  const input: Input = {};
  for (const [key, { index, data }] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const type = types[index];
    const isClass = typeof type === 'function' && ![String, Number, Boolean, Object].includes(type as any);
    if (kind === RouteParamtypes.BODY) input.body = isClass ? fieldsOf(type) : null;
    if (kind === RouteParamtypes.QUERY) input.query = [...(input.query ?? []), ...(data ? [data] : isClass ? fieldsOf(type) : [])];
  }
  return input;
}

const HOSTILE_TEXT = [
  '',
  ' ',
  '   ',
  '\u0000',
  'a\u0000b',
  '<script>alert(1)</script>',
  "'; DROP TABLE incidents; --",
  '%',
  '_%\\',
  '𝕏🙂',
  'x'.repeat(5000),
  '2026-13-45T25:61:00Z',
  '0000-00-00',
  '2026-02-30',
  '2026-12-02',
  '1e309',
  '-1',
  'NaN',
  'null',
  '../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
];
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE_TEXT));
const value: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), text, { maxKeys: 3 }),
  fc.array(fc.dictionary(fc.string({ maxLength: 6 }), text, { maxKeys: 3 }), { maxLength: 2 }),
);

/** A body: the class's fields, any of them, with any values, now and then a field it does not have, or no object at all. */
function bodies(fields: string[] | null): fc.Arbitrary<unknown> {
  const known = fc.record(Object.fromEntries((fields ?? []).map((f) => [f, value])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.constantFrom('onbekend', '__proto__', 'constructor', 'id', 'status'), value, { maxKeys: 2 });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...a })) },
    { weight: 1, arbitrary: fc.oneof(fc.array(value, { maxLength: 2 }), text, fc.integer(), fc.constant(null)) },
  );
}

/** A query: its fields with any text, sometimes repeated (an array). */
function queries(fields: string[]): fc.Arbitrary<Record<string, string | string[] | undefined>> {
  const one = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.array(text, { minLength: 2, maxLength: 3 }) });
  return fc.record(Object.fromEntries(fields.map((f) => [f, one])), { requiredKeys: [] });
}

describe('hostile input on every body and query the API accepts', () => {
  const app = useTestApp();
  const fixtures = new RouteFixtures(app);
  let tables: string[] = [];

  beforeAll(async () => {
    await fixtures.create();
    tables = (
      await app.t.app.get(Database).read((uow) => uow.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`))
    ).map((t) => t.name);
  });

  /** Every table's content, as one digest per table. */
  const snapshot = () =>
    app.t.app.get(Database).read(async (uow) => {
      const [row] = await uow.query(`SELECT ${tables.map((t) => `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${t}" x) AS "${t}"`).join(', ')}`);
      return row as Record<string, string>;
    });

  /** A role that may use the route on its own resource, so the input, not the access rule, decides the answer. */
  const caller = (route: Route): Role | null => ROLE_KEYS.find((role) => fixtures.allows(route, role, 'own')) ?? null;

  it('never answers 5xx, names the refused fields, and stores nothing on a 4xx', async () => {
    const tried: Record<string, number> = {};
    const failures: string[] = [];
    for (const route of routeTable(app.t)) {
      const input = inputOf(route);
      const raw = RAW_BODIES[route.route];
      if (input.body === undefined && !input.query?.length && !raw) continue;
      expect(RULES[route.route]).toBeDefined();
      const role = caller(route);
      const { path, query: fixed } = fixtures.request(route, 'own');
      const token = role ? await fixtures.token(route, role) : null;
      const arbitrary = fc.record({
        body: raw ? fc.tuple(fc.constantFrom(...raw, 'application/json', 'text/plain'), fc.uint8Array({ maxLength: 256 })) : input.body !== undefined ? bodies(input.body) : fc.constant(undefined),
        query: queries(input.query ?? []),
      });
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ body, query }) => {
          const before = await snapshot();
          let request = app.t.http()[route.method.toLowerCase() as 'get'](path).query({ ...fixed, ...query });
          if (token) request = request.set('Authorization', `Bearer ${token}`);
          if (raw) {
            const [type, bytes] = body as [string, Uint8Array];
            request = request.set('Content-Type', type).send(Buffer.from(bytes));
          } else if (body !== undefined) request = request.set('Content-Type', 'application/json').send(JSON.stringify(body));
          const res = await request;
          tried[route.route] = (tried[route.route] ?? 0) + 1;
          const problem = (what: string): string => `${route.route} as ${role ?? 'nobody'}: ${what}\n  query ${JSON.stringify(query).slice(0, 300)}\n  body ${JSON.stringify(body)?.slice(0, 300)}\n  answer ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          if (res.status >= 500) throw new Error(problem('a 5xx'));
          if (res.status >= 400) {
            const after = await snapshot();
            const changed = tables.filter((t) => before[t] !== after[t]);
            if (changed.length) throw new Error(problem(`refused, yet changed ${changed.join(', ')}`));
          }
          if (res.status === 400) {
            const errors = res.body.errors as { field: string; problems: string[] }[] | undefined;
            const message = String(res.body.message ?? '');
            // Only a body that is no JSON object at all is refused as a whole, without a field to name.
            const whole = !raw && body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body));
            if (!errors?.length && !(whole && /[A-Za-z]/.test(message))) throw new Error(problem('a 400 that names no field'));
            if (errors?.some((e) => !e.field || !e.problems?.length)) throw new Error(problem('a 400 without the field or its problem'));
          }
        }),
        { numRuns: RUNS },
      ).catch((err: Error) => failures.push(err.message.slice(0, 1500)));
    }
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    console.log(`hostile input: ${total} requests over ${Object.keys(tried).length} routes, ${failures.length} failing routes`);
    expect(failures).toEqual([]);
    // RELIABILITY.md gives these figures.
    expect(Object.keys(tried).length).toBeGreaterThanOrEqual(30);
    expect(total).toBeGreaterThanOrEqual(30 * RUNS);
  }, 600_000);
});

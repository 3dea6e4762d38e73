import { Schemas } from '../api/client';
import { FormSchema, FormValue, resolve, submittable } from '../forms/json-schema';
import { KnownCitizen } from '../citizens/citizen-search-api';
import { ReportBehaviour, ReportChannel, ReportForm, ReportSection } from './report-api';

/** The fields of the report asked under "what happened", in this order. */
export const DETAIL_FIELDS = ['occurredAt', 'location', 'description'];

/** What the user has entered so far, kept as a draft. */
export interface ReportDraft extends FormValue {
  channel?: string;
  behaviour?: string;
  category?: string;
  /** The citizen chosen from the search, or null when a new one is filled in. */
  known?: KnownCitizen | null;
  citizen?: FormValue;
  onSiteSteps?: FormValue;
  perpetrator?: FormValue;
}

export type Section = ReportSection['key'];

/** A part of the report that applies to what was chosen, and whether this user fills it in or its roles do later. */
export interface ApplicableSection {
  section: ReportSection;
  mayFill: boolean;
}

/**
 * The parts the channel's protocol opens as a task at the start for the chosen behaviour (and category,
 * once chosen: before that, a part that opens for any of the behaviour's categories), in the service's order.
 * A user who holds none of a part's roles does not fill it in: its task goes to those roles.
 */
export function sectionsFor(channel: ReportChannel | undefined, draft: ReportDraft, roles: readonly string[]): ApplicableSection[] {
  const applicable = (channel?.sections ?? []).filter((section) =>
    section.behaviours.some((b) => b.behaviour === draft.behaviour && (!draft.category || b.categories.includes(draft.category))),
  );
  // One entry per part: where a part opens for different roles on different paths, the first that applies.
  return applicable
    .filter((section, i) => applicable.findIndex((s) => s.key === section.key) === i)
    .map((section) => ({ section, mayFill: section.roles.some((role) => roles.includes(role.key)) }));
}

/** Part of the report's schema: these properties, with the definitions their references need. */
export function pick(root: FormSchema, fields: string[]): FormSchema {
  return {
    ...root,
    properties: Object.fromEntries(fields.map((f) => [f, root.properties![f]])),
    required: (root.required ?? []).filter((f) => fields.includes(f)),
  };
}

/** The schema of a nested object of the report (the citizen, a part), resolved, with the report's definitions. */
export function nested(root: FormSchema, field: string): FormSchema {
  return { ...resolve(root.properties![field], root), definitions: root.definitions };
}

export function channelOf(form: ReportForm, draft: ReportDraft): ReportChannel | undefined {
  return form.channels.find((c) => c.key === draft.channel);
}

/** A behaviour the channel takes, with the categories that start its protocol. */
export function behaviourOf(channel: ReportChannel | undefined, behaviour: string | undefined): ReportBehaviour | undefined {
  return channel?.protocols.flatMap((p) => p.behaviours).find((b) => b.key === behaviour);
}

/**
 * A new choice of channel or behaviour keeps only what still fits: a behaviour the channel takes, a
 * category that fits the behaviour. Where there is only one, it is chosen at once.
 */
export function withChoice(form: ReportForm, draft: ReportDraft, change: Partial<ReportDraft>): ReportDraft {
  const next = { ...draft, ...change };
  const behaviours = channelOf(form, next)?.protocols.flatMap((p) => p.behaviours) ?? [];
  if (behaviours.length === 1) next.behaviour = behaviours[0].key;
  const behaviour = behaviourOf(channelOf(form, next), next.behaviour);
  if (!behaviour) return { ...next, behaviour: undefined, category: undefined };
  const categories = behaviour.categories.map((c) => c.key);
  if (categories.length === 1) return { ...next, category: categories[0] };
  return categories.includes(next.category ?? '') ? next : { ...next, category: undefined };
}

/** The body to send: the citizen found or the new one, and each part that applies and this user filled in. */
export function reportBody(form: ReportForm, draft: ReportDraft, roles: readonly string[]): Schemas['ReportIncidentDto'] {
  const root = form.schema as FormSchema;
  const parts: FormValue = {};
  for (const { section } of sectionsFor(channelOf(form, draft), draft, roles).filter((s) => s.mayFill)) {
    const value = submittable(nested(root, section.key), draft[section.key] ?? {});
    if (Object.keys(value).length) parts[section.key] = value;
  }
  return {
    ...(submittable(pick(root, ['channel', 'behaviour', 'category', ...DETAIL_FIELDS]), draft) as Pick<Schemas['ReportIncidentDto'], 'channel' | 'behaviour' | 'category' | 'occurredAt' | 'location' | 'description'>),
    ...(draft.known ? { citizenId: draft.known.id } : { citizen: submittable(nested(root, 'citizen'), draft.citizen ?? {}) as Schemas['CitizenDto'] }),
    ...parts,
  };
}

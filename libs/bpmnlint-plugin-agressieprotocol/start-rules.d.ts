import { StartVariable } from './index';

export type StartRule = Record<string, string[]>;
export const START_PROPERTY: string;
export function parseStartRule(text: string): { rule: StartRule; error: null } | { rule: null; error: string };
export function startRuleTexts(process: unknown): { elementId: string; text: string }[];
export function matchesStartRule(rule: StartRule, variables: Record<string, unknown>): boolean;
export function overlapOf(a: StartRule, b: StartRule): StartRule | null;
export function describeStartRule(rule: StartRule, variables: StartVariable[]): string;

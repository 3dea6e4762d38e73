import { InputSpec } from './index';

export function isIsoDuration(value: unknown): boolean;
export function isIsoDateTime(value: unknown): boolean;
export function isFeel(value: unknown): boolean;
export function valueProblem(spec: InputSpec, value: unknown): string | null;
export function listOf(value: unknown): string[];

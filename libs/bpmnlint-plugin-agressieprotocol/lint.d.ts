import { Catalog } from './index';

export function lintModel(definitions: unknown, catalog: Catalog): Promise<{ elementId: string | null; message: string; category: string }[]>;

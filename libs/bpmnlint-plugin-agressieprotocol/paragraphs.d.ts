/** A paragraph of the protocol, as protocol-paragraphs.json lists it. */
export interface ProtocolParagraph {
  id: string;
  /** Dutch, short. */
  summary: string;
  /** Keys of `obligationKinds`; empty when the paragraph obliges nothing the product could do. */
  obligations: string[];
  /** Why no model element implements this obligation, when none does. */
  notInModels?: string;
}

export const PARAGRAPH_PROPERTY: string;
export const SEPARATOR: string;
export const PARAGRAPHS: { source: string; obligationKinds: Record<string, string>; paragraphs: ProtocolParagraph[] };
export function isStep(element: unknown): boolean;
export function citationOf(element: unknown): string | undefined;
export function paragraphsOf(element: unknown): string[];
export function citationProblem(text: string | undefined): string | null;

/** One thing wrong with an uploaded template, in Dutch, with where it is so legal staff can find it in Word. */
export interface TemplateProblem {
  message: string;
  /** e.g. "hoofdtekst, tabel 1, rij 2, cel 1, alinea 14"; null when it concerns the whole letter. */
  where: string | null;
  /** The words around the problem, as the letter shows them. */
  context: string | null;
}

export function describeTemplateProblem({ message, where, context }: TemplateProblem): string {
  return [where ? `${where}: ` : '', message, context ? ` ("${context}")` : ''].join('');
}

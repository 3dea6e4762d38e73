/** A letter could not be filled; `missing` lists every field without a value, `problems` template errors. */
export class LetterRenderError extends Error {
  constructor(
    readonly code: string,
    readonly missing: string[],
    readonly problems: string[] = [],
  ) {
    super(
      missing.length
        ? `brief ${code}: ontbrekende gegevens: ${missing.join(', ')}`
        : `brief ${code}: fout in het sjabloon: ${problems.join('; ')}`,
    );
    this.name = 'LetterRenderError';
  }
}

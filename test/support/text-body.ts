/** A supertest parser for a file the API serves as text (a model's XML): the body as one string. */
export function asText(res: any, done: (err: Error | null, body: string) => void): void {
  let text = '';
  res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  res.on('end', () => done(null, text));
}

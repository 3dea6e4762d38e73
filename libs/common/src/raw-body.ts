import { DomainError } from './domain-error';

/** Reads a raw request body (a photo, a letter template), keeping nothing beyond the limit; a larger body is refused whole with a 413. */
export function readRawBody(stream: NodeJS.ReadableStream, limit: number, what: string): Promise<Buffer> {
  // A JSON or form body was read by the body parser already: waiting for the stream would wait forever.
  if ((stream as { readableEnded?: boolean }).readableEnded || (stream as { _body?: boolean })._body) {
    return Promise.reject(new DomainError('unsupported-type', `Stuur ${what.toLowerCase()} als het bestand zelf, met het Content-Type van het bestand, niet als JSON of formulier.`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    stream.on('end', () =>
      size > limit
        ? reject(new DomainError('too-large', `${what} is groter dan ${limit / 1024 / 1024} MB (${(size / 1024 / 1024).toFixed(1)} MB); dat is de grens.`))
        : resolve(Buffer.concat(chunks)),
    );
    stream.on('error', reject);
  });
}

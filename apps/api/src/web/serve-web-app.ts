import { createReadStream, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import serveStatic from 'serve-static';

type Next = (err?: unknown) => void;

/**
 * Serves the built web app at `/`: its files, and index.html for every other page address, so that the
 * app's own routes survive a reload. The API (/api) and missing assets are left to Nest, which answers
 * them as it answers everything else. Hashed assets are cached for good; index.html never, so a new
 * build reaches users on their next load.
 */
export function serveWebApp(app: INestApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) {
    new Logger('WebApp').warn(`No web app in ${webDir}: build it with \`npx nx build web\` (npm start does so itself)`);
    return;
  }
  const files = serveStatic(webDir, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(webDir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: IncomingMessage, res: ServerResponse, next: Next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/api' || path.startsWith('/api/') || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    files(req, res, () => {
      if (path.startsWith('/assets/')) return next();
      // Any other address is one of the app's pages: index.html, which routes in the browser.
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      if (req.method === 'HEAD') return res.end();
      createReadStream(index).on('error', next).pipe(res);
    });
  });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type Next = (err?: unknown) => void;

/**
 * The security headers of every response (helmet): a Content-Security-Policy the web app works under
 * (its own scripts only, no inline script; inline styles, which docx-preview and the modeller set on
 * elements; images from data: and blob: URLs, which the letter preview and downloads use), no framing,
 * no MIME sniffing, no referrer, HSTS (which browsers keep only from a response over TLS), no X-Powered-By.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  xFrameOptions: { action: 'deny' },
});

/** Every API response may carry personal data: no browser or proxy keeps a copy. */
export function noStoreForApi(req: IncomingMessage, res: ServerResponse, next: Next): void {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/api' || path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
  next();
}

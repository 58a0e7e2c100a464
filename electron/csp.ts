/**
 * The one Content-Security-Policy for the renderer, sent as an HTTP header by browser mode and by
 * the Electron `app://` protocol, and mirrored by the <meta> tag in renderer/index.html (a test
 * keeps them in step). No 'unsafe-eval' anywhere: nothing in the UI needs it, and it is the door
 * an injected string would use. style-src needs 'unsafe-inline' because antd's CSS-in-JS inserts
 * <style> elements at run time. No 'electron' import: shared by both transports.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Headers every renderer response carries, in both transports. Never any Access-Control-*. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Parses a CSP string into directive → value, for comparing the <meta> tag with the header. */
export function parseCsp(policy: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...rest] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), rest.join(' '));
  }
  return out;
}

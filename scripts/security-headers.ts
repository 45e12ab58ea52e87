// The security policy of the built app (issue 14, item 8), in one place. The build puts the
// meta policy into index.html and embed.html and writes `_headers` (Netlify, Cloudflare
// Pages); `vite preview`, and so every e2e test, sends the same headers; docs/security-headers.md
// shows the nginx configuration, and a unit test keeps it equal to what is generated here.

/** Directives a `<meta http-equiv="Content-Security-Policy">` can carry. */
const META_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  // Anything not named below: only the app's own origin.
  ['default-src', ["'self'"]],
  // Vite emits external module scripts only (no inline bootstrap, no eval).
  ['script-src', ["'self'"]],
  // Style sheets are files; React and maplibre set styles through the CSSOM (element.style),
  // which style-src does not govern. Inline <style> and style="" in markup are refused.
  ['style-src', ["'self'"]],
  // maplibre's worker is a file of the build; blob: is kept for maplibre versions and
  // bundlers that wrap the worker in a blob URL.
  ['worker-src', ["'self'", 'blob:']],
  // The favicon is `data:,`; the PNG export draws and downloads through blob: URLs.
  ['img-src', ["'self'", 'data:', 'blob:']],
  // Noto Sans, self-hosted (interface and map labels).
  ['font-src', ["'self'"]],
  // The dataset and base map are fetched from the app's origin; nothing else is.
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
];

const serialize = (directives: readonly (readonly [string, readonly string[]])[]) =>
  directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');

/** Returns the policy of the meta tag, the same on both pages (no frame-ancestors: a meta
 * policy cannot carry it, browsers ignore it there). */
export function metaPolicy(): string {
  return serialize(META_DIRECTIVES);
}

/**
 * Returns the origins that may frame embed.html, read from QANTAR_FRAME_ANCESTORS (origins
 * separated by spaces or commas), or null when it is unset or empty: any page may frame the
 * embed. Entries that are not http(s) origins are dropped; when none is left, only the app's
 * own origin may frame it (a typo must not open it to everyone).
 */
export function frameAncestorsFromEnv(
  value: string | undefined = process.env['QANTAR_FRAME_ANCESTORS'],
): string[] | null {
  if (value === undefined || value.trim() === '') return null;
  const origins = new Set<string>();
  for (const part of value.split(/[\s,]+/)) {
    try {
      const url = new URL(part);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/')
        origins.add(url.origin);
    } catch {
      // not an origin: dropped
    }
  }
  return [...origins];
}

/** Returns the full-page policy: the meta policy plus `frame-ancestors 'self'`. */
export function pagePolicy(): string {
  return serialize([...META_DIRECTIVES, ['frame-ancestors', ["'self'"]]]);
}

/** Returns the embed policy: framed by any page (null), or by the app itself and the given origins. */
export function embedPolicy(ancestors: readonly string[] | null): string {
  return ancestors === null
    ? metaPolicy()
    : serialize([...META_DIRECTIVES, ['frame-ancestors', ["'self'", ...ancestors]]]);
}

/** Headers every response gets. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Same-origin requests need no referrer, and a reader who follows a source link does not
  // tell that site which map, embed or article they came from.
  'Referrer-Policy': 'no-referrer',
  // Powerful features the app never uses, refused for it and for anything it could frame.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=(), browsing-topics=()',
};

export interface HeaderRule {
  /** Paths the rule applies to (the app served at the root of its origin). */
  paths: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/**
 * Returns the header rules of the built app. The HTML pages get their own policy; no two rules
 * set the same header on one path, because Netlify and Cloudflare Pages join the values of
 * every matching rule, and two joined policies would both be enforced.
 */
export function headerRules(
  ancestors: readonly string[] | null = frameAncestorsFromEnv(),
): HeaderRule[] {
  return [
    { paths: ['/*'], headers: COMMON_HEADERS },
    { paths: ['/', '/index.html'], headers: { 'Content-Security-Policy': pagePolicy() } },
    // Cloudflare Pages serves embed.html as /embed.
    {
      paths: ['/embed.html', '/embed'],
      headers: { 'Content-Security-Policy': embedPolicy(ancestors) },
    },
  ];
}

/** Returns the headers for a request path (`/embed.html?t=…`), as the rules give them. */
export function headersFor(
  url: string,
  rules: readonly HeaderRule[] = headerRules(),
): Record<string, string> {
  const path = url.split(/[?#]/)[0] ?? '/';
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.paths.some((p) =>
      p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p,
    );
    if (matches) Object.assign(out, rule.headers);
  }
  return out;
}

/** Returns the `_headers` file of Netlify and Cloudflare Pages. */
export function netlifyHeaders(rules: readonly HeaderRule[] = headerRules()): string {
  const lines = [
    '# Generated by scripts/security-headers.ts at build time (see docs/security-headers.md).',
  ];
  for (const rule of rules) {
    for (const path of rule.paths) {
      lines.push(path);
      for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Returns an nginx server-block fragment. nginx drops the server's add_header lines in any
 * location that has its own, so each location repeats the common headers.
 */
export function nginxConfig(rules: readonly HeaderRule[] = headerRules()): string {
  const common = rules.find((r) => r.paths.includes('/*'))?.headers ?? {};
  const add = (headers: Readonly<Record<string, string>>, indent: string) =>
    Object.entries(headers).map(([n, v]) => `${indent}add_header ${n} "${v}" always;`);
  const lines = add(common, '');
  for (const rule of rules) {
    if (rule.paths.includes('/*')) continue;
    for (const path of rule.paths) {
      if (path === '/embed') continue; // a Cloudflare Pages alias; nginx serves embed.html
      lines.push(`location = ${path} {`, ...add({ ...common, ...rule.headers }, '  '), '}');
    }
  }
  return `${lines.join('\n')}\n`;
}

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  COMMON_HEADERS,
  embedPolicy,
  frameAncestorsFromEnv,
  headerRules,
  headersFor,
  metaPolicy,
  netlifyHeaders,
  nginxConfig,
  pagePolicy,
} from '../../../scripts/security-headers';
import { cspMetaTag, manifestPathFor, qantarSecurity } from '../../../scripts/vite-plugin-security';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const handler = (hook: unknown): Hook =>
  (typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler) as Hook;

describe('the policies', () => {
  it('the meta policy has the strict directives and no frame-ancestors', () => {
    const policy = metaPolicy();
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "worker-src 'self' blob:",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
    ])
      expect(policy.split('; ')).toContain(directive);
    expect(policy).not.toContain('frame-ancestors');
    expect(policy).not.toContain('unsafe');
  });

  it('the full page may only be framed by itself', () => {
    expect(pagePolicy()).toBe(`${metaPolicy()}; frame-ancestors 'self'`);
  });

  it('the embed may be framed by any page by default, or by itself and the configured origins', () => {
    expect(embedPolicy(null)).toBe(metaPolicy());
    expect(embedPolicy(['https://news.example'])).toBe(
      `${metaPolicy()}; frame-ancestors 'self' https://news.example`,
    );
    expect(embedPolicy([])).toBe(`${metaPolicy()}; frame-ancestors 'self'`);
  });
});

describe('frameAncestorsFromEnv', () => {
  it('is null (any page) when unset or blank', () => {
    expect(frameAncestorsFromEnv(undefined)).toBeNull();
    expect(frameAncestorsFromEnv('  ')).toBeNull();
  });

  it('reads origins separated by spaces or commas, normalised and without duplicates', () => {
    expect(
      frameAncestorsFromEnv('https://news.example, https://www.news.example/ https://news.example'),
    ).toEqual(['https://news.example', 'https://www.news.example']);
  });

  it('drops what is not an http(s) origin; none left allows only the app itself', () => {
    expect(
      frameAncestorsFromEnv('news.example javascript:alert(1) https://a.example/path *'),
    ).toEqual([]);
    expect(embedPolicy(frameAncestorsFromEnv('news.example'))).toContain("frame-ancestors 'self'");
  });
});

describe('headersFor', () => {
  const rules = headerRules(null);

  it('gives the page policy and the common headers to the full page', () => {
    for (const url of ['/', '/index.html', '/index.html?lang=de&t=2022-01-05T22:00']) {
      expect(headersFor(url, rules)).toEqual({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Permissions-Policy': expect.stringContaining('geolocation=()') as unknown as string,
        'Content-Security-Policy': pagePolicy(),
      });
    }
  });

  it('gives the embed policy to embed.html and /embed', () => {
    for (const url of ['/embed.html', '/embed.html?origins=https://a.example', '/embed'])
      expect(headersFor(url, rules)['Content-Security-Policy']).toBe(embedPolicy(null));
  });

  it('gives the common headers, and no page policy, to other files', () => {
    const headers = headersFor('/assets/main.js', rules);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers).not.toHaveProperty('Content-Security-Policy');
  });

  it('never sets one header in two rules that match the same path (hosts would join them)', () => {
    for (const path of ['/', '/index.html', '/embed.html', '/embed', '/assets/x.js']) {
      const names = rules
        .filter((r) =>
          r.paths.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : p === path)),
        )
        .flatMap((r) => Object.keys(r.headers));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});

describe('the documented configurations', () => {
  const doc = readFileSync('docs/security-headers.md', 'utf8');

  it('docs/security-headers.md shows the nginx configuration as generated', () => {
    expect(doc).toContain(nginxConfig(headerRules(null)));
  });

  it('docs/security-headers.md shows the _headers file as generated', () => {
    expect(doc).toContain(netlifyHeaders(headerRules(null)));
  });

  it('the _headers file lists each path with its indented headers', () => {
    const text = netlifyHeaders(headerRules(['https://news.example']));
    expect(text).toContain(
      `/embed.html\n  Content-Security-Policy: ${embedPolicy(['https://news.example'])}\n`,
    );
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n');
  });

  it('the nginx configuration repeats the common headers in each location', () => {
    const text = nginxConfig(headerRules(null));
    const blocks = text.split('location = ').slice(1);
    expect(blocks).toHaveLength(3);
    for (const block of blocks)
      expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

describe('the build plugin', () => {
  it('puts the meta policy right after <meta charset> in the built pages, not in dev', () => {
    const plugin = qantarSecurity();
    const transform = handler(plugin.transformIndexHtml);
    const html =
      '<html><head>\n<meta charset="UTF-8" />\n<title>x</title><script type="module" src="./a.js"></script></head></html>';
    const out = transform.call({}, html, { path: '/index.html' }) as string;
    expect(out).toContain(`<meta charset="UTF-8" />\n    ${cspMetaTag()}`);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(transform.call({}, html, { path: '/index.html', server: {} })).toBe(html);
  });

  it('writes _headers into the build', () => {
    const plugin = qantarSecurity();
    const emitted: { fileName: string; source: string }[] = [];
    handler(plugin.generateBundle).call({ emitFile: (f: never) => emitted.push(f) });
    expect(emitted.map((f) => f.fileName)).toEqual(['_headers']);
    expect(emitted[0]!.source).toBe(netlifyHeaders());
  });

  it('sends the same headers from vite preview, per path', () => {
    const plugin = qantarSecurity();
    let middleware: ((req: { url?: string }, res: unknown, next: () => void) => void) | null = null;
    handler(plugin.configurePreviewServer).call(
      {},
      { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } },
    );
    const served = (url: string) => {
      const headers: Record<string, string> = {};
      const next = vi.fn();
      middleware!({ url }, { setHeader: (n: string, v: string) => (headers[n] = v) }, next);
      expect(next).toHaveBeenCalledOnce();
      return headers;
    };
    expect(served('/?lang=de')).toEqual(headersFor('/', headerRules()));
    expect(served('/embed.html?t=2022-01-05T22:00')['Content-Security-Policy']).toBe(
      embedPolicy(frameAncestorsFromEnv()),
    );
    expect(served('/data/dataset.json')).toEqual(COMMON_HEADERS);
  });

  it('moves the manifest out of the output directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'qantar-build-'));
    const outDir = join(root, 'dist');
    mkdirSync(join(outDir, '.vite'), { recursive: true });
    writeFileSync(join(outDir, '.vite', 'manifest.json'), '{"index.html":{"file":"a.js"}}');
    const plugin = qantarSecurity();
    handler(plugin.configResolved).call({}, { root, build: { outDir: 'dist' } });
    handler(plugin.writeBundle).call({});
    expect(existsSync(join(outDir, '.vite'))).toBe(false);
    expect(manifestPathFor(outDir)).toBe(join(root, '.build-meta', 'dist', 'manifest.json'));
    expect(readFileSync(manifestPathFor(outDir), 'utf8')).toContain('a.js');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedCode } from '../../../src/embed/embed-code';

const URL_WITH_QUERY =
  'https://qantar.example/embed.html?t=2022-01-05T22:00&lang=de&layers=incidents';
const SCRIPT = 'https://qantar.example/embed.js';
const TITLE = 'Qantar: interactive map of the January 2022 unrest in Kazakhstan';

/** Parses HTML as a page would and returns its first element matching the selector. */
function element(html: string, selector: string): Element {
  const found = new DOMParser().parseFromString(html, 'text/html').querySelector(selector);
  if (!found) throw new Error(`no ${selector} in ${html}`);
  return found;
}

describe('embedCode: iframe', () => {
  it('escapes & in the URL', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).iframe).toContain(
      'src="https://qantar.example/embed.html?t=2022-01-05T22:00&amp;lang=de&amp;layers=incidents"',
    );
  });

  it('escapes " in the URL', () => {
    expect(embedCode('https://q.example/embed.html?x="y"', SCRIPT, TITLE).iframe).toContain(
      'src="https://q.example/embed.html?x=&quot;y&quot;"',
    );
  });

  it('gives a src that a browser reads back as the URL', () => {
    const url = 'https://q.example/embed.html?a=1&copy=2&x="y"&lt=3';
    expect(element(embedCode(url, SCRIPT, TITLE).iframe, 'iframe').getAttribute('src')).toBe(url);
  });

  it('has the title', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).iframe).toContain(`title="${TITLE}"`);
  });

  it('is full width', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).iframe).toContain('width="100%"');
  });

  it('loads lazily', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).iframe).toContain('loading="lazy"');
  });

  it('is the whole, exact iframe element', () => {
    expect(embedCode('https://q.example/embed.html?lang=de', SCRIPT, 'Map').iframe).toBe(
      '<iframe src="https://q.example/embed.html?lang=de" title="Map" width="100%" height="640" ' +
        'style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });

  it('gives a title that a browser reads back as the title, even with " and &', () => {
    // Bug (see report): only the URL is escaped; a quote in the title ends the attribute.
    const title = 'Qantar "Bloody January" & its aftermath';
    const iframe = element(embedCode(URL_WITH_QUERY, SCRIPT, title).iframe, 'iframe');
    expect(iframe.getAttribute('title')).toBe(title);
  });
});

describe('embedCode: script', () => {
  it('has a placeholder with the escaped URL in data-qantar-src', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).script).toContain(
      'data-qantar-src="https://qantar.example/embed.html?t=2022-01-05T22:00&amp;lang=de&amp;layers=incidents"',
    );
  });

  it('gives a data-qantar-src that a browser reads back as the URL', () => {
    const url = 'https://q.example/embed.html?a=1&x="y"';
    const div = element(embedCode(url, SCRIPT, TITLE).script, '[data-qantar-src]');
    expect(div.getAttribute('data-qantar-src')).toBe(url);
  });

  it('has the title in data-qantar-title', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).script).toContain(
      `data-qantar-title="${TITLE}"`,
    );
  });

  it('loads the script from the script URL, asynchronously', () => {
    expect(embedCode(URL_WITH_QUERY, SCRIPT, TITLE).script).toContain(
      '<script src="https://qantar.example/embed.js" async></script>',
    );
  });

  it('is the whole, exact snippet: placeholder, then script', () => {
    expect(embedCode('https://q.example/embed.html?lang=de', SCRIPT, 'Map').script).toBe(
      '<div data-qantar-src="https://q.example/embed.html?lang=de" data-qantar-title="Map"></div>\n' +
        '<script src="https://qantar.example/embed.js" async></script>',
    );
  });
});

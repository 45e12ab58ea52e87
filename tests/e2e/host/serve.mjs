// A stand-in news site on its own origin for the embed tests: serves the article pages and
// pym.js (from npm). Usage: node tests/e2e/host/serve.mjs <port> [app origin]
// The article pages name the app's default origin; a different one is substituted as served.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = {
  '/article.html': [join(here, 'article.html'), 'text/html'],
  '/article-script.html': [join(here, 'article-script.html'), 'text/html'],
  // The shipped example articles (public/example), as a news site would host them: the
  // <base> added below points their relative links (map, helper script) at the app's origin.
  '/story-en.html': [join(here, '../../../public/example/story-en.html'), 'text/html', 'base'],
  '/story-de.html': [join(here, '../../../public/example/story-de.html'), 'text/html', 'base'],
  '/pym.v1.min.js': [
    join(here, '../../../node_modules/pym.js/dist/pym.v1.min.js'),
    'text/javascript',
  ],
};
const port = Number(process.argv[2] ?? 4175);
const appOrigin = process.argv[3] ?? 'http://127.0.0.1:4174';
createServer(async (req, res) => {
  const entry = files[(req.url ?? '/').split('?')[0]];
  if (!entry) {
    res.writeHead(entry === undefined && req.url === '/' ? 200 : 404, {
      'Content-Type': 'text/plain',
    });
    res.end(req.url === '/' ? 'host ok' : 'not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': `${entry[1]}; charset=utf-8` });
  const body = await readFile(entry[0]);
  if (entry[2] === 'base') {
    res.end(
      body.toString('utf8').replace('<head>', `<head>\n    <base href="${appOrigin}/example/" />`),
    );
    return;
  }
  res.end(
    entry[1] === 'text/html'
      ? body.toString('utf8').replaceAll('http://127.0.0.1:4174', appOrigin)
      : body,
  );
}).listen(port, '127.0.0.1');

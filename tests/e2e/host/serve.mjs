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
  res.end(
    entry[1] === 'text/html'
      ? body.toString('utf8').replaceAll('http://127.0.0.1:4174', appOrigin)
      : body,
  );
}).listen(port, '127.0.0.1');

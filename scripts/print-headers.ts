// `npm run headers -- nginx|netlify`: prints the security headers for a server or static host,
// with the embed's frame-ancestors taken from QANTAR_FRAME_ANCESTORS (docs/security-headers.md).
import { headerRules, netlifyHeaders, nginxConfig } from './security-headers';

const format = process.argv[2] ?? 'nginx';
if (format !== 'nginx' && format !== 'netlify') {
  console.error(`usage: npm run headers -- nginx|netlify (not "${format}")`);
  process.exit(2);
}
process.stdout.write(
  format === 'nginx' ? nginxConfig(headerRules()) : netlifyHeaders(headerRules()),
);

/**
 * Serves the production renderer build (out/renderer) on 127.0.0.1 — the same bundle Electron
 * loads from app://, with the browser implementation of the platform bridge.
 * Usage: node tests/serve.ts [port]   (npm run web builds first)
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const root = resolve(import.meta.dirname, '../out/renderer');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('out/renderer fehlt – bitte zuerst "npm run build" ausführen.');
  process.exit(1);
}

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const serve = sirv(root, { single: true, etag: true, dev: false });

createServer((req, res) => serve(req, res)).listen(port, '127.0.0.1', () => {
  console.log(`Bildungsbüro Desk im Browser: http://127.0.0.1:${port}/`);
});

// Baseline for POST /checkout_session/summary: the least a Node JSON endpoint can do. Reads and
// parses the body, checks a bearer token is present, answers the same estimates JSON the real
// server answered (precomputed, so no pricing). Whatever the real server costs above this is
// routing, auth, validation, pricing and its framework.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const estimates = JSON.parse(readFileSync(process.env.RESPONSE_FILE, 'utf8'));

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let status = 200;
    let body;
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!req.headers.authorization?.startsWith('Bearer ')) status = 401;
      body = status === 200 ? estimates : { error: { code: 'unauthorized' } };
    } catch {
      status = 400;
      body = { error: { code: 'invalid_request' } };
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));

// A minimal xAPI 1.0.3 statements resource for tests: POST (one or a batch), PUT ?statementId=,
// GET (all, or ?statementId=). Every statement is checked with Learning Locker's validator (the
// library Learning Locker itself conformance-tests with); a batch with one invalid statement is
// refused whole (400), as the spec asks. A statement whose id is already stored is not stored
// again: the same content answers as stored, a different one 409. What is stored is written to a
// file, so a stopped and restarted LRS keeps it. Usage: node lrs.js <port> <data file> <key:secret>
const http = require('http');
const fs = require('fs');
const crypto = require('crypto');
const validate = require('@learninglocker/xapi-validation').default;

const [port, dataFile, credentials] = process.argv.slice(2);
const expectedAuth = 'Basic ' + Buffer.from(credentials).toString('base64');
const store = fs.existsSync(dataFile) ? JSON.parse(fs.readFileSync(dataFile, 'utf8')) : { statements: [], received: {} };

function save() {
  fs.writeFileSync(dataFile + '.tmp', JSON.stringify(store));
  fs.renameSync(dataFile + '.tmp', dataFile);
}

function answer(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function comparable(statement) {
  const { stored, authority, ...rest } = statement;
  return JSON.stringify(rest);
}

// checks a batch and says, per statement, whether it is new; null and an answer when refused
function check(statements) {
  const problems = [];
  const fresh = [];
  for (const s of statements) {
    const warnings = validate(s);
    if (warnings.length > 0) {
      problems.push({ id: s && s.id, warnings: warnings.map(w => ({ path: w.path.join('.'), message: w.message, data: w.data })) });
      continue;
    }
    if (!s.id) {
      s.id = crypto.randomUUID();
    }
    store.received[s.id] = (store.received[s.id] || 0) + 1;
    const existing = store.statements.find(t => t.id === s.id);
    if (existing && comparable(existing) !== comparable(s)) {
      return [null, 409, { error: 'conflict', id: s.id }];
    }
    if (!existing && !fresh.some(t => t.id === s.id)) {
      fresh.push(s);
    }
  }
  if (problems.length > 0) {
    return [null, 400, { error: 'invalid', problems }];
  }
  return [fresh, 200, null];
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.endsWith('/statements')) {
    return answer(res, 404, { error: 'not found' });
  }
  if (req.headers['authorization'] !== expectedAuth) {
    return answer(res, 401, { error: 'unauthorized' });
  }
  if (req.headers['x-experience-api-version'] !== '1.0.3') {
    return answer(res, 400, { error: 'X-Experience-API-Version 1.0.3 missing' });
  }
  if (req.method === 'GET') {
    const id = url.searchParams.get('statementId');
    if (id) {
      const s = store.statements.find(t => t.id === id);
      return s ? answer(res, 200, s) : answer(res, 404, { error: 'not found' });
    }
    return answer(res, 200, { statements: store.statements, more: '', received: store.received });
  }
  let body = '';
  req.on('data', chunk => { body += chunk; });
  req.on('end', () => {
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      return answer(res, 400, { error: 'not JSON' });
    }
    if (req.method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id || (parsed.id && parsed.id !== id)) {
        return answer(res, 400, { error: 'statementId' });
      }
      parsed.id = id;
    } else if (req.method !== 'POST') {
      return answer(res, 405, { error: 'method' });
    }
    const batch = Array.isArray(parsed) ? parsed : [parsed];
    const [fresh, status, refusal] = check(batch);
    if (!fresh) {
      save();
      return answer(res, status, refusal);
    }
    const now = new Date().toISOString();
    fresh.forEach(s => store.statements.push({ ...s, stored: now }));
    save();
    return req.method === 'PUT' ? answer(res, 204) : answer(res, 200, batch.map(s => s.id));
  });
}).listen(Number(port), '127.0.0.1', () => console.log('LRS listening on ' + port));

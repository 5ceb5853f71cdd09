import { beforeAll, describe, expect, test } from 'vitest';
import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

// sdk/assembly/route-path.ts (the path rules match against) and route-rules.ts (first-match
// rules on methods + prefix/exact), unit by unit. The filters' suites check the same through
// apikey and jwt end to end.

let h: AsHarness;
beforeAll(async () => {
  h = await loadAsHarness('sdk-harness', 'test/sdk/assembly/harness.ts');
}, 60_000);

const normalize = (raw: string) => h.text('normalizePath', raw);
const read = (headers: [string, string][]) => h.text('routePathRead', JSON.stringify(headers));
const readPath = (path: string) => read([[':method', 'GET'], [':path', path]]);

describe('routePath', () => {
  test.each([
    ['/', '/'],
    ['', '/'],
    ['/orders', '/orders'],
    ['/orders?x=1&y=/../admin', '/orders'],
    ['/orders/', '/orders/'],
    ['/a//b///c', '/a/b/c'],
    ['//admin', '/admin'],
    ['/./admin', '/admin'],
    ['/a/./b/.', '/a/b/'],
    ['/public/../admin', '/admin'],
    ['/a/b/..', '/a/'],
    ['/../../admin', '/admin'],
    ['/..', '/'],
    ['/.', '/'],
    ['admin', '/admin'],
    ['/%61dmin', '/admin'],
    ['/%41%5a%7e%2D%2e%5F', '/AZ~-._'],
    ['/%2e%2e/admin', '/admin'], // an escaped dot segment is a dot segment
    ['/public/%2E%2E/admin', '/admin'],
    ['/a%2Fb', '/a%2Fb'], // escaped slash stays: never matches a rule written with '/'
    ['/a%2fb/../c', '/c'],
    ['/a%5Cb', '/a%5Cb'],
    ['/%20x', '/%20x'], // reserved/other escapes are kept as sent
    ['/%zz', '/%zz'], // malformed escapes kept
    ['/%6', '/%6'],
    ['/%', '/%'],
    ['/%%361', '/%61'], // decoding is one pass: no double decoding
    ['/café/../menu', '/menu'],
    ['/...', '/...'], // three dots is a name
    ['/.hidden/x', '/.hidden/x'],
  ])('%j → %j', (raw, expected) => {
    expect(normalize(raw)).toBe(expected);
  });
});

describe('RoutePath.read', () => {
  test('a path already in normal form is read in place (no copy), query dropped', () => {
    expect(readPath('/orders')).toBe('view:/orders');
    expect(readPath('/orders/42?x=1')).toBe('view:/orders/42');
    expect(readPath('/')).toBe('view:/');
    expect(readPath('/a/')).toBe('view:/a/');
    expect(readPath('/.well-known/x')).toBe('view:/.well-known/x');
    expect(readPath('/a..b/c.')).toBe('view:/a..b/c.');
  });

  test.each([
    ['/a//b', '/a/b'],
    ['/a/./b', '/a/b'],
    ['/a/../b', '/b'],
    ['/a/..', '/'],
    ['/a/.', '/a/'],
    ['/%61', '/a'],
    ['/caf\u00e9', '/café'],
    ['orders', '/orders'],
    ['', '/'],
    ['?x=1', '/'],
  ])('%j is normalized into a copy: %j', (raw, expected) => {
    expect(readPath(raw)).toBe(`copy:${expected}`);
  });

  test('a request without :path is matched as "/"', () => {
    expect(read([[':method', 'GET']])).toBe('copy:/');
  });

  test('the in-place and the string form always agree', () => {
    const pieces = ['/', '/', '//', '.', '..', '/.', '/..', 'a', 'bc', '%61', '%2e', '%2F', '%', '%z', '?', 'é', '~', '-'];
    let x = 12345;
    const next = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    for (let i = 0; i < 400; i++) {
      let raw = '';
      const n = 1 + Math.floor(next() * 8);
      for (let k = 0; k < n; k++) raw += pieces[Math.floor(next() * pieces.length)];
      const got = readPath(raw);
      expect(got.slice(got.indexOf(':') + 1), raw).toBe(normalize(raw));
    }
  });
});

describe('route rules', () => {
  const rules = [
    { methods: ['GET', 'HEAD'], prefix: '/health' },
    { methods: [], exact: '/reports' },
    { methods: ['POST'], prefix: '/admin' },
    { prefix: '/admin' },
    { methods: ['OPTIONS'], prefix: '/' },
  ];
  const match = (method: string | null, path: string | null, from = 0) => {
    const headers: [string, string][] = [];
    if (method !== null) headers.push([':method', method]);
    if (path !== null) headers.push([':path', path]);
    headers.push(['x-other', 'y']);
    return h.call('routeMatch', JSON.stringify(rules), JSON.stringify(headers), from);
  };

  test('first match wins: methods (empty or absent = any), prefix or exact', () => {
    expect(match('GET', '/health')).toBe(0);
    expect(match('HEAD', '/healthz')).toBe(0); // a prefix is a byte prefix, as in apikey and jwt
    expect(match('POST', '/health')).toBe(-1);
    expect(match('GET', '/reports')).toBe(1);
    expect(match('DELETE', '/reports?x=1')).toBe(1);
    expect(match('GET', '/reports/1')).toBe(-1); // exact
    expect(match('GET', '/report')).toBe(-1);
    expect(match('POST', '/admin/users')).toBe(2);
    expect(match('GET', '/admin/users')).toBe(3);
    expect(match('OPTIONS', '/anything')).toBe(4);
  });

  test('rules see the normalized path', () => {
    expect(match('GET', '/%61dmin')).toBe(3);
    expect(match('GET', '/health/../admin')).toBe(3);
    expect(match('GET', '//reports')).toBe(1);
    expect(match('GET', '/reports/.')).toBe(-1); // "/reports/" is not exactly "/reports"
    expect(match('GET', '/x%2Fadmin')).toBe(-1);
  });

  test('methods compare exactly; a missing method matches only rules without methods', () => {
    expect(match('get', '/health')).toBe(-1);
    expect(match('GETX', '/health')).toBe(-1);
    expect(match('GE', '/health')).toBe(-1);
    expect(match(null, '/health')).toBe(-1);
    expect(match(null, '/admin')).toBe(3);
    expect(match('GET', null)).toBe(-1); // no :path = "/": only the OPTIONS catch-all would match
    expect(match('OPTIONS', null)).toBe(4);
  });

  test('searching again after a rejected match continues from the next rule', () => {
    expect(match('POST', '/admin/x', 0)).toBe(2);
    expect(match('POST', '/admin/x', 3)).toBe(3);
    expect(match('POST', '/admin/x', 4)).toBe(-1);
    expect(match('POST', '/admin/x', 99)).toBe(-1);
    expect(match('POST', '/admin/x', -5)).toBe(2);
  });

  test('RouteRequest.method reads :method ("" when absent)', () => {
    expect(h.text('routeMethod', JSON.stringify([[':method', 'PATCH'], [':path', '/']]))).toBe('PATCH');
    expect(h.text('routeMethod', JSON.stringify([[':path', '/']]))).toBe('');
  });

  test.each([
    ['/', true],
    ['/admin', true],
    ['/a-b_c.d~e/%2F', true],
    ['', false],
    ['admin', false],
    ['/a b', false],
    ['/a?b', false],
    ['/a#b', false],
    ['/caf\u00e9', false],
    ['/a\u007f', false],
    ['/' + 'a'.repeat(2047), true],
    ['/' + 'a'.repeat(2048), false],
  ])('isRoutePattern(%j) = %s', (pattern, ok) => {
    expect(h.call('routePattern', pattern)).toBe(ok ? 1 : 0);
  });
});

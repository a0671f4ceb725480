import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, looksLikeRoute, resolveStaticPath } from '../../src/hosting/staticPaths';

const root = path.resolve('/srv/chancery/out/renderer');

describe('resolveStaticPath', () => {
  it('maps URL paths to files under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(root);
    expect(resolveStaticPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-3f9a.js')).toBe(path.join(root, 'assets', 'index-3f9a.js'));
    expect(resolveStaticPath(root, '/assets//app.css')).toBe(path.join(root, 'assets', 'app.css'));
  });

  it('decodes ordinary percent-escapes', () => {
    expect(resolveStaticPath(root, '/fonts/Inter%20Variable.woff2')).toBe(path.join(root, 'fonts', 'Inter Variable.woff2'));
  });

  it.each([
    '/../secret',
    '/assets/../../secret',
    '/%2e%2e/secret',
    '/%2E%2e/secret',
    '/.%2e/secret',
    '/assets/..%2f..%2fsecret',
    '/..%5csecret',
    '/assets/%5c..%5csecret',
    '/./index.html',
    '/C:%5cWindows%5cwin.ini',
    '/a%00.js',
    '/%E0%A4%A',
    'index.html',
    'http://evil/index.html',
  ])('refuses %s', (raw) => {
    expect(resolveStaticPath(root, raw)).toBeNull();
  });

  it('leaves a double-encoded dot-dot as a harmless literal name inside the root', () => {
    expect(resolveStaticPath(root, '/%252e%252e/secret')).toBe(path.join(root, '%2e%2e', 'secret'));
  });
});

describe('contentTypeFor and looksLikeRoute', () => {
  it('names the types browsers need to run the UI under nosniff', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/inter.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });

  it('treats extension-less paths as client-side routes', () => {
    expect(looksLikeRoute('/srv/strategies/42')).toBe(true);
    expect(looksLikeRoute('/srv/assets/app.js')).toBe(false);
  });
});

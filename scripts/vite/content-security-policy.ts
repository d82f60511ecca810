import type { Plugin } from 'vite';

// The Content-Security-Policy of the built pages (index.html, embed.html), written by Vite as a <meta> tag.
// Only in the build (apply: 'build'): the dev server injects inline scripts (React refresh) that it would block.
//
// Why each source is there (checked in Chromium by e2e/csp.spec.ts, which fails on any violation):
// - script-src 'self': only the bundle's own files. No inline script, no eval; Vite's build emits none.
//   'report-sample' puts the first 40 characters of a blocked script in the violation event, so a failing test says what.
// - style-src-elem 'unsafe-inline': CodeMirror's themes are generated at run time by style-mod, which puts them in
//   one <style> element when the root is a document (style-mod 4.1 uses adoptedStyleSheets only for shadow roots),
//   and rewrites its text as extensions load. A hash cannot match text that changes. A nonce would need a fresh
//   value per response, which a static build cannot give; a fixed nonce sits in the public bundle, so it would
//   stop no one who can inject markup. 'unsafe-inline' it is, for <style> elements only; a stylesheet injected
//   that way still cannot load anything from elsewhere (img-src, connect-src, default-src below).
// - style-src-attr 'none': React, React Flow and CodeMirror set styles through the CSSOM (element.style, which CSP
//   does not govern), never through style="" markup or setAttribute('style'), so inline style attributes stay off.
// - img-src data: blob:: the PNG/SVG export draws the canvas through an SVG data: URL (html-to-image).
// - worker-src 'self': a Web Worker built by Vite is a file of this origin; blob: would only be needed for an
//   inline worker (`?worker&inline`), which Podscope does not use.
// - connect-src 'self': the page talks to no server; html-to-image may fetch the page's own files.
// A <meta> policy cannot carry frame-ancestors (the embed is meant to be framed anyway), report-uri/report-to or
// sandbox: browsers ignore those there. A server that can send headers may add them.

const POLICY: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'", "'report-sample'"]],
  ['style-src', ["'self'"]],
  ['style-src-elem', ["'self'", "'unsafe-inline'"]],
  ['style-src-attr', ["'none'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
];

const CONTENT_SECURITY_POLICY = POLICY.map(([directive, sources]) => `${directive} ${sources.join(' ')}`).join('; ');

// Right after the charset: a policy applies only to what comes after it in the document.
const CHARSET = /<meta charset="UTF-8" \/>\n/i;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'podscope-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!CHARSET.test(html)) throw new Error('The page has no <meta charset="UTF-8" /> line to put the Content-Security-Policy after.');
      return html.replace(CHARSET, (charset) => `${charset}    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n`);
    },
  };
}

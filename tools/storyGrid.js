#!/usr/bin/env node
// `npm run pictures`: the README's picture of every state, light and dark, and a right-to-left row. It builds
// Storybook (or, with --no-build, uses storybook-static as it is), opens each state's story in Debian's Chromium,
// lets its play function bring the button to that state, takes a picture of it, and lays the pictures out in one
// grid page, whose screenshot is docs/states.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.js';

const root = resolve(import.meta.dirname, '..');
const staticDirectory = join(root, 'storybook-static');
const output = join(root, 'docs/states.png');

/** The rows of the grid: a state's name, the story that shows it, and the input that brings it there, if any. */
const states = [
  { name: 'Ready', story: 'resendcodebutton-states--ready' },
  { name: 'Hover', story: 'resendcodebutton-states--ready', input: 'hover' },
  { name: 'Pressed', story: 'resendcodebutton-states--ready', input: 'press' },
  { name: 'Keyboard focus', story: 'resendcodebutton-states--ready', input: 'tab' },
  { name: 'Sending', story: 'resendcodebutton-states--sending' },
  { name: 'Cooldown', story: 'resendcodebutton-states--cooldown' },
  { name: 'Sent (masked email)', story: 'resendcodebutton-states--sent-to-masked-email' },
  { name: 'Rate limited', story: 'resendcodebutton-errors--rate-limited' },
  { name: 'Not delivered', story: 'resendcodebutton-errors--delivery-failed' },
  { name: 'Offline', story: 'resendcodebutton-errors--network-error' },
  { name: 'Already confirmed', story: 'resendcodebutton-errors--already-confirmed' },
  { name: 'Limit reached', story: 'resendcodebutton-errors--resend-limit-reached' },
  { name: 'Arabic, right to left', story: 'resendcodebutton-locales--arabic-right-to-left' },
];
const themes = ['light', 'dark'];
const cell = { width: 460, height: 120 };

function serve(directory) {
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    try {
      const body = readFileSync(join(directory, path === '/' ? 'index.html' : path.slice(1)));
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** A picture of one story in one theme, after its play function has run (a data URL). */
async function pictureOf(page, origin, { story, input }, theme) {
  const url = `${origin}/iframe.html?id=${story}&viewMode=story&globals=backgrounds.value:${theme}`;
  await page.goto(url);
  await page.waitForSelector('#storybook-root [data-story-theme]');
  // The dark wrapper is padded; the light one gets the same room, so both columns line up.
  await page.addStyleTag({ content: '[data-story-theme="light"] { padding: 1.5rem; }' });
  // The play functions wait for what a user sees (the status line comes 100 ms after the change); give them time.
  await page.waitForTimeout(2_500);
  // Nothing should blink in the picture: no focus ring from the play function's clicks.
  await page.evaluate(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null,
  );
  const button = page.locator('#storybook-root button').first();
  const box = await button.boundingBox();
  if (input === 'hover' || input === 'press')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  if (input === 'press') await page.mouse.down();
  if (input === 'tab') await page.keyboard.press('Tab');
  const frame = page.locator('#storybook-root [data-story-theme]');
  const png = await frame.screenshot({ animations: 'disabled' });
  // Let go away from the button, so the press does not become a click.
  await page.mouse.move(0, 0);
  if (input === 'press') await page.mouse.up();
  return `data:image/png;base64,${png.toString('base64')}`;
}

function gridPage(pictures) {
  const rows = states
    .map(
      (state, index) =>
        `<tr><th>${state.name}</th>${themes
          .map((theme) => `<td class="${theme}"><img src="${pictures[index][theme]}" alt=""></td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 24px; font: 14px system-ui, sans-serif; color: #0f172a; background: #f8fafc; }
    table { border-collapse: separate; border-spacing: 0 8px; padding: 8px 16px; background: #f8fafc; }
    th { text-align: start; font-weight: 600; padding-inline-end: 16px; white-space: nowrap; color: #334155; }
    thead th { font-size: 13px; text-transform: uppercase; letter-spacing: 0.05em; color: #64748b; }
    td { width: ${cell.width}px; height: ${cell.height}px; padding: 0 16px; vertical-align: middle; }
    td.light { background: #ffffff; border-radius: 12px 0 0 12px; }
    td.dark { background: #0f172a; border-radius: 0 12px 12px 0; }
    img { display: block; max-width: ${cell.width}px; }
  </style></head><body><table><thead><tr><th></th><th>Light</th><th>Dark</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
const server = await serve(staticDirectory);
const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
try {
  const context = await browser.newContext({
    viewport: { width: cell.width + 64, height: 400 },
    deviceScaleFactor: 2,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const pictures = [];
  for (const state of states) {
    const byTheme = {};
    for (const theme of themes) byTheme[theme] = await pictureOf(page, origin, state, theme);
    pictures.push(byTheme);
    console.log(`pictured ${state.name}`);
  }
  await page.setViewportSize({ width: 2 * cell.width + 300, height: 600 });
  await page.setContent(gridPage(pictures));
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.locator('table').screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  server.close();
}

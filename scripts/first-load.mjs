// First visit of each public page on a slow phone network: prints figures, asserts nothing.
// Run through scripts/first-load.sh (it starts the production jar and provides playwright-core and lighthouse).
//
//   node scripts/first-load.mjs --url http://127.0.0.1:PORT [--runs N] [--lighthouse] [--pages /,/courses]
//                               [--screenshots DIR]
//
// Per page, in a fresh 360x780 phone context (empty cache, zh-CN) with the network emulated through CDP
// (Network.emulateNetworkConditions: RTT, download and upload rates below):
//   round trips   sequential round trips before the h1 was visible: the depth of the critical request chain, where a
//                 request's parent is the request whose response ended last before it started (the document is 1)
//   h1            time from navigation start to a visible h1 (ms); LCP from PerformanceObserver
//   KB            bytes on the wire (Resource Timing transferSize: compressed bodies and headers), requests, and
//                 what the page fetched of JS, CSS and the rest
//   chain         the deepest chain, request by request
// With --lighthouse: Lighthouse mobile (its default simulated slow 4G) per page: performance score, LCP, FCP, TBT, CLS,
// bytes; FIRST_LOAD_LH_DIR=DIR keeps each page's report there.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
};
const base = option('--url', '').replace(/\/$/, '');
if (!/^http:\/\/(localhost|127\.[0-9.]+)(:\d+)?$/.test(base)) {
    console.error('first-load: --url http://127.0.0.1:PORT (loopback only)');
    process.exit(2);
}
const runs = Number(option('--runs', '3'));
const lighthouse = args.includes('--lighthouse');
const chromiumPath = process.env.PORTAL_CHROMIUM || '/usr/bin/chromium';
const RTT_MS = Number(process.env.FIRST_LOAD_RTT_MS || 150);
const DOWN_KBPS = Number(process.env.FIRST_LOAD_DOWN_KBPS || 1600);
const UP_KBPS = Number(process.env.FIRST_LOAD_UP_KBPS || 750);
const QUIET = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-quic', '--disable-gpu'];

const browser = await chromium.launch({ executablePath: chromiumPath, args: QUIET });

async function detailPath() {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + '/offers', { waitUntil: 'load' });
    await page.locator('main a[href*="offers/"]').first().waitFor({ timeout: 60_000 });
    const href = await page.locator('main a[href*="offers/"]').first().getAttribute('href');
    await context.close();
    return new URL(href, base + '/').pathname;
}

const pages = option('--pages', '').split(',').filter(Boolean);
if (pages.length === 0) {
    pages.push('/', '/courses', '/offers', '/incubation', '/loans', '/programmes', await detailPath(),
        '/how-to-apply', '/sign-in', '/register');
}

// In the page, before any of its scripts: the largest contentful paint, and the first moment an h1 is visible.
const OBSERVE = () => {
    window.__lcp = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
            window.__lcp = entry.renderTime || entry.startTime;
        }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    window.__h1 = 0;
    const look = () => {
        const h1 = document.querySelector('h1');
        if (h1 && h1.textContent.trim() && h1.checkVisibility({ visibilityProperty: true, opacityProperty: true })
                && h1.getBoundingClientRect().height > 0) {
            window.__h1 = performance.now();
        } else {
            requestAnimationFrame(look);
        }
    };
    requestAnimationFrame(look);
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
};

// Images and fonts never make the browser ask for anything else; documents, scripts, styles and UIDL answers may.
const mayTrigger = entry => !/\.(svg|png|ico|jpe?g|gif|webp|woff2?)(\?|$)/.test(new URL(entry.url).pathname);

function shortName(url) {
    const u = new URL(url);
    let name = u.pathname.replace(/^\/VAADIN\/build\//, '') || '/';
    if (u.search) {
        name += u.search.length > 28 ? u.search.slice(0, 28) + '…' : u.search;
    }
    return name;
}

async function measure(path, careMode) {
    const context = await browser.newContext({
        viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN',
    });
    if (careMode) {
        await context.addCookies([{ name: 'lc_a11y', value: 'care_1', url: base }]);
    }
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: RTT_MS,
        downloadThroughput: DOWN_KBPS * 1000 / 8, uploadThroughput: UP_KBPS * 1000 / 8,
    });
    const response = await page.goto(base + path, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__h1 > 0, null, { timeout: 120_000, polling: 100 });
    // Let late requests (lazy chunks, the first UIDL exchange) finish so that they are counted too.
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
    const result = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const entries = [nav, ...performance.getEntriesByType('resource')].map(e => ({
            url: e.name, start: e.startTime, end: e.responseEnd, bytes: e.transferSize, body: e.encodedBodySize,
            decoded: e.decodedBodySize, type: e.initiatorType,
        }));
        return { entries, h1: window.__h1, lcp: window.__lcp, violations: window.__violations,
            htmlClass: document.documentElement.className };
    });
    await context.close();

    const entries = result.entries.sort((a, b) => a.start - b.start);
    const depth = new Map();
    const parent = new Map();
    depth.set(entries[0], 1);
    for (const e of entries.slice(1)) {
        // A request that started after a response ended may have waited for it; take the one that ended last.
        let p = entries[0];
        for (const c of entries) {
            if (c !== e && c.end <= e.start + 1 && c.end > p.end && depth.has(c) && mayTrigger(c)) p = c;
        }
        parent.set(e, p);
        depth.set(e, depth.get(p) + 1);
    }
    const beforeH1 = entries.filter(e => e.end <= result.h1);
    const deepest = beforeH1.reduce((a, b) => (depth.get(b) > depth.get(a) ? b : a), entries[0]);
    const chain = [];
    for (let e = deepest; e; e = parent.get(e)) chain.unshift(`${shortName(e.url)} (${Math.round(e.end)} ms)`);
    const sum = pick => entries.filter(pick).reduce((s, e) => s + e.bytes, 0);
    const isJs = e => /\.m?js(\?|$)/.test(e.url);
    const isCss = e => /\.css(\?|$)/.test(e.url);
    return {
        status: response.status(), roundTrips: depth.get(deepest), h1: result.h1, lcp: result.lcp,
        kb: sum(() => true) / 1024, js: sum(isJs) / 1024, css: sum(isCss) / 1024,
        other: sum(e => !isJs(e) && !isCss(e)) / 1024, requests: entries.length, chain,
        files: entries.map(e => `${shortName(e.url)} ${(e.bytes / 1024).toFixed(1)}/${(e.decoded / 1024).toFixed(1)} KB`),
        violations: result.violations, consoleErrors, htmlClass: result.htmlClass,
    };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const rows = [];
for (const path of pages) {
    const measured = [];
    for (let i = 0; i < runs; i++) measured.push(await measure(path, false));
    const care = await measure(path, true);
    const m = measured[measured.length - 1];
    // Chromium sometimes reports no LCP entry at all for a page (seen on the lists); those runs are left out.
    const lcps = measured.map(x => x.lcp).filter(x => x > 0);
    rows.push({ path, m, care, h1: median(measured.map(x => x.h1)), lcp: lcps.length ? median(lcps) : NaN });
    console.log(`\n${path}  HTTP ${m.status}  round trips ${measured.map(x => x.roundTrips).join('/')}`
        + ` (care mode ${care.roundTrips}, <html class="${care.htmlClass}">)`);
    console.log(`  chain: ${m.chain.join(' → ')}`);
    console.log(`  files (wire/decoded): ${m.files.join(', ')}`);
    for (const v of [...m.violations, ...care.violations]) console.log(`  CSP VIOLATION: ${v}`);
    for (const c of [...m.consoleErrors, ...care.consoleErrors]) console.log(`  console error: ${c}`);
}

// --screenshots DIR: the home page's first screen at 360 px in normal and care mode, to look at.
const shots = option('--screenshots', '');
if (shots) {
    for (const careMode of [false, true]) {
        const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1,
            isMobile: true, hasTouch: true, locale: 'zh-CN' });
        if (careMode) await context.addCookies([{ name: 'lc_a11y', value: 'care_1', url: base }]);
        await context.addInitScript(OBSERVE);
        const page = await context.newPage();
        await page.goto(base + '/', { waitUntil: 'load' });
        await page.waitForFunction(() => window.__h1 > 0, null, { timeout: 120_000 });
        await page.waitForLoadState('networkidle').catch(() => {});
        await page.screenshot({ path: join(shots, careMode ? 'home-360-care.png' : 'home-360.png') });
        await context.close();
    }
}

const lh = new Map();
if (lighthouse) {
    const cli = process.env.LIGHTHOUSE_CLI;
    const keep = process.env.FIRST_LOAD_LH_DIR;
    const out = keep || mkdtempSync(join(tmpdir(), 'first-load-lh-'));
    mkdirSync(out, { recursive: true });
    for (const path of pages) {
        const file = join(out, keep ? `${path.replace(/[^a-z0-9]+/gi, '_')}.json` : 'report.json');
        try {
            execFileSync(process.execPath, [cli, base + path, '--only-categories=performance', '--output=json',
                `--output-path=${file}`, '--quiet', '--locale=en',
                `--chrome-flags=--headless=new ${QUIET.join(' ')}`], {
                env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'inherit'],
                timeout: 300_000,
            });
            const report = JSON.parse(readFileSync(file, 'utf8'));
            lh.set(path, {
                score: report.categories.performance.score,
                lcp: report.audits['largest-contentful-paint'].numericValue,
                kb: report.audits['total-byte-weight'].numericValue / 1024,
                fcp: report.audits['first-contentful-paint'].numericValue,
                tbt: report.audits['total-blocking-time'].numericValue,
                cls: report.audits['cumulative-layout-shift'].numericValue,
            });
        } catch (e) {
            console.error(`first-load: lighthouse failed for ${path}: ${e.message}`);
        }
    }
    if (!keep) rmSync(out, { recursive: true, force: true });
}

console.log(`\nFirst visit, network RTT ${RTT_MS} ms, ${DOWN_KBPS} kbit/s down, ${UP_KBPS} kbit/s up; `
    + `median of ${runs} runs; KB on the wire`);
const header = ['page', 'HTTP', 'round trips', 'h1 ms', 'LCP ms', 'KB', 'JS KB', 'CSS KB', 'other KB', 'requests',
    'care: trips/h1 ms'];
if (lighthouse) header.push('LH score', 'LH LCP ms', 'LH FCP ms', 'LH TBT ms', 'LH CLS', 'LH KB');
const table = [header];
for (const r of rows) {
    const row = [r.path, r.m.status, r.m.roundTrips, Math.round(r.h1), Number.isNaN(r.lcp) ? '-' : Math.round(r.lcp), r.m.kb.toFixed(0),
        r.m.js.toFixed(0), r.m.css.toFixed(0), r.m.other.toFixed(0), r.m.requests,
        `${r.care.roundTrips}/${Math.round(r.care.h1)}`];
    if (lighthouse) {
        const l = lh.get(r.path);
        row.push(...(l ? [l.score.toFixed(2), Math.round(l.lcp), Math.round(l.fcp), Math.round(l.tbt), l.cls.toFixed(3),
            l.kb.toFixed(0)] : ['-', '-', '-', '-', '-', '-']));
    }
    table.push(row.map(String));
}
const widths = header.map((_, i) => Math.max(...table.map(row => row[i].length)));
for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
await browser.close();

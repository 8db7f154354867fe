// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core: no browser download)
// for the workflow tests. Prints one JSON object on stdout for the Python test to judge.
//
//   node tools/browser.mjs docs PAGE.html [--screenshot OUT.png [--at ANCHOR]]
//       the operations the reference page shows (anchors tag/<tag>/operation/<operationId>),
//       and a picture of it, scrolled to ANCHOR if given
//   node tools/browser.mjs report REPORT.html [--screenshot OUT.png]
//       a check report (iotconnect proxy --html, iotconnect conformance --html): its verdict,
//       every cell of the operation x check table and every failure, as the browser shows them
//   node tools/browser.mjs cors PAGE_URL DISCOVERY_URL
//       fills in the static page's login form (credentials from IOTC_USER, IOTC_PASS, IOTC_SKEY),
//       submits it and reports the rendered device list and every request the browser made,
//       preflights included, as Chromium's DevTools protocol saw them.
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// This machine's network is closed: without these, Chromium keeps dialling Google's hosts.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const DEADLINE_MS = 20_000;

async function withPage(work) {
  // playwright-core gives every launch a fresh, empty profile directory.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: DEADLINE_MS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(DEADLINE_MS);
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    return { ...(await work(page)), pageErrors: errors };
  } finally {
    await browser.close();
  }
}

async function docs(file, screenshot, anchor) {
  return withPage(async (page) => {
    const url = pathToFileURL(file);
    if (anchor) url.hash = anchor;
    await page.goto(url.href, { waitUntil: "load" });
    // Redoc hydrates the prerendered page; its search box appears once the bundle runs.
    await page.waitForSelector('[role="search"] input');
    const operations = await page.$$eval('[id*="/operation/"]', (nodes) =>
      nodes.map((node) => ({ id: node.id, text: node.textContent ?? "" })),
    );
    if (screenshot) await page.screenshot({ path: screenshot });
    return { title: await page.title(), operations };
  });
}

async function report(file, screenshot) {
  return withPage(async (page) => {
    const blocked = [];
    page.on("console", (message) => {
      if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const verdict = await page.$eval("#verdict", (node) => ({
      verdict: node.dataset.verdict,
      text: node.textContent ?? "",
      visible: node.getBoundingClientRect().height > 0,
    }));
    const cells = await page.$$eval("#outcomes td", (nodes) =>
      nodes.map((node) => ({
        operation: node.dataset.operation,
        check: node.dataset.check,
        status: node.dataset.status,
        text: node.textContent ?? "",
        background: getComputedStyle(node).backgroundColor,
      })),
    );
    const failures = await page.$$eval("#failures li", (nodes) => nodes.map((n) => n.textContent ?? ""));
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return { title: await page.title(), verdict, cells, failures, blocked };
  });
}

async function cors(pageUrl, discoveryUrl) {
  return withPage(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    const requests = new Map();
    const entry = (id) => requests.get(id) ?? requests.set(id, { id }).get(id);
    cdp.on("Network.requestWillBeSent", (e) =>
      Object.assign(entry(e.requestId), { method: e.request.method, url: e.request.url, type: e.type }),
    );
    cdp.on("Network.responseReceived", (e) =>
      Object.assign(entry(e.requestId), { status: e.response.status, type: e.type }),
    );
    cdp.on("Network.loadingFailed", (e) =>
      Object.assign(entry(e.requestId), { failed: e.errorText, cors: e.corsErrorStatus?.corsError }),
    );
    const url = new URL(pageUrl);
    url.searchParams.set("discovery", discoveryUrl);
    await page.goto(url.href, { waitUntil: "load" });
    await page.fill('input[name="username"]', process.env.IOTC_USER ?? "");
    await page.fill('input[name="password"]', process.env.IOTC_PASS ?? "");
    await page.fill('input[name="solutionKey"]', process.env.IOTC_SKEY ?? "");
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => /devices$|^Failed/.test(document.getElementById("status")?.textContent ?? ""));
    return {
      origin: url.origin,
      status: await page.textContent("#status"),
      devices: await page.$$eval("#devices li", (items) => items.map((li) => li.dataset.uniqueId)),
      requests: [...requests.values()],
    };
  });
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { screenshot: { type: "string" }, at: { type: "string" } },
});
const [command, ...rest] = positionals;
const result =
  command === "docs" ? await docs(rest[0], values.screenshot, values.at)
  : command === "cors" ? await cors(rest[0], rest[1])
  : command === "report" ? await report(rest[0], values.screenshot)
  : undefined;
if (result === undefined) {
  process.stderr.write("usage: browser.mjs docs PAGE.html [--screenshot OUT.png [--at ANCHOR]] | report REPORT.html [--screenshot OUT.png] | cors PAGE_URL DISCOVERY_URL\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(result)}\n`);

/**
 * The static page (web/index.html): logs in from the browser to an IoTConnect service on another
 * origin and lists the devices. Every call is a cross-origin fetch, so the service must answer the
 * CORS preflights. The page keeps nothing: credentials are typed in and live only in this tab.
 */
import { type Discovery, listDevices, login } from "./client.js";

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the page has no #${id}`);
  return found;
}

const form = element("login", HTMLFormElement);
const status = element("status", HTMLElement);
const list = element("devices", HTMLUListElement);

// The service's discovery origin may be given in the query string (?discovery=...) for testing
// against a local mock; it defaults to the vendor's public discovery service.
const params = new URLSearchParams(location.search);
element("discovery", HTMLInputElement).value = params.get("discovery") ?? "https://discovery.iotconnect.io";

function field(name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void show();
});

async function show(): Promise<void> {
  status.textContent = "Logging in…";
  list.replaceChildren();
  const platform = field("platform") === "az" ? "az" : "aws";
  const discovery: Discovery = { url: field("discovery"), env: field("env"), platform };
  try {
    const session = await login(discovery, {
      username: field("username"),
      password: field("password"),
      solutionKey: field("solutionKey"),
    });
    const devices = await listDevices(session);
    list.replaceChildren(
      ...devices.map((device) => {
        const item = document.createElement("li");
        item.dataset.uniqueId = device.uniqueId;
        item.textContent = `${device.uniqueId} (${device.displayName ?? "no name"})`;
        return item;
      }),
    );
    status.textContent = `${devices.length} devices`;
  } catch (error) {
    status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

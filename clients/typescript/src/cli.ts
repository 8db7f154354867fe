/**
 * `node build/cli.js`: log in through discovery, list the devices and the templates (code and auth
 * type), and with `--allow-writes`
 * create one device and delete it again. Read-only by default; it never touches a device it did
 * not create, and it prints (as JSON) what it touched. Credentials come from the environment only:
 * IOTC_USER, IOTC_PASS, IOTC_SKEY (the Python CLI's names).
 */
import { parseArgs } from "node:util";
import {
  type Credentials,
  createDevice,
  deleteDevice,
  type Discovery,
  listDevices,
  listTemplates,
  login,
} from "./client.js";

const SYMMETRIC_KEY = 5; // a template authType that needs no certificate or key material

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      discovery: { type: "string", default: "https://discovery.iotconnect.io" },
      env: { type: "string", default: "poc" },
      platform: { type: "string", default: "aws" },
      "allow-writes": { type: "boolean", default: false },
    },
  });
  if (values.platform !== "aws" && values.platform !== "az") throw new Error("--platform is aws or az");
  const discovery: Discovery = { url: values.discovery, env: values.env, platform: values.platform };
  const credentials: Credentials = {
    username: required("IOTC_USER"),
    password: required("IOTC_PASS"),
    solutionKey: required("IOTC_SKEY"),
  };
  const session = await login(discovery, credentials);
  const listed = await listDevices(session);
  const templates = await listTemplates(session);
  const report: Record<string, unknown> = {
    deviceBaseUrl: session.deviceBaseUrl,
    listed: listed.map((d) => d.uniqueId),
    // As the service sent them: a later release's auth type is a number like the others.
    templates: templates.map((t) => ({ code: t.code, authType: t.authType })),
  };
  if (values["allow-writes"]) {
    const template = templates.find((t) => t.authType === SYMMETRIC_KEY);
    if (!template) throw new Error("no symmetric-key device template to create a device with");
    const uniqueId = `ts-client-${Date.now().toString(36)}`;
    const guid = await createDevice(session, {
      uniqueId,
      displayName: "Created and deleted by the TypeScript client",
      deviceTemplateGuid: template.guid,
      entityGuid: session.entityGuid,
    });
    report.created = { guid, uniqueId };
    report.listedAfterCreate = (await listDevices(session)).map((d) => d.uniqueId);
    await deleteDevice(session, guid);
    report.deleted = { guid, uniqueId };
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`iotconnect-ts: ${message}\n`);
  process.exitCode = 1;
});

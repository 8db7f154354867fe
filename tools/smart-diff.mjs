// api-smart-diff on two specs (JSON files): prints its breaking changes as one JSON array of
// {path, action, description}. scripts/check_breaking.py runs it and adds its own reply check.
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";

const [before, after] = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, "utf8")));
if (!before || !after) {
  process.stderr.write("usage: smart-diff.mjs BEFORE.json AFTER.json\n");
  process.exit(2);
}
const { diffs } = apiCompare(before, after);
const breaking = diffs
  .filter((diff) => diff.type === "breaking")
  .map((diff) => ({ path: diff.path.join("/"), action: diff.action, description: diff.description ?? "" }));
process.stdout.write(`${JSON.stringify(breaking)}\n`);

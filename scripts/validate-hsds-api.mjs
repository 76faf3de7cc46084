// Checks a running Maillage's HSDS API against the response shapes of HSDS 3.0's openapi.json: the root, the
// pages of services, organizations, taxonomies and taxonomy terms (the Page shape, each item against the
// schema openapi.json names), and one service, organization, taxonomy and taxonomy term by id.
// Usage: node scripts/validate-hsds-api.mjs SCHEMA_DIR BASE_URL (e.g. http://127.0.0.1:8080/api/hsds).
// Exit 0 valid, 1 invalid, 77 when ajv is missing (npm ci).
import { readFileSync, readdirSync } from "node:fs";
import { hsdsAjv } from "./hsds-ajv.mjs";
const [schemaDir, base] = process.argv.slice(2);
const SPEC = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
const ajv = hsdsAjv();
for (const [dir, prefix] of [[schemaDir, SPEC], [`${schemaDir}/compiled`, `${SPEC}compiled/`]])
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "openapi.json"))
    ajv.addSchema(JSON.parse(readFileSync(`${dir}/${f}`, "utf8")), prefix + f);
const openapi = JSON.parse(readFileSync(`${schemaDir}/openapi.json`, "utf8"));
const page = openapi.components.schemas.Page;
const shape = (path) => openapi.paths[path].get.responses["200"].content["application/json"].schema;

let errors = 0;
const fail = (where, message) => { if (++errors <= 30) console.log(`${where}: ${message}`); };
const check = (where, schema, value) => {
  const validate = ajv.compile(schema);
  if (!validate(value)) for (const e of validate.errors) fail(where, `${e.instancePath} ${e.message}`);
};
async function get(path) {
  const r = await fetch(base + path);
  if (r.status !== 200) { fail(path, `status ${r.status}`); return null; }
  if (!(r.headers.get("content-type") || "").includes("application/json")) fail(path, "not JSON");
  return r.json();
}

const root = await get("/");
if (root) check("/", shape("/"), root);
const firsts = {};
for (const list of ["/services", "/organizations", "/taxonomies", "/taxonomy_terms"]) {
  const body = await get(`${list}?per_page=50`);
  if (!body) continue;
  check(list, { ...page, required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"] }, body);
  const item = shape(list).properties.contents.items;
  body.contents.forEach((x, i) => check(`${list}[${i}] ${x.id}`, item, x));
  if (!body.contents.length) fail(list, "no records to check");
  firsts[list] = body.contents[0]?.id;
}
for (const [list, one] of [["/services", "/services/{id}"], ["/organizations", "/organizations/{id}"],
                           ["/taxonomies", "/taxonomies/{id}"], ["/taxonomy_terms", "/taxonomy_terms/{id}"]]) {
  if (!firsts[list]) continue;
  const body = await get(`${list}/${encodeURIComponent(firsts[list])}`);
  if (body) check(one, shape(one), body);
}
console.log(`${errors} error(s)`);
process.exit(errors ? 1 : 0);

// Validates an HSDS export (DIR/services.json and DIR/organizations.json, pages of records) against the HSDS 3.0
// compiled schemas with ajv (JSON Schema 2020-12) and ajv-formats, from the npm devDependencies (`npm ci`).
// Usage: node scripts/validate-hsds.mjs SCHEMA_DIR EXPORT_DIR. Exit 0 valid, 1 invalid, 77 when ajv is missing.
import { readFileSync } from "node:fs";
import { hsdsAjv } from "./hsds-ajv.mjs";
const [schemaDir, exportDir] = process.argv.slice(2);
const ajv = hsdsAjv();
let errors = 0;
for (const [file, schema] of [["services.json", "service.json"], ["organizations.json", "organization.json"]]) {
  const validate = ajv.compile(JSON.parse(readFileSync(`${schemaDir}/compiled/${schema}`, "utf8")));
  const page = JSON.parse(readFileSync(`${exportDir}/${file}`, "utf8"));
  page.contents.forEach((item, i) => {
    if (!validate(item)) {
      for (const e of validate.errors) if (++errors <= 20) console.log(`${file}[${i}] ${item.id}: ${e.instancePath} ${e.message}`);
    }
  });
}
console.log(`${errors} error(s)`);
process.exit(errors ? 1 : 0);

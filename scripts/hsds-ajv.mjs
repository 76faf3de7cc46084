// The JSON Schema validator both HSDS checks use: ajv (JSON Schema 2020-12) with ajv-formats, from the npm
// devDependencies. Exits 77 (a skipped test) when they are not installed.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

export function hsdsAjv() {
  let Ajv2020, addFormats;
  try {
    Ajv2020 = require("ajv/dist/2020").default;
    addFormats = require("ajv-formats").default;
  } catch {
    console.log("ajv and ajv-formats are not installed (npm ci)");
    process.exit(77);
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

// The daemon's real answers checked against docs/api/openapi.yaml: every answer the
// console API tests received (recorded by tests/support/ConsoleStack with
// NOMO_API_RECORD) must be a status the document lists for that operation, and its
// JSON body must match that response's schema. The schemas are the document's own,
// dereferenced by swagger-parser and checked by ajv (OpenAPI 3.0's `nullable` read as
// "or null").
// Usage: node tests/api/responses.js docs/api/openapi.yaml answers.jsonl
const fs = require("fs");
const SwaggerParser = require("@apidevtools/swagger-parser");
const Ajv = require(require.resolve("ajv", { paths: [require.resolve("@apidevtools/swagger-parser")] }));

const [documentFile, recordFile] = process.argv.slice(2);

// OpenAPI 3.0 -> JSON Schema: `nullable: true` becomes a type that admits null;
// keywords JSON Schema does not have are dropped.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (["nullable", "example", "xml", "externalDocs", "discriminator", "deprecated"].includes(key)) continue;
    out[key] = key === "properties" || key === "patternProperties"
      ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]))
      : toJsonSchema(value);
  }
  if (node.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    if (out.enum) out.enum = [...out.enum, null];
  }
  return out;
}

function templateMatches(template, path) {
  const t = template.split("/"), p = path.split("/");
  return t.length === p.length && t.every((segment, i) => segment.startsWith("{") || segment === p[i]);
}

SwaggerParser.dereference(documentFile)
  .then((api) => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    const lines = fs.readFileSync(recordFile, "utf8").split("\n").filter(Boolean);
    const problems = [];
    const seen = new Set();
    for (const line of lines) {
      const answer = JSON.parse(line);
      const method = answer.method.toLowerCase();
      const template = Object.keys(api.paths).find((t) => templateMatches(t, answer.path) && api.paths[t][method]);
      const where = `${answer.method} ${answer.path} -> ${answer.status}`;
      if (!template) {
        problems.push(`${where}: no such operation in the document`);
        continue;
      }
      const operation = api.paths[template][method];
      const response = operation.responses[String(answer.status)] || operation.responses.default;
      if (!response) {
        problems.push(`${where}: the document lists no ${answer.status} for ${answer.method} ${template}`);
        continue;
      }
      seen.add(`${answer.method} ${template} ${answer.status}`);
      const media = response.content && response.content["application/json"];
      if (!media || !media.schema) continue; // no body promised
      let body;
      try {
        body = JSON.parse(answer.body);
      } catch (e) {
        problems.push(`${where}: the body is not JSON`);
        continue;
      }
      const validate = ajv.compile(toJsonSchema(media.schema));
      if (!validate(body))
        problems.push(`${where}: ${ajv.errorsText(validate.errors)}\n    ${answer.body.slice(0, 300)}`);
    }
    if (lines.length === 0) problems.push("no answers were recorded");
    if (problems.length) {
      console.error(problems.join("\n"));
      process.exit(1);
    }
    console.log(`${lines.length} answers match the document (${seen.size} operation/status pairs)`);
  })
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });

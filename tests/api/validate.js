// docs/api/openapi.yaml checked by an independent validator (swagger-parser): the
// document must be valid OpenAPI, and say what it means: a key with a space in it or
// a null value is YAML having split an unquoted comma in a flow-style description.
// Usage: node tests/api/validate.js docs/api/openapi.yaml
const fs = require("fs");
const SwaggerParser = require("@apidevtools/swagger-parser");
const yaml = require(require.resolve("js-yaml", { paths: [require.resolve("@apidevtools/json-schema-ref-parser")] }));

const file = process.argv[2];
const suspicious = [];
(function walk(node, path) {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (/\s/.test(key) && path !== "/paths") suspicious.push(`${path}/${key}: a key with a space (an unquoted comma?)`);
    if (value === null) suspicious.push(`${path}/${key}: null (an unquoted comma?)`);
    walk(value, `${path}/${key}`);
  }
})(yaml.load(fs.readFileSync(file, "utf8")), "");

SwaggerParser.validate(file)
  .then(() => {
    if (suspicious.length) {
      console.error(suspicious.join("\n"));
      process.exit(1);
    }
    console.log(`${file}: valid OpenAPI`);
  })
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });

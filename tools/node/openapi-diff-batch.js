// Runs the openapi-diff npm package over many spec pairs in one process (the corpus cross-check).
// stdin: JSON [{name, source, destination}] (OpenAPI 3.0 documents); stdout: JSON
// [{name, breaking, nonBreaking, unclassified}] with each difference's code and location, or
// {name, error} when the tool refuses a document.
"use strict";
const openapiDiff = require("openapi-diff");

function summarise(differences) {
  return (differences || []).map((d) => ({
    code: d.code,
    where: (d.sourceSpecEntityDetails[0] || d.destinationSpecEntityDetails[0] || {}).location,
  }));
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const pairs = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const results = [];
  for (const pair of pairs) {
    try {
      const outcome = await openapiDiff.diffSpecs({
        sourceSpec: { content: JSON.stringify(pair.source), location: "old.json", format: "openapi3" },
        destinationSpec: { content: JSON.stringify(pair.destination), location: "new.json", format: "openapi3" },
      });
      results.push({
        name: pair.name,
        breaking: summarise(outcome.breakingDifferences),
        nonBreaking: summarise(outcome.nonBreakingDifferences),
        unclassified: summarise(outcome.unclassifiedDifferences),
      });
    } catch (error) {
      results.push({ name: pair.name, error: String(error.message || error) });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error.stack || error) + "\n");
  process.exit(2);
});

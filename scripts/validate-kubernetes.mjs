// Validates every object in the given Kubernetes YAML files against the Kubernetes API's JSON schemas, as shipped
// (compiled) by the npm package kubernetes-models: types, required fields, enums and formats. Like kubeconform
// without -strict, a field the schema does not know is not reported; DeploymentManifestsTests checks the fields
// the portal relies on. Prints one line per object; exits 1 when any object is invalid or of an unknown kind.
//
//   node scripts/validate-kubernetes.mjs FILE.yaml...     (run by scripts/validate-kubernetes.sh)
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate-kubernetes.mjs FILE.yaml...");
  process.exit(2);
}

// apiVersion "apps/v1" -> module "kubernetes-models/apps/v1"; the core group "v1" -> "kubernetes-models/v1".
async function modelClass(apiVersion, kind) {
  let module;
  try {
    module = await import(`kubernetes-models/${apiVersion}`);
  } catch {
    return undefined;
  }
  return module[kind];
}

let objects = 0;
let failures = 0;
for (const file of files) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  for (const document of documents) {
    if (document.errors.length > 0) {
      console.log(`INVALID ${file}: YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      failures++;
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    objects++;
    const { apiVersion, kind } = object;
    const name = `${file}: ${kind ?? "?"} ${object.metadata?.name ?? "?"}`;
    if (apiVersion === "kustomize.config.k8s.io/v1beta1") {
      console.log(`skipped ${file}: Kustomization (read by kustomize, not by the API server)`);
      objects--;
      continue;
    }
    const Model = apiVersion && kind ? await modelClass(apiVersion, kind) : undefined;
    if (!Model) {
      console.log(`INVALID ${name}: no schema for apiVersion ${apiVersion}, kind ${kind}`);
      failures++;
      continue;
    }
    try {
      new Model(object).validate();
      console.log(`valid   ${name} (${apiVersion})`);
    } catch (error) {
      console.log(`INVALID ${name}: ${error.message}`);
      failures++;
    }
  }
}
console.log(`${objects - failures} valid, ${failures} invalid`);
process.exit(failures === 0 && objects > 0 ? 0 : 1);

// What an editor shows for a spec: runs the YAML language server's language service (what VS Code's
// YAML extension, Neovim, Helix and Zed run) on each file, with the schema its modeline names.
//
//   cd xtask/editor-check && npm ci && node check.js ../../spec/bookings_services.yaml [LINE COLUMN]
//
// prints each problem as `file:line:column: message`, and with LINE COLUMN the hover there. Exits 1
// when any file has a problem.
const fs = require('fs');
const path = require('path');
const { getLanguageService } = require('yaml-language-server');
const { TextDocument } = require('vscode-languageserver-textdocument');
const { URI, Utils } = require('vscode-uri');

const service = getLanguageService({
  schemaRequestService: async (uri) => fs.readFileSync(URI.parse(uri).fsPath, 'utf8'),
  workspaceContext: {
    resolveRelativePath: (relative, resource) =>
      Utils.resolvePath(Utils.dirname(URI.parse(resource)), relative).toString(),
  },
});
service.configure({ validate: true, hover: true, completion: true, yamlVersion: '1.2' });

async function main() {
  const args = process.argv.slice(2);
  const position = args.length >= 3 && /^\d+$/.test(args.at(-1)) && /^\d+$/.test(args.at(-2))
    ? { line: Number(args.at(-2)) - 1, character: Number(args.at(-1)) - 1 }
    : null;
  const files = position ? args.slice(0, -2) : args;
  let problems = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const document = TextDocument.create(URI.file(path.resolve(file)).toString(), 'yaml', 1, text);
    const diagnostics = await service.doValidation(document, false);
    problems += diagnostics.length;
    console.log(`${file}: ${diagnostics.length} problem(s)`);
    for (const { range, message } of diagnostics) {
      console.log(`  ${file}:${range.start.line + 1}:${range.start.character + 1}: ${message}`);
    }
    if (position) {
      const hover = await service.doHover(document, position);
      console.log(`hover at ${position.line + 1}:${position.character + 1}:\n${hover ? hover.contents.value : '(none)'}`);
    }
  }
  process.exitCode = problems > 0 ? 1 : 0;
}

main();

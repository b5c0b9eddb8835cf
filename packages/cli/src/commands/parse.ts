/** `hacfg parse FILE|- [--json]`: the AST as JSON, or a tree summary; syntax errors on stderr. */
import { documentToJson, parse } from '@hacfg/syntax';
import { EXIT_OK, EXIT_PROBLEMS, type CliContext } from '../context.js';
import { readSource } from '../io.js';
import { formatCompact } from '../print/diagnostics.js';
import { formatTree } from '../print/tree.js';

export interface ParseCommandOptions {
  readonly json?: boolean;
}

export async function parseCommand(file: string, opts: ParseCommandOptions, ctx: CliContext): Promise<number> {
  const src = await readSource(file, ctx.stdin);
  const doc = parse(src.text, { fileName: src.path });
  if (opts.json) ctx.stdout.write(JSON.stringify(documentToJson(doc), null, 2) + '\n');
  else ctx.stdout.write(formatTree(doc));
  for (const d of doc.diagnostics) ctx.stderr.write(formatCompact(src.path, doc.lineIndex, d) + '\n');
  return doc.hasErrors ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * The command line: commander wiring only. Each command is a library function taking a
 * `CliContext`; exit codes: 0 clean, 1 problems found, 2 usage or I/O error.
 */
import { Command, CommanderError } from 'commander';
import { parseCommand } from './commands/parse.js';
import { registerGenerate } from './commands/generate.js';
import { registerFmt } from './commands/fmt.js';
import { registerDescribe } from './commands/describe.js';
import { registerGraph } from './commands/graph.js';
import { registerLint } from './commands/lint.js';
import { EXIT_USAGE, UsageError, type CliContext } from './context.js';
import { VERSION } from './version.js';

function program(ctx: CliContext, setCode: (code: number) => void): Command {
  const cmd = new Command('hacfg')
    .description('Typed, lossless tooling for haproxy.cfg')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .addHelpText('after', '\nExit codes: 0 clean, 1 problems found, 2 usage or I/O error.');

  cmd
    .command('parse')
    .description('parse a configuration and print its AST (exit 1 on syntax errors)')
    .argument('<file>', "configuration file, or '-' for standard input")
    .option('--json', 'print the AST as JSON with 1-based line/column ranges')
    .action(async (file: string, opts: { json?: boolean }) => setCode(await parseCommand(file, opts, ctx)));

  registerLint(cmd, ctx, setCode);
  registerGenerate(cmd, ctx, setCode);
  registerFmt(cmd, ctx, setCode);
  registerDescribe(cmd, ctx, setCode);
  registerGraph(cmd, ctx, setCode);

  return cmd;
}

export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  let code = 0;
  const cmd = program(ctx, (c) => (code = c));
  try {
    await cmd.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_USAGE;
    // A usage mistake is the user's to fix: its message, not a stack trace.
    if (e instanceof UsageError) {
      ctx.stderr.write(`hacfg: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const err = e as NodeJS.ErrnoException;
    ctx.stderr.write(`hacfg: ${err.code ? err.message : String(err.stack ?? err)}\n`);
    return EXIT_USAGE;
  }
}

/**
 * Reading a password: from standard input when piped (`--password-stdin`: its first line), or asked
 * twice on the terminal without echo. Never from an argument (it would stay in the shell's history and
 * in the process list).
 */

/** The first line of standard input, without its line ending. */
export async function passwordFromStdin(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  const [line] = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  if (!line)
    throw new Error('no password on standard input (--password-stdin reads its first line)');
  return line;
}

/** Asks on the terminal without echo; Ctrl-C stops (exit 130). */
export function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  const out = process.stderr;
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      out.write('\n');
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (character === '\u0003') {
          finish();
          process.exitCode = 130;
          reject(new Error('interrupted'));
          return;
        }
        if (character === '\u007f' || character === '\b') value = [...value].slice(0, -1).join('');
        else if (character >= ' ') value += character;
      }
    };
    // No echo before the question shows: what is typed early is not echoed either.
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
    out.write(question);
  });
}

/** The password asked twice on a terminal, or read from a pipe with `--password-stdin`. */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return passwordFromStdin();
  if (!process.stdin.isTTY) {
    throw new Error(
      'no terminal to ask the password on: pipe it with --password-stdin (e.g. printf %s "$PASSWORD" | memberflow user add …)',
    );
  }
  const first = await askHidden('Mật khẩu / password: ');
  const second = await askHidden('Nhập lại / again: ');
  if (first !== second) throw new Error('the two passwords differ; nothing was created');
  return first;
}

/**
 * `esereport check` end to end, in-process, on the scenario folders of samples/: each folder's
 * expected.json says the verdict and which rules fire; the exit code follows --fail-on.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFiles, samplePath, scenarioFolders } from '../support/samples.js';
import { REPO_ROOT, runCli } from './harness.js';

interface Expected {
  readonly args: readonly string[];
  readonly verdict: string;
  readonly databases: readonly { readonly name: string; readonly verdict: string }[];
  readonly errorRules: readonly string[];
  readonly warningRules: readonly string[];
}

interface JsonReport {
  readonly verdict: string;
  readonly databases: readonly { readonly name: string; readonly verdict: { readonly kind: string } }[];
  readonly streams: readonly { readonly id: string }[];
  readonly findings: readonly { readonly rule: string; readonly severity: string }[];
  readonly inputs: readonly { readonly name: string; readonly dumps: number; readonly listedFiles?: number; readonly encoding?: string; readonly problem?: string }[];
}

const SAMPLES = scenarioFolders();

const expectedOf = (sample: string): Expected => JSON.parse(readFileSync(samplePath(`${sample}/expected.json`), 'utf8')) as Expected;

describe('esereport check on every sample folder', () => {
  it.each(SAMPLES)('%s: every capture file is read and named in the report; exit code 0 or 1', async (sample) => {
    const run = await runCli([`samples/${sample}`, '--format', 'json', ...expectedOf(sample).args]);
    const report = JSON.parse(run.stdout) as JsonReport;
    const captures = captureFiles(sample).map((file) => `samples/${sample}/${file}`);
    expect(report.inputs.map((input) => input.name).sort()).toEqual(captures);
    // An input holds dumps, a problem, or only `dir` listings (issue 16: the files they show).
    for (const input of report.inputs) expect(input.dumps > 0 || input.problem !== undefined || (input.listedFiles ?? 0) > 0).toBe(true);
    expect([0, 1]).toContain(run.exitCode);
  });

  // The samples whose point is something the command line does: encodings, a binary in the
  // folder, --anchor, two streams in one file, fragments pasted into a ticket.
  it.each(['55-kb-roll-forward', 'cp850-accented-path', 'wrong-file-binary', '55-chksig-kb', '2003-two-storage-groups', '55-kb-find-fragments'])(
    '%s: verdict, databases and exit code as expected.json says',
    async (sample) => {
      const expected = expectedOf(sample);
      const run = await runCli([`samples/${sample}`, '--format', 'json', ...expected.args]);
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.verdict).toBe(expected.verdict);
      expect(report.databases.map((d) => [d.name, d.verdict.kind]).sort()).toEqual(
        expected.databases.map((d) => [d.name, d.verdict]).sort(),
      );
      expect(run.exitCode).toBe(expected.errorRules.length > 0 ? 1 : 0);
    },
  );

  it('reports the encoding it decoded for each input (cp850 cmd capture, UTF-16LE PowerShell capture)', async () => {
    const run = await runCli(['samples/cp850-accented-path/priv-mh.txt', 'samples/powershell-utf16le', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.inputs.map((input) => [input.name, input.encoding])).toEqual([
      ['samples/cp850-accented-path/priv-mh.txt', 'cp850'],
      ['samples/powershell-utf16le/ems-capture.txt', 'utf-16le'],
    ]);
  });
});

describe('exit codes per --fail-on', () => {
  const withErrors = SAMPLES.find((sample) => expectedOf(sample).errorRules.length > 0)!;
  const warningsOnly = SAMPLES.find((sample) => {
    const expected = expectedOf(sample);
    return expected.errorRules.length === 0 && expected.warningRules.length > 0;
  })!;

  it('exits 1 on errors with the default --fail-on error', async () => {
    expect((await runCli([`samples/${withErrors}`, '--format', 'json', '-q'])).exitCode).toBe(1);
  });
  it('exits 0 on errors with --fail-on never', async () => {
    expect((await runCli([`samples/${withErrors}`, '--format', 'json', '--fail-on', 'never'])).exitCode).toBe(0);
  });
  it('exits 0 on warnings only with --fail-on error, 1 with --fail-on warning', async () => {
    expect((await runCli([`samples/${warningsOnly}`, '--format', 'json'])).exitCode).toBe(0);
    expect((await runCli([`samples/${warningsOnly}`, '--format', 'json', '--fail-on', 'warning'])).exitCode).toBe(1);
  });
  it('exits 2 when nothing is recognized, naming the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-check-'));
    writeFileSync(join(dir, 'shopping.txt'), 'eggs\r\nmilk\r\n');
    const run = await runCli(['shopping.txt', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('esereport: no eseutil, esentutl or esefile output recognized in shopping.txt\n');
  });
});

describe('inputs that are not captures', () => {
  it('reports a stray binary in a folder, skips it, and checks the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-check-'));
    copyFileSync(join(REPO_ROOT, 'samples', '55-kb-roll-forward', 'priv-mh.txt'), join(dir, 'priv-mh.txt'));
    const edb = Buffer.alloc(8192);
    edb.writeUInt32LE(0x89abcdef, 4);
    writeFileSync(join(dir, 'priv.edb'), edb);
    const run = await runCli(['.', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe(
      'esereport: priv.edb is an ESE database file whose header cannot be read: its format version 0x0 is none that ESE writes (0x620 since ESE97; 0x500, 0x400, 0x1 before). `eseutil /mh priv.edb` on Windows shows what eseutil makes of it.\n' +
        'esereport: undetermined, the captures do not decide (exit 3): priv.edb: no log was captured; capture eseutil /ml of its anchor log Edb012cf.log (4815, 0x12CF) and every later log\n',
    );
    expect(run.exitCode).toBe(3);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.inputs.map((input) => input.name)).toEqual(['priv-mh.txt', 'priv.edb']);
    expect(report.databases.map((d) => d.name)).toEqual(['priv.edb']);
  });

  it('keeps stderr quiet about skipped files with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-check-'));
    copyFileSync(join(REPO_ROOT, 'samples', '55-kb-roll-forward', 'priv-mh.txt'), join(dir, 'priv-mh.txt'));
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    expect((await runCli(['.', '--format', 'json', '--quiet'], { cwd: dir })).stderr).toBe('');
  });
});

describe('standard input (`-`) among the inputs', () => {
  const folder = join('samples', '2010-dirty-with-required-logs');
  const logs = (): Buffer => readFileSync(join(REPO_ROOT, folder, 'logs.txt'));
  const inputNames = (stdout: string): string[] => (JSON.parse(stdout) as JsonReport).inputs.map((input) => input.name);

  it('reads `-` where it stands: first, before the database header', async () => {
    const run = await runCli(['check', '-', join(folder, 'db-mh.txt'), '--format', 'json'], { stdin: logs() });
    expect(inputNames(run.stdout)).toEqual(['<stdin>', join(folder, 'db-mh.txt')]);
    expect((JSON.parse(run.stdout) as JsonReport).verdict).toBe('roll-forward');
  });

  it('reads standard input once when `-` is given twice, as it reads a file named twice once', async () => {
    const run = await runCli([join(folder, 'db-mh.txt'), '-', '-', '--format', 'json'], { stdin: logs() });
    expect(run.stderr).toBe('');
    expect(inputNames(run.stdout)).toEqual([join(folder, 'db-mh.txt'), '<stdin>']);
  });

  it('reads `-` after `--` as standard input too', async () => {
    const run = await runCli(['check', '--format', 'json', '--', join(folder, 'db-mh.txt'), '-'], { stdin: logs() });
    expect(inputNames(run.stdout)).toEqual([join(folder, 'db-mh.txt'), '<stdin>']);
  });
});

describe('-o FILE', () => {
  it('writes the report to the file, nothing to stdout, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-o-'));
    const run = await runCli(['samples/55-kb-roll-forward', '--format', 'md', '-o', join(dir, 'restore.md')]);
    expect([run.stdout, run.stderr, run.exitCode]).toEqual(['', '', 0]);
    expect(readdirSync(dir)).toEqual(['restore.md']);
    expect(readFileSync(join(dir, 'restore.md'), 'utf8').split('\n')[0]).toBe('# esereport: ROLL FORWARD');
  });
});

describe('batch --out-dir', () => {
  it('writes one report per log stream and an index, and says where', async () => {
    const out = mkdtempSync(join(tmpdir(), 'esereport-batch-'));
    const run = await runCli(['samples/2003-two-storage-groups', '--out-dir', out, '--format', 'md']);
    const report = JSON.parse((await runCli(['samples/2003-two-storage-groups', '--format', 'json'])).stdout) as JsonReport;
    const files = readdirSync(out).sort();
    expect(files).toEqual([...report.streams.map((s) => `${s.id}.md`), 'index.md'].sort());
    expect(run.stdout).toBe(
      [
        `${join(out, 'E00-8844201.md')}  ROLL FORWARD  priv1.edb, pub1.edb`,
        `${join(out, 'E01-19205531.md')}  POINT IN TIME ONLY  priv2.edb`,
        `Wrote ${report.streams.length} stream reports and ${join(out, 'index.md')}`,
        '',
      ].join('\n'),
    );
    const index = readFileSync(join(out, 'index.md'), 'utf8');
    for (const stream of report.streams) expect(index).toContain(`${stream.id}.md`);
  });

  it('refuses an --out-dir where a report would replace an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-batch-'));
    writeFileSync(join(dir, 'index.md'), '# my notes');
    copyFileSync(join(REPO_ROOT, 'samples', '55-kb-roll-forward', 'priv-mh.txt'), join(dir, 'priv-mh.txt'));
    const run = await runCli(['priv-mh.txt', 'index.md', '--out-dir', '.', '--format', 'md'], { cwd: dir });
    expect(run).toEqual({
      stdout: '',
      stderr: 'esereport: refusing to write the report over the input index.md: choose another output file\n',
      exitCode: 2,
    });
    expect(readFileSync(join(dir, 'index.md'), 'utf8')).toBe('# my notes');
  });
});

describe('a JSON report of many logs', () => {
  it('is the same document on stdout (plus a line break) and in the -o file, written in pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-json-'));
    // 400 `eseutil /ml` dumps from the benchmark's generator: a report of several 64 KB pieces.
    const generator = new URL('../bench/generate.mjs', import.meta.url).href;
    const { writeArchive } = (await import(generator)) as { writeArchive: (path: string, era: 'modern', count: number) => Promise<void> };
    await writeArchive(join(dir, 'logs.txt'), 'modern', 400);
    const onStdout = await runCli(['logs.txt', '--format', 'json'], { cwd: dir });
    const toFile = await runCli(['logs.txt', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    const inFile = readFileSync(join(dir, 'report.json'), 'utf8');
    expect(inFile.length).toBeGreaterThan(3 * 64 * 1024);
    expect([toFile.stdout, toFile.exitCode]).toEqual(['', onStdout.exitCode]);
    expect(onStdout.stdout).toBe(`${inFile}\n`);
    expect(inFile).toBe(JSON.stringify(JSON.parse(inFile), null, 2));
    expect((JSON.parse(inFile) as { streams: { logs: unknown[] }[] }).streams[0]!.logs).toHaveLength(400);
  });
});

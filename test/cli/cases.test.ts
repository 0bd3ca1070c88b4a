/**
 * `check --cases [DEPTH]` (issue 17, SPEC §1.3, §7, §8): the depth rules, cases that share
 * signatures kept apart, a case with a binary or empty input, the index rows' own verdicts, and
 * the JSON documents against the published schema (src/verdict/cases.schema.json).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import reportSchema from '../../src/verdict/report.schema.json' with { type: 'json' };
import casesSchema from '../../src/verdict/cases.schema.json' with { type: 'json' };
import { discoverCases } from '../../src/cli/cases.js';
import { combinedOutcome, exitCodeFor } from '../../src/cli/exit-code.js';
import type { CasesIndex } from '../../src/verdict/cases.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { captureFiles, samplePath, scenarioFolders } from '../support/samples.js';
import { REPO_ROOT, runCli } from './harness.js';

const scratch = mkdtempSync(join(tmpdir(), 'esereport-cases-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(reportSchema);
const validateCases = ajv.compile(casesSchema);
function expectValid(document: unknown): void {
  validateCases(document);
  expect(validateCases.errors ?? [], 'cases.schema.json').toEqual([]);
}

/** A folder tree from `{ 'a/b.txt': 'text' }`; a name ending in `/` is an empty folder. */
function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = join(scratch, name);
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) mkdirSync(join(root, path), { recursive: true });
    else {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  }
  return root;
}

/** A sample's capture files copied into `target` (README and expected.json left out). */
function copySample(sample: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const file of captureFiles(sample)) {
    if (file.endsWith('.txt') || file.endsWith('.edb')) copyFileSync(samplePath(`${sample}/${file}`), join(target, file));
  }
}

describe('case discovery (--cases DEPTH)', () => {
  const root = tree('depth', {
    'top.txt': 'x',
    't1/a.txt': 'x',
    't1/sub/b.txt': 'x',
    't1/sub/deeper/c.txt': 'x',
    't2/c.txt': 'x',
    't2/notes.md': 'x',
    't3/': '',
    '.hidden/x.txt': 'x',
  });
  const discover = async (specs: string[], depth: number) =>
    (await discoverCases(specs, { cwd: scratch, stdinIsTTY: true, depth })).map((c) => [c.name, c.sources.map((s) => (s.kind === 'file' ? s.name.split(/[\\/]/).join('/') : s.name))]);

  it('makes each subfolder a case with everything under it, and the files above a case of their folder', async () => {
    expect(root).toBe(join(scratch, 'depth'));
    expect(await discover(['depth'], 1)).toEqual([
      ['depth', ['depth/top.txt']],
      ['t1', ['depth/t1/a.txt', 'depth/t1/sub/b.txt', 'depth/t1/sub/deeper/c.txt']],
      ['t2', ['depth/t2/c.txt']],
      ['t3', []],
    ]);
  });

  it('at depth 2 makes each folder two levels down a case, and t1\'s own files a case of t1', async () => {
    expect(await discover(['depth'], 2)).toEqual([
      ['depth', ['depth/top.txt']],
      ['t1', ['depth/t1/a.txt']],
      ['t1/sub', ['depth/t1/sub/b.txt', 'depth/t1/sub/deeper/c.txt']],
      ['t2', ['depth/t2/c.txt']],
    ]);
  });

  it('at depth 0 makes the input folder one case', async () => {
    expect(await discover(['depth/'], 0)).toEqual([['depth', ['depth/t1/a.txt', 'depth/t1/sub/b.txt', 'depth/t1/sub/deeper/c.txt', 'depth/t2/c.txt', 'depth/top.txt']]]);
  });

  it('makes a file given directly, and each file a glob matches, a case of its own; a file reached twice stays in its first case', async () => {
    expect(await discover(['depth/t1/a.txt', 'depth/t2/*.txt', 'depth'], 1)).toEqual([
      ['depth/t1/a.txt', ['depth/t1/a.txt']],
      ['depth/t2/c.txt', ['depth/t2/c.txt']],
      ['depth', ['depth/top.txt']],
      ['t1', ['depth/t1/sub/b.txt', 'depth/t1/sub/deeper/c.txt']],
      ['t3', []],
    ]);
  });

  it('reads `--cases FOLDER` as the default depth and FOLDER as an input, `--cases 2` as depth 2', async () => {
    const one = await runCli(['check', '--cases', 'depth', '--quiet', '--fail-on', 'never'], { cwd: scratch });
    expect(one.stdout.split('\n').map((line) => line.split('  ')[0])).toEqual(['depth', 't1', 't2', 't3', '4 cases: 4 UNDETERMINED', '']);
    const two = await runCli(['check', 'depth', '--cases', '2', '--quiet', '--fail-on', 'never'], { cwd: scratch });
    expect(two.stdout.split('\n').map((line) => line.split('  ')[0])).toEqual(['depth', 't1', 't1/sub', 't2', '4 cases: 4 UNDETERMINED', '']);
    // Nothing recognized in any case: exit 2, with the reason.
    expect([two.exitCode, two.stderr]).toEqual([2, 'esereport: no eseutil, esentutl or esefile output recognized in any of 4 cases\n']);
  });
});

describe('cases that share signatures', () => {
  // Two backups of one server: the same log and database signatures (Edb-710915685); the
  // second lost Edb012d5.log. Checked as one restore, each fills the other's gap.
  const archive = join(scratch, 'same-server');
  copySample('55-kb-roll-forward', join(archive, 'night-1'));
  copySample('55-generation-gap', join(archive, 'night-2'));

  it('stay apart: each case has its own verdict, streams, inputs and plan', async () => {
    const run = await runCli(['check', archive, '--cases', '--format', 'json']);
    const document = JSON.parse(run.stdout) as { schemaVersion: 1; cases: { case: string; report: CheckReport }[] };
    expectValid(document);
    expect(document.cases.map((c) => [c.case, c.report.verdict])).toEqual([
      ['night-1', 'roll-forward'],
      ['night-2', 'roll-forward-partial'],
    ]);
    const [first, second] = document.cases.map((c) => c.report);
    expect(second!.databases.map((db) => [db.name, db.verdict.replayFrom, db.verdict.replayThrough])).toEqual([
      ['priv.edb', 4815, 4820],
      ['pub.edb', 4815, 4820],
    ]);
    expect([...second!.streams[0]!.logs].find((log) => log.generation === 4821)?.status).toBe('missing');
    expect(first!.inputs.every((input) => input.name.includes('night-1'))).toBe(true);
    expect(second!.inputs.every((input) => input.name.includes('night-2'))).toBe(true);
    expect(second!.streams.flatMap((s) => [...s.logs]).every((log) => log.input === undefined || log.input.includes('night-2'))).toBe(true);
    expect(run.exitCode).toBe(1);
  });

  it('would mix into one restore without --cases (why --cases exists)', async () => {
    const run = await runCli(['check', archive, '--format', 'json', '--fail-on', 'never']);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report.streams.map((s) => s.id)).toEqual(['Edb-710915685']);
    expect([...report.streams[0]!.logs].find((log) => log.generation === 4821)?.status).not.toBe('missing');
  });
});

describe('a case with a binary, empty or no capture file', () => {
  const archive = join(scratch, 'odd');
  copySample('55-kb-roll-forward', join(archive, 'good'));
  mkdirSync(join(archive, 'binary'), { recursive: true });
  copyFileSync(join(REPO_ROOT, 'samples', 'wrong-file-binary', 'priv.edb'), join(archive, 'binary', 'priv.edb'));
  copySample('wrong-file-binary', join(archive, 'binary-beside-captures'));
  tree('odd', { 'empty/capture.txt': '', 'nothing/': '' });

  it('says so in its own row and the run goes on', async () => {
    const out = join(scratch, 'odd-report');
    const run = await runCli(['check', archive, '--cases', '--out-dir', out]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as CasesIndex;
    expectValid(index);
    const row = (name: string) => index.cases.find((c) => c.case === name)!;
    expect(index.cases.map((c) => [c.case, c.verdict])).toEqual([
      ['binary', 'undetermined'],
      ['empty', 'undetermined'],
      ['nothing', 'undetermined'],
      ['binary-beside-captures', 'roll-forward'],
      ['good', 'roll-forward'],
    ]);
    const binaryFile = join(archive, 'binary', 'priv.edb');
    expect(row('binary').problems).toEqual([
      `${binaryFile} is an ESE database file whose header cannot be read: neither the header (page 0) nor its shadow copy (page 1) passes its checksum at any page size from 2 KiB to 32 KiB (JET_errReadVerifyFailure). \`eseutil /mh ${binaryFile}\` on Windows shows what eseutil makes of it.`,
    ]);
    expect(row('binary-beside-captures').problems).toHaveLength(1);
    expect(row('binary-beside-captures').databases).toEqual([{ name: 'priv.edb', verdict: 'roll-forward', replayFrom: 740, replayThrough: 743 }]);
    expect(row('empty').problems).toEqual([`${join(archive, 'empty', 'capture.txt')} is empty.`]);
    expect(row('nothing').problems).toEqual(['nothing holds no capture file (hidden files and .md, .json, .html files are skipped).']);
    expect(row('nothing').report).toBe('nothing.html');
    expect(index.totals).toEqual({ 'not-restorable': 0, undetermined: 3, 'point-in-time': 0, 'roll-forward-partial': 0, 'roll-forward': 2 });
    // Three cases decide nothing: exit 3, whatever the others say.
    expect(run.exitCode).toBe(3);
    // The binary and empty files are said in their rows, not as errors on stderr; only why exit 3.
    expect(run.stderr).toBe('esereport: undetermined, the captures do not decide (exit 3): binary, empty, nothing (see their rows)\n');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<em>Not read:</em> ');
  });
});

interface SampleExpectation {
  readonly args: readonly string[];
  readonly verdict: string;
  readonly databases: readonly { name: string; verdict: string; replayFrom?: number; replayThrough?: number }[];
}

describe('--cases --out-dir over the samples', () => {
  const out = join(scratch, 'samples-report');
  const samples = scenarioFolders();
  const run = runCli(['check', 'samples', '--cases', '--out-dir', out, '--fail-on', 'never']);

  it('gives every row that sample\'s own verdict and databases, as its expected.json says', async () => {
    const { exitCode, stdout } = await run;
    expect(exitCode).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as CasesIndex;
    expectValid(index);
    expect(index.cases.map((c) => c.case).sort()).toEqual(samples);
    for (const sample of samples) {
      const expected = JSON.parse(readFileSync(samplePath(`${sample}/expected.json`), 'utf8')) as SampleExpectation;
      if (expected.args.length > 0) continue; // one command has one set of options (55-chksig-kb's --anchor)
      const row = index.cases.find((c) => c.case === sample)!;
      expect([sample, row.verdict], sample).toEqual([sample, expected.verdict]);
      const byName = (a: readonly unknown[], b: readonly unknown[]): number => String(a[0]).localeCompare(String(b[0]));
      expect(row.databases.map((db) => [db.name, db.verdict, db.replayFrom, db.replayThrough]).sort(byName), sample).toEqual(
        expected.databases.map((db) => [db.name, db.verdict, db.replayFrom, db.replayThrough]).sort(byName),
      );
      expect(row.report).toBe(`${sample}.html`);
    }
    expect(index.cases.find((c) => c.case === '55-chksig-kb')!.verdict).toBe('undetermined');
    // Worst first, and the totals match the rows.
    const order = ['not-restorable', 'undetermined', 'point-in-time', 'roll-forward-partial', 'roll-forward'];
    const ranks = index.cases.map((c) => order.indexOf(c.verdict));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const kind of order) expect(index.totals[kind as keyof CasesIndex['totals']]).toBe(index.cases.filter((c) => c.verdict === kind).length);
    // One line per sample, then the totals and what was written.
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(samples.length + 2);
    expect(lines.at(-2)).toBe(`${samples.length} cases: 3 NOT RESTORABLE, 2 UNDETERMINED, 9 POINT IN TIME ONLY, 16 PARTIAL ROLL FORWARD, 23 ROLL FORWARD`);
    expect(lines.at(-1)).toBe(`Wrote ${samples.length} case reports, ${join(out, 'index.html')} and ${join(out, 'index.json')}`);
  });

  it('writes one report per case with that case\'s own verdict, and an HTML index linking each', async () => {
    await run;
    const files = readdirSync(out).sort();
    expect(files).toEqual([...samples.map((s) => `${s}.html`), 'index.html', 'index.json'].sort());
    const partial = readFileSync(join(out, '55-generation-gap.html'), 'utf8');
    expect(partial).toContain('PARTIAL ROLL FORWARD');
    expect(partial).not.toContain('ntds.dit');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html.match(/<tr class="case">/g)).toHaveLength(samples.length);
    expect(html).toContain('<a href="55-generation-gap.html">55-generation-gap</a>');
  });
});

describe('usage and exit codes over cases', () => {
  it('refuses --anchor, and md or html without --out-dir', async () => {
    const anchored = await runCli(['check', 'samples', '--cases', '--anchor', 'edb0000a.log']);
    expect([anchored.exitCode, anchored.stderr]).toEqual([
      2,
      'esereport: --anchor names the anchor of one chain, not of every case: check that case on its own (esereport check CASE --anchor FILE)\n',
    ]);
    const html = await runCli(['check', 'samples', '--cases', '--format', 'html']);
    expect([html.exitCode, html.stderr]).toEqual([
      2,
      'esereport: --cases writes one text line or one JSON report per case; for an md, html or --template report per case, add --out-dir DIR\n',
    ]);
    const guarded = join(scratch, 'guarded');
    copySample('55-kb-roll-forward', guarded);
    copyFileSync(join(guarded, 'logs.txt'), join(guarded, 'index.html'));
    const over = await runCli(['check', join(guarded, 'index.html'), '--cases', '--out-dir', guarded]);
    expect([over.exitCode, over.stderr]).toEqual([2, `esereport: refusing to write the report over the input ${join(guarded, 'index.html')}: choose another output file\n`]);
    const depth = await runCli(['check', 'samples', '--cases=-1']);
    expect([depth.exitCode, depth.stderr]).toEqual([2, 'esereport: --cases takes a number of folder levels (0, 1, 2, …)\n']);
  });

  it('takes the worst over all cases: 2 for a failed input, then 1, then 3', () => {
    const rollForward = { severities: ['info' as const], verdicts: ['roll-forward' as const], recognizedDumps: 4, inputFailed: false };
    const undetermined = { severities: [], verdicts: ['undetermined' as const], recognizedDumps: 0, inputFailed: false };
    const partial = { severities: ['error' as const], verdicts: ['roll-forward-partial' as const], recognizedDumps: 9, inputFailed: false };
    expect(exitCodeFor(combinedOutcome([rollForward, undetermined], 'error'))).toBe(3);
    expect(exitCodeFor(combinedOutcome([rollForward, undetermined, partial], 'error'))).toBe(1);
    expect(exitCodeFor(combinedOutcome([rollForward, undetermined, partial], 'never'))).toBe(0);
    expect(exitCodeFor(combinedOutcome([rollForward, { ...partial, inputFailed: true }], 'never'))).toBe(2);
    expect(exitCodeFor(combinedOutcome([undetermined, undetermined], 'error'))).toBe(2);
    expect(exitCodeFor(combinedOutcome([rollForward, rollForward], 'error'))).toBe(0);
  });

  it('prints one text line per case and the totals', async () => {
    const run = await runCli(['check', 'samples/55-kb-roll-forward', 'samples/55-anchor-missing/', '--cases', '0']);
    expect(run.stdout).toBe(
      [
        'samples/55-kb-roll-forward  ROLL FORWARD — priv.edb and pub.edb replay Edb012cf.log (4815) through Edb.log (4829): every captured log from their anchor on',
        'samples/55-anchor-missing  POINT IN TIME ONLY — priv.edb and pub.edb: their anchor log EDB00AAA.log (2730, 0xAAA) is not among the captured logs; restore them without replaying any log',
        '2 cases: 1 POINT IN TIME ONLY, 1 ROLL FORWARD',
        '',
      ].join('\n'),
    );
    expect(run.exitCode).toBe(1);
  });
});

describe('--out-dir without --cases', () => {
  it('gives each stream\'s row and report that stream\'s own verdict and databases', async () => {
    const out = join(scratch, 'streams-report');
    const run = await runCli(['check', 'samples/2003-two-storage-groups', '--out-dir', out, '--format', 'json']);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { reports: { href: string; verdict: string; databases: string[] }[] };
    expect(index.reports).toEqual([
      { href: 'E00-8844201.json', verdict: 'roll-forward', streams: ['E00-8844201'], databases: ['priv1.edb', 'pub1.edb'] },
      { href: 'E01-19205531.json', verdict: 'point-in-time', streams: ['E01-19205531'], databases: ['priv2.edb'] },
    ]);
    const e00 = JSON.parse(readFileSync(join(out, 'E00-8844201.json'), 'utf8')) as CheckReport;
    expect([e00.verdict, e00.summary.split(' — ')[0]]).toEqual(['roll-forward', 'ROLL FORWARD']);
    expect(run.exitCode).toBe(1);
  });
});

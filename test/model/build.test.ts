/**
 * src/model as a stage of its own (issue 15): a pure function from evidence to read-only data, the
 * naming era decided once for streams and databases, and the changes recorded for databases
 * without a /mh capture found once, when the model is built.
 */
import { describe, expect, it } from 'vitest';
import type { AstDocument } from '../../src/ast/types.js';
import { EvidenceCollector, type Evidence } from '../../src/evidence/index.js';
import { buildRestoreModel, filesOf, namingForDatabase, type RestoreModel } from '../../src/model/index.js';
import { readScenario } from '../support/samples.js';

/** The evidence of a sample folder, of the capture files `keep` accepts. */
function evidenceOf(folder: string, keep: (file: string) => boolean = () => true): Evidence {
  const doc: AstDocument = readScenario(folder);
  const collector = new EvidenceCollector();
  for (const input of doc.inputs.filter((i) => keep(i.name))) {
    collector.addInput({ name: input.name, encoding: input.encoding, lineEnding: input.lineEnding });
    for (const dump of input.dumps) collector.addDump(input.name, dump);
  }
  return collector.finish();
}

/** What the verdict reads of a model, as plain values. */
function facts(model: RestoreModel) {
  return {
    streams: model.streams.map((s) => ({
      id: s.id, lowAnchor: s.lowAnchor, replayThrough: s.replayThrough, through: s.chain?.through, stop: s.chain?.stop?.kind,
      rename: s.renameToCurrent?.file, current: s.validCurrentLog?.file, wrong: s.wrongCurrentLogs.map((l) => l.file),
      ceiling: filesOf(s.ceilingLogs), changes: s.attachmentChanges.map((c) => [c.name, c.change.kind, c.change.generation]),
    })),
    databases: model.databases.map((m) => [m.db.name, m.anchor, m.replayThrough, m.replays, m.change?.kind, m.stream?.id]),
  };
}

describe('buildRestoreModel is a pure function of the evidence', () => {
  it('two builds from one evidence are equal and share no stream or database; the evidence is left as it was', () => {
    const evidence = evidenceOf('55-generation-gap');
    const before = JSON.stringify(evidence);
    const first = buildRestoreModel(evidence);
    const second = buildRestoreModel(evidence);
    expect(JSON.stringify(evidence)).toBe(before);
    expect(facts(second)).toEqual(facts(first));
    expect(facts(first)).toEqual({
      streams: [{
        id: 'Edb-710915685', lowAnchor: 4815, replayThrough: 4820, through: 4820, stop: 'generation-gap',
        rename: 'Edb012d4.log', current: undefined, wrong: ['Edb.log'],
        ceiling: ['Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log', 'Edb012da.log', 'Edb012db.log', 'Edb012dc.log'],
        changes: [],
      }],
      databases: [['priv.edb', 4815, 4820, true, undefined, 'Edb-710915685'], ['pub.edb', 4815, 4820, true, undefined, 'Edb-710915685']],
    });
    expect(second.streams[0]).not.toBe(first.streams[0]);
    expect(second.databases[0]).not.toBe(first.databases[0]);
    expect(second.streams[0]!.wrongCurrentLogs).not.toBe(first.streams[0]!.wrongCurrentLogs);
  });

  it('records the path change of a database whose /mh was not captured on its stream (pathchk over the logs alone)', () => {
    const withBoth = buildRestoreModel(evidenceOf('55-path-change'));
    expect(withBoth.streams[0]!.attachmentChanges).toEqual([]);
    expect(withBoth.databases.map((m) => [m.db.name, m.change?.kind, m.change?.generation])).toEqual([['priv.edb', undefined, undefined], ['pub.edb', 'path-change', 4824]]);

    const model = buildRestoreModel(evidenceOf('55-path-change', (file) => file !== 'mh-pub.txt'));
    expect(model.streams[0]!.attachmentChanges.map(({ name, change }) => [name, change.kind, change.generation, change.from, change.to])).toEqual([
      ['pub.edb', 'path-change', 4824, 'F:\\exchsrvr\\mdbdata\\pub.edb', 'G:\\exchsrvr\\mdbdata\\pub.edb'],
    ]);
  });
});

describe('the naming era is one decision for a stream and for a database whose logs were not captured', () => {
  it.each([
    ['55-kb-roll-forward', 'priv-mh.txt', { baseName: 'Edb', digits: 5, hexCase: 'lower', era: 'exchange55' }],
    ['2003-clean-sg', 'priv1-mh.txt', { baseName: 'E00', digits: 5, hexCase: 'upper', era: 'exchange2000' }],
    ['2010-dirty-with-required-logs', 'db-mh.txt', { baseName: 'E00', digits: 8, hexCase: 'upper', era: 'exchange2007' }],
    ['esentutl-ad-ntds', 'ntds-mh.txt', { baseName: 'edb', digits: 5, hexCase: 'upper', era: 'windows' }],
  ])('%s: the stream of its logs and its /mh alone', (folder, mh, naming) => {
    const stream = buildRestoreModel(evidenceOf(folder)).streams[0]!;
    expect(stream.naming).toEqual(naming);
    const alone = buildRestoreModel(evidenceOf(folder, (file) => file === mh)).databases[0]!;
    expect(alone.stream).toBe(undefined);
    // Without logs the base name is the era's own (`Edb` for 5.5 and Windows ESE, `E00` else).
    expect(namingForDatabase(alone).naming).toEqual({ ...naming, baseName: naming.era === 'exchange55' || naming.era === 'windows' ? 'Edb' : 'E00' });
  });
});

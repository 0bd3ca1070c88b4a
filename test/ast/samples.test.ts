/**
 * Every capture in samples/ (written by the samples engineers from ese-format.md and the KBs;
 * each folder's README states the facts these lines check: kinds, subjects and where they come
 * from, generations, signature rands, positions, states, fragments, command lines, unrecognized lines).
 */
import { describe, expect, it } from 'vitest';
import type { CheckpointDump, CommandKind, DatabaseHeaderDump, LogHeaderDump } from '../../src/ast/types.js';
import { summarize } from './dump-summary.js';
import { readSample, textCaptures } from '../support/samples.js';

interface Expected {
  /** [startLine, endLine] of each unrecognized range. */
  readonly unrecognized: readonly (readonly [number, number])[];
  /** [line, kind] of each command line that prints no dump (issue 16); none when absent. */
  readonly commands?: readonly (readonly [number, CommandKind])[];
  /** summarize() of each dump, in order. */
  readonly dumps: readonly string[];
}

const EXPECTED: Record<string, Expected> = {
  '2003-circular-logging/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 1217 | sig 606486607 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 606490822 | circ {\"env\":true,\"currentFile\":true,\"pastFiles\":true} | passed | ok",
      "logHeader 41-78 | E00004BF.log (dump) | gen 1215 | sig 606486607 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 606490822 | circ {\"env\":true,\"currentFile\":true,\"pastFiles\":true} | passed | ok",
      "logHeader 81-118 | E00004C0.log (dump) | gen 1216 | sig 606486607 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 606490822 | circ {\"env\":true,\"currentFile\":true,\"pastFiles\":true} | passed | ok",
    ],
  },
  '2003-circular-logging/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 1215 | required 0-0 | logSig 606486607 | dbSig 606490822 | repairs 0 | ok",
    ],
  },
  '2003-circular-past-files/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 2580 | sig 48807125 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 48811960 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":true} | passed | ok",
      "logHeader 41-78 | E0000A10.log (dump) | gen 2576 | sig 48807125 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 48811960 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":true} | passed | ok",
      "logHeader 81-118 | E0000A11.log (dump) | gen 2577 | sig 48807125 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 48811960 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":true} | passed | ok",
      "logHeader 121-158 | E0000A12.log (dump) | gen 2578 | sig 48807125 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 48811960 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":true} | passed | ok",
      "logHeader 161-198 | E0000A13.log (dump) | gen 2579 | sig 48807125 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 48811960 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":true} | passed | ok",
    ],
  },
  '2003-circular-past-files/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 2576 | required 0-0 | logSig 48807125 | dbSig 48811960 | repairs 0 | ok",
    ],
  },
  '2003-clean-sg/E00-mk.txt': {
    unrecognized: [],
    dumps: [
      "checkpoint 1-21 | E00.chk (dump) | checkpoint 162 | sig 3943101 | dbs 0 | ok",
    ],
  },
  '2003-clean-sg/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 168 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00000A0.log (dump) | gen 160 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00000A1.log (dump) | gen 161 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00000A2.log (dump) | gen 162 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E00000A3.log (dump) | gen 163 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E00000A4.log (dump) | gen 164 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E00000A5.log (dump) | gen 165 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E00000A6.log (dump) | gen 166 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 321-358 | E00000A7.log (dump) | gen 167 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-clean-sg/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 162 | required 0-0 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-clean-sg/priv1-stm-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-57 | priv1.stm (dump) | Clean Shutdown=clean | lastConsistent 162 | required 0-0 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-dir-listings/dir.txt': {
    unrecognized: [],
    commands: [[1, 'dir'], [16, 'dir'], [38, 'empty']],
    dumps: [],
  },
  '2003-dir-listings/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 168 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00000A0.log (dump) | gen 160 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00000A1.log (dump) | gen 161 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00000A2.log (dump) | gen 162 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E00000A3.log (dump) | gen 163 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E00000A4.log (dump) | gen 164 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E00000A6.log (dump) | gen 166 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E00000A7.log (dump) | gen 167 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-dir-listings/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 162 | required 0-0 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-dir-listings/priv1-stm-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-57 | priv1.stm (dump) | Clean Shutdown=clean | lastConsistent 162 | required 0-0 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-dirty-soft-recovery/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 168 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00000A0.log (dump) | gen 160 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00000A1.log (dump) | gen 161 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00000A2.log (dump) | gen 162 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E00000A3.log (dump) | gen 163 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E00000A4.log (dump) | gen 164 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E00000A5.log (dump) | gen 165 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E00000A6.log (dump) | gen 166 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 321-358 | E00000A7.log (dump) | gen 167 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-dirty-soft-recovery/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Dirty Shutdown=dirty | lastConsistent 162 | required 166-168 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-dirty-soft-recovery/priv1-stm-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-57 | priv1.stm (dump) | Dirty Shutdown=dirty | lastConsistent 162 | required 166-168 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-integrity-find-loop/logs-find.txt': {
    unrecognized: [],
    commands: [[1, 'forLoop'], [42, 'empty']],
    dumps: [
      "logHeader 3-5 | E00.log (dump) | fragment | passed",
      "logHeader 7-9 | E0000318.log (dump) | fragment | passed",
      "logHeader 11-13 | E0000319.log (dump) | fragment | passed",
      "logHeader 15-17 | E000031A.log (dump) | fragment | passed",
      "logHeader 19-21 | E000031B.log (dump) | fragment | passed",
      "logHeader 23-25 | E000031C.log (dump) | fragment | failed",
      "logHeader 27-29 | E000031D.log (dump) | fragment | passed",
      "logHeader 31-33 | E000031E.log (dump) | fragment | passed",
      "logHeader 35-37 | E000031F.log (dump) | fragment | passed",
      "logHeader 39-40 | E00.log (prompt) | fragment | gen 800",
    ],
  },
  '2003-integrity-find-loop/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 792 | required 0-0 | logSig 1283749203 | dbSig 1283751660 | repairs 0 | ok",
    ],
  },
  '2003-integrity-repair-run/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 556 | sig 73310284 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 73315519 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E000022A.log (dump) | gen 554 | sig 73310284 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 73315519 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E000022B.log (dump) | gen 555 | sig 73310284 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 73315519 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-integrity-repair-run/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 0 | required 0-0 | logSig 0 | dbSig 95120877 | repairs 1 | ok",
    ],
  },
  '2003-integrity-repair-run/runs.txt': {
    unrecognized: [],
    commands: [[62, 'empty']],
    dumps: [
      "operation 1-24 | priv1.edb (dump) | mode INTEGRITY | error -1018",
      "operation 27-59 | priv1.edb (dump) | mode REPAIR | ok",
    ],
  },
  '2003-jet-error-footer/oldserver-priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-12 | priv.edb (dump) | error -1018",
    ],
  },
  '2003-jet-error-footer/priv1-mh-narrow.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-12 | D:\\Exchsrvr\\mdbdta\\priv1.edb (dump) | error -1811",
    ],
  },
  '2003-jet-error-footer/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-11 | priv1.edb (dump) | error -1811",
    ],
  },
  '2003-log-damaged/E00-verify.txt': {
    unrecognized: [],
    dumps: [
      "logStreamCheck 1-20 | E00 (dump) | logs 4 ok / 5 | error -501",
    ],
  },
  '2003-log-damaged/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 800 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E0000318.log (dump) | gen 792 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E0000319.log (dump) | gen 793 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E000031A.log (dump) | gen 794 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E000031B.log (dump) | gen 795 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-239 | E000031C.log (dump) | gen 796 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | failed | error -501",
      "logHeader 242-279 | E000031D.log (dump) | gen 797 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 282-319 | E000031E.log (dump) | gen 798 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 322-359 | E000031F.log (dump) | gen 799 | sig 1283749203 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 1283751660 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-log-damaged/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 792 | required 0-0 | logSig 1283749203 | dbSig 1283751660 | repairs 0 | ok",
    ],
  },
  '2003-ml-attach-fragments/ticket.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-2 | priv1.edb (prompt) | fragment | Clean Shutdown=clean",
      "databaseHeader 4-5 | priv1.edb (prompt) | fragment | lastConsistent 162",
      "databaseHeader 7-9 | priv1.edb (prompt) | fragment | logSig 3943101 | dbSig 3951782",
      "databaseHeader 11-12 | pub1.edb (prompt) | fragment | Clean Shutdown=clean",
      "databaseHeader 14-15 | pub1.edb (prompt) | fragment | lastConsistent 162",
      "databaseHeader 17-19 | pub1.edb (prompt) | fragment | logSig 3943101 | dbSig 3955810",
      "logHeader 21-22 | E00.log (prompt) | fragment | gen 165",
      "logHeader 24-44 | E00000A2.log (dump) | fragment | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | db2 D:\\Exchsrvr\\mdbdata\\pub1.edb 3955810 | passed | ok",
      "logHeader 46-66 | E00000A3.log (dump) | fragment | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | db2 D:\\Exchsrvr\\mdbdata\\pub1.edb 3955810 | passed | ok",
      "logHeader 68-88 | E00000A4.log (dump) | fragment | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | db2 D:\\Exchsrvr\\mdbdata\\pub1.edb 4102233 | passed | ok",
      "logHeader 90-110 | E00.log (dump) | fragment | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | db2 D:\\Exchsrvr\\mdbdata\\pub1.edb 4102233 | passed | ok",
    ],
  },
  '2003-repaired-zero-consistent/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 556 | sig 73310284 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 73315519 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E000022A.log (dump) | gen 554 | sig 73310284 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 73315519 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E000022B.log (dump) | gen 555 | sig 73310284 | db1 E:\\Exchsrvr\\mdbdata\\priv1.edb 73315519 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-repaired-zero-consistent/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 0 | required 0-0 | logSig 0 | dbSig 95120877 | repairs 1 | ok",
    ],
  },
  '2003-stm-store-damaged/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 168 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00000A0.log (dump) | gen 160 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00000A1.log (dump) | gen 161 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00000A2.log (dump) | gen 162 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E00000A3.log (dump) | gen 163 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E00000A4.log (dump) | gen 164 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E00000A5.log (dump) | gen 165 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E00000A6.log (dump) | gen 166 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 321-358 | E00000A7.log (dump) | gen 167 | sig 3943101 | db1 D:\\Exchsrvr\\mdbdata\\priv1.edb 3951782 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2003-stm-store-damaged/priv1-k.txt': {
    unrecognized: [],
    dumps: [
      "checksum 1-55 | priv1.edb (dump) | pages 37888 bad 2 wrong 0 | page 9217 | page 9218 | error -1018",
    ],
  },
  '2003-stm-store-damaged/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 162 | required 0-0 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-stm-store-damaged/priv1-stm-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-57 | priv1.stm (dump) | Clean Shutdown=clean | lastConsistent 162 | required 0-0 | logSig 3943101 | dbSig 3951782 | repairs 0 | ok",
    ],
  },
  '2003-two-storage-groups/server-logs.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv1.edb (dump) | Clean Shutdown=clean | lastConsistent 43 | required 0-0 | logSig 8844201 | dbSig 8850712 | repairs 0 | ok",
      "databaseHeader 61-118 | pub1.edb (dump) | Clean Shutdown=clean | lastConsistent 44 | required 0-0 | logSig 8844201 | dbSig 8851377 | repairs 0 | ok",
      "logHeader 121-165 | E00.log (dump) | gen 50 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 168-212 | E000002B.log (dump) | gen 43 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 215-259 | E000002C.log (dump) | gen 44 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 262-306 | E000002D.log (dump) | gen 45 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 309-353 | E000002E.log (dump) | gen 46 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 356-400 | E000002F.log (dump) | gen 47 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 403-447 | E0000030.log (dump) | gen 48 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 450-494 | E0000031.log (dump) | gen 49 | sig 8844201 | db1 D:\\SG1\\priv1.edb 8850712 | db2 D:\\SG1\\pub1.edb 8851377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "databaseHeader 497-554 | priv2.edb (dump) | Clean Shutdown=clean | lastConsistent 500 | required 0-0 | logSig 19205531 | dbSig 19213004 | repairs 0 | ok",
      "logHeader 557-594 | E01.log (dump) | gen 507 | sig 19205531 | db1 D:\\SG2\\priv2.edb 19213004 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 597-634 | E01001F7.log (dump) | gen 503 | sig 19205531 | db1 D:\\SG2\\priv2.edb 19213004 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 637-674 | E01001F8.log (dump) | gen 504 | sig 19205531 | db1 D:\\SG2\\priv2.edb 19213004 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 677-714 | E01001F9.log (dump) | gen 505 | sig 19205531 | db1 D:\\SG2\\priv2.edb 19213004 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 717-754 | E01001FA.log (dump) | gen 506 | sig 19205531 | db1 D:\\SG2\\priv2.edb 19213004 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2007-checkpoint-past-anchor-8digit/E00-mk.txt': {
    unrecognized: [],
    dumps: [
      "checkpoint 1-28 | E00.chk (dump) | checkpoint 4822 | sig 2245578 | dbs 1 | ok",
    ],
  },
  '2007-checkpoint-past-anchor-8digit/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 4825 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00000012CF.log (dump) | gen 4815 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00000012D0.log (dump) | gen 4816 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00000012D1.log (dump) | gen 4817 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E00000012D2.log (dump) | gen 4818 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E00000012D3.log (dump) | gen 4819 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E00000012D4.log (dump) | gen 4820 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E00000012D5.log (dump) | gen 4821 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 321-358 | E00000012D6.log (dump) | gen 4822 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 361-398 | E00000012D7.log (dump) | gen 4823 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 401-438 | E00000012D8.log (dump) | gen 4824 | sig 2245578 | checkpoint 4822 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2007-checkpoint-past-anchor-8digit/mailbox-db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-85 | Mailbox Database.edb (dump) | Clean Shutdown=clean | lastConsistent 4815 | required 0-0 | logSig 2245578 | dbSig 2251046 | repairs 0 | ok",
    ],
  },
  '2007-new-log-series/E00-mk.txt': {
    unrecognized: [],
    dumps: [
      "checkpoint 1-28 | E00.chk (dump) | checkpoint 1 | sig 41208863 | dbs 1 | ok",
    ],
  },
  '2007-new-log-series/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 1 | sig 41208863 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 41213377 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00000012CF.log (dump) | gen 4815 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00000012D0.log (dump) | gen 4816 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00000012D1.log (dump) | gen 4817 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E00000012D2.log (dump) | gen 4818 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E00000012D3.log (dump) | gen 4819 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E00000012D4.log (dump) | gen 4820 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E00000012D5.log (dump) | gen 4821 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 321-358 | E00000012D6.log (dump) | gen 4822 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 361-398 | E00000012D7.log (dump) | gen 4823 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 401-438 | E00000012D8.log (dump) | gen 4824 | sig 2245578 | checkpoint 1 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\Mailbox\\First Storage Group\\Mailbox Database.edb 2251046 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2007-new-log-series/mailbox-db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-85 | Mailbox Database.edb (dump) | Clean Shutdown=clean | lastConsistent 4815 | required 0-0 | logSig 2245578 | dbSig 2251046 | repairs 0 | ok",
    ],
  },
  '2010-command-forms/ticket.txt': {
    unrecognized: [],
    commands: [[276, 'empty']],
    dumps: [
      "databaseHeader 1-90 | Mailbox Database 1234567890.edb (dump) | Dirty Shutdown=dirty | lastConsistent 139 | required 143-145 | logSig 110461052 | dbSig 110451935 | repairs 0 | ok",
      "logHeader 92-129 | D:\\Recovery\\DB1234567890\\E000000008F.log (dump) | gen 143 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 131-168 | E0000000090.log (dump) | gen 144 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 170-207 | E0000000091.log (dump) | gen 145 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 209-246 | E00.log (dump) | gen 146 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "checkpoint 247-274 | E00.chk (dump) | checkpoint 143 | sig 110461052 | dbs 1 | ok",
    ],
  },
  '2010-dirty-committed-missing/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-90 | Mailbox Database 1234567890.edb (dump) | Dirty Shutdown=dirty | lastConsistent 139 | required 143-145 | logSig 110461052 | dbSig 110451935 | repairs 0 | ok",
    ],
  },
  '2010-dirty-committed-missing/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E000000008F.log (dump) | gen 143 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 40-77 | E0000000090.log (dump) | gen 144 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 79-116 | E0000000091.log (dump) | gen 145 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 118-155 | E00.log (dump) | gen 147 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2010-dirty-missing-required/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-90 | Mailbox Database 1234567890.edb (dump) | Dirty Shutdown=dirty | lastConsistent 139 | required 143-145 | logSig 110461052 | dbSig 110451935 | repairs 0 | ok",
    ],
  },
  '2010-dirty-missing-required/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E000000008F.log (dump) | gen 143 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 40-77 | E0000000091.log (dump) | gen 145 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 79-116 | E00.log (dump) | gen 146 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2010-dirty-with-required-logs/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-90 | Mailbox Database 1234567890.edb (dump) | Dirty Shutdown=dirty | lastConsistent 139 | required 143-145 | logSig 110461052 | dbSig 110451935 | repairs 0 | ok",
    ],
  },
  '2010-dirty-with-required-logs/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E000000008F.log (dump) | gen 143 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 40-77 | E0000000090.log (dump) | gen 144 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 79-116 | E0000000091.log (dump) | gen 145 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 118-155 | E00.log (dump) | gen 146 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2010-recovery-lossy-hint/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-90 | Mailbox Database 1234567890.edb (dump) | Dirty Shutdown=dirty | lastConsistent 139 | required 143-145 | logSig 110461052 | dbSig 110451935 | repairs 0 | ok",
    ],
  },
  '2010-recovery-lossy-hint/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E000000008F.log (dump) | gen 143 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 40-77 | E0000000090.log (dump) | gen 144 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 79-116 | E0000000091.log (dump) | gen 145 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 118-155 | E00.log (dump) | gen 147 | sig 110461052 | db1 C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb 110451935 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2010-recovery-lossy-hint/recovery.txt': {
    unrecognized: [],
    commands: [[26, 'empty']],
    dumps: [
      "operation 1-23 | E00 (prompt) | mode RECOVERY | error -582",
    ],
  },
  '2010-stream-check-bad-signature/E00-verify.txt': {
    unrecognized: [],
    dumps: [
      "logStreamCheck 1-23 | E00 (dump) | logs 6 ok / 7 | error -530",
    ],
  },
  '2010-stream-check-bad-signature/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-79 | DB0311.edb (dump) | Clean Shutdown=clean | lastConsistent 416 | required 0-0 | logSig 290041537 | dbSig 290052268 | repairs 0 | ok",
    ],
  },
  '2010-stream-check-bad-signature/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00000001A0.log (dump) | gen 416 | sig 290041537 | db1 D:\\ExchangeDatabases\\DB0311\\DB0311.edb 290052268 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2010-stream-check-missing/E00-verify.txt': {
    unrecognized: [],
    dumps: [
      "logStreamCheck 1-24 | E00 (dump) | logs 9 ok / 9 | missing 146-148 | error -528",
    ],
  },
  '2010-stream-check-missing/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-90 | Mailbox Database 0575556787.edb (dump) | Clean Shutdown=clean | lastConsistent 142 | required 0-0 | logSig 1570833121 | dbSig 1570840087 | repairs 0 | ok",
    ],
  },
  '2010-stream-check-missing/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 153 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E000000008E.log (dump) | gen 142 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E000000008F.log (dump) | gen 143 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E0000000090.log (dump) | gen 144 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E0000000091.log (dump) | gen 145 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 201-238 | E0000000095.log (dump) | gen 149 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 241-278 | E0000000096.log (dump) | gen 150 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 281-318 | E0000000097.log (dump) | gen 151 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 321-358 | E0000000098.log (dump) | gen 152 | sig 1570833121 | db1 D:\\ExchangeDatabases\\DB0575556787\\Mailbox Database 0575556787.edb 1570840087 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '2016-modern-utc/db-k.txt': {
    unrecognized: [],
    dumps: [
      "checksum 1-37 | Mailbox Database 0102030405.edb (dump) | pages 412288 bad 0 wrong 0 | ok",
    ],
  },
  '2016-modern-utc/db-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-97 | Mailbox Database 0102030405.edb (dump) | Clean Shutdown=clean | lastConsistent 10816 | required 0-0 | logSig 2874159012 | dbSig 2874163094 | repairs 0 | ok",
    ],
  },
  '2016-modern-utc/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-41 | E0000002A40.log (dump) | gen 10816 | sig 2874159012 | db1 D:\\ExchangeDatabases\\DB0102030405\\Mailbox Database 0102030405.edb 2874163094 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 43-83 | E0000002A41.log (dump) | gen 10817 | sig 2874159012 | db1 D:\\ExchangeDatabases\\DB0102030405\\Mailbox Database 0102030405.edb 2874163094 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 85-125 | E0000002A42.log (dump) | gen 10818 | sig 2874159012 | db1 D:\\ExchangeDatabases\\DB0102030405\\Mailbox Database 0102030405.edb 2874163094 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 127-167 | E0000002A43.log (dump) | gen 10819 | sig 2874159012 | db1 D:\\ExchangeDatabases\\DB0102030405\\Mailbox Database 0102030405.edb 2874163094 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 169-209 | E0000002A44.log (dump) | gen 10820 | sig 2874159012 | db1 D:\\ExchangeDatabases\\DB0102030405\\Mailbox Database 0102030405.edb 2874163094 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 211-251 | E00.log (dump) | gen 10821 | sig 2874159012 | db1 D:\\ExchangeDatabases\\DB0102030405\\Mailbox Database 0102030405.edb 2874163094 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  '55-anchor-missing/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | EDB.LOG (prompt) | gen 2741 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 31-57 | EDB00AAD.LOG (prompt) | gen 2733 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 60-86 | EDB00AAE.LOG (prompt) | gen 2734 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 89-115 | EDB00AAF.LOG (prompt) | gen 2735 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 118-144 | EDB00AB0.LOG (prompt) | gen 2736 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 147-173 | EDB00AB1.LOG (prompt) | gen 2737 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 176-202 | EDB00AB2.LOG (prompt) | gen 2738 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 205-231 | EDB00AB3.LOG (prompt) | gen 2739 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
      "logHeader 234-260 | EDB00AB4.LOG (prompt) | gen 2740 | sig 1937265 | db1 D:\\exchsrvr\\MDBDATA\\PRIV.EDB 1952211 | db2 D:\\exchsrvr\\MDBDATA\\PUB.EDB 1980730 | ok",
    ],
  },
  '55-anchor-missing/mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 2730 | logSig 1937265 | dbSig 1952211 | repairs 0 | ok",
      "databaseHeader 47-91 | pub.edb (dump) | Consistent=clean | lastConsistent 2730 | logSig 1937265 | dbSig 1980730 | repairs 0 | ok",
    ],
  },
  '55-checkpoint-past-anchor/chk.txt': {
    unrecognized: [],
    dumps: [
      "checkpoint 1-26 | edb.chk (dump) | checkpoint 4826 | sig 710915685 | dbs 2 | ok",
    ],
  },
  '55-checkpoint-past-anchor/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-347 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 350-376 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 379-405 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 408-434 | Edb.log (prompt) | gen 4829 | sig 710915685 | checkpoint 4826 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-checkpoint-past-anchor/priv.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
    ],
  },
  '55-checkpoint-past-anchor/pub.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-chksig-find-loop/ticket.txt': {
    unrecognized: [],
    commands: [[21, 'forLoop'], [48, 'forLoop'], [65, 'empty']],
    dumps: [
      "databaseHeader 1-3 | priv.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 5-7 | pub.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 9-11 | priv.edb (prompt) | fragment | logSig 710915685 | dbSig 710961251",
      "databaseHeader 13-15 | pub.edb (prompt) | fragment | logSig 710915685 | dbSig 1201144",
      "logHeader 17-19 | edb012cf.log (prompt) | fragment | db1 e:\\MDBDATA\\PRIV.EDB - | db2 e:\\MDBDATA\\PUB.EDB -",
      "logHeader 23-26 | EDB.LOG (prompt) | fragment | sig 710915685 | db1 (by position) 710961251 | db2 (by position) 710954626",
      "logHeader 28-31 | EDB012CF.LOG (prompt) | fragment | sig 710915685 | db1 (by position) 710961251 | db2 (by position) 710954626",
      "logHeader 33-36 | EDB012D0.LOG (prompt) | fragment | sig 710915685 | db1 (by position) 710961251 | db2 (by position) 710954626",
      "logHeader 38-41 | EDB012D1.LOG (prompt) | fragment | sig 710915685 | db1 (by position) 710961251 | db2 (by position) 710954626",
      "logHeader 43-46 | EDB012D2.LOG (prompt) | fragment | sig 710915685 | db1 (by position) 710961251 | db2 (by position) 710954626",
      "logHeader 50-51 | EDB.LOG (prompt) | fragment | gen 4819",
      "logHeader 53-54 | EDB012CF.LOG (prompt) | fragment | gen 4815",
      "logHeader 56-57 | EDB012D0.LOG (prompt) | fragment | gen 4816",
      "logHeader 59-60 | EDB012D1.LOG (prompt) | fragment | gen 4817",
      "logHeader 62-63 | EDB012D2.LOG (prompt) | fragment | gen 4818",
    ],
  },
  '55-chksig-kb/ml-all.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | edb.log (prompt) | gen 17 | sig 24842 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 31-57 | edb0000a.log (prompt) | gen 10 | sig 24842 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 60-86 | edb0000b.log (prompt) | gen 11 | sig 24842 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 89-115 | edb0000c.log (prompt) | gen 12 | sig 41077 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 118-144 | edb0000d.log (prompt) | gen 13 | sig 24842 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 147-173 | edb0000e.log (prompt) | gen 14 | sig 41077 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 176-202 | edb0000f.log (prompt) | gen 15 | sig 24842 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
      "logHeader 205-231 | edb00010.log (prompt) | gen 16 | sig 24842 | db1 d:\\MDBDATA\\PRIV.EDB 67798 | db2 f:\\MDBDATA\\PUB.EDB 58314 | ok",
    ],
  },
  '55-db-log-signature-mismatch/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-db-log-signature-mismatch/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 2210 | logSig 3070420 | dbSig 3070588 | repairs 0 | ok",
    ],
  },
  '55-db-signature-change-defrag/edb-log.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | edb.log (prompt) | gen 4829 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-db-signature-change-defrag/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-347 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 350-376 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 379-405 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 711402531 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-db-signature-change-defrag/mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 47-91 | F:\\exchsrvr\\mdbdata\\pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-db-signature-mismatch/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-db-signature-mismatch/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 711306417 | repairs 0 | ok",
    ],
  },
  '55-db-signature-mismatch/pub-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-directory-dsadata/dir-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | dir.edb (dump) | Consistent=clean | lastConsistent 812 | logSig 35526919 | dbSig 35530288 | repairs 0 | ok",
    ],
  },
  '55-directory-dsadata/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-25 | edb0032c.log (prompt) | gen 812 | sig 35526919 | db1 C:\\exchsrvr\\DSADATA\\dir.edb 35530288 | ok",
      "logHeader 28-51 | edb0032d.log (prompt) | gen 813 | sig 35526919 | db1 C:\\exchsrvr\\DSADATA\\dir.edb 35530288 | ok",
      "logHeader 54-77 | edb0032e.log (prompt) | gen 814 | sig 35526919 | db1 C:\\exchsrvr\\DSADATA\\dir.edb 35530288 | ok",
      "logHeader 80-103 | edb.log (prompt) | gen 815 | sig 35526919 | db1 C:\\exchsrvr\\DSADATA\\dir.edb 35530288 | ok",
    ],
  },
  '55-duplicate-log/edb-log.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | Edb.log (prompt) | gen 4829 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-duplicate-log/mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 47-91 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-duplicate-log/tape1-logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-duplicate-log/tape2-logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-25 | Edb012d5.log (prompt) | gen 4821 | sig 710538904 | db1 E:\\exchsrvr\\DSADATA\\dir.edb 710540417 | ok",
      "logHeader 28-54 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 57-83 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 86-112 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 115-141 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 144-170 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 173-199 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 202-228 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-edb-log-wrong-generation/mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 47-91 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-edb-log-wrong-generation/ml-edb-log.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | Edb.log (prompt) | gen 4831 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-edb-log-wrong-generation/ml-numbered.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-347 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 350-376 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 379-405 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-esefile-bad-checksums/esefile-priv.txt': {
    unrecognized: [],
    dumps: [
      "checksum 1-17 | priv.edb (prompt) | pages 245760 bad 2 wrong 0 | page 91377 | page 188420 | ok",
    ],
  },
  '55-esefile-bad-checksums/esefile-pub.txt': {
    unrecognized: [],
    dumps: [
      "checksum 1-13 | F:\\exchsrvr\\mdbdata\\pub.edb (prompt) | pages 71680 bad 0 wrong 0 | ok",
    ],
  },
  '55-esefile-bad-checksums/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-esefile-bad-checksums/mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 47-91 | F:\\exchsrvr\\mdbdata\\pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-generation-gap/session.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 2-46 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 49-93 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
      "logHeader 96-122 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 125-151 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 154-180 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 183-209 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 212-238 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 241-267 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 270-296 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 299-325 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 328-354 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 357-383 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 386-412 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 415-441 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 444-470 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 473-499 | Edb.log (prompt) | gen 4829 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  // The KB batch files' output (issue 16). Lines 29, 31 and 33 are command lines that print nothing
  // here (sigchk.bat and pathchk.bat write files, then an empty prompt): held by branch commands.
  '55-kb-batch-files/console.txt': {
    unrecognized: [],
    commands: [[29, 'batchFile'], [31, 'batchFile'], [33, 'empty']],
    dumps: [
      "databaseHeader 1-3 | priv.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 5-7 | pub.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 9-11 | priv.edb (prompt) | fragment | logSig 710915685 | dbSig 710961251",
      "databaseHeader 13-15 | pub.edb (prompt) | fragment | logSig 710915685 | dbSig 710954626",
      "logHeader 17-18 | edb.log (prompt) | fragment | gen 4820",
      "batchCheck 20-27 | ? (none) | chksig anchor edb012cf.log | sig 710915685 matched 21,22,23,24,26 | failed EDB012D2.LOG@25 | failed EDB012D2.LOG@27",
    ],
  },
  '55-kb-batch-files/database-path-check.txt': {
    unrecognized: [],
    dumps: [
      "batchCheck 1-21 | ? (none) | pathchk anchor edb012cf.log | anchor lines - db1 T:\\exchsrvr\\MDBDATA\\PRIV.EDB - db2 T:\\exchsrvr\\MDBDATA\\PUB.EDB - | EDB.LOG@5 same | EDB012CF.LOG@8 same | EDB012D0.LOG@11 same | EDB012D1.LOG@14 same | EDB012D2.LOG@17 same | EDB012D3.LOG@20 same",
    ],
  },
  '55-kb-batch-files/log-signature-check.txt': {
    unrecognized: [],
    dumps: [
      "batchCheck 1-33 | ? (none) | sigchk anchor edb012cf.log | anchor lines 710915685 db1 (by position) 710961251 db2 (by position) 710954626 | EDB.LOG@6 same | EDB012CF.LOG@9 same | EDB012D0.LOG@12 same | EDB012D1.LOG@15 same | EDB012D2.LOG@18 differs (from 0: 48211977 db1 (by position) 48260338 db2 (by position) 48275520) | EDB012D3.LOG@29 same",
    ],
  },
  '55-kb-find-fragments/ticket-fragments.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-5 | priv.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 7-9 | pub.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 11-12 | priv.edb (prompt) | fragment | logSig 710915685",
      "databaseHeader 14-15 | pub.edb (prompt) | fragment | logSig 710915685",
      "logHeader 17-20 | edb012cf.log (prompt) | fragment | sig 710915685 | db1 (by position) 710961251 | db2 (by position) 710954626",
      "logHeader 22-24 | edb012cf.log (prompt) | fragment | db1 e:\\MDBDATA\\PRIV.EDB - | db2 f:\\MDBDATA\\PUB.EDB -",
      "logHeader 26-27 | edb012dc.log (prompt) | fragment | gen 4828",
      "logHeader 29-30 | edb.log (prompt) | fragment | gen 4829",
      "checkpoint 32-35 | edb.chk (dump) | fragment | checkpoint 4815 | dbs 0",
    ],
  },
  '55-kb-roll-forward/edb-log.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | Edb.log (prompt) | gen 4829 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-kb-roll-forward/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-347 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 350-376 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 379-405 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-kb-roll-forward/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
    ],
  },
  '55-kb-roll-forward/pub-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-mdbdata-dsadata/dsadata-logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-24 | Edb012d1.log (prompt) | gen 4817 | sig 710744031 | db1 E:\\exchsrvr\\DSADATA\\dir.edb 710751388 | ok",
      "logHeader 27-50 | Edb012d2.log (prompt) | gen 4818 | sig 710744031 | db1 E:\\exchsrvr\\DSADATA\\dir.edb 710751388 | ok",
      "logHeader 53-76 | Edb.log (prompt) | gen 4819 | sig 710744031 | db1 E:\\exchsrvr\\DSADATA\\dir.edb 710751388 | ok",
    ],
  },
  '55-mdbdata-dsadata/mdbdata-logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 30-56 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 59-85 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 88-114 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 117-143 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 146-172 | Edb.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-mdbdata-dsadata/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
    ],
  },
  '55-mdbdata-dsadata/pub-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-mixed-anchors/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 30-56 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 59-85 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 88-114 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 117-143 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 146-172 | Edb.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-mixed-anchors/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4801 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
    ],
  },
  '55-mixed-anchors/pub-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-ml-attach-fragments/ticket.txt': {
    unrecognized: [],
    commands: [[67, 'empty']],
    dumps: [
      "databaseHeader 1-3 | priv.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 5-7 | pub.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "logHeader 9-10 | edb.log (prompt) | fragment | gen 4820",
      "logHeader 12-21 | Edb012cf.log (prompt) | fragment | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 23-32 | Edb012d0.log (prompt) | fragment | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 34-43 | Edb012d1.log (prompt) | fragment | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 45-54 | Edb012d2.log (prompt) | fragment | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 56-65 | Edb012d3.log (prompt) | fragment | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-name-generation-mismatch/edb-log.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-27 | Edb.log (prompt) | gen 4829 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-name-generation-mismatch/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cd.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-347 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 350-376 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 379-405 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  '55-name-generation-mismatch/mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 47-91 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-no-edb-log-ceiling/mh-both.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 47-91 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-no-edb-log-ceiling/ml-all-logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-341 | Res1.log (prompt) | gen 1 | sig 710915685 | ok",
      "logHeader 344-364 | Res2.log (prompt) | gen 1 | sig 710915685 | ok",
    ],
  },
  '55-path-change/mh-priv.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
    ],
  },
  '55-path-change/mh-pub.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-45 | pub.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626 | repairs 0 | ok",
    ],
  },
  '55-path-change/ml-logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 2-28 | Edb.log (prompt) | gen 4829 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 31-57 | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 60-86 | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 89-115 | Edb012d1.log (prompt) | gen 4817 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 118-144 | Edb012d2.log (prompt) | gen 4818 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 147-173 | Edb012d3.log (prompt) | gen 4819 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 176-202 | Edb012d4.log (prompt) | gen 4820 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 205-231 | Edb012d5.log (prompt) | gen 4821 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 234-260 | Edb012d6.log (prompt) | gen 4822 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 263-289 | Edb012d7.log (prompt) | gen 4823 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 292-318 | Edb012d8.log (prompt) | gen 4824 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 321-347 | Edb012d9.log (prompt) | gen 4825 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 350-376 | Edb012da.log (prompt) | gen 4826 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 379-405 | Edb012db.log (prompt) | gen 4827 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 408-434 | Edb012dc.log (prompt) | gen 4828 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 G:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
    ],
  },
  'cp850-accented-path/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 1558 | sig 71249530 | db1 D:\\Données\\Exchsrvr\\MDBDATA\\PRIV.EDB 71253118 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E0000612.log (dump) | gen 1554 | sig 71249530 | db1 D:\\Données\\Exchsrvr\\MDBDATA\\PRIV.EDB 71253118 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E0000613.log (dump) | gen 1555 | sig 71249530 | db1 D:\\Données\\Exchsrvr\\MDBDATA\\PRIV.EDB 71253118 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E0000614.log (dump) | gen 1556 | sig 71249530 | db1 D:\\Données\\Exchsrvr\\MDBDATA\\PRIV.EDB 71253118 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 161-198 | E0000615.log (dump) | gen 1557 | sig 71249530 | db1 D:\\Données\\Exchsrvr\\MDBDATA\\PRIV.EDB 71253118 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  'cp850-accented-path/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | PRIV.EDB (dump) | Clean Shutdown=clean | lastConsistent 1554 | required 0-0 | logSig 71249530 | dbSig 71253118 | repairs 0 | ok",
    ],
  },
  'esentutl-ad-dirty-circular/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-41 | edb01AC2.log (dump) | gen 6850 | sig 2318840571 | db1 C:\\Windows\\NTDS\\ntds.dit 2318847102 | circ {\"env\":true,\"currentFile\":true,\"pastFiles\":true} | passed | ok",
      "logHeader 43-83 | edb.log (dump) | gen 6851 | sig 2318840571 | db1 C:\\Windows\\NTDS\\ntds.dit 2318847102 | circ {\"env\":true,\"currentFile\":true,\"pastFiles\":true} | passed | ok",
    ],
  },
  'esentutl-ad-dirty-circular/ntds-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-97 | ntds.dit (dump) | Dirty Shutdown=dirty | lastConsistent 6811 | required 6850-6851 | logSig 2318840571 | dbSig 2318847102 | repairs 0 | ok",
    ],
  },
  'esentutl-ad-empty-prompt-dir/ticket.txt': {
    unrecognized: [],
    commands: [[1, 'other'], [3, 'dir'], [356, 'empty']],
    dumps: [
      "databaseHeader 25-121 | ntds.dit (dump) | Clean Shutdown=clean | lastConsistent 90 | required 0-0 | logSig 1207331944 | dbSig 1207338019 | repairs 0 | ok",
      "logHeader 123-163 | edb0005A.log (dump) | gen 90 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 165-205 | edb0005B.log (dump) | gen 91 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 207-247 | edb0005C.log (dump) | gen 92 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 249-289 | edb0005D.log (dump) | gen 93 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 291-331 | edb.log (dump) | gen 94 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "checkpoint 333-354 | edb.chk (dump) | checkpoint 90 | sig 1207331944 | dbs 0 | ok",
    ],
  },
  'esentutl-ad-ntds/edb-mk.txt': {
    unrecognized: [],
    dumps: [
      "checkpoint 1-22 | edb.chk (dump) | checkpoint 90 | sig 1207331944 | dbs 0 | ok",
    ],
  },
  'esentutl-ad-ntds/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-41 | edb0005A.log (dump) | gen 90 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 43-83 | edb0005B.log (dump) | gen 91 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 85-125 | edb0005C.log (dump) | gen 92 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 127-167 | edb0005D.log (dump) | gen 93 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 169-209 | edb.log (dump) | gen 94 | sig 1207331944 | checkpoint 90 | db1 C:\\Windows\\NTDS\\ntds.dit 1207338019 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  'esentutl-ad-ntds/ntds-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-97 | ntds.dit (dump) | Clean Shutdown=clean | lastConsistent 90 | required 0-0 | logSig 1207331944 | dbSig 1207338019 | repairs 0 | ok",
    ],
  },
  'input-file-name-subject/EDB.LOG.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-6 | EDB.LOG (inputName) | fragment | gen 4819 | sig 710915685 | db1 E:\\EXCHSRVR\\MDBDATA\\PRIV.EDB 710961251 | db2 F:\\EXCHSRVR\\MDBDATA\\PUB.EDB 710954626",
    ],
  },
  'input-file-name-subject/EDB012CF.LOG.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-6 | EDB012CF.LOG (inputName) | fragment | gen 4815 | sig 710915685 | db1 E:\\EXCHSRVR\\MDBDATA\\PRIV.EDB 710961251 | db2 F:\\EXCHSRVR\\MDBDATA\\PUB.EDB 710954626",
    ],
  },
  'input-file-name-subject/EDB012D0.LOG.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-6 | EDB012D0.LOG (inputName) | fragment | gen 4816 | sig 710915685 | db1 E:\\EXCHSRVR\\MDBDATA\\PRIV.EDB 710961251 | db2 F:\\EXCHSRVR\\MDBDATA\\PUB.EDB 710954626",
    ],
  },
  'input-file-name-subject/EDB012D1.LOG.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-6 | EDB012D1.LOG (inputName) | fragment | gen 4817 | sig 710915685 | db1 E:\\EXCHSRVR\\MDBDATA\\PRIV.EDB 710961251 | db2 F:\\EXCHSRVR\\MDBDATA\\PUB.EDB 710954626",
    ],
  },
  'input-file-name-subject/EDB012D2.LOG.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-6 | EDB012D2.LOG (inputName) | fragment | gen 4818 | sig 710915685 | db1 E:\\EXCHSRVR\\MDBDATA\\PRIV.EDB 710961251 | db2 F:\\EXCHSRVR\\MDBDATA\\PUB.EDB 710954626",
    ],
  },
  'input-file-name-subject/PRIV.EDB.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-4 | PRIV.EDB (inputName) | fragment | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251",
    ],
  },
  'input-file-name-subject/PUB.EDB.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-4 | PUB.EDB (inputName) | fragment | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710954626",
    ],
  },
  'messy-web-paste/forum-post.txt': {
    unrecognized: [[1,7],[103,103],[123,123],[399,399],[455,455],[487,489]],
    dumps: [
      "databaseHeader 11-101 | priv.edb (dump) | Consistent=clean | lastConsistent 4815 | logSig 710915685 | dbSig 710961251 | repairs 0 | ok",
      "databaseHeader 107-111 | pub.edb (prompt) | fragment | Consistent=clean | lastConsistent 4815",
      "databaseHeader 115-119 | pub.edb (prompt) | fragment | logSig 710915685 | dbSig 710954626",
      "logHeader 127-179 | edb012cf.log (prompt) | gen 4815 | sig 710915685 | checkpoint 4815 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 181-233 | edb012d0.log (prompt) | gen 4816 | sig 710915685 | checkpoint 4815 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 235-287 | edb012d1.log (prompt) | gen 4817 | sig 710915685 | checkpoint 4815 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 289-343 | edb012d2.log (prompt) | gen 4818 | sig 710915685 | checkpoint 4815 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "logHeader 345-397 | edb.log (prompt) | gen 4819 | sig 710915685 | checkpoint 4815 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok",
      "checkpoint 403-453 | edb.chk (dump) | checkpoint 4815 | sig 710915685 | dbs 2 | ok",
      "checksum 459-483 | priv.edb (prompt) | pages 245760 bad 0 wrong 0 | ok",
    ],
  },
  'powershell-utf16le/ems-capture.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-90 | D:\\DB02\\DB02.edb (dump) | Clean Shutdown=clean | lastConsistent 161 | required 0-0 | logSig 3091457218 | dbSig 3091462755 | repairs 0 | ok",
      "logHeader 92-130 | E00000000A1.log (dump) | gen 161 | sig 3091457218 | db1 D:\\DB02\\DB02.edb 3091462755 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 132-170 | E00000000A2.log (dump) | gen 162 | sig 3091457218 | db1 D:\\DB02\\DB02.edb 3091462755 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 172-210 | E00000000A3.log (dump) | gen 163 | sig 3091457218 | db1 D:\\DB02\\DB02.edb 3091462755 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 212-250 | E00.log (dump) | gen 164 | sig 3091457218 | db1 D:\\DB02\\DB02.edb 3091462755 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  'wrong-file-binary/logs.txt': {
    unrecognized: [],
    dumps: [
      "logHeader 1-38 | E00.log (dump) | gen 743 | sig 48120339 | db1 C:\\exchsrvr\\mdbdata\\priv.edb 48127706 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 41-78 | E00002E4.log (dump) | gen 740 | sig 48120339 | db1 C:\\exchsrvr\\mdbdata\\priv.edb 48127706 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 81-118 | E00002E5.log (dump) | gen 741 | sig 48120339 | db1 C:\\exchsrvr\\mdbdata\\priv.edb 48127706 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
      "logHeader 121-158 | E00002E6.log (dump) | gen 742 | sig 48120339 | db1 C:\\exchsrvr\\mdbdata\\priv.edb 48127706 | circ {\"env\":false,\"currentFile\":false,\"pastFiles\":false} | passed | ok",
    ],
  },
  'wrong-file-binary/priv-mh.txt': {
    unrecognized: [],
    dumps: [
      "databaseHeader 1-58 | priv.edb (dump) | Clean Shutdown=clean | lastConsistent 740 | required 0-0 | logSig 48120339 | dbSig 48127706 | repairs 0 | ok",
    ],
  },
};

describe('every sample capture parses to the dumps its README describes', () => {
  it('covers every capture in samples/', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(textCaptures());
  });

  for (const [capture, expected] of Object.entries(EXPECTED)) {
    it(capture, () => {
      const ast = readSample(capture);
      expect(ast.dumps.map(summarize)).toEqual(expected.dumps);
      expect(ast.unrecognized.map((u) => [u.startLine, u.endLine])).toEqual(expected.unrecognized);
      expect((ast.commands ?? []).map((c) => [c.line, c.kind])).toEqual(expected.commands ?? []);
    });
  }
});

describe('the messy web paste (samples/messy-web-paste)', () => {
  const ast = readSample('messy-web-paste/forum-post.txt');

  it('joins the Log Signature wrapped before Computer: back into one signature', () => {
    const priv = ast.dumps[0] as DatabaseHeaderDump;
    expect(priv.logSignature).toEqual({
      createTime: '8/3/1999 17:37:42',
      rand: 710915685,
      computer: '',
      text: 'Create time:8/3/1999 17:37:42 Rand:710915685 Computer:',
    });
  });

  it('reads the signature cut short before the colon of Computer as the same signature', () => {
    const log = ast.dumps.find((d) => d.file === 'edb012d1.log') as LogHeaderDump;
    expect(log.signature?.text).toBe('Create time:8/3/1999 17:37:42 Rand:710915685 Computer');
    expect(log.signature?.rand).toBe(710915685);
  });

  it('reads the Last Consistent wrapped onto the next line of edb012d2.log', () => {
    const log = ast.dumps.find((d) => d.file === 'edb012d2.log') as LogHeaderDump;
    expect(log.attachedDatabases[1]?.lastConsistent?.text).toBe('(4815,7337,400)');
  });

  it('keeps the author comment after the checkpoint position in the field value', () => {
    const chk = ast.dumps.find((d) => d.kind === 'checkpoint') as CheckpointDump;
    expect(chk.checkpoint?.text).toBe('(4815,2860,500)');
    expect(chk.fields.find((f) => f.label === 'Checkpoint')?.value).toBe('(4815,2860,500)    comment: taken after the restore');
  });

  it('reports the prose lines, with their text, as unrecognized', () => {
    expect(ast.unrecognized.map((u) => u.text)).toContain('pub is the same, only the interesting lines:');
    expect(ast.unrecognized.at(-1)?.text).toBe('Can I just start the IS now or do I have to delete something first? Thanks in advance,\n\nMike');
  });
});

describe('subjects never guessed (SPEC §3)', () => {
  it('takes the subject from the input file name only when the capture does not name it', () => {
    const log = readSample('input-file-name-subject/EDB012CF.LOG.txt').dumps[0] as LogHeaderDump;
    expect(log).toMatchObject({ file: 'EDB012CF.LOG', fileSource: 'inputName', lGeneration: 4815 });
  });

  it('prefers the label printed in the dump over the prompt command', () => {
    const chk = readSample('esentutl-ad-ntds/edb-mk.txt').dumps[0]!;
    expect(chk).toMatchObject({ file: 'edb.chk', fileSource: 'dump', prompt: { mode: '/mk', directory: 'C:\\Windows\\NTDS' } });
  });
});

describe('the modern database header (samples/2016-modern-utc)', () => {
  const ast = readSample('2016-modern-utc/db-mh.txt');
  const header = ast.dumps[0] as DatabaseHeaderDump;

  it('ends the 80-column Log Signature at its empty Computer: and keeps OS Version a field of its own', () => {
    expect(header.logSignature?.computer).toBe('');
    expect(header.logSignature?.text).toMatch(/Computer:$/);
    expect(header.fields.find((f) => f.label === 'OS Version')).toEqual({
      label: 'OS Version',
      value: '(10.0.14393 SP 0 NLS 6020f.6020f)',
      line: 46,
    });
  });
});

import { defineRule } from './define.js';

/**
 * What the header bytes of an ESE file say about the file itself (ese-binary.md §1-§3): a primary
 * header that fails its checksum while the shadow copy is good (FILEU
 * `ErrUtilReadSpecificShadowedHeader`: the shadow is used; eseutil /mh "primary header has a
 * checksum error"), copies that differ, and a log whose size is not its header's sector count
 * (logstream.cxx l.586, JET_errLogFileSizeMismatch -541).
 */
export const eseHeader = defineRule({
  id: 'ese-header',
  title: 'ESE file header',
  defaultSeverity: 'warning',
  kb: 'ese-binary §1 (shadow header), §2 (JET_errLogFileSizeMismatch -541)',
  description: 'A header copy that fails its checksum (the good copy was used), header copies that differ, or a log file whose size is not the one its header records.',
  remedy: 'A damaged primary header: take a new copy of the file or a full backup soon. A log of the wrong size cannot replay: find a complete copy of it.',
  messages: {
    headerNote: '{{note}}.',
  },
  check({ evidence }, report) {
    for (const header of evidence.binaryHeaders ?? []) {
      for (const note of header.notes) {
        report({
          subjects: [header.file],
          messageId: 'headerNote',
          data: { note: note.message },
          evidence: [header.at],
          severity: note.code === 'log-file-size' ? 'error' : 'warning',
        });
      }
    }
  },
});

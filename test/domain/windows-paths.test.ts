import { describe, expect, it } from 'vitest';
import { folderOfFile, isAbsoluteWindowsPath, joinWindowsPath, sameWindowsPath, withoutTrailingSlash } from '../../src/domain/windows-paths.js';

describe('Windows paths as the captures print them', () => {
  it('knows a drive or UNC path from a relative one', () => {
    expect(isAbsoluteWindowsPath('D:\\Exchsrvr\\mdbdata\\priv1.edb')).toBe(true);
    expect(isAbsoluteWindowsPath('\\\\backup01\\exch\\E00.log')).toBe(true);
    expect(isAbsoluteWindowsPath('priv1.edb')).toBe(false);
    expect(isAbsoluteWindowsPath('\\exchsrvr\\bin\\eseutil.exe')).toBe(false);
  });

  it('drops the trailing backslash of `Env SystemPath: D:\\Exchsrvr\\mdbdata\\` but keeps a drive root', () => {
    expect(withoutTrailingSlash('D:\\Exchsrvr\\mdbdata\\')).toBe('D:\\Exchsrvr\\mdbdata');
    expect(withoutTrailingSlash('D:\\')).toBe('D:\\');
    expect(withoutTrailingSlash('d:')).toBe('d:\\');
  });

  it('finds a file’s folder from its absolute path, or from the prompt’s working directory', () => {
    expect(folderOfFile('D:\\Recovery\\DB1\\E000000008F.log')).toBe('D:\\Recovery\\DB1');
    expect(folderOfFile('priv1.stm', 'D:\\Exchsrvr\\mdbdata')).toBe('D:\\Exchsrvr\\mdbdata');
    expect(folderOfFile('save\\edb012cf.log', 'D:\\exchsrvr\\mdbdata')).toBe('D:\\exchsrvr\\mdbdata\\save');
    expect(folderOfFile('edb.chk', 'C:\\')).toBe('C:\\');
    expect(folderOfFile('priv1.edb')).toBeUndefined();
    expect(folderOfFile('..\\priv1.edb', 'D:\\x')).toBeUndefined();
  });

  it('joins and compares paths the way Windows does: case-insensitive, one backslash', () => {
    expect(joinWindowsPath('D:\\', 'E00.chk')).toBe('D:\\E00.chk');
    expect(joinWindowsPath('D:\\SG1', 'priv1.edb')).toBe('D:\\SG1\\priv1.edb');
    expect(sameWindowsPath('e:\\MDBDATA\\', 'E:\\mdbdata')).toBe(true);
    expect(sameWindowsPath('E:\\mdbdata', 'E:\\mdbdata\\save')).toBe(false);
  });
});

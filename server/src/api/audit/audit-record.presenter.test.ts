import { auditCsvRow, csvCell } from './audit-record.presenter';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+49 40 123', "'+49 40 123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['=1,2', '"\'=1,2"'],
    ['', ''],
  ])('%j becomes %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as they are and null as an empty cell', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });

  it('writes one CRLF-terminated row in header order, documents separated by spaces', () => {
    const row = auditCsvRow({
      seq: 7, at: '2025-03-01T08:00:00.000Z', actor: 'ps_abc', role: 'clerk', function: 'POST /api/v1/research', model: 'm,1',
      promptId: 'research-answer', promptVersion: 2, documents: ['d1', 'd2'], tokensIn: 10, tokensOut: null, latencyMs: 5,
      outcome: 'success', status: 200, mode: 'generative', requestId: 'r', prevHash: 'p', hash: 'h',
    });
    expect(row).toBe('7,2025-03-01T08:00:00.000Z,ps_abc,,clerk,POST /api/v1/research,"m,1",research-answer,2,d1 d2,10,,5,success,200,generative,r,p,h\r\n');
  });
});

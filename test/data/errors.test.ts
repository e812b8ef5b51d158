import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, SETUP_ERRORS, ShienNaviError, errorDetail } from '../../src/data/errors.js';

describe('the error contract', () => {
  it('gives the page kind and message, and a flow’s problems only when there are some', () => {
    expect(errorDetail(new ShienNaviError('http', 'データが見つかりません（404）: https://example.org/a.csv', 'https://example.org/a.csv'))).toEqual({
      kind: 'http',
      message: 'データが見つかりません（404）: https://example.org/a.csv',
    });
    const problems = [{ code: 'unknown-target', node: 'q', message: 'node "q" points to unknown node "x"' }];
    expect(errorDetail(SETUP_ERRORS.flowInvalid('/flow.json', problems))).toEqual({
      kind: 'flow',
      message: 'フロー /flow.json に誤りがあるため、標準のフローを使います',
      problems,
    });
  });

  it('writes every message of the element itself for the site owner in Japanese, naming what it is about', () => {
    const errors = [
      SETUP_ERRORS.readerMissing('/a.csv', 'Failed to fetch'),
      SETUP_ERRORS.unknownNode('nowhere'),
      SETUP_ERRORS.unknownStart('nowhere'),
      SETUP_ERRORS.flowProperty([]),
      SETUP_ERRORS.inlineNotJson('SyntaxError'),
      SETUP_ERRORS.inlineFlow([]),
      SETUP_ERRORS.flowUnreadable('/flow.json', '404'),
      SETUP_ERRORS.flowNotJson('/flow.json', 'Unexpected token'),
      SETUP_ERRORS.flowInvalid('/flow.json', []),
    ];
    for (const error of errors) {
      expect(ERROR_KINDS).toContain(error.kind);
      expect(error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(errors.filter((error) => error.kind === 'flow')).toHaveLength(8);
    expect(SETUP_ERRORS.unknownNode('nowhere').message).toContain('"nowhere"');
    expect(SETUP_ERRORS.flowUnreadable('/flow.json', '404')).toMatchObject({ source: '/flow.json', message: expect.stringContaining('/flow.json') });
  });
});

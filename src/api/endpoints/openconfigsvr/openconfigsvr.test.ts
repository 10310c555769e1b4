/** Rule tests for global mute and daily statistics (../shared/im-api/12-global-mute.md, 13-operations.md). */
import { describe, expect, it } from 'vitest';
import { appInfoMetrics, endpoint as getappinfo } from './getappinfo';
import { endpoint as getnospeaking } from './getnospeaking';
import { MUTE_FOREVER, endpoint as setnospeaking } from './setnospeaking';

function paths(r: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (r.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('setnospeaking', () => {
  it('requires at least one duration (the service answers 130008)', () => {
    const r = setnospeaking.request.safeParse({ Set_Account: 'a' });
    expect(paths(r)).toEqual(['C2CmsgNospeakingTime']);
  });

  it('accepts forever and lifting, rejects negatives and values over uint32', () => {
    expect(
      setnospeaking.request.safeParse({ Set_Account: 'a', C2CmsgNospeakingTime: MUTE_FOREVER }).success,
    ).toBe(true);
    expect(setnospeaking.request.safeParse({ Set_Account: 'a', GroupmsgNospeakingTime: 0 }).success).toBe(
      true,
    );
    expect(paths(setnospeaking.request.safeParse({ Set_Account: 'a', GroupmsgNospeakingTime: -1 }))).toEqual([
      'GroupmsgNospeakingTime',
    ]);
    expect(
      paths(setnospeaking.request.safeParse({ Set_Account: 'a', C2CmsgNospeakingTime: MUTE_FOREVER + 1 })),
    ).toEqual(['C2CmsgNospeakingTime']);
  });

  it('accepts an answer without ActionStatus but still requires ErrorCode', () => {
    expect(setnospeaking.response.safeParse({ ErrorCode: 0, ErrorInfo: '' }).success).toBe(true);
    expect(setnospeaking.response.safeParse({ ErrorInfo: '' }).success).toBe(false);
  });
});

describe('getnospeaking', () => {
  it('requires Get_Account', () => {
    expect(paths(getnospeaking.request.safeParse({}))).toEqual(['Get_Account']);
  });
});

describe('getappinfo', () => {
  it('accepts an empty body and any metric names', () => {
    expect(getappinfo.request.safeParse({}).success).toBe(true);
    expect(getappinfo.request.safeParse({ RequestField: ['ChainIncrease', 'Unknown'] }).success).toBe(true);
    expect(paths(getappinfo.request.safeParse({ RequestField: 'ChainIncrease' }))).toEqual(['RequestField']);
  });

  it('rejects a numeric metric value (every value is a decimal string)', () => {
    const answer = { ErrorCode: 0, ErrorInfo: 'OK', Result: [{ Date: '20160605', ChainIncrease: 38 }] };
    expect(paths(getappinfo.response.safeParse(answer))).toEqual(['Result.0.ChainIncrease']);
  });

  it('labels all 31 documented metrics in both languages', () => {
    expect(appInfoMetrics).toHaveLength(31);
    expect(new Set(appInfoMetrics.map((m) => m.name)).size).toBe(31);
    for (const m of appInfoMetrics) expect(m.label.zh, m.name).toMatch(/[\u4e00-\u9fff]/);
  });
});

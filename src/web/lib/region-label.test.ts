import { describe, expect, it } from 'vitest';
import { regionLabel } from './region-label';

describe('regionLabel', () => {
  it('names a Tencent Cloud region in the operator language', () => {
    expect(regionLabel('singapore', 'https://adminapisgp.im.qcloud.com', 'en')).toBe('Singapore');
    expect(regionLabel('singapore', 'https://adminapisgp.im.qcloud.com', 'zh')).toBe('新加坡');
  });
  it('shows the host of a custom base URL such as the emulator', () => {
    expect(regionLabel(null, 'http://127.0.0.1:9100', 'en')).toBe('127.0.0.1:9100');
  });
});

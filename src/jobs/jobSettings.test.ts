import { describe, expect, it } from 'vitest';
import { defaultJobSettings, durationInWords, jobSettingsFrom } from './jobSettings';

describe('job settings from the environment', () => {
  it('keeps the defaults when nothing is set, and reads whole seconds', () => {
    expect(jobSettingsFrom({})).toEqual(defaultJobSettings);
    expect(
      jobSettingsFrom({
        HIGHNEEDS_JOB_EXPIRY_SECONDS: '30',
        HIGHNEEDS_JOB_CHECK_SECONDS: '2',
        HIGHNEEDS_RUN_TIMEOUT_SECONDS: '900',
      }),
    ).toEqual({ jobExpirySeconds: 30, checkIntervalSeconds: 2, runTimeoutSeconds: 900 });
  });

  it('refuses a value that is not a whole number of seconds in range, naming the variable', () => {
    expect(() => jobSettingsFrom({ HIGHNEEDS_RUN_TIMEOUT_SECONDS: '2h' })).toThrow(
      "HIGHNEEDS_RUN_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 604800, not '2h'.",
    );
    expect(() => jobSettingsFrom({ HIGHNEEDS_JOB_CHECK_SECONDS: '0' })).toThrow(
      /^HIGHNEEDS_JOB_CHECK_SECONDS /,
    );
  });

  it('says durations in words', () => {
    expect([7200, 600, 90, 1, 60].map(durationInWords)).toEqual([
      '2 hours',
      '10 minutes',
      '90 seconds',
      '1 second',
      '1 minute',
    ]);
  });
});

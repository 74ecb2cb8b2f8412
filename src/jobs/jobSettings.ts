// How long work survives the processes that run it: when a job whose worker stopped is handed to another,
// how often the queue looks for such jobs, and when a forecast run that cannot finish is given up. The
// defaults suit a council's server; operators change them with environment variables (docs/forecast-runs.md).

/** The settings of long work (forecast runs) on this instance. */
export interface JobSettings {
  /**
   * A job still running this long after a worker took it is treated as lost (its worker stopped) and
   * handed to another worker. It must be well above the longest chunk: pg-boss also abandons a job that
   * runs longer than this.
   */
  readonly jobExpirySeconds: number;
  /** How often the PostgreSQL queue looks for lost jobs, and workers for runs past their time limit. */
  readonly checkIntervalSeconds: number;
  /** A forecast run not finished this long after it was started is failed, saying why. */
  readonly runTimeoutSeconds: number;
}

/** How often a job is tried again after its worker stopped or it failed (three attempts in all). */
export const JOB_RETRIES = 2;

export const defaultJobSettings: JobSettings = {
  jobExpirySeconds: 600,
  checkIntervalSeconds: 60,
  runTimeoutSeconds: 2 * 60 * 60,
};

const variables: Record<keyof JobSettings, [name: string, min: number, max: number]> = {
  jobExpirySeconds: ['HIGHNEEDS_JOB_EXPIRY_SECONDS', 1, 23 * 60 * 60],
  checkIntervalSeconds: ['HIGHNEEDS_JOB_CHECK_SECONDS', 1, 60 * 60],
  runTimeoutSeconds: ['HIGHNEEDS_RUN_TIMEOUT_SECONDS', 1, 7 * 24 * 60 * 60],
};

/** The settings from the environment, each variable a whole number of seconds; a bad value is refused by name. */
export function jobSettingsFrom(env: Readonly<Record<string, string | undefined>>): JobSettings {
  const settings: Record<string, number> = { ...defaultJobSettings };
  for (const [key, [name, min, max]] of Object.entries(variables)) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < min || value > max)
      throw new RangeError(`${name} must be a whole number of seconds from ${min} to ${max}, not '${text}'.`);
    settings[key] = value;
  }
  return settings as unknown as JobSettings;
}

/** A number of seconds in words for messages: "2 hours", "90 seconds", "10 minutes". */
export function durationInWords(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds % 3600 === 0) return unit(seconds / 3600, 'hour');
  if (seconds % 60 === 0 && seconds >= 60) return unit(seconds / 60, 'minute');
  return unit(seconds, 'second');
}

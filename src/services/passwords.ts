import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's 2023 minimum (19 MiB, 2 passes); Algorithm.Argon2id is 2 in @node-rs/argon2.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash (PHC string) of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Whether the password matches the stored hash; a malformed hash counts as no match. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the email is unknown, so both cases take the same time. */
export function unknownUserHash(): Promise<string> {
  dummyHash ??= hashPassword('no such user: timing equaliser');
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 10;

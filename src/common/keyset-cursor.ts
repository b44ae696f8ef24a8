import { HubError } from './hub-error';

/**
 * The cursor of a keyset-paginated list: the sort key of the page's last row, as base64url
 * JSON. `isKey` checks a decoded value, so a cursor the list did not issue (or one edited by
 * hand) is refused with BAD_USER_INPUT instead of reaching SQL.
 */
export interface KeysetCursor<Key> {
  encode(key: Key): string;
  /** The key of an `after` argument, or BAD_USER_INPUT. */
  decode(after: string): Key;
}

export function keysetCursor<Key>(isKey: (value: unknown) => value is Key): KeysetCursor<Key> {
  return {
    encode: (key) => Buffer.from(JSON.stringify(key)).toString('base64url'),
    decode(after) {
      let value: unknown;
      try {
        value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
      } catch {
        value = undefined;
      }
      if (isKey(value)) return value;
      throw HubError.badInput('"after" is not a cursor this list issued');
    },
  };
}

/** An ISO instant as a cursor carries it (a string Date.parse accepts). */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

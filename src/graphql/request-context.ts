import type { DataSource } from 'typeorm';
import { RequestAccessLog } from '../agreements/access-log';
import type { Purpose } from '../agreements/agreement.enums';
import type { PolicyDirectory } from '../agreements/policy-directory';
import { RequestAccess } from '../agreements/request-access';
import type { Actor } from '../auth/actor';
import { JointCaseLoaders } from '../cases/joint-case.loaders';
import type { Logger } from '../common/logger';
import type { DepartmentSources } from '../connectors/department-sources';
import type { ResidentIdHasher } from '../persons/resident-id-hash';
import { RecordLoaders } from '../read-room/record-loaders';

/** The per-request loaders: nothing they hold outlives the request or is shared between actors. */
export interface RequestLoaders {
  /** The bodies' records, read and shaped under the request's decisions. */
  records: RecordLoaders;
  /** Joint cases and their parts (parties, links, timeline, sessions) from the hub database. */
  caseParts: JointCaseLoaders;
}

/**
 * Everything one request carries, and nothing long-lived: who asks, for what, its agreement
 * decisions, its access log and its loaders. Services are not reached through it; they are
 * built once in the composition root (src/server/composition-root.ts) and injected.
 */
export interface RequestContext {
  requestId: string;
  actor: Actor;
  /** The purpose the request names (x-purpose), if any; agreements decide whether it is needed. */
  purpose: Purpose | null;
  /** The joint case the request says it acts for (x-joint-case-id), if any. */
  jointCaseId: string | null;
  /** The Idempotency-Key header of a creating write, if sent (see src/common/idempotency.ts). */
  idempotencyKey: string | null;
  log: Logger;
  access: RequestAccess;
  accessLog: RequestAccessLog;
  loaders: RequestLoaders;
  /** The hub's keyed hash of a resident ID number, each number hashed once per request. */
  hashResidentId: ResidentIdHasher;
}

/** What the hub lends every request: the sources its loaders read and the policy its decisions use. */
export interface RequestContextSources {
  hubDb: DataSource;
  sources: DepartmentSources;
  policy: PolicyDirectory;
  hashResidentId: ResidentIdHasher;
}

/** Who asks and for what, as the server (or the hub's own work) establishes it. */
export interface RequestIdentity {
  requestId: string;
  actor: Actor;
  purpose: Purpose | null;
  jointCaseId?: string | null;
  idempotencyKey?: string | null;
  /**
   * The request's logger, or how to make it on its first use: most requests log nothing, and a
   * child logger with its redaction costs several kilobytes and microseconds to make.
   */
  log: Logger | (() => Logger);
}

/**
 * The one way a request context is made: by the server for each request, by the hub for its
 * own work (the risk worker), and by tests. Loaders, decisions and the access log are fresh.
 */
export function createRequestContext(sources: RequestContextSources, identity: RequestIdentity): RequestContext {
  const { requestId, actor, purpose } = identity;
  const make = identity.log;
  let made: Logger | undefined = typeof make === 'function' ? undefined : make;
  const log = () => (made ??= (make as () => Logger)());
  const hashResidentId = hashedOncePerRequest(sources.hashResidentId);
  return {
    requestId,
    actor,
    purpose,
    jointCaseId: identity.jointCaseId ?? null,
    idempotencyKey: identity.idempotencyKey ?? null,
    get log() {
      return log();
    },
    access: new RequestAccess(actor, purpose, sources.policy),
    accessLog: new RequestAccessLog(purpose),
    loaders: {
      records: new RecordLoaders(sources.sources, log, hashResidentId),
      caseParts: new JointCaseLoaders(sources.hubDb),
    },
    hashResidentId,
  };
}

/**
 * The keyed hash (an HMAC, a few microseconds) remembered for one request: a person is looked
 * up at every body, and the records of a page or a case name the same persons again and again.
 * The numbers it holds go with the request.
 */
function hashedOncePerRequest(hash: ResidentIdHasher): ResidentIdHasher {
  const hashes = new Map<string, string>();
  return (residentId) => {
    let hashed = hashes.get(residentId);
    if (hashed === undefined) {
      hashed = hash(residentId);
      hashes.set(residentId, hashed);
    }
    return hashed;
  };
}

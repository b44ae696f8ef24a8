import { registerEnumType } from 'type-graphql';

/** Why a workflow step was refused as data (a TransitionError): the two of the hub's error codes (src/common/error-code.ts) a refused step can have. */
export enum TransitionErrorCode {
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  CONFLICT = 'CONFLICT',
}
registerEnumType(TransitionErrorCode, {
  name: 'TransitionErrorCode',
  description: 'Why a workflow step was refused (操作未执行原因).',
  valuesConfig: {
    INVALID_TRANSITION: {
      description: "The case's status does not allow the step, or the caller may not take it (状态不允许).",
    },
    CONFLICT: {
      description: 'Someone changed the case since the caller read it (expectedVersion); read it again (并发冲突).',
    },
  },
});

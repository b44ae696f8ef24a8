/*
 * Promise.withResolvers (Node 22) for PostGraphile v5 on Node 20. Loaded only into the
 * PostGraphile process (`node --require dist/bench/polyfill-with-resolvers.js`), never into the hub.
 */
const promise = Promise as unknown as {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
};
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const p = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: p, resolve, reject };
  };
}

/**
 * The error a test expects, of the class it expects: anything else (another error, or no error at
 * all) fails the test, so an assertion on the returned error's code or rule cannot pass vacuously.
 */
type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

/** The rejection of `promise`, which must be an instance of `type`. */
export async function rejectionOf<T extends Error>(promise: Promise<unknown>, type: ErrorClass<T>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

/** What `fn` throws, which must be an instance of `type`. */
export function thrownBy<T extends Error>(fn: () => unknown, type: ErrorClass<T>): T {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

// The work one validation may do, as rustls-webpki bounds path building: a fixed number of
// signature checks and of name-constraint comparisons per chain judged (a file's chain or a served
// one). Every loop that grows with a hostile input spends from the budget in effect; when a budget
// runs out, the work stops there and the finding says which budget it was. The bound lives here.
//
// The budget in effect is one module value, set for the span of one synchronous validation
// (`withBudget`): no other validation can run in between, so the signature checks deep in x509.ts
// and the name-constraint loops need no extra parameter.

/** rustls-webpki's numbers: 100 signature checks, 250,000 name-constraint comparisons. */
export const SIGNATURE_CHECKS = 100;
export const NAME_CONSTRAINT_COMPARISONS = 250_000;

export type BudgetKind = 'signature checks' | 'name-constraint comparisons';

export class Budget {
  /** the first budget that ran out, if any */
  exhausted?: BudgetKind;

  constructor(
    private signatures = SIGNATURE_CHECKS,
    private comparisons = NAME_CONSTRAINT_COMPARISONS,
  ) {}

  /** Spends one signature check; false (and `exhausted` set) when none is left. */
  signature(): boolean {
    if (this.signatures <= 0) {
      this.exhausted ??= 'signature checks';
      return false;
    }
    this.signatures--;
    return true;
  }

  /** Spends `n` name-constraint comparisons; false (and `exhausted` set) when they are not left. */
  comparison(n = 1): boolean {
    if (this.comparisons < n) {
      this.comparisons = 0;
      this.exhausted ??= 'name-constraint comparisons';
      return false;
    }
    this.comparisons -= n;
    return true;
  }

  get signaturesLeft(): number {
    return this.signatures;
  }

  get comparisonsLeft(): number {
    return this.comparisons;
  }
}

/** No budget in effect: work outside a validation (reading a file, loading trust) is not charged. */
const UNBOUNDED: Budget = new Budget(Infinity, Infinity);
let active: Budget = UNBOUNDED;

/** The budget in effect. */
export function currentBudget(): Budget {
  return active;
}

/** Runs `fn` with `budget` in effect, and restores the one before (validations do not nest, but a
 * throw must not leave a spent budget behind). */
export function withBudget<T>(budget: Budget, fn: () => T): T {
  const before = active;
  active = budget;
  try {
    return fn();
  } finally {
    active = before;
  }
}
